"""Where two reports that disagree on the sub-event type must agree (issue #5, round 6).

Outlets code one incident differently (a suicide bomb is an IED to another; an ADF raid is an
attack to one and a clash to the other), so a disagreement on the sub-event type is tolerated
when the reports agree on the spot. What counts as the same spot depends on how much the two
readings can really be one act, and on what an area-level report can vouch for:

- an area-level report (placed only in a province or country, ``geo_precision`` 3) is at the
  spot of any report in that area only when the event types agree: a communiqué naming only
  "North Sinai" that reports a clash is not the IED in Rafah the same day (every development
  file, gold records and pipeline, in shuffled orders: no report pair of one incident needs it);
- a peaceful protest and a demonstration met by force or turned violent (``strict_sub_event_
  types``) are one event only at the exact spot (same place name, or ``same_spot_km``): a rally
  that "passed peacefully" in Aktau is not the strike dispersed in Zhanaozen that its text
  names, and a province- or country-level report of a crackdown does not stand for it;
- the same holds for abductions, arrests and sexual violence against another sub-event type of
  their own event type (``distinct_sub_event_types`` never merge across event types): one raid
  that kills and abducts at one village is an attack to one outlet and an abduction to another,
  but a kidnapping reported only as "in Katsina state" is not the attack on a Katsina village
  the day before.

Thresholds and lists are in ``data/store/dedup.json``; ``store/dedup.py`` composes them.
"""

from __future__ import annotations

from typing import Any

from dateline.model import Event
from dateline.store.crackdown import crackdown_pair
from dateline.store.fields import distance_km, norm, settings


def _rule() -> dict[str, Any]:
    return dict(settings()["sub_event_type_disagreement"])


def area_level(event: Event) -> bool:
    """Placed only in a province or country (a report without any place is not: the placeless
    rules decide for it)."""
    return event.geo_precision >= 3 and bool(event.country)


def same_spot(a: Event, b: Event) -> bool:
    """Same named place (or within a few km), or one report only knows the province."""
    return max(a.geo_precision, b.geo_precision) >= 3 or exact_spot(a, b)


def exact_spot(a: Event, b: Event) -> bool:
    """Both exactly or nearly located, at one place name or within ``same_spot_km``."""
    if area_level(a) or area_level(b):
        return False
    if a.location and norm(a.location) == norm(b.location):
        return True
    distance = distance_km(a, b)
    return distance is not None and distance <= float(settings()["same_spot_km"])


def strict_pair(a: Event, b: Event) -> bool:
    """Different sub-event types, one of them in ``strict_sub_event_types`` (or, with
    ``distinct_are_strict``, in ``distinct_sub_event_types``)."""
    strict = set(_rule()["strict_sub_event_types"])
    if _rule()["distinct_are_strict"]:
        strict |= set(settings()["distinct_sub_event_types"])
    return a.sub_event_type != b.sub_event_type and bool(
        strict & {a.sub_event_type, b.sub_event_type}
    )


def area_vouches(a: Event, b: Event) -> bool:
    """Whether an area-level report stands at the other's spot despite differing sub-types."""
    if not _rule()["area_spot_needs_same_act"]:
        return True
    if a.event_type == b.event_type:
        return True
    pairs = settings()["placeless_report"]["confusable_types"]
    return any({a.event_type, b.event_type} == set(pair) for pair in pairs) or crackdown_pair(a, b)


def agree_on_spot(a: Event, b: Event, named: bool, usual_spot: bool) -> bool:
    """Whether two reports whose sub-event types differ are at one spot: ``named`` (one
    report's text names the other's place) and ``usual_spot`` (the usual test: same name, a few
    km, or one of them area-level or placeless) as ``store/dedup.py`` found them."""
    if strict_pair(a, b):
        return exact_spot(a, b)
    if named:
        return True
    if (area_level(a) or area_level(b)) and not area_vouches(a, b):
        return False
    return usual_spot

