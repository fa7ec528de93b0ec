"""Re-deciding where reports belong: one algorithm over two kinds of homes (issue #5, round 10).

Round 9 re-decides the home of area-level reports (and of reports standing alone) whenever a
report arrives (``store/regroup.py`` gives the rule). It ran twice over: on in-memory clusters
(``dedup.cluster_reports``, the scoring and the tests) and on the stored events
(``store/revisit.py``, inside the ingest transaction), two copies of one loop that could drift
apart. The loop is written once here, over a small ``Homes`` interface that each data access
implements: which reports are concerned, whether a report's home changed or it fits an event
that did, the candidate homes with their other members, and the move itself.

A pass re-decides every concerned report whose own home changed or that fits a changed home; a
move changes two homes, which the next pass looks at (``MAX_PASSES`` at most: moves settle in
a pass or two).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol, TypeVar

from dateline.model import Event
from dateline.store.area_level import country_level
from dateline.store.fields import norm, settings, widest_date_tolerance
from dateline.store.sub_types import area_level

if TYPE_CHECKING:  # dedup imports regroup, which imports this module
    from dateline.store.dedup import MergeDecision

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
    country (or, with ``revisit_unplaced_reports``, an event of its own without place or
    country: it may be any country's), and its day lies in the window of the arrival's."""
    rule = settings()["area_level_choice"]
    single = alone and rule.get("revisit_single_reports", False)
    if report is arrived or not (area_level(report) or single):
        return False
    unplaced = single and not report.country and rule.get("revisit_unplaced_reports", False)
    if not unplaced and (not arrived.country or norm(report.country) != norm(arrived.country)):
        return False
    return abs(report.event_date - arrived.event_date) <= timedelta(days=widest_date_tolerance())


Key = TypeVar("Key", bound=Hashable)  # a home: a cluster index, a stored event id
Handle = TypeVar("Handle")  # a report as the data access knows it


class Homes(Protocol[Handle, Key]):
    """What the algorithm needs to know about, and do to, the reports and their homes."""

    def record(self, report: Handle) -> Event: ...

    def home(self, report: Handle) -> Key: ...

    def alone(self, report: Handle) -> bool:
        """The report is the only one of its home."""
        ...

    def current(self, report: Handle) -> Handle | None:
        """The report as it stands now (None: gone), after earlier moves."""
        ...

    def begin_pass(self, changed: set[Key]) -> None:
        """A pass over the homes in ``changed`` starts (prepare what ``concerns`` reads)."""
        ...

    def concerns(self, report: Handle, changed: set[Key]) -> bool:
        """The report's own home changed, or it fits a home that did."""
        ...

    def hosts(self, report: Handle) -> list[tuple[Key, list[Event]]]:
        """The homes the report could belong to, each with its members other than the report."""
        ...

    def fits(self, report: Handle, members: list[Event]) -> MergeDecision: ...

    def move(
        self, report: Handle, target: Key | None, fitting: list[Key], chosen: MergeDecision | None
    ) -> Key:
        """Move the report to ``target`` (None: a home of its own); returns its new home."""
        ...


def settle(
    homes: Homes[Handle, Key], concerned: Sequence[Handle], changed: set[Key],
    everyone: bool = False,
) -> None:  # fmt: skip
    """Re-decide the homes of ``concerned`` reports after the homes in ``changed`` changed;
    ``everyone``: every area-level one is re-decided in the first pass (a report was taken
    out of a home, so one that stood apart because of it may now fit)."""
    stale = False
    for _ in range(MAX_PASSES):
        moved: set[Key] = set()
        homes.begin_pass(changed)
        for handle in concerned:
            report = homes.current(handle) if stale or moved else handle
            if report is None:
                continue  # gone
            area = area_level(homes.record(report))
            if not (area or homes.alone(report)):
                continue  # a single report that found a home
            if (everyone and area) or homes.concerns(report, changed):
                moved |= rehome(homes, report)
        if not moved:
            return
        changed, stale, everyone = moved, True, False


def rehome(homes: Homes[Handle, Key], report: Handle) -> set[Key]:
    """Move one report to the home ``choose_home`` gives it now; the homes it changed."""
    own, current = homes.record(report), homes.home(report)
    keys: list[Key] = []
    decisions: list[MergeDecision] = []
    members: list[list[Event]] = []
    for key, others in homes.hosts(report):
        if others and may_host(own, others):
            keys.append(key)
            decisions.append(homes.fits(report, others))
            members.append(others)
    chosen = choose_home(own, decisions, members)
    target = None if chosen is None else keys[chosen]
    if target == current or (target is None and current not in keys):
        return set()  # where it is (alone, or in the home chosen)
    fitting = [k for k, d in zip(keys, decisions, strict=True) if d.same]
    new_home = homes.move(report, target, fitting, None if chosen is None else decisions[chosen])
    return {current, new_home}
