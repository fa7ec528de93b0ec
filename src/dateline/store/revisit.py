"""Re-deciding stored area-level reports when a report arrives (issue #5, round 9).

Reports that are an event of their own are re-decided too (``revisit_single_reports``): one
that arrived before the reports it belongs with could join them only through a tolerance that
needs them stored (a province-level member overruled by a located one), and arrival order
should not decide that.

``store/homes.py`` gives the rule and the re-deciding loop (shared with the in-memory clusters
of ``store/regroup.py``); this module is its data access for the stored events, inside the
transaction of the article being ingested (so readers see either the state before the article
or after it and every move it caused, and a killed ingest loses both). Only the area-level
reports of the arriving report's country and date window are revisited, each against the
events its own candidate search finds; a report placed by a reviewer (split or merged) or
repeated from a syndicated copy is never moved by the rules (a copy follows its original).

A move is recorded in the report's merge reason (``dateline events show``), and is reversible
like any merge (``review merge`` / ``review split``).
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.model import Event
from dateline.store.area_level import country_level
from dateline.store.backend import Database, Row
from dateline.store.codec import event_from_json
from dateline.store.dedup import MergeDecision, could_join, day_window, joins_cluster
from dateline.store.fields import settings
from dateline.store.homes import revisited, settle
from dateline.store.ingest import (
    article_texts,
    candidate_events,
    new_event_id,
    refresh_event,
)
from dateline.store.mentions import TextOf
from dateline.store.sub_types import area_level

REVIEWED = ("split from ", "merged from ")  # merge reasons of a reviewer's placement
COPY = "syndicated copy of "
STORED_REPORTS = (  # a report's record, its event, why it is there, and its event's size
    "SELECT r.record, r.event_id, r.merge_reason, e.n_reports FROM reports r "
    "JOIN events e ON e.event_id = r.event_id"
)


@dataclass(frozen=True, slots=True)
class Stored:
    """A stored report: its record, its event and why it is there."""

    record: Event
    event_id: str
    reason: str
    alone: bool = False  # the only report of its event


def settle_area_reports(
    db: Database, arrived: Event, event_id: str, removed: bool = False
) -> None:
    """Move every area-level report whose home changed now that ``arrived`` is stored in
    ``event_id``: one whose own event changed, or that fits an event that did (a move
    changes two events in turn). ``removed``: ``arrived`` was taken out of ``event_id``
    (an updated article): every area-level report of its country and window is re-decided
    in the first pass (one that stood apart because of the event it left may now fit one)."""
    if not settings()["area_level_choice"]["revisit"]:
        return
    concerned = [s for s in _area_reports(db, arrived) if revisited(s.record, arrived, s.alone)]
    verb = "removed" if removed else "stored"
    # article texts read lazily, once per settle: moves change no article text
    homes = StoredHomes(db, article_texts(db), f"{arrived.event_id} was {verb}")
    settle(homes, concerned, {event_id}, everyone=removed)


class StoredHomes:
    """``store/homes.py``'s interface over the stored events: a report is a ``Stored`` row, a
    home an event id."""

    def __init__(self, db: Database, text_of: TextOf, when: str) -> None:
        self.db, self.text_of, self.when = db, text_of, when
        self.fused: dict[str, Event] = {}

    def record(self, report: Stored) -> Event:
        return report.record

    def home(self, report: Stored) -> str:
        return report.event_id

    def alone(self, report: Stored) -> bool:
        return report.alone

    def current(self, report: Stored) -> Stored | None:
        return _current(self.db, report)

    def begin_pass(self, changed: set[str]) -> None:
        self.fused = _fused(self.db, changed)

    def concerns(self, report: Stored, changed: set[str]) -> bool:
        return _concerns(self.db, report, self.fused, self.text_of)

    def hosts(self, report: Stored) -> list[tuple[str, list[Event]]]:
        own = report.record
        kept_apart = {
            str(r["event_id"])
            for r in self.db.query(
                "SELECT event_id FROM keep_apart WHERE report_id = ?", (own.event_id,)
            )
        }
        candidates = [e for e in candidate_events(self.db, own) if e not in kept_apart]
        if report.event_id not in candidates:
            candidates.append(report.event_id)
        return [(event_id, _others(self.db, event_id, own)) for event_id in candidates]

    def fits(self, report: Stored, members: list[Event]) -> MergeDecision:
        return joins_cluster(report.record, members, self.text_of)

    def move(
        self, report: Stored, target: str | None, fitting: list[str], chosen: MergeDecision | None
    ) -> str:
        own = report.record
        reasons = chosen.reasons if chosen is not None else ()
        why = _why(own, self.when, target, fitting, reasons)
        target = target or new_event_id(self.db, own.event_id)
        _move(self.db, report, target, why)
        return target


def _fused(db: Database, event_ids: set[str]) -> dict[str, Event]:
    """The fused machine records of these events (deleted ones left out)."""
    found = {}
    for event_id in sorted(event_ids):
        row = db.query_one(
            "SELECT record, machine_record FROM events WHERE event_id = ?", (event_id,)
        )
        if row is not None:
            found[event_id] = event_from_json(row["machine_record"] or row["record"])
    return found


def _area_reports(db: Database, arrived: Event) -> list[Stored]:
    """The area-level reports of events in the arrival's country and date window that the
    rules placed (the JSON test only skips parsing the others), and (with
    ``revisit_single_reports``) the reports that are an event of their own among the
    arrival's candidate events (a single report can fit the arrival's event only there)."""
    first, last = day_window(arrived)
    rows = db.query(
        f"{STORED_REPORTS} WHERE e.country = ? AND e.event_date BETWEEN ? AND ? "
        "AND r.report_id <> ? AND r.record LIKE ? ORDER BY r.created_at, r.report_id",
        (arrived.country, first.isoformat(), last.isoformat(), arrived.event_id,
         '%"geo_precision": 3%'),
    )  # fmt: skip
    if settings()["area_level_choice"].get("revisit_single_reports"):
        rows += _single_reports(db, arrived)
    stored = [_stored(row) for row in rows if not str(row["merge_reason"]).startswith(REVIEWED)]
    unique = {s.record.event_id: s for s in stored if not s.reason.startswith(COPY)}
    return list(unique.values())


def _single_reports(db: Database, arrived: Event) -> list[Row]:
    rows = []
    for event_id in candidate_events(db, arrived):
        row = db.query_one(
            f"{STORED_REPORTS} WHERE e.event_id = ? AND e.n_reports = 1 AND r.report_id <> ?",
            (event_id, arrived.event_id),
        )
        if row is not None:
            rows.append(row)
    return rows


def _current(db: Database, report: Stored) -> Stored | None:
    """The report as stored now (an earlier move in this pass may have moved it)."""
    row = db.query_one(
        f"{STORED_REPORTS} WHERE r.report_id = ?",
        (report.record.event_id,),
    )
    return None if row is None else _stored(row)


def _concerns(db: Database, report: Stored, fused: dict[str, Event], text_of: TextOf) -> bool:
    """Its own event changed, or it fits one that did (``could_join`` first: a cheap
    necessary condition on the fused record's dates and type)."""
    if report.event_id in fused:
        return True
    for event_id, record in fused.items():
        # an area-level report may have its province overruled: dates and type only
        if not could_join(report.record, record, by_place=not area_level(report.record)):
            continue
        others = _others(db, event_id, report.record)
        if others and joins_cluster(report.record, others, text_of).same:
            return True
    return False


def _stored(row: Row) -> Stored:
    return Stored(event_from_json(row["record"]), str(row["event_id"]), str(row["merge_reason"]),
                  int(row["n_reports"]) == 1)  # fmt: skip


def _others(db: Database, event_id: str, own: Event) -> list[Event]:
    """An event's reports other than ``own`` and the syndicated copies of its article."""
    rows = db.query(
        "SELECT record, merge_reason FROM reports WHERE event_id = ? "
        "ORDER BY created_at, report_id",
        (event_id,),
    )
    copy = f"{COPY}{own.article_id} "
    records = [event_from_json(r["record"]) for r in rows if not r["merge_reason"].startswith(copy)]
    return [r for r in records if r.event_id != own.event_id]


def _why(
    own: Event, when: str, target: str | None, fitting: list[str], reasons: tuple[str, ...]
) -> str:
    if area_level(own):
        area = "country" if country_level(own) else "province"
        head = f"re-decided when {when}: placed only in its {area}"
    else:  # a report that was an event of its own until an event it fits changed
        head = f"re-decided when {when}: an event of its own until then"
    if target is None:
        return (f"{head}, it fits several events ({', '.join(fitting)}) and none singled out "
                "(by its death toll, or by more reports): an event of its own")  # fmt: skip
    return f"{head}, it belongs to {target}: " + "; ".join(reasons)


def _move(db: Database, report: Stored, event_id: str, reason: str) -> None:
    """Move the report and its syndicated copies to ``event_id``; re-fuse both events."""
    db.execute(
        "UPDATE reports SET event_id = ?, merge_reason = ? WHERE report_id = ?",
        (event_id, reason, report.record.event_id),
    )
    copy = f"{COPY}{report.record.article_id} "
    for row in db.query(
        "SELECT report_id, merge_reason FROM reports WHERE event_id = ?", (report.event_id,)
    ):
        if str(row["merge_reason"]).startswith(copy):  # a copy follows its original
            db.execute(
                "UPDATE reports SET event_id = ? WHERE report_id = ?", (event_id, row["report_id"])
            )
    refresh_event(db, report.event_id)
    refresh_event(db, event_id)
