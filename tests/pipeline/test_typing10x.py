"""Round ty10 (issues #4, #5): two reported bugs, each probed on both sides of its boundary in
wording of neither the corpus nor the other probe tables (16 countries, wire, local, note and
headline registers).

1. A lone person whose first act after him is one he suffered ("a man died when soldiers
   opened fire", "a woman killed in the raid", "a man shot by police") is no attacker
   (``crowds.acting_individual``, roles.json individual_suffered); "a man killed two people"
   and "a teenager stabbed a guard" still are.
2. A blast the report says hurt nobody ("No casualties were reported", "nobody was hurt",
   "causing only material damage") takes no default actor2 (``assemble.default_keys``,
   roles.json nobody_hurt); a blast that killed or wounded, one the report only says killed
   nobody, one whose casualties are not yet known, and looting keep the civilians.

3. A non-event word inside an actor mention ("gunmen of the Lions' Den group") names a party,
   not the animal attack, drill or accident the word is a cue of (``trigger_cues.non_event_cue``):
   the clause's acts stay; "a lion attacked a herder" is still no event.

Scored once before the fixes (two votes off): 11/22 rows right (0.500); one expectation was then
corrected (traders fired on with no protest told are civilians, as ACLED codes them: 12/22 before
on the table as it stands); after: 19/22 (two votes on: 18/22, the vote reads Kenya's traders
as protesters). Left wrong: an unattributed drone strike in Myanmar
(actor1), Afghanistan's police named "Taliban", a security guard read as the army.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.evaluation.compare import actors_match
from dateline.model import Article
from dateline.pipeline import Pipeline

DAY = date(2025, 9, 18)
NONE = ""  # ACLED leaves the slot empty

# (text, sub-event type, actor1, actor2)
SUFFERED = [
    (
        "A man died when soldiers opened fire on a cattle market in Menaka, Mali, on Tuesday.",
        "Attack", "Military Forces of Mali", "Civilians (Mali)",
    ),
    (
        "KISUMU, Kenya - A young woman died after police fired live rounds into a crowd of "
        "traders on Monday, witnesses said.",
        "Attack", "Police Forces of Kenya", "Civilians (Kenya)",  # no protest is told
    ),
    (
        "One man died when troops shelled the village of Tawila, North Darfur, Sudan, on Friday.",
        "Shelling/artillery/missile attack", "Military Forces of Sudan", "Civilians (Sudan)",
    ),
    (
        "A farmer killed in a drone strike near Sittwe, Myanmar, on Sunday, relatives said.",
        "Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)",
    ),
    (
        "A man shot by police at a checkpoint in Jalalabad, Afghanistan, on Wednesday died of "
        "his wounds.",
        "Attack", "Police Forces of Afghanistan", "Civilians (Afghanistan)",
    ),
    (  # the other side: the lone man acts
        "A man killed two people with a machete at a bus station in Lagos, Nigeria, on Tuesday.",
        "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    ),
    (
        "A teenager stabbed a security guard outside a mall in Johannesburg, South Africa, "
        "on Saturday.",
        "Attack", "Unidentified Armed Group (South Africa)", "Civilians (South Africa)",
    ),
    (
        "A man opened fire on worshippers at a mosque in Peshawar, Pakistan, on Friday, "
        "killing three.",
        "Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)",
    ),
    (
        "On 16 September 2025, a man shot dead a village chief in Kasai (Kasai), DR Congo. "
        "1 fatality.",
        "Attack", "Unidentified Armed Group", "Civilians (Democratic Republic of Congo)",
    ),
]

UNHURT = [
    (
        "A bomb went off outside a bank branch in Pristina, Kosovo, early on Tuesday. No "
        "casualties were reported.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Kosovo)", NONE,
    ),
    (
        "An explosive device exploded at the entrance of a jeweller's in Limassol, Cyprus, "
        "overnight, causing only material damage, police said.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Cyprus)", NONE,
    ),
    (
        "Explosion rocks car dealership in Thessaloniki, Greece; nobody was hurt",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Greece)", NONE,
    ),
    (
        "On 15 September 2025, a roadside bomb exploded near the market of Jamrud (Khyber "
        "Pakhtunkhwa), hurting no one.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)", NONE,
    ),
    (
        "A homemade bomb exploded outside a tax office in Ajaccio, Corsica, France, on Monday "
        "night. There were no injuries.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (France)", NONE,
    ),
    (  # the other side: hurt, killed, not yet known, or not an explosion
        "A bomb exploded at a fish market in Maiduguri, Nigeria, on Tuesday, killing five "
        "people.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Nigeria)",
        "Civilians (Nigeria)",
    ),
    (
        "A bomb went off at a bus stop in Quetta, Pakistan, on Monday, wounding four "
        "passengers. No one was killed.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Pakistan)",
        "Civilians (Pakistan)",
    ),
    (
        "A roadside bomb exploded on a busy street in Mogadishu, Somalia, on Monday. There "
        "were no immediate reports of casualties.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)",
        "Civilians (Somalia)",
    ),
    (
        "A bomb exploded in a crowded cafe in Baghdad, Iraq, on Sunday. No one was killed.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)",
    ),
    (
        "Armed men looted shops in Bunia, DR Congo, on Monday night. No casualties were "
        "reported.",
        "Looting/property destruction", "Unidentified Armed Group",
        "Civilians (Democratic Republic of Congo)",
    ),
    (
        "A suicide bomber blew himself up outside a police station in Bannu, Pakistan, on "
        "Thursday, wounding six officers.",
        "Suicide bomb", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan",
    ),
    (
        "A grenade exploded in the yard of a councillor's house in Cotabato City, "
        "Philippines, on Friday, injuring his two nephews.",
        "Grenade", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)",
    ),
    (
        "A car bomb exploded outside a hotel in Mogadishu, Somalia, on Saturday. No group "
        "claimed the attack and the toll was not known.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)",
        "Civilians (Somalia)",
    ),
]
PROBES = SUFFERED + UNHURT
FLOOR = 0.80  # after the fixes 19/22 (two votes off), 18/22 (on: Kenya's traders as protesters)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _right(pipeline: Pipeline, text: str, sub_type: str, actor1: str, actor2: str) -> bool:
    events = pipeline(Article("probe", text, DAY)).events
    if not events:
        return False
    event = events[0]
    return (
        event.sub_event_type in sub_type.split("|")
        and actors_match(actor1, event.actor1)
        and actors_match(actor2, event.actor2)
    )


def test_the_probe_table_scores_above_its_floor(pipeline: Pipeline) -> None:
    right = [_right(pipeline, *probe) for probe in PROBES]
    assert len(PROBES) == 22
    wrong = [p[0][:50] for p, r in zip(PROBES, right, strict=True) if not r]
    assert sum(right) / len(PROBES) >= FLOOR, wrong


@pytest.mark.parametrize(
    ("text", "sub_type", "actor1", "actor2"), SUFFERED[:3] + SUFFERED[5:6] + SUFFERED[7:8]
)
def test_a_lone_person_who_suffered_the_first_act_is_no_attacker(
    pipeline: Pipeline, text: str, sub_type: str, actor1: str, actor2: str
) -> None:
    assert _right(pipeline, text, sub_type, actor1, actor2)


@pytest.mark.parametrize(("text", "sub_type", "actor1", "actor2"), UNHURT[:2] + UNHURT[5:8])
def test_a_blast_that_hurt_nobody_takes_no_default_target(
    pipeline: Pipeline, text: str, sub_type: str, actor1: str, actor2: str
) -> None:
    assert _right(pipeline, text, sub_type, actor1, actor2)


# (text, the sub-event type of its first event, or "" for no event)
NAMED = [
    (
        "Soldiers shot dead three gunmen of the Lions' Den group who fired on them during a "
        "raid in the old city of Nablus, the army said.",
        "Armed clash",
    ),
    ("A lion attacked and killed a herder in Kajiado, Kenya, on Monday, rangers said.", ""),
    ("Wild elephants trampled two farmers to death in Goalpara, Assam, India, on Sunday.", ""),
    ("A crocodile killed a fisherman on the shores of Lake Kariba, Zimbabwe, on Friday.", ""),
]


@pytest.mark.parametrize(("text", "sub_type"), NAMED)
def test_a_non_event_word_inside_a_party_name_is_the_party(
    pipeline: Pipeline, text: str, sub_type: str
) -> None:
    events = pipeline(Article("probe", text, DAY)).events
    assert (events[0].sub_event_type if events else "") == sub_type
