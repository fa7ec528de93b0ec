"""A shootout with state forces: the forces are the first side.

"Two suspects died in a shootout with police", "a robber was killed in a gun battle with
Military Police officers": the report names only the forces, after "with"; the dead are
suspects the police went after. ACLED codes the police (or troops) as actor1 and the unnamed
other side as an unidentified armed group, not the reverse an unnamed doer would give; a
group named as the one killed in it ("five Maoists were killed in an encounter with police")
is the second side.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import STATE_FORCES, ActorMention, Document
from dateline.pipeline.orient import Roles
from dateline.pipeline.segment import Frame
from dateline.pipeline.triggers import role_regex

UNNAMED_SIDE = "Unidentified Armed Group ({country})"


def shootout_with_forces(doc: Document, frame: Frame, roles: Roles) -> Roles:
    """actor1 = the state forces a shootout was "with", actor2 = the unnamed side."""
    forces = roles.actor2
    if forces is None or forces.inter != STATE_FORCES:
        return roles
    before = doc.text[max(0, forces.span.start - 60) : forces.span.start]
    if not role_regex("shootout_with_before").search(before):
        return roles
    if roles.actor1 is not None:
        return _killed_side_second(doc, roles, forces)
    # the unnamed side is read from the act itself (no mention names it)
    act = frame.triggers[0].span if frame.triggers else forces.span
    other = ActorMention(act, UNNAMED_SIDE, 3, None, "generic", forces.sentence)
    return replace(roles, actor1=forces, actor2=other)


def _killed_side_second(doc: Document, roles: Roles, forces: ActorMention) -> Roles:
    """"Five Naxalites were killed in an encounter with the District Reserve Guard": the
    group killed in the shootout is the second side (the forces' operation), not the doer."""
    killed = roles.actor1
    if killed is None or killed.inter == STATE_FORCES or killed.span.end > forces.span.start:
        return roles
    between = doc.text[killed.span.end : forces.span.start]
    if not role_regex("killed_in_shootout_between").search(between):
        return roles
    return replace(roles, actor1=forces, actor2=killed)
