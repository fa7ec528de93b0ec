"""Scratch databases for tests: a fresh SQLite file, or a fresh schema on a PostgreSQL server.

The test suites of the store and the API run against both backends; PostgreSQL runs when
``DATELINE_TEST_PG`` holds a server URL (``scripts/postgres`` starts one and prints it).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from dateline.model import Event
from dateline.store.backend import Database

TEST_PG_ENV = "DATELINE_TEST_PG"


def report_event(article_id: str, scene: Mapping[str, object], **changes: object) -> Event:
    """One outlet's event record of a scene written in a dedup test: the scene's fields with
    ``changes`` on top; the event id and the source follow the article id."""
    fields = {"event_id": f"{article_id}#1", "source": article_id.upper(), **scene, **changes}
    return Event(article_id=article_id, **fields)  # type: ignore[arg-type]


def backends_under_test() -> list[str]:
    """``sqlite`` always; ``postgresql`` too when DATELINE_TEST_PG is set.

    In CI (``CI=true``) both backends must be proven, so a missing server is an error there.
    """
    if os.environ.get(TEST_PG_ENV):
        return ["sqlite", "postgresql"]
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"CI=true but {TEST_PG_ENV} is unset: scripts/test starts PostgreSQL")
    return ["sqlite"]


@contextmanager
def scratch_database(backend: str, directory: Path) -> Iterator[str]:
    """A URL to an empty database, removed afterwards."""
    if backend == "sqlite":
        yield str(directory / f"scratch-{uuid.uuid4().hex[:8]}.sqlite")
        return
    base = os.environ[TEST_PG_ENV]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = Database(base)
    try:
        admin.execute(f"CREATE SCHEMA {schema}")
        _ensure_postgis_in_public(admin)
        separator = "&" if "?" in base else "?"
        yield f"{base}{separator}options={quote(f'-csearch_path={schema},public')}"
    finally:
        admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.close()


def _ensure_postgis_in_public(admin: Database) -> None:
    """Install PostGIS once in ``public`` so that every scratch schema sees its types."""
    sql = "SELECT 1 AS ok FROM pg_available_extensions WHERE name = 'postgis'"
    available = admin.query_one(sql)
    if available is not None:
        admin.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public")
