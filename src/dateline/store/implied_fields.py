"""Fields that follow from a reviewer's correction, so a corrected event stays consistent.

A country's ISO code and ACLED region are properties of the country, not separate facts: a
correction of ``country`` that left them behind exported an event corrected to Nigeria with
iso 0 (an export keyed on the code lost it). A ``geonameid`` identifies the place the machine
chose: once the reviewer names another place it no longer holds, so it is re-resolved in the
gazetteer (the place of exactly that name in the event's country) or cleared.
"""

from __future__ import annotations

from typing import Any

from dateline.gazetteer.countries import country_by_name
from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.normalize import fold_key, strip_accents
from dateline.gazetteer.store import PlaceRow

# Gazetteer kinds a reviewer's location may name (a country is corrected through ``country``).
LOCATION_KINDS = ("place", "district", "admin1", "feature")


def implied_changes(
    checked: dict[str, Any], current: dict[str, Any], machine: dict[str, Any]
) -> dict[str, Any]:
    """The fields the reviewer's ``checked`` changes imply, which the reviewer did not give."""
    implied: dict[str, Any] = {}
    if "country" in checked:
        implied.update(country_codes(checked["country"]))
    if "location" in checked:
        country = checked.get("country", current.get("country") or "")
        admin1 = checked.get("admin1", current.get("admin1") or "")
        implied.update(location_identity(checked["location"], country, admin1, machine))
    return {name: value for name, value in implied.items() if name not in checked}


def country_codes(name: str) -> dict[str, Any]:
    """ISO numeric code and ACLED region of a country name (0 and "" when it is none)."""
    country = country_by_name(name) if name else None
    if country is None:
        return {"iso": 0, "region": ""}
    return {"iso": country.iso_numeric, "region": country.region}


def location_identity(
    location: str, country: str, admin1: str, machine: dict[str, Any]
) -> dict[str, Any]:
    """The geonameid (and coordinates) of a corrected location: the machine's own when the
    reviewer restores the machine's name, else the gazetteer's place of that name in the
    country, else none (the old id would name a place the event is no longer at)."""
    if location and location == machine.get("location") and machine.get("geonameid"):
        return {name: machine.get(name) for name in ("geonameid", "latitude", "longitude")}
    row = named_place(location, country, admin1)
    if row is None:
        return {"geonameid": None}
    return {"geonameid": row.geonameid, "latitude": row.lat, "longitude": row.lon}


def named_place(location: str, country: str, admin1: str) -> PlaceRow | None:
    """The gazetteer's place called exactly ``location`` in ``country`` (within ``admin1``
    when one there has the name), a settlement before an area and the most populous first."""
    found = country_by_name(country) if country and location else None
    if found is None:
        return None
    wanted = strip_accents(location).casefold()
    rows = [c.row for c in get_gazetteer().candidates(fold_key(location))
            if c.row.cc == found.iso2 and c.row.kind in LOCATION_KINDS
            and c.row.geonameid and strip_accents(c.exact).casefold() == wanted]  # fmt: skip
    inside = [row for row in rows if admin1 and row.admin1.casefold() == admin1.casefold()]
    ranked = sorted(inside or rows, key=lambda r: (LOCATION_KINDS.index(r.kind), -r.population))
    return ranked[0] if ranked else None
