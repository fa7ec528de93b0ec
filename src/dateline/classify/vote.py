"""When the statistical model overrules the codebook rules (data/classifier/overrule.csv).

The rules type almost every event better than the classifier does; the table names the few
cases measured where the classifier, reading the frame's whole text, is right more often
(bench/vote_measure.py measures both on the dev splits and the probe tables).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.resources import load_csv


@dataclass(frozen=True, slots=True)
class Overrule:
    """The classifier's ``classifier_type`` beats the rules' ``rule_type`` at ``min_score``
    when the rules decided on tactics all within ``decided_by``."""

    rule_type: str
    decided_by: frozenset[str]
    classifier_type: str
    min_score: float


@cache
def overrules() -> tuple[Overrule, ...]:
    return tuple(
        Overrule(r["rule_type"], frozenset(r["decided_by"].split("+")), r["classifier_type"],
                 float(r["min_score"]))
        for r in load_csv("classifier/overrule.csv")
    )


def may_overrule(rule_type: str, decisive: frozenset[str]) -> bool:
    """Whether any row could overrule this rule decision (so the classifier need not run)."""
    return any(_applies(row, rule_type, decisive) for row in overrules())


def overruled(rule_type: str, decisive: frozenset[str], proba: dict[str, float]) -> str | None:
    """The classifier's type when a row lets it overrule the rules' ``rule_type``, else None.
    ``decisive``: the frame's tactics that rules of ``rule_type`` require; ``proba``: the
    classifier's probabilities for the frame's whole text."""
    for row in overrules():
        if _applies(row, rule_type, decisive) and proba.get(row.classifier_type, 0.0) >= (
            row.min_score
        ):
            return row.classifier_type
    return None


def _applies(row: Overrule, rule_type: str, decisive: frozenset[str]) -> bool:
    return row.rule_type == rule_type and bool(decisive) and decisive <= row.decided_by
