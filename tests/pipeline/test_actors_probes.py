"""Actor probe tables of rounds 13, 14 and 15 (issue #4), each scored against its own floors.

Round 13 (issue #4): ``data/actor_probes_r13.tsv``, 50 short reports of my own wording (34
countries; ACLED analyst notes and wire copy) written before any fix of this round, one block per
kind of actor error seen on the sixth edition: the side that opened fire, a named group under an
abbreviation, the state force of the country and era, rioters vs protesters, victims that stay
civilians, the speaker who is not the actor, the main actor vs the ally that backed it.

Scored once before the fixes of round 13: actor1 0.840 (42/50), actor2 0.880 (44/50).
The fixes: forces whose act only answers an attack ("the troops returned fire", "security forces
combed the area") are the side hit, not the leader (``responders``); the KIA and the FLA (the
Azawad Liberation Front, the CMA's successor) by their short names; a missile or drone shot
down was fired by the named armed group whose home is the country it was launched from, and the
forces reporting the interception shot it down (``launchers``); the kin of soldiers who protest
("mothers of mobilised soldiers") are no forces; forces that "ran into" rebels opened the fight;
the owner of the thing hit ("a car belonging to Hezbollah") is the side hit; Nepal's parties, and
"<party> cadres" are the party's people (rioters in a riot), not an armed group; forces hit while
sent in ("attacked police officers sent to clear the blockade") are the side hit; regime eras of
Bolivia, Peru, Argentina, Chile, Guatemala, Paraguay, Nicaragua, Nepal and Sri Lanka; attackers
a later sentence describes as a named group ("the assailants, whom the officer described as
'Amba fighters'", "described the attackers as members of JNIM") are that group; the dead a later
sentence names as a group's ("described both as PKK members", "said the men were its fighters")
are that group (``blame``).

Round 14 (issue #4): ``data/actor_probes_r14.tsv``, 30 short reports of my own wording (21
countries; ACLED analyst notes, wire copy, translated local news) written before any fix of this
round, one block per kind of actor error reported on new text: retired, former or off-duty
members of a force who are attacked; villagers or local hunters who fight off kidnappers or
bandits; men in civilian clothes who shoot; the person shot while attacking the shooter's own
side; people in a bar, market or church hit by a grenade; supporters of two parties fighting
each other.

Scored once before the fixes of round 14: actor1 0.800 (24/30), actor2 0.433 (13/30).
The fixes: forces out of service when hit are civilians (``state_forces.off_duty_as_civilians``,
``actors/off_duty.json``); local hunters, vigilantes and village self-defence groups are a
communal militia, and people who fight a non-state armed group are one too, not rioters (the
gang they "fought off" opened the fight: ``orient.villagers_fighting_a_gang``/``fought_off``);
an unnamed identity militia and a later unnamed group of another kind are two sides
(``sides.same_side``); men in plain or civilian clothes who attack are an unidentified armed
group (``roles.json`` individual_words), hit they stay civilians; the person forces shot while
he attacked ("a Palestinian who attempted to stab soldiers") is an unidentified armed group of
his nationality and the soldiers he went for are the shooter's own (``assailants``); parties
named together in an act done "to each other" are two sides (``orient.done_to_each_other``);
Pakistan's PML-N and PPP by name; the people of a bar, market, church or bus a grenade is
thrown into or at are civilians (a property mention in ``groups.csv``: the target of last
resort); "clan militias" is one mention (the longer alternative first in its row).

Round 15 (issue #4): ``data/actor_probes_r15.tsv``, 40 short reports of my own wording (25
countries; analyst notes, wire copy, translated local news, headlines) written before any fix
of this round, both orientations of each kind of actor error seen on the seventh edition: a
post that came under attack (the attackers lead) vs forces that set out and came under fire or
ran into a camp (the forces lead); a suicide bomber among forces vs among civilians; the
operator of a weapon vs the user of a thing hit; a bomb hitting forces with a group blamed
later; victims named by their community vs two community militias; a crowd shot at and
detained activists vs protesters fired on; a group only blamed; a force's era name.

Scored once before the fixes of round 15: actor1 0.725 (29/40), actor2 0.700 (28/40).
The fixes: who acted follows the construction (``voice``): forces on an operation ("raiding",
"conducting a sweep", "sent to") that came under fire opened the fight, and the operator of a
weapon that acts ("drones operated by X struck") is its doer; "came under attack early on
Sunday from X" names the attackers; what "ripped through" or a bomber "among" hits is the side
hit; a bare crowd hit by any violence that is no protest's or riot's is civilians, and so are
people arrested outside a protest; "<community> volunteers" are the community's militia;
farmworkers are civilians of their stated nationality; a launcher that said it fired a weapon
shot down is actor2; "occupation forces" in Palestinian and Lebanese reports are Israel's; a
force only worn as a disguise is no side; Lebanon's (2025-) and the Maldives' eras.
The per-mention role logic moved out of ``roles.py`` into ``mention_roles.py``.
``data/actor_probes_r15_after.tsv``: 20 more reports of the same kinds, written after the
fixes and scored once, untuned (actor1 0.850, actor2 0.950): the estimate for new wording.

Round 17 (issue #4): ``data/actor_probes_r17.tsv``, 40 short reports of my own wording (27
countries; analyst notes, wire copy, translated local news, headlines, a feature) written
before any fix of this round, both orientations of each kind of actor error seen on the ninth
edition's dev part: people hit named by their trade or post (civilians) vs a force's or
group's member hit; a party only placed where the act fell vs the party hit; two families,
clans or villages fighting each other vs a community's militia attacking people; who opened
the fight; a group claiming a blast in a later sentence vs a blast nobody claimed.

Scored once before the fixes of round 17: actor1 0.725 (29/40), actor2 0.600 (24/40).
The fixes: one mention naming two kin units ("young men of two families", "militias of two
sub-clans", "gunmen from two villages") is both sides of the act, whatever its verb, as a clan
or communal militia (Papua New Guinea: communal; Pakistan, Yemen, Libya: tribal); people a
casualty figure counts by a word no actor mention covers ("killing a night watchman") are the
civilians hit (``claimed_targets.counted_people``), and counted civilians outweigh the
attacker's account of what it struck, not one of whom it killed; a party only placed where the
act fell ("where PDF members were hiding") is no side; "X claimed the attack the next day"
opening a new frame names the doer of the act before; "Other" events (mass graves) keep their
target; "mourned him as one of its commanders"; "in a statement, praised the attack" only
speaks; Sudan's "paramilitaries" are the RSF; "Iraqi F-16s"; a government is a party to its own
clause's act only; Comoros' and the Solomon Islands' eras.
``data/actor_probes_r17_after.tsv``: 20 more reports of the same kinds written after those
fixes, scored once: actor1 0.850 (17/20; 0.900 once one expected name of mine was corrected to
the lexicon's ACLED name "PIJ: Palestinian Islamic Jihad"), actor2 0.950 (19/20). Two fixes
followed (a kin pair that is the doer is both sides; "claimed the attack two days later"), so
that table is no longer untuned.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.evaluation.compare import actors_match
from dateline.model import Article
from dateline.pipeline import Pipeline
from dateline.pipeline.actors import resolve_actor_name

DATA = Path(__file__).parent / "data"
# (table, rows, actor1 floor, actor2 floor): a round's floors hold for its own table only
PROBE_TABLES = [
    ("actor_probes_r13.tsv", 50, 0.88, 0.88),
    ("actor_probes_r14.tsv", 30, 0.88, 0.85),
    ("actor_probes_r15.tsv", 40, 0.90, 0.92),
    ("actor_probes_r15_after.tsv", 20, 0.80, 0.90),
    ("actor_probes_r16.tsv", 40, 0.85, 0.82),  # test_actors_r16.py says what they probe
    ("actor_probes_r16_after.tsv", 20, 0.95, 0.80),
    ("actor_probes_r17.tsv", 40, 0.92, 0.92),  # round 17 (below): first 0.725 / 0.600
    ("actor_probes_r17_after.tsv", 20, 0.85, 0.95),
    ("actor_probes_r18.tsv", 40, 0.82, 0.87),  # test_actors_r18.py: first 0.650 / 0.700
    ("actor_probes_r19.tsv", 40, 0.82, 0.82),  # test_actors_r19.py: first 0.700 / 0.750
]


def _probes(name: str) -> list[tuple[str, str, str, str]]:
    """(text, published, actor1, actor2) rows; "-" is no actor (no event when both are)."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            _register, published, text, actor1, actor2 = line.split("\t")
            rows.append((text, published, actor1.strip("-"), actor2.strip("-")))
    return rows


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _hits(
    pipeline: Pipeline, text: str, published: str, actor1: str, actor2: str
) -> tuple[int, int]:
    doc = pipeline(Article("probe", text, date.fromisoformat(published)))
    if not doc.events:
        return int(not actor1), int(not actor2)
    event = doc.events[0]
    if not actor1 and not actor2:
        return 0, 0  # a non-event read as an event
    return int(actors_match(actor1, event.actor1)), int(actors_match(actor2, event.actor2))


@pytest.mark.parametrize(("name", "rows", "actor1_floor", "actor2_floor"), PROBE_TABLES)
def test_probe_table_scores_above_its_floors(
    pipeline: Pipeline, name: str, rows: int, actor1_floor: float, actor2_floor: float
) -> None:
    probes = _probes(name)
    assert len(probes) == rows
    hits = [_hits(pipeline, *probe) for probe in probes]
    assert sum(h[0] for h in hits) / len(probes) >= actor1_floor
    assert sum(h[1] for h in hits) / len(probes) >= actor2_floor


def _first_event_actors(pipeline: Pipeline, text: str, day: date) -> tuple[str, str]:
    doc = pipeline(Article("probe", text, day))
    assert doc.events
    return doc.events[0].actor1, doc.events[0].actor2


def _assert_first_event_actors(
    pipeline: Pipeline, text: str, actor1: str, actor2: str, day: date = date(2025, 3, 8)
) -> None:
    found1, found2 = _first_event_actors(pipeline, text, day)
    assert actors_match(actor1, found1), found1
    assert actors_match(actor2, found2), found2


# Round 13: targeted cases
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "On 2 March 2025, gunmen ambushed a police patrol near Tillaberi. Two officers were "
            "killed; the policemen returned fire.",
            "Unidentified Armed Group (Niger)",
            "Police Forces of Niger",
        ),
        (
            "Insurgents attacked an army post near Palma in Cabo Delgado, Mozambique, on "
            "Sunday, killing three soldiers. Troops pursued the attackers into the forest.",
            "Islamic State (Mozambique)",
            "Military Forces of Mozambique",
        ),
    ],
)
def test_the_side_that_answers_an_attack_is_the_side_hit(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events
    assert actors_match(actor1, doc.events[0].actor1)
    assert actors_match(actor2, doc.events[0].actor2)


def test_troops_answering_alone_still_lead(pipeline: Pipeline) -> None:
    text = "Soldiers returned fire on Monday near Kidal, killing four militants, the army said."
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor1.startswith("Military Forces of Mali")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "KIA fighters overran a junta outpost near Bhamo on Monday.",
            "KIA: Kachin Independence Army",
        ),
        (
            "FLA fighters attacked an army convoy near Anefis on Monday.",
            "FLA: Azawad Liberation Front",
        ),
    ],
)
def test_groups_by_their_short_names(pipeline: Pipeline, text: str, actor1: str) -> None:
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor1 == actor1


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "The Israeli military said it shot down a drone launched from Yemen over Eilat on "
            "Friday. The Houthis claimed the attack.",
            "Military Forces of Israel",
        ),
        (
            "Saudi air defences intercepted a drone launched from Yemen towards Khamis Mushait "
            "on Friday, the coalition said. The Houthis said they had targeted an air base.",
            "Military Forces of Saudi Arabia",
        ),
    ],
)
def test_a_weapon_shot_down_was_fired_by_the_group_of_its_launch_country(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    doc = pipeline(Article("probe", text, date(2025, 3, 8)))
    disrupted = [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert disrupted and actors_match(actor1, disrupted[0].actor1)
    assert disrupted[0].actor2 == "Ansar Allah"


def test_a_defused_bomb_keeps_no_launcher(pipeline: Pipeline) -> None:
    text = "Police defused a bomb planted near a school in Quetta on Friday."
    doc = pipeline(Article("probe", text, date(2025, 3, 8)))
    assert doc.events and doc.events[0].actor2 == ""


@pytest.mark.parametrize(
    "text",
    [
        "About 60 widows of fallen soldiers protested outside the governor's office in Lviv, "
        "Ukraine, on Monday. Police detained four of them.",
        "Relatives of detained policemen rallied outside a court in Quetta, Pakistan, on Monday; "
        "police dispersed the rally with batons.",
    ],
)
def test_the_kin_of_forces_are_no_forces(pipeline: Pipeline, text: str) -> None:
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor1.startswith("Protesters")
    assert doc.events[0].actor2.startswith("Police Forces of")


def test_forces_that_ran_into_rebels_opened_the_fight(pipeline: Pipeline) -> None:
    text = (
        "Two suspected Abu Sayyaf militants were killed on Saturday when marines on patrol ran "
        "into a group of gunmen near Patikul, Sulu, the military said."
    )
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor1.startswith("Military Forces of the Philippines")


def test_the_owner_of_the_thing_hit_is_the_side_hit(pipeline: Pipeline) -> None:
    text = (
        "An Israeli drone struck a car belonging to Hezbollah near Tyre, Lebanon, on Monday, "
        "killing two people."
    )
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor2 == "Hezbollah"
    # members of a group act as the group
    text = "Gunmen belonging to the Abu Sayyaf group killed two farmers in Patikul on Monday."
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor1 == "Abu Sayyaf Group"


def test_party_cadres_fighting_each_other_riot(pipeline: Pipeline) -> None:
    text = (
        "Supporters of the Nepali Congress and UML cadres clashed in Butwal, Nepal, on Monday, "
        "leaving eight people injured."
    )
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events
    assert (doc.events[0].actor1, doc.events[0].actor2) == ("Rioters (Nepal)", "Rioters (Nepal)")
    # the cadres of a rebel group stay the group's fighters
    text = "Maoist cadres shot dead a villager near Bijapur, Chhattisgarh, on Monday."
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor1.startswith("CPI (Maoist)")


def test_forces_hit_while_sent_in_are_the_side_hit(pipeline: Pipeline) -> None:
    text = (
        "On 11 June 2025, villagers blocking a road in Chapare, Bolivia, attacked police officers "
        "sent to clear the blockade, wounding four."
    )
    doc = pipeline(Article("probe", text, date(2025, 6, 12)))
    assert doc.events and doc.events[0].actor2 == "Police Forces of Bolivia (2020-2025)"


@pytest.mark.parametrize(
    ("iso2", "day", "name"),
    [
        ("PE", date(2024, 5, 1), "Police Forces of Peru (2022-2025)"),
        ("NP", date(2025, 10, 1), "Military Forces of Nepal (2025-)"),
        ("LK", date(2025, 1, 1), "Police Forces of Sri Lanka (2024-)"),
        # round 15
        ("LB", date(2025, 3, 1), "Military Forces of Lebanon (2025-)"),
        ("LB", date(2024, 3, 1), "Military Forces of Lebanon (2022-2025)"),
        ("MV", date(2025, 3, 1), "Police Forces of Maldives (2023-)"),
    ],
)
def test_forces_take_their_era(iso2: str, day: date, name: str) -> None:
    kind = name.split(" Forces")[0]
    assert resolve_actor_name(f"{kind} Forces of {{country}}", iso2, day) == name


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Unknown gunmen killed four farmers near Djibo, Burkina Faso, on Monday. A local "
            "official described the attackers as members of JNIM.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "Gunmen kidnapped a priest in Bamenda, Cameroon, on Monday. The kidnappers, who "
            'witnesses described as "Amba boys", took him towards Bafut.',
            "Ambazonian Separatists",
        ),
    ],
)
def test_attackers_described_as_a_named_group_are_that_group(
    pipeline: Pipeline, text: str, actor1: str
) -> None:
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor1 == actor1



@pytest.mark.parametrize(
    "text",
    [
        "An air strike hit a pickup truck near Jilib, Somalia, on Monday, killing three men. "
        "Local elders described them as members of al-Shabaab.",
        "A drone struck a car near Bu'aale, Somalia, on Monday, killing two men. Al-Shabaab "
        "said the men were its fighters.",
    ],
)
def test_the_dead_a_later_sentence_names_as_a_groups_are_that_group(
    pipeline: Pipeline, text: str
) -> None:
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor2 == "Al Shabaab"


def test_the_dead_only_blamed_on_a_group_stay_civilians(pipeline: Pipeline) -> None:
    text = "Gunmen killed two farmers near Mopti, Mali, on Monday. Residents blamed JNIM."
    doc = pipeline(Article("probe", text, date(2025, 3, 4)))
    assert doc.events and doc.events[0].actor2 == "Civilians (Mali)"


# Round 14: targeted cases
@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "Suspected separatists shot dead a retired gendarmerie captain in Bamenda, Cameroon, "
            "on Friday.",
            "Civilians (Cameroon)",
        ),
        (
            "An ex-policeman was gunned down by two men on a motorbike in Culiacan, Mexico, on "
            "Friday.",
            "Civilians (Mexico)",
        ),
        (
            "Gunmen killed an off-duty sergeant of the Burkinabe army near Kaya, Burkina Faso, "
            "on Friday.",
            "Civilians (Burkina Faso)",
        ),
        (
            "Soldiers on leave were attacked by militants near Mopti, Mali, on Friday; two died.",
            "Civilians (Mali)",
        ),
    ],
)
def test_forces_out_of_service_when_hit_are_civilians(
    pipeline: Pipeline, text: str, actor2: str
) -> None:
    assert _first_event_actors(pipeline, text, date(2025, 3, 8))[1] == actor2


def test_serving_forces_hit_stay_forces(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead an army colonel outside his home in Maiduguri, Nigeria, on Friday."
    actor2 = _first_event_actors(pipeline, text, date(2025, 3, 8))[1]
    assert actor2.startswith("Military Forces of Nigeria")


def test_villagers_who_fight_off_a_gang_are_a_communal_militia(pipeline: Pipeline) -> None:
    text = (
        "Residents of Tsafe in Zamfara, Nigeria, fought off armed bandits who stormed the "
        "village on Friday, killing one of the raiders."
    )
    actor1, actor2 = _first_event_actors(pipeline, text, date(2025, 3, 8))
    assert actor1 == "Unidentified Armed Group (Nigeria)"
    assert actor2 == "Unidentified Communal Militia (Nigeria)"
    text = "Vigilantes clashed with suspected kidnappers near Lokoja, Nigeria, on Friday."
    actor1, actor2 = _first_event_actors(pipeline, text, date(2025, 3, 8))
    assert (actor1, actor2) == (
        "Unidentified Communal Militia (Nigeria)",
        "Unidentified Armed Group (Nigeria)",
    )


def test_a_mob_lynching_suspects_stays_rioters(pipeline: Pipeline) -> None:
    text = "An angry mob lynched two suspected robbers in Kisumu, Kenya, on Friday."
    assert _first_event_actors(pipeline, text, date(2025, 3, 8))[0] == "Rioters (Kenya)"


def test_men_in_civilian_clothes_who_shoot_are_an_armed_group(pipeline: Pipeline) -> None:
    text = "Three men in civilian clothes shot dead a trader in Bangui on Friday."
    actor1, actor2 = _first_event_actors(pipeline, text, date(2025, 3, 8))
    assert actor1 == "Unidentified Armed Group (Central African Republic)"
    assert actor2 == "Civilians (Central African Republic)"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Israeli border police shot dead a Palestinian who tried to stab officers at the "
            "Qalandiya checkpoint on Friday, police said.",
            "Police Forces of Israel",
            "Unidentified Armed Group (Palestine)",
        ),
        (
            "Egyptian soldiers shot and killed a man who attacked a checkpoint with a knife in "
            "El Arish on Friday.",
            "Military Forces of Egypt",
            "Unidentified Armed Group (Egypt)",
        ),
        (
            "Israeli forces shot and killed a Palestinian teenager who allegedly tried to ram "
            "his car into soldiers near Nablus on Friday.",
            "Military Forces of Israel",
            "Unidentified Armed Group (Palestine)",
        ),
    ],
)
def test_the_assailant_the_forces_shot_is_the_side_hit(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    found1, found2 = _first_event_actors(pipeline, text, date(2025, 3, 8))
    assert actors_match(actor1, found1) and found2 == actor2


def test_parties_fighting_each_other_are_rioters_on_both_sides(pipeline: Pipeline) -> None:
    text = (
        "Supporters of ODM and UDA hurled stones at each other in Kisii, Kenya, on Friday, "
        "leaving four injured."
    )
    assert _first_event_actors(pipeline, text, date(2025, 3, 8)) == (
        "Rioters (Kenya)",
        "Rioters (Kenya)",
    )


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "Assailants tossed a grenade into a pub in Kisumu, Kenya, late on Friday, injuring "
            "four.",
            "Civilians (Kenya)",
        ),
        (
            "A hand grenade thrown into a crowded market in Bangui on Friday wounded six.",
            "Civilians (Central African Republic)",
        ),
    ],
)
def test_the_people_of_a_venue_a_grenade_hits_are_civilians(
    pipeline: Pipeline, text: str, actor2: str
) -> None:
    assert _first_event_actors(pipeline, text, date(2025, 3, 8))[1] == actor2


def test_a_grenade_at_a_post_hits_its_forces(pipeline: Pipeline) -> None:
    text = "Militants hurled a grenade at a CRPF bunker in Srinagar, India, on Friday."
    assert _first_event_actors(pipeline, text, date(2025, 3, 8))[1].startswith("Police Forces")


def test_clan_militias_are_one_mention_and_one_kind(pipeline: Pipeline) -> None:
    text = "Clan militias clashed in Galkayo, Somalia, on Friday, leaving four dead."
    actor1, actor2 = _first_event_actors(pipeline, text, date(2025, 3, 8))
    assert actor1 == actor2 == "Unidentified Clan Militia (Somalia)"


# Round 15: targeted cases, in wording of neither the probe table nor the corpus
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (  # forces that set out on an operation and came under fire opened the fight
            "Philippine soldiers conducting a clearing operation in Northern Samar came under "
            "fire from NPA rebels on Thursday; one soldier was wounded.",
            "Military Forces of the Philippines",
            "NPA: New People's Army",
        ),
        (
            "Nigerien troops sent to hunt cattle thieves near Tahoua came under attack from "
            "bandits on Thursday, and two soldiers died.",
            "Military Forces of Niger",
            "Unidentified Armed Group (Niger)",
        ),
        (
            "A police team that had gone to arrest a suspect in Tank, Pakistan, came under fire "
            "from gunmen on Friday; one constable died.",
            "Police Forces of Pakistan",
            "Unidentified Armed Group (Pakistan)",
        ),
        (
            "Iraqi counter-terrorism forces raiding an Islamic State hideout near Kirkuk on "
            "Friday came under heavy fire, and two militants were killed.",
            "Military Forces of Iraq",
            "Islamic State",
        ),
        (  # forces on a plain patrol who came under fire were hit by the attackers
            "Soldiers on a routine patrol came under fire from militants near Mopti, Mali, on "
            "Friday.",
            "Unidentified Armed Group (Mali)",
            "Military Forces of Mali",
        ),
        (  # a post that came under attack was hit by the attackers
            "A Malian army checkpoint near Diafarabe came under attack late on Thursday from "
            "JNIM fighters, a local official said.",
            "JNIM: Group for Support of Islam and Muslims",
            "Military Forces of Mali",
        ),
        (  # the operator of the weapon that acts leads
            "Drones flown by Sudanese army units struck an RSF convoy near El Obeid on "
            "Thursday, the army said.",
            "Military Forces of Sudan",
            "Rapid Support Forces",
        ),
        (  # a bomb that ripped through forces' vehicle, a group blamed later
            "An explosive device tore through a Somali army pickup near Balad on Thursday, "
            "killing four soldiers. Officials blamed al Shabaab.",
            "Al Shabaab",
            "Military Forces of Somalia",
        ),
        (  # a suicide bomber among forces, the group that claimed it leads
            "A suicide bomber blew himself up amid a group of Iraqi soldiers at a checkpoint "
            "near Tarmiyah on Thursday, killing five. Islamic State claimed the bombing.",
            "Islamic State",
            "Military Forces of Iraq",
        ),
        (  # "occupation" forces in a Palestinian report are Israel's
            "An occupation drone struck a motorcycle near Jenin at dawn, killing two young "
            "men, local sources said.",
            "Military Forces of Israel",
            "Civilians (Palestine)",
        ),
        (  # a force only worn as a disguise is no side
            "Gunmen wearing police uniforms abducted a businessman in Zamfara, Nigeria, on "
            "Friday.",
            "Unidentified Armed Group (Nigeria)",
            "Civilians (Nigeria)",
        ),
        (  # the party searched for is no side of what the searchers did
            "Soldiers hunting for ADF rebels beat to death two farmers near Beni, Congo, on "
            "Friday, residents said.",
            "Military Forces of the Democratic Republic of Congo",
            "Civilians (Democratic Republic of Congo)",
        ),
        (  # the police only explain the killing
            "Unknown gunmen shot dead three men at a bar in Maseru, Lesotho, on Friday. Police "
            "linked the shooting to a land dispute.",
            "Unidentified Armed Group (Lesotho)",
            "Civilians (Lesotho)",
        ),
        (  # an abbreviation with its fighters' noun, in its own country
            "AA troops overran a junta outpost near Kyauktaw, Myanmar, on Friday.",
            "AA: Arakan Army",
            "Military Forces of Myanmar",
        ),
        (  # a force named only for the vehicle the act used is no side
            "Men of the Rapid Support Forces seized a doctor at his clinic in Nyala on Friday "
            "and drove him away in a military pickup, his colleagues said.",
            "Rapid Support Forces",
            "Civilians (Sudan)",
        ),
        (  # the people of a shop a grenade is thrown at are civilians
            "Unknown men threw a grenade at a mobile phone shop in Kirkuk, Iraq, on Friday, "
            "wounding the owner.",
            "Unidentified Armed Group (Iraq)",
            "Civilians (Iraq)",
        ),
        (  # a bomb that slammed into forces' vehicle still hits the forces
            "A car bomb slammed into an army truck near Idlib, Syria, on Friday, killing two "
            "soldiers.",
            "Unidentified Armed Group (Syria)",
            "Military Forces of Syria",
        ),
    ],
)
def test_who_acted_and_who_was_hit(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    _assert_first_event_actors(pipeline, text, actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "Gunmen opened fire on a crowd waiting for buses in Kasese, Uganda, on "
            "Saturday, killing two.",
            "Civilians (Uganda)",
        ),
        (
            "Security agents arrested five student activists at their hostel in Lahore, "
            "Pakistan, on Friday.",
            "Civilians (Pakistan)",
        ),
    ],
)
def test_a_crowd_hit_and_activists_arrested_are_civilians(
    pipeline: Pipeline, text: str, actor2: str
) -> None:
    assert _first_event_actors(pipeline, text, date(2025, 3, 10))[1] == actor2


def test_the_group_that_said_it_fired_a_weapon_shot_down_is_actor2(pipeline: Pipeline) -> None:
    text = (
        "Saudi air defences intercepted a missile fired from Yemen over Jazan on Friday, the "
        "coalition said. The Houthis said they had fired it at an airport."
    )
    doc = pipeline(Article("probe", text, date(2025, 3, 8)))
    disrupted = [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert disrupted and disrupted[0].actor1.startswith("Military Forces of Saudi Arabia")
    assert disrupted[0].actor2 == "Ansar Allah"


def test_the_same_group_blamed_is_the_group_named_before(pipeline: Pipeline) -> None:
    text = (
        "JNIM fighters torched a health centre near Kidal, Mali, on Thursday. On Friday, "
        "gunmen kidnapped a nurse in a nearby village, the mayor said, blaming the same group."
    )
    doc = pipeline(Article("probe", text, date(2025, 3, 8)))
    kidnapping = [e for e in doc.events if e.sub_event_type.startswith("Abduction")]
    assert kidnapping and kidnapping[0].actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_the_dead_an_army_says_were_a_groups_are_that_group(pipeline: Pipeline) -> None:
    text = (
        "An Israeli drone struck a van near Khiam, Lebanon, on Friday, killing three men. "
        "The Israeli army said all three were Hezbollah operatives."
    )
    assert _first_event_actors(pipeline, text, date(2025, 3, 8))[1] == "Hezbollah"


def test_the_militia_a_weapon_was_launched_by_is_the_militia_named_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "A drone of the Rapid Support militia hit a fuel depot in Port Sudan on Friday. On "
        "Saturday, army air defences shot down two drones launched by the militia over Atbara."
    )
    doc = pipeline(Article("probe", text, date(2025, 3, 9)))
    # the owner named inside the act's words ("a drone of X hit") did it
    assert doc.events and doc.events[0].actor1 == "Rapid Support Forces"
    disrupted = [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert disrupted and disrupted[0].actor2 == "Rapid Support Forces"


def test_force_specialists_are_the_force(pipeline: Pipeline) -> None:
    text = (
        "Police bomb disposal experts defused an explosive device found near a market in "
        "Maiduguri, Nigeria, on Friday. Police attributed the device to Boko Haram."
    )
    actor1, actor2 = _first_event_actors(pipeline, text, date(2025, 3, 8))
    assert actor1.startswith("Police Forces of Nigeria")
    assert actor2.startswith("Boko Haram")


def test_a_thing_marked_as_the_groups_names_the_unnamed_side(pipeline: Pipeline) -> None:
    text = (
        "Police in Michoacan, Mexico, blamed the CJNG for a string of drone attacks last month. "
        "On Friday, gunmen ambushed a state police patrol near Aguililla, wounding two officers; "
        "vests bearing the cartel's insignia were found at the scene."
    )
    doc = pipeline(Article("probe", text, date(2025, 3, 8)))
    ambush = [e for e in doc.events if e.event_date == date(2025, 3, 7)]
    assert ambush and ambush[0].actor1 == "CJNG: Jalisco New Generation Cartel"


def test_militants_stay_unnamed_when_no_group_claimed(pipeline: Pipeline) -> None:
    text = (
        "Militants attacked a police station in Dera Ismail Khan, Pakistan, on Friday, wounding "
        "three policemen. No group claimed the attack. The Pakistani Taliban ended a truce with "
        "the government in 2022."
    )
    actor1 = _first_event_actors(pipeline, text, date(2025, 3, 8))[0]
    assert actor1 == "Unidentified Armed Group (Pakistan)"
