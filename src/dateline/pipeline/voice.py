"""Who acted, from the construction around a mention rather than from its position.

Two constructions turn the usual reading round:

- forces that set out on an operation and "came under fire" ("soldiers raiding a house came
  under fire from gunmen", "an army unit conducting a sweep came under attack") opened the
  fight: they are its doers and the gunmen the fire came from are the other side, while a post
  or a camp that "came under attack from" a group was hit by it;
- the operator or owner of the weapon that acts ("drones operated by a police task force struck
  a house", "a drone of the militia hit the market") is its doer, while the user of a thing
  that is hit ("struck a car used by X") is hit.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.model import ActorMention, Document
from dateline.pipeline.segment import Clause
from dateline.pipeline.triggers import role_regex


@cache
def _set_out_after() -> re.Pattern[str]:
    """Right after a mention: the operation it was on ("... unit raiding the home of")."""
    lead, words = role_regex("set_out_lead").pattern, role_regex("set_out_words").pattern
    return re.compile(lead + words, re.IGNORECASE)


def voice_role(doc: Document, clause: Clause, actor: ActorMention) -> str:
    """"perpetrator" for forces that set out and came under fire, "agent" for the operator or
    owner of the weapon that acts; "target" for those the fire came from; "" when the
    construction is not one of these."""
    before = doc.text[clause.span.start : actor.span.start]
    after = doc.text[actor.span.end : clause.span.end]
    if _set_out_under_fire(after):
        return "perpetrator"
    if _fire_came_from(before):
        return "target"
    if _operates_the_weapon(clause, actor, before) or _owns_the_acting_weapon(doc, clause, actor):
        return "agent"
    return ""


def _set_out_under_fire(after: str) -> bool:
    """"Soldiers sent to the area came under fire": on an operation when they were fired on."""
    set_out = _set_out_after().match(after)
    return set_out is not None and bool(role_regex("under_fire").search(after, set_out.end()))


def _fire_came_from(before: str) -> bool:
    """"... raiding the home of a trafficker came under fire from [his armed men]": the side
    the forces on an operation met, named as the source of the fire."""
    if not role_regex("perpetrator_before").search(before):
        return False
    under = role_regex("under_fire").search(before)
    words = role_regex("set_out_words")
    return under is not None and bool(words.search(before[: under.start()]))


def _operates_the_weapon(clause: Clause, actor: ActorMention, before: str) -> bool:
    """"Drones operated by the army struck a camp": the operator named in the act's subject,
    before any act of the clause (or inside the act's own words)."""
    if not role_regex("owner_before").search(before):
        return False
    inside = any(t.span.start <= actor.span.start and actor.span.end <= t.span.end
                 for t in clause.triggers)
    earlier = any(t.span.end <= actor.span.start for t in clause.triggers)
    later = any(t.span.start >= actor.span.end for t in clause.triggers)
    return inside or (later and not earlier)


def _owns_the_acting_weapon(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"A drone of the Rapid Support militia hit the market": the owner named inside the act's
    own words, after the weapon, did it."""
    for trigger in clause.triggers:
        if trigger.span.start < actor.span.start and actor.span.end <= trigger.span.end:
            lead = doc.text[trigger.span.start : actor.span.start]
            return bool(role_regex("weapon_of_before").search(lead))
    return False
