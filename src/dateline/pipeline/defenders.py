"""The state whose ground another state's forces took is the side that lost it.

"Russian forces took full control of Chasiv Yar. The Ukrainian General Staff denied the
claim": a capture by one state's forces with no side named as hit; the forces of another
state named in the report of it (or in the sentence answering it) held the ground, and ACLED
codes them as actor2.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import ActorMention, Document
from dateline.pipeline.orient import Roles
from dateline.pipeline.segment import Frame
from dateline.pipeline.triggers import role_cues

STATE_FORCES = 1
ANSWER_SENTENCES = 1  # the sentence after the act may give the other side's answer


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
