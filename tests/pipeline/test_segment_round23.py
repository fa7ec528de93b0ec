"""Segmentation rules of detection and typing round 23 (issue #4), on texts in my own wording.

A town named as where a person is from ("the driver was from the West Bank village of Beit
Ummar") is no place of an act: the clause that says so, naming the act back ("called the
ramming a terrorist attack"), opens no event of its own. Police that meet a crowd's act named
back ("stopped the march at Maitighar") at a spot of their own intervene on that crowd: one
protest with intervention, not a peaceful protest beside it. An act set after "Hours earlier,"
or "A day earlier," is timed by those words, not hypothetical: an event of its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _types(pipeline: Pipeline, text: str) -> list[str]:
    events = pipeline(Article("probe", text, date(2025, 5, 5))).events
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "JERUSALEM, May 5 - A man rammed his car into a bus stop in Ra'anana on Sunday, wounding "
        "five people, before police shot him dead. Police said the driver was from the West Bank "
        "village of Beit Ummar, had entered Israel without a permit, and called the ramming a "
        "terrorist attack.",
        "Garissa - A man hurled a grenade into a bar in Garissa on Saturday night, wounding four "
        "people. Police said the suspect was from the Somali town of Dhobley and described the "
        "grenade attack as revenge for a raid.",
    ],
)
def test_a_town_a_doer_is_from_opens_no_event(pipeline: Pipeline, text: str) -> None:
    assert len(_types(pipeline, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kathmandu - Hundreds of nurses marched toward the health ministry on Sunday to demand "
        "permanent contracts. Police stopped the march at Maitighar and used water cannon to push "
        "them back; six nurses were hurt.",
        "Lilongwe - About 400 vendors marched to the city council on Monday over new market fees. "
        "Police blocked the march at the Area 3 roundabout and fired tear gas to push the crowd "
        "back; two vendors were injured.",
    ],
)
def test_police_meeting_the_march_named_back_intervene_on_it(
    pipeline: Pipeline, text: str
) -> None:
    assert _types(pipeline, text) == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ODESA, Ukraine - A Russian missile struck a port warehouse in Odesa late on Tuesday, "
            "killing two workers, the governor said. Hours earlier, a drone hit a fuel depot in "
            "Izmail, about 200 km to the south-west, wounding a guard.",
            ["Air/drone strike", "Shelling/artillery/missile attack"],
        ),
        (
            "Maiduguri - Gunmen killed four farmers near Konduga on Monday evening. A day earlier, "
            "a roadside bomb struck a military truck near Bama, wounding three soldiers.",
            ["Attack", "Remote explosive/landmine/IED"],
        ),
    ],
)
def test_an_act_timed_hours_earlier_is_an_event_of_its_own(
    pipeline: Pipeline, text: str, expected: list[str]
) -> None:
    assert sorted(_types(pipeline, text)) == expected
