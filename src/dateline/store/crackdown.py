"""A crackdown on a protest written up as an attack on civilians (issue #5, round 9).

Outlets code one police dispersal as a protest met with force (Protests: "police fired tear gas
at protesters") or as the police attacking civilians (Violence against civilians: "officers
beat activists"). The two event types are otherwise far apart (a rally and a shooting by
gunmen the same day in one city are two events), so the pair is tolerated only when the attack
report's perpetrator is a state force that the protest report names too, word for word (not
merely "some state force": any two state forces never contradict in ``actors_match``). The
usual rules still hold: the same spot for differing types, the same day, no other actor
contradicting. ``crackdown_as_attack`` in ``data/store/dedup.json``.
"""

from __future__ import annotations

from dateline.model import Event
from dateline.store.fields import actor_key, actor_kind, settings


def crackdown_pair(a: Event, b: Event) -> bool:
    """One report is a protest, the other an attack on civilians by a state force the protest
    report names (the force that broke it up)."""
    rule = settings()["crackdown_as_attack"]
    protest_type, attack_type = rule["event_types"]
    if not rule["enabled"] or {a.event_type, b.event_type} != {protest_type, attack_type}:
        return False
    attack, protest = (a, b) if a.event_type == attack_type else (b, a)
    force = actor_key(attack.actor1)
    if actor_kind(attack.actor1) != "state" or not force:
        return False
    return force in {actor_key(protest.actor1), actor_key(protest.actor2)}


def crackdown_types(event_type: str) -> set[str]:
    """The event types a report of ``event_type`` may be compared with under this rule
    (candidate search)."""
    rule = settings()["crackdown_as_attack"]
    types = set(rule["event_types"])
    return types if rule["enabled"] and event_type in types else set()
