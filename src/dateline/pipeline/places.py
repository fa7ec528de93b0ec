"""Stage 'places': every place named in the article, resolved against the gazetteer.

Gazetteer matches over capitalised token runs (``gazetteer.matcher``), blocked inside actor
names and inside PERSON/ORG entities that hold other words ("Syrian Observatory for Human
Rights" is not Syria; ``place_entities`` cuts "Kondele in Kisumu (Kisumu" into its names
first), then disambiguated (``gazetteer.resolve``). A match that spaCy does not tag as a
place must be a likely reading on its own (large, exact name, or in a country the article is
about: ``place_accept``). spaCy GPE/LOC entities the gazetteer lacks are fuzzy-matched within
the article's countries or kept unresolved; named settlements the gazetteer lacks ("the
village of X", "X of Idlib province") are placed at the place named beside them and marked
``feature_code == APPROX_CODE`` so that event location codes them with precision 2 (not
(part of) an armed group's name: "a commander of the Rapid Support in Al Jazirah"). A town
that opens a local institution's name ("the Basra Oil Company") is kept as kind
'organisation' only when its paragraph names no other place below a country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from dateline.gazetteer.cues import commands_area, cued_towns, opens_organisation, people_name
from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.matcher import Match, find_matches, head_follows, is_stopword, tokenize
from dateline.gazetteer.normalize import exact_key, fold_key
from dateline.gazetteer.resolve import Reading, resolve
from dateline.gazetteer.spans import SpanIndex
from dateline.gazetteer.store import Candidate
from dateline.model import Document, Place, PlaceMention, Span
from dateline.pipeline.base import Stage
from dateline.pipeline.place_accept import (
    ACTOR_DEMONYM_WEIGHT,
    BIG_PLACE,
    entity_label,
    is_place_reading,
    vote_weight,
)
from dateline.pipeline.place_entities import (
    BLOCKED,
    INSTITUTION,
    Context,
    entity_verdict,
    names_actor,
    truncated_name,
)
from dateline.pipeline.place_words import adjectival_at, inside_particle_compound
from dateline.pipeline.triggers import trigger_patterns
from dateline.resources import data_regex

NAMED_AREAS = "places/named_areas.json"
APPROX_CODE = "APPROX"  # a settlement the gazetteer lacks, placed at the place named beside it
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
INSTITUTION_KIND = "organisation"  # a town named only inside a local institution's name
TOWN_HOLDING_KINDS = frozenset({"place", "admin1", "district"})
ANCHOR_PHRASE = 40  # characters after an unknown settlement that still qualify it
ANCHOR_ORDER = {"place": 0, "district": 1, "feature": 2, "admin1": 3, "country": 4}
SETTLEMENT_BEFORE = re.compile(
    r"\b(?:village|town|city|hamlet|settlement|camp|neighbou?rhood|suburb|district|"
    r"locality|area|region)\s+of\s+((?:[A-Z][\w'’]*(?:[ -](?:al|el|ad|as|ash|az|ar)-?)?"
    r"[ -]?){1,4})"
)
SETTLEMENT_AFTER = re.compile(
    r"\b([A-Z][\w'’]+(?:[ -](?:al-|el-)?[A-Z][\w'’]+){0,2})\s+(?:village|town|hamlet|"
    r"settlement|camp|neighbou?rhood|locality|suburb)\b"
)
SETTLEMENT_QUALIFIED = re.compile(
    r"([A-Z][\w'’]+(?:[ -](?:al|el|ad|as|ash|az|ar|[A-Z][\w'’]+)){0,3})(?:\s+(?:of|in)\s+|"
    r"(?<=\w),\s+(?:in\s+)?)(?:the\s+)?(?:[a-z-]+ern\s+)?$"
)


class PlaceRecognizer(Stage):
    name = "places"
    requires = ("sentences", "entities", "actors")
    assigns = ("places",)

    def __call__(self, doc: Document) -> Document:
        doc.places = geoparse(doc)
        return doc


def _ident(r: Reading) -> tuple[object, ...]:
    return () if r.best is None else (r.best.row.geonameid, r.best.row.kind, r.best.row.name)


def _kind(c: Candidate) -> str:
    return "demonym" if c.role == "demonym" else c.row.kind


def _mention(doc: Document, r: Reading) -> PlaceMention:
    assert r.best is not None
    m = r.match
    return PlaceMention(
        span=doc.span(m.start, m.end), place=_named_as_written(r),
        kind="district" if r.district_town else _kind(r.best),
        score=round(min(1.0, 0.5 + r.margin / 10.0), 3), sentence=doc.sentence_index(m.start),
    )


def _named_as_written(r: Reading) -> Place:
    """The place, under the text's spelling when the text names a town by another of its
    names ("Oicha", which GeoNames lists under "Hyosha"): reports code it so."""
    assert r.best is not None
    place, best = r.best.row.to_place(), r.best
    if (best.role == "alt" and best.row.kind == "place" and best.row.population < BIG_PLACE
            and best.exact == exact_key(r.match.text)
            and fold_key(r.match.text) != fold_key(best.row.name)):
        # a capitalised dateline ("COALCOMAN, Mich. -") is written as the name is
        place.name = r.match.text.title() if r.match.text.isupper() else r.match.text
    return place


def _readings(ctx: Context
              ) -> tuple[list[tuple[Reading, str | None]], frozenset[int], frozenset[str]]:
    """Readings of the unblocked matches with spaCy's label, the starts of the matches
    that open a local institution's name ("the Basra Oil Company") and the countries the
    named actors vote for."""
    doc = ctx.doc
    found = find_matches(doc.text, tokenize(doc.text), get_gazetteer().candidates)
    found = outside_notes(found, editorial_notes(doc.text))
    verdicts = [entity_verdict(ctx, m, found) for m in found]
    matches = [m for m, v in zip(found, verdicts, strict=True) if v != BLOCKED
               and not inside_particle_compound(doc.text, m.start, m.end)]
    institutions = frozenset(m.start for m, v in zip(found, verdicts, strict=True)
                             if v == INSTITUTION)
    labels = [entity_label(ctx, m) for m in matches]
    trusted = [vote_weight(ctx, m, lb) for m, lb in zip(matches, labels, strict=True)]
    voting = [m for m, weight in zip(matches, trusted, strict=True) if weight]
    voting += [m for m in found if sponsor_compound(doc.text, m)]
    actor_votes = _actor_votes(ctx, voting)
    readings = resolve(doc.text, matches, trusted, actor_votes)
    return list(zip(readings, labels, strict=True)), institutions, frozenset(actor_votes)


def sponsor_compound(text: str, m: Match) -> bool:
    """'Russia-backed fighters', 'Saudi-led coalition': the sponsor's country, not where the
    actor fights (its name gives the actor no vote either)."""
    return text[m.end:m.end + 1] == "-" and text[m.end + 1:m.end + 2].islower()


def _actor_votes(ctx: Context, voting: Sequence[Match]) -> dict[str, float]:
    """The home countries of the named actors whose names hold no voting place name
    ('SSPDF', 'SPLA-IO', not 'Malian soldiers', whose demonym votes already), each name
    voting as weakly as an actor's demonym. A country named inside an actor's name is
    blocked as a place ('Trinidad and Tobago police'): the actor's country votes for it,
    or the article's own country gets no vote and a larger namesake abroad wins (``voting``
    holds the sponsors' names too: 'Saudi-led coalition jets' vote for no country)."""
    names: dict[str, str] = {}
    for actor in ctx.doc.actors:
        if actor.country and not any(m.start < actor.span.end and actor.span.start < m.end
                                     for m in voting):
            names.setdefault(actor.name, actor.country)
    votes: dict[str, float] = {}
    for cc in names.values():
        votes[cc] = votes.get(cc, 0.0) + ACTOR_DEMONYM_WEIGHT
    return votes


def geoparse(doc: Document) -> list[PlaceMention]:
    """Place mentions of ``doc`` in text order (demonyms are kind 'demonym'; a town named
    only inside a local institution's name is kind 'organisation')."""
    ctx = Context.of(doc)
    readings, institutions, actor_countries = _readings(ctx)
    accepted = [not r.foreign and not truncated_name(ctx, r.match)
                and is_place_reading(doc, r, label) for r, label in readings]
    accepted = cued_towns(doc.text, readings, accepted, actor_countries)
    # One sense per article: a name accepted once is the same place where it recurs with
    # less support ("AVDIIVKA, Ukraine - ..." then "Avdiivka" tagged as a person).
    sure_keys = {(key, _ident(r)) for (r, _), ok in zip(readings, accepted, strict=True) if ok
                 for key in [exact_key(r.match.text)]}
    mentions, organisations, local_bodies = [], [], []
    for (r, label), ok in zip(readings, accepted, strict=True):
        if opens_organisation(doc.text, r.match):
            # "U.S. Central Command": its country voted, but it is no place of the report;
            # "The St Catherine North Police": the force's area, a local institution's place
            organisations.append(PlaceMention(doc.span(r.match.start, r.match.end), None))
            if ok and commands_area(doc.text, r.match):
                local_bodies.append(r)
        elif r.match.start in institutions:
            organisations.append(PlaceMention(doc.span(r.match.start, r.match.end), None))
            if ok:
                local_bodies.append(r)
        elif r.foreign and label in PLACE_LABELS:
            mentions.append(PlaceMention(doc.span(r.match.start, r.match.end), None, "place", 0.0,
                                         doc.sentence_index(r.match.start)))
        elif ok or (not r.foreign and (exact_key(r.match.text), _ident(r)) in sure_keys):
            mentions.append(_mention(doc, r))
    countries = _countries([pm for pm in mentions if not adjectival_at(doc.text, pm.span.end)])
    mentions += _unknown_entities(ctx, mentions + organisations, countries)
    settlements = _unknown_settlements(ctx, mentions)
    # A settlement placed by its context replaces the same name left unresolved.
    mentions = [pm for pm in mentions if pm.place is not None
                or not any(st.span.overlaps(pm.span) for st in settlements)]
    mentions += settlements
    mentions += _institution_towns(doc, local_bodies, mentions)
    mentions += _campus_towns(doc, mentions)
    mentions += _hashtag_places(doc, mentions, countries)
    return sorted(_areas_named(doc, mentions), key=lambda pm: pm.span.start)


def _areas_named(doc: Document, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Tsafe local government area": a known town named with its area's kind names that
    area too (the area bears its seat's name), ACLED's admin2."""
    return [replace(pm, place=replace(pm.place, admin2=pm.span.text))
            if pm.place is not None and not pm.place.admin2 and _names_area(doc, pm.span)
            else pm for pm in mentions]  # fmt: skip


HASHTAG = re.compile(r"#([A-Z][a-z]{2,})(?=[A-Z][a-z])")  # "#KulgamEncounter": Kulgam
HASHTAG_TOWN = 10_000  # people: a hashtag's town, not a hamlet of the same name


def _hashtag_places(doc: Document, mentions: Sequence[PlaceMention], countries: Sequence[str]
                    ) -> list[PlaceMention]:
    """'#KulgamEncounter: 02 terrorists killed', '#LamuAttack': a police or army post's
    hashtag opens with the place; the tokenizer reads the tag as one word. A division or a
    town of some size spelt exactly so (the division first: the tag names an area), in the
    article's country when it names one."""
    found = []
    for m in HASHTAG.finditer(doc.text):
        span = doc.span(m.start(1), m.end(1))
        if is_stopword(span.text) or any(pm.span.overlaps(span) for pm in mentions):
            continue
        spelt = exact_key(span.text)
        rows = [c.row for c in get_gazetteer().candidates(fold_key(span.text))
                if c.exact == spelt and c.role == "name" and (
                    c.row.kind in ("admin1", "district") or c.row.population >= HASHTAG_TOWN)]
        rows = [r for r in rows if r.cc in countries] or ([] if countries else rows)
        if len({r.cc for r in rows}) != 1:
            continue  # none, or namesakes in several countries: no clue which
        # the tag names an area ("Kulgam" district, Lamu county) rather than a spot in it
        row = max(rows, key=lambda r: (r.kind != "place", r.population))
        found.append(PlaceMention(span, row.to_place(), row.kind, 0.5,
                                  doc.sentence_index(span.start)))
    return found


def editorial_notes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each translator's note in ``text`` ("[Translated from French]"): it
    names the report's language, not a place (``editorial_note`` in gazetteer/matching.json)."""
    note = data_regex("gazetteer/matching.json", "editorial_note")
    return [m.span() for m in note.finditer(text)]


def outside_notes(matches: Sequence[Match], notes: Sequence[tuple[int, int]]) -> list[Match]:
    """The matches that lie in no editorial note."""
    return [m for m in matches if not any(s <= m.start and m.end <= e for s, e in notes)]


CAMPUS = re.compile(r"\b(?:at|in|outside|inside|near)\s+(?:the\s+)?"
                    r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:University|College|Polytechnic)\b")
CAMPUS_TOWN = 10_000  # people: a university's town, not a hamlet of the same name


def _campus_towns(doc: Document, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """'DHAKA, March 19 - ... fought at Rajshahi University': in a wire report filed from a
    town, a university named after another town of the dateline's country is where it
    happened. (Elsewhere the matcher reads no place before 'University': 'Ohio State
    University' in a health story names no place of the story.)"""
    from dateline.pipeline.locate_rules import DATELINE  # locate_rules reads this module

    head = DATELINE.match(doc.text)
    filed = [pm.place for pm in mentions if head is not None and pm.span.end <= head.end()
             and pm.place is not None and pm.kind == "place"]
    if head is None or not filed:
        return []
    found = []
    for m in CAMPUS.finditer(doc.text, head.end()):
        spelt = exact_key(m.group(1))
        towns = [c.row for c in get_gazetteer().candidates(fold_key(m.group(1)))
                 if c.row.kind == "place" and c.row.cc == filed[0].country_code
                 and c.exact == spelt and c.row.population >= CAMPUS_TOWN]
        town = max(towns, key=lambda row: row.population, default=None)
        if town is None or town.geonameid == filed[0].geonameid:
            continue
        span = doc.span(m.start(1), m.end(1))
        if not any(pm.span.overlaps(span) for pm in mentions):
            found.append(PlaceMention(span, town.to_place(), "place", 0.5,
                                      doc.sentence_index(span.start)))
    return found


def _institution_towns(doc: Document, readings: Sequence[Reading],
                       mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The town of a local institution named in a paragraph that names no other place below
    a country ("protested outside the Basra Oil Company"): the only clue to where it
    happened, kind 'organisation'. A province or district is coded at its seat ("the Kisumu
    County Assembly" sits in Kisumu); a country is no local institution's place."""
    from dateline.pipeline.locate_rules import is_dateline  # locate_rules reads this module

    # the dateline is where the report was filed ("BAGHDAD - ... outside the Basra Oil
    # Company"): it leaves the institution's town the only clue to the event's place
    named = [pm.span.start for pm in mentions
             if pm.place is not None and pm.kind not in ("country", "demonym")
             and not is_dateline(doc, pm)]
    filed_from = {pm.place.geonameid for pm in mentions
                  if pm.place is not None and is_dateline(doc, pm)}
    found = []
    for r in readings:
        assert r.best is not None
        if exact_key(r.best.row.name).startswith(exact_key(r.match.text) + " "):
            continue  # "Stoke Mandeville Hospital" is no hospital of Stoke-on-Trent
        pm = _mention(doc, r)
        start, end = _paragraph(doc.text, pm.span.start)
        if any(start <= other < end for other in named) or pm.place is None:
            continue
        if pm.kind not in TOWN_HOLDING_KINDS:
            continue
        if pm.kind != "place":
            seat = get_gazetteer().seat_of(pm.place, pm.kind)
            if seat is None:
                continue
            pm.place = seat
        if pm.place.geonameid in filed_from:
            continue  # "KARACHI: ... outside the Sindh Assembly": the dateline's own town
        pm.kind = INSTITUTION_KIND
        found.append(pm)
    return found


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def _countries(mentions: Sequence[PlaceMention]) -> list[str]:
    """The article's main countries for fuzzy matching: the most named one, and a second
    only when named about as often (a Yemeni village is not fuzzy-matched in Iran because
    the report mentions Iran once)."""
    counts = Counter(pm.place.country_code for pm in mentions if pm.place and pm.place.country_code)
    top = counts.most_common(2)
    return [cc for cc, n in top if n * 2 > top[0][1]]


def _mention_index(mentions: Sequence[PlaceMention]) -> SpanIndex[PlaceMention]:
    return SpanIndex((pm.span, pm) for pm in mentions)


def _unknown_entities(ctx: Context, mentions: list[PlaceMention], countries: list[str]
                      ) -> list[PlaceMention]:
    from dateline.gazetteer.fuzzy import fuzzy_place

    doc, known, found = ctx.doc, _mention_index(mentions), []
    for ent in doc.entities:
        if ent.label not in ("GPE", "LOC") or known.any_overlap(ent.span):
            continue
        span = _without_article(doc, ent.span)
        if not _plausible_name(ctx, span):
            continue
        hit = fuzzy_place(span.text, countries) if countries else None
        place = hit[0].to_place() if hit else None
        found.append(PlaceMention(span, place, "place", round(hit[1] / 100, 3) if hit else 0.0,
                                  doc.sentence_index(span.start)))
    return found


def _without_article(doc: Document, span: Span) -> Span:
    """'the Euphrates' -> 'Euphrates' (spaCy's entities often start with the article)."""
    lowered = span.text.lower()
    return doc.span(span.start + 4, span.end) if lowered.startswith("the ") else span


def _plausible_name(ctx: Context, span: Span) -> bool:
    """An unknown entity kept as a place: capitalised, no digits, not a common word, not
    a person's name, not inside an actor, not followed by 'virus'/'Street'..."""
    text = span.text
    if not text[:1].isupper() or any(ch.isdigit() for ch in text) or is_stopword(text):
        return False
    if people_name(text):
        return False  # "Tuareg rebels": a people, not a place the gazetteer lacks
    if text in ctx.persons or head_follows(ctx.doc.text, span.end):
        return False
    if event_word_opening(ctx.doc, span):
        return False  # "Clashes in Benue": the headline's act, not a place
    return not ctx.actors.any_overlap(span) and not written_lowercase(ctx.doc.text, text)


def written_lowercase(text: str, name: str) -> bool:
    """'Lynching' opening a headline is the 'lynching' the article writes lowercase later:
    a one-word name the same text also writes in lowercase is a common word, not a place."""
    if " " in name or not name[:1].isupper():
        return False
    return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None


def _settlement_names(doc: Document) -> list[Span]:
    """'the village of X', 'X village', 'X camp': named settlements."""
    spans = [doc.span(m.start(1), m.start(1) + len(m.group(1).rstrip(" -")))
             for m in SETTLEMENT_BEFORE.finditer(doc.text)]
    spans += [doc.span(m.start(1), m.end(1)) for m in SETTLEMENT_AFTER.finditer(doc.text)]
    spans += [doc.span(m.start(1), m.end(1)) for m in _area_after().finditer(doc.text)]
    return [s for s in spans if s.text and not is_stopword(s.text) and not people_name(s.text)
            and not written_lowercase(doc.text, s.text) and not event_word_opening(doc, s)]


@cache
def _area_after() -> re.Pattern[str]:
    return re.compile(data_regex(NAMED_AREAS, "area_after").pattern)  # kind words as written


def _names_area(doc: Document, span: Span) -> bool:
    """ "Ukum local government area": the name of a second-level area (ACLED's admin2)."""
    found = _area_after().match(doc.text, span.start)
    return found is not None and found.end(1) == span.end


def event_word_opening(doc: Document, span: Span) -> bool:
    """ "Clashes in Benue", "Attack on Gao": one word that opens a sentence or headline, and
    is a word for an act, is capitalised by its place, not by being a name."""
    line_start = doc.text.rfind("\n", 0, span.start) + 1
    index = doc.sentence_index(span.start)
    sentence_start = doc.sentences[index].start if index >= 0 else line_start
    opening = not doc.text[max(line_start, sentence_start) : span.start].strip(" \"'“‘")
    if " " in span.text or not opening:
        return False
    word = span.text.lower()
    return any(pattern.fullmatch(word) for pattern, _ in trigger_patterns())


def _qualified_names(doc: Document, mentions: Sequence[PlaceMention]) -> list[Span]:
    """'Zardanah of Idlib province', 'Dabanga, in the Mayo Sava division': a name right
    before 'of/in <province>'."""
    spans = []
    for pm in mentions:
        if pm.kind not in ("admin1", "district"):
            continue
        window_start = max(0, pm.span.start - 60)
        m = SETTLEMENT_QUALIFIED.search(doc.text[window_start:pm.span.start])
        name = doc.span(window_start + m.start(1), window_start + m.end(1)) if m else None
        if name is None or is_stopword(name.text) or event_word_opening(doc, name):
            continue
        if not _after_the(doc, name.start):
            spans.append(name)
    return spans


def _after_the(doc: Document, start: int) -> bool:
    """'a spokesman of the Jama'at Nusrat in Mopti region': a name after 'the' and before
    'in <province>' is an organisation's (a village is named bare: 'Kadugli in ...')."""
    return doc.text[max(0, start - 4):start].lower() == "the "


def _anchor(doc: Document, span: Span, mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The resolved place named right after ``span`` in its sentence, else right before."""
    sentence = doc.sentence_index(span.start)
    same = sorted((pm for pm in mentions if pm.place and pm.sentence == sentence
                   and pm.kind != "demonym" and pm.place.feature_code != APPROX_CODE
                   and not adjectival_at(doc.text, pm.span.end)),  # no "Iran-backed"
                  key=lambda pm: pm.span.start)
    after = [pm for pm in same if pm.span.start >= span.end]
    before = [pm for pm in same if pm.span.end <= span.start]
    if after:  # "El X in Venezuela's Apure state": the most specific place of the phrase
        phrase = [pm for pm in after if pm.span.start - span.end <= ANCHOR_PHRASE]
        return min(phrase or after[:1], key=lambda pm: (ANCHOR_ORDER.get(pm.kind, 0),
                                                        pm.span.start))
    # "KHOST, Afghanistan - ... Zambar village": the town before, not the country named with it
    below_country = [pm for pm in before if pm.kind != "country"]
    return (below_country or before)[-1] if before else None


def _unknown_settlements(ctx: Context, mentions: list[PlaceMention]) -> list[PlaceMention]:
    doc = ctx.doc
    known = _mention_index([pm for pm in mentions if pm.place is not None])
    by_sentence: dict[int, list[PlaceMention]] = {}
    for pm in mentions:
        by_sentence.setdefault(pm.sentence, []).append(pm)
    found: list[PlaceMention] = []
    for span in _settlement_names(doc) + _qualified_names(doc, mentions):
        if known.any_overlap(span) or any(pm.span.overlaps(span) for pm in found):
            continue
        if names_actor(ctx, span, generic_ok=True):
            continue  # "a commander of the Rapid Support in Al Jazirah" names no settlement
        anchor = _anchor(doc, span, by_sentence.get(doc.sentence_index(span.start), []))
        if anchor is None or anchor.place is None:
            continue
        a = get_gazetteer().seat_of(anchor.place, anchor.kind) or anchor.place
        admin2 = span.text if _names_area(doc, span) else a.admin2
        place = Place(None, span.text, a.latitude, a.longitude, a.country_code,
                      anchor.place.admin1 or a.admin1, admin2, "P", APPROX_CODE, 0)
        found.append(PlaceMention(span, place, "place", 0.4, doc.sentence_index(span.start)))
    return found
