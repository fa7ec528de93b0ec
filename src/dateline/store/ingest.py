"""Writing articles and their event reports, deduplicating them into canonical events.

One transaction per article: a killed ingest loses at most the article it was writing, and
re-running it skips every article already stored (same URL and content, or same content).
An article whose text changed (same URL, or same id without URL) replaces its earlier
reports; the events they belonged to are re-fused, or removed when nothing supports them.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache

from dateline.model import Article, Document, Event
from dateline.store.backend import Database, Row
from dateline.store.border_clash import may_cross
from dateline.store.codec import event_from_json, event_to_dict, event_to_json
from dateline.store.dedup import (
    MergeDecision,
    choose_event,
    compatible_event_types,
    could_join,
    country_level,
    day_window,
    joins_cluster,
    settings,
)
from dateline.store.fuse import canonical_event_id, fuse
from dateline.store.rollup import add_to_rollup
from dateline.store.translation_note import without_note_place
from dateline.store.type_families import named_place_types

MAX_CANDIDATES = 200  # nearest-in-time events compared per report (dense places and days)


@dataclass(slots=True)
class IngestResult:
    """What one article did to the store: ``added``, ``updated`` or ``unchanged``;
    ``copy_of`` names the stored article whose text a syndicated copy repeats (``added``) or
    a copy under another id duplicates (``unchanged``)."""

    article_id: str
    status: str
    reports: int = 0
    new_events: list[str] = field(default_factory=list)
    merged_into: list[str] = field(default_factory=list)
    copy_of: str | None = None


def now() -> str:
    """UTC timestamps to the microsecond: they also order the reports of an event by arrival."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def content_hash(article: Article) -> str:
    """A hash of the article text with whitespace normalised (re-fetches differ in spacing)."""
    return hashlib.sha256(" ".join(article.text.split()).encode("utf-8")).hexdigest()


def find_stored(db: Database, article: Article) -> tuple[str, Row | None]:
    """(status, stored row): ``unchanged`` (same content from the same URL or outlet),
    ``syndicated`` (same content, another URL or outlet: the stored copy's row), ``updated``
    (same URL/id, new content) or ``new``."""
    digest = content_hash(article)
    copies = db.query(
        "SELECT * FROM articles WHERE content_hash = ? ORDER BY ingested_at, article_id",
        (digest,),
    )
    same = next((row for row in copies if _same_outlet(row, article)), None)
    if same is not None:
        return "unchanged", same
    if article.url:
        by_url = db.query_one("SELECT * FROM articles WHERE url = ? LIMIT 1", (article.url,))
        if by_url is not None:  # this URL's earlier text is replaced, even by a copy's text
            return "updated", by_url
    if copies:
        return "syndicated", copies[0]
    by_id = db.query_one("SELECT * FROM articles WHERE article_id = ?", (article.id,))
    if by_id is not None and (not article.url or not by_id["url"]):
        return "updated", by_id
    return "new", None


def _same_outlet(row: Row, article: Article) -> bool:
    """The stored copy came from where this one comes from (a missing URL or source on
    either side cannot tell them apart)."""
    if article.url and row["url"]:
        return bool(article.url == row["url"])
    return not (article.source and row["source"]) or article.source == row["source"]


def ingest_document(db: Database, doc: Document) -> IngestResult:
    """Store one processed article and its events, in one transaction."""
    with db.transaction():
        if db.dialect == "postgresql":  # one writer at a time, as SQLite's BEGIN IMMEDIATE gives
            db.execute("SELECT pg_advisory_xact_lock(4243)")
        status, stored = find_stored(db, doc.article)
        if status == "unchanged":
            stored_id = str(stored["article_id"]) if stored else doc.article.id
            # the same text under another id (a feed that re-issues an item) is a duplicate of
            # the stored one, not this article "unchanged": copy_of says which
            copy_of = stored_id if stored_id != doc.article.id else None
            return IngestResult(stored_id, status, copy_of=copy_of)
        if status == "syndicated" and stored is not None:
            return _add_syndicated_copy(db, doc.article, str(stored["article_id"]))
        article_id = _article_key(db, doc.article, stored)
        if stored is not None:
            remove_article_reports(db, article_id)
        _write_article(db, doc.article, article_id, stored)
        result = IngestResult(article_id, "updated" if stored else "added")
        for index, event in enumerate(doc.events):
            # a place read from "[Translated from French]" is no place (translation_note.py)
            report = without_note_place(_as_report(event, article_id, index), doc.article.text)
            _assign_report(db, report, result)
        return result


def _add_syndicated_copy(db: Database, article: Article, original_id: str) -> IngestResult:
    """The same text from another URL or outlet: one more source of the events the stored
    copy reported (no NLP: the copy's reports are the original's, credited to this outlet)."""
    article_id = _article_key(db, article, None)
    _write_article(db, article, article_id, None)
    result = IngestResult(article_id, "added", copy_of=original_id)
    rows = db.query(
        "SELECT record, event_id FROM reports WHERE article_id = ? ORDER BY report_id",
        (original_id,),
    )
    for index, row in enumerate(rows):
        record = json.loads(row["record"])
        record.update(article_id=article_id, event_id=f"{article_id}#{index + 1}")
        record["source"] = article.source or record["source"]
        reason = f"syndicated copy of {original_id} (same text, another URL or outlet)"
        copy = event_from_json(json.dumps(record))
        insert_report(db, copy, str(row["event_id"]), reason)
        refresh_event(db, str(row["event_id"]))
        _settle(db, copy, str(row["event_id"]))
        result.merged_into.append(str(row["event_id"]))
        result.reports += 1
    return result


def _article_key(db: Database, article: Article, stored: Row | None) -> str:
    """The article's id in the store: its own, unless a different article already holds it."""
    if stored is not None:
        return str(stored["article_id"])
    if db.query_one("SELECT 1 AS taken FROM articles WHERE article_id = ?", (article.id,)) is None:
        return article.id
    return f"{article.id}-{content_hash(article)[:8]}"


def _write_article(db: Database, article: Article, article_id: str, stored: Row | None) -> None:
    published = article.published.isoformat() if article.published else None
    values = (article.url, content_hash(article), article.title, article.source, published,
              article.text, article.origin, now())  # fmt: skip
    if stored is None:
        db.execute(
            "INSERT INTO articles (url, content_hash, title, source, published, text, origin, "
            "updated_at, ingested_at, article_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, now(), article_id),
        )
    else:
        db.execute(
            "UPDATE articles SET url = ?, content_hash = ?, title = ?, source = ?, published = ?, "
            "text = ?, origin = ?, updated_at = ? WHERE article_id = ?",
            (*values, article_id),
        )


def _as_report(event: Event, article_id: str, index: int) -> Event:
    """The pipeline's event as a stored report: keyed by article, never by pipeline numbering."""
    record = event_to_dict(event)
    record["article_id"] = article_id
    record["event_id"] = f"{article_id}#{index + 1}"
    return event_from_json(json.dumps(record))


def remove_article_reports(db: Database, article_id: str) -> set[str]:
    """Delete an article's reports and re-fuse (or delete) the events they supported; the
    area-level reports that stood apart because of them are re-decided (store/revisit.py)."""
    rows = db.query("SELECT event_id, record FROM reports WHERE article_id = ?", (article_id,))
    affected = {str(r["event_id"]) for r in rows}
    db.execute("DELETE FROM reports WHERE article_id = ?", (article_id,))
    for event_id in sorted(affected):
        refresh_event(db, event_id)
    for row in rows:
        _settle(db, event_from_json(row["record"]), str(row["event_id"]), removed=True)
    return affected


def candidate_events(db: Database, report: Event) -> list[str]:
    """Stored events that could describe the same incident, nearest in time first.

    Only events in the date window, the same country, and the same province or within the
    widest merge radius (or without coordinates) are read: on a million events a country can
    have thousands in a month, and each candidate costs a comparison with all its reports.
    """
    first, last = day_window(report)
    clauses = ["event_date BETWEEN ? AND ?"]
    params: list[object] = [first.isoformat(), last.isoformat()]
    if report.country:
        clauses.append("country IN (?, '')")
        params.append(report.country)
    types = compatible_event_types(report.event_type)
    clauses.append(f"event_type IN ({', '.join('?' * len(types))})")
    params.extend(types)
    area = _area_condition(report)
    if area is not None:
        clauses.append(area[0])
        params.extend(area[1])
    where = " AND ".join(clauses)
    sql = f"SELECT event_id, event_date, record, machine_record FROM events WHERE {where}"
    rows = [r for r in db.query(sql, params) if could_join(report, _machine_values(r))]
    known = {r["event_id"] for r in rows}
    rows += [r for r in _named_place_candidates(db, report) if r["event_id"] not in known]
    known = {r["event_id"] for r in rows}
    rows += [r for r in _border_candidates(db, report) if r["event_id"] not in known]
    rows.sort(key=lambda r: abs((date.fromisoformat(r["event_date"]) - report.event_date).days))
    return [str(r["event_id"]) for r in rows[:MAX_CANDIDATES]]


def _named_place_candidates(db: Database, report: Event) -> list[Row]:
    """Events of the same (or a confusable) type, country and (nearly) day anywhere in the
    country: one report's text may name the other's place although the gazetteer put them far
    apart (a namesake, a province called by its old name); ``dedup.compare`` decides."""
    rule = settings()["place_named_in_text"]
    if not rule["enabled"] or not report.country or country_level(report):
        return []
    gap = timedelta(days=int(rule["max_day_gap"]))
    types = named_place_types(report.event_type)
    rows = db.query(
        "SELECT event_id, event_date, record, machine_record FROM events WHERE country = ? "
        f"AND event_type IN ({', '.join('?' * len(types))}) AND event_date BETWEEN ? AND ?",
        (report.country, *types, (report.event_date - gap).isoformat(),
         (report.event_date + gap).isoformat()),
    )  # fmt: skip
    return [r for r in rows if could_join(report, _machine_values(r), by_place=False)]


def _border_candidates(db: Database, report: Event) -> list[Row]:
    """Clash events across a border within the widest radius of a located report
    (``border_clash``: each side places a border firefight on its own side)."""
    if not may_cross(report) or report.latitude is None or report.longitude is None:
        return []
    first, last = day_window(report)
    radius_km = max(float(settings()["place_radius_km"][k]) for k in ("1", "2"))  # towns
    dlat = radius_km / 111.0
    dlon = radius_km / (111.0 * max(0.05, math.cos(math.radians(report.latitude))))
    rows = db.query(
        "SELECT event_id, event_date, record, machine_record FROM events WHERE country != ? "
        "AND event_type = ? AND event_date BETWEEN ? AND ? AND latitude BETWEEN ? AND ? "
        "AND longitude BETWEEN ? AND ?",
        (report.country, report.event_type, first.isoformat(), last.isoformat(),
         report.latitude - dlat, report.latitude + dlat, report.longitude - dlon,
         report.longitude + dlon),
    )  # fmt: skip
    return [r for r in rows if could_join(report, _machine_values(r), by_place=False)]


def _machine_values(row: Row) -> Event:
    """The fused machine record of an event row (reviewer corrections are not evidence)."""
    return event_from_json(row["machine_record"] or row["record"])


def _area_condition(report: Event) -> tuple[str, list[object]] | None:
    """Events near the report, in its province, or located only by country or province
    (placed at a capital with geo_precision 3, they may lie anywhere in it)."""
    if report.latitude is None or report.longitude is None or country_level(report):
        return None  # no coordinates, or only the country: the country and the dates must do
    radius_km = max(float(v) for v in settings()["place_radius_km"].values())
    dlat = radius_km / 111.0
    dlon = radius_km / (111.0 * max(0.05, math.cos(math.radians(report.latitude))))
    return (
        "(admin1 = ? OR latitude IS NULL OR geo_precision >= 3 OR "
        "(latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?))",
        [report.admin1, report.latitude - dlat, report.latitude + dlat,
         report.longitude - dlon, report.longitude + dlon],
    )  # fmt: skip


def event_reports(db: Database, event_id: str) -> list[Event]:
    rows = db.query(
        "SELECT record FROM reports WHERE event_id = ? ORDER BY created_at, report_id", (event_id,)
    )
    return [event_from_json(r["record"]) for r in rows]


def best_event_for(db: Database, report: Event) -> tuple[str | None, MergeDecision]:
    """The stored event this report most plausibly describes (None: a new event)."""
    kept_apart = {
        str(r["event_id"])
        for r in db.query("SELECT event_id FROM keep_apart WHERE report_id = ?", (report.event_id,))
    }
    candidates = [e for e in candidate_events(db, report) if e not in kept_apart]
    text_of = article_texts(db)
    members = [event_reports(db, e) for e in candidates]
    decisions = [joins_cluster(report, m, text_of) for m in members]
    chosen = choose_event(report, decisions, members)
    if chosen is None:
        return None, MergeDecision(False)
    return candidates[chosen], decisions[chosen]


def article_texts(db: Database) -> Callable[[str], str]:
    """Stored article texts by id, read only when a rule asks (reports without a place)."""

    @cache
    def text_of(article_id: str) -> str:
        row = db.query_one("SELECT text FROM articles WHERE article_id = ?", (article_id,))
        return str(row["text"]) if row else ""

    return text_of


def _assign_report(db: Database, report: Event, result: IngestResult) -> None:
    event_id, decision = best_event_for(db, report)
    if event_id is None:
        event_id = new_event_id(db, report.event_id)
        reason = "first report of this event"
        result.new_events.append(event_id)
    else:
        reason = "; ".join(decision.reasons)
        result.merged_into.append(event_id)
    insert_report(db, report, event_id, reason)
    result.reports += 1
    refresh_event(db, event_id)
    _settle(db, report, event_id)


def _settle(db: Database, report: Event, event_id: str, removed: bool = False) -> None:
    """Re-decide the area-level reports this report's arrival (or removal) concerns
    (store/revisit.py)."""
    from dateline.store.revisit import settle_area_reports  # revisit builds on this module

    settle_area_reports(db, report, event_id, removed)


def insert_report(db: Database, report: Event, event_id: str, reason: str) -> None:
    db.execute(
        "INSERT INTO reports (report_id, article_id, event_id, record, merge_reason, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (report.event_id, report.article_id, event_id, event_to_json(report), reason, now()),
    )


def new_event_id(db: Database, report_id: str) -> str:
    """A stable id from the founding report; a suffix only if that id was ever used."""
    candidate, attempt = canonical_event_id(report_id), 0
    while db.query_one("SELECT 1 AS used FROM events WHERE event_id = ?", (candidate,)):
        attempt += 1
        candidate = canonical_event_id(f"{report_id}/{attempt}")
    return candidate


def refresh_event(db: Database, event_id: str) -> None:
    """Re-fuse an event from its reports (keeping reviewer corrections) and update the rollup."""
    old = db.query_one("SELECT * FROM events WHERE event_id = ?", (event_id,))
    if old is not None:
        add_to_rollup(db, event_from_json(old["record"]), -1)
    reports = event_reports(db, event_id)
    if not reports:
        db.execute("DELETE FROM events WHERE event_id = ?", (event_id,))
        return
    machine = fuse(reports, event_id)
    current = apply_corrections(db, machine)
    write_event_row(db, current, machine, len(reports), old)
    add_to_rollup(db, current, +1)


def apply_corrections(db: Database, machine: Event) -> Event:
    """The machine values with every reviewer correction on top (latest wins)."""
    rows = db.query(
        "SELECT field, new_value FROM corrections WHERE event_id = ? "
        "ORDER BY created_at, correction_id",
        (machine.event_id,),
    )
    if not rows:
        return machine
    record = event_to_dict(machine)
    for row in rows:
        record[row["field"]] = json.loads(row["new_value"])
    return event_from_json(json.dumps(record))


def write_event_row(
    db: Database, event: Event, machine: Event, n_reports: int, old: Row | None
) -> None:
    columns = event_columns(event, machine, n_reports)
    if old is None:
        columns["created_at"] = columns["updated_at"]
        names = ["event_id", *columns]
        db.execute(
            f"INSERT INTO events ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            (event.event_id, *columns.values()),
        )
    else:
        assignments = ", ".join(f"{name} = ?" for name in columns)
        db.execute(
            f"UPDATE events SET {assignments} WHERE event_id = ?",
            (*columns.values(), event.event_id),
        )


def event_columns(event: Event, machine: Event, n_reports: int) -> dict[str, object]:
    """The ``events`` row of an event (stamping its ``timestamp`` with the write time)."""
    updated_at = now()
    event.timestamp = int(datetime.fromisoformat(updated_at).timestamp())
    return {
        "event_date": event.event_date.isoformat(), "year": event.event_date.year,
        "country": event.country, "admin1": event.admin1, "event_type": event.event_type,
        "sub_event_type": event.sub_event_type, "actor1": event.actor1, "actor2": event.actor2,
        "location": event.location, "latitude": event.latitude, "longitude": event.longitude,
        "fatalities": event.fatalities, "n_reports": n_reports, "notes": event.notes,
        "geo_precision": event.geo_precision,
        "record": event_to_json(event),
        # Only a reviewed event keeps a separate copy of the machine's values ('' = same).
        "machine_record": event_to_json(machine) if event is not machine else "",
        "reviewed": int(event is not machine), "updated_at": updated_at,
    }  # fmt: skip
