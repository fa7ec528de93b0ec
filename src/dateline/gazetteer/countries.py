"""Countries as ACLED names them, with ISO codes, ACLED region, demonyms and aliases.

Backed by ``data/countries.csv`` (generated once by ``build_countries``, then curated).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.resources import load_csv


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    iso_numeric: int
    name: str  # ACLED's short common name ("Syria", "Democratic Republic of Congo")
    region: str  # ACLED region ("Middle East", "Middle Africa", ...)
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    official_name: str = ""
    capital: str = ""
    capital_geonameid: int | None = None
    latitude: float | None = None  # of the capital
    longitude: float | None = None


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _float(value: str) -> float | None:
    return float(value) if value else None


def _country(row: dict[str, str]) -> Country:
    return Country(
        iso2=row["iso2"],
        iso3=row["iso3"],
        iso_numeric=int(row["iso_numeric"] or 0),
        name=row["name"],
        region=row["region"],
        demonyms=_split(row["demonyms"]),
        aliases=_split(row["aliases"]),
        official_name=row.get("official_name", ""),
        capital=row.get("capital", ""),
        capital_geonameid=int(row["capital_geonameid"]) if row.get("capital_geonameid") else None,
        latitude=_float(row.get("latitude", "")),
        longitude=_float(row.get("longitude", "")),
    )


@cache
def all_countries() -> tuple[Country, ...]:
    return tuple(_country(row) for row in load_csv("countries.csv"))


@cache
def _by_iso2() -> dict[str, Country]:
    return {c.iso2: c for c in all_countries()}


def _key(text: str) -> str:
    """Case-, dot- and 'the'-insensitive key ("the U.S." == "US")."""
    key = " ".join(text.replace(".", "").replace("’", "'").lower().split())
    return key[4:] if key.startswith("the ") else key


@cache
def _by_name() -> dict[str, Country]:
    """Names first, then aliases, then demonyms: an earlier kind is never overwritten."""
    index: dict[str, Country] = {}
    countries = all_countries()
    for kind in ("name", "official", "iso", "aliases", "demonyms"):
        for c in countries:
            for value in _values(c, kind):
                index.setdefault(_key(value), c)
    return index


def _values(c: Country, kind: str) -> tuple[str, ...]:
    if kind == "name":
        return (c.name,)
    if kind == "official":
        return (c.official_name,) if c.official_name else ()
    if kind == "iso":
        return (c.iso3,)
    return c.aliases if kind == "aliases" else c.demonyms


def country_by_iso2(code: str) -> Country | None:
    return _by_iso2().get(code.strip().upper())


def country_by_iso3(code: str) -> Country | None:
    return next((c for c in all_countries() if c.iso3 == code.strip().upper()), None)


def country_by_name(text: str) -> Country | None:
    """A country by its name, ISO name, alias or demonym, case-insensitively."""
    return _by_name().get(_key(text))


def is_demonym(text: str) -> bool:
    """True when ``text`` names a people ("Syrian"), not the country itself."""
    country = country_by_name(text)
    return country is not None and _key(text) in {_key(d) for d in country.demonyms}
