"""Codebook rules + statistical model -> one ACLED sub-event type per description."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dateline.classify.cues import cue_hits, rule_decision
from dateline.classify.model import LinearModel, shipped_model
from dateline.taxonomy import NONE, sub_event_types

# How much a decisive codebook rule outweighs the model: the mixed probability of the rule's
# label is at least this, so the rule always wins the argmax and reports a high score.
RULE_WEIGHT = 0.9


@dataclass(frozen=True)
class Prediction:
    event_type: str  # "NONE" when the text reports no ACLED event
    sub_event_type: str
    score: float  # probability of the chosen sub-event type, 0..1


def classify_proba(
    texts: Sequence[str], model: LinearModel | None = None
) -> list[dict[str, float]]:
    """Per text, the probability of every sub-event type (and "NONE"), rules included."""
    model = model or shipped_model()
    probabilities = model.proba(texts) if texts else np.zeros((0, len(model.labels)))
    columns = {label: i for i, label in enumerate(model.labels)}
    results = []
    for text, row in zip(texts, probabilities, strict=True):
        decided = rule_decision(cue_hits(text))
        if decided is not None:
            row = (1.0 - RULE_WEIGHT) * row
            row[columns[decided]] += RULE_WEIGHT
        results.append({label: float(row[i]) for label, i in columns.items()})
    return results


def classify_texts(texts: Sequence[str], model: LinearModel | None = None) -> list[Prediction]:
    """The best sub-event type for each short event description."""
    return [_best(p) for p in classify_proba(texts, model)]


def _best(proba: dict[str, float]) -> Prediction:
    label = max(proba, key=proba.__getitem__)
    event_type = NONE if label == NONE else sub_event_types()[label].event_type
    return Prediction(event_type, label, proba[label])
