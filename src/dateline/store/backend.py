"""One small database interface over SQLite (the embedded default) and PostgreSQL.

The store writes portable SQL with ``?`` placeholders; this module translates them for
psycopg, opens connections with the right settings (SQLite in WAL mode, so that readers
never block the one writer and a killed writer loses only its open transaction), and gives
every caller the same row shape: plain dicts.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dateline.settings import POSTGRES_SCHEMES, db_url_problem

Row = dict[str, Any]
SQLITE_BUSY_TIMEOUT_MS = 30_000  # a reader or a second writer waits this long for the lock


class StoreError(Exception):
    """A database that cannot be opened or used, with a readable reason."""


def is_postgres(url: str) -> bool:
    return url.startswith(POSTGRES_SCHEMES)


def sqlite_path(url: str) -> Path:
    """The file of an SQLite URL (``sqlite:///abs/path``, ``sqlite:rel/path``) or plain path."""
    for prefix in ("sqlite:///", "sqlite://", "sqlite:"):
        if url.startswith(prefix):
            url = ("/" if prefix == "sqlite:///" else "") + url[len(prefix) :]
            break
    return Path(url).expanduser()


class Database:
    """A connection plus its dialect (``sqlite`` or ``postgresql``)."""

    def __init__(self, url: str) -> None:
        # checked here, where every --db and DATELINE_DB ends up, so no caller makes a file
        # named "mysql:" out of a URL it cannot open
        problem = db_url_problem(url)
        if problem is not None:
            raise StoreError(problem)
        self.url = url
        self.dialect = "postgresql" if is_postgres(url) else "sqlite"
        self._conn: Any = (
            _connect_postgres(url) if self.dialect == "postgresql" else _connect_sqlite(url)
        )
        self._depth = 0

    def close(self) -> None:
        self._conn.close()

    def _sql(self, sql: str) -> str:
        return sql if self.dialect == "sqlite" else re.sub(r"\?", "%s", sql)

    def _params(self, params: Sequence[Any]) -> tuple[Any, ...]:
        """PostgreSQL text cannot hold NUL: U+FFFD instead (one character, so offsets hold)."""
        if self.dialect == "sqlite":
            return tuple(params)
        return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) else p for p in params)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of rows it changed."""
        cursor = self._conn.execute(self._sql(sql), self._params(params))
        return int(cursor.rowcount or 0)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._conn.cursor().executemany(self._sql(sql), [self._params(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self._conn.execute(self._sql(sql), self._params(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction (nested calls join the outer one); commits or rolls back."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0


def _connect_sqlite(url: str) -> sqlite3.Connection:
    path = sqlite_path(url)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a killed process never loses a commit (only a power cut might).
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open as an SQLite database ({exc})") from None
    return conn


def _connect_postgres(url: str) -> Any:
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"cannot connect to PostgreSQL: {reason}") from None
