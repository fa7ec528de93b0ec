"""State forces that report the deaths of their armed enemies did the killing.

"Killed in the strike were three Hamas commanders, the Israeli army said", "Among the dead
were five Al Shabaab fighters, the Somali army said, after an airstrike": nobody is named as
the doer, the victims are an armed group and the forces speaking are its enemy. A military
announcing the enemy fighters killed in a strike or raid is announcing its own act; ACLED
codes those forces as actor1, not an unidentified group.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import STATE_FORCES, ActorMention, Document
from dateline.pipeline.orient import Roles
from dateline.pipeline.segment import Frame
from dateline.pipeline.sides import NONSTATE_ARMED
from dateline.pipeline.triggers import is_reporter, role_cues


def reporting_forces(doc: Document, frame: Frame, roles: Roles) -> Roles:
    """actor1 = the state forces reporting the act when no doer is named and the side hit is
    an armed group (never civilians or other state forces: their deaths are no claim)."""
    target = roles.actor2
    if roles.actor1 is not None or target is None or target.inter not in NONSTATE_ARMED:
        return roles
    acts = set(role_cues()["reporting_forces_acts"])
    if not any(t.tactic in acts for t in frame.triggers):
        return roles
    speaker = speaking_forces(doc, frame)
    if speaker is None:
        return roles
    return replace(roles, actor1=speaker)


def speaking_forces(doc: Document, frame: Frame) -> ActorMention | None:
    """The first state forces in the event's sentences that only report (", the Israeli army
    said")."""
    for index in frame.sentence_ids:
        sentence = doc.sentences[index]
        for actor in doc.actors:
            inside = sentence.start <= actor.span.start and actor.span.end <= sentence.end
            if not inside or actor.inter != STATE_FORCES:
                continue
            if is_reporter(doc, doc.span(sentence.start, sentence.end), actor):
                return actor
    return None
