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


@lru_cache(maxsize=16)
def _country_keys(cc: str) -> tuple[tuple[str, ...], tuple[PlaceRow, ...]]:
    keys: list[str] = []
    rows: list[PlaceRow] = []
    gaz = get_gazetteer()
    for conn in gaz._connections():
        query = (
            f"SELECT n.key, {', '.join('p.' + c.strip() for c in store.PLACE_COLUMNS.split(','))}"
            " FROM places p JOIN names n ON n.place_id = p.id"
            " WHERE p.cc = ? AND p.kind IN ('place', 'feature') AND n.role != 'demonym'"
        )
        for values in conn.execute(query, (cc,)):
            keys.append(values[0])
            rows.append(PlaceRow(*values[1:]))
    return tuple(keys), tuple(rows)


def fuzzy_place(name: str, countries: list[str]) -> tuple[PlaceRow, float] | None:
    """The closest place named like ``name`` in ``countries`` (score 0..100), if close enough."""
    key = fold_key(name)
    if len(key) < MIN_KEY_LENGTH:
        return None
    best: tuple[PlaceRow, float] | None = None
    for cc in countries:
        keys, rows = _country_keys(cc)
        found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY)
        if found and (best is None or found[1] > best[1]
                      or (found[1] == best[1] and rows[found[2]].population > best[0].population)):
            best = (rows[found[2]], float(found[1]))
    return best
