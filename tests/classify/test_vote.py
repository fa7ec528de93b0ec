"""classify.vote: when the statistical model overrules the codebook rules (overrule.csv)."""

from __future__ import annotations

from dateline.classify.vote import may_overrule, overruled, overrules
from dateline.taxonomy import NONE, sub_event_types


def _proba(label: str, score: float) -> dict[str, float]:
    rest = (1.0 - score) / len(sub_event_types())
    proba = {name: rest for name in [*sub_event_types(), NONE]}
    proba[label] = score
    return proba


def test_every_row_names_known_types_and_a_score_above_a_coin_toss() -> None:
    assert overrules()
    for row in overrules():
        assert {row.rule_type, row.classifier_type} <= set(sub_event_types())
        assert row.rule_type != row.classifier_type
        assert 0.5 < row.min_score <= 1.0  # the classifier's type is then its best guess
        assert row.decided_by


def test_an_attack_decided_by_a_death_alone_yields_to_a_sure_clash() -> None:
    decisive = frozenset({"kill"})
    assert may_overrule("Attack", decisive)
    assert overruled("Attack", decisive, _proba("Armed clash", 0.95)) == "Armed clash"


def test_the_rules_stand_when_the_classifier_is_unsure_or_says_another_type() -> None:
    decisive = frozenset({"kill"})
    assert overruled("Attack", decisive, _proba("Armed clash", 0.55)) is None
    assert overruled("Attack", decisive, _proba("Mob violence", 0.95)) is None


def test_the_rules_stand_when_they_saw_the_attack_itself() -> None:
    for decisive in ({"attack", "kill"}, {"gunfire", "kill"}, {"murder"}, set()):
        assert not may_overrule("Attack", frozenset(decisive))
        assert overruled("Attack", frozenset(decisive), _proba("Armed clash", 0.99)) is None


def test_no_row_lets_the_classifier_overrule_other_types() -> None:
    for rule_type in ("Armed clash", "Violent demonstration", "Arrests", "Air/drone strike"):
        assert overruled(rule_type, frozenset({"kill"}), _proba("Attack", 0.99)) is None
