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

The rule and the re-deciding loop are in ``store/homes.py`` (round 10: one algorithm over a
small interface); ``regroup`` applies it to in-memory clusters (``dedup.cluster_reports``),
``store/revisit.py`` to the stored events, moving a report whose home changed (recorded in its
merge reason).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dateline.model import Event
from dateline.store.fields import settings
from dateline.store.homes import revisited, settle

if TYPE_CHECKING:  # dedup imports this module
    from dateline.store.dedup import MergeDecision

Fits = Callable[[Event, list[Event]], "MergeDecision"]

def regroup(reports: Sequence[Event], clusters: list[list[int]], arrived: int, fits: Fits) -> None:
    """Re-decide, in place, the home of every area-level report that the arrival of
    ``reports[arrived]`` may concern (clusters hold indexes into ``reports``): one whose own
    cluster changed, or that fits a changed cluster; a move changes two clusters in turn."""
    if not settings()["area_level_choice"]["revisit"]:
        return
    concerned = [i for c in clusters for i in c
                 if revisited(reports[i], reports[arrived], alone=len(c) == 1)]  # fmt: skip
    homes = ClusterHomes(reports, clusters, fits)
    settle(homes, concerned, {homes.home(arrived)})
    clusters[:] = [c for c in clusters if c]


class ClusterHomes:
    """``store/homes.py``'s interface over in-memory clusters: a report is its index into
    ``reports``, a home the index of its cluster (emptied clusters stay until the end, so
    that indexes keep their meaning)."""

    def __init__(self, reports: Sequence[Event], clusters: list[list[int]], fits: Fits) -> None:
        self.reports, self.clusters, self._fits = reports, clusters, fits

    def record(self, report: int) -> Event:
        return self.reports[report]

    def home(self, report: int) -> int:
        return next(k for k, c in enumerate(self.clusters) if report in c)

    def alone(self, report: int) -> bool:
        return len(self.clusters[self.home(report)]) == 1

    def current(self, report: int) -> int:
        return report  # an index always names the report as it stands

    def begin_pass(self, changed: set[int]) -> None:
        return None  # the clusters are at hand

    def concerns(self, report: int, changed: set[int]) -> bool:
        current = self.home(report)
        if current in changed:
            return True
        others = [self._members(k) for k in changed if k != current]
        return any(self._fits(self.reports[report], members).same for members in others if members)

    def hosts(self, report: int) -> list[tuple[int, list[Event]]]:
        clusters = enumerate(self.clusters)
        return [(k, [self.reports[i] for i in c if i != report]) for k, c in clusters]

    def fits(self, report: int, members: list[Event]) -> MergeDecision:
        return self._fits(self.reports[report], members)

    def move(
        self, report: int, target: int | None, fitting: list[int], chosen: MergeDecision | None
    ) -> int:
        self.clusters[self.home(report)].remove(report)
        if target is None:
            self.clusters.append([])
            target = len(self.clusters) - 1
        self.clusters[target].append(report)
        return target

    def _members(self, key: int) -> list[Event]:
        return [self.reports[i] for i in self.clusters[key]]
