"""Forces that only come in afterwards: to arrest ("a crowd beat two men to death ... Police
recovered the bodies and arrested six people", "bandits stormed a church ... the police said
teams had been deployed to arrest the perpetrators"), or to the scene once the act was over
("Elements of the Army and the National Guard arrived once the shooting had ended"). They are
no side of an act by others (an arrest at a protest is an intervention and stays).
"""

from __future__ import annotations

import re

from dateline.model import ActorMention
from dateline.pipeline.segment import Frame
from dateline.pipeline.sides import NONSTATE_ARMED
from dateline.pipeline.triggers import role_cues
from dateline.resources import data_regex

ARREST = "arrest"
CLASH = "clash"
REFERENCE = "refer"  # "who confirmed the incident": a word for the act, not an act of theirs
PARTY_ROLES = ("agent", "perpetrator", "ally", "target")  # roles an arriving force may be read in


def arrests_afterwards(frame: Frame, by_role: dict[str, list[ActorMention]]) -> None:
    """Move state forces whose only act in their clause is an arrest to "arriving" when others
    did the act to civilians, and those who only came to the scene when others did any act
    (in place: by_role is the frame's parties by role)."""
    arrived_afterwards(frame, by_role)
    tactics = {t.tactic for t in frame.triggers}
    if ARREST not in tactics or tactics & set(role_cues()["protest_tactics"]):
        return
    doers = [a for a in by_role["perpetrator"] + by_role["agent"] if a.inter != 1]
    victims = [t for t in by_role["target"] if t.inter == 7]
    if not (doers and victims) and not _fought_each_other(frame, by_role):
        return
    late = [a for a in by_role["perpetrator"] if a.inter == 1 and _only_arrests(frame, a)]
    by_role["perpetrator"] = [a for a in by_role["perpetrator"] if not any(a is b for b in late)]
    by_role["arriving"].extend(late)


def _fought_each_other(frame: Frame, by_role: dict[str, list[ActorMention]]) -> bool:
    """Armed men who fought each other ("an exchange of gunfire between two families", "two
    clans clashed"): the forces that arrested some of them afterwards were no side of it."""
    if CLASH not in {t.tactic for t in frame.triggers}:
        return False
    parties = [a for role in PARTY_ROLES for a in by_role[role] if a.inter not in (1, 7)]
    return bool(parties) and all(a.inter in NONSTATE_ARMED for a in parties)


def _only_arrests(frame: Frame, actor: ActorMention) -> bool:
    """The acts after the actor in its own clause are arrests (or words for the act)."""
    for clause in frame.clauses:
        if not clause.span.start <= actor.span.start < clause.span.end:
            continue
        later = [t for t in clause.triggers if t.span.start >= actor.span.end]
        tactics = {t.tactic for t in later}
        return ARREST in tactics and tactics <= {ARREST, REFERENCE}
    return False


def _arrived_after() -> re.Pattern[str]:
    return data_regex("segment/follow_up.json", "arrived_after")


def arrived_afterwards(frame: Frame, by_role: dict[str, list[ActorMention]]) -> None:
    """Move state forces that only came to the scene ("the Army arrived once the shooting had
    ended"), in a clause telling no act but a word for it, to "arriving"."""
    late = [
        a for role in PARTY_ROLES for a in by_role[role] if a.inter == 1 and _only_came(frame, a)
    ]
    if not late:
        return
    for role in PARTY_ROLES:
        by_role[role] = [a for a in by_role[role] if not any(a is b for b in late)]
    by_role["arriving"].extend(late)


def _only_came(frame: Frame, actor: ActorMention) -> bool:
    """The actor's clause tells no act but words for it, and says the actor came to it."""
    for clause in frame.clauses:
        if not clause.span.start <= actor.span.start < clause.span.end:
            continue
        if any(t.tactic != REFERENCE for t in clause.triggers):
            return False
        after = clause.span.text[actor.span.end - clause.span.start :]
        return bool(_arrived_after().match(after))
    return False
