"""Cross-report deduplication: do two event records describe the same real event?

Reports of one incident differ in wording, numbers, spellings and how precisely they give
the day and place. Two records are read as the same event when every hard condition holds:

- they come from different articles (one article's events were already kept apart by the
  pipeline, which codes events atomically by day and place);
- their days agree within a tolerance that grows with the coarser ``time_precision`` (a
  report that only gives "last week" cannot contradict a day inside that week);
- their places are the same or neighbouring: within a radius that grows with the coarser
  ``geo_precision``, or in the same admin1 when one of them only knows the province;
- their event types are compatible (same type, or a pair that reporters commonly confuse,
  from ``data/store/compatible_types.csv``);
- their named actors do not contradict each other (generic actors such as "Civilians (X)"
  or "Unidentified Armed Group (X)" never contradict).

Tolerances for what extraction gets wrong (each tested): a report that names only the country
may lie anywhere in it; a report without any place may take the place its article text names;
reports that disagree on the sub-event type must agree on the exact place; abductions, arrests
and sexual violence are never another event type's incident.

The tolerances live in ``data/store/dedup.json`` so that they can be tuned without code
changes. Every decision keeps its reasons, so that a merge can be explained to a reviewer.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from dateline.gazetteer.countries import country_by_name
from dateline.model import Event
from dateline.resources import load_csv, load_json
from dateline.store.mentions import TextOf, named_place


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Whether two reports describe one event, with a score to rank candidates and the reasons."""

    same: bool
    score: float = 0.0
    reasons: tuple[str, ...] = field(default_factory=tuple)


@cache
def settings() -> dict[str, Any]:
    return dict(load_json("store/dedup.json"))


@cache
def compatible_types() -> frozenset[frozenset[str]]:
    rows = load_csv("store/compatible_types.csv")
    return frozenset(frozenset((r["type_a"], r["type_b"])) for r in rows)


@cache
def actor_kinds() -> tuple[tuple[str, str], ...]:
    """(lower-cased prefix, kind) pairs: kind is ``generic`` or ``state``."""
    return tuple((r["prefix"].casefold(), r["kind"]) for r in load_csv("store/actor_kinds.csv"))


def compare(a: Event, b: Event) -> MergeDecision:
    """The merge decision for two reports (symmetric)."""
    if a.article_id == b.article_id:
        return MergeDecision(False, 0.0, ("same article: the pipeline already kept them apart",))
    checks = [
        _compare_dates(a, b),
        _compare_places(a, b),
        _compare_types(a, b),
        _compare_actors(a, b),
    ]
    if checks[2][0] and a.sub_event_type != b.sub_event_type and not _same_spot(a, b):
        checks[1] = (False, 0.0, checks[1][2] + "; reports that disagree on the sub-event type "
                     "must agree on the exact place")  # fmt: skip
    if checks[0][0] and _needs_corroboration(a, b) and not _corroborated(a, b, checks[3][1]):
        checks[0] = (
            False,
            0.0,
            checks[0][2] + "; a day apart on precise dates, and neither "
            "the sub-event type nor a named actor is shared",
        )
    if not checks[3][0] and _disputed_attribution(a, b):
        checks[3] = (True, 0.5, checks[3][2] + "; tolerated: same day, spot and sub-event type "
                     "and a named actor shared (the other attributed differently)")  # fmt: skip
    if checks[1][0] and _placeless(a, b) and not _placeless_corroborated(a, b, checks[3][1]):
        checks[1] = (False, 0.0, checks[1][2] + "; a report without place or country needs "
                     "the same sub-event type and a shared named actor")  # fmt: skip
    if checks[1][0] and not _compare_located_places(a, b)[0] and not _country_level_ok(a, b):
        checks[1] = (False, 0.0, checks[1][2] + "; a report that names only the country "
                     "needs the same event type and a date within a day")  # fmt: skip
    reasons = tuple(reason for _ok, _score, reason in checks)
    if not all(ok for ok, _score, _reason in checks):
        return MergeDecision(False, 0.0, reasons)
    return MergeDecision(True, sum(score for _ok, score, _reason in checks), reasons)


def _needs_corroboration(a: Event, b: Event) -> bool:
    """Two precisely dated reports a day apart may be one overnight event or two days' events."""
    precise = all(e.time_precision == 1 and e.date_known for e in (a, b))
    return precise and a.event_date != b.event_date


def _disputed_attribution(a: Event, b: Event) -> bool:
    """Outlets often blame different (allied or rival) forces for one clash or strike; when
    everything else agrees exactly and one non-state group is shared, that is not two events."""
    rule = settings()["disputed_attribution"]
    if a.event_date != b.event_date or a.sub_event_type != b.sub_event_type:
        return False
    if max(a.geo_precision, b.geo_precision) > int(rule["max_geo_precision"]):
        return False
    if not _same_spot(a, b):
        return False
    # A state's forces fight many groups in one town; only a shared non-state group identifies.
    groups = [x for x in named_actors(a) if actor_kind(x) == "named"]
    shared = sum(any(_actors_match(x, y) for y in named_actors(b)) for x in groups)
    return shared >= int(rule["min_shared_named_actors"])


def _country_level_ok(a: Event, b: Event) -> bool:
    """A report placed only in the country cannot tell two incidents of one day apart by
    place: it must agree on the kind of event and (nearly) the day."""
    rule = settings()["country_level_report"]
    if rule["same_event_type"] and a.event_type != b.event_type:
        return False
    return abs((a.event_date - b.event_date).days) <= int(rule["max_day_gap"])


def _unplaced(event: Event) -> bool:
    return _place_unknown(event) and not event.country


def place_from_text(reports: Sequence[Event], text_of: TextOf | None) -> list[Event]:
    """Each report the pipeline left without place or country takes the place of another
    report whose place its own text names word for word (the pipeline missed it there: a
    village the gazetteer lacks, "Oïcha", "GSS Kankara"); the others are returned unchanged."""
    if text_of is None or not settings()["placeless_report"]["named_in_text"]:
        return list(reports)
    placed = sorted((r for r in reports if not _unplaced(r)), key=lambda r: r.geo_precision)
    return [_adopt_named_place(r, placed, text_of) if _unplaced(r) else r for r in reports]


def _adopt_named_place(report: Event, placed: Sequence[Event], text_of: TextOf) -> Event:
    text = text_of(report.article_id)
    same_sub = settings()["placeless_report"]["same_sub_event_type"]
    source = next(
        (p for p in placed if text and named_place(text, p)
         and (p.sub_event_type == report.sub_event_type or not same_sub)),
        None,
    )  # fmt: skip
    if source is None:
        return report
    return replace(
        report, country=source.country, admin1=source.admin1, location=source.location,
        latitude=source.latitude, longitude=source.longitude, geonameid=source.geonameid,
        geo_precision=max(source.geo_precision, 2),  # the name, not the spot, is known
    )  # fmt: skip


def _placeless(a: Event, b: Event) -> bool:
    """One report knows neither place nor country (the text never says where) and the other
    does: then the place check cannot tell look-alike incidents apart."""
    unknown = [_place_unknown(e) and not e.country for e in (a, b)]
    return unknown[0] != unknown[1]


def _placeless_corroborated(a: Event, b: Event, actor_score: float) -> bool:
    """Nothing locates such a report, so it must agree on what happened and who did it."""
    rule = settings()["placeless_report"]
    same_sub = a.sub_event_type == b.sub_event_type or not rule["same_sub_event_type"]
    return same_sub and actor_score >= float(rule["min_actor_score"])


def _actor_countries_agree(a: Event, b: Event) -> bool:
    """ACLED actor names carry a country qualifier ("Civilians (Nigeria)"): a report without a
    country still contradicts one set in another country through its actors' qualifiers."""
    for placeless, other in ((a, b), (b, a)):
        if not placeless.country and other.country:
            named = {_norm(q) for q in _actor_qualifiers(placeless)}
            if named and _norm(other.country) not in named:
                return False
    return True


def _actor_qualifiers(event: Event) -> list[str]:
    names = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
    found = [q for n in names for q in re.findall(r"\(([^)]*)\)", n)]
    return [q for q in found if not re.search(r"\d", q)]  # "(2015-)" is a regime period


def _same_spot(a: Event, b: Event) -> bool:
    """Same named place (or within a few km), or one report only knows the province."""
    if max(a.geo_precision, b.geo_precision) >= 3:
        return True
    if a.location and _norm(a.location) == _norm(b.location):
        return True
    distance = distance_km(a, b)
    return distance is not None and distance <= float(settings()["same_spot_km"])


def _corroborated(a: Event, b: Event, actor_score: float) -> bool:
    return a.sub_event_type == b.sub_event_type or actor_score >= 1.0


def date_tolerance(event: Event) -> int:
    """Days either side of ``event_date`` that the report cannot rule out."""
    tolerances = settings()["date_tolerance_days"]
    days = int(tolerances.get(str(event.time_precision), 1))
    if not event.date_known:  # dated by publication day: the event may be a day or two earlier
        days = max(days, int(settings()["unknown_date_tolerance_days"]))
    return days


def _compare_dates(a: Event, b: Event) -> tuple[bool, float, str]:
    gap = abs((a.event_date - b.event_date).days)
    allowed = max(date_tolerance(a), date_tolerance(b))
    for undated, other in ((a, b), (b, a)):
        # Dated by its publication day, a report cannot describe a later event.
        if not undated.date_known and other.date_known and other.event_date > undated.event_date:
            return (
                False,
                0.0,
                f"{other.event_date} is after the publication of a report dated "
                f"only by its publication day ({undated.event_date})",
            )
    if gap > allowed:
        return False, 0.0, f"dates {a.event_date} / {b.event_date}: {gap} days apart (> {allowed})"
    detail = "same day" if gap == 0 else f"{gap} day(s) apart, within ±{allowed}"
    return True, 1.0 - gap / (allowed + 1), f"dates {a.event_date} / {b.event_date}: {detail}"


def place_radius_km(event: Event) -> float:
    radii = settings()["place_radius_km"]
    return float(radii.get(str(event.geo_precision), max(radii.values())))


def _compare_places(a: Event, b: Event) -> tuple[bool, float, str]:
    located = _compare_located_places(a, b)
    if located[0] or not _by_country_only(a, b):
        return located
    country = a.country or b.country  # placed at the capital: anywhere in the country is possible
    return True, 0.1, f"{located[2]}; but one report locates it only in the country ({country})"


def _by_country_only(a: Event, b: Event) -> bool:
    same_country = bool(a.country) and _norm(a.country) == _norm(b.country)
    return same_country and (country_level(a) or country_level(b))


def _compare_located_places(a: Event, b: Event) -> tuple[bool, float, str]:
    if a.country and b.country and _norm(a.country) != _norm(b.country):
        return False, 0.0, f"different countries ({a.country} / {b.country})"
    if _place_unknown(a) or _place_unknown(b):
        if _norm(a.country) == _norm(b.country):
            return True, 0.1, "one report names no place: it cannot contradict the other"
        if not (a.country and b.country) and _actor_countries_agree(a, b):
            return True, 0.05, "one report names no place or country: it must share the rest"
        return False, 0.0, "one report names no place or country"
    if max(a.geo_precision, b.geo_precision) >= 3 and a.admin1 and b.admin1:
        # A report that only knows the province is coded to its capital: compare provinces.
        if _norm(a.admin1) == _norm(b.admin1):
            return True, 0.5, f"same province ({a.admin1}); one report locates it only that far"
        return False, 0.0, f"different provinces ({a.admin1} / {b.admin1})"
    distance = distance_km(a, b)
    if distance is not None:
        allowed = max(place_radius_km(a), place_radius_km(b))
        if distance <= allowed:
            reason = f"places {distance:.1f} km apart (≤ {allowed:g})"
            return True, 1.0 - distance / (allowed + 1), reason
        return False, 0.0, f"places {distance:.1f} km apart (> {allowed:g})"
    if a.location and _norm(a.location) == _norm(b.location):
        return True, 1.0, f"same location name ({a.location})"
    if a.admin1 and _norm(a.admin1) == _norm(b.admin1):
        # A place the gazetteer lacks (no coordinates) is known only as far as its province.
        return True, 0.4, f"same province ({a.admin1}); one place has no coordinates"
    return False, 0.0, "places cannot be compared (no coordinates, different names)"


def country_level(event: Event) -> bool:
    """The report names only the country (the pipeline places it at the capital with
    geo_precision 3): its location, or the text its location was read from, is the country."""
    if event.geo_precision < 3 or not event.country:
        return False
    named = [event.location, *(e.text for e in event.evidence if e.field == "location")]
    return any(_names_country(text, event.country) for text in named if text)


def _names_country(text: str, country: str) -> bool:
    if _norm(text) == _norm(country):
        return True
    found = country_by_name(text)
    return found is not None and _norm(found.name) == _norm(country)


def _place_unknown(event: Event) -> bool:
    return not (event.location or event.admin1) and event.latitude is None


def distance_km(a: Event, b: Event) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def compatible_event_types(event_type: str) -> list[str]:
    """The event types a report of ``event_type`` may be merged with (itself included)."""
    partners = {t for pair in compatible_types() if event_type in pair for t in pair}
    return sorted(partners | {event_type})


def _compare_types(a: Event, b: Event) -> tuple[bool, float, str]:
    if a.event_type == b.event_type:
        return True, 1.0, f"same event type ({a.event_type})"
    distinct = set(settings()["distinct_sub_event_types"])
    for own in (a, b):
        if own.sub_event_type in distinct:  # an abduction is not a report of the firefight
            return False, 0.0, f"{own.sub_event_type} is never another type's event"
    if frozenset((a.event_type, b.event_type)) in compatible_types():
        return True, 0.5, f"compatible event types ({a.event_type} / {b.event_type})"
    return False, 0.0, f"incompatible event types ({a.event_type} / {b.event_type})"


def actor_kind(name: str) -> str:
    """``generic``, ``state`` or ``named`` (a specific non-state actor), from the name's prefix."""
    folded = name.strip().casefold()
    if not folded:
        return "generic"
    return next((kind for prefix, kind in actor_kinds() if folded.startswith(prefix)), "named")


def named_actors(event: Event) -> list[str]:
    """The event's specific actors (state forces included, generic ones left out), normalised."""
    assoc = (*event.assoc_actor_1.split(";"), *event.assoc_actor_2.split(";"))
    names = (event.actor1, event.actor2, *assoc)
    keys = [_actor_key(n) for n in names if actor_kind(n) != "generic"]
    return list(dict.fromkeys(k for k in keys if k))


def _actor_key(name: str) -> str:
    """The name without parentheticals: regime years "(2015-)" and country qualifiers
    "(Nigeria)" (countries are compared separately), so that "Islamic State (Nigeria)" matches
    "Islamic State West Africa Province" as a token subset."""
    return _norm(re.sub(r"\([^)]*\)", "", name))


def _actors_match(x: str, y: str) -> bool:
    if actor_kind(x) == "state" and actor_kind(y) == "state":
        return True
    return fuzz.token_set_ratio(x, y) >= float(settings()["actor_similarity"])


def _compare_actors(a: Event, b: Event) -> tuple[bool, float, str]:
    """Every named actor of the less specific report must match a distinct one of the other."""
    fewer, more = sorted((named_actors(a), named_actors(b)), key=len)
    if not fewer:
        return True, 0.3, "actors: one report names no specific actor"
    unmatched = list(more)
    for actor in fewer:
        partner = next((other for other in unmatched if _actors_match(actor, other)), None)
        if partner is None:
            return False, 0.0, f"actors disagree ({actor} has no counterpart in {', '.join(more)})"
        unmatched.remove(partner)
    return True, 1.0, f"actors agree ({', '.join(fewer)})"


def _norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


def could_join(report: Event, fused: Event) -> bool:
    """A cheap necessary condition for ``report`` joining the event ``fused`` was made from.

    The fused record copies its date fields from one member, its place fields from one member
    and its event type from one member, so a report that fails those checks against the fused
    record fails them against that member, and complete linkage would reject it anyway.
    """
    checks = [_compare_dates, _compare_types]
    # An area-level member may have been placed at the capital, and a report without a place
    # may take one from its text (place_from_text): the place decides only for the others.
    if fused.geo_precision < 3 and not _unplaced(report):
        checks.append(_compare_places)
    return all(check(report, fused)[0] for check in checks)


def joins_cluster(
    report: Event, members: Sequence[Event], text_of: TextOf | None = None
) -> MergeDecision:
    """Complete linkage: the report joins only if it is the same event as every member.

    Requiring agreement with all members (not just one) stops chains of near neighbours from
    fusing two distinct incidents (Monday in town A ~ Tuesday in A ~ Tuesday in B).
    """
    report, *members = place_from_text([report, *members], text_of)
    decisions = [compare(report, member) for member in members]
    if not decisions or not all(d.same for d in decisions):
        failed = next((d for d in decisions if not d.same), None)
        return failed or MergeDecision(False)
    best = max(decisions, key=lambda d: d.score)
    return MergeDecision(True, sum(d.score for d in decisions) / len(decisions), best.reasons)


def cluster_reports(
    reports: Sequence[Event], text_of: TextOf | None = None
) -> list[list[int]]:
    """Group reports (in arrival order) into events; returns lists of indexes into ``reports``.

    The same incremental rule the store applies at ingest time: each report joins the
    best-scoring existing cluster it is compatible with, or starts its own.
    """
    clusters: list[list[int]] = []
    for index, report in enumerate(reports):
        decisions = [joins_cluster(report, [reports[i] for i in c], text_of) for c in clusters]
        chosen = choose_event(report, decisions)
        if chosen is None:
            clusters.append([index])
        else:
            clusters[chosen].append(index)
    return clusters


def choose_event(report: Event, decisions: Sequence[MergeDecision]) -> int | None:
    """The index of the best-scoring event the report may join, or None (a new event).

    A report placed only in its country cannot choose between several events that day in
    that country (a war's daily clashes between the same two forces): it starts its own.
    """
    joinable = [i for i, d in enumerate(decisions) if d.same]
    if not joinable or (len(joinable) > 1 and country_level(report)):
        return None
    return max(joinable, key=lambda i: decisions[i].score)


def day_window(event: Event) -> tuple[date, date]:
    """The range of event days a candidate must fall in to possibly match ``event``."""
    from datetime import timedelta

    widest = max(int(v) for v in settings()["date_tolerance_days"].values())
    widest = max(widest, int(settings()["unknown_date_tolerance_days"]))
    return event.event_date - timedelta(days=widest), event.event_date + timedelta(days=widest)
