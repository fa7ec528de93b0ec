"""Two named armed groups fighting each other, placed at two towns of one province (round 12).

A clash between two non-state groups (rival factions of FARC dissidents in Guaviare, two
militias in Ituri) is fought across the countryside between towns: one outlet places it in
"the rural area of El Retorno", an ombudsman's alert in "rural Calamar", 41 km away, beyond
the radius of a "near" place (30 km). When both reports name both groups, the same two on the
same sides (or crossed), the same sub-event type and the same province, within the dates'
tolerance, the pair of groups identifies the fight better than the nearest town does: the two
places count as one up to ``rival_groups.max_km``. A state's forces fight everywhere every day
and generic actors say nothing, so either on any side keeps the usual radius.
``rival_groups`` in ``data/store/dedup.json``.
"""

from __future__ import annotations

from dateline.model import Event
from dateline.store.fields import actor_key, actor_kind, actors_match, distance_km, norm, settings


def _named_pair(event: Event) -> tuple[str, str] | None:
    sides = (event.actor1, event.actor2)
    if not all(s and actor_kind(s) == "named" for s in sides):
        return None
    return actor_key(sides[0]), actor_key(sides[1])


def between_groups(event: Event) -> bool:
    """The report names two non-state groups, one on each side (the rule may apply to it)."""
    return bool(settings()["rival_groups"]["enabled"]) and _named_pair(event) is not None


def same_fight_between_groups(a: Event, b: Event) -> bool:
    """The two reports name the same two non-state groups fighting in one province, at
    places at most ``max_km`` apart (both located to a town or near one)."""
    rule = settings()["rival_groups"]
    if not rule["enabled"] or a.sub_event_type != b.sub_event_type:
        return False
    if max(a.geo_precision, b.geo_precision) > 2 or not a.admin1:
        return False
    if norm(a.admin1) != norm(b.admin1) or norm(a.country) != norm(b.country):
        return False
    pair_a, pair_b = _named_pair(a), _named_pair(b)
    if pair_a is None or pair_b is None:
        return False
    straight = actors_match(pair_a[0], pair_b[0]) and actors_match(pair_a[1], pair_b[1])
    crossed = actors_match(pair_a[0], pair_b[1]) and actors_match(pair_a[1], pair_b[0])
    distance = distance_km(a, b)
    return (straight or crossed) and distance is not None and distance <= float(rule["max_km"])
