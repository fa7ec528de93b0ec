"""Import GeoNames dumps into the local gazetteer (SQLite in the settings' gazetteer_dir).

Accepted files (zipped or plain): geoname tables (``allCountries.zip``, per-country ``SY.zip``,
``cities500.zip``/``cities1000.zip``...), ``alternateNamesV2.zip`` (names added to places
already imported) and ``admin1CodesASCII.txt`` (first-level division names). Imported
entries take precedence over the embedded gazetteer for the same geonameid.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm

from dateline.gazetteer import admin, store

# GeoNames feature classes -> gazetteer kinds (ADM1 stays with the embedded table).
KIND_BY_CLASS = {"P": "place", "S": "feature", "T": "feature", "H": "feature", "L": "feature",
                 "V": "feature", "U": "feature", "R": "feature"}
ALT_LANGUAGES = frozenset({"", "en", "fr", "es", "pt", "de", "it", "nl", "id", "tr", "sw"})


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[str]]:
    """Text lines of ``path``; for a zip, of its main .txt member."""
    if path.suffix.lower() != ".zip":
        with path.open(encoding="utf-8") as handle:
            yield iter(handle)
        return
    with zipfile.ZipFile(path) as archive:
        members = [n for n in archive.namelist()
                   if n.endswith(".txt") and "readme" not in n.lower()]
        if not members:
            raise ValueError(f"{path.name}: no .txt table inside")
        with archive.open(members[0]) as raw:
            yield iter(io.TextIOWrapper(raw, encoding="utf-8"))


def file_kind(path: Path) -> str:
    """'admin1', 'alternates' or 'geonames', from the file name and first row."""
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("alternatenames"):
        return "alternates"
    with _lines(path) as lines:
        first = next(lines, "").rstrip("\n").split("\t")
    if len(first) >= 19:
        return "geonames"
    if len(first) in (4, 8, 10) and first[1].isdigit():
        return "alternates"
    raise ValueError(f"{path.name}: not a GeoNames table (expected 19 tab-separated columns)")


def read_admin1(path: Path) -> dict[tuple[str, str], str]:
    """(country code, admin1 code) -> name, from admin1CodesASCII.txt."""
    names = {}
    with _lines(path) as lines:
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and "." in cols[0]:
                cc, code = cols[0].split(".", 1)
                names[(cc, code)] = admin.clean_division_name(cols[1])
    return names


def _geoname_row(cols: list[str], admin1_names: dict[tuple[str, str], str]
                 ) -> tuple[store.PlaceRow, list[tuple[str, str]]] | None:
    fclass, fcode, cc, code = cols[6], cols[7], cols[8], cols[10]
    kind = "district" if fcode == "ADM2" else KIND_BY_CLASS.get(fclass)
    if kind is None:
        return None
    admin1 = admin.admin1_name(cc, code) or admin1_names.get((cc, code), "")
    row = store.PlaceRow(
        geonameid=int(cols[0]), name=cols[1], lat=float(cols[4]), lon=float(cols[5]), cc=cc,
        admin1_code=code, admin1=admin1, admin2=cols[1] if kind == "district" else "",
        fclass=fclass, fcode=fcode, population=int(cols[14] or 0), kind=kind,
    )
    names = [(cols[1], "name"), (cols[2], "alt")]
    names += [(n, "alt") for n in cols[3].split(",") if store.usable_alternate(n)]
    return row, names


def import_geonames(conn: sqlite3.Connection, path: Path,
                    admin1_names: dict[tuple[str, str], str]) -> int:
    writer = store.Writer(conn)
    known = {gid for (gid,) in conn.execute("SELECT geonameid FROM places")}
    added = 0
    with _lines(path) as lines:
        for line in tqdm(lines, desc=path.name, unit=" rows", mininterval=1.0, disable=None):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 19 or not cols[0].isdigit() or int(cols[0]) in known:
                continue
            parsed = _geoname_row(cols, admin1_names)
            if parsed:
                writer.add(*parsed)
                known.add(int(cols[0]))
                added += 1
    writer.finish({"source": "geonames-import"})
    return added


def import_alternates(conn: sqlite3.Connection, path: Path) -> int:
    """Names from alternateNamesV2 for places already imported (others are skipped)."""
    ids = dict(conn.execute("SELECT geonameid, id FROM places WHERE geonameid IS NOT NULL"))
    rows: list[tuple[str, str, int, str]] = []
    from dateline.gazetteer.normalize import exact_key, fold_key

    with _lines(path) as lines:
        for line in tqdm(lines, desc=path.name, unit=" names", mininterval=1.0, disable=None):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not cols[1].isdigit():
                continue
            place_id = ids.get(int(cols[1]))
            name = cols[3]
            if place_id is None or cols[2] not in ALT_LANGUAGES or not store.usable_alternate(name):
                continue
            key = fold_key(name)
            if key:
                rows.append((key, exact_key(name), place_id, "alt"))
    conn.executemany("INSERT INTO names VALUES (?,?,?,?)", rows)
    conn.commit()
    return len(rows)


def import_files(paths: list[Path], target: Path,
                 report: Callable[[str], None] = print) -> dict[str, int]:
    """Import ``paths`` into the SQLite gazetteer at ``target`` (created if missing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    kinds = {p: file_kind(p) for p in paths}
    admin1_names: dict[tuple[str, str], str] = {}
    for p in (p for p in paths if kinds[p] == "admin1"):
        admin1_names.update(read_admin1(p))
        # they name the divisions of places imported in the same call only
        report(f"{p.name}: {len(admin1_names):,} division names read, for the tables given with it")
    conn = store.connect(target)
    counts = {"places": 0, "names": 0}
    try:
        for p in (p for p in paths if kinds[p] == "geonames"):
            added = import_geonames(conn, p, admin1_names)
            counts["places"] += added
            report(f"{p.name}: {added:,} places imported")
        for p in (p for p in paths if kinds[p] == "alternates"):
            added = import_alternates(conn, p)
            counts["names"] += added
            report(f"{p.name}: {added:,} alternate names of imported places added")
        conn.executescript(store.INDEXES)
        store.write_country_keys(conn)
    finally:
        conn.close()
    return counts
