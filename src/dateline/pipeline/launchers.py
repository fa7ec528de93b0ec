"""Who fired what was shot down: the sides of a disrupted weapons use.

"A ballistic missile launched from Yemen was intercepted ..., the military said. The Houthis
said they had fired it": ACLED codes the side that disrupted the weapon as actor1 (the forces
that report shooting it down, when no other doer is named) and the side that launched it as
actor2: the armed group the report names whose home is the country it was fired from. People
sent to shelters are no side of it.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import CIVILIANS, ActorMention, Document
from dateline.pipeline.actors import countries_named
from dateline.pipeline.orient import Roles
from dateline.pipeline.segment import Frame
from dateline.pipeline.sides import NONSTATE_ARMED
from dateline.pipeline.speakers import speaking_forces
from dateline.pipeline.triggers import role_regex

DISRUPTION = "disrupted"  # the tactic of intercepting, shooting down, defusing


def launched_weapon(doc: Document, frame: Frame, roles: Roles) -> Roles:
    """actor2 = the named group that fired from the country the weapon came from (in place of
    civilians or nobody); actor1 = the state forces reporting the interception, if unnamed."""
    if not any(t.tactic == DISRUPTION for t in frame.triggers):
        return roles
    actor1, actor2 = roles.actor1, roles.actor2
    if actor2 is None or actor2.inter == CIVILIANS:
        actor2 = _launcher(doc, frame) or actor2
    # "The Houthis said they had fired it": the group that fired is the side whose weapon
    # was stopped, never the side that stopped it
    fired_it = actor1 is not None and actor2 is not None and actor1.name == actor2.name
    if (actor1 is None or fired_it) and actor2 is not None and actor2.inter in NONSTATE_ARMED:
        actor1 = speaking_forces(doc, frame)
    return replace(roles, actor1=actor1, actor2=actor2)


def _launcher(doc: Document, frame: Frame) -> ActorMention | None:
    """The first named armed group of the article whose home is where the weapon came from."""
    origins: list[str] = []
    for index in frame.sentence_ids:
        for match in role_regex("launched_from").finditer(doc.sentences[index].text):
            origins += countries_named(match.group("place"))
    for actor in doc.actors:
        named = actor.role_hint == "named" and actor.inter in NONSTATE_ARMED
        if named and actor.country is not None and actor.country in origins:
            return actor
    return None
