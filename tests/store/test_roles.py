"""Round 11 of issue #5: 'gunmen' to one outlet and the group blamed to another, side by side
(store/roles.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.dedup import compare
from dateline.store.roles import sides_agree
from dateline.store.testing import report_event

# Al-Shabaab ambushes a supply convoy escorted by Somali troops at Balcad on 2 February: drivers
# killed to one outlet (an attack on civilians), "militants" repelled to the army (a clash).
AMBUSH = {
    "event_date": date(2026, 2, 2), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Violence against civilians", "sub_event_type": "Attack",
    "actor1": "Al Shabaab", "inter1": 2, "actor2": "Civilians (Somalia)", "inter2": 7,
    "country": "Somalia", "admin1": "Middle Shabelle", "location": "Balcad",
    "latitude": 2.3590, "longitude": 45.3870, "geo_precision": 1,
}  # fmt: skip
CLASH = {"event_type": "Battles", "sub_event_type": "Armed clash",
         "actor1": "Unidentified Armed Group (Somalia)", "inter1": 3,
         "actor2": "Military Forces of Somalia (2022-)", "inter2": 1}  # fmt: skip


def _report(article_id: str, **changes: object) -> Event:
    return report_event(article_id, AMBUSH, **changes)


def test_the_group_blamed_and_gunmen_facing_the_army_are_one_ambush() -> None:
    attack, clash = _report("garowe"), _report("sna", **CLASH)
    assert sides_agree(attack, clash)
    decision = compare(attack, clash)
    assert decision.same
    assert any("side by side" in reason for reason in decision.reasons)
    crossed = _report("sna", **dict(CLASH, actor1=CLASH["actor2"], actor2=CLASH["actor1"]))
    assert compare(attack, crossed).same  # actor order does not matter


def test_sides_that_name_two_groups_or_no_gunmen_do_not_agree() -> None:
    attack = _report("garowe")
    other_group = _report("sna", **dict(CLASH, actor1="Islamic State Somalia Province"))
    assert not sides_agree(attack, other_group) and not compare(attack, other_group).same
    assert not sides_agree(_report("x", actor1="Military Forces of Somalia (2022-)",
                                   actor2="Civilians (Somalia)"),
                           _report("y", actor1="Unidentified Armed Group (Somalia)",
                                   actor2="Al Shabaab"))  # fmt: skip
    elsewhere = _report("sna", location="Jowhar", latitude=2.7809, longitude=45.5005, **CLASH)
    assert not sides_agree(attack, elsewhere)  # another spot: the sides say nothing
