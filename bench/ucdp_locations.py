"""Event locations on real conflict place descriptions, judged against UCDP GED's points.

Usage: .venv/bin/python bench/ucdp_locations.py [CSV] [--errors N]

Reads the UCDP GED sample (``<repo>/../shared/data/ucdp-ged-sample/ucdp_ged231_sample1000.csv``
by default; it is never copied into the repo). Each event's ``where_description`` ("in the
al-Rami village", "Lunda Sul province", "between Gao and Kidal") and its ``country`` are put
in a one-sentence report ("Clashes took place in the al-Rami village, Syria."), run through
the actors and places stages, and located by ``locate_event`` as an event triggered by
"Clashes". The coded point is compared with UCDP's ``latitude``/``longitude``: the share
within 25, 50 and 161 km, by UCDP's ``where_prec`` (1 exact place, 2 within 25 km of a
named place, 3 second-order division, 4 first-order division, 5+ larger or unclear).
Events left without a point count as misses. Descriptions are terse and name many villages
GeoNames >= 500 lacks: those are coded at the district or province named beside them.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.gazetteer.resolve import distance_km
from dateline.model import Article, Event, Span
from dateline.pipeline import Pipeline
from dateline.pipeline.locate import locate_event

DEFAULT_CSV = (
    Path(__file__).resolve().parents[2] / "shared/data/ucdp-ged-sample/ucdp_ged231_sample1000.csv"
)
RADII_KM = (25.0, 50.0, 161.0)
TRIGGER = "Clashes"
PREPOSITION = re.compile(r"^(?:in|near|at|on|between|outside|around|close to|from|along)\b", re.I)


@dataclass
class Row:
    id: str
    description: str
    country: str
    precision: int
    lat: float
    lon: float


@dataclass
class Tally:
    events: int = 0
    located: int = 0
    within: dict[float, int] = field(default_factory=lambda: dict.fromkeys(RADII_KM, 0))

    def add(self, km: float | None) -> None:
        self.events += 1
        if km is None:
            return
        self.located += 1
        for radius in RADII_KM:
            self.within[radius] += km <= radius

    def line(self, label: str) -> str:
        shares = "  ".join(f"{self.within[r] / self.events:6.3f}" for r in RADII_KM)
        return f"{label:<12}{self.events:>7}{self.located / self.events:>9.3f}  {shares}"


def read_rows(path: Path) -> list[Row]:
    rows = []
    with path.open(newline="", encoding="utf-8") as handle:
        for rec in csv.DictReader(handle):
            desc = (rec.get("where_description") or "").strip()
            if not desc or not rec.get("latitude"):
                continue
            rows.append(Row(rec["id"], desc, rec["country"].strip(),
                            int(float(rec["where_prec"] or 0)), float(rec["latitude"]),
                            float(rec["longitude"])))
    return rows


def report_text(row: Row) -> str:
    """'Clashes took place in <description>, <country>.' (the description's own preposition
    kept when it has one)."""
    desc = row.description.rstrip(". ")
    place = desc if PREPOSITION.match(desc) else f"in {desc}"
    return f"{TRIGGER} took place {place}, {row.country}."


def locate(pipeline: Pipeline, row: Row) -> Event:
    text = report_text(row)
    doc = pipeline(Article(row.id, text))
    event = Event(row.id, f"{row.id}-1", date(2000, 1, 1), 1, "Political violence",
                  "Battles", "Armed clash", "A", 1,
                  trigger=Span(0, len(TRIGGER), TRIGGER), sentence_ids=(0,))
    locate_event(doc, event)
    return event


def precision_label(precision: int) -> str:
    return f"prec {precision}" if precision <= 4 else "prec 5+"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--errors", type=int, default=0, help="print N far-off events")
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"no UCDP sample at {args.csv}", file=sys.stderr)
        return 2
    pipeline = Pipeline(stages=("actors", "places"))
    tallies: dict[str, Tally] = defaultdict(Tally)
    far: list[str] = []
    for row in read_rows(args.csv):
        event = locate(pipeline, row)
        km = None
        if event.latitude is not None and event.longitude is not None:
            km = distance_km(row.lat, row.lon, event.latitude, event.longitude)
        for label in (precision_label(row.precision), "all",
                      "prec 1-3" if row.precision <= 3 else "prec 4+"):
            tallies[label].add(km)
        if row.precision <= 2 and (km is None or km > 25):
            far.append(f"{row.id}  prec {row.precision}  {row.description!r} ({row.country}) -> "
                       f"{event.location or '-'} {'' if km is None else f'{km:.0f} km'}")
    print(f"{'where_prec':<12}{'events':>7}{'located':>9}  " + "  ".join(
        f"{'<=' + str(int(r)) + 'km':>6}" for r in RADII_KM))
    for label in ("prec 1", "prec 2", "prec 3", "prec 4", "prec 5+", "prec 1-3", "prec 4+", "all"):
        if label in tallies:
            print(tallies[label].line(label))
    for line in far[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
