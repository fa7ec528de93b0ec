"""A reviewer's changes: field corrections, splitting a report off an event, merging two events.

Corrections never overwrite the machine's values: they are rows in ``corrections`` (who,
when, from what, to what) applied on top of the fused machine record every time the event
is re-fused, so later reports still update what the reviewer did not touch. A split moves a
report to a new event and remembers that it must stay apart from the old one.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from dateline.store.backend import Database
from dateline.store.codec import event_from_json, event_to_dict
from dateline.store.implied_fields import implied_changes
from dateline.store.ingest import insert_report, new_event_id, now, refresh_event
from dateline.taxonomy import sub_event_types

# Fields a reviewer may correct, with the Python type their value must have.
EDITABLE_FIELDS: dict[str, type | tuple[type, ...]] = {
    "event_date": str, "time_precision": int, "sub_event_type": str, "actor1": str,
    "assoc_actor_1": str, "inter1": int, "actor2": str, "assoc_actor_2": str, "inter2": int,
    "country": str, "admin1": str, "admin2": str, "admin3": str, "location": str,
    "latitude": (int, float), "longitude": (int, float), "geo_precision": int,
    "fatalities": int, "notes": str, "tags": str, "civilian_targeting": str, "disputed": bool,
}  # fmt: skip


class ReviewError(ValueError):
    """A correction or split that cannot be applied, with the reason."""


def validate_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Checked changes, with the taxonomy fields that follow from a new sub-event type."""
    if not changes:
        raise ReviewError("no changes given")
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        expected = EDITABLE_FIELDS.get(name)
        if expected is None:
            raise ReviewError(
                f"field {name!r} cannot be corrected; editable: {', '.join(EDITABLE_FIELDS)}"
            )
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ReviewError(f"field {name!r} has the wrong type ({type(value).__name__})")
        checked[name] = _checked_value(name, value)
    if "sub_event_type" in checked:
        entry = sub_event_types()[checked["sub_event_type"]]
        checked["event_type"], checked["disorder_type"] = entry.event_type, entry.disorder_type
    return checked


def _checked_value(name: str, value: Any) -> Any:
    if name == "event_date":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise ReviewError(f"event_date {value!r} is not a date (YYYY-MM-DD)") from None
    if name == "sub_event_type" and value not in sub_event_types():
        raise ReviewError(f"unknown sub_event_type {value!r}")
    if name in ("time_precision", "geo_precision") and value not in (1, 2, 3):
        raise ReviewError(f"{name} must be 1, 2 or 3")
    if name in ("inter1", "inter2") and not 0 <= value <= 8:
        raise ReviewError(f"{name} must be an ACLED actor type code 0..8")
    if name == "fatalities" and value < 0:
        raise ReviewError("fatalities cannot be negative")
    if (
        name == "latitude"
        and not -90 <= value <= 90
        or name == "longitude"
        and not -180 <= value <= 180
    ):
        raise ReviewError(f"{name} {value} is out of range")
    return value


def correct_event(
    db: Database, event_id: str, changes: dict[str, Any], reviewer: str, note: str = ""
) -> None:
    """Record a reviewer's corrections to an event and apply them."""
    checked = validate_changes(changes)
    with db.transaction():
        row = db.query_one(
            "SELECT record, machine_record FROM events WHERE event_id = ?", (event_id,)
        )
        if row is None:
            raise KeyError(event_id)
        current = event_to_dict(event_from_json(row["record"]))
        machine = event_to_dict(event_from_json(row["machine_record"] or row["record"]))
        # What a change implies (a country's iso and region, a location's geonameid) is
        # recorded beside it, so the corrected record never mixes old and new facts.
        checked |= implied_changes(checked, current, machine)
        for name, value in checked.items():
            db.execute(
                "INSERT INTO corrections (correction_id, event_id, field, old_value, new_value, "
                "reviewer, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (uuid.uuid4().hex, event_id, name, json.dumps(current.get(name)),
                 json.dumps(value), reviewer, note, now()),
            )  # fmt: skip
        refresh_event(db, event_id)


def split_report(db: Database, event_id: str, report_id: str, reviewer: str) -> str:
    """Move one report off an event into a new event of its own; returns the new event's id."""
    with db.transaction():
        row = db.query_one(
            "SELECT record FROM reports WHERE report_id = ? AND event_id = ?", (report_id, event_id)
        )
        if row is None:
            raise ReviewError(f"report {report_id!r} is not part of event {event_id!r}")
        members = db.query_one("SELECT COUNT(*) AS n FROM reports WHERE event_id = ?", (event_id,))
        if members is None or int(members["n"]) < 2:
            raise ReviewError(f"event {event_id!r} has a single report: nothing to split")
        new_id = new_event_id(db, report_id)
        db.execute("DELETE FROM reports WHERE report_id = ?", (report_id,))
        reason = f"split from {event_id} by {reviewer}"
        insert_report(db, event_from_json(row["record"]), new_id, reason)
        db.execute(
            "INSERT INTO keep_apart (report_id, event_id, reviewer, created_at) "
            "VALUES (?, ?, ?, ?)",
            (report_id, event_id, reviewer, now()),
        )
        refresh_event(db, event_id)
        refresh_event(db, new_id)
    return new_id


def merge_events(db: Database, keep_id: str, other_id: str, reviewer: str) -> None:
    """Fold every report of ``other_id`` into ``keep_id`` (a merge the rules missed)."""
    if keep_id == other_id:
        raise ReviewError("cannot merge an event with itself")
    with db.transaction():
        for event_id in (keep_id, other_id):
            if db.query_one("SELECT 1 AS ok FROM events WHERE event_id = ?", (event_id,)) is None:
                raise KeyError(event_id)
        db.execute(
            "UPDATE reports SET event_id = ?, merge_reason = ? WHERE event_id = ?",
            (keep_id, f"merged from {other_id} by {reviewer}", other_id),
        )
        db.execute("DELETE FROM keep_apart WHERE event_id IN (?, ?)", (keep_id, other_id))
        refresh_event(db, other_id)
        refresh_event(db, keep_id)
