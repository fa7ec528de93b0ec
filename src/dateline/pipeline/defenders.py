"""The state whose ground another state's forces took is the side that lost it.

"Russian forces took full control of Chasiv Yar. The Ukrainian General Staff denied the
claim": a capture by one state's forces with no side named as hit; the forces of another
state named in the report of it (or in the sentence answering it) held the ground, and ACLED
codes them as actor2.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.model import STATE_FORCES, ActorMention, Document
from dateline.pipeline.orient import Roles
from dateline.pipeline.segment import Frame
from dateline.pipeline.state_forces import has_named_eras, state_force_name
from dateline.pipeline.triggers import role_cues

ANSWER_SENTENCES = 1  # the sentence after the act may give the other side's answer
MILITARY_PREFIX = "Military Forces of "


def defending_state(doc: Document, frame: Frame, roles: Roles) -> Roles:
    """actor2 = the other state's forces named with a capture by state forces."""
    taker = roles.actor1
    if roles.actor2 is not None or taker is None or taker.inter != STATE_FORCES:
        return roles
    acts = set(role_cues()["defended_acts"])
    if not any(t.tactic in acts for t in frame.triggers):
        return roles
    defender = _other_state(doc, frame, taker)
    return roles if defender is None else replace(roles, actor2=defender)


def _other_state(doc: Document, frame: Frame, taker: ActorMention) -> ActorMention | None:
    ids = frame.sentence_ids
    if not ids or taker.country is None:
        return None
    window = range(ids[0], ids[-1] + 1 + ANSWER_SENTENCES)
    for actor in doc.actors:
        other = actor.country is not None and actor.country != taker.country
        if actor.sentence in window and actor.inter == STATE_FORCES and other:
            return actor
    return None


def home_defender(actor1: str, sub_event_type: str, iso2: str | None, day: date) -> str:
    """"Russian forces captured Dachne in Dnipropetrovsk region": with no side named as hit, a
    state's forces taking ground in another state took it from that state, and ACLED codes the
    defending state's forces as actor2. Only for states whose forces ACLED names by era (a
    place under no state's army, such as Gaza, keeps no actor2); "" when it does not apply."""
    if sub_event_type not in role_cues()["home_ground_types"] or not iso2:
        return ""
    if not actor1.startswith(MILITARY_PREFIX) or not has_named_eras(iso2, "military"):
        return ""
    defender = state_force_name(iso2, "military", day)
    return "" if _same_state(actor1, defender) else defender


def _same_state(actor1: str, defender: str) -> bool:
    """Both names are the forces of one state (eras aside: "(2000-)")."""
    return actor1.split(" (")[0] == defender.split(" (")[0]
