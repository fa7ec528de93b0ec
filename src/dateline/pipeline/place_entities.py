"""Named entities and actors around a gazetteer match: do they block it as a place?

A match inside a PERSON/ORG entity that holds other capitalised words is part of a name
("Syrian Observatory for Human Rights" is not Syria), unless the entity is really several
names that spaCy ran together ("Kondele in Kisumu (Kisumu", "Jagargunda (Sukma,
Chhattisgarh"): such an entity is cut at " in ", " at ", " near ", brackets and commas, and
each part is judged on its own. A place opening the name of a local institution ("the Basra
Oil Company", "the Kisumu County Assembly") is no place of the report either, but it is the
only clue some reports give: it is kept apart (``INSTITUTION``) so that ``places`` can emit
it as a low-priority mention. Split from ``places`` (which resolves and accepts matches).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from dateline.gazetteer.admin import province_nouns, settlement_nouns
from dateline.gazetteer.matcher import Match, function_words, is_stopword, matching
from dateline.gazetteer.normalize import exact_key
from dateline.gazetteer.resolve import settlement_follows
from dateline.gazetteer.spans import SpanIndex
from dateline.model import ActorMention, Document, Entity, Span
from dateline.pipeline.place_words import owns_part
from dateline.resources import load_csv, load_json

BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
FREE, BLOCKED, INSTITUTION = "free", "blocked", "institution"
# Where spaCy runs several names into one entity: "X in Y (Y", "X near Y", "X (Y, Z".
# ... and a spaced dash or colon: "Tataouine - Jobless youths" tagged as one organisation
ENTITY_BREAKS = re.compile(r"\s(?:in|at|near|outside|close to)\s|[(),:]|\s[-\u2013\u2014]\s")
GROUP_PREFIX_WORDS = 2  # "Rapid Support" opening "Rapid Support Forces"; one word is too weak


@dataclass(slots=True)
class Context:
    """Per-document lookups built once: entity and actor spans, names of persons."""

    doc: Document
    entities: SpanIndex[Entity]
    actors: SpanIndex[ActorMention]
    persons: frozenset[str]

    @classmethod
    def of(cls, doc: Document) -> Context:
        return cls(doc, SpanIndex((e.span, e) for e in doc.entities),
                   SpanIndex((a.span, a) for a in doc.actors), person_words(doc))


# An analyst note's closing parenthesis of capitalised names: "(Mueang Yala, Yala)".
NOTE_NAMES = re.compile(r"\((?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*,\s*)*"
                        r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\)")


def person_words(doc: Document) -> frozenset[str]:
    """Words of multi-word PERSON names ("Mike Dunn"): alone later, they are the person.
    Not a name spaCy calls a person inside a note's parenthesis of places ("near Yala
    (Mueang Yala, Yala)"): the parenthesis holds only the places of its clause."""
    notes = [(g.start(), g.end()) for g in NOTE_NAMES.finditer(doc.text)]
    words: set[str] = set()
    for ent in doc.entities:
        if ent.label != "PERSON" or len(ent.span.text.split()) < 2:
            continue
        if any(start < ent.span.start and ent.span.end < end for start, end in notes):
            continue
        words.update(w.strip(".,") for w in ent.span.text.split()[1:])
    return frozenset(words)


@cache
def _person_titles() -> frozenset[str]:
    return frozenset(matching()["person_titles"])


def _titled(doc: Document, m: Match) -> bool:
    before = doc.text[max(0, m.start - 12):m.start].split()
    return bool(before) and before[-1].strip(".").lower() in _person_titles()


def entity_verdict(ctx: Context, m: Match, others: Sequence[Match]) -> str:
    """FREE, BLOCKED (inside an actor, a person's name or an organisation's name), or
    INSTITUTION (opening a local institution's name: "the Basra Oil Company")."""
    span = Span(m.start, m.end, m.text)
    spelt = exact_key(m.text)
    demonym = any(c.role == "demonym" and c.exact == spelt for c in m.candidates)
    # a demonym inside an actor ("Syrian jets") still says which country, and a village
    # named as the side hit ("attacked Siinka village") is still where it was hit
    if not demonym and ctx.actors.any_overlap(span) and not settlement_follows(ctx.doc.text, m):
        return BLOCKED
    if _country_word_inside_name(ctx, m, span):
        return BLOCKED
    if m.n_tokens == 1 and (m.text in ctx.persons or _titled(ctx.doc, m)):
        return BLOCKED
    if owns_part(ctx.doc.text, m.end):
        return FREE  # "Kharkiv's Saltivka district" tagged ORG: Kharkiv is the town
    verdict = FREE
    for ent in ctx.entities.overlapping(span):
        if ent.label not in BLOCKING_LABELS or _same(ent.span, span):
            continue
        part = part_holding(ctx.doc, ent.span, m)
        if demonym and ctx.doc.text[m.end:m.end + 1] == " " and ctx.actors.any_overlap(part):
            # 'Pakistani Rangers' fired: the force's nationality, as 'Syrian jets' (but a
            # sponsor's, 'Saudi-led coalition jets', says nothing of where they struck)
            continue
        if _other_words(ctx.doc, part, m, others):
            if not _names_institution(ctx.doc, part, m):
                return BLOCKED
            verdict = INSTITUTION
    return verdict


# A capitalised word glued to a match by one space on each side: "Datu Saudi Ampatuan".
WORD_BEFORE = re.compile(r"([A-Z][a-z][\w'’-]*) $")
WORD_AFTER = re.compile(r" ([A-Z][a-z][\w'’-]*)")
CLAUSE_EDGE = re.compile(r"[.!?;:\n]")
TITLE_CASE_SHARE = 0.7  # a clause this capitalised is a headline: every word looks a name


def _country_word_inside_name(ctx: Context, m: Match, span: Span) -> bool:
    """'Datu Saudi Ampatuan' (a Philippine town), 'Nueva Mexicana Colonia': a country's word
    or demonym between two capitalised words of one run is a word of a longer name, not the
    country. Not in an actor's name ('the Royal Thai Army': the force's nationality), and
    not in a title-case headline ('Gunmen Kill Nigerian Farmers')."""
    spelt = exact_key(m.text)
    if not any(c.row.kind == "country" and c.exact == spelt for c in m.candidates):
        return False
    text = ctx.doc.text
    before = WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    after = WORD_AFTER.match(text, m.end)
    if before is None or after is None or ctx.actors.any_overlap(span):
        return False
    if before.group(1).lower() in function_words():
        return False
    return not _title_case_clause(text, m.start)


def _title_case_clause(text: str, offset: int) -> bool:
    starts = [e.end() for e in CLAUSE_EDGE.finditer(text, max(0, offset - 200), offset)]
    start = starts[-1] if starts else max(0, offset - 200)
    edge = CLAUSE_EDGE.search(text, offset)
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start:edge.start() if edge else offset + 200])
    capitalised = sum(w[:1].isupper() for w in words)
    return bool(words) and capitalised >= TITLE_CASE_SHARE * len(words)


def part_holding(doc: Document, ent: Span, m: Match) -> Span:
    """The part of the entity holding ``m``, cut at " in ", " at ", " near ", brackets and
    commas: "Kondele in Kisumu (Kisumu" is three names, not one organisation's."""
    start, end = ent.start, ent.end
    for cut in ENTITY_BREAKS.finditer(doc.text, ent.start, ent.end):
        if cut.end() <= m.start:
            start = cut.end()
        elif cut.start() >= m.end:
            end = cut.start()
            break
    return doc.span(start, end)


def _other_words(doc: Document, part: Span, m: Match, others: Sequence[Match]) -> bool:
    """True when the part holds capitalised words that are not place names themselves
    ("Syrian Observatory for Human Rights"; not "Abuja and Benin City")."""
    for word in re.finditer(r"\S+", part.text):
        start = part.start + word.start()
        if m.start <= start < m.end or any(o.start <= start < o.end and _listed(doc, m, o)
                                           for o in others):
            continue
        w = word.group().strip(".,;:")
        if w[:1].isupper() and not is_stopword(w) and not _division_word(w):
            return True
    return False


def _division_word(word: str) -> bool:
    """'Local Government Area', 'State': words of a division's name, not an organisation's."""
    lowered = word.lower()
    return lowered in province_nouns() or lowered in matching()["division_words"]


def _listed(doc: Document, a: Match, b: Match) -> bool:
    """Two names separated by a comma, 'and' or a bracket ("Goma (North Kivu)") are places
    side by side, not one name."""
    between = doc.text[min(a.end, b.end):max(a.start, b.start)]
    # "the Dar es Salaam-Morogoro highway": two towns joined by a hyphen are a road's ends
    return "," in between or "(" in between or " and " in f" {between} " or between == "-"


def _same(a: Span, b: Span) -> bool:
    return a.start == b.start and a.end == b.end


@cache
def _institution_heads() -> frozenset[str]:
    return frozenset(matching()["local_institution_heads"])


def _names_institution(doc: Document, part: Span, m: Match) -> bool:
    """'the Basra Oil Company', 'Kisumu County Assembly': the place opens a name ending in a
    local institution's noun. 'U.S. Central Command' is no local institution."""
    words = re.findall(r"[\w'’.-]+", doc.text[m.end:part.end])
    if not words or doc.text[part.start:m.start].strip().lower() not in ("", "the"):
        return False
    head = re.sub(r"['’]s$", "", words[-1]).strip(".").lower()
    return head in _institution_heads()


PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z'’ -]*")


@cache
def _named_group_names() -> frozenset[tuple[str, ...]]:
    """Word tuples of the named armed groups of the actors lexicon: their ACLED names
    ("PMF: Popular Mobilization Forces" -> Popular Mobilization Forces) and the plain
    spellings of their patterns ("Popular Mobilisation Forces")."""
    names: set[tuple[str, ...]] = set()
    for row in load_csv("actors/groups.csv"):
        if row["role"] != "named":
            continue
        spellings = [alt.split() for alt in row["pattern"].split("|") if PLAIN_NAME.fullmatch(alt)]
        names.update(tuple(words) for words in [list(_name_words(row["name"])), *spellings]
                     if words)
    return frozenset(names)


GENERIC_MARK = "{country}"  # in the names of generic actors: "Civilians ({country})"


def names_actor(ctx: Context, span: Span, generic_ok: bool = False) -> bool:
    """True when ``span`` is (part of) an actor's name: inside an actor mention, its words
    run inside the name of an actor the document names ("the Rapid Support in Al Jazirah"
    after "the Rapid Support Forces"), or they open a named group's name. Names, not the
    mentions' words: "residents of Tabit Kurmuk" leaves the village a village. With
    ``generic_ok``, a mention of a generic actor ('Kanan village' read as civilians'
    property) does not make a settlement's name an actor's."""
    if any(not (generic_ok and GENERIC_MARK in a.name) for a in ctx.actors.overlapping(span)):
        return True
    words = tuple(span.text.split())
    if not words:
        return False
    if any(_runs_inside(words, _name_words(actor.name)) for actor in ctx.doc.actors):
        return True
    return len(words) >= GROUP_PREFIX_WORDS and any(
        name[:len(words)] == words for name in _named_group_names())


def _name_words(name: str) -> tuple[str, ...]:
    """'PMF: Popular Mobilization Forces' -> (Popular, Mobilization, Forces); the country
    of 'Civilians (Sudan)' is no part of the name."""
    return tuple(re.sub(r"\([^)]*\)", "", name.split(": ", 1)[-1]).split())


def _runs_inside(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    n = len(words)
    return any(name[i:i + n] == words for i in range(len(name) - n + 1))


def truncated_name(ctx: Context, m: Match) -> bool:
    """'San Jose de Apartado' read as 'San Jose', 'the village of Tal Sultan' as 'Tal': the
    match opens a longer place name spaCy tags as one (the gazetteer lacks the whole). Shown
    by a name particle after the match, or by a settlement noun before it; not when the rest
    is a generic word ('Kano State', 'Idlib Governorate', 'Gao Region')."""
    doc = ctx.doc
    for ent in ctx.entities.overlapping(Span(m.start, m.end, m.text)):
        if ent.label not in ("GPE", "LOC") or ent.span.start != m.start or ent.span.end <= m.end:
            continue
        rest = doc.text[m.end:ent.span.end]
        if any(w in _generic_place_words() for w in re.findall(r"[\w'’]+", rest.lower())):
            return False
        if _particle_opens().match(rest) or _settled_before().search(
                doc.text[max(0, m.start - 25):m.start]):
            return bool(re.search(r"[A-Z]", rest))
    return False


@cache
def _generic_place_words() -> frozenset[str]:
    found = province_nouns() | settlement_nouns()
    found |= set(load_json("gazetteer/admin_words.json")["region_nouns"])
    found |= set(matching()["division_words"])
    return frozenset(w.lower() for w in found)


@cache
def _particle_opens() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in matching()["name_particles"])
    return re.compile(rf"\s+(?:{words})\s+[A-Z]")


@cache
def _settled_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in matching()["settlement_before"])
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.I)
