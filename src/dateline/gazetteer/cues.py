"""Words around a name that say what it is: a town ('in Pibor', 'Kawkareik town', whatever
spaCy's label), an organisation named after a place ('U.S. Central Command'), a people
('Tuareg', 'the Palestinian village'). Cue words live in ``data/gazetteer/matching.json``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from dateline.gazetteer.admin import settlement_nouns
from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.matcher import Match, matching
from dateline.gazetteer.normalize import exact_key, fold_key
from dateline.gazetteer.resolve import Reading, capitals

ABROAD_MAX_POPULATION = 1_000_000  # a cued town abroad this big is not re-read as a local one
UNSUPPORTED_MAX_POPULATION = 5_000  # a doubtful village abroad this small is dropped


@cache
def _town_cue() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in matching()["town_cues_before"])
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.I)


def cued(text: str, m: Match) -> bool:
    """'in Pibor', 'from Goma', 'at the Yei market', 'Kawkareik town': the words around
    say a town is named, whatever label spaCy gave the name."""
    if _town_cue().search(text[max(0, m.start - 25):m.start]):
        return True
    nxt = text[m.end:m.end + 20].split()
    return bool(nxt) and nxt[0].strip(".,;:)").lower() in settlement_nouns()


def cued_towns(text: str, readings: Sequence[tuple[Reading, str | None]],
               accepted: list[bool], actor_countries: frozenset[str] = frozenset(),
               ) -> list[bool]:
    """Accept (and re-read) the names in a town's place that have a town of that very name
    in the article's countries: those of the other accepted readings, or, when no other
    reading is accepted, the home countries of the named actors (the Janjaweed's 'Wad
    Rahma' is no Russian 'Vad', whose alternate name is 'Wad')."""
    votes = Counter(r.best.row.cc for (r, _), ok in zip(readings, accepted, strict=True)
                    if ok and r.best is not None and r.best.row.cc)
    # the countries of the other named places (an attacker's demonym names no place)
    named = Counter(r.best.row.cc for (r, _), ok in zip(readings, accepted, strict=True)
                    if ok and r.best is not None and r.best.row.cc and r.best.role != "demonym")
    result = []
    for (r, _), ok in zip(readings, accepted, strict=True):
        own = r.best.row.cc if ok and r.best is not None else ""
        others = {cc for cc, n in votes.items() if n - (cc == own) > 0} or set(actor_countries)
        places = {cc for cc, n in named.items() if n - (cc == own) > 0}
        if ok and not _doubtful_abroad(r, others):
            result.append(True)
        else:
            # a village abroad that nothing in the text supports ("Al-Mazraa" read in
            # Israel in a report of the Sweida countryside) is no place of the report
            dropped = ok and _unsupported_abroad(r, places)
            result.append(_cued_town(text, r, others) or (ok and not dropped))
    return result


def _doubtful_abroad(r: Reading, countries: set[str]) -> bool:
    """An accepted town in a country nothing else in the article points to, neither a
    capital nor a big city nor qualified by the text ("Palma" in a Mozambique report)."""
    best = r.best
    return (best is not None and best.row.kind == "place" and bool(countries)
            and best.row.cc not in countries and not r.qualifiers
            and best.row.population < ABROAD_MAX_POPULATION
            and best.row.geonameid not in capitals())


def _unsupported_abroad(r: Reading, places: set[str]) -> bool:
    """A doubtful town abroad (``_doubtful_abroad``) that is a village while the other
    places the text names lie in other countries: a village of that name the gazetteer
    lacks there is the better guess."""
    return (_doubtful_abroad(r, places)
            and r.best is not None and r.best.row.population < UNSUPPORTED_MAX_POPULATION)


def _cued_town(text: str, r: Reading, countries: set[str]) -> bool:
    """A name in a town's place ('in Pibor' tagged ORG) is that town when the gazetteer has
    a town spelt exactly so in a country the article is about (or, when it names no country,
    exactly one such town); the reading is switched to that town."""
    m = r.match
    if r.best is None or m.text.isupper() or not cued(text, m):
        return False
    spelt = exact_key(m.text)
    if _sole_district(r, spelt, countries):
        r.foreign = False  # "attacked a checkpost in Bajaur" tagged ORG
        return True
    if r.province_follows or (r.best.row.cc in countries and r.best.row.kind != "place"):
        return False  # read as a division of the article's country ("Behsud district")
    towns = [c for c in r.options if c.row.kind == "place" and c.exact == spelt
             and c.role in ("name", "curated", "alt")]
    local = [c for c in towns if c.row.cc in countries] if countries else towns
    if not local or (not countries and len({c.row.geonameid for c in local}) > 1):
        return False
    if r.best not in local:
        r.best = max(local, key=lambda c: c.row.population)
    r.foreign = False
    return True


def _sole_district(r: Reading, spelt: str, countries: set[str]) -> bool:
    """The name's only reading is a district under that very name, in a country the
    article is about (or it names none)."""
    best = r.best
    return (best is not None and len(r.options) == 1 and best.row.kind == "district"
            and best.exact == spelt and best.role in ("name", "curated")
            and (not countries or best.row.cc in countries))


ORGANISATION_AFTER = re.compile(r"^[ \t]((?:[A-Z][\w'’-]*[ \t]){0,2}([A-Z][\w'’-]*))")


@cache
def _organisation_heads() -> frozenset[str]:
    return frozenset(matching()["organisation_heads"])


# "the Markazi Tanzeem-e-Tajiran", "Muttahida Majlis-e-Amal": an Urdu or Persian compound
# joined by the izafat ('-e-', '-i-') right after a name makes it an organisation's name
IZAFAT_AFTER = re.compile(r"^[ \t][A-Z][\w'’]*-[ei]-[A-Za-z]")


def opens_organisation(text: str, m: Match) -> bool:
    """'U.S. Central Command', 'Nigeria Police Force': a name followed by capitalised words
    that end in an organisation's head noun names the organisation, not a place; so does a
    name before an izafat compound ('the Markazi Tanzeem-e-Tajiran', not Iran's province)."""
    window = text[m.end:m.end + 40]
    if IZAFAT_AFTER.match(window):
        return True
    after = ORGANISATION_AFTER.match(window)
    return after is not None and after.group(2).lower() in _organisation_heads()


def commands_area(text: str, m: Match) -> bool:
    """'The St Catherine North Police', 'the Kano State Police Command': the organisation
    the name opens is a force whose area the name is (``area_command_heads``)."""
    after = ORGANISATION_AFTER.match(text[m.end:m.end + 40])
    return after is not None and after.group(2).lower() in matching()["area_command_heads"]


@cache
def _ethnonyms() -> frozenset[str]:
    return frozenset(exact_key(w) for w in matching()["ethnonyms"])


def people_name(text: str) -> bool:
    """A people ("Tuareg", "Murle") or a country's demonym ("the Palestinian village"):
    no name of a place the gazetteer lacks."""
    key = exact_key(text)
    if key in _ethnonyms():
        return True
    cands = get_gazetteer().candidates(fold_key(text))
    return any(c.role == "demonym" and c.exact == key for c in cands)
