"""Fuzzy resolution of place names the exact keys miss, within the article's countries.

Used for spaCy GPE/LOC entities that no key matched ("Kafranbel" for "Kafr Nabl"): their
folded key is compared with rapidfuzz against the folded names of places in the countries
the article is about, never worldwide (too many near-homonyms).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from dateline.gazetteer import store
from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.normalize import fold_key
from dateline.gazetteer.store import PlaceRow

MIN_SIMILARITY = 88.0
MIN_KEY_LENGTH = 5


@lru_cache(maxsize=64)
def _country_keys(cc: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Folded names of the towns and features of ``cc`` with (connection, place id)."""
    keys: list[str] = []
    ids: list[tuple[int, int]] = []
    for i, conn in enumerate(get_gazetteer().connections()):
        stored = store.read_country_keys(conn, cc)
        if stored is None:
            rows = conn.execute(store.COUNTRY_KEYS_QUERY, (cc,)).fetchall()
            stored = [key for key, _ in rows], [place_id for _, place_id in rows]
        keys += stored[0]
        ids += [(i, place_id) for place_id in stored[1]]
    return tuple(keys), tuple(ids)


def _row(ref: tuple[int, int]) -> PlaceRow:
    conn = get_gazetteer().connections()[ref[0]]
    values = conn.execute(f"SELECT {store.PLACE_COLUMNS} FROM places WHERE id = ?",
                          (ref[1],)).fetchone()
    return PlaceRow(*values)


def fuzzy_place(name: str, countries: list[str]) -> tuple[PlaceRow, float] | None:
    """The closest place named like ``name`` in ``countries`` (score 0..100), if close enough."""
    key = fold_key(name)
    if len(key) < MIN_KEY_LENGTH:
        return None
    best: tuple[PlaceRow, float] | None = None
    for cc in countries:
        found = _closest(key, cc)
        if found is None:
            continue
        row, score = found
        if best is None or score > best[1] or (
                score == best[1] and row.population > best[0].population):
            best = (row, score)
    return best


@lru_cache(maxsize=4096)
def _closest(key: str, cc: str) -> tuple[PlaceRow, float] | None:
    """The best match of ``key`` among the names of ``cc`` (a name recurs in an article and
    across a batch: the scan over tens of thousands of names runs once per name)."""
    keys, ids = _country_keys(cc)
    found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY)
    return None if found is None else (_row(ids[found[2]]), float(found[1]))
