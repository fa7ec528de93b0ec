"""One-to-one matching of predicted to gold events within one article.

Each gold/predicted pair gets a similarity from date proximity, event type, location and
actors; the assignment maximising the total similarity (Hungarian algorithm) is kept, and
pairs below ``MIN_SIMILARITY`` stay unmatched (a prediction that shares nothing with a gold
event is a false positive, not a bad match).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

from dateline.evaluation.compare import actors_match, day_gap, distance_km, fold
from dateline.evaluation.gold import CodedEvent

# Weights of the evidence that two records describe the same event. Type and place weigh
# most; the date decays with the gap, since relative dates are often off by a day.
TYPE_WEIGHT = 1.0
SUB_TYPE_WEIGHT = 0.5
ACTOR_WEIGHT = 0.5
DATE_CREDIT = ((0, 1.0), (1, 0.7), (3, 0.4), (7, 0.2))  # (max gap in days, credit)
PLACE_CREDIT = ((25.0, 1.0), (100.0, 0.5), (300.0, 0.2))  # (max km, credit)
SAME_COUNTRY_CREDIT = 0.2
# Below this a pair shares too little to be one event: e.g. the same day and country alone
# (1.2) is not enough; the same type and a date within a day (1.7), or the same place and a
# date within a day (1.7), or the same day, country and attacker (1.7) are.
MIN_SIMILARITY = 1.5


@dataclass(frozen=True, slots=True)
class Match:
    """The result of matching one article: index pairs and what stayed unmatched."""

    pairs: tuple[tuple[int, int], ...]  # (gold index, predicted index)
    missed: tuple[int, ...]  # gold events with no prediction
    spurious: tuple[int, ...]  # predictions with no gold event


def similarity(gold: CodedEvent, predicted: CodedEvent) -> float:
    """How strongly a prediction resembles a gold event (0 = nothing in common)."""
    score = _date_credit(day_gap(gold, predicted)) + _place_credit(gold, predicted)
    if gold.event_type == predicted.event_type:
        score += TYPE_WEIGHT
        if gold.sub_event_type == predicted.sub_event_type:
            score += SUB_TYPE_WEIGHT
    score += ACTOR_WEIGHT * actors_match(gold.actor1, predicted.actor1)
    score += ACTOR_WEIGHT * actors_match(gold.actor2, predicted.actor2)
    return score


def match_events(gold: Sequence[CodedEvent], predicted: Sequence[CodedEvent]) -> Match:
    """The optimal one-to-one matching of ``predicted`` to ``gold`` events."""
    if not gold or not predicted:
        return Match((), tuple(range(len(gold))), tuple(range(len(predicted))))
    scores = np.array([[similarity(g, p) for p in predicted] for g in gold])
    rows, cols = linear_sum_assignment(scores, maximize=True)
    pairs = tuple(
        (int(r), int(c)) for r, c in zip(rows, cols, strict=True) if scores[r, c] >= MIN_SIMILARITY
    )
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    return Match(
        pairs=pairs,
        missed=tuple(i for i in range(len(gold)) if i not in matched_gold),
        spurious=tuple(j for j in range(len(predicted)) if j not in matched_pred),
    )


def _date_credit(gap: int) -> float:
    return next((credit for limit, credit in DATE_CREDIT if gap <= limit), 0.0)


def _place_credit(gold: CodedEvent, predicted: CodedEvent) -> float:
    km = distance_km(gold, predicted)
    if km is not None:
        credit = next((c for limit, c in PLACE_CREDIT if km <= limit), 0.0)
        if credit:
            return credit
    elif gold.location and fold(gold.location) == fold(predicted.location):
        return PLACE_CREDIT[0][1]  # same place name, coordinates missing on one side
    same_country = bool(gold.country) and gold.country == predicted.country
    return SAME_COUNTRY_CREDIT if same_country else 0.0
