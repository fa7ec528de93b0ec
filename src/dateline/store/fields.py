"""Field-level helpers of the dedup rules: their tolerances, distances between places, what
kind of actor a name is, and name normalisation (``store/dedup.py`` composes them)."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from dateline.model import Event
from dateline.resources import load_csv, load_json


@cache
def settings() -> dict[str, Any]:
    return dict(load_json("store/dedup.json"))


def widest_date_tolerance() -> int:
    """The widest date tolerance in days (any precision, or dated by publication): no report
    further apart than this can match."""
    values = [int(v) for v in settings()["date_tolerance_days"].values()]
    return max([*values, int(settings()["unknown_date_tolerance_days"])])


@cache
def compatible_types() -> frozenset[frozenset[str]]:
    rows = load_csv("store/compatible_types.csv")
    return frozenset(frozenset((r["type_a"], r["type_b"])) for r in rows)


@cache
def actor_kinds() -> tuple[tuple[str, str], ...]:
    """(lower-cased prefix, kind) pairs: kind is ``generic`` or ``state``."""
    return tuple((r["prefix"].casefold(), r["kind"]) for r in load_csv("store/actor_kinds.csv"))


def distance_km(a: Event, b: Event) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def actor_kind(name: str) -> str:
    """``generic``, ``state`` or ``named`` (a specific non-state actor), from the name's prefix."""
    folded = name.strip().casefold()
    if not folded:
        return "generic"
    return next((kind for prefix, kind in actor_kinds() if folded.startswith(prefix)), "named")


def named_actors(event: Event) -> list[str]:
    """The event's specific actors (state forces included, generic ones left out), normalised."""
    assoc = (*event.assoc_actor_1.split(";"), *event.assoc_actor_2.split(";"))
    names = (event.actor1, event.actor2, *assoc)
    keys = [actor_key(n) for n in names if actor_kind(n) != "generic"]
    return list(dict.fromkeys(k for k in keys if k))


def actor_key(name: str) -> str:
    """The name without parentheticals: regime years "(2015-)" and country qualifiers
    "(Nigeria)" (countries are compared separately), so that "Islamic State (Nigeria)" matches
    "Islamic State West Africa Province" as a token subset."""
    return norm(re.sub(r"\([^)]*\)", "", name))


def actors_match(x: str, y: str) -> bool:
    if actor_kind(x) == "state" and actor_kind(y) == "state":
        return True
    return names_similar(x, y)


def names_similar(x: str, y: str) -> bool:
    """The two actor names match as token sets (``actor_similarity``), whatever their kind."""
    return fuzz.token_set_ratio(x, y) >= float(settings()["actor_similarity"])


def norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


def actor_countries_agree(a: Event, b: Event) -> bool:
    """ACLED actor names carry a country qualifier ("Civilians (Nigeria)"): a report without a
    country still contradicts one set in another country through its actors' qualifiers."""
    for placeless, other in ((a, b), (b, a)):
        if not placeless.country and other.country:
            named = {norm(q) for q in actor_qualifiers(placeless)}
            if named and norm(other.country) not in named:
                return False
    return True


def actor_qualifiers(event: Event) -> list[str]:
    names = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
    found = [q for n in names for q in re.findall(r"\(([^)]*)\)", n)]
    return [q for q in found if not re.search(r"\d", q)]  # "(2015-)" is a regime period
