"""Choose among homonyms: which 'Tripoli', 'Palmyra' or 'Paris' a text means.

Each candidate gets a score from its kind, population and how its name matched, plus the
article's evidence: countries it names (demonyms included), places it names unambiguously,
an explicit qualifier right after the name ("Paris, Texas", "Zardanah of Idlib province")
and closeness to the other places of the article. A far-away homonym never beats a
plausible local one unless the text points to it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from operator import itemgetter

from dateline.gazetteer.admin import (
    admin1_by_code,
    province_nouns,
    seat_named_nouns,
    settlement_nouns,
    side_part_nouns,
)
from dateline.gazetteer.matcher import Match
from dateline.gazetteer.namesakes import (
    FOREIGN_MAX_POPULATION,
    STRONG_EVIDENCE,
    Point,
    Votes,
    distance_km,
    far_from_named,
    foreign,
    named_outright,
    neighbours,
    small_town,
    surely_named,
)
from dateline.gazetteer.normalize import exact_key, fold_key
from dateline.gazetteer.qualify import (
    Reading,
    attach_qualifiers,
    district_key,
    district_town_of,
    districts_in_article_province,
    lists_of_divisions,
    note_province_qualifiers,
    one_sense,
    towns_named_for_division,
)
from dateline.gazetteer.spelling import (  # re-exported: callers import them from here
    NAME_ARTICLE,
    spelt_alike,
    spelt_alike_unspaced,
    spelt_as_name,
)
from dateline.gazetteer.store import Candidate

__all__ = [
    "NAME_ARTICLE", "distance_km", "neighbours", "spelt_alike", "spelt_alike_unspaced",
    "spelt_as_name",
]

KIND_PRIOR = {"country": 2.5, "admin1": 1.0, "feature": 2.5, "place": 0.0, "district": -0.5}
ROLE_BONUS = {"name": 1.0, "curated": 1.0, "alt": 0.4, "demonym": 0.0}
POPULATION_WEIGHT = 0.6
EXACT_BONUS, FOLDED_PENALTY = 1.0, -0.5
EVIDENCE_WEIGHT = 3.0  # for a country that all the article's evidence points to
QUALIFIER_COUNTRY, QUALIFIER_ADMIN1, QUALIFIER_DISTRICT = 5.0, 3.0, 2.0
NEARBY_KM, NEARBY_BONUS = 250.0, 1.0
NEARBY_DEGREES = math.degrees(NEARBY_KM / 6371.0) * 1.01  # latitude band (1% for rounding)
NEARBY_SIZE_RATIO = 20  # a nearby town gets the bonus if at least 1/20 of the largest option
UNSUPPORTED_COUNTRY_PENALTY = 1.0
# Fewer votes suffice when the name also has a reading in the article's countries: a
# village there ("al-Karama" in a Syria report) beats a bigger homonym abroad.
UNSUPPORTED_MIN_VOTES_LOCAL = 2
NEIGHBOUR_SHARE = 0.5  # of a vote, for a place in a country bordering the voted one
CAPITAL_BONUS = 1.0  # a national capital is what its bare name usually means
PROVINCE_NAMED_BONUS = 1.5  # the article names the candidate's province elsewhere
ANCHOR_MARGIN = 1.0  # first-pass readings this clear anchor the others
BIG_TOWN = 100_000  # a town this big shadows a same-named province of its country
MILLION_CITY = 1_000_000  # shadows same-named provinces abroad a tenth its size


def _rank(c: Candidate, exact: str) -> tuple[int, int]:
    return (c.exact == exact, c.role in ("name", "curated"))


def distinct_options(cands: Sequence[Candidate], text: str, province_follows: bool,
                     settlement: bool = False) -> list[Candidate]:
    """One candidate per entry (its best-matching name); a province and its seat town of the
    same name collapse to the town unless a province noun follows ("Idlib province")."""
    exact = exact_key(text)
    best: dict[tuple[object, ...], Candidate] = {}
    for c in cands:
        ident = (c.row.geonameid, c.row.kind) if c.row.geonameid else (c.row_id, c.row.name)
        if ident not in best or _rank(c, exact) > _rank(best[ident], exact):
            best[ident] = c
    options = [c for c in best.values() if c.role != "demonym" or c.exact == exact]
    options = _city_states(options)
    if settlement:
        return [c for c in options if c.row.kind == "place"]
    if province_follows:
        admins = [c for c in options if c.row.kind in ("admin1", "district")]
        # "the Kegalle district": divisions abroad that only fold to the name (Kigali City)
        # are no reading of it beside a town of that very spelling (the district is the town's)
        spelt = [c for c in options if c.row.kind == "place" and spelt_alike(exact, c.exact)]
        if spelt and admins and not any(spelt_alike(exact, c.exact)
                                        or c.row.cc in {t.row.cc for t in spelt} for c in admins):
            return spelt
        return admins or options
    # A town under its own primary name shadows its province/district of the same name (or
    # of the province's GeoNames name: Tombouctou town, Timbuktu region).
    towns = {(c.row.cc, c.row.admin1_code, fold_key(c.row.name)) for c in options
             if c.row.kind == "place"}
    towns |= {(c.row.cc, c.row.admin1_code, fold_key(c.row.name)) for c in options
              if c.row.kind == "admin1" and any((c.row.cc, c.row.admin1_code, alias) in towns
                                                for alias in _division_names(c))}
    big = {(c.row.cc, fold_key(c.row.name)) for c in options
           if c.row.kind == "place" and c.row.population >= BIG_TOWN}
    # ... and a city of a million shadows small provinces of its name abroad ("La Paz"
    # is Bolivia's seat of government, not El Salvador's La Paz department)
    city = max((c.row.population for c in options
                if c.row.kind == "place" and c.exact == exact), default=0)
    return [c for c in options
            if c.row.kind not in ("admin1", "district")
            or ((c.row.cc, c.row.admin1_code, fold_key(c.row.name)) not in towns
                and (c.row.cc, fold_key(c.row.name)) not in big
                and not (city >= MILLION_CITY and c.row.population * 10 < city))]


def _division_names(c: Candidate) -> list[str]:
    division = admin1_by_code(c.row.cc, c.row.admin1_code)
    return [fold_key(a) for a in division.aliases] if division else []


def _city_states(options: list[Candidate]) -> list[Candidate]:
    """Hong Kong, Singapore, Monaco: the city holding most of its country's people is
    what the name means (ACLED codes the city)."""
    cities = {(c.row.cc, fold_key(c.row.name)) for c in options
              if c.row.kind == "place" and c.row.population > 0}
    keep = []
    for c in options:
        if c.row.kind == "country" and (c.row.cc, fold_key(c.row.name)) in cities:
            city = max((o.row.population for o in options if o.row.kind == "place"
                        and o.row.cc == c.row.cc), default=0)
            if city * 2 >= c.row.population:
                continue
        keep.append(c)
    return keep


@cache
def capitals() -> frozenset[int]:
    """GeoNames ids of national capitals: "London", "Tripoli" alone name them first."""
    from dateline.gazetteer.countries import all_countries

    return frozenset(c.capital_geonameid for c in all_countries() if c.capital_geonameid)


def prior(c: Candidate, exact: str) -> float:
    alike = spelt_alike(exact, c.exact)
    # A region or valley is what its own spelling means; a spelling that only folds to it
    # ("Tera" to "Tirah") is more likely a town of that very spelling (Téra, Niger)
    kind = c.row.kind if alike or c.row.kind != "feature" else "place"
    # "Salvador" alone is Brazil's city, not El Salvador: a country's name without the
    # article it opens with counts as a place of that size, not as a country name
    if kind == "country" and not alike and NAME_ARTICLE.sub("", c.exact) == exact:
        kind = "place"
    score = KIND_PRIOR.get(kind, 0.0) + ROLE_BONUS.get(c.role, 0.0)
    if c.row.kind == "place" and c.row.geonameid in capitals():
        score += CAPITAL_BONUS
    score += POPULATION_WEIGHT * math.log10(c.row.population + 1)
    return score + (EXACT_BONUS if alike else FOLDED_PENALTY)


# A name in brackets right after another: 'Shiroro (Niger)', 'Kafr Malik (Ramallah)'
BRACKETED = re.compile(r"[A-Z][\w'’.-]*\s*\($")
PROVINCE_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")


def settlement_follows(text: str, match: Match) -> bool:
    """True for "Siberia village", "Mutongo town": the name is a settlement's, not a region's."""
    nxt = text[match.end:match.end + 20].split()
    return bool(nxt) and nxt[0].strip(".,;:)").lower() in settlement_nouns()


def settlement_before(text: str, match: Match) -> bool:
    """True for "the town of Hays": a settlement, not Hesse (whose alternate name it is)."""
    before = PROVINCE_BEFORE.search(text[max(0, match.start - 30):match.start])
    noun = before.group(1).lower() if before is not None else ""
    if CAPITAL_BEFORE.search(text[max(0, match.start - 40):match.start]):
        return True  # "the departmental capital Huehuetenango": the town, not its department
    if POINT_OF_REFERENCE.search(text[max(0, match.start - 30):match.start]):
        return True  # "the hills south of Tipaza": a point of reference, the town
    # "the villages of Zamfara" are in a province: only a singular noun names the settlement
    return noun in settlement_nouns() and not noun.endswith("s")


# "20 km south of X", "the hills south of X" (not "in the south of X", a part of it)
POINT_OF_REFERENCE = re.compile(
    r"(?<!\bthe )\b(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of\s+$", re.I)


# "the provincial capital Huanta", "the state capital, Maiduguri": the seat town
CAPITAL_BEFORE = re.compile(r"\b(?:regional|provincial|departmental|state|district|county|"
                            r"divisional|municipal|prefectural)\s+capital,?\s+(?:of\s+)?$", re.I)


def province_follows(text: str, match: Match) -> bool:
    """True for "Idlib province" and "the province of Swaida": a division, not its town."""
    nxt = text[match.end:match.end + 20].split()
    if nxt and nxt[0].strip(".,;:)").lower() in province_nouns():
        return True
    before = PROVINCE_BEFORE.search(text[max(0, match.start - 30):match.start])
    if before is None or before.group(1).lower() not in province_nouns():
        return False
    if before.group(1).lower() in seat_named_nouns():
        return False  # "the municipality of Tame": the town's, not a division abroad
    # "the west zone of Manaus" is a part of the city, not a zone of that name
    side = SIDE_BEFORE.search(text[max(0, match.start - 50):match.start])
    return side is None or side.group(1).lower() not in side_part_nouns()


SIDE_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:ern)?\s+([a-z]+)\s+of\s+(?:the\s+)?$",
                         re.I)


def country_evidence(readings: Sequence[Reading], trusted: Sequence[float]) -> Votes:
    """Countries the article points to: named countries/demonyms and unambiguous places,
    each with the weight its match is trusted with."""
    evidence: Votes = defaultdict(float)
    for r, weight in zip(readings, trusted, strict=True):
        if not weight:
            continue
        ccs = {c.row.cc for c in r.options}
        if any(c.row.kind == "country" for c in r.options) and len(ccs) >= 1:
            for c in r.options:
                if c.row.kind == "country":
                    evidence[c.row.cc] += weight
        elif len(ccs) == 1 and _spelt_as_an_option(r):
            # a name that only folds to a village abroad ("Sabiid" to Sabed, Romania) is
            # no evidence of the article's country
            evidence[next(iter(ccs))] += weight
    return evidence


def _spelt_as_an_option(r: Reading) -> bool:
    exact = exact_key(r.match.text)
    return any(spelt_alike_unspaced(exact, c.exact)
               or c.row.population >= FOREIGN_MAX_POPULATION for c in r.options)


def province_evidence(readings: Sequence[Reading], trusted: Sequence[float]
                      ) -> set[tuple[str, str]]:
    """Provinces the article names unambiguously ("... in Wayne County, New York")."""
    named: set[tuple[str, str]] = set()
    for r, ok in zip(readings, trusted, strict=True):
        admins = {(c.row.cc, c.row.admin1_code) for c in r.options if c.row.kind == "admin1"}
        if ok >= 1 and len(admins) == 1 and all(c.row.kind == "admin1" for c in r.options):
            named |= admins
    return named


def _contextual(c: Candidate, r: Reading, evidence: Votes, total: float,
                largest: int = 0) -> float:
    score = EVIDENCE_WEIGHT * evidence.get(c.row.cc, 0.0) / total if total else 0.0
    if evidence.get(c.row.cc, 0.0) <= 0 and c.row.cc:
        across = _neighbour_votes(c.row.cc, evidence)
        if across > 0 and total < STRONG_EVIDENCE and not _dwarfed(c, largest):
            # "Israeli strikes hit Gaza": the Gaza next door, not Mozambique's (when little
            # else is known, and among places of comparable size only, as for closeness)
            score += NEIGHBOUR_SHARE * EVIDENCE_WEIGHT * across / total
        elif _unsupported_pays(r, evidence, total):
            score -= UNSUPPORTED_COUNTRY_PENALTY
    if (c.row.kind != "admin1" and (c.row.cc, c.row.admin1_code) in r.provinces
            and not _dwarfed(c, largest)):
        score += PROVINCE_NAMED_BONUS
    if (c.row.cc, "") in r.qualifiers:
        score += QUALIFIER_COUNTRY
    if r.bracketed and c.row.kind == "admin1":  # the province's place, as good as a country's
        score += KIND_PRIOR["country"] - KIND_PRIOR["admin1"]
    if (c.row.cc, c.row.admin1_code) in r.qualifiers and c.row.kind != "admin1":
        score += QUALIFIER_ADMIN1 + QUALIFIER_COUNTRY
    if c.row.kind == "place" and (c.row.cc, district_key(c.row)) in r.districts:
        score += QUALIFIER_DISTRICT  # the Santa Cruz of Laguna, not of Batangas
    return score


def _neighbour_votes(cc: str, evidence: Votes) -> float:
    return sum(weight for other, weight in evidence.items()
               if weight > 0 and cc in neighbours(other))


def _dwarfed(c: Candidate, largest: int) -> bool:
    """A small town beside a big city of the same (primary) name: that its province is named
    somewhere in the article does not make it the city ("Toronto" next to New South Wales;
    but Bijapur, Chhattisgarh, against Vijayapura, once called Bijapur)."""
    return largest >= BIG_TOWN and c.row.population * NEARBY_SIZE_RATIO < largest


def _unsupported_pays(r: Reading, evidence: Votes, total: float) -> bool:
    """Does a reading in a country the article gives no vote pay for it?"""
    if total >= STRONG_EVIDENCE:
        return True
    local = any(evidence.get(o.row.cc, 0.0) > 0 for o in r.options)
    return local and total >= UNSUPPORTED_MIN_VOTES_LOCAL


def _nearby(c: Candidate, anchors: Sequence[tuple[float, float]], largest: int) -> float:
    """Closeness to the article's clear places (sorted by latitude) counts among towns of
    comparable size only: a village near Denver does not beat Louisville, Kentucky."""
    if c.row.kind == "country" or c.row.population * NEARBY_SIZE_RATIO < largest:
        return 0.0
    lat0, lon0 = c.row.lat, c.row.lon
    # the great-circle distance is at least the difference in latitude: only anchors
    # within NEARBY_DEGREES of it can be closer than NEARBY_KM (a bisect, not a scan)
    lo = bisect_left(anchors, lat0 - NEARBY_DEGREES, key=itemgetter(0))
    hi = bisect_right(anchors, lat0 + NEARBY_DEGREES, lo, key=itemgetter(0))
    close = any(distance_km(lat0, lon0, lat, lon) < NEARBY_KM for lat, lon in anchors[lo:hi])
    return NEARBY_BONUS if close else 0.0


def _choose(r: Reading, evidence: Votes, total: float,
            anchors: Sequence[tuple[float, float]]) -> None:
    exact = exact_key(r.match.text)
    largest = max((c.row.population for c in r.options if c.row.kind == "place"), default=0)
    own_largest = max((c.row.population for c in r.options  # a city under its own name
                       if c.row.kind == "place" and c.role == "name"), default=0)
    scored = sorted(
        ((prior(c, exact) + _contextual(c, r, evidence, total, own_largest)
          + _nearby(c, anchors, largest), i)
         for i, c in enumerate(r.options)),
        reverse=True,
    )
    if not scored:
        return
    r.best, r.score = r.options[scored[0][1]], scored[0][0]
    r.margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0
    abroad = next((score for score, i in scored if r.options[i].row.cc != r.best.row.cc), None)
    r.country_margin = scored[0][0] - abroad if abroad is not None else 10.0


def resolve(text: str, matches: Sequence[Match], trusted: Sequence[float],
            actor_votes: Mapping[str, float] | None = None) -> list[Reading]:
    """Readings for ``matches`` (in text order) with the best candidate chosen; only
    ``trusted`` matches (named entities, exact country names) count as evidence, with their
    weight (an actor's demonym, "Malian soldiers", counts less than a named place), and so
    do ``actor_votes``: the home countries of named actors ("SSPDF" says South Sudan where
    'Leer - ' is the only place named).

    Pass 1 uses only the countries named outright; pass 2 the countries of all trusted
    first-pass choices (each reading's own vote left out) and closeness to the clear ones."""
    # "West Midlands" read as "Midlands" is no evidence of where the article is.
    trusted = [0.0 if m.compass_before else t for m, t in zip(matches, trusted, strict=True)]
    readings = []
    for m in matches:
        follows = province_follows(text, m)
        # "the village of Turkana county": the noun after the name says more than the one before
        settlement = settlement_follows(text, m) or (
            not follows and settlement_before(text, m)
            and any(c.row.kind == "place" for c in m.candidates)
            and not any(c.row.kind == "country" for c in m.candidates))
        options = distinct_options(m.candidates, m.text, follows, settlement)
        readings.append(Reading(m, options, province_follows=follows,
                                bracketed=BRACKETED.search(text, 0, m.start) is not None))
    attach_qualifiers(text, readings)
    note_province_qualifiers(text, readings)
    towns_named_for_division(text, readings, _lookup)
    evidence = country_evidence(readings, trusted)
    for cc, weight in (actor_votes or {}).items():
        evidence[cc] += weight
    provinces = province_evidence(readings, trusted)
    for r in readings:
        r.provinces = provinces
        district_town_of(r)
        _choose(r, evidence, float(sum(evidence.values())), ())
    _second_pass(text, readings, trusted, {cc for cc, weight in evidence.items() if weight > 0},
                 actor_votes or {})
    lists_of_divisions(text, readings)
    one_sense(readings)
    districts_in_article_province(text, readings)
    return readings


Folded = dict[int, tuple[str, Candidate]]  # reading index -> (its name, the folded reading)


def _second_pass(text: str, readings: Sequence[Reading], trusted: Sequence[float],
                 named: set[str], actor_votes: Mapping[str, float]) -> None:
    """Choose again with the trusted first-pass choices as votes (each reading's own left out)
    and the clear places as anchors; ``named`` are the countries of the first pass's evidence
    (those named outright are worked out here, ``named_outright``)."""
    votes: Votes = defaultdict(float, actor_votes)
    for r, weight in zip(readings, trusted, strict=True):
        best = _clear_country(r, text)
        if weight and best is not None:
            votes[best.row.cc] += weight
    anchors = sorted(dict.fromkeys(  # each clear place once, however often it is named
        (r.best.row.lat, r.best.row.lon) for r in readings
        if r.best and r.best.row.kind in ("place", "feature") and r.margin >= ANCHOR_MARGIN
        and not _dateline(text, r.match)))
    folded: Folded = {i: (name_key(r), best) for i, r in enumerate(readings)
                      if (best := _clear_country(r, text)) is not None
                      and not spelt_alike(name_key(r), best.exact)}
    keys = [name_key(r) for r in readings]  # the names as written: fixed while choices change
    outright = named_outright(readings, trusted)
    for i, r in enumerate(readings):
        others, own = _votes_of_others(i, readings, trusted, votes, folded, text)
        total = float(sum(others.values()))
        _choose(r, others, total, [a for a in anchors if a not in own])
        far = small_town(r) and far_from_named(r, others, total, surely_named(
            [_clear_best(x) for x in readings], trusted, keys, i, outright))
        r.foreign = foreign(r, others, total, named) or far


def _clear_best(r: Reading) -> Candidate | None:
    """The reading's choice when it is clear enough to vote and anchor, and in a country."""
    if r.best is not None and r.best.row.cc and r.margin >= ANCHOR_MARGIN:
        return r.best
    return None


def _clear_country(r: Reading, text: str) -> Candidate | None:
    """The reading's choice when it is clear enough to vote: clear as a place, or the town
    a report opens with (its dateline) with every option near it in one country ('Chilapa -':
    Chilapa de Alvarez or another Mexican Chilapa, so Mexico; but 'came from Johnson and
    Peters', many American towns each, vote for nothing)."""
    if r.best is None or not r.best.row.cc or r.country_margin < ANCHOR_MARGIN:
        return None
    if r.margin >= ANCHOR_MARGIN or not text[:r.match.start].strip():
        return r.best
    return None


def _votes_of_others(i: int, readings: Sequence[Reading], trusted: Sequence[float],
                     votes: Votes, folded: Folded, text: str
                     ) -> tuple[Votes, list[Point]]:
    """The votes without reading ``i``'s own, and the points it may not anchor itself to."""
    r, ok = readings[i], trusted[i]
    own = [] if r.best is None else [(r.best.row.lat, r.best.row.lon)]
    others = votes.copy()
    best = _clear_country(r, text)
    if ok and best is not None:
        others[best.row.cc] -= ok
    # a folded reading is no evidence for its own name: "Bawku ... The Bawku chieftaincy"
    # both read as Baku (by its alternate name "Boku") would vote for and anchor each other
    for j, (key, folded_best) in folded.items():
        if j != i and key == name_key(r):
            others[folded_best.row.cc] -= trusted[j]
            own.append((folded_best.row.lat, folded_best.row.lon))
    return others, own


def name_key(r: Reading) -> str:
    """The reading's name as written, without a leading article ("the Bawku chieftaincy")."""
    return exact_key(r.match.text).removeprefix("the ")


def _lookup(key: str) -> Sequence[Candidate]:
    from dateline.gazetteer.index import get_gazetteer  # the store, loaded once, lazily

    return get_gazetteer().candidates(key)


def _dateline(text: str, m: Match) -> bool:
    """'KIEV, Feb 20 -': the capital a report was filed from is no clue to where its other
    places lie (Avdiivka near Donetsk, not the namesake village near Kyiv)."""
    return not text[:m.start].strip() and m.text.isupper()


