"""'Gunmen' to one outlet, the group blamed to another, side by side (issue #5, round 11).

A convoy ambush near Diéma is "jihadists attacked a convoy ..., killing four drivers" (JNIM;
civilians) to one outlet and "a complex attack by terrorists" repelled by the army (an
unidentified armed group; Mali's army) to the army's communiqué. Each names one specific actor
the other does not, so the actor check (every specific actor of one report matched in the
other) fails, though side by side they agree: the group faces "gunmen" on the attackers' side,
the army faces the civilians on the other. Two reports whose actors, aligned by side (actor1
with actor1 and actor2 with actor2, or crossed), each match or meet a generic actor, with a
named group facing an unidentified one on one side, agree on the actors when they are at one
spot (same place name, ``same_spot_km`` or an area-level report). ``actor_sides`` in
``data/store/dedup.json``.
"""

from __future__ import annotations

from dateline.model import Event
from dateline.store.fields import actor_key, actor_kind, actors_match, settings
from dateline.store.sub_types import same_spot


def _side_agrees(x: str, y: str) -> bool:
    """One side's actors agree: the same actor, or either is generic or absent."""
    if not x or not y or "generic" in (actor_kind(x), actor_kind(y)):
        return True
    return actors_match(actor_key(x), actor_key(y))


def _blamed_on_one_side(x: str, y: str) -> bool:
    """A named group on one report's side, an unidentified armed actor on the other's."""
    unidentified = tuple(settings()["actor_sides"]["unidentified_prefixes"])
    kinds = sorted((actor_kind(x), actor_kind(y)))
    return kinds == ["generic", "named"] and (x.startswith(unidentified) or
                                              y.startswith(unidentified))  # fmt: skip


def sides_agree(a: Event, b: Event) -> bool:
    """The actors agree side by side (straight or crossed), a named group meeting 'gunmen'."""
    if not settings()["actor_sides"]["enabled"] or not same_spot(a, b):
        return False
    for first, second in ((b.actor1, b.actor2), (b.actor2, b.actor1)):
        sides = ((a.actor1, first), (a.actor2, second))
        if all(_side_agrees(x, y) for x, y in sides) and any(
            _blamed_on_one_side(x, y) for x, y in sides
        ):
            return True
    return False
