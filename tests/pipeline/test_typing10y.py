"""Round ty10y (issue #4): three reported bugs, each probed on both sides of its boundary in
wording of neither the corpus nor the other probe tables (wire, local, note and headline
registers; 14 countries).

1. Unnamed gunmen whose attack falls on people the report names as no party ("attacked a
   family at their home", "opened fire on a couple") attacked civilians: no Armed clash with a
   default army (``event_tactics._people_are_the_target`` reads the words after the act with
   cues.json person_object when no actor mention follows it). "Attacked a checkpoint" and
   "attacked soldiers" stay clashes.
2. Unnamed troops of an article that names one country's army ("Troops ..., the IDF said")
   are that army, not the forces of the place's country (``own_army.own_army``, run by the
   actors stage); with two countries' forces named nothing changes.
3. A device told going off ("an improvised device went off outside a bar", "a homemade
   device exploded") is a bomb (triggers.csv); a device defused or a product is not.

Scored once before the fixes (two votes off): 7/17 rows right; after: 17/17 (two votes on: 17/17).
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.evaluation.compare import actors_match
from dateline.model import Article
from dateline.pipeline import Pipeline

DAY = date(2025, 10, 7)
NO_EVENT = "NONE"

# (text, sub-event type, actor1, actor2)
FAMILIES = [
    (
        "CELAYA, Mexico (Reuters) - Gunmen attacked a family at their home in Celaya, "
        "Guanajuato, on Saturday, leaving three dead, state prosecutors said.",
        "Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
    ),
    (
        "Armed men attacked a couple on a rural road outside San Pedro Sula, Honduras, late "
        "on Friday, police said.",
        "Attack", "Unidentified Armed Group (Honduras)", "Civilians (Honduras)",
    ),
    (
        "Suspected bandits opened fire on a family travelling near Gusau, Zamfara state, "
        "Nigeria, on Monday, residents said.",
        "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "On 4 October 2025, unidentified gunmen attacked a household in Tumaco (Narino), "
        "Colombia. 2 fatalities.",
        "Attack", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)",
    ),
    (
        "Gunmen attacked an army checkpoint in Zhob, Balochistan, Pakistan, on Sunday, "
        "officials said.",
        "Armed clash", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan",
    ),
    (
        "Militants attacked soldiers guarding a bridge near Mopti, Mali, on Thursday.",
        "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali",
    ),
]

OWN_ARMY = [
    (
        "Troops shot dead two Palestinians during a raid in Nablus on Wednesday, the IDF said.",
        "Attack", "Military Forces of Israel", "Civilians (Palestine)",
    ),
    (
        "Soldiers detained four men in an overnight raid on the Nur Shams camp near Tulkarm, "
        "the Israel Defense Forces said in a statement.",
        "Arrests", "Military Forces of Israel", "Civilians (Palestine)",
    ),
    (
        "Troops killed three insurgents in an ambush in Bama, Borno state, on Tuesday, the "
        "Nigerian Army said.",
        "Armed clash", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)",
    ),
    (
        "According to the Kenya Defence Forces, troops killed six al-Shabaab fighters near "
        "Kismayo, Somalia, on Sunday.",
        "Armed clash", "Military Forces of Kenya", "Al Shabaab",
    ),
    (
        "Police arrested ten people at a market in Lahore, Pakistan, on Friday.",
        "Arrests", "Police Forces of Pakistan", "Civilians (Pakistan)",
    ),
]

DEVICES = [
    (
        "An improvised device went off outside a bar in Bastia, Corsica, overnight on "
        "Saturday, prosecutors said.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (France)", "Civilians (France)",
    ),
    (
        "A homemade device exploded outside a bank branch in Thessaloniki, Greece, early on "
        "Sunday, wounding a passer-by.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Greece)", "Civilians (Greece)",
    ),
    (
        "Device goes off near police post in Diyarbakir, Turkey",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Turkey)",
        "Police Forces of Turkey",
    ),
    (
        "A crude device was detonated at the gate of a church in Jos, Plateau state, Nigeria, "
        "overnight, police said.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "The firm unveiled a new tracking device at a fair in Lagos, Nigeria, on Monday.",
        NO_EVENT, "", "",
    ),
    (
        "Police defused an improvised device found near a school in Kaduna, Nigeria, on "
        "Monday.",
        "Disrupted weapons use", "Police Forces of Nigeria", "",
    ),
]

# a foreign army that only takes part, not speaks: the unnamed troops stay the host's (actor1)
HOST_TROOPS = [
    (
        "Soldiers killed five jihadists near Gao, Mali, on Monday in an operation backed by "
        "French troops.",
        "Military Forces of Mali",
    ),
    (
        "Troops raided a village near Idlib, Syria, on Tuesday, killing four civilians, as "
        "Russian jets circled overhead.",
        "Military Forces of Syria",
    ),
]

PROBES = FAMILIES + OWN_ARMY + DEVICES
FLOOR = 0.90  # 17/17 after the fixes, two votes off and on


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _right(pipeline: Pipeline, text: str, sub_type: str, actor1: str, actor2: str) -> bool:
    events = pipeline(Article("probe", text, DAY)).events
    if sub_type == NO_EVENT:
        return not events
    return any(
        event.sub_event_type == sub_type
        and actors_match(actor1, event.actor1)
        and actors_match(actor2, event.actor2)
        for event in events
    )


def test_the_probe_table_scores_above_its_floor(pipeline: Pipeline) -> None:
    right = [_right(pipeline, *probe) for probe in PROBES]
    wrong = [probe[0][:50] for probe, ok in zip(PROBES, right, strict=True) if not ok]
    assert sum(right) / len(PROBES) >= FLOOR, wrong


@pytest.mark.parametrize(("text", "sub_type", "actor1", "actor2"), FAMILIES)
def test_gunmen_attacking_people_named_as_no_party_attack_civilians(
    pipeline: Pipeline, text: str, sub_type: str, actor1: str, actor2: str
) -> None:
    assert _right(pipeline, text, sub_type, actor1, actor2)


@pytest.mark.parametrize(("text", "sub_type", "actor1", "actor2"), OWN_ARMY)
def test_unnamed_troops_belong_to_the_one_army_named(
    pipeline: Pipeline, text: str, sub_type: str, actor1: str, actor2: str
) -> None:
    assert _right(pipeline, text, sub_type, actor1, actor2)


@pytest.mark.parametrize(("text", "sub_type", "actor1", "actor2"), DEVICES)
def test_a_device_told_going_off_is_a_bomb(
    pipeline: Pipeline, text: str, sub_type: str, actor1: str, actor2: str
) -> None:
    assert _right(pipeline, text, sub_type, actor1, actor2)


@pytest.mark.parametrize(("text", "actor1"), HOST_TROOPS)
def test_unnamed_troops_beside_a_foreign_army_that_acts_stay_the_hosts(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    events = pipeline(Article("probe", text, DAY)).events
    assert events and all(actors_match(actor1, event.actor1) for event in events)
