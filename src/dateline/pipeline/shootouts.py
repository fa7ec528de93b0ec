"""A shootout with state forces and nobody else named: the forces are the first side.

"Two suspects died in a shootout with police", "a robber was killed in a gun battle with
Military Police officers": the report names only the forces, after "with"; the dead are
suspects the police went after. ACLED codes the police (or troops) as actor1 and the unnamed
other side as an unidentified armed group, not the reverse an unnamed doer would give.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import ActorMention, Document
from dateline.pipeline.orient import Roles
from dateline.pipeline.segment import Frame
from dateline.pipeline.triggers import role_regex

STATE_FORCES = 1
UNNAMED_SIDE = "Unidentified Armed Group ({country})"


def shootout_with_forces(doc: Document, frame: Frame, roles: Roles) -> Roles:
    """actor1 = the state forces a shootout was "with", actor2 = the unnamed side."""
    forces = roles.actor2
    if roles.actor1 is not None or forces is None or forces.inter != STATE_FORCES:
        return roles
    before = doc.text[max(0, forces.span.start - 60) : forces.span.start]
    if not role_regex("shootout_with_before").search(before):
        return roles
    # the unnamed side is read from the act itself (no mention names it)
    act = frame.triggers[0].span if frame.triggers else forces.span
    other = ActorMention(act, UNNAMED_SIDE, 3, None, "generic", forces.sentence)
    return replace(roles, actor1=forces, actor2=other)
