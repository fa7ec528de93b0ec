"""Dates and casualty figures read from real headlines, judged against UCDP GED codings.

Usage: .venv/bin/python bench/ucdp_dates_numbers.py [CSV] [--show N]

Reads the UCDP GED sample (``<repo>/../shared/data/ucdp-ged-sample/ucdp_ged231_sample1000.csv`` by
default; it is never copied into the repo). Each event's ``source_headline`` holds one or more
headlines separated by ";" with their publication dates in ``source_date``. Every headline
is run through the dates and numbers stages with its own publication date, and per event:

- numbers: does some headline yield a "killed" figure within UCDP's [low, high] deaths?
  Reported over all events with a headline, and over those where a figure was found
  (precision of the figures found).
- dates: does some headline yield an event date (kind "date") whose ``first..last`` period
  overlaps [date_start, date_end] (and, stricter, whose coded ``value`` falls inside it)?
  Reported over events with a resolved date, with the publication-date fallback on the same
  events as the baseline beside it.

Headlines are terse and many carry neither a figure nor a date; that is why both the share
of events where something was found and the accuracy of what was found are printed.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dateline.model import Article, Document
from dateline.pipeline import Pipeline

DEFAULT_CSV = (
    Path(__file__).resolve().parents[2] / "shared/data/ucdp-ged-sample/ucdp_ged231_sample1000.csv"
)


@dataclass
class Event:
    """One UCDP event with its headlines (text, publication date)."""

    id: str
    headlines: list[tuple[str, date | None]]
    low: int
    high: int
    first: date
    last: date


@dataclass
class Scores:
    events: int = 0
    with_figure: int = 0
    figure_in_range: int = 0
    with_date: int = 0
    date_in_range: int = 0
    date_value_in_range: int = 0
    published_in_range: int = 0
    misses: list[str] = field(default_factory=list)

    def report(self) -> dict[str, float]:
        def share(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        return {
            "events_with_headline": self.events,
            "killed_figure_found": share(self.with_figure, self.events),
            "killed_in_range_all": share(self.figure_in_range, self.events),
            "killed_in_range_found": share(self.figure_in_range, self.with_figure),
            "date_found": share(self.with_date, self.events),
            "date_in_range_found": share(self.date_in_range, self.with_date),
            "date_value_in_range_found": share(self.date_value_in_range, self.with_date),
            "publication_date_in_range_same_events": share(self.published_in_range, self.with_date),
        }


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def load_events(path: Path) -> list[Event]:
    events = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            titles = [t.strip() for t in row["source_headline"].split(";")]
            days = [_day(d) for d in row["source_date"].split(";")]
            days += [None] * (len(titles) - len(days))
            headlines = [(t, d) for t, d in zip(titles, days, strict=False) if t]
            if headlines:
                low, high = int(float(row["low"])), int(float(row["high"]))
                first = date.fromisoformat(row["date_start"])
                last = date.fromisoformat(row["date_end"])
                events.append(Event(row["id"], headlines, low, high, first, last))
    return events


def score(events: list[Event], pipeline: Pipeline) -> Scores:
    articles = [
        Article(f"{e.id}:{i}", text, published)
        for e in events
        for i, (text, published) in enumerate(e.headlines)
    ]
    docs: dict[str, list[Document]] = {}
    for doc in pipeline.pipe(articles):
        docs.setdefault(doc.article.id.split(":")[0], []).append(doc)
    scores = Scores()
    for event in events:
        _score_event(event, docs.get(event.id, []), scores)
    return scores


def _score_event(event: Event, docs: list[Document], scores: Scores) -> None:
    scores.events += 1
    killed = [n.value for d in docs for n in d.numbers if n.kind == "killed"]
    if killed:
        scores.with_figure += 1
        if any(event.low <= k <= event.high for k in killed):
            scores.figure_in_range += 1
        else:
            scores.misses.append(f"deaths {event.low}-{event.high} got {killed}: {_titles(docs)}")
    dates = [m for d in docs for m in d.dates if m.kind == "date"]
    if dates:
        scores.with_date += 1
        if any(event.first <= m.value <= event.last for m in dates):
            scores.date_value_in_range += 1
        if any(m.first <= event.last and event.first <= m.last for m in dates):
            scores.date_in_range += 1
        else:
            got = [(m.span.text, str(m.value)) for m in dates]
            scores.misses.append(f"dates {event.first}..{event.last} got {got}: {_titles(docs)}")
        published = [d.article.published for d in docs if d.article.published]
        if any(event.first <= p <= event.last for p in published):
            scores.published_in_range += 1


def _titles(docs: list[Document]) -> str:
    return " | ".join(d.text[:120] for d in docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    args = parser.parse_args(argv)
    if not args.csv.exists():
        print(f"{args.csv}: not found", file=sys.stderr)
        return 1
    scores = score(load_events(args.csv), Pipeline(stages=("dates", "numbers")))
    for key, value in scores.report().items():
        print(f"{key:40} {value}")
    for miss in scores.misses[: args.show]:
        print("  miss:", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
