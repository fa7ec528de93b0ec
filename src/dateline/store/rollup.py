"""Event and fatality counts per day x country x admin1 x event type, kept at write time.

/stats reads this small table instead of aggregating the events table (a million events
fold into a few hundred thousand rows at most, and a filtered month view into far fewer).
Week and month keys are stored beside the day so that grouping by them is plain SQL.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateline.model import Event
from dateline.store.backend import Database

PERIODS = ("day", "week", "month")


def period_keys(day: date) -> tuple[str, str, str]:
    """(day, week, month) keys: the ISO date, the Monday of its week, and YYYY-MM."""
    monday = day - timedelta(days=day.weekday())
    return day.isoformat(), monday.isoformat(), f"{day.year:04d}-{day.month:02d}"


def add_to_rollup(db: Database, event: Event, sign: int) -> None:
    """Count ``event`` in (+1) or out of (-1) the rollup."""
    day, week, month = period_keys(event.event_date)
    db.execute(
        "INSERT INTO rollup (day, week, month, country, admin1, event_type, events, fatalities) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, country, admin1, event_type) DO UPDATE "
        "SET events = rollup.events + excluded.events, "
        "fatalities = rollup.fatalities + excluded.fatalities",
        (day, week, month, event.country, event.admin1, event.event_type, sign,
         sign * event.fatalities),
    )  # fmt: skip
    if sign < 0:
        db.execute(
            "DELETE FROM rollup WHERE day = ? AND country = ? AND admin1 = ? AND event_type = ? "
            "AND events <= 0",
            (day, event.country, event.admin1, event.event_type),
        )
