"""Reports placed only in a country or province (issue #5, round 8).

Extraction often cannot place an incident more precisely than the text does: "ethnic clashes in
northern Ghana", "a precision strike in eastern Syria" (the pipeline places them at the
capital, ``geo_precision`` 3, and the location is the country), or "in Lower Shabelle region"
(the province's capital, ``geo_precision`` 3). Such a report cannot tell two incidents of one
day in its area apart by place, so it may join one only where nothing else separates them and
only when the choice is unique (``dedup.choose_event``: ambiguity blocks):

- a country-level report joins a report anywhere in its country with the same event type
  within a day (``country_level_report``, round 3);
- a country-level report of **another event type** is not tolerated (tried in round 8 and
  rejected: on the same day, a confusable type and the same state forces or none, with the
  event the only one it could join, it recovered a clash in "northern Ghana" read beside the
  attack in Bawku, but also merged a separate land clash "in northern Ghana" with a militia
  raid in Bawku the same day, ``corpus/dedup/reports6.jsonl`` KL3: precision 0.833 in file
  order on its records; nothing in the records tells the two apart);
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
from dateline.store.fields import norm, settings


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
    day."""
    rule = _rule()
    if rule["same_event_type"] and a.event_type != b.event_type:
        return False
    return abs((a.event_date - b.event_date).days) <= int(rule["max_day_gap"])


def province_level_pair(a: Event, b: Event) -> bool:
    """One of the two reports is placed only in its province (a country-level report has its
    own rules), so that a differing province is all ``area_member_place`` may overlook."""
    if not settings().get("area_member_place", {}).get("enabled"):
        return False
    return any(e.geo_precision >= 3 and bool(e.admin1) and not country_level(e) for e in (a, b))
