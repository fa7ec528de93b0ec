"""ACLED sub-event classification of short event descriptions (``dateline classify``).

Public API: ``classify_texts``, ``classify_proba``, ``Prediction``; cue spans for evidence via
``cue_hits``. See docs/classifier.md for how the model is built and scored.
"""

from dateline.classify.classifier import Prediction, classify_proba, classify_texts
from dateline.classify.cues import CueHit, cue_hits, rule_decision

__all__ = ["CueHit", "Prediction", "classify_proba", "classify_texts", "cue_hits", "rule_decision"]
