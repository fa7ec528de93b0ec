"""Round 12 of issue #5: a coalition and one of its member groups are one actor to dedup
(store/coalitions.py, data/store/coalitions.csv); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.coalitions import coalition_and_member
from dateline.store.dedup import compare
from dateline.store.testing import report_event

# Fighters attack an army post at Boni (Mopti, Mali) on 9 March; one outlet names JNIM,
# a local radio its Katiba Macina.
RAID = {
    "event_date": date(2026, 3, 9), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "JNIM: Group for Support of Islam and Muslims", "inter1": 2,
    "actor2": "Military Forces of Mali (2021-)", "inter2": 1, "country": "Mali",
    "admin1": "Mopti", "location": "Boni", "latitude": 15.07, "longitude": -1.95,
    "geo_precision": 1,
}  # fmt: skip


def _report(article_id: str, **changes: object) -> Event:
    return report_event(article_id, RAID, **changes)


def test_a_coalition_and_its_member_are_one_actor() -> None:
    assert coalition_and_member("JNIM: Group for Support of Islam and Muslims", "Katiba Macina")
    assert coalition_and_member("Katiba Macina (Mali)", "JNIM")
    assert coalition_and_member("Viv Ansanm", "400 Mawozo Gang")
    claim, radio = _report("claim"), _report("radio", actor1="Katiba Macina")
    assert compare(claim, radio).same


def test_two_members_or_an_outsider_are_not_the_coalition() -> None:
    # Members of one alliance also fight each other; other groups are not members.
    assert not coalition_and_member("TNLA: Ta'ang National Liberation Army",
                                    "MNDAA: Myanmar National Democratic Alliance Army")  # fmt: skip
    assert not coalition_and_member("JNIM: Group for Support of Islam and Muslims",
                                    "Islamic State (Sahel)")  # fmt: skip
    assert not compare(_report("claim"), _report("is", actor1="Islamic State (Sahel)")).same
