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


# Round 11: "hours after" the incident at another place, the same night. Israeli jets strike a
# depot at Masyaf (Hama) on 7 April; a strike on a radar site at Tartus, whose text names
# Masyaf, comes "hours after" it (same event type, same actors: the text bridges the places).
STRIKE = {
    "event_date": date(2026, 4, 7), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
    "actor1": "Military Forces of Israel (2022-)", "inter1": 8,
    "actor2": "Military Forces of Syria (2024-)", "inter2": 1, "country": "Syria",
    "admin1": "Hama", "location": "Masyaf", "latitude": 35.0653, "longitude": 36.3421,
    "geo_precision": 1,
}  # fmt: skip
HOURS_TEXTS = {
    "sana": "Israeli warplanes struck a weapons depot outside Masyaf on Tuesday evening.",
    "tartus": "A radar site near Tartus was hit by Israeli missiles before dawn, hours after "
    "the strike on Masyaf in the Hama countryside, a war monitor said.",
    # The Masyaf strike itself, written up as a follow-up: its own place follows the phrase.
    "follow_up": "Hours after the strike on Masyaf, residents were still clearing the rubble.",
}


def _strike(article_id: str, **changes: object) -> Event:
    return report_event(article_id, STRIKE, **changes)


def test_a_strike_hours_after_another_at_the_place_its_text_names_is_another_event() -> None:
    masyaf = _strike("sana")
    tartus = _strike("tartus", admin1="Tartus", location="Tartus", latitude=34.8890,
                     longitude=35.8866, event_date=date(2026, 4, 8))  # fmt: skip
    assert compare(masyaf, tartus, HOURS_TEXTS.get).same is False
    assert sequel_apart(masyaf, tartus, HOURS_TEXTS.get)
    same_night = _strike("tartus", admin1="Tartus", location="Tartus", latitude=34.8890,
                         longitude=35.8866)  # fmt: skip
    assert sequel_apart(masyaf, same_night, HOURS_TEXTS.get)  # the same day too
    off = dict(HOURS_TEXTS, tartus=HOURS_TEXTS["tartus"].replace("hours after", "as well as"))
    assert compare(masyaf, same_night, off.get).same  # the text alone bridged the places


def test_hours_after_the_incident_at_its_own_place_is_that_incident() -> None:
    masyaf, follow_up = _strike("sana"), _strike("follow_up")
    assert not sequel_apart(masyaf, follow_up, HOURS_TEXTS.get)
    assert compare(masyaf, follow_up, HOURS_TEXTS.get).same
    too_late = _strike("tartus", admin1="Tartus", location="Tartus", latitude=34.8890,
                       longitude=35.8866, event_date=date(2026, 4, 9))  # fmt: skip
    assert not sequel_apart(masyaf, too_late, HOURS_TEXTS.get)  # "hours" is not two days


# Round 13: "the same day as" the incident at another place. Al-Shabaab storms a base at
# Bulo Marer (Lower Shabelle) on 9 September; an ambush near Qoryoley, 25 km off, the same day.
SAME_DAY_TEXTS = {
    "base": "Al-Shabaab fighters stormed an army base in Bulo Marer on Tuesday, officials said.",
    "ambush": "Al-Shabaab fighters ambushed an army convoy near Qoryoley on Tuesday, the same "
    "day as the Bulo Marer assault, killing three soldiers.",
    "follow_up": "Troops retook the base in Bulo Marer on Tuesday, the same day as the assault "
    "on Bulo Marer began, officials said.",
}
SOMALIA = {
    **AMBUSH, "event_date": date(2026, 9, 8), "actor1": "Al Shabaab", "inter1": 2,
    "actor2": "Military Forces of Somalia (2022-)", "inter2": 1, "country": "Somalia",
    "admin1": "Lower Shabelle", "location": "Bulo Marer", "latitude": 1.7833,
    "longitude": 44.5333, "geo_precision": 1,
}  # fmt: skip


def test_an_incident_the_same_day_as_one_elsewhere_is_another_event() -> None:
    base = report_event("base", SOMALIA)
    ambush = report_event("ambush", SOMALIA, location="Qoryoley", latitude=1.7876,
                          longitude=44.7554, geo_precision=2)  # fmt: skip
    assert compare(base, ambush).same  # the records alone: same group, day, 25 km, "near"
    assert sequel_apart(ambush, base, SAME_DAY_TEXTS.get)
    assert not compare(base, ambush, SAME_DAY_TEXTS.get).same
    follow_up = report_event("follow_up", SOMALIA)  # names its own place: the same incident
    assert not sequel_apart(follow_up, base, SAME_DAY_TEXTS.get)
    assert compare(base, follow_up, SAME_DAY_TEXTS.get).same
