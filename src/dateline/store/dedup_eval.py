"""Scoring deduplication on a test set of hand-coded reports (``corpus/dedup``).

The test set is JSONL, one article per line, with the event records expected from it; each
event names its gold cluster (the real incident). Scores are pairwise: over all pairs of
reports, precision = pairs merged that belong together / pairs merged, recall = pairs that
belong together that were merged / pairs that belong together.

Run: ``python -m dateline.store.dedup_eval corpus/dedup``
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateline.model import Article, Event
from dateline.store.dedup import cluster_reports
from dateline.taxonomy import sub_event


@dataclass(slots=True)
class Report:
    """One article of the test set and the events expected from it, with their gold clusters."""

    article: Article
    events: list[Event]
    clusters: list[str]


@dataclass(frozen=True, slots=True)
class PairScores:
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


SPLITS = ("reports", "holdout")  # holdout.jsonl was written after the rules were first frozen


def load_testset(directory: Path, split: str = "reports") -> list[Report]:
    places = json.loads((directory / "places.json").read_text(encoding="utf-8"))
    reports = []
    for line in (directory / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            reports.append(_report(json.loads(line), places))
    return reports


def _report(row: dict[str, Any], places: dict[str, Any]) -> Report:
    article = Article(
        id=row["id"], text=row["text"], published=date.fromisoformat(row["published"]),
        source=row["source"], url=row.get("url"),
    )  # fmt: skip
    events = [expected_event(article, i, spec, places) for i, spec in enumerate(row["events"])]
    return Report(article, events, [spec["c"] for spec in row["events"]])


def expected_event(
    article: Article, index: int, spec: dict[str, Any], places: dict[str, Any]
) -> Event:
    """An Event record from the test set's compact notation (see corpus/dedup/README.md)."""
    taxonomy = sub_event(spec["sub"])
    event = Event(
        article_id=article.id, event_id=f"{article.id}-{index + 1}",
        event_date=date.fromisoformat(spec["date"]), time_precision=spec.get("tp", 1),
        date_known=spec.get("known", True), disorder_type=taxonomy.disorder_type,
        event_type=taxonomy.event_type, sub_event_type=taxonomy.name,
        actor1=spec["a1"], inter1=spec["i1"], actor2=spec.get("a2", ""), inter2=spec.get("i2", 0),
        geo_precision=spec["gp"], fatalities=spec.get("dead", 0),
        disputed=spec.get("disputed", False), source=article.source or "",
        civilian_targeting="Civilian targeting" if taxonomy.civilian_targeting else "",
        notes=article.text[:200],
    )  # fmt: skip
    _set_place(event, spec, places)
    return event


def _set_place(event: Event, spec: dict[str, Any], places: dict[str, Any]) -> None:
    if spec.get("place"):
        geonameid, _iso2, country, admin1, lat, lon = places[spec["place"]]
        event.geonameid, event.country, event.admin1 = geonameid, country, admin1
        event.location, event.latitude, event.longitude = spec["place"], lat, lon
        return
    event.location, event.country, event.admin1 = spec["location"], spec["country"], spec["admin1"]
    event.latitude, event.longitude = spec.get("lat"), spec.get("lon")


def pairwise_scores(gold: Sequence[str], predicted: Sequence[int]) -> PairScores:
    """Pairwise precision/recall of a clustering against gold labels (same order)."""
    true_pairs = predicted_pairs = both = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        same_gold, same_pred = gold[i] == gold[j], predicted[i] == predicted[j]
        true_pairs += same_gold
        predicted_pairs += same_pred
        both += same_gold and same_pred
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return PairScores(precision, recall, true_pairs, predicted_pairs)


def evaluate(reports: Sequence[Report], seed: int | None = None) -> PairScores:
    """Cluster every expected event (in file order, or shuffled by ``seed``) and score it."""
    items = [
        (event, gold) for r in reports for event, gold in zip(r.events, r.clusters, strict=True)
    ]
    if seed is not None:
        random.Random(seed).shuffle(items)
    labels = [0] * len(items)
    for number, members in enumerate(cluster_reports([event for event, _gold in items])):
        for index in members:
            labels[index] = number
    return pairwise_scores([gold for _event, gold in items], labels)


def evaluate_end_to_end(reports: Sequence[Report], url: str) -> PairScores:
    """Ingest the articles through the real pipeline into a store at ``url`` and score the
    merges among articles that have one gold event and yielded exactly one event."""
    from dateline.store.store import EventStore

    with EventStore(url) as store:
        list(store.ingest([r.article for r in reports]))
        gold, predicted = [], []
        for report in reports:
            stored = store.get_article(report.article.id)
            if stored and len(report.clusters) == 1 and len(stored["event_ids"]) == 1:
                gold.append(report.clusters[0])
                predicted.append(stored["event_ids"][0])
    labels = {event_id: number for number, event_id in enumerate(dict.fromkeys(predicted))}
    return pairwise_scores(gold, [labels[e] for e in predicted])


def _print(label: str, scores: PairScores) -> None:
    print(
        f"{label}: precision {scores.precision:.3f} recall {scores.recall:.3f} "
        f"f1 {scores.f1:.3f} (gold pairs {scores.true_pairs}, "
        f"merged pairs {scores.predicted_pairs})"
    )


def main(argv: Sequence[str] | None = None) -> None:
    """``[DIR] [--pipeline]``: scores on the expected events (and through the NLP pipeline)."""
    args = list(sys.argv[1:] if argv is None else argv)
    pipeline = "--pipeline" in args
    paths = [a for a in args if not a.startswith("--")]
    directory = Path(paths[0] if paths else "corpus/dedup")
    for split in SPLITS:
        reports = load_testset(directory, split)
        for seed in (None, 1, 2, 3):
            order = "file order" if seed is None else f"shuffled (seed {seed})"
            _print(f"{split} {order}", evaluate(reports, seed))
        if pipeline:
            import tempfile

            with tempfile.TemporaryDirectory() as scratch:
                scores = evaluate_end_to_end(reports, str(Path(scratch) / "e2e.sqlite"))
            _print(f"{split} through the NLP pipeline", scores)


if __name__ == "__main__":
    main()
