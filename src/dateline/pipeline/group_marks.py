"""An unnamed armed side that a group's marks give away.

"Three attackers were killed and rifles bearing the group's initials were seized": the report
names the group only through a thing of the attackers marked as "the group's", pointing back
to the armed group it named before. The unnamed side is that group (a hedged reading, as the
report itself hedges it).
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import ActorMention, Document
from dateline.pipeline.orient import Roles
from dateline.pipeline.sides import NONSTATE_ARMED, only_unnamed, rank
from dateline.pipeline.triggers import role_regex


def marked_side(doc: Document, roles: Roles, window: range) -> Roles:
    """The unnamed armed side of the event, when a sentence of it tells of "the group's"
    weapons, flags or initials: the non-state group named last before that sentence."""
    unnamed = [
        a for a in roles.pair if a is not None and a.inter in NONSTATE_ARMED and only_unnamed([a])
    ]
    if len(unnamed) != 1:
        return roles
    for index in window:
        if index >= len(doc.sentences):
            break  # the window may reach past the last sentence
        sentence = doc.sentences[index]
        mark = role_regex("group_mark").search(sentence.text)
        group = _named_before(doc, sentence.start + mark.start()) if mark else None
        if group is not None and all(a is None or a.name != group.name for a in roles.pair):
            named = replace(
                unnamed[0], name=group.name, inter=group.inter, country=group.country,
                role_hint="named",
            )
            first = named if unnamed[0] is roles.actor1 else roles.actor1
            second = named if unnamed[0] is roles.actor2 else roles.actor2
            return Roles(first, second, roles.assoc1, roles.assoc2)
    return roles


def _named_before(doc: Document, offset: int) -> ActorMention | None:
    """The non-state armed group named last before the offset."""
    before = [
        a for a in doc.actors
        if a.span.end <= offset and rank(a) == 0 and a.inter in NONSTATE_ARMED
    ]
    return before[-1] if before else None
