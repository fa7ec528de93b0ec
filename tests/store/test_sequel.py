"""Round 10 of issue #5: a report whose text dates its incident days after another incident at
the other report's place is not that incident (store/sequel.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.dedup import cluster_reports, compare
from dateline.store.sequel import sequel_apart
from dateline.store.testing import report_event

# Insurgents ambush a convoy at Macomia (Cabo Delgado) on Tuesday 3 March.
AMBUSH = {
    "event_date": date(2026, 3, 3), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "Islamic State Mozambique Province", "inter1": 2,
    "actor2": "Military Forces of Mozambique (2025-)", "inter2": 1, "country": "Mozambique",
    "admin1": "Cabo Delgado", "location": "Macomia", "latitude": -12.2493, "longitude": 40.1236,
    "geo_precision": 1,
}  # fmt: skip
TEXTS = {
    "lusa": "Insurgents ambushed an army convoy at Macomia on Tuesday, killing four soldiers.",
    # The next day's clash near Mucojo, placed by extraction at Macomia, the town its text names.
    "zitamar": "Troops fought insurgents near Mucojo on Wednesday, a day after the ambush on "
    "the road outside Macomia. Two insurgents were killed.",
    # A follow-up on the same ambush: no other place after the phrase.
    "carta": "A day after the attack, families buried the four soldiers killed at Macomia.",
    "wrong_count": "Troops fought insurgents on Wednesday, two days after the ambush in Macomia.",
}


def _report(article_id: str, **changes: object) -> Event:
    return report_event(article_id, AMBUSH, **changes)


def _text(article_id: str) -> str:
    return TEXTS.get(article_id, "")


def test_the_next_days_clash_that_names_the_ambush_is_another_event() -> None:
    ambush, sequel = _report("lusa"), _report("zitamar", event_date=date(2026, 3, 4))
    assert compare(ambush, sequel).same  # the records alone: same group, a day apart
    decision = compare(ambush, sequel, _text)
    assert not decision.same
    assert any("days after an incident" in reason for reason in decision.reasons)
    assert sequel_apart(sequel, ambush, _text) and sequel_apart(ambush, sequel, _text)
    assert sorted(map(len, cluster_reports([ambush, sequel], _text))) == [1, 1]


def test_follow_ups_and_other_gaps_are_not_sequels() -> None:
    ambush = _report("lusa")
    follow_up = _report("carta", event_date=date(2026, 3, 4))
    assert compare(ambush, follow_up, _text).same  # the phrase names no place after it
    other_count = _report("wrong_count", event_date=date(2026, 3, 4))
    assert compare(ambush, other_count, _text).same  # "two days" is not the one-day gap
    same_day = _report("zitamar")
    assert compare(ambush, same_day, _text).same  # no gap: the phrase orders nothing
    undated = _report("zitamar", event_date=date(2026, 3, 4), date_known=False)
    assert compare(ambush, undated, _text).same  # a publication day orders nothing either
