"""Scoring dateline's events against hand-coded gold events (``dateline evaluate``).

``gold`` reads gold files, ``matching`` pairs predicted with gold events per article,
``scoring`` turns the pairs into per-field scores and ``report`` prints them.
"""

from dateline.evaluation.gold import CodedEvent, GoldArticle, coded_from_event, load_gold
from dateline.evaluation.matching import Match, match_events
from dateline.evaluation.scoring import Scores, score_articles

__all__ = [
    "CodedEvent",
    "GoldArticle",
    "Match",
    "Scores",
    "coded_from_event",
    "load_gold",
    "match_events",
    "score_articles",
]
