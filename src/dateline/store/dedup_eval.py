"""Scoring deduplication on a test set of hand-coded reports (``corpus/dedup``).

The test set is JSONL, one article per line, with the event records expected from it; each
event names its gold cluster (the real incident). Scores are pairwise: over all pairs of
reports, precision = pairs merged that belong together / pairs merged, recall = pairs that
belong together that were merged / pairs that belong together.

Run: ``python -m dateline.store.dedup_eval corpus/dedup [--pipeline [--cache FILE] [--misses]]``

Every ``reports*.jsonl`` file is a development split; the ``holdout*.jsonl`` files were written
after the rules (score them, never tune on their texts) until they are handed over as
development material (``STUDIED_HOLDOUTS``). ``--cache FILE`` keeps the pipeline's
extracted events (per article id and text hash) so that a change to the dedup rules is measured
on identical extractions while the NLP stages change under it; ``--misses`` prints, per missed
gold pair, the two extracted records.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateline.model import Article, Document, Event
from dateline.store.codec import event_from_dict, event_from_json, event_to_dict
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


HOLDOUT = "holdout"  # holdout*.jsonl: written blind after rules were frozen; scored, not studied
# Holdouts scored once and then handed over as development material (holdout3 in session 8,
# round 11): listed with the development files, and --misses prints their misses.
STUDIED_HOLDOUTS = frozenset({"holdout3", "holdout4", "holdout5"})


def splits(directory: Path) -> list[str]:
    """The development files (``reports*.jsonl``, then studied holdouts), then the blind
    holdouts, each in name order."""
    dev = sorted(p.stem for p in directory.glob("reports*.jsonl"))
    holdouts = sorted(p.stem for p in directory.glob(f"{HOLDOUT}*.jsonl"))
    studied = [h for h in holdouts if h in STUDIED_HOLDOUTS]
    return [*dev, *studied, *(h for h in holdouts if h not in STUDIED_HOLDOUTS)]


def blind(split: str) -> bool:
    """A holdout never studied: scored, never --misses."""
    return split.startswith(HOLDOUT) and split not in STUDIED_HOLDOUTS


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
    texts = {r.article.id: r.article.text for r in reports}
    labels = [0] * len(items)
    clusters = cluster_reports([event for event, _gold in items], lambda a: texts.get(a, ""))
    for number, members in enumerate(clusters):
        for index in members:
            labels[index] = number
    return pairwise_scores([gold for _event, gold in items], labels)


Extractions = dict[str, list[dict[str, Any]]]  # cache key -> the pipeline's event records


def _cache_key(article: Article) -> str:
    """The article id and a hash of its text: an edited test article is extracted afresh."""
    return f"{article.id}:{hashlib.sha256(article.text.encode('utf-8')).hexdigest()[:12]}"


def extract_events(reports: Sequence[Report], cache: Path | None = None) -> Extractions:
    """The pipeline's event records for every article, read from ``cache`` where present
    (the cache file is updated with the articles that had to be processed)."""
    cached: Extractions = {}
    if cache is not None and cache.exists():
        cached = json.loads(cache.read_text(encoding="utf-8"))
    missing = [r.article for r in reports if _cache_key(r.article) not in cached]
    if missing:
        from dateline.pipeline import process

        for doc in process(missing):
            cached[_cache_key(doc.article)] = [event_to_dict(e) for e in doc.events]
        if cache is not None:
            cache.write_text(json.dumps(cached, ensure_ascii=False, indent=0), encoding="utf-8")
    return cached


def _replayer(extractions: Extractions) -> Callable[[list[Article]], list[Document]]:
    def replay(articles: list[Article]) -> list[Document]:
        return [
            Document(a, events=[event_from_dict(e) for e in extractions[_cache_key(a)]])
            for a in articles
        ]

    return replay


@dataclass(slots=True)
class EndToEnd:
    """Scores through the store, and the (gold cluster, stored event, record) per scored report."""

    scores: PairScores
    scored: list[tuple[str, str, Event]]


def evaluate_end_to_end(
    reports: Sequence[Report], url: str, extractions: Extractions | None = None
) -> EndToEnd:
    """Ingest the articles (through the NLP pipeline, or replaying its cached ``extractions``)
    into a store at ``url`` and score the merges among articles that have one gold event and
    yielded exactly one event."""
    from dateline.store.store import EventStore, pipeline_extract

    extract = pipeline_extract if extractions is None else _replayer(extractions)
    scored: list[tuple[str, str, Event]] = []
    with EventStore(url) as store:
        list(store.ingest([r.article for r in reports], extract))
        for report in reports:
            stored = store.get_article(report.article.id)
            if stored and len(report.clusters) == 1 and len(stored["event_ids"]) == 1:
                records = store.db.query(
                    "SELECT record FROM reports WHERE article_id = ?", (report.article.id,)
                )
                event = event_from_json(records[0]["record"])
                scored.append((report.clusters[0], stored["event_ids"][0], event))
    labels = {e: n for n, e in enumerate(dict.fromkeys(event_id for _c, event_id, _e in scored))}
    scores = pairwise_scores([c for c, _e, _r in scored], [labels[e] for _c, e, _r in scored])
    return EndToEnd(scores, scored)


def describe(event: Event) -> str:
    """One line with what decides a merge: date, place, type and actors of a record."""
    known = "" if event.date_known else " (publication day)"
    return (
        f"{event.article_id}: {event.event_date} tp{event.time_precision}{known} | "
        f"{event.location or '-'} / {event.admin1 or '-'} / {event.country or '-'} "
        f"gp{event.geo_precision} | {event.sub_event_type} | {event.actor1} ; {event.actor2}"
    )


def print_misses(result: EndToEnd, text_of: Callable[[str], str] | None = None) -> None:
    """Every gold pair the store did not merge, with both records and the failed checks (with
    the article texts, as the store compares them)."""
    from dateline.store.dedup import compare

    for (gold_a, id_a, a), (gold_b, id_b, b) in itertools.combinations(result.scored, 2):
        if gold_a == gold_b and id_a != id_b:
            reasons = compare(a, b, text_of).reasons
            failed = [r for r in reasons if not r.startswith(("same", "dates"))]
            print(f"  MISS {gold_a}\n    {describe(a)}\n    {describe(b)}")
            print(f"    why: {' | '.join(failed) or 'candidate search / best-event choice'}")
        elif gold_a != gold_b and id_a == id_b:
            print(f"  FALSE MERGE {gold_a} / {gold_b}\n    {describe(a)}\n    {describe(b)}")


def _print(label: str, scores: PairScores) -> None:
    print(
        f"{label}: precision {scores.precision:.3f} recall {scores.recall:.3f} "
        f"f1 {scores.f1:.3f} (gold pairs {scores.true_pairs}, "
        f"merged pairs {scores.predicted_pairs})"
    )


def _option(args: list[str], name: str) -> str | None:
    return args[args.index(name) + 1] if name in args[:-1] else None


def main(argv: Sequence[str] | None = None) -> None:
    """``[DIR] [--pipeline] [--cache FILE] [--misses] [--split NAME] [--seeds N]``: scores on
    the expected events (and through the NLP pipeline, or its cached extractions), in file
    order and N seeded shuffled orders (default 3), then the worst over the shuffles."""
    args = list(sys.argv[1:] if argv is None else argv)
    cache_arg, only = _option(args, "--cache"), _option(args, "--split")
    seeds = _option(args, "--seeds")
    pipeline = "--pipeline" in args or cache_arg is not None
    paths = [a for a in args if not a.startswith("--") and a not in (cache_arg, only, seeds)]
    orders: list[int | None] = [None, *range(1, int(seeds or 3) + 1)]
    directory = Path(paths[0] if paths else "corpus/dedup")
    for split in splits(directory):
        if only and split != only:
            continue
        reports = load_testset(directory, split)
        scores = [evaluate(reports, seed) for seed in orders]
        for seed, score in zip(orders, scores, strict=True):
            order = "file order" if seed is None else f"shuffled (seed {seed})"
            _print(f"{split} {order}", score)
        _print_worst(split, "", scores[1:])
        if pipeline:
            _end_to_end(split, reports, cache_arg, "--misses" in args, orders)


def _print_worst(split: str, label: str, shuffled: list[PairScores]) -> None:
    if shuffled:
        print(f"{split}{label} worst of {len(shuffled)} shuffled orders: precision "
              f"{min(s.precision for s in shuffled):.3f} recall "
              f"{min(s.recall for s in shuffled):.3f}")  # fmt: skip


def _end_to_end(
    split: str, reports: list[Report], cache: str | None, misses: bool, orders: list[int | None]
) -> None:
    import tempfile

    extractions = extract_events(reports, Path(cache)) if cache else None
    source = "cached extractions" if cache else "the NLP pipeline"
    shuffled: list[PairScores] = []
    # Arrival order matters (a report joins the best event already stored): cached
    # extractions are cheap to replay in shuffled orders too.
    for seed in orders if extractions is not None else [None]:
        ordered = list(reports)
        if seed is not None:
            random.Random(seed).shuffle(ordered)
        with tempfile.TemporaryDirectory() as scratch:
            result = evaluate_end_to_end(ordered, str(Path(scratch) / "e2e.sqlite"), extractions)
        order = "" if seed is None else f", shuffled (seed {seed})"
        _print(f"{split} through {source} ({len(result.scored)} reports scored{order})",
               result.scores)  # fmt: skip
        if seed is not None:
            shuffled.append(result.scores)
        if misses and seed is None and not blind(split):  # blind holdouts: scored only
            print_misses(result, {r.article.id: r.article.text for r in reports}.__getitem__)
    _print_worst(split, f" through {source}", shuffled)


if __name__ == "__main__":
    main()
