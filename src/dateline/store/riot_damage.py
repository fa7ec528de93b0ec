"""Looting and arson by rioters written up as the riot itself (issue #5, round 10).

ACLED codes "Looting/property destruction" (Strategic developments) when property is looted or
destroyed outside a riot, and the riot (Violent demonstration, Mob violence) when it happens in
one; outlets make either call about one night: a protest that "turned violent" with shops
torched to one outlet is "a night of looting and arson" to another (reports7: Honiara's
Chinatown; reports5: Daoukro). The two event types are otherwise far apart (a looted warehouse
and a riot in one city are two events), so only these sub-event pairs are tolerated, and the
usual rules for differing sub-event types still hold: the exact spot and the same day
(``riot_damage`` in ``data/store/dedup.json``).
"""

from __future__ import annotations

from dateline.model import Event
from dateline.store.fields import settings
from dateline.taxonomy import sub_event


def _pairs() -> list[frozenset[str]]:
    rule = settings()["riot_damage"]
    return [frozenset(pair) for pair in rule["sub_event_types"]] if rule["enabled"] else []


def riot_damage_pair(a: Event, b: Event) -> bool:
    """One report is the property damage, the other the riot it happened in."""
    return frozenset((a.sub_event_type, b.sub_event_type)) in _pairs()


def riot_damage_types(event_type: str) -> set[str]:
    """The event types a report of ``event_type`` may be compared with under this rule
    (candidate search)."""
    types = {sub_event(name).event_type for pair in _pairs() for name in pair}
    return types if event_type in types else set()
