"""Segmentation round 20 (issue #4): targeted cases for each rule and its contrast, in wording
of our own written after the rules (the probe table ``data/segment_round20.tsv`` is scored in
``test_segment_rounds.py``). Each case reads "sub_event_type|fatalities|day" of every event."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

PUBLISHED = date(2025, 12, 3)  # a Wednesday (Monday 1 December, Sunday 30 November)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _read(pipeline: Pipeline, text: str) -> str:
    events = pipeline(Article("probe", text, PUBLISHED)).events
    found = sorted(f"{e.sub_event_type}|{e.fatalities}|{e.event_date}" for e in events)
    return ";".join(found) or "NONE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "since ..." aside ending on a day long past neither splits nor dates the act
        (
            "On 30 November 2025, soldiers looted and burned 30 houses in Kani (Sagaing), whose "
            "owners have sheltered in the forest since fighting reached the area in August.",
            "Looting/property destruction|0|2025-11-30",
        ),
        # acts in the perfect over a span of the news week are news ...
        (
            "Gunmen have killed 12 villagers in Bokkos since Saturday, police said on Tuesday.",
            "Attack|12|2025-11-29",
        ),
        (
            "Protesters have blocked the main road into Goma since Monday, demanding the "
            "reopening of the airport.",
            "Peaceful protest|0|2025-12-01",
        ),
        # ... over weeks or more, or every Friday, a habit or a campaign: no event
        (
            "Villagers have protested outside the mine in Geita every Friday since March, "
            "accusing the company of polluting their wells.",
            "NONE",
        ),
        (
            "Armed men have abducted more than 200 travellers on the Kaduna-Abuja highway this "
            "year, police said on Tuesday.",
            "NONE",
        ),
        # a crowd's act in a list of towns: an event per town ...
        (
            "Opposition supporters rallied in Harare and Bulawayo on Saturday; police did not "
            "intervene.",
            "Peaceful protest|0|2025-11-29;Peaceful protest|0|2025-11-29",
        ),
        (
            "Hundreds of nurses protested outside hospitals in Kano, Kaduna and Zaria on Monday "
            "over unpaid allowances.",
            "Peaceful protest|0|2025-12-01;Peaceful protest|0|2025-12-01;"
            "Peaceful protest|0|2025-12-01",
        ),
        # ... not the towns of its demand, nor a march's route
        (
            "Hundreds of farmers marched in Nakuru on Monday, demanding the return of their land "
            "in Molo and Njoro.",
            "Peaceful protest|0|2025-12-01",
        ),
        (
            "Hundreds of miners marched from Obuasi to Kumasi on Monday to demand unpaid wages.",
            "Peaceful protest|0|2025-12-01",
        ),
        # the crowd going on with a day of its own is another day's protest
        (
            "Students marched in Dhaka on Monday to demand quota reform. On Tuesday, the "
            "students then marched again to the Secretariat.",
            "Peaceful protest|0|2025-12-01;Peaceful protest|0|2025-12-02",
        ),
        # two strikes from afar in two towns are two events; the same town named again is one
        (
            "Russian drones hit an energy plant in Sumy on Sunday, and a missile struck a "
            "hospital in Dnipro.",
            "Air/drone strike|0|2025-11-30;Shelling/artillery/missile attack|0|2025-11-30",
        ),
        (
            "Russian drones hit an energy plant in Sumy on Sunday. In Sumy, the drones also "
            "damaged a school.",
            "Air/drone strike|0|2025-11-30",
        ),
        # the launcher's account of a weapon intercepted claims it; rockets on another town
        # are an event of their own
        (
            "Israeli air defences intercepted a missile fired from Yemen over the Negev on "
            "Sunday. The Houthis said they had fired a missile at Tel Aviv airport.",
            "Disrupted weapons use|0|2025-11-30",
        ),
        (
            "Israel's military said it intercepted a drone over Haifa on Sunday. Hezbollah said "
            "it had fired rockets at Kiryat Shmona.",
            "Disrupted weapons use|0|2025-11-30;Shelling/artillery/missile attack|0|2025-11-30",
        ),
        # a day placed years back ("That night six years ago") is history; the same night
        # with no years is the day told
        (
            "Families gathered at the market in Konduga on Monday to remember the victims. That "
            "night six years ago, suicide bombers killed 30 people there. It was the deadliest "
            "attack the town has known.",
            "NONE",
        ),
        (
            "Families gathered at the market in Konduga on Monday to remember the victims. That "
            "night, suicide bombers killed 30 people there.",
            "Suicide bomb|30|2025-12-01",
        ),
        # an act prepared or agreed to is no act; one told after "after" or done by others
        # who had planned it still is
        (
            "The army said on Tuesday it was preparing an offensive to retake Tillaberi from "
            "the jihadists.",
            "NONE",
        ),
        (
            "Police agreed to release the detainees after protesters blocked the main road in "
            "Kisumu on Monday.",
            "Peaceful protest|0|2025-12-01",
        ),
        (
            "Soldiers repelled ISWAP fighters who had planned to attack a base near Monguno on "
            "Sunday.",
            "Armed clash|0|2025-11-30",
        ),
        # a plan verb with an object of its own tells an act done: the arrests after it are
        # the operation's; an attack the car was to be used in is none
        (
            "Police defused a bomb hidden in a car near the market in Baidoa on Monday. A "
            "police spokesman said al-Shabaab prepared the car and that two suspects were "
            "detained during the operation.",
            "Disrupted weapons use|0|2025-12-01",
        ),
        # a note's day told with no act word dates the dead told next, not the next day's act
        (
            "On 29 November 2025, ADF fighters tried to enter Oicha (Beni, North Kivu) at dusk. "
            "The army said 7 rebels were killed. On 30 November 2025, ADF fighters killed 4 "
            "farmers near Eringeti (Beni, North Kivu).",
            "Armed clash|7|2025-11-29;Attack|4|2025-11-30",
        ),
        # the doers named again give the act told its day; others on another day act anew
        (
            "Gunmen abducted 20 worshippers from a mosque near Funtua, police said on Tuesday. "
            "The kidnappers came on Saturday night on motorcycles and fired into the air.",
            "Abduction/forced disappearance|0|2025-11-29",
        ),
        (
            "Gunmen abducted 20 worshippers from a mosque near Funtua on Sunday, police said on "
            "Tuesday. On Monday, gunmen abducted 5 farmers near Bakori.",
            "Abduction/forced disappearance|0|2025-11-30;"
            "Abduction/forced disappearance|0|2025-12-01",
        ),
    ],
)
def test_round20_rules_and_their_contrasts(pipeline: Pipeline, text: str, expected: str) -> None:
    assert _read(pipeline, text) == expected
