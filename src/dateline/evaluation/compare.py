"""Field comparisons shared by the matcher and the scorer (names, places, distances)."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache

from dateline.evaluation.gold import CodedEvent
from dateline.resources import load_csv

EARTH_RADIUS_KM = 6371.0
ADMIN1_TABLE = "gazetteer/admin1_acled.csv"
LOCATION_KM = 25.0  # a location counts as right within this distance (the usual geoparsing cut)
_REGIME_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")  # "(2000-)", "(1989-2019)"
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, single spaces: for forgiving name matches."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_WORD.sub(" ", ascii_text).strip()


def normalise_actor(name: str) -> str:
    """An actor name without its regime years, folded ("Military Forces of Syria (2000-)")."""
    return fold(_REGIME_YEARS.sub(" ", name))


def actors_match(gold: str, predicted: str) -> bool:
    """One name starts the other, after normalising; two empty actors agree, one empty not.

    Containment anchored at the start forgives the country suffix ACLED adds to generic and
    foreign groups ("Islamic State (Syria)" vs "Islamic State") without accepting a bare
    country ("Kenya") for "Police Forces of Kenya (2022-)".
    """
    g, p = normalise_actor(gold), normalise_actor(predicted)
    if not g or not p:
        return g == p
    return f"{g} ".startswith(f"{p} ") or f"{p} ".startswith(f"{g} ")


def names_match(gold: str, predicted: str) -> bool:
    """Exact match of folded names (country)."""
    return fold(gold) == fold(predicted)


def admin1_match(gold: str, predicted: str) -> bool:
    """Same first-level division: equal folded names, or spellings the gazetteer's ACLED table
    lists as one division ("Dar'a" = "Daraa" = "Deraa")."""
    g, p = fold(gold), fold(predicted)
    if g == p:
        return True
    synonyms = _admin1_synonyms()
    return g in synonyms and synonyms[g] == synonyms.get(p)


@cache
def _admin1_synonyms() -> dict[str, int]:
    """Folded admin1 spelling -> id of its synonym set, from data/gazetteer/admin1_acled.csv
    (owned by the gazetteer; read-only here, and optional: without it names must be equal)."""
    try:
        rows = load_csv(ADMIN1_TABLE)
    except (FileNotFoundError, OSError):
        return {}
    synonyms: dict[str, int] = {}
    for index, row in enumerate(rows):
        names = [row.get("acled_name") or "", row.get("geonames_name") or ""]
        names += (row.get("aliases") or "").split("|")
        for name in filter(None, map(fold, names)):
            synonyms.setdefault(name, index)
    return synonyms


def distance_km(a: CodedEvent, b: CodedEvent) -> float | None:
    """Great-circle distance between two events, None when either lacks coordinates."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def location_match(gold: CodedEvent, predicted: CodedEvent, km: float = LOCATION_KM) -> bool:
    d = distance_km(gold, predicted)
    return d is not None and d <= km


def day_gap(gold: CodedEvent, predicted: CodedEvent) -> int:
    return abs((gold.event_date - predicted.event_date).days)
