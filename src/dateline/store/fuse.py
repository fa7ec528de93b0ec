"""Fusing the reports of one real event into a canonical record.

ACLED's conventions decide each field: the lowest credible fatality figure (a report that
gives no figure is not evidence of zero deaths, so it only counts when no report gives one),
the most precise date and location, the event type most reports agree on (the codebook's
order breaking ties), and every outlet named as a source.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from dateline.model import Event
from dateline.store.dedup import named_actors
from dateline.taxonomy import sub_event_types

T = TypeVar("T")


def canonical_event_id(first_report_key: str) -> str:
    """A stable id derived from the report that created the event (never changes after)."""
    return "DL" + hashlib.sha1(first_report_key.encode("utf-8")).hexdigest()[:12].upper()


def lowest_credible_fatalities(reports: Sequence[Event]) -> int:
    """The lowest figure among reports that give one (disputed claims only if nothing else)."""
    undisputed = [r.fatalities for r in reports if r.fatalities > 0 and not r.disputed]
    given = undisputed or [r.fatalities for r in reports if r.fatalities > 0]
    return min(given) if given else 0


def _most_precise_date(reports: Sequence[Event]) -> Event:
    votes = Counter(r.event_date for r in reports if r.date_known)
    return min(
        reports,
        key=lambda r: (r.time_precision, not r.date_known, -votes[r.event_date], r.event_date),
    )


def _most_precise_place(reports: Sequence[Event]) -> Event:
    votes = Counter(r.geonameid or r.location for r in reports)
    return min(
        reports,
        key=lambda r: (r.latitude is None, r.geo_precision, -votes[r.geonameid or r.location]),
    )


def _most_agreed_type(reports: Sequence[Event]) -> Event:
    votes = Counter(r.sub_event_type for r in reports)
    ranks = {name: entry.rank for name, entry in sub_event_types().items()}
    return min(reports, key=lambda r: (-votes[r.sub_event_type], ranks.get(r.sub_event_type, 99)))


def _most_named_actors(reports: Sequence[Event]) -> Event:
    return max(reports, key=lambda r: (len(named_actors(r)), bool(r.actor2)))


def _joined(values: Sequence[str]) -> str:
    """ACLED lists several sources/tags separated by '; '."""
    parts = [p.strip() for v in values for p in v.split(";")]
    return "; ".join(dict.fromkeys(p for p in parts if p))


def _first(reports: Sequence[Event], pick: Callable[[Event], T], default: T) -> T:
    for report in reports:
        value = pick(report)
        if value:
            return value
    return default


def fuse(reports: Sequence[Event], event_id: str) -> Event:
    """One canonical Event from the reports of one incident (in arrival order)."""
    if not reports:
        raise ValueError("cannot fuse an empty cluster")
    when, where = _most_precise_date(reports), _most_precise_place(reports)
    what, who = _most_agreed_type(reports), _most_named_actors(reports)
    fused = replace(
        what,
        event_id=event_id,
        event_date=when.event_date, time_precision=when.time_precision, date_known=when.date_known,
        actor1=who.actor1, inter1=who.inter1, actor2=who.actor2, inter2=who.inter2,
        assoc_actor_1=who.assoc_actor_1, assoc_actor_2=who.assoc_actor_2,
        iso=where.iso, region=where.region, country=where.country, admin1=where.admin1,
        admin2=where.admin2, admin3=where.admin3, location=where.location,
        latitude=where.latitude, longitude=where.longitude, geo_precision=where.geo_precision,
        geonameid=where.geonameid,
        source=_joined([r.source for r in reports]),
        source_scale=_joined([r.source_scale for r in reports]),
        tags=_joined([r.tags for r in reports]),
        fatalities=lowest_credible_fatalities(reports),
        injuries=min((r.injuries for r in reports if r.injuries > 0), default=0),
        notes=_first(reports, lambda r: r.notes, ""),
        confidence=max(r.confidence for r in reports),
        disputed=all(r.disputed for r in reports),
        evidence=list(what.evidence),
        trigger=None, sentence_ids=(),
    )  # fmt: skip
    return fused
