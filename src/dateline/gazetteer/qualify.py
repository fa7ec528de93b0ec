"""Readings of place names and what the words around them say: qualifiers ("Paris, Texas",
"Zardanah of Idlib province"), lists of divisions ("Utah, Virginia, Washington"), a name
qualified once meaning the same place where it recurs, and districts named with a province
that the gazetteer holds only elsewhere. Split from ``resolve`` (which scores the readings).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from dateline.gazetteer.admin import admin1_divisions
from dateline.gazetteer.matcher import Match, matching
from dateline.gazetteer.normalize import exact_key, fold_key
from dateline.gazetteer.store import Candidate, PlaceRow

# Words that may stand between a name and its qualifier: "Kidal, Mali", "Zardanah of Idlib
# province", "Homs in central Syria", "Paris (Texas)", "X, in the south of Y department".
QUALIFIER_GAP = re.compile(
    r"^\s*(?:(?:county|district|province|governorate|state|region|department|prefecture)"
    r"\s*)?(?:,\s*(?=in\b|near\b|outside\b))?(?:,|\(|of|in|near|outside)\s*"
    r"(?:the\s+)?(?:(?:north|south|east|west|central|"
    r"northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|northeastern|northwestern|southeastern|southwestern)[\s-]+){0,2}"
    r"(?:(?<=[a-z] )of\s+(?:the\s+)?)?"  # "San Pablo, in the south of Bolivar department"
    r"(?:(?:province|governorate|state|region|district|municipality|commune|county|"
    r"department|division|prefecture)\s+of\s+)?$",
    re.I,
)
# "El Aguaje, in the municipality of Aguililla": a town named as the unit holding the place.
UNIT_OF = re.compile(r"\b(?:municipality|commune|county|district)\s+of\s+(?:the\s+)?$", re.I)
BORDER_AFTER = re.compile(r"^\s*(?:border|frontier|boundary)\b", re.I)


@dataclass(slots=True)
class Reading:
    """A match and the candidate chosen for it."""

    match: Match
    options: list[Candidate]
    best: Candidate | None = None
    score: float = -math.inf
    margin: float = 0.0
    # over the best option in another country: 'Chilapa' (two Mexican towns) is surely Mexico
    country_margin: float = 0.0
    province_follows: bool = False
    qualifiers: set[tuple[str, str]] = field(default_factory=set)  # (cc, admin1 or "")
    # "Santa Cruz, Laguna": second-level divisions named right after it, (cc, division key)
    districts: set[tuple[str, str]] = field(default_factory=set)
    provinces: set[tuple[str, str]] = field(default_factory=set)  # named in the article
    foreign: bool = False  # a small place in a country the article is not about
    # "Bijapur district of Chhattisgarh" where the gazetteer has only Karnataka's Bijapur
    # district: read as the same-named town of Chhattisgarh, standing for its district.
    district_town: bool = False
    qualified_by: Reading | None = None  # the reading named right after it as its qualifier
    # 'Shiroro (Niger)': in brackets right after another name, where the province goes
    bracketed: bool = False


def attach_qualifiers(text: str, readings: Sequence[Reading]) -> None:
    """Record, for each reading, the countries/provinces named right after it, through
    chains through named districts ("Palmyra in Wayne County, New York")."""
    for i in range(len(readings) - 2, -1, -1):
        left, right = readings[i], readings[i + 1]
        gap = text[left.match.end:right.match.start]
        unit = UNIT_OF.search(gap) is not None
        bracket = BRACKET_OPENS.match(gap) is not None  # "Leon (Leon)": no list
        if (_listed(left, right) and not unit and not bracket) or not QUALIFIER_GAP.match(gap):
            continue  # "China, Japan" and "Illinois, Wisconsin" are lists, not qualifiers
        if BORDER_AFTER.match(text[right.match.end:right.match.end + 12]):
            continue  # "Rann near the Cameroon border" is not in Cameroon
        spelt = exact_key(right.match.text)
        left.qualified_by = right
        if _closes_note_parenthesis(text, left, right):
            # "(Al Qahirah, Taizz)": the last name is the province, whatever reading (the
            # town Taiz) it kept; the name before it lies in its country, not in Egypt
            left.qualifiers |= {(c.row.cc, "") for c in right.options if c.exact == spelt}
        # "Houston, Texas" is the state's, not Texas County's seat Houston, Missouri
        division = _is_division(right)
        for c in right.options:
            if c.exact != spelt:
                continue  # "Dori, Seno province" does not put Dori in Sinoe, Liberia
            if c.row.kind == "country":
                left.qualifiers.add((c.row.cc, ""))
            elif c.row.kind == "admin1":
                left.qualifiers.add((c.row.cc, c.row.admin1_code))
            elif unit and c.row.kind in ("place", "district"):
                left.qualifiers |= {(c.row.cc, ""), (c.row.cc, c.row.admin1_code)}
            elif c.row.kind == "district" and not division and _holds_option(c, left):
                # "Santa Cruz, Laguna", "Kordo, Mayo-Sava department": a district holding
                # one of the name's readings picks that reading (not Laguna, California)
                left.qualifiers |= {(c.row.cc, ""), (c.row.cc, c.row.admin1_code)}
                left.districts.add((c.row.cc, district_key(c.row)))
        if right.province_follows:  # a district named as such passes its own qualifiers on
            left.qualifiers |= right.qualifiers


NOTE_PARENTHESIS_PAIR = re.compile(r"^\s*,\s*$")
BRACKET_OPENS = re.compile(r"^\s*\(\s*$")


def _closes_note_parenthesis(text: str, left: Reading, right: Reading) -> bool:
    """'(Al Qahirah, Taizz)': two names, a comma between, the bracket closing after the second
    and opening before the first (an analyst note's district and province)."""
    if not NOTE_PARENTHESIS_PAIR.match(text[left.match.end:right.match.start]):
        return False
    return (text[right.match.end:right.match.end + 1] == ")"
            and text[max(0, left.match.start - 1):left.match.start] == "(")


NOTE_PARENTHESIS_AFTER = re.compile(r"\s*\(([^()]{1,60})\)")  # "Merida (Libertador, Merida)"


def note_province_qualifiers(text: str, readings: Sequence[Reading]) -> None:
    """'Leon (Leon)', 'Merida (Libertador, Merida)', 'Sitra (Capital)': the town before a
    note's parenthesis lies in the first-level division the parenthesis' last name spells
    (Nicaragua's Leon department, Venezuela's Merida state, Bahrain's Capital governorate),
    whatever bigger namesake the options kept for that name or whether it was read at all."""
    for town in readings:
        found = NOTE_PARENTHESIS_AFTER.match(text, town.match.end)
        if found is None:
            continue
        last = found.group(1).split(",")[-1].strip()
        divisions = _divisions_named().get(fold_key(last), set())
        if any(c.row.kind == "admin1" and (c.row.cc, c.row.admin1_code) in divisions
               for c in town.options):
            continue  # "the X district of Lima (Lima, Lima)": the name may be the division
        town.qualifiers |= divisions


@cache
def _divisions_named() -> dict[str, set[tuple[str, str]]]:
    """Folded name or alias of every first-level division -> its (country, GeoNames code)."""
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for div in admin1_divisions():
        for name in (div.name, *div.aliases):
            named[fold_key(name)].add((div.cc, div.code))
    return dict(named)


def district_key(row: PlaceRow) -> str:
    """The second-level division a row lies in (a district row: itself)."""
    return exact_key(row.admin2 or row.name) if row.kind == "district" else exact_key(row.admin2)


def _holds_option(district: Candidate, r: Reading) -> bool:
    """Does the district hold one of the reading's towns (same country and first-level
    division, and same second-level name where the gazetteer records one)?"""
    key = district_key(district.row)
    return any(o.row.kind == "place" and o.row.cc == district.row.cc
               and (not district.row.admin1_code or o.row.admin1_code == district.row.admin1_code)
               and (not o.row.admin2 or exact_key(o.row.admin2) == key)
               for o in r.options)


def _is_division(r: Reading, kinds: tuple[str, ...] = ("country", "admin1")) -> bool:
    """True when the name is, under its own name, a country or first-level division."""
    exact = exact_key(r.match.text)
    return any(c.row.kind in kinds and c.exact == exact and c.role != "demonym"
               for c in r.options)


def _listed(left: Reading, right: Reading) -> bool:
    """'China, Japan' and 'Illinois, Wisconsin' are lists; 'Santiago, Chile' is a town and its
    country although Santiago is also a Dominican province: a country after a name that is
    no country itself qualifies it."""
    if _is_division(left, ("country",)):
        return True
    # "Santa Cruz, Quiché", "Santa Cruz, Laguna": Santa Cruz is a province of Bolivia and
    # Argentina, but Quiché and Laguna are no divisions of theirs: a town and its division
    return bool(_division_countries(left) & _division_countries(right))


def _division_countries(r: Reading) -> set[str]:
    exact = exact_key(r.match.text)
    return {c.row.cc for c in r.options
            if c.row.kind == "admin1" and c.exact == exact and c.role != "demonym"}


def towns_named_for_division(text: str, readings: Sequence[Reading],
                             lookup: Callable[[str], Sequence[Candidate]]) -> None:
    """'Santa Cruz, Quiché' where no reading of Santa Cruz lies in Quiché: the town whose
    full name is 'Santa Cruz del Quiché' in that division (not Santa Cruz de la Sierra).
    Spanish and Portuguese towns carry their division in their full name ("Santiago de
    Veraguas" is written "Santiago, Veraguas"): the links are matching.json's."""
    for r in readings:
        right = r.qualified_by
        wanted = {q for q in r.qualifiers if q[1]}
        if right is None or not wanted or "(" in text[r.match.end:right.match.start]:
            continue
        if any((c.row.cc, c.row.admin1_code) in wanted and c.row.kind == "place"
               for c in r.options):
            continue
        towns = [c for link in matching()["division_links"]
                 for c in lookup(fold_key(f"{r.match.text} {link} {right.match.text}"))
                 if c.row.kind == "place" and (c.row.cc, c.row.admin1_code) in wanted]
        if towns:
            r.options = towns


def district_town_of(r: Reading) -> None:
    """A district named with its province ("X district of P", "P's X district", P named
    in the article) that the gazetteer holds only in other provinces is the district of
    P's same-named town (districts are mostly named after their seat)."""
    if not r.province_follows:
        return
    wanted = {q for q in r.qualifiers if q[1]} or r.provinces
    if not wanted or any((c.row.cc, c.row.admin1_code) in wanted for c in r.options):
        return
    towns = [c for c in r.match.candidates if c.row.kind == "place"
             and (c.row.cc, c.row.admin1_code) in wanted and c.role in ("name", "curated")]
    if towns:
        r.options, r.district_town = towns, True


def one_sense(readings: Sequence[Reading]) -> None:
    """A name qualified once ("Cornwall in South West England") means that place wherever
    it recurs unqualified in the article ("Cornwall Council", "Devon and Cornwall")."""
    qualified: dict[str, Reading] = {}
    for r in readings:
        if r.best is not None and any(cc == r.best.row.cc for cc, _ in r.qualifiers):
            qualified.setdefault(exact_key(r.match.text), r)
    for r in readings:
        source = qualified.get(exact_key(r.match.text))
        if source is None or r.qualifiers or source.best is None:
            continue
        same = [c for c in r.options if c.row_id == source.best.row_id]
        if same:
            r.best, r.margin = same[0], max(r.margin, source.margin)
            r.score = max(r.score, source.score)


LIST_GAP = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$")
CONJUNCTION = re.compile(r"\b(?:and|or)\b")


def _between(text: str, a: Reading, b: Reading) -> str:
    return text[min(a.match.end, b.match.end):max(a.match.start, b.match.start)]


def lists_of_divisions(text: str, readings: Sequence[Reading]) -> None:
    """'Utah, Virginia, Washington, West Virginia': a name listed among provinces of one
    country is that country's province too (Washington the state, Georgia the US state)."""
    for i, r in enumerate(readings):
        if r.best is None or r.best.row.kind == "admin1":
            continue
        listed = [o for o in (readings[i - 1] if i else None,
                              readings[i + 1] if i + 1 < len(readings) else None)
                  if o is not None and o.best is not None and o.best.row.kind == "admin1"
                  and LIST_GAP.match(_between(text, o, r))]
        # "Washington, DC" is a town and its qualifier; a list has two sides or an "and".
        if len(listed) < 2 and not any(CONJUNCTION.search(_between(text, o, r))
                                       for o in listed):
            continue
        for other in listed:
            assert other.best is not None
            same = [c for c in r.match.candidates
                    if c.row.kind == "admin1" and c.row.cc == other.best.row.cc]
            if same:
                r.best = same[0]
                break


def districts_in_article_province(text: str, readings: Sequence[Reading]) -> None:
    """'an explosive device in the Kutru area of Bijapur district' in a report whose other
    places lie in Chhattisgarh is Chhattisgarh's Bijapur, not Karnataka's Bijapur district:
    a district named as such, with no qualifier, read in a province no other place of the
    article lies in, is the same-named district or town of the province the others share.
    So is a town filed from ('Bijapur: Maoists ... near Bastar')."""
    # province -> names of the article's places there (not the dateline's), the province's
    # own name included ("in Michigan ... in Monroe County")
    provinces: dict[tuple[str, str], set[str]] = {}
    for r in readings:
        if (r.best is not None and r.best.row.kind in ("place", "district", "admin1")
                and not (not text[:r.match.start].strip() and r.match.text.isupper())):
            key = (r.best.row.cc, r.best.row.admin1_code)
            provinces.setdefault(key, set()).add(exact_key(r.match.text))
    for r in readings:
        best = r.best
        if best is None or r.qualifiers or not (
                (best.row.kind == "district" and r.province_follows) or _dateline_town(text, r)):
            continue
        own = (best.row.cc, best.row.admin1_code)
        if provinces.get(own, set()) - {exact_key(r.match.text)}:
            continue  # another place of the article lies in the district's province
        shared = [c for c in r.match.candidates if c.exact == best.exact
                  and c.role in ("name", "curated") and c.row.kind in ("district", "place")
                  and (c.row.cc, c.row.admin1_code) != own
                  and provinces.get((c.row.cc, c.row.admin1_code))]
        if not shared:
            continue
        found = min(shared, key=lambda c: (c.row.kind != "district", -c.row.population))
        r.best, r.district_town = found, found.row.kind == "place" and r.province_follows


def _dateline_town(text: str, r: Reading) -> bool:
    """'Bijapur: Two jawans ...', 'BIJAPUR, May 3 -': the town a report is filed from."""
    after = text[r.match.end:r.match.end + 2].lstrip()[:1]
    return (not text[:r.match.start].strip() and r.best is not None
            and r.best.row.kind == "place" and after in (":", ",", "-", "\u2013", "\u2014"))
