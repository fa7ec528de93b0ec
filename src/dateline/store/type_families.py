"""Event types that outlets confuse for one act of direct violence (issue #5, round 7).

A raid on a village is an attack on civilians to one outlet and a clash to another; a communal
fight is mob violence or a clash. ``placeless_report.confusable_types`` in
``data/store/dedup.json`` lists these pairs; the placeless rules used them first. From round 7
the rule that one report's text names the other's place (``place_named_in_text``) accepts them
too (``place_named_in_text.confusable_types``): a Congolese outlet's mob-violence report in Pool
whose text names Mindouli is the attack another outlet placed at a Mindouli namesake in
Likouala; a police raid in Rio's Penha read as a clash by one outlet and as an attack on
residents by another. ``loose_sub_types`` and ``family_agrees`` (moved here from
``store/dedup.py`` in round 8) say which differing sub-event types still describe one act.
"""

from __future__ import annotations

from dateline.model import Event
from dateline.store.fields import settings
from dateline.store.sub_types import strict_pair


def confusable(type_a: str, type_b: str) -> bool:
    """The two event types are a pair outlets confuse for one act of direct violence."""
    pairs = settings()["placeless_report"]["confusable_types"]
    return any({type_a, type_b} == set(pair) for pair in pairs)


def named_place_types(event_type: str) -> list[str]:
    """The event types a report of ``event_type`` may be bridged to by a place named in a
    text: its own, and (``place_named_in_text.confusable_types``) its confusable partners."""
    types = {event_type}
    if settings()["place_named_in_text"].get("confusable_types"):
        pairs = settings()["placeless_report"]["confusable_types"]
        types |= {t for pair in pairs if event_type in pair for t in pair}
    return sorted(types)


def loose_sub_types(a: Event, b: Event) -> bool:
    """Demonstrations whose sub-event types differ (outlets see a protest broken up, a violent
    demonstration or excessive force in one police dispersal) need only the usual radius, not
    the exact spot (``loose_sub_event_types``)."""
    loose = set(settings()["loose_sub_event_types"]["event_types"])
    return {a.event_type, b.event_type} <= loose and not strict_pair(a, b)


def family_agrees(a: Event, b: Event) -> bool:
    """Same sub-event type, or event types outlets confuse for one act of direct violence
    (``placeless_report.confusable_types``: a raid on a bar is an attack to one outlet, mob
    violence or a clash to another; an air strike is never a clash on the ground)."""
    if a.sub_event_type == b.sub_event_type:
        return True
    if settings()["placeless_report"].get("loose_demonstrations") and loose_sub_types(a, b):
        return True  # one dispersal: excessive force to one outlet, a riot to another
    pairs = settings()["placeless_report"]["confusable_types"]
    return any({a.event_type, b.event_type} == set(pair) for pair in pairs)
