"""Reports placed only in a country or province (issue #5, round 8).

Extraction often cannot place an incident more precisely than the text does: "ethnic clashes in
northern Ghana", "a precision strike in eastern Syria" (the pipeline places them at the
capital, ``geo_precision`` 3, and the location is the country), or "in Lower Shabelle region"
(the province's capital, ``geo_precision`` 3). Such a report cannot tell two incidents of one
day in its area apart by place, so it may join one only where nothing else separates them and
only when the choice is unique (``dedup.choose_event``: ambiguity blocks):

- a country-level report joins a report anywhere in its country with the same event type
  within a day (``country_level_report``, round 3);
- *family* (round 8, ``country_level_report.family``): on the **same day** it also joins a
  report of another event type of the same family (a pair in ``compatible_types.csv``, no
  abduction/arrest/sexual violence, no peaceful protest), when the pair is one outlets confuse
  for one act of direct violence (``placeless_report.confusable_types``: a clash in "northern
  Ghana" and an attack in Bawku), and the two name the same state forces or none (a group's
  clash with the army is not its raid on villagers that day). Not an air strike and a clash,
  even with a shared group (a US strike on IS in "eastern Syria" read as a clash, and an air
  strike on IS in Al Mayadin, stay apart: an air strike and a ground clash against one group
  the same day are routinely two events). A decision that needs this must be the only event
  the report could join;
- *a province-level member's place* (round 8, ``area_member_place``): in complete linkage a
  province-level member whose province differs from a new report's does not veto the merge
  when another member, located more precisely, agrees with the report on the place (the
  cluster already holds a report in that province: Afgooye, Lower Shabelle; the new report
  placed 30 km off in Mogadishu). Such a merge also must be the only one possible.

Thresholds are in ``data/store/dedup.json``; ``store/dedup.py`` composes them.
"""

from __future__ import annotations

from typing import Any

from dateline.gazetteer.countries import country_by_name
from dateline.model import Event
from dateline.store.fields import (
    actor_kind,
    actors_match,
    compatible_types,
    named_actors,
    norm,
    settings,
)
from dateline.store.sub_types import strict_pair
from dateline.store.type_families import confusable


def _rule() -> dict[str, Any]:
    return dict(settings()["country_level_report"])


def country_level(event: Event) -> bool:
    """The report names only the country (the pipeline places it at the capital with
    geo_precision 3): its location, or the text its location was read from, is the country."""
    if event.geo_precision < 3 or not event.country:
        return False
    named = [event.location, *(e.text for e in event.evidence if e.field == "location")]
    return any(_names_country(text, event.country) for text in named if text)


def _names_country(text: str, country: str) -> bool:
    if norm(text) == norm(country):
        return True
    found = country_by_name(text)
    return found is not None and norm(found.name) == norm(country)


def by_country_only(a: Event, b: Event) -> bool:
    """Same country, and one of the two reports is placed only by it."""
    same_country = bool(a.country) and norm(a.country) == norm(b.country)
    return same_country and (country_level(a) or country_level(b))


def country_level_ok(a: Event, b: Event) -> bool:
    """A report placed only in the country must agree on the kind of event and (nearly) the
    day, or be of the same family on the same day (``country_level_family``)."""
    rule = _rule()
    if rule["same_event_type"] and a.event_type != b.event_type:
        return country_level_family(a, b)
    return abs((a.event_date - b.event_date).days) <= int(rule["max_day_gap"])


def country_level_family(a: Event, b: Event) -> bool:
    """A country-level report and a report of another event type of one family, the same day,
    a pair outlets confuse for one act of direct violence (the caller checks that the actors
    agree and, through ``needs_unique``, that the choice is unique)."""
    family = _rule().get("family", {})
    if not family.get("enabled") or not by_country_only(a, b):
        return False
    if abs((a.event_date - b.event_date).days) > int(family["max_day_gap"]):
        return False
    if frozenset((a.event_type, b.event_type)) not in compatible_types():
        return False
    if {a.sub_event_type, b.sub_event_type} & set(settings()["distinct_sub_event_types"]):
        return False
    if strict_pair(a, b):  # a peaceful protest stands only for itself
        return False
    # Only a pair outlets confuse for one act of direct violence: an air strike on a group
    # and a ground clash with it the same day are routinely two events, even in one country.
    return confusable(a.event_type, b.event_type) and _same_state_sides(a, b)


def _same_state_sides(a: Event, b: Event) -> bool:
    """Both reports name the same state forces (or none): a group's clash with the army and
    its raid on villagers the same day are two events; "ethnic clashes" and a militia's attack
    on villagers, with no state force in either, are one act read two ways."""
    forces = [[x for x in named_actors(e) if actor_kind(x) == "state"] for e in (a, b)]
    if len(forces[0]) != len(forces[1]):
        return False
    return all(any(actors_match(x, y) for y in forces[1]) for x in forces[0])


def province_level_pair(a: Event, b: Event) -> bool:
    """One of the two reports is placed only in its province (a country-level report has its
    own rules), so that a differing province is all ``area_member_place`` may overlook."""
    if not settings().get("area_member_place", {}).get("enabled"):
        return False
    return any(e.geo_precision >= 3 and bool(e.admin1) and not country_level(e) for e in (a, b))
