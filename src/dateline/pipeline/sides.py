"""Which side an actor mention is on: kinds of actors by their ACLED interaction code, how
specific a mention is, and when two mentions are the same party ("IS attacked ... 18 militants
were killed": the militants are IS's)."""

from __future__ import annotations

from dateline.model import ActorMention
from dateline.pipeline.segment import NAMED_ROLES

ACTOR_CLASSES = {
    "state": {1},
    "nonstate": {2, 3, 4, 8},
    "armed": {1, 2, 3, 4, 8},
    "civilians": {7},
    "protesters": {6},
    "rioters": {5},
}
NONSTATE_ARMED = ACTOR_CLASSES["nonstate"]
IDENTITY = 4  # identity militias: ethnic, clan and communal
PRO_STATE = {3, 4, 8}  # militias and external forces: the kinds that fight beside a state
EXTERNAL = 8  # external/other forces: foreign private military companies, UN missions


def rank(actor: ActorMention) -> int:
    """Named groups and state forces are specific parties; unnamed ones come last."""
    if actor.role_hint == "property":
        return 3  # "stormed the village": its people, when the report names no one else
    return 0 if actor.role_hint in (*NAMED_ROLES, "state") else 2


def only_unnamed(actors: list[ActorMention]) -> bool:
    """Only explicitly unnamed doers ("gunmen"); "the militants" point back to a named group."""
    return all(a.role_hint == "generic" and a.inter != 7 for a in actors)


def same_side(a: ActorMention, b: ActorMention) -> bool:
    """An unnamed armed group next to a named one of the same kind is that group (anaphora);
    state forces of an unnamed country next to named state forces are those forces."""
    if a.name == b.name:
        return True
    if ("{former}" in a.name) != ("{former}" in b.name):
        return False  # the ousted regime's loyalists fight the new state's forces
    if a.inter == b.inter == 1 and "{country}" in a.name + b.name:
        return True
    # anaphora points back: "IS attacked ... 18 militants were killed" (not "a militia
    # clashed with Comando Vermelho", where the unnamed side comes first)
    later, earlier = (a, b) if a.span.start > b.span.start else (b, a)
    unnamed = later.role_hint in ("generic", "anaphoric")
    gang = later.inter == 3 and later.role_hint == "generic"  # bandits, kidnappers, gunmen
    if earlier.inter == IDENTITY and earlier.role_hint == "generic" and gang:
        return False  # "local hunters ambushed kidnappers": villagers' men fight the gang
    return unnamed and a.inter in NONSTATE_ARMED and b.inter in NONSTATE_ARMED
