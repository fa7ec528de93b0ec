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
may lie anywhere in it; a report without any place may take the place (or province) its text
names; reports that disagree on the sub-event type must agree on the exact place (demonstrations
aside); abductions, arrests and sexual violence are never another event type's incident;
demonstrations and violence against civilians are one event per day.

The tolerances live in ``data/store/dedup.json`` so that they can be tuned without code
changes. Every decision keeps its reasons, so that a merge can be explained to a reviewer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dateline.model import Event
from dateline.store.area_level import (  # country_level re-exported: ingest and tests use it
    by_country_only,
    country_level,
    country_level_ok,
    province_level_pair,
)
from dateline.store.border_clash import across_border, may_cross
from dateline.store.coalitions import coalition_and_member
from dateline.store.corroboration import (
    same_place_name,
    strongly_agree,
    text_names_other_place,
)
from dateline.store.crackdown import crackdown_pair, crackdown_types
from dateline.store.fields import (  # re-exported: ingest, fuse and the tests use them here
    actor_countries_agree,
    actor_kind,
    actors_match,
    compatible_types,
    distance_km,
    haversine_km,
    named_actors,
    norm,
    settings,
    widest_date_tolerance,
)
from dateline.store.group_reach import may_reach, same_group_near_by
from dateline.store.homes import choose_home
from dateline.store.mentions import TextOf, placed_by_bearing
from dateline.store.overnight import night_spanned, overnight_pair
from dateline.store.place_adoption import place_from_text, place_unknown, unplaced
from dateline.store.regroup import regroup
from dateline.store.riot_damage import riot_damage_pair, riot_damage_types
from dateline.store.rival_groups import between_groups, same_fight_between_groups
from dateline.store.roles import sides_agree
from dateline.store.second_incident import apart_from_second
from dateline.store.sequel import sequel_apart
from dateline.store.sub_types import agree_on_spot, same_spot
from dateline.store.type_families import family_agrees, loose_sub_types, named_place_types

__all__ = [
    "MergeDecision", "actor_kind", "choose_event", "cluster_reports", "compare",
    "compatible_event_types", "could_join", "country_level", "date_tolerance", "day_window",
    "distance_km", "haversine_km", "joins_cluster", "named_actors", "place_from_text",
    "place_radius_km", "settings",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Whether two reports describe one event, with a score to rank candidates and the reasons."""

    same: bool
    score: float = 0.0
    reasons: tuple[str, ...] = field(default_factory=tuple)
    # Rejected only because a report without place or country had nothing to corroborate it:
    # another report of the same event may (joins_cluster asks one member, not all).
    uncorroborated: bool = False
    # Rejected only on the place, one report being placed only in its province: a member
    # located more precisely that agrees may vouch for the place (store/area_level.py).
    place_only: bool = False
    # Accepted by a tolerance that holds only when the event is the only one the report could
    # join (store/area_level.py: a province-level member's province overruled).
    needs_unique: bool = False
    # Rejected only for a day's gap between precise dates (one_day_gap): a member of the
    # report's own day may show that the event spans that night (store/overnight.py).
    day_gap_only: bool = False


def compare(a: Event, b: Event, text_of: TextOf | None = None) -> MergeDecision:
    """The merge decision for two reports (symmetric); ``text_of`` (article id -> text) lets
    the article texts vouch for what the records leave open (``store/corroboration.py``)."""
    if a.article_id == b.article_id:
        return MergeDecision(False, 0.0, ("same article: the pipeline already kept them apart",))
    checks = [
        _compare_dates(a, b),
        _compare_places(a, b),
        _compare_types(a, b),
        _compare_actors(a, b),
    ]
    if checks[0][0] and sequel_apart(a, b, text_of):
        checks[0] = (False, 0.0, checks[0][2] + "; but one report's text dates its incident "
                     "that many days after an incident at the other's place")  # fmt: skip
    if not checks[1][0] and same_fight_between_groups(a, b):
        checks[1] = (True, 0.5, checks[1][2] + "; but both name the same two groups fighting in "
                     "that province: one fight placed at two towns")  # fmt: skip
    elif not checks[1][0] and same_group_near_by(a, b):
        checks[1] = (True, 0.5, checks[1][2] + "; but both name the same group, one only near a "
                     "town: the group reaches further than the nearest town")  # fmt: skip
    elif not checks[1][0] and across_border(a, b):
        checks[1] = (True, 0.5, checks[1][2] + "; but it is a clash with the other country's "
                     "forces near the border: each side places it on its own side")  # fmt: skip
    named = _place_named_in_text(a, b, checks, text_of)
    if named:
        checks[1] = (True, 0.8, f"{checks[1][2]}; but one report's text names the other's "
                     f"place ({named}): a namesake or a province named otherwise")  # fmt: skip
    if checks[1][0] and apart_from_second(a, b, text_of):
        checks[1] = (False, 0.0, checks[1][2] + "; but one text says a second incident of the "
                     "kind happened that day: only the exact spot is one event")  # fmt: skip
    spot = agree_on_spot(a, b, bool(named), same_spot(a, b)) and not _bearing_apart(a, b, text_of)
    if checks[2][0] and a.sub_event_type != b.sub_event_type and not spot \
            and not loose_sub_types(a, b):  # fmt: skip
        checks[1] = (False, 0.0, checks[1][2] + "; reports that disagree on the sub-event type "
                     "must agree on the exact place")  # fmt: skip
    day_gap = checks[0][0] and _needs_corroboration(a, b) \
        and not _corroborated(a, b, checks[3][1]) and not overnight_pair(a, b, text_of)  # fmt: skip
    if day_gap:
        checks[0] = (
            False,
            0.0,
            checks[0][2] + "; a day apart on precise dates, and neither the sub-event "
            "type (demonstrations: one event per day) nor a named actor is shared",
        )
    if not checks[3][0] and sides_agree(a, b):
        checks[3] = (True, 0.5, checks[3][2] + "; tolerated: side by side they agree, a named "
                     "group on one side, 'gunmen' in the other report")  # fmt: skip
    if not checks[3][0] and _disputed_attribution(a, b):
        checks[3] = (True, 0.5, checks[3][2] + "; tolerated: same day, spot and sub-event type "
                     "and a named actor shared (the other attributed differently)")  # fmt: skip
    uncorroborated = False
    if checks[1][0] and _placeless(a, b):
        checks[1], uncorroborated = _placeless_check(a, b, checks, text_of)
    if checks[1][0] and not _compare_located_places(a, b)[0] and not named \
            and not country_level_ok(a, b):  # fmt: skip
        checks[1] = (False, 0.0, checks[1][2] + "; a report that names only the country "
                     "needs the same event type and a date within a day")  # fmt: skip
    reasons = tuple(reason for _ok, _score, reason in checks)
    if not all(ok for ok, _score, _reason in checks):
        alone = sum(not ok for ok, _s, _r in checks) == 1
        place_only = alone and not checks[1][0] and a.event_type == b.event_type \
            and province_level_pair(a, b)  # fmt: skip
        return MergeDecision(False, 0.0, reasons, uncorroborated=uncorroborated and alone,
                             place_only=place_only and not uncorroborated,
                             day_gap_only=alone and day_gap)  # fmt: skip
    return MergeDecision(True, sum(score for _ok, score, _reason in checks), reasons)


Check = tuple[bool, float, str]


def _placeless_check(
    a: Event, b: Event, checks: list[Check], text_of: TextOf | None
) -> tuple[Check, bool]:
    """A report without place or country cannot be told from a look-alike by place: it needs a
    shared named actor, or (``text_evidence``) texts that name the same incident. Returns the
    place check and whether it failed only for want of such corroboration."""
    place = checks[1]
    if _placeless_corroborated(a, b, checks[3][1]):
        return place, False
    if settings()["placeless_report"]["text_evidence"] and family_agrees(a, b):
        agree, why = strongly_agree(a, b, text_of)
        if agree:
            return (True, place[1], f"{place[2]}; the texts agree: {why}"), False
    reason = f"{place[2]}; a report without place or country needs the same sub-event type " \
        "and a shared named actor, or texts naming the same incident"  # fmt: skip
    return (False, 0.0, reason), True


def _place_named_in_text(
    a: Event, b: Event, checks: list[Check], text_of: TextOf | None
) -> str | None:
    """The place one report's text names of the other, when that is all that separates two
    reports in one country of the same (or a confusable) event type within a day."""
    rule = settings()["place_named_in_text"]
    if not rule["enabled"] or text_of is None or not (checks[0][0] and checks[3][0]):
        return None
    if checks[1][0] and (a.sub_event_type == b.sub_event_type or same_spot(a, b)):
        return None  # nothing to bridge
    if not a.country or norm(a.country) != norm(b.country):
        return None
    if b.event_type not in named_place_types(a.event_type):  # same or confusable types
        return None
    if country_level(a) or country_level(b) or _placeless(a, b):
        return None  # a capital standing for the country is not a place named in the text
    if abs((a.event_date - b.event_date).days) > int(rule["max_day_gap"]):
        return None
    return text_names_other_place(a, b, text_of)


def _bearing_apart(a: Event, b: Event, text_of: TextOf | None) -> bool:
    """Reports of two event types, one "west of" the other's place by its own text: not one
    spot (``bearing_from_place``; a raid west of El Fasher is not the shelling of El Fasher)."""
    return a.event_type != b.event_type and any(placed_by_bearing(e, text_of) for e in (a, b))


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
    if not same_spot(a, b):
        return False
    # A state's forces fight many groups in one town; only a shared non-state group identifies.
    groups = [x for x in named_actors(a) if actor_kind(x) == "named"]
    shared = sum(any(actors_match(x, y) for y in named_actors(b)) for x in groups)
    return shared >= int(rule["min_shared_named_actors"])


def _placeless(a: Event, b: Event) -> bool:
    """One report knows neither place nor country (the text never says where) and the other
    does: then the place check cannot tell look-alike incidents apart."""
    unknown = [unplaced(e) for e in (a, b)]
    return unknown[0] != unknown[1]


def _placeless_corroborated(a: Event, b: Event, actor_score: float) -> bool:
    """Nothing locates such a report, so it must agree on what happened and who did it."""
    rule = settings()["placeless_report"]
    same_sub = a.sub_event_type == b.sub_event_type or not rule["same_sub_event_type"]
    return same_sub and actor_score >= float(rule["min_actor_score"])


def _corroborated(a: Event, b: Event, actor_score: float) -> bool:
    """A day's gap between precise dates is bridged by the same sub-event type, or by a shared
    actor of a kind in ``one_day_gap.corroborating_actor_kinds``: a non-state group, not a
    state's forces (Russia's army shells Kherson one day and sends drones the next).
    Demonstrations and violence against civilians are coded per day
    (``one_day_gap.per_day_event_types``): for two of them the same sub-event type is no
    bridge (a dispersed rally, then the next morning's arrests of its organisers read as
    another dispersed protest; a police shooting, then the next day's arrests in that town
    read as another police attack on civilians)."""
    rule = settings()["one_day_gap"]
    per_day = set(rule.get("per_day_event_types", ()))
    if a.sub_event_type == b.sub_event_type and not {a.event_type, b.event_type} <= per_day:
        return True
    kinds = set(rule["corroborating_actor_kinds"])
    if actor_score < 1.0 or not kinds:
        return False
    own = [x for x in named_actors(a) if actor_kind(x) in kinds]
    return any(actors_match(x, y) for x in own for y in named_actors(b) if actor_kind(y) in kinds)


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
    if located[0] or not by_country_only(a, b):
        return located
    country = a.country or b.country  # placed at the capital: anywhere in the country is possible
    return True, 0.1, f"{located[2]}; but one report locates it only in the country ({country})"


def _compare_located_places(a: Event, b: Event) -> tuple[bool, float, str]:
    if a.country and b.country and norm(a.country) != norm(b.country):
        return False, 0.0, f"different countries ({a.country} / {b.country})"
    if place_unknown(a) or place_unknown(b):
        if norm(a.country) == norm(b.country):
            return True, 0.1, "one report names no place: it cannot contradict the other"
        if not (a.country and b.country) and actor_countries_agree(a, b):
            return True, 0.05, "one report names no place or country: it must share the rest"
        return False, 0.0, "one report names no place or country"
    if max(a.geo_precision, b.geo_precision) >= 3 and a.admin1 and b.admin1:
        # A report that only knows the province is coded to its capital: compare provinces.
        if norm(a.admin1) == norm(b.admin1):
            return True, 0.5, f"same province ({a.admin1}); one report locates it only that far"
        return False, 0.0, f"different provinces ({a.admin1} / {b.admin1})"
    if settings()["namesakes"]["same_name_same_place"] and same_place_name(a, b):
        # One name in one country read by the gazetteer as two namesakes ("Bama"): one place.
        return True, 1.0, f"same place name ({a.location}) in {a.country}"
    distance = distance_km(a, b)
    if distance is not None:
        allowed = max(place_radius_km(a), place_radius_km(b))
        if distance <= allowed:
            reason = f"places {distance:.1f} km apart (≤ {allowed:g})"
            return True, 1.0 - distance / (allowed + 1), reason
        return False, 0.0, f"places {distance:.1f} km apart (> {allowed:g})"
    if a.location and norm(a.location) == norm(b.location):
        return True, 1.0, f"same location name ({a.location})"
    if a.admin1 and norm(a.admin1) == norm(b.admin1):
        # A place the gazetteer lacks (no coordinates) is known only as far as its province.
        return True, 0.4, f"same province ({a.admin1}); one place has no coordinates"
    return False, 0.0, "places cannot be compared (no coordinates, different names)"


def compatible_event_types(event_type: str) -> list[str]:
    """The event types a report of ``event_type`` may be merged with (itself included)."""
    partners = {t for pair in compatible_types() if event_type in pair for t in pair}
    extra = crackdown_types(event_type) | riot_damage_types(event_type)
    return sorted(partners | {event_type} | extra)


def _compare_types(a: Event, b: Event) -> tuple[bool, float, str]:
    if a.event_type == b.event_type:
        return True, 1.0, f"same event type ({a.event_type})"
    distinct = set(settings()["distinct_sub_event_types"])
    for own in (a, b):
        if own.sub_event_type in distinct:  # an abduction is not a report of the firefight
            return False, 0.0, f"{own.sub_event_type} is never another type's event"
    if frozenset((a.event_type, b.event_type)) in compatible_types():
        return True, 0.5, f"compatible event types ({a.event_type} / {b.event_type})"
    if crackdown_pair(a, b):
        return True, 0.5, "a crackdown read as an attack on civilians by the same state force"
    if riot_damage_pair(a, b):
        return True, 0.5, "looting or arson read by one outlet as the riot it happened in"
    return False, 0.0, f"incompatible event types ({a.event_type} / {b.event_type})"


def _compare_actors(a: Event, b: Event) -> tuple[bool, float, str]:
    """Every named actor of the less specific report must match a distinct one of the other."""
    fewer, more = sorted((named_actors(a), named_actors(b)), key=len)
    if not fewer:
        return True, 0.3, "actors: one report names no specific actor"
    unmatched = list(more)
    for actor in fewer:
        partner = next((other for other in unmatched if actors_match(actor, other)), None)
        partner = partner or next(
            (other for other in unmatched if coalition_and_member(actor, other)), None
        )
        if partner is None:
            return False, 0.0, f"actors disagree ({actor} has no counterpart in {', '.join(more)})"
        unmatched.remove(partner)
    return True, 1.0, f"actors agree ({', '.join(fewer)})"


def could_join(report: Event, fused: Event, by_place: bool = True) -> bool:
    """A cheap necessary condition for ``report`` joining the event ``fused`` was made from.

    The fused record copies its date fields from one member, its place fields from one member
    and its event type from one member, so a report that fails those checks against the fused
    record fails them against that member, and complete linkage would reject it anyway.
    """
    checks = [_compare_dates, _compare_types]
    # An area-level member may have been placed at the capital, and a report without a place
    # may take one from its text (place_from_text): the place decides only for the others.
    # A place named in the other's text (place_named_in_text) is checked with the texts.
    # Two named groups' fight may span a province (rival_groups), a named group's incident near
    # a town reaches further (group_reach): the fused record's actors may come from another
    # member than its place, so the place does not decide for it; nor for a border clash, whose
    # fused record may lie on the other side of the border (border_clash).
    if by_place and fused.geo_precision < 3 and not unplaced(report) \
            and not (between_groups(report) or may_reach(report) or may_cross(report)):  # fmt: skip
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
    decisions = [compare(report, member, text_of) for member in members]
    # A report without place or country that one member corroborates (a shared named actor,
    # texts naming the same village) needs the others only not to contradict it; a province-
    # level member's province gives way to a more precisely located member's agreement.
    agreed = [d for d in decisions if d.same]
    placed = any(d.same and m.geo_precision < 3 for d, m in zip(decisions, members, strict=True))
    tolerated = [d for d in decisions if d.place_only and placed]
    tolerated += night_spanned(report, members, decisions, text_of)
    if not agreed or not all(d.same or d.uncorroborated or d in tolerated for d in decisions):
        failed = next((d for d in decisions if not d.same), None)
        return failed or MergeDecision(False)
    best = max(agreed, key=lambda d: d.score)
    unique = any(d.place_only for d in tolerated) or any(d.needs_unique for d in agreed)
    reasons = best.reasons + tuple(dict.fromkeys(_tolerance_reason(d) for d in tolerated))
    score = sum(d.score for d in agreed) / len(decisions)
    return MergeDecision(True, score, reasons, needs_unique=unique)


def _tolerance_reason(decision: MergeDecision) -> str:
    if decision.place_only:
        return "a province-level member's province is overruled by a member located more precisely"
    return "a member dated the other day of one night's event: not two days' events"


def cluster_reports(reports: Sequence[Event], text_of: TextOf | None = None) -> list[list[int]]:
    """Group reports (in arrival order) into events; returns lists of indexes into ``reports``.

    The same incremental rule the store applies at ingest time: each report joins the
    best-scoring existing cluster it is compatible with, or starts its own; then the
    area-level reports its arrival concerns are re-decided (``store/regroup.py``).
    """
    clusters: list[list[int]] = []

    def fits(report: Event, members: list[Event]) -> MergeDecision:
        return joins_cluster(report, members, text_of)

    for index, report in enumerate(reports):
        decisions = [fits(report, [reports[i] for i in c]) for c in clusters]
        chosen = choose_event(report, decisions, [[reports[i] for i in c] for c in clusters])
        if chosen is None:
            clusters.append([index])
        else:
            clusters[chosen].append(index)
        regroup(reports, clusters, index, fits)
    return clusters


def choose_event(
    report: Event,
    decisions: Sequence[MergeDecision],
    members: Sequence[Sequence[Event]] | None = None,
) -> int | None:
    """The index of the best-scoring event the report may join, or None (a new event).

    A report placed only in its country cannot choose between several events that day in
    that country (a war's daily clashes between the same two forces): it starts its own; nor
    can one that some event would take only by a tolerance for area-level reports, unless
    exactly one of them gives its death toll. A report placed only in its province otherwise
    joins the event strictly more reports (``members``) describe (``store/regroup.py``).
    """
    return choose_home(report, decisions, members or [[]] * len(decisions))


def day_window(event: Event) -> tuple[date, date]:
    """The range of event days a candidate must fall in to possibly match ``event``."""
    from datetime import timedelta

    widest = timedelta(days=widest_date_tolerance())
    return event.event_date - widest, event.event_date + widest
