"""Whether a gazetteer reading of a name is a place here (the 'places' stage's test).

spaCy's place label (GPE/LOC) is support enough, unless the name only folds to an unpeopled
hamlet's alternate name; without it a reading must score above a bar that the context
lowers (a settlement noun or apposition, a locative word, the report's dateline, a
multi-word name, a unique big city) and a person/organisation label raises. The weight a
match has as evidence of the article's countries is set here too.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.gazetteer.admin import province_nouns
from dateline.gazetteer.countries import country_by_name
from dateline.gazetteer.cues import cued
from dateline.gazetteer.matcher import Match, matching
from dateline.gazetteer.normalize import exact_key, fold_key, spelt_key
from dateline.gazetteer.resolve import Reading, name_key, spelt_alike_unspaced, spelt_as_name
from dateline.model import Document, Span
from dateline.pipeline.place_entities import BLOCKING_LABELS, Context
from dateline.pipeline.place_words import (
    DATELINE_BYLINE,
    adjectival_at,
    names_city_part_at,
    owned_part,
    owns_part,
    owns_part_before,
)
from dateline.resources import load_json

MIN_SCORE = 5.0  # unsupported by NER: a big place, an exact name, or in the article's country
MIN_SCORE_SENTENCE_START = 6.0
PERSON_ORG_EXTRA = 0.5
MULTI_WORD_RELIEF = 1.0
ACTOR_DEMONYM_WEIGHT = 0.5
LOCATIVE_RELIEF = 1.0  # "near X", "X, Y province": the context says X is a place
SETTLEMENT_RELIEF = 2.0  # "the town of X"
# What ends a local dateline in ordinary case: a colon, a spaced dash, or a full stop before
# the first sentence ("Juliaca. Hundreds of farmers ..."); not "Kasserine-based".
LOCAL_DATELINE_END = re.compile(r"\s*:|\s+[-\u2013\u2014]\s|\.[ \t]+[A-Z]")
DATELINE_RELIEF = 2.0  # "Kenscoff: terror in the hills ...": the report's place
UNIQUE_RELIEF = 1.5  # the only reading is a city of 100,000 or more
HEADLINE_RELIEF = 1.5  # the name opening a headline, spelt as the place's own name
BIG_PLACE = 100_000
BRACKETS = re.compile(r"\s*[()]\s*")  # spaCy's "Jinja (Jinja": cut at the note's bracket


def entity_label(ctx: Context, m: Match) -> str | None:
    """spaCy's label when its entity is this name ("the Euphrates Valley" counts); None when
    no entity or a larger one covers it ("Delta" in "Danube Delta" is not supported)."""
    doc = ctx.doc
    for ent in ctx.entities.overlapping(Span(m.start, m.end, m.text)):
        start, end = _bracket_part(doc.text, ent.span.start, ent.span.end, m)
        rest = (doc.text[start:m.start] + doc.text[m.end:end]).split()
        # "Ganta City" (GPE) supports Ganta where the gazetteer lacks the longer name
        extra = [w for w in rest if w.lower() not in ("the", "'s", "’s") and w != "City"]
        # "Pauk township" is not spaCy's support for Pauk anywhere ("Joseph village" in a
        # Syria report is no Joseph, Oregon): the noun is a cue for a local town instead
        if extra:
            return None
        return "GPE" if ent.label == "NORP" and norp_town(doc.text, m) else ent.label
    return None


NORP_TOWN = 5_000  # people: a town spaCy took for a people's name, not a hamlet or a county
NEXT_WORD = re.compile(r"\s*([\w'’-]+|[.,;:)\]])")


def norp_town(text: str, m: Match) -> bool:
    """'Gunmen killed 3 in Kidal on Monday', 'the Makeni police station': a one-word name
    spaCy tags NORP, named where a town is (``norp_town_after``, ``norp_town_nouns``), is a
    town spaCy took for a people's name."""
    spelt = exact_key(m.text)
    if m.n_tokens != 1 or any(c.role == "demonym" for c in m.candidates) or not any(
            c.exact == spelt and c.row.kind == "place" and c.row.population >= NORP_TOWN
            for c in m.candidates):
        return False  # 'from Hand, foot and mouth disease': no town of that very name
    nxt = NEXT_WORD.match(text, m.end)
    after = nxt.group(1).lower() if nxt else "."
    words = matching()
    if after in words["norp_town_nouns"]:
        return True  # "the Makeni police station", "Mafeteng police are investigating"
    return (not after[0].isalnum() or after in words["norp_town_after"]) and _town_cue_before(
        text, m.start)


@cache
def _town_cue() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(matching()["town_cues_before"], key=len,
                                                   reverse=True))
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def _town_cue_before(text: str, start: int) -> bool:
    return _town_cue().search(text[max(0, start - 25):start]) is not None


def _bracket_part(text: str, start: int, end: int, m: Match) -> tuple[int, int]:
    """The part of an entity holding ``m`` between brackets: spaCy's "Jinja (Jinja" across a
    note's parenthesis is two names, each its own entity."""
    for cut in BRACKETS.finditer(text, start, end):
        if cut.end() <= m.start:
            start = cut.end()
        elif cut.start() >= m.end:
            return start, cut.start()
    return start, end


def vote_weight(ctx: Context, m: Match, label: str | None) -> float:
    """How much may this match vote for the article's countries? Named entities may (spaCy
    often calls Arabic or African towns PERSON/ORG), the dateline, and exact country or
    province names; the demonym of an actor only weakly ("Russian jets" over Syria, but
    "Malian soldiers" in Mali)."""
    if owned_part(ctx.doc.text, m.start, m.end) or adjectival_at(ctx.doc.text, m.end):
        # "Iran-backed militia" in Taizz, "Saudi-led jets": a sponsor's country is no clue
        # to where the article's other places lie (a vote would be all the evidence)
        return 0.0
    if names_city_part_at(ctx.doc.text, m.start, m.end):
        return 0.0  # "the Cienfuegos sector" of Santo Domingo votes for no Cuba
    if any(a.span.start <= m.start and m.end <= a.span.end
           for a in ctx.actors.overlapping(Span(m.start, m.end, m.text))):
        return ACTOR_DEMONYM_WEIGHT
    if label is not None or _dateline(ctx.doc, m):
        return 1.0
    return float(any(c.role in ("name", "demonym") and c.row.kind in ("country", "admin1")
               and c.exact == m.text.lower() for c in m.candidates))


def _dateline(doc: Document, m: Match) -> bool:
    """'MAIDUGURI, Nigeria, May 30 -', 'TURBAT:': the capitalised name opening the report,
    followed by a comma, dash or colon, is the place it was filed from; so is a name in
    ordinary case opening it before a colon, a spaced dash or a full stop, as local papers
    write it ('Macomia: The residents', 'Sbeitla - The town', 'Manta. Terror in ...')."""
    if doc.text[:m.start].strip():
        return False
    end = m.end + _byline_length(doc.text, m.end)  # "BAJAUR (correspondent):"
    after = doc.text[end:end + 3].lstrip()[:1]
    if m.text.isupper():
        return after in (",", "-", ":", "\u2013", "\u2014")
    return m.n_tokens <= 3 and LOCAL_DATELINE_END.match(doc.text, end) is not None


BYLINE = re.compile(rf"{DATELINE_BYLINE}(?=[ \t]*[:\-\u2013\u2014])")


def _byline_length(text: str, at: int) -> int:
    """Length of a bracketed byline between a dateline's name and its mark ('(correspondent)')."""
    found = BYLINE.match(text, at)
    return len(found.group(0)) if found else 0


DATELINE_COUNTRY = re.compile(r"\s*,\s*([A-Z][\w .'’-]{2,40}?)\s*[,\-\u2013\u2014]")


def _dateline_with_its_country(doc: Document, m: Match, cc: str) -> bool:
    """The report's dateline names the reading's own country after it ('BOGURA, Bangladesh,
    May 6 -'): a spelling folded to that country's town is that town."""
    if not _dateline(doc, m):
        return False
    named = DATELINE_COUNTRY.match(doc.text, m.end)
    country = country_by_name(named.group(1)) if named else None
    return country is not None and country.iso2 == cc


@cache
def _locative() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in matching()["locative_before"])
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.I)


@cache
def _settlement_cue() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in matching()["settlement_before"])
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.I)


@cache
def _apposition_cue() -> re.Pattern[str]:
    """'Vorukh, a Tajik exclave', 'Porga, a small border village': the apposition says what
    the name is."""
    words = "|".join(re.escape(w) for w in matching()["apposition_settlement_nouns"])
    return re.compile(rf",\s+an?\s+(?:[\w'’-]+\s+){{0,3}}?(?:{words})\b")


@cache
def _settlement_apposed() -> re.Pattern[str]:
    """'Kanan village, Sagaing', 'the town of Dori, Seno': a name right after a named
    settlement and a comma says where that settlement lies."""
    words = "|".join(re.escape(w) for w in matching()["apposition_settlement_nouns"])
    return re.compile(rf"\b[A-Z][\w'’-]*\s+(?:{words})\s*,\s*$")


def _locative_relief(doc: Document, m: Match, province: bool) -> float:
    """'the town of Rann' (2), 'near Dori', 'Djugu territory', 'Dori, Seno province' (1):
    the words around say the name is a place."""
    before = doc.text[max(0, m.start - 25):m.start]
    if (_settlement_cue().search(before) or _apposition_cue().match(doc.text, m.end)
            or owns_part(doc.text, m.end) or owns_part_before(doc.text, m.start)):
        return SETTLEMENT_RELIEF
    if province or _locative().search(before) or _settlement_apposed().search(before):
        return LOCATIVE_RELIEF
    nxt = re.match(r",\s*[A-Z][\w'’-]+\s+(\w+)", doc.text[m.end:m.end + 40])
    return LOCATIVE_RELIEF if nxt and nxt.group(1).lower() in province_nouns() else 0.0


def is_place_reading(doc: Document, r: Reading, label: str | None) -> bool:
    if r.best is None or _division_read_as_village(doc, r):
        return False
    if (label in ("GPE", "LOC") and not _folded_hamlet(r)) or (
            r.best.row.kind == "country" and r.best.role != "alt"):
        return True
    if r.best.row.population > 0 and _dateline_with_its_country(doc, r.match, r.best.row.cc):
        return True  # "BOGURA, Bangladesh -": a town of the country the dateline names
    m = r.match
    # one reading, a city, and the text spells its own name (not an alternate name), though
    # maybe as English does ("Hodeidah" for Al Hudaydah, "Misurata")
    unique_big = (len(r.options) == 1 and r.best.row.population >= BIG_PLACE
                  and (spelt_as_name(m.text, r.best.row.name) or r.best.exact == exact_key(m.text)
                       or r.best.role == "name"))
    # spaCy's person/organisation reading of a name that folds only to a town's alternate
    # name ("Bawku" to Baku's "Boku"), not to its own name ("Hodeidah", Al Hudaydah)
    weak_label = label in (None, "FAC") or (
        label in BLOCKING_LABELS and r.best.row.kind == "place" and not r.qualifiers
        and not r.province_follows and fold_key(m.text) != fold_key(r.best.row.name))
    # "The Bawku Council" opening a sentence: "The" makes no name longer or more specific
    words = m.n_tokens - m.text.startswith("The ")
    spelt = name_key(r)
    same = spelt == r.best.exact or (  # "Boumerdes" tagged PRODUCT is "Bou Merdes"
        label in BLOCKING_LABELS and spelt.replace(" ", "") == r.best.exact.replace(" ", ""))
    if words == 1 and weak_label and not same and not unique_big:
        return False  # a folded spelling alone, not tagged as a place, is too weak
    if spelt_key(m.text) and label not in ("GPE", "LOC") and not cued(doc.text, m):
        return False  # "Zoo", "Lee": short names need spaCy's or the context's support
    if (m.text.isupper() and len(m.text) <= 5 and r.best.row.kind not in ("country", "admin1")
            and not _dateline(doc, m)):
        return False  # acronyms (AFP, TASS) are rarely towns
    first = doc.sentence_index(m.start)
    at_start = first >= 0 and doc.sentences[first].start == m.start and m.n_tokens == 1
    needed = MIN_SCORE_SENTENCE_START if at_start else MIN_SCORE
    if words > 1:
        needed -= MULTI_WORD_RELIEF  # "Ras al-Ain", "Cite Soleil": specific names
    needed -= _locative_relief(doc, m, r.province_follows)
    if _dateline(doc, m):
        needed -= DATELINE_RELIEF
    elif _opens_headline(doc, m) and r.best.role == "name" and r.best.exact == exact_key(m.text):
        needed -= HEADLINE_RELIEF  # "Guanajuato bar massacre: toll rises to 10"
    if unique_big:
        needed -= UNIQUE_RELIEF  # "Qamishli", "Misurata": one reading, and a city
    if label in BLOCKING_LABELS and r.best.row.population < BIG_PLACE:
        needed += PERSON_ORG_EXTRA  # spaCy calls it a person/organisation: demand more
    return r.score >= needed


HEADLINE_WORDS = 16  # a first line this short, with no full stop, is a headline


def _opens_headline(doc: Document, m: Match) -> bool:
    """'Kurram convoy attack death toll climbs to 12': the name opening a headline (a short
    first line with no full stop) is what the headline is about, most often its place."""
    if doc.text[:m.start].strip():
        return False
    line = doc.text[m.start:].split("\n", 1)[0].rstrip()
    return not line.endswith(".") and len(line.split()) <= HEADLINE_WORDS


def _folded_hamlet(r: Reading) -> bool:
    """'Nguida' folding to an alternate name of an unpeopled Vietnamese hamlet, 'Sabongari' to
    one of a Nigerian one: spaCy's place label does not make that the place."""
    assert r.best is not None
    return (r.best.role == "alt" and r.best.row.kind == "place" and r.best.row.population == 0
            and r.best.exact.replace(" ", "") != exact_key(r.match.text).replace(" ", ""))


@cache
def _region_nouns() -> frozenset[str]:
    return frozenset(load_json("gazetteer/admin_words.json")["region_nouns"])


def _division_read_as_village(doc: Document, r: Reading) -> bool:
    """'the Iffou region' names a region the gazetteer lacks, not a village spelt otherwise
    ('Ifou'). Regions only: a district is often its town's ('Ain Eissa district', Ayn Isa)."""
    assert r.best is not None
    after = doc.text[r.match.end:r.match.end + 12].split()
    if not after or after[0].strip(".,;:)").lower() not in _region_nouns():
        return False
    return r.best.row.kind == "place" and not spelt_alike_unspaced(r.best.exact, name_key(r))
