"""SQLite storage shared by the embedded gazetteer and imported GeoNames dumps.

One table of places and one of name keys (``fold_key`` -> place), so that lookups cost
one indexed query and nothing large sits in memory: the database opens in milliseconds.
"""

from __future__ import annotations

import os
import sqlite3
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.gazetteer.normalize import exact_key, fold_key, is_latin
from dateline.model import Place

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL, cc TEXT,
    admin1_code TEXT, admin1 TEXT, admin2 TEXT, fclass TEXT, fcode TEXT,
    population INTEGER, kind TEXT, seat_geonameid INTEGER
);
CREATE TABLE IF NOT EXISTS names (key TEXT, exact TEXT, place_id INTEGER, role TEXT);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_place ON names(place_id);
CREATE INDEX IF NOT EXISTS places_gid ON places(geonameid);
CREATE INDEX IF NOT EXISTS places_admin ON places(cc, admin1_code);
"""
PLACE_COLUMNS = (
    "geonameid, name, lat, lon, cc, admin1_code, admin1, admin2, fclass, fcode, population,"
    " kind, seat_geonameid"
)


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A place as stored: ``kind`` is place | country | admin1 | district | feature."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    cc: str
    admin1_code: str = ""
    admin1: str = ""
    admin2: str = ""
    fclass: str = "P"
    fcode: str = "PPL"
    population: int = 0
    kind: str = "place"
    seat_geonameid: int | None = None

    def to_place(self) -> Place:
        return Place(
            geonameid=self.geonameid, name=self.name, latitude=self.lat, longitude=self.lon,
            country_code=self.cc, admin1=self.admin1 or None, admin2=self.admin2 or None,
            feature_class=self.fclass, feature_code=self.fcode, population=self.population,
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry whose name key matched; ``role``: name | alt | demonym."""

    row_id: int
    row: PlaceRow
    exact: str
    role: str


def usable_alternate(name: str) -> bool:
    """Latin-script alternate names that look like names (not codes or romanised scripts)."""
    if not name or len(name) > 60 or not is_latin(name):
        return False
    if name.isupper() and len(name) <= 4:  # airport and ISO codes (DEZ, PMS)
        return False
    return any(ch.isupper() for ch in name)  # all-lowercase ones are machine romanisations


def connect(path: Path | str, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path))
        conn.executescript(SCHEMA)
    return conn


class Writer:
    """Appends places and their name keys; call ``finish`` to index and commit."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.next_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM places").fetchone()[0])
        self._names: list[tuple[str, str, int, str]] = []

    def add(self, row: PlaceRow, names: Iterable[tuple[str, str]]) -> int:
        """Store ``row`` with (name, role) pairs; returns its id."""
        self.next_id += 1
        self.conn.execute(
            f"INSERT INTO places (id, {PLACE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (self.next_id, *_row_values(row)),
        )
        seen: set[str] = set()
        for name, role in names:
            key = fold_key(name)
            exact = exact_key(name)
            if key and exact not in seen:
                seen.add(exact)
                self._names.append((key, exact, self.next_id, role))
        if len(self._names) > 50_000:
            self._flush()
        return self.next_id

    def _flush(self) -> None:
        self.conn.executemany("INSERT INTO names VALUES (?,?,?,?)", self._names)
        self._names = []

    def finish(self, meta: dict[str, str]) -> None:
        self._flush()
        self.conn.executescript(INDEXES)
        self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", list(meta.items()))
        self.conn.commit()


KEY_SEPARATOR = "\x1f"  # the unit separator: never inside a folded name
# The names fuzzy matching compares against, per country, in the order the query gives them.
COUNTRY_KEYS_QUERY = (
    "SELECT n.key, p.id FROM places p JOIN names n ON n.place_id = p.id"
    " WHERE p.cc = ? AND p.kind IN ('place', 'feature') AND n.role != 'demonym'"
)


def write_country_keys(conn: sqlite3.Connection) -> None:
    """Store each country's fuzzy-match names as one row, so that a worker reads a country in
    one fetch instead of a join over tens of thousands of names (a cost every process paid)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS country_keys (cc TEXT PRIMARY KEY, keys TEXT, ids BLOB)"
    )
    conn.execute("DELETE FROM country_keys")
    for (cc,) in conn.execute("SELECT DISTINCT cc FROM places WHERE cc IS NOT NULL").fetchall():
        rows = conn.execute(COUNTRY_KEYS_QUERY, (cc,)).fetchall()
        keys = KEY_SEPARATOR.join(key for key, _ in rows)
        ids = array("q", (place_id for _, place_id in rows)).tobytes()
        conn.execute("INSERT INTO country_keys VALUES (?, ?, ?)", (cc, keys, ids))
    conn.commit()


def read_country_keys(
    conn: sqlite3.Connection, cc: str
) -> tuple[list[str], list[int]] | None:
    """A country's stored names and place ids; None when the file predates the table."""
    try:
        row = conn.execute("SELECT keys, ids FROM country_keys WHERE cc = ?", (cc,)).fetchone()
    except sqlite3.OperationalError:  # an index built before the table existed
        return None
    if row is None or not row[0]:
        return [], []
    ids = array("q")
    ids.frombytes(row[1])
    return row[0].split(KEY_SEPARATOR), ids.tolist()


def _row_values(row: PlaceRow) -> tuple[object, ...]:
    return (
        row.geonameid, row.name, row.lat, row.lon, row.cc, row.admin1_code, row.admin1,
        row.admin2, row.fclass, row.fcode, row.population, row.kind, row.seat_geonameid,
    )


def _row(values: tuple[object, ...]) -> PlaceRow:
    return PlaceRow(*values)  # type: ignore[arg-type]


def lookup(conn: sqlite3.Connection, key: str) -> list[Candidate]:
    rows = conn.execute(
        f"SELECT p.id, {', '.join('p.' + c.strip() for c in PLACE_COLUMNS.split(','))},"
        " n.exact, n.role FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?",
        (key,),
    ).fetchall()
    return [Candidate(r[0], _row(r[1:14]), r[14], r[15]) for r in rows]


def place_by_geonameid(conn: sqlite3.Connection, geonameid: int) -> PlaceRow | None:
    found = conn.execute(
        f"SELECT {PLACE_COLUMNS} FROM places WHERE geonameid = ? ORDER BY id LIMIT 1",
        (geonameid,),
    ).fetchone()
    return _row(found) if found else None


def iter_places(conn: sqlite3.Connection, where: str = "1", args: tuple[object, ...] = ()
                ) -> Iterator[PlaceRow]:
    for values in conn.execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE {where}", args):
        yield _row(values)


def meta(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT k, v FROM meta").fetchall())


def replace_atomically(tmp: Path, final: Path) -> None:
    os.replace(tmp, final)
