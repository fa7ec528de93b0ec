"""Per-field scores over matched gold/predicted event pairs, plus detection P/R/F1.

Detection counts every gold event with no matching prediction as a miss and every unmatched
prediction as a false alarm. Field accuracies are measured over matched pairs only, so they
say how well an event is coded once it is found; ``sub_event_type_f1_e2e`` also counts the
misses and false alarms (as the label ``NONE``) for an end-to-end view.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.evaluation.compare import actors_match, admin1_match, location_match, names_match
from dateline.evaluation.gold import CodedEvent
from dateline.evaluation.matching import Match, match_events

NONE = "NONE"
TOP_CONFUSIONS = 15

FieldCheck = Callable[[CodedEvent, CodedEvent], bool]

# Each field checked on a matched (gold, predicted) pair: the name it is reported under.
FIELD_CHECKS: dict[str, FieldCheck] = {
    "event_type": lambda g, p: g.event_type == p.event_type,
    "sub_event_type": lambda g, p: g.sub_event_type == p.sub_event_type,
    "event_date": lambda g, p: g.event_date == p.event_date,
    "time_precision": lambda g, p: g.time_precision == p.time_precision,
    "location_25km": location_match,
    "geo_precision": lambda g, p: g.geo_precision == p.geo_precision,
    "admin1": lambda g, p: admin1_match(g.admin1, p.admin1),
    "country": lambda g, p: names_match(g.country, p.country),
    "fatalities": lambda g, p: g.fatalities == p.fatalities,
    "actor1": lambda g, p: actors_match(g.actor1, p.actor1),
    "actor2": lambda g, p: actors_match(g.actor2, p.actor2),
    "civilian_targeting": lambda g, p: g.civilian_targeting == p.civilian_targeting,
    "disputed": lambda g, p: g.disputed == p.disputed,
}


@dataclass(slots=True)
class ArticleResult:
    """The gold and predicted events of one article and how they were matched."""

    article_id: str
    register: str
    gold: Sequence[CodedEvent]
    predicted: Sequence[CodedEvent]
    match: Match

    def pairs(self) -> Iterable[tuple[CodedEvent, CodedEvent]]:
        return ((self.gold[g], self.predicted[p]) for g, p in self.match.pairs)


@dataclass(slots=True)
class Scores:
    """All scores of one evaluation run (``metrics`` values are in 0..1)."""

    metrics: dict[str, float]
    counts: dict[str, int]
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    by_register: dict[str, dict[str, float]] = field(default_factory=dict)
    by_sub_event_type: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "metrics": self.metrics,
            "counts": self.counts,
            "confusions": [{"gold": g, "predicted": p, "count": n} for g, p, n in self.confusions],
            "by_register": self.by_register,
            "by_sub_event_type": self.by_sub_event_type,
        }


ArticleRow = tuple[str, str, Sequence[CodedEvent], Sequence[CodedEvent]]


def match_articles(articles: Iterable[ArticleRow]) -> list[ArticleResult]:
    """Each ``(article_id, register, gold events, predicted events)`` row, matched."""
    return [ArticleResult(a, r, g, p, match_events(g, p)) for a, r, g, p in articles]


def score_articles(articles: Iterable[ArticleRow]) -> Scores:
    """Scores for ``(article_id, register, gold events, predicted events)`` rows."""
    return score_results(match_articles(articles))


def score_results(results: Sequence[ArticleResult]) -> Scores:
    """Scores of already matched articles."""
    by_register: dict[str, list[ArticleResult]] = defaultdict(list)
    for result in results:
        by_register[result.register].append(result)
    return Scores(
        metrics=_metrics(results),
        counts=_counts(results),
        confusions=_confusions(results)[:TOP_CONFUSIONS],
        by_register={name: _register_metrics(group) for name, group in sorted(by_register.items())},
        by_sub_event_type=_sub_type_metrics(results),
    )


def _metrics(results: Sequence[ArticleResult]) -> dict[str, float]:
    pairs = [pair for r in results for pair in r.pairs()]
    metrics = _detection(results)
    for name, check in FIELD_CHECKS.items():
        metrics[name] = _ratio(sum(check(g, p) for g, p in pairs), len(pairs))
    gold_labels = [g.sub_event_type for g, _ in pairs]
    metrics["sub_event_type_f1"] = weighted_f1(gold_labels, [p.sub_event_type for _, p in pairs])
    metrics["sub_event_type_f1_e2e"] = weighted_f1(*_end_to_end_labels(results))
    empty = [r for r in results if not r.gold]
    if empty:  # no article without events: no score (a 0.000 would read as all of them failed)
        metrics["null_articles_clean"] = _ratio(sum(not r.predicted for r in empty), len(empty))
    return metrics


def _detection(results: Sequence[ArticleResult]) -> dict[str, float]:
    matched = sum(len(r.match.pairs) for r in results)
    n_gold = sum(len(r.gold) for r in results)
    n_pred = sum(len(r.predicted) for r in results)
    precision, recall = _ratio(matched, n_pred), _ratio(matched, n_gold)
    return {
        "detection_precision": precision,
        "detection_recall": recall,
        "detection_f1": _f1(precision, recall),
    }


def _register_metrics(results: Sequence[ArticleResult]) -> dict[str, float]:
    pairs = [pair for r in results for pair in r.pairs()]
    metrics = _detection(results)
    for name in ("sub_event_type", "event_date", "location_25km", "fatalities"):
        metrics[name] = _ratio(sum(FIELD_CHECKS[name](g, p) for g, p in pairs), len(pairs))
    metrics["articles"] = float(len(results))
    return metrics


def _sub_type_metrics(results: Sequence[ArticleResult]) -> dict[str, dict[str, float]]:
    """Per gold sub-event type: count, share found at all, share found with the right type."""
    gold_count: Counter[str] = Counter(g.sub_event_type for r in results for g in r.gold)
    found: Counter[str] = Counter(g.sub_event_type for r in results for g, _ in r.pairs())
    right: Counter[str] = Counter(
        g.sub_event_type
        for r in results
        for g, p in r.pairs()
        if g.sub_event_type == p.sub_event_type
    )
    return {
        name: {
            "gold": float(n),
            "detected": _ratio(found[name], n),
            "correct": _ratio(right[name], n),
        }
        for name, n in sorted(gold_count.items(), key=lambda kv: (-kv[1], kv[0]))
    }


def _counts(results: Sequence[ArticleResult]) -> dict[str, int]:
    return {
        "articles": len(results),
        "articles_without_events": sum(not r.gold for r in results),
        "gold_events": sum(len(r.gold) for r in results),
        "predicted_events": sum(len(r.predicted) for r in results),
        "matched_events": sum(len(r.match.pairs) for r in results),
    }


def _end_to_end_labels(results: Sequence[ArticleResult]) -> tuple[list[str], list[str]]:
    gold_labels: list[str] = []
    pred_labels: list[str] = []
    for r in results:
        for g, p in r.pairs():
            gold_labels.append(g.sub_event_type)
            pred_labels.append(p.sub_event_type)
        for i in r.match.missed:
            gold_labels.append(r.gold[i].sub_event_type)
            pred_labels.append(NONE)
        for j in r.match.spurious:
            gold_labels.append(NONE)
            pred_labels.append(r.predicted[j].sub_event_type)
    return gold_labels, pred_labels


def _confusions(results: Sequence[ArticleResult]) -> list[tuple[str, str, int]]:
    """(gold, predicted, count) of disagreements, most frequent first; NONE = missed/spurious."""
    gold_labels, pred_labels = _end_to_end_labels(results)
    counter = Counter((g, p) for g, p in zip(gold_labels, pred_labels, strict=True) if g != p)
    return [(g, p, n) for (g, p), n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def weighted_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """F1 per gold label weighted by its support; ``NONE`` is never a class of its own."""
    support = Counter(label for label in gold if label != NONE)
    total = sum(support.values())
    if not total:
        return 0.0
    weighted = 0.0
    for label, count in support.items():
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        n_pred = sum(p == label for p in predicted)
        weighted += count * _f1(_ratio(tp, n_pred), _ratio(tp, count))
    return weighted / total


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
