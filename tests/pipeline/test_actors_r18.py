"""Round 18 of the actors stage (issue #4): its mechanisms one by one, each in both
orientations, in wording of neither the probe table nor the corpus. The probe table
``data/actor_probes_r18.tsv`` is scored against its floors with the other rounds' in
test_actors_probes.py (PROBE_TABLES).

Round 18: 40 short reports of my own wording (30 countries; analyst notes, wire copy,
translated local news, headlines) written before any fix of this round, both orientations of
each kind of actor error counted on the tenth edition's dev part (actor slots of matched
events, two votes off; 158 matched): the sub-event type wrong first (riot vs clash vs arrest,
another stage's) 18; the wrong country from the wrong place (another stage's) 5; orientation
swapped 13 -- who opened a fight 9 (an assault the forces beat back, a bomber at a police post,
a patrol fired on) and a handover 4 --; a named group missing, under another name or its
country branch 11; the dead a group later claims as its fighters read as civilians 3; a force's
kind or era 3; a missing or spurious actor2 3.

Scored once before the fixes: actor1 0.650 (26/40), actor2 0.700 (28/40).
The fixes: ground changing hands -- the side that withdrew, pulled out, handed over or
abandoned it is actor2 and the side moving in actor1, whichever the report names first
(``mention_roles._cedes_ground``); the dead a named group later speaks of as its own ("said
both were guerrillas of its armed wing", "calling him one of its fighters") are that group
(``blame._identified_victims``, ``victims_claimed_after``); one civilian-worded person who detonates
a device or blows himself up is the attacker; forces that repelled or beat back an attack
("says it repulsed a 'terrorist' raid") are the side it hit, and with no doer named the armed
group on the other side made it (``roles._attackers_held_off``); al Qaeda by its country
branch (AQAP in Yemen, JNIM in the Sahel, al Shabaab in Somalia); JeM's ACLED name, Jaish
al-Zolm (Jaish al-Adl), Los Ardillos and Los Tlacos, Kenya's National Police Reserve, and the
Philippines' "communist rebels" (the NPA). Then, from the tenth edition's remaining errors:
"armed thugs" are an armed group; a claim told on its own the next day ("the militant group X
claimed responsibility in a statement") names the doer of the act before; where no army of its
own stands (the West Bank, Gaza) unnamed "soldiers" are the raiding army's; the (State) Civil
Guard is police; a state's trenches are its forces; the PTM by name; forces that regained
control or restored order after others fought are no side (``mention_roles._restores_order``).
Scored after: actor1 0.850 (34/40), actor2 0.900 (36/40), the same with two votes on (the rest:
two handovers told in two frames, a mass grave read as no event, and two fights whose opener
the rules leave to rank). Tenth edition dev part, same tree, two votes off, before -> after
this round: actor1 0.884 -> 0.939, actor2 0.823 -> 0.915; no dev column of any edition drops.

Tried and dropped: "the side that made the one-sided attack opened the fight" (security forces
clashed with gunmen after the gunmen ambushed a patrol: the gunmen lead) and "the side named
first leads a fight" both lowered dev actor1 on the same tree: the corpus's gold keeps the
report's order of the two sides ("M23 clashed with Wazalendo after the Wazalendo attacked")
as often as the opener, so neither is a rule.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.pipeline.test_actors_probes import _assert_first_event_actors, _first_event_actors

from dateline.evaluation.compare import actors_match
from dateline.pipeline import Pipeline

DAY = date(2025, 6, 14)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (  # the side handing over is named first: the side that receives leads
            "Rebel fighters handed the airport of Kindu over to Congolese army units on "
            "Friday without a shot fired, residents said.",
            "Military Forces of the Democratic Republic of Congo",
            "Unidentified Armed Group (Democratic Republic of Congo)",
        ),
        (  # the side taking over is named first, the side that left after "abandoned by"
            "ISWAP fighters took over a military base near Malam Fatori abandoned by Nigerian "
            "troops on Friday, without any fighting, locals said.",
            "Islamic State (West Africa)",
            "Military Forces of Nigeria",
        ),
    ],
)
def test_the_side_that_takes_ground_leads_a_handover(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    _assert_first_event_actors(pipeline, text, actor1, actor2, DAY)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (  # the group speaks of the dead as its own
            "An Israeli drone struck a car near Tyre, Lebanon, on Friday, killing two men. "
            "Hezbollah later said both were members of its elite unit.",
            "Hezbollah",
        ),
        (  # the group only speaks of its own fighters' act: the dead stay civilians
            "An Israeli drone struck a car near Tyre, Lebanon, on Friday, killing two men. "
            "Hezbollah said its fighters had fired rockets at a barracks in response.",
            "Civilians (Lebanon)",
        ),
    ],
)
def test_the_dead_a_group_calls_its_own_are_that_group(
    pipeline: Pipeline, text: str, actor2: str
) -> None:
    assert _first_event_actors(pipeline, text, DAY)[1] == actor2


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (  # one man who sets off a device at a post attacked the post's force
            "A man detonated a bomb at the gate of a police station in Kirkuk, Iraq, on Friday, "
            "wounding three officers.",
            "Unidentified Armed Group (Iraq)",
            "Police Forces of Iraq",
        ),
        (  # a man killed by a device is the one hit
            "A roadside bomb killed a man on his way to market near Kirkuk, Iraq, on Friday.",
            "Unidentified Armed Group (Iraq)",
            "Civilians (Iraq)",
        ),
    ],
)
def test_a_lone_bomber_is_the_attacker(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    _assert_first_event_actors(pipeline, text, actor1, actor2, DAY)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (  # forces that held an attack off, its doer left unnamed: the attackers lead
            "Nigerien troops say they repelled a raid on their base near Ayorou on Friday, "
            "killing 15 assailants.",
            "Unidentified Armed Group (Niger)",
            "Military Forces of Niger",
        ),
        (  # forces that attacked lead
            "Nigerien troops attacked a militant camp near Ayorou on Friday, killing 15 "
            "assailants.",
            "Military Forces of Niger",
            "Unidentified Armed Group (Niger)",
        ),
    ],
)
def test_forces_that_held_an_attack_off_were_hit(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    _assert_first_event_actors(pipeline, text, actor1, actor2, DAY)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Al Qaeda militants attacked an army checkpoint in Abyan, Yemen, on Friday, killing "
            "two soldiers.",
            "AQAP: Al Qaeda in the Arabian Peninsula",
        ),
        (
            "Al Qaeda militants attacked an army checkpoint near Idlib, Syria, on Friday, "
            "killing two soldiers.",
            "Al Qaeda",
        ),
    ],
)
def test_al_qaeda_by_its_country_branch(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert actors_match(actor1, _first_event_actors(pipeline, text, DAY)[0])


def test_communist_rebels_in_the_philippines_are_the_npa(pipeline: Pipeline) -> None:
    text = (
        "Communist rebels ambushed an army patrol in Catubig, Northern Samar, Philippines, on "
        "Friday, wounding two soldiers."
    )
    assert _first_event_actors(pipeline, text, DAY)[0] == "NPA: New People's Army"


def test_groups_under_their_acled_names(pipeline: Pipeline) -> None:
    text = (
        "Gunmen of the group Jaish al-Zolm attacked a police post in Saravan, Iran, on Friday, "
        "wounding two officers."
    )
    assert _first_event_actors(pipeline, text, DAY)[0] == "Jaish al-Adl"
    text = "Jaish-e-Mohammed militants fired on an army post in Poonch, India, on Friday."
    assert _first_event_actors(pipeline, text, DAY)[0] == "JeM: Jaish-e-Mohammed"
    text = (
        "Gunmen ambushed a patrol of the State Civil Guard in Apatzingan, Michoacan, Mexico, on "
        "Friday, wounding two agents."
    )
    assert _first_event_actors(pipeline, text, DAY)[1].startswith("Police Forces of Mexico")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (  # a claim on its own, the next day, points back to the act
            "Armed thugs opened fire on a police patrol near Khash, Iran, late on Thursday, "
            "wounding two officers. On Friday morning the militant group Jaish al-Adl claimed "
            "responsibility in a statement on its channels.",
            "Jaish al-Adl",
        ),
        (  # a claim of another act does not
            "Armed thugs opened fire on a police patrol near Khash, Iran, late on Thursday, "
            "wounding two officers. On Friday morning the militant group Jaish al-Adl claimed "
            "responsibility for a separate bombing in Zahedan.",
            "Unidentified Armed Group (Iran)",
        ),
    ],
)
def test_a_claim_the_next_day_names_the_doer(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert _first_event_actors(pipeline, text, DAY)[0] == actor1


def test_soldiers_where_no_army_of_its_own_stands_are_the_raiders(pipeline: Pipeline) -> None:
    """In the West Bank "soldiers" are the raiding army's, never a Palestinian army."""
    text = (
        "NABLUS, West Bank, June 13 - Israeli troops and Palestinian gunmen exchanged fire in "
        "the old city of Nablus during a raid on Friday. The army said soldiers had shot one "
        "of the gunmen."
    )
    actor1, actor2 = _first_event_actors(pipeline, text, DAY)
    assert actor1.startswith("Military Forces of Israel")
    assert not actor2.startswith("Military Forces of Palestine")


def test_a_states_trenches_are_its_forces(pipeline: Pipeline) -> None:
    text = (
        "Russian drones dropped grenades on Ukrainian trenches near Siversk, Ukraine, on "
        "Friday, wounding three soldiers."
    )
    assert _first_event_actors(pipeline, text, DAY)[1].startswith("Military Forces of Ukraine")


def test_a_movement_a_government_bans_is_actor2(pipeline: Pipeline) -> None:
    text = (
        "On 12 June 2025, Pakistan's interior ministry banned the PTM, the Pashtun rights "
        "movement, in Islamabad, Pakistan."
    )
    assert _first_event_actors(pipeline, text, DAY)[1] == "PTM: Pashtun Tahaffuz Movement"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (  # forces that restored control after two gangs fought are no side of the fight
            "Five inmates died on Friday in a shootout between members of Barrio 18 and MS-13 "
            "in a prison in Tegucigalpa, Honduras. Soldiers and police regained control of the "
            "wing after two hours.",
            "Barrio 18",
            "MS-13",
        ),
        (  # forces that retook ground from a group did take it
            "Nigerian troops regained control of Malam Fatori from ISWAP fighters on Friday "
            "after a day of fighting.",
            "Military Forces of Nigeria",
            "Islamic State (West Africa)",
        ),
    ],
)
def test_forces_restoring_order_are_no_side(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    _assert_first_event_actors(pipeline, text, actor1, actor2, DAY)
