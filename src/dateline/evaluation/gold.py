"""Gold-coded articles (one JSON object per line) and the common event record both sides share.

A gold file is also a valid dateline JSONL input: the article keys are read by
``dateline.inputs.article_from_record`` and the gold keys (``events``, ``register``,
``split``) are ignored by the pipeline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dateline.inputs import InputError, ReadOptions, article_from_record
from dateline.model import Article, Event

SPLITS = ("dev", "test", "all")
GOLD_FORMAT = (
    "a gold file is JSONL: one object per line with an article (id, text, published) and its "
    'hand-coded "events" (see docs/corpus.md); to extract events from an article, use '
    "`dateline extract`"
)


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """The fields of one event that evaluation compares (gold or predicted)."""

    event_date: date
    event_type: str
    sub_event_type: str
    time_precision: int = 1
    actor1: str = ""
    actor2: str = ""
    country: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    fatalities: int = 0
    civilian_targeting: bool = False
    disputed: bool = False


@dataclass(slots=True)
class GoldArticle:
    """One article of a gold file with its hand-coded events."""

    article: Article
    register: str = "unknown"
    split: str = "dev"
    events: list[CodedEvent] = field(default_factory=list)


def coded_from_gold(record: dict[str, Any]) -> CodedEvent:
    """A gold event dict (corpus format) as a CodedEvent; KeyError/ValueError when malformed."""
    return CodedEvent(
        event_date=date.fromisoformat(record["event_date"]),
        event_type=record["event_type"],
        sub_event_type=record["sub_event_type"],
        time_precision=int(record.get("time_precision", 1)),
        actor1=record.get("actor1", "") or "",
        actor2=record.get("actor2", "") or "",
        country=record.get("country", "") or "",
        admin1=record.get("admin1", "") or "",
        location=record.get("location", "") or "",
        latitude=_opt_float(record.get("latitude")),
        longitude=_opt_float(record.get("longitude")),
        geo_precision=int(record.get("geo_precision", 1)),
        fatalities=int(record.get("fatalities", 0)),
        civilian_targeting=bool(record.get("civilian_targeting", False)),
        disputed=bool(record.get("disputed", False)),
    )


def coded_from_event(event: Event) -> CodedEvent:
    """A predicted pipeline Event as a CodedEvent."""
    return CodedEvent(
        event_date=event.event_date,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        time_precision=event.time_precision,
        actor1=event.actor1,
        actor2=event.actor2,
        country=event.country,
        admin1=event.admin1,
        location=event.location,
        latitude=event.latitude,
        longitude=event.longitude,
        geo_precision=event.geo_precision,
        fatalities=event.fatalities,
        civilian_targeting=bool(event.civilian_targeting),
        disputed=event.disputed,
    )


def load_gold(
    path: str | Path, split: str = "all", skipped: list[str] | None = None
) -> list[GoldArticle]:
    """The gold articles of ``path`` in ``split`` (dev, test or all). A bad line raises
    ValueError, or, when a ``skipped`` list is given, is left out and its reason (naming the
    file and line number) appended to it: one broken line need not stop a whole corpus."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r} (expected one of {', '.join(SPLITS)})")
    articles = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text; {GOLD_FORMAT}") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            gold = _gold_article(_gold_record(line, f"{path}:{lineno}"), f"{path}:{lineno}")
        except ValueError as exc:
            if skipped is None:
                raise
            skipped.append(str(exc))
            continue
        if split == "all" or gold.split == split:
            articles.append(gold)
    return articles


def _gold_record(line: str, where: str) -> dict[str, Any]:
    """One line as a JSON object; an article's plain text (a common slip) is named as such."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not JSON ({exc.msg}); {GOLD_FORMAT}") from None
    if not isinstance(record, dict):
        raise ValueError(f"{where}: not a JSON object; {GOLD_FORMAT}")
    return record


def _gold_article(record: dict[str, Any], where: str) -> GoldArticle:
    article = article_from_record(record, where, ReadOptions())
    if isinstance(article, InputError):
        raise ValueError(str(article))
    try:
        events = [coded_from_gold(e) for e in record.get("events", [])]
    except (KeyError, ValueError, TypeError) as exc:
        raise ValueError(f"{where}: malformed gold event ({exc})") from None
    return GoldArticle(
        article=article,
        register=str(record.get("register", "unknown")),
        split=str(record.get("split", "dev")),
        events=events,
    )


def _opt_float(value: object) -> float | None:
    if value is None or value == "":
        return None
    return float(value)  # type: ignore[arg-type]
