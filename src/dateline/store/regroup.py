"""Order-independent homes for area-level reports (issue #5, round 9).

A report placed only in its province or country ("in Lower Shabelle region", "in northern
Ghana") cannot tell apart two incidents of one day in that area, so it may join an event only
when the choice is clear. Before round 9 that was decided once, when the report arrived: a
communiqué that arrived while only ONE look-alike of its province was stored joined it, and
when the second look-alike (the incident it really described) arrived nothing revisited the
join (``corpus/dedup/reports6.jsonl``: precision 0.889 at worst over 20 arrival orders on the
records). Now the choice is a function of what is stored, re-made whenever a report arrives:

- the events an area-level report fits are found as at arrival (complete linkage, every
  tolerance), each without that report itself;
- one event fits: it joins that one; none: it stands alone;
- several fit: a country-level report, or one some event would take only by a tolerance for
  area-level reports (``MergeDecision.needs_unique``), stands alone (ambiguity blocks); a
  province-level report joins the event strictly more reports describe (a communiqué about a
  clash is about the one every outlet covered), and stands alone on a tie.

A report that is an event of its own (any precision) is re-decided the same way when an event
it fits changes (``revisit_single_reports``): as if it arrived now. Reports that found a home
stay.

``regroup`` applies this to in-memory clusters (``dedup.cluster_reports``); ``store/revisit.py``
to the stored events, moving a report whose home changed (recorded in its merge reason).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from dateline.model import Event
from dateline.store.area_level import country_level
from dateline.store.fields import norm, settings, widest_date_tolerance
from dateline.store.sub_types import area_level

if TYPE_CHECKING:  # dedup imports this module
    from dateline.store.dedup import MergeDecision

Fits = Callable[[Event, list[Event]], "MergeDecision"]

MAX_PASSES = 3  # a move changes two events' support; later moves settle in a pass or two


def choose_home(
    report: Event, decisions: Sequence[MergeDecision], members: Sequence[Sequence[Event]]
) -> int | None:
    """The index of the event ``report`` belongs to (None: an event of its own), given its
    merge decision with each candidate event and the reports each already holds."""
    joinable = [i for i, d in enumerate(decisions) if d.same]
    if len(joinable) < 2:
        return joinable[0] if joinable else None
    tolerated = any(decisions[i].needs_unique for i in joinable)
    if not tolerated and not area_level(report):
        return max(joinable, key=lambda i: decisions[i].score)
    rule = settings()["area_level_choice"]
    same_toll = [i for i in joinable if _gives_toll(report.fatalities, members[i])]
    if rule["same_death_toll"] and len(same_toll) == 1:
        return same_toll[0]
    kind = "country" if country_level(report) else "province"
    if tolerated or kind not in rule["best_supported"]:
        return None
    ranked = sorted(joinable, key=lambda i: len(members[i]), reverse=True)
    return ranked[0] if len(members[ranked[0]]) > len(members[ranked[1]]) else None


def _gives_toll(fatalities: int, members: Sequence[Event]) -> bool:
    """A member reports exactly this (non-zero) death toll: outlets differ on tolls, so an
    equal figure singles out the incident only where the look-alikes' figures differ."""
    return fatalities > 0 and any(m.fatalities == fatalities for m in members)


def may_host(report: Event, members: Sequence[Event]) -> bool:
    """Whether a re-decided report may move to an event of these members: a single report
    located more precisely than its area does not move to area-level reports standing alone
    (they decide their own home: following them would undo an ambiguity they stood apart for)."""
    return area_level(report) or any(not area_level(m) for m in members)


def revisited(report: Event, arrived: Event, alone: bool = False) -> bool:
    """Whether ``report``'s home may have changed when ``arrived`` was stored: it is
    area-level (or, with ``revisit_single_reports``, an event of its own), in the same
    country, and its day lies in the window of the arrival's."""
    single = alone and settings()["area_level_choice"].get("revisit_single_reports", False)
    if report is arrived or not (area_level(report) or single) or not arrived.country:
        return False
    if norm(report.country) != norm(arrived.country):
        return False
    return abs(report.event_date - arrived.event_date) <= timedelta(days=widest_date_tolerance())


def regroup(reports: Sequence[Event], clusters: list[list[int]], arrived: int, fits: Fits) -> None:
    """Re-decide, in place, the home of every area-level report that the arrival of
    ``reports[arrived]`` may concern (clusters hold indexes into ``reports``): one whose own
    cluster changed, or that fits a changed cluster; a move changes two clusters in turn."""
    if not settings()["area_level_choice"]["revisit"]:
        return
    concerned = [i for c in clusters for i in c
                 if revisited(reports[i], reports[arrived], alone=len(c) == 1)]  # fmt: skip
    changed = {_cluster_of(clusters, arrived)}
    for _ in range(MAX_PASSES):
        moved: set[int] = set()
        for index in concerned:
            if not area_level(reports[index]) and len(clusters[_cluster_of(clusters, index)]) > 1:
                continue  # a single report that found a home
            if _concerns(reports, clusters, index, changed, fits):
                moved |= _rehome(reports, clusters, index, fits)
        if not moved:
            break
        changed = moved
    clusters[:] = [c for c in clusters if c]


def _cluster_of(clusters: list[list[int]], index: int) -> int:
    return next(k for k, c in enumerate(clusters) if index in c)


def _concerns(
    reports: Sequence[Event], clusters: list[list[int]], index: int, changed: set[int],
    fits: Fits,
) -> bool:  # fmt: skip
    """The report's own cluster changed, or it fits a cluster that did."""
    current = _cluster_of(clusters, index)
    if current in changed:
        return True
    others = [[reports[i] for i in clusters[k]] for k in changed if k != current]
    return any(fits(reports[index], members).same for members in others if members)


def _rehome(
    reports: Sequence[Event], clusters: list[list[int]], index: int, fits: Fits
) -> set[int]:
    """Move one report to the home ``choose_home`` gives it now; the clusters it changed."""
    current = _cluster_of(clusters, index)
    keys, decisions, members = [], [], []
    for k, cluster in enumerate(clusters):
        others = [reports[i] for i in cluster if i != index]
        if others and may_host(reports[index], others):
            keys.append(k)
            decisions.append(fits(reports[index], others))
            members.append(others)
    chosen = choose_home(reports[index], decisions, members)
    target = None if chosen is None else keys[chosen]
    if target == current or (target is None and clusters[current] == [index]):
        return set()
    clusters[current].remove(index)
    if target is None:
        clusters.append([])
        target = len(clusters) - 1
    clusters[target].append(index)
    return {current, target}
