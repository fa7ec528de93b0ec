"""Event and fatality counts per day (and month) x country x admin1 x event type.

Maintained at write time: /stats reads these small tables instead of aggregating the events
table. ``rollup`` is per day, with the week and month keys stored beside the day so grouping
by them is plain SQL; ``rollup_month`` answers statistics over whole months, where the daily
table would have tens of times more rows to read.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateline.model import Event
from dateline.store.backend import Database

PERIODS = ("day", "week", "month")
_UPSERT = (
    "SET events = {table}.events + excluded.events, "
    "fatalities = {table}.fatalities + excluded.fatalities"
)


def period_keys(day: date) -> tuple[str, str, str]:
    """(day, week, month) keys: the ISO date, the Monday of its week, and YYYY-MM."""
    monday = day - timedelta(days=day.weekday())
    return day.isoformat(), monday.isoformat(), f"{day.year:04d}-{day.month:02d}"


def add_to_rollup(db: Database, event: Event, sign: int) -> None:
    """Count ``event`` in (+1) or out of (-1) both rollup tables."""
    day, week, month = period_keys(event.event_date)
    where = (event.country, event.admin1, event.event_type)
    db.execute(
        "INSERT INTO rollup (day, week, month, country, admin1, event_type, events, fatalities) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, country, admin1, event_type) DO UPDATE "
        + _UPSERT.format(table="rollup"),
        (day, week, month, *where, sign, sign * event.fatalities),
    )
    db.execute(
        "INSERT INTO rollup_month (month, country, admin1, event_type, events, fatalities) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (month, country, admin1, event_type) DO UPDATE "
        + _UPSERT.format(table="rollup_month"),
        (month, *where, sign, sign * event.fatalities),
    )
    if sign < 0:
        condition = "country = ? AND admin1 = ? AND event_type = ? AND events <= 0"
        db.execute(f"DELETE FROM rollup WHERE day = ? AND {condition}", (day, *where))
        db.execute(f"DELETE FROM rollup_month WHERE month = ? AND {condition}", (month, *where))


def whole_months(first: date | None, last: date | None) -> bool:
    """True when a date range starts and ends on month boundaries (or is open)."""
    starts = first is None or first.day == 1
    ends = last is None or (last + timedelta(days=1)).day == 1
    return starts and ends
