"""A named group's incident placed "near" a town reaches a little further (issue #5, round 13).

A "near" place (``geo_precision`` 2) is the nearest town an outlet knew, up to ~30 km from the
spot; another outlet may name the village itself or another nearby town, so two reports of one
incident can lie a few kilometres beyond the usual radius of a "near" place: an al-Shabaab IED
"on the Mandera-Elwak road near Arabia" and al-Shabaab's claim "in Mandera", 30.4 km; the OLA's
abduction near Gebre Guracha and near Fiche, 36.5 km. With generic actors ("gunmen", "armed
men", "civilians") nearness is all that ties two reports, and look-alikes lie just as close
(two settler attacks near Ramallah and near Nablus, 36 km), so the radius stays. When both
reports name the same non-state group, the same sub-event type, the same province, and at
least one is only "near" a town (neither is area-level), the group identifies the incident
better than the nearest town: the places count as one up to ``group_reach.max_km``. A state's
forces act everywhere every day and do not count; nor does a kind of actor that ACLED names
with a country qualifier ("Settlers (Israel)", "Fulani Ethnic Militia (Nigeria)"): the settlers
near Ramallah and near Nablus are not one group. ``group_reach`` in ``data/store/dedup.json``.
"""

from __future__ import annotations

import re

from dateline.model import Event
from dateline.store.fields import actor_key, actor_kind, actors_match, distance_km, norm, settings

QUALIFIER = re.compile(r"\(([^)]*)\)")


def named_groups(event: Event) -> list[str]:
    """The report's named non-state groups (normalised): not a state's forces, not a generic
    actor, not a kind of actor qualified by its country ("Settlers (Israel)"; a regime period
    "(2019-)" is no country)."""
    assoc = (*event.assoc_actor_1.split(";"), *event.assoc_actor_2.split(";"))
    names = [n.strip() for n in (event.actor1, event.actor2, *assoc) if n.strip()]
    groups = [n for n in names if actor_kind(n) == "named" and not _country_qualified(n)]
    return list(dict.fromkeys(actor_key(n) for n in groups))


def _country_qualified(name: str) -> bool:
    return any(not re.search(r"\d", q) for q in QUALIFIER.findall(name))


def may_reach(event: Event) -> bool:
    """The rule may apply to the report: it names a non-state group and is located to a town
    or near one (the cheap pre-check leaves its place to the full comparison)."""
    rule = settings()["group_reach"]
    return bool(rule["enabled"]) and event.geo_precision <= 2 and bool(named_groups(event))


def same_group_near_by(a: Event, b: Event) -> bool:
    """Both name one non-state group, the same sub-event type and province, at least one is
    only "near" a town, and they lie at most ``max_km`` apart."""
    rule = settings()["group_reach"]
    if not (may_reach(a) and may_reach(b)) or a.sub_event_type != b.sub_event_type:
        return False
    if max(a.geo_precision, b.geo_precision) != 2 or not a.admin1:
        return False
    if norm(a.admin1) != norm(b.admin1) or norm(a.country) != norm(b.country):
        return False
    if not any(actors_match(x, y) for x in named_groups(a) for y in named_groups(b)):
        return False
    distance = distance_km(a, b)
    return distance is not None and distance <= float(rule["max_km"])
