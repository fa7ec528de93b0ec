"""The gazetteer others query: name key -> candidate places, from SQLite files.

The embedded index is built once (``build.build_embedded``) into the user cache directory
(``DATELINE_GAZETTEER_CACHE`` overrides the path). A local gazetteer imported from GeoNames
dumps (``dateline gazetteer import``, in the settings' ``gazetteer_dir``) is queried first
and wins over the embedded entry for the same geonameid.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from functools import cache, lru_cache
from pathlib import Path

import platformdirs

from dateline.gazetteer import store
from dateline.gazetteer.admin import clean_division_name
from dateline.gazetteer.build import build_embedded, build_signature
from dateline.gazetteer.countries import country_by_iso2
from dateline.gazetteer.normalize import fold_key
from dateline.gazetteer.store import Candidate, PlaceRow
from dateline.model import Place
from dateline.settings import get_settings

IMPORTED_NAME = "geonames.sqlite"
STALE_MIN_AGE = 86_400.0  # seconds: an index used (or built) within a day may be in use
STALE_KEEP = 3  # older indexes kept besides the current one, whatever their age


def embedded_path() -> Path:
    override = os.environ.get("DATELINE_GAZETTEER_CACHE")
    base = Path(override) if override else Path(platformdirs.user_cache_dir("dateline"))
    return base / f"gazetteer-{build_signature()}.sqlite"


def imported_path() -> Path:
    return Path(get_settings().gazetteer_dir) / IMPORTED_NAME


def ensure_embedded() -> Path:
    path = embedded_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        build_embedded(path)
        _remove_stale(path)
    else:
        _mark_used(path)
    return path


def _mark_used(path: Path) -> None:
    """Touch the index on opening, so that another tree's cleanup sees it is in use."""
    with contextlib.suppress(OSError):  # a read-only cache: then nobody removes it either
        os.utime(path)


def _remove_stale(current: Path, keep: int = STALE_KEEP, min_age: float = STALE_MIN_AGE) -> None:
    """Indexes built from older data are rarely read again: free their disk space, but
    never an index younger than a day (another checkout of the code may be using it, and
    SQLite holds no lock that unlinking would respect) and keep the ``keep`` newest."""
    now = time.time()
    others = sorted((p for p in current.parent.glob("gazetteer-*.sqlite") if p != current),
                    key=_mtime, reverse=True)
    for rank, old in enumerate(others):
        if rank >= keep and now - _mtime(old) >= min_age:
            old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


class Gazetteer:
    """Read-only lookups over the imported (if any) and embedded gazetteers."""

    def __init__(self, embedded: Path, imported: Path | None = None) -> None:
        self.paths = [p for p in (imported, embedded) if p is not None and p.exists()]
        self._pid = -1
        self._conns: list[sqlite3.Connection] = []

    def connections(self) -> list[sqlite3.Connection]:
        """Open read-only connections, imported first (SQLite connections must not cross
        fork(): they are reopened in each worker process)."""
        if self._pid != os.getpid():
            self._conns = [store.connect(p, readonly=True) for p in self.paths]
            self._pid = os.getpid()
        return self._conns

    def candidates(self, key: str) -> list[Candidate]:
        return list(self._cached_candidates(key)) if key else []

    @lru_cache(maxsize=100_000)  # noqa: B019 - one long-lived instance per process
    def _cached_candidates(self, key: str) -> tuple[Candidate, ...]:
        found: list[Candidate] = []
        seen: set[tuple[int | None, str]] = set()
        for conn in self.connections():
            # An entry of an earlier (imported) gazetteer hides the same entry in later ones.
            fresh = [c for c in store.lookup(conn, key)
                     if not c.row.geonameid or (c.row.geonameid, c.row.kind) not in seen]
            seen.update((c.row.geonameid, c.row.kind) for c in fresh if c.row.geonameid)
            found.extend(fresh)
        return tuple(found)

    def by_geonameid(self, geonameid: int) -> PlaceRow | None:
        for conn in self.connections():
            row = store.place_by_geonameid(conn, geonameid)
            if row is not None:
                return row
        return None

    def admin1(self, cc: str, name: str) -> PlaceRow | None:
        """The first-level division of country ``cc`` named ``name`` (ACLED or code)."""
        for conn in self.connections():
            for row in store.iter_places(
                conn, "kind = 'admin1' AND cc = ? AND (admin1 = ? OR admin1_code = ?)",
                (cc, name, name),
            ):
                return row
        return None

    def seat(self, row: PlaceRow) -> PlaceRow | None:
        """The capital/seat town of a country, province or district row."""
        return self.by_geonameid(row.seat_geonameid) if row.seat_geonameid else None

    def seat_of(self, place: Place, kind: str) -> Place | None:
        """The town coded for a country, province or district mention: its capital/seat."""
        if kind == "country":
            country = country_by_iso2(place.country_code)
            gid = country.capital_geonameid if country else None
            row = self.by_geonameid(gid) if gid else None
        elif kind == "admin1":
            division = self.admin1(place.country_code, place.admin1 or place.name)
            row = self.seat(division) if division else None
        elif kind == "district":
            row = self._district_seat(place)
        else:
            return None
        return row.to_place() if row else None

    def _district_seat(self, place: Place) -> PlaceRow | None:
        """A district is coded at its same-named town in the same province ("Mashegu Local
        Government Area" -> Mashegu), else at the seat of the district of that province."""
        names = {fold_key(place.name), fold_key(clean_division_name(place.name))}
        local = [c.row for key in names for c in self.candidates(key)
                 if c.row.cc == place.country_code
                 and (not place.admin1 or c.row.admin1 == place.admin1)]
        towns = sorted((r for r in local if r.kind == "place"), key=lambda r: -r.population)
        if towns:
            return towns[0]
        return next((self.seat(r) for r in local if r.kind == "district"), None)

    def info(self) -> list[dict[str, str]]:
        found = []
        for path, conn in zip(self.paths, self.connections(), strict=True):
            places = conn.execute("SELECT COUNT(*) FROM places").fetchone()[0]
            names = conn.execute("SELECT COUNT(*) FROM names").fetchone()[0]
            found.append({"path": str(path), **store.meta(conn), "places": str(places),
                          "names": str(names)})
        return found


@cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, then opened in milliseconds)."""
    imported = imported_path()
    return Gazetteer(ensure_embedded(), imported if imported.exists() else None)


def reset_gazetteer() -> None:
    """Forget the cached instance (after an import)."""
    get_gazetteer.cache_clear()
    from dateline.gazetteer import fuzzy

    fuzzy._country_keys.cache_clear()
