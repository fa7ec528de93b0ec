"""Reading the store: filtered event lists, one event with its sources, articles, statistics.

The same ``EventFilter`` serves the CLI (``dateline events``, ``dateline export``) and the
REST API, so that a filter means the same thing everywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.gazetteer.countries import country_by_name
from dateline.model import Event
from dateline.store.backend import Database, Row
from dateline.store.codec import event_from_json
from dateline.store.rollup import PERIODS, whole_months
from dateline.store.schema import PG_TEXT_VECTOR

SORT_COLUMNS = ("event_date", "fatalities", "n_reports", "country", "updated_at", "event_id")
STATS_GROUPS = ("country", "admin1", "event_type")
PAGE_LIMIT_MAX = 1000



def bbox_corners(value: str) -> tuple[float, float, float, float]:
    """The box spanned by two corners (in either order): min_lon, min_lat, max_lon, max_lat.
    ValueError unless ``value`` is four comma-separated numbers (the API and CLI word it)."""
    lon1, lat1, lon2, lat2 = (float(p) for p in value.split(","))
    return min(lon1, lon2), min(lat1, lat2), max(lon1, lon2), max(lat1, lat2)


def acled_countries(values: list[str]) -> tuple[str, ...]:
    """Countries under ACLED's names ('nigeria', 'DRC', 'CIV', 'NG' -> the stored spelling); a name
    the table does not know is kept as given (a reviewer may have typed it into an event)."""
    names = []
    for value in values:
        try:
            names.append(acled_country(value))
        except ValueError:
            names.append(value)
    return tuple(names)


def acled_country(value: str) -> str:
    """The ACLED name of a country given by name, alias, demonym, ISO3 or ISO2 in any case
    ('nigeria', 'NG', 'DRC' -> 'Democratic Republic of Congo'); "" stays "" (no country). An
    unknown name is a ValueError naming the closest country: a correction to 'nigeria' or
    'Nigria' would take the event out of every --country Nigeria list and export."""
    from dateline.gazetteer.countries import all_countries, country_by_iso2

    if not value.strip():
        return ""
    country = country_by_name(value.strip())
    if country is None and len(value.strip()) == 2:  # GeoNames' and most feeds' ISO2 ('NG')
        country = country_by_iso2(value.strip().upper())
    if country is not None:
        return country.name
    hint = did_you_mean(value.strip().title(), [c.name for c in all_countries()])
    known = "give an ACLED name, alias, ISO3 or ISO2 code"
    raise ValueError(f"unknown country {value!r}; {hint}{known}")


def did_you_mean(value: str, names: Sequence[str]) -> str:
    """The hint naming the valid name a typo most likely meant ("did you mean 'X'? "), or ""."""
    import difflib

    close = difflib.get_close_matches(value, names, n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}? " if close else ""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Conditions on canonical events; every field is optional and they combine with AND."""

    date_from: date | None = None
    date_to: date | None = None
    country: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_type: tuple[str, ...] = ()
    sub_event_type: tuple[str, ...] = ()
    actor: str | None = None  # substring of actor1 or actor2, case-insensitive
    text: str | None = None  # words (all of them) in notes, location or actors, full-text
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat

    def where(self, dialect: str = "sqlite") -> tuple[str, list[Any]]:
        """A SQL WHERE clause (or '') and its parameters, for ``dialect``'s text search."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from:
            clauses.append("event_date >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append("event_date <= ?")
            params.append(self.date_to.isoformat())
        for column in ("country", "admin1", "event_type", "sub_event_type"):
            values = getattr(self, column)
            if values:
                clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(values)
        self._add_text_clauses(clauses, params, dialect)
        if self.bbox:
            clauses.append("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?")
            min_lon, min_lat, max_lon, max_lat = self.bbox
            params.extend([min_lon, max_lon, min_lat, max_lat])
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _add_text_clauses(self, clauses: list[str], params: list[Any], dialect: str) -> None:
        if self.actor:
            clauses.append("(LOWER(actor1) LIKE ? OR LOWER(actor2) LIKE ?)")
            params.extend([_like(self.actor)] * 2)
        if self.text:
            words = text_words(self.text)
            if not words:  # nothing searchable (punctuation only): matches nothing
                clauses.append("1 = 0")
            elif dialect == "postgresql":
                clauses.append(f"{PG_TEXT_VECTOR} @@ plainto_tsquery('simple', ?)")
                params.append(" ".join(words))
            else:
                clauses.append(
                    "rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
                )
                params.append(" ".join(f'"{w}"' for w in words))

    @property
    def rollup_only(self) -> bool:
        """True when the rollup table can answer (no actor, text or bbox conditions)."""
        return not (self.actor or self.text or self.bbox or self.sub_event_type)


def text_words(text: str) -> list[str]:
    """The words of a text query: letters and digits (FTS5 and ``plainto_tsquery`` both read
    several words as all of them; quoting each keeps FTS5 operators out of user input)."""
    return re.findall(r"\w+", text.casefold())


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "").replace("%", "").replace("_", " ")
    return f"%{escaped.strip()}%"


LIST_COLUMNS = (
    "event_id, event_date, country, admin1, location, event_type, sub_event_type, actor1, "
    "actor2, fatalities, n_reports, latitude, longitude, reviewed"
)


def list_events(
    db: Database, flt: EventFilter, sort: str = "-event_date", limit: int = 50, offset: int = 0
) -> list[Row]:
    """One page of event summaries. ``sort`` is a column name, ``-`` prefixed for descending."""
    where, params = flt.where(db.dialect)
    order = _order_by(sort)
    limit = max(0, min(limit, PAGE_LIMIT_MAX))
    sql = f"SELECT {LIST_COLUMNS} FROM events{where} ORDER BY {order} LIMIT ? OFFSET ?"
    # SQLite stores the flag as 0/1: every reader (CLI --json, API) gets true/false, as get_event.
    rows = db.query(sql, [*params, limit, max(0, offset)])
    return [{**row, "reviewed": bool(row["reviewed"])} for row in rows]


def _order_by(sort: str) -> str:
    column = sort.lstrip("-+")
    if column not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {column!r}; choose one of {', '.join(SORT_COLUMNS)}")
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"{column} {direction}, event_id {direction}"


def page_records(
    db: Database, flt: EventFilter, sort: str = "-event_date", limit: int = 50, offset: int = 0
) -> list[Event]:
    """One page of full event records (for CSV/GeoJSON responses)."""
    where, params = flt.where(db.dialect)
    limit = max(0, min(limit, PAGE_LIMIT_MAX))
    sql = f"SELECT record FROM events{where} ORDER BY {_order_by(sort)} LIMIT ? OFFSET ?"
    return [event_from_json(r["record"]) for r in db.query(sql, [*params, limit, max(0, offset)])]


def count_events(db: Database, flt: EventFilter) -> int:
    where, params = flt.where(db.dialect)
    row = db.query_one(f"SELECT COUNT(*) AS n FROM events{where}", params)
    return int(row["n"]) if row else 0


def iter_events(
    db: Database, flt: EventFilter, sort: str = "event_date", batch: int = 1000
) -> Iterator[Event]:
    """Every matching event as a full record (for exports), read in keyset-free batches."""
    where, params = flt.where(db.dialect)
    order = _order_by(sort)
    offset = 0
    while True:
        rows = db.query(
            f"SELECT record FROM events{where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, batch, offset],
        )
        for row in rows:
            yield event_from_json(row["record"])
        if len(rows) < batch:
            return
        offset += batch


def get_event(db: Database, event_id: str) -> dict[str, Any] | None:
    """An event with its contributing reports (sources, evidence, merge reasons) and corrections."""
    row = db.query_one("SELECT * FROM events WHERE event_id = ?", (event_id,))
    if row is None:
        return None
    return {
        "event": json.loads(row["record"]),
        "machine": json.loads(row["machine_record"] or row["record"]),
        "reviewed": bool(row["reviewed"]),
        "sources": event_sources(db, event_id),
        "corrections": event_corrections(db, event_id),
    }


def event_sources(db: Database, event_id: str) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT r.report_id, r.article_id, r.record, r.merge_reason, r.created_at, a.title, "
        "a.source, a.url, a.published FROM reports r LEFT JOIN articles a "
        "ON a.article_id = r.article_id WHERE r.event_id = ? ORDER BY r.created_at, r.report_id",
        (event_id,),
    )
    sources = []
    for row in rows:
        report = json.loads(row.pop("record"))
        row["report"] = {k: report[k] for k in _REPORT_SUMMARY if k in report}
        row["evidence"] = report.get("evidence", [])
        sources.append(row)
    return sources


_REPORT_SUMMARY = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "latitude", "longitude", "geo_precision", "fatalities", "disputed",
)  # fmt: skip


def event_corrections(db: Database, event_id: str) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT field, old_value, new_value, reviewer, note, created_at FROM corrections "
        "WHERE event_id = ? ORDER BY created_at, correction_id",
        (event_id,),
    )
    for row in rows:
        row["old_value"] = json.loads(row["old_value"]) if row["old_value"] is not None else None
        row["new_value"] = json.loads(row["new_value"]) if row["new_value"] is not None else None
    return rows


def get_article(db: Database, article_id: str) -> dict[str, Any] | None:
    row = db.query_one("SELECT * FROM articles WHERE article_id = ?", (article_id,))
    if row is None:
        return None
    events = db.query(
        "SELECT DISTINCT event_id FROM reports WHERE article_id = ? ORDER BY event_id",
        (article_id,),
    )
    row["event_ids"] = [str(e["event_id"]) for e in events]
    return row


def stats(
    db: Database, flt: EventFilter, period: str = "month", group: str = "country"
) -> list[Row]:
    """Event and fatality counts per period (day|week|month) x group (country|admin1|event_type)."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    if group not in STATS_GROUPS:
        raise ValueError(f"group must be one of {', '.join(STATS_GROUPS)}")
    if not flt.rollup_only:
        return _stats_from_events(db, flt, period, group)
    monthly = period == "month" and whole_months(flt.date_from, flt.date_to)
    table = "rollup_month" if monthly else "rollup"
    where, params = _rollup_where(flt, "month" if monthly else "day")
    sql = (f"SELECT {period} AS period, {group} AS grp, SUM(events) AS events, "
           f"SUM(fatalities) AS fatalities FROM {table}{where} GROUP BY {period}, {group} "
           f"ORDER BY {period}, {group}")  # fmt: skip
    return [_stat_row(r) for r in db.query(sql, params)]


def _rollup_where(flt: EventFilter, key: str) -> tuple[str, list[Any]]:
    """Conditions on a rollup table whose time key is ``day`` (ISO date) or ``month`` (YYYY-MM)."""
    clauses: list[str] = []
    params: list[Any] = []
    for bound, operator in ((flt.date_from, ">="), (flt.date_to, "<=")):
        if bound:
            clauses.append(f"{key} {operator} ?")
            params.append(bound.isoformat() if key == "day" else bound.isoformat()[:7])
    for column in ("country", "admin1", "event_type"):
        values = getattr(flt, column)
        if values:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _stats_from_events(db: Database, flt: EventFilter, period: str, group: str) -> list[Row]:
    """The slow path for filters the rollup cannot answer: aggregate matching events by day."""
    from dateline.store.rollup import period_keys

    where, params = flt.where(db.dialect)
    rows = db.query(
        f"SELECT event_date, {group} AS grp, COUNT(*) AS events, SUM(fatalities) AS fatalities "
        f"FROM events{where} GROUP BY event_date, {group}",
        params,
    )
    totals: dict[tuple[str, str], list[int]] = {}
    index = PERIODS.index(period)
    for row in rows:
        key = (period_keys(date.fromisoformat(row["event_date"]))[index], row["grp"])
        total = totals.setdefault(key, [0, 0])
        total[0] += int(row["events"])
        total[1] += int(row["fatalities"] or 0)
    return [
        {"period": p, "group": g, "events": n, "fatalities": f}
        for (p, g), (n, f) in sorted(totals.items())
    ]


def _stat_row(row: Row) -> Row:
    return {
        "period": row["period"], "group": row["grp"],
        "events": int(row["events"] or 0), "fatalities": int(row["fatalities"] or 0),
    }  # fmt: skip
