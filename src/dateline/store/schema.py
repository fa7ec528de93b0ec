"""Versioned schema migrations, applied automatically when a store is opened.

Each migration has a number and runs once, inside the same transaction that records it in
``schema_migrations``, so a crash mid-migration leaves the previous version intact. The SQL
is the common subset of SQLite and PostgreSQL; PostGIS is added where the extension exists.

Tables:
- ``articles``: every ingested article (text kept, so evidence offsets stay checkable);
- ``reports``: one row per event record the pipeline read from one article;
- ``events``: the canonical (deduplicated) events; ``record`` holds the current values as
  JSON (reviewer corrections applied), ``machine_record`` the fused machine values;
- ``corrections``: who changed which field of which event, when, from what to what;
- ``keep_apart``: a reviewer's split: this report must never rejoin that event;
- ``rollup``: event and fatality counts per day x country x admin1 x event type, maintained
  at write time so that /stats never scans the events table; ``rollup_month`` the same per
  month (migration 2), for statistics over whole months;
- ``events.geo_precision`` (migration 4) lets candidate search find events located only by
  country or province; ``events_fts`` (SQLite FTS5) or a GIN index on a ``tsvector``
  (PostgreSQL), migration 5, serve the text filter by words; migration 6 gives the SQLite
  ``events`` table an explicit rowid alias (``rid``) so that VACUUM cannot renumber the rows
  that the FTS5 index points at.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.store.backend import Database

TIME_NOW = "CURRENT_TIMESTAMP"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]
    dialect: str | None = None  # None: both


TEXT_COLUMNS = ("notes", "location", "actor1", "actor2")  # what the text filter searches
# PostgreSQL: the indexed expression, repeated verbatim by queries so that they use the index.
PG_TEXT_VECTOR = (
    "to_tsvector('simple', notes || ' ' || location || ' ' || actor1 || ' ' || actor2)"
)


def _fts_trigger(name: str, action: str, old: bool = False, new: bool = False) -> str:
    """SQLite triggers keeping the external-content FTS5 index in step with ``events``."""
    columns = ", ".join(TEXT_COLUMNS)
    body = []
    if old:
        values = ", ".join(f"old.{c}" for c in TEXT_COLUMNS)
        body.append(f"INSERT INTO events_fts (events_fts, rowid, {columns}) "
                    f"VALUES ('delete', old.rowid, {values});")  # fmt: skip
    if new:
        values = ", ".join(f"new.{c}" for c in TEXT_COLUMNS)
        body.append(f"INSERT INTO events_fts (rowid, {columns}) VALUES (new.rowid, {values});")
    return f"CREATE TRIGGER events_fts_{name} AFTER {action} ON events BEGIN {' '.join(body)} END"


# The triggers that keep the FTS5 index in step with ``events``, and a rebuild from its rows
# (migration 5 creates them; migration 6 recreates them on the rebuilt table).
_FTS_SYNC = (
    _fts_trigger("ai", "INSERT", new=True),
    _fts_trigger("ad", "DELETE", old=True),
    _fts_trigger("au", f"UPDATE OF {', '.join(TEXT_COLUMNS)}", old=True, new=True),
    "INSERT INTO events_fts (events_fts) VALUES ('rebuild')",
)

_EVENT_COLUMNS = (
    "event_id, event_date, year, country, admin1, event_type, sub_event_type, actor1, actor2, "
    "location, latitude, longitude, fatalities, n_reports, notes, record, machine_record, "
    "reviewed, created_at, updated_at, geo_precision"
)
_EVENTS_V6 = """CREATE TABLE events_v6 (
    rid INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, event_date TEXT NOT NULL,
    year INTEGER NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, actor1 TEXT NOT NULL,
    actor2 TEXT NOT NULL, location TEXT NOT NULL, latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION, fatalities INTEGER NOT NULL, n_reports INTEGER NOT NULL,
    notes TEXT NOT NULL, record TEXT NOT NULL, machine_record TEXT NOT NULL,
    reviewed INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    geo_precision INTEGER NOT NULL DEFAULT 1)"""
_EVENT_INDEXES = (
    "CREATE INDEX events_date ON events (event_date)",
    "CREATE INDEX events_country_type_date ON events (country, event_type, event_date)",
    "CREATE INDEX events_country_date ON events (country, event_date)",
    "CREATE INDEX events_admin1_date ON events (admin1, event_date)",
    "CREATE INDEX events_type_date ON events (event_type, event_date)",
    "CREATE INDEX events_lat_lon ON events (latitude, longitude)",
)

MIGRATIONS = (
    Migration(1, "articles, reports, events, corrections, keep_apart, rollup", (
        """CREATE TABLE articles (
            article_id TEXT PRIMARY KEY, url TEXT, content_hash TEXT NOT NULL, title TEXT,
            source TEXT, published TEXT, text TEXT NOT NULL, origin TEXT,
            ingested_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        "CREATE INDEX articles_url ON articles (url)",
        "CREATE INDEX articles_hash ON articles (content_hash)",
        """CREATE TABLE events (
            event_id TEXT PRIMARY KEY, event_date TEXT NOT NULL, year INTEGER NOT NULL,
            country TEXT NOT NULL, admin1 TEXT NOT NULL, event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL, actor1 TEXT NOT NULL, actor2 TEXT NOT NULL,
            location TEXT NOT NULL, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,
            fatalities INTEGER NOT NULL, n_reports INTEGER NOT NULL, notes TEXT NOT NULL,
            record TEXT NOT NULL, machine_record TEXT NOT NULL, reviewed INTEGER NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
        *_EVENT_INDEXES,
        """CREATE TABLE reports (
            report_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, event_id TEXT NOT NULL,
            record TEXT NOT NULL, merge_reason TEXT NOT NULL, created_at TEXT NOT NULL)""",
        "CREATE INDEX reports_event ON reports (event_id)",
        "CREATE INDEX reports_article ON reports (article_id)",
        """CREATE TABLE corrections (
            correction_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, field TEXT NOT NULL,
            old_value TEXT, new_value TEXT, reviewer TEXT NOT NULL, note TEXT,
            created_at TEXT NOT NULL)""",
        "CREATE INDEX corrections_event ON corrections (event_id)",
        """CREATE TABLE keep_apart (
            report_id TEXT NOT NULL, event_id TEXT NOT NULL, reviewer TEXT NOT NULL,
            created_at TEXT NOT NULL, PRIMARY KEY (report_id, event_id))""",
        """CREATE TABLE rollup (
            day TEXT NOT NULL, week TEXT NOT NULL, month TEXT NOT NULL, country TEXT NOT NULL,
            admin1 TEXT NOT NULL, event_type TEXT NOT NULL, events INTEGER NOT NULL,
            fatalities INTEGER NOT NULL, PRIMARY KEY (day, country, admin1, event_type))""",
        "CREATE INDEX rollup_country_day ON rollup (country, day)",
    )),
    Migration(2, "rollup_month: monthly counts, so that whole-range statistics stay fast", (
        """CREATE TABLE rollup_month (
            month TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
            event_type TEXT NOT NULL, events INTEGER NOT NULL, fatalities INTEGER NOT NULL,
            PRIMARY KEY (month, country, admin1, event_type))""",
        "CREATE INDEX rollup_month_country ON rollup_month (country, month)",
        """INSERT INTO rollup_month (month, country, admin1, event_type, events, fatalities)
            SELECT month, country, admin1, event_type, SUM(events), SUM(fatalities) FROM rollup
            GROUP BY month, country, admin1, event_type""",
    )),
    Migration(3, "covering indexes: statistics grouped by month read only an index", tuple(
        f"CREATE INDEX rollup_month_{group}_cover ON rollup_month "
        f"(month, {group}, events, fatalities)"
        for group in ("country", "admin1", "event_type")
    )),
    # Candidate search must find events located only by country or province (geo_precision 3)
    # wherever the new report lies in that country.
    Migration(4, "events.geo_precision", (
        "ALTER TABLE events ADD COLUMN geo_precision INTEGER NOT NULL DEFAULT 1",
        "UPDATE events SET geo_precision = COALESCE(json_extract(record, '$.geo_precision'), 1)",
    ), "sqlite"),
    Migration(4, "events.geo_precision", (
        "ALTER TABLE events ADD COLUMN geo_precision INTEGER NOT NULL DEFAULT 1",
        "UPDATE events SET geo_precision = COALESCE((record::json->>'geo_precision')::int, 1)",
    ), "postgresql"),
    # Text search by words (not substrings) through a full-text index.
    Migration(5, "full-text search over notes, location and actors", (
        f"CREATE VIRTUAL TABLE events_fts USING fts5({', '.join(TEXT_COLUMNS)}, "
        "content='events', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
        *_FTS_SYNC,
    ), "sqlite"),
    Migration(5, "full-text search over notes, location and actors", (
        f"CREATE INDEX events_text ON events USING GIN ({PG_TEXT_VECTOR})",
    ), "postgresql"),
    # SQLite may renumber the rowids of a table without an INTEGER PRIMARY KEY on VACUUM, which
    # would point the FTS5 index (keyed by rowid) at the wrong events: rebuilt with ``rid``, an
    # explicit rowid alias that VACUUM keeps, copying today's rowids so the index stays valid.
    Migration(6, "events.rid: a rowid that VACUUM keeps, for the full-text index", (
        _EVENTS_V6,
        f"INSERT INTO events_v6 (rid, {_EVENT_COLUMNS}) SELECT rowid, {_EVENT_COLUMNS} FROM events",
        "DROP TABLE events",
        "ALTER TABLE events_v6 RENAME TO events",
        *_EVENT_INDEXES,
        *_FTS_SYNC,
    ), "sqlite"),
    Migration(6, "events.rid (SQLite only: PostgreSQL's text index does not use row numbers)",
              (), "postgresql"),
)  # fmt: skip

POSTGIS_STATEMENTS = (
    """ALTER TABLE events ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN longitude IS NULL OR latitude IS NULL THEN NULL
        ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END) STORED""",
    "CREATE INDEX events_geom ON events USING GIST (geom)",
)


def current_version(db: Database) -> int:
    row = db.query_one("SELECT MAX(version) AS version FROM schema_migrations")
    return int(row["version"] or 0) if row else 0


def migrate(db: Database) -> int:
    """Bring the schema up to date; returns the version reached. Safe to run concurrently."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    if current_version(db) >= MIGRATIONS[-1].version and db.dialect == "sqlite":
        return current_version(db)  # up to date: no write lock needed (readers stay lock-free)
    with db.transaction():
        if db.dialect == "postgresql":  # one migrator at a time across processes
            db.execute("SELECT pg_advisory_xact_lock(4242)")
        version = current_version(db)
        for migration in MIGRATIONS:
            if migration.version > version and migration.dialect in (None, db.dialect):
                _apply(db, migration)
                version = migration.version
        if db.dialect == "postgresql":
            _add_postgis(db)
    return version


def _apply(db: Database, migration: Migration) -> None:
    for statement in migration.statements:
        db.execute(statement)
    db.execute(
        "INSERT INTO schema_migrations (version, description, applied_at) "
        f"VALUES (?, ?, {TIME_NOW})",
        (migration.version, migration.description),
    )


def has_postgis(db: Database) -> bool:
    if db.dialect != "postgresql":
        return False
    row = db.query_one(
        "SELECT 1 AS present FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = 'events' AND column_name = 'geom'"
    )
    return row is not None


def _add_postgis(db: Database) -> None:
    """A geometry column where PostGIS is installed; silently nothing where it is not."""
    if has_postgis(db):
        return
    available = db.query_one("SELECT 1 AS ok FROM pg_available_extensions WHERE name = 'postgis'")
    if available is None:
        return
    db.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    for statement in POSTGIS_STATEMENTS:
        db.execute(statement)
