"""Round 11 of issue #5: parts of the day read from report texts (store/daytime.py). The rule
that keeps same-day acts at two parts of the day apart is measured but off by default
(``time_of_day.enabled``, see docs/store.md); these tests switch it on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from dateline.store.daytime import different_times, parts_of_day
from dateline.store.dedup import compare
from dateline.store.fields import settings
from dateline.store.testing import report_event

PARTS = [  # text, parts of the day it names
    ("Jets bombed the market on Monday afternoon.", {"afternoon"}),
    ("At about 3 pm a drone hit the camp.", {"afternoon"}),
    ("This morning the rebels attacked our positions.", {"morning"}),
    ("Troops moved in at 6.30 am.", {"morning"}),
    ("Gunmen struck at 22:15 on Sunday.", {"night"}),
    ("Fighting erupted on Thursday evening.", {"night"}),
    ("Two were shot last night.", {"night"}),
    ("Protesters had blocked the road since the morning.", set()),  # no day reference
    ("Turnout was 3.50 percent, the 12 May report said.", set()),  # numbers, not times
]


@pytest.mark.parametrize(("text", "parts"), PARTS)
def test_parts_of_the_day(text: str, parts: set[str]) -> None:
    assert parts_of_day(text) == parts


@pytest.fixture
def rule_on() -> Iterator[None]:
    rule = settings()["time_of_day"]
    before = rule["enabled"]
    rule["enabled"] = True
    yield
    rule["enabled"] = before


SCENE = {
    "event_date": date(2026, 5, 4), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Sudan (2019-)", "inter1": 1,
    "actor2": "RSF: Rapid Support Forces", "inter2": 2, "country": "Sudan",
    "admin1": "North Kordofan", "location": "Bara", "latitude": 13.7, "longitude": 30.37,
    "geo_precision": 1,
}  # fmt: skip
TEXTS = {
    "ground": "The army and the RSF fought in Bara on Monday morning.",
    "air": "A drone struck a market in Bara on Monday afternoon, killing 12.",
    "untimed": "A drone struck a market in Bara on Monday, killing 12.",
    "ground_late": "The army and the RSF were still fighting in Bara on Monday afternoon.",
}
STRIKE = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}


@pytest.mark.usefixtures("rule_on")
def test_two_acts_at_two_parts_of_the_day_are_two_events() -> None:
    ground = report_event("ground", SCENE)
    air = report_event("air", SCENE, **STRIKE)
    assert different_times(ground, air, TEXTS.get)
    assert not compare(ground, air, TEXTS.get).same
    assert compare(ground, report_event("untimed", SCENE, **STRIKE), TEXTS.get).same
    # one act (the same sub-event type) may be reported at its start and at its end
    assert compare(ground, report_event("ground_late", SCENE), TEXTS.get).same


def test_the_rule_is_off_by_default() -> None:
    ground, air = report_event("ground", SCENE), report_event("air", SCENE, **STRIKE)
    assert not different_times(ground, air, TEXTS.get)
    assert compare(ground, air, TEXTS.get).same
