"""What a place mention is worth to event location, beyond the words right around it
(``place_words``): its level (town, district, region, province, country), whether it is the
dateline (wire "BAMAKO, Nov 15 -" or a local report's "Catarman, Northern Samar -" after its
headline), whether the text puts it in another province than it was read in (a qualifier,
or the parenthesis that closes an analyst note's clause: "near Quillacollo (Cochabamba)"),
whether its country is named with it ("Afghanistan's Khost province"), and the country
the article is most about. Split from ``locate`` (which chooses among the mentions).
"""

from __future__ import annotations

import re
from collections import Counter

from dateline.gazetteer.normalize import fold_key
from dateline.gazetteer.qualify import QUALIFIER_GAP
from dateline.gazetteer.resolve import distance_km
from dateline.gazetteer.spans import SpanIndex
from dateline.model import Document, PlaceMention
from dateline.pipeline.place_words import (
    DATELINE_BYLINE,
    case_sensitive_cue,
    is_adjectival,
    is_border_with,
    is_origin,
    names_city_part_at,
    qualifier_gap,
    read_place_after,
)
from dateline.pipeline.places import APPROX_CODE

# Preference among the places of one sentence (lower wins).
TOWN, DISTRICT, REGION, PROVINCE, COUNTRY = range(5)
NATURAL_CLASSES = frozenset({"T", "H", "L", "V", "U"})
# "MAIDUGURI, Nigeria, May 30 -", "CAIRO/GAZA, July 13 -": the places opening the text,
# followed by a comma or dash, are where the report was filed, not necessarily where the
# event happened.
DATELINE = re.compile(r"\s*[A-Z][A-Z ./'-]+[A-Z](?:,[^\n,]{1,30}){0,3}?\s+[-\u2013\u2014]\s")
# A local report's dateline opening its first or second paragraph (after the headline):
# "Catarman, Northern Samar - One soldier ...", "Tillaberi: 10 soldiers ...".
_NAME = r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}"
# ... with a byline in brackets before its mark: "BAJAUR (correspondent):"
LOCAL_DATELINE = re.compile(rf"(?:^|\n)[ \t]*({_NAME}(?:,[ \t]*{_NAME}){{0,2}})"
                            rf"(?:{DATELINE_BYLINE})?[ \t]*(?:[-\u2013\u2014]|:)[ \t]")
# ... or closed by a full stop at the very start of the report ("Manta. Terror in the ..."):
# a name with small letters (not "U.S. troops"), then the first sentence.
_WORD = r"[A-Z][a-z\u00e0-\u00ff'’-]+"
OPENING_NAME_STOP = re.compile(rf"\s*({_WORD}(?: {_WORD}){{0,2}})\.[ \t]+[A-Z]")
DATELINE_PARAGRAPHS = 2
QUALIFIER_KM = 50.0  # a suburb may lie across a provincial line, not this far
NOTE_PARENTHESIS = re.compile(r"\(([^()\n]{1,80})\)")
POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,2}$")  # "Afghanistan's eastern "


def rank(pm: PlaceMention) -> int:
    place = pm.place
    if pm.kind in ("country", "demonym") or place is None:
        return COUNTRY
    if pm.kind == "admin1":
        return PROVINCE
    if pm.kind == "district":
        return DISTRICT
    if pm.kind == "feature" and place.feature_class in NATURAL_CLASSES:
        return REGION
    return TOWN


def approximate(pm: PlaceMention) -> bool:
    return pm.place is not None and pm.place.feature_code == APPROX_CODE


def is_dateline(doc: Document, pm: PlaceMention) -> bool:
    """True for the places of the dateline ("BAMAKO, Nov 15 -", "KYIV, Ukraine -", a local
    "Catarman, Northern Samar -" after the headline): where the reporter is, which yields to
    any other place of the same sentence (the event's own)."""
    match = DATELINE.match(doc.text)
    if match is not None and pm.span.end <= match.end():
        return True
    return any(start <= pm.span.start and pm.span.end <= end
               for start, end in _local_datelines(doc))


LOCAL_DATELINES_KEY = "locate.local_datelines"  # doc.extras cache: (start, end) of each


def _local_datelines(doc: Document) -> list[tuple[int, int]]:
    """Local datelines at the start of the first paragraphs (cached per document)."""
    if LOCAL_DATELINES_KEY not in doc.extras:
        starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", doc.text)]
        limit = starts[DATELINE_PARAGRAPHS] if len(starts) > DATELINE_PARAGRAPHS else len(doc.text)
        spans = [m.span(1) for m in LOCAL_DATELINE.finditer(doc.text[:limit])]
        # A wire dateline opening the paragraph after the headline ("Militants kill soldiers
        # ...\n\nBAMAKO, March 14 (Wire) - Gunmen ...") is where the reporter is, as at the top.
        wire = (DATELINE.match(doc.text, start) for start in starts[1:DATELINE_PARAGRAPHS])
        spans += [m.span() for m in wire if m is not None]
        opening = OPENING_NAME_STOP.match(doc.text)
        doc.extras[LOCAL_DATELINES_KEY] = spans + ([opening.span(1)] if opening else [])
    found: list[tuple[int, int]] = doc.extras[LOCAL_DATELINES_KEY]
    return found


def contradicted(doc: Document, pm: PlaceMention) -> bool:
    """True when the text puts ``pm`` in another province than it was read in: the
    parenthesis closing an analyst note's clause says so ("the highway to Oruro near
    Quillacollo (Cochabamba)"), else the place right after it qualifying it."""
    verdict = note_verdict(doc, pm)
    return not verdict if verdict is not None else qualifier_contradicts(doc, pm)


def qualifier_contradicts(doc: Document, pm: PlaceMention) -> bool:
    """True when the next place qualifies ``pm`` ("X, Y district", "X neighborhood of Y")
    but ``pm``'s reading lies in another province. Provinces only: a town qualifier is
    often the province's namesake capital ("Aguelhok (Kidal)"), far from its towns."""
    if rank(pm) != TOWN or pm.place is None or approximate(pm):
        return False
    # an unresolved name between ("Campo Grande, in the West Zone of Rio") is part of the gap
    following = read_place_after(doc, pm.span.end)
    last, following = _past_listed_towns(doc, pm, following)
    if (following is None or following.place is None or rank(following) == COUNTRY
            or approximate(following)):
        return False
    gap = doc.text[last.span.end:following.span.start]
    if not qualifier_gap(gap) or (rank(following) == TOWN and not gap.strip(" ,")):
        return False  # "Gao, Kidal and Timbuktu": a list of towns, not a qualifier
    return _far_in_other_province(pm, following)


LISTED_TOWN_GAP = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$")


def _past_listed_towns(doc: Document, pm: PlaceMention, following: PlaceMention | None
                       ) -> tuple[PlaceMention, PlaceMention | None]:
    """'between the stations of Mindouli and Loutete, in the department of Pool': the
    province after a list of towns qualifies each of them, not only the last. Returns the
    last town of the list and the place after it."""
    while following is not None and rank(following) == TOWN and LISTED_TOWN_GAP.match(
            doc.text[pm.span.end:following.span.start]):
        after = read_place_after(doc, following.span.end)
        if after is None or rank(after) == TOWN or not qualifier_gap(
                doc.text[following.span.end:after.span.start]):
            return pm, following
        pm, following = following, after
    return pm, following


def _far_in_other_province(pm: PlaceMention, outer: PlaceMention) -> bool:
    assert pm.place is not None and outer.place is not None
    if not outer.place.admin1 or not pm.place.admin1 or pm.place.admin1 == outer.place.admin1:
        return False
    # A suburb across a provincial line ("Petare, Caracas") is no homonym.
    return distance_km(pm.place.latitude, pm.place.longitude,
                       outer.place.latitude, outer.place.longitude) > QUALIFIER_KM


def note_verdict(doc: Document, pm: PlaceMention) -> bool | None:
    """Analyst notes close a clause with its province in parentheses: "in Sahar district,
    north of Sadah city (Sadah)", "near Jagargunda (Sukma, Chhattisgarh)". True when the
    town ``pm`` lies in that province (or near its named place), False when it lies far in
    another (a homonym, or a road's destination), None when no parenthesis closes its clause
    or ``pm`` is the province's own name there."""
    if rank(pm) != TOWN or pm.place is None or approximate(pm) or pm.sentence < 0:
        return None
    group = _note_after(doc, pm)
    if group is None or ";" in doc.text[pm.span.end:max(pm.span.end, group.start())]:
        return None
    inside = [o for o in doc.places if o.place is not None and o.kind != "demonym"
              and group.start() < o.span.start and o.span.end < group.end()]
    if not inside or inside[-1] is pm:
        return None
    outer = inside[-1]
    if outer.span.text != group.group(1).split(",")[-1].strip():
        return None  # "(Al-Waer district of H. town)" is no province named alone
    assert outer.place is not None
    if outer.kind == "country":
        return pm.place.country_code == outer.place.country_code
    if not outer.place.admin1 or not pm.place.admin1:
        return None
    return not _far_in_other_province(pm, outer)


def _note_after(doc: Document, pm: PlaceMention) -> re.Match[str] | None:
    """The first note parenthesis of the mention's sentence that ends after the mention."""
    sentence = doc.sentences[pm.sentence]
    return next((g for g in NOTE_PARENTHESIS.finditer(doc.text, sentence.start, sentence.end)
                 if g.end() > pm.span.end), None)


def _note_around(doc: Document, pm: PlaceMention) -> re.Match[str] | None:
    """The note parenthesis of the mention's sentence that the mention lies inside."""
    sentence = doc.sentences[pm.sentence]
    return next((g for g in NOTE_PARENTHESIS.finditer(doc.text, sentence.start, sentence.end)
                 if g.start() < pm.span.start and pm.span.end < g.end()), None)


def names_note_province(doc: Document, pm: PlaceMention) -> bool:
    """'in Gazipur (Gazipur, Dhaka)', 'Kafr Malik (Ramallah and al-Bireh)': the last name
    of a note's parenthesis, after a place named before it, is the province qualifying that
    place (spelt like its capital, or like the second of its twin towns)."""
    if pm.sentence < 0:
        return False
    group = _note_around(doc, pm)
    if group is None:
        return False
    start = doc.sentences[pm.sentence].start
    last = re.split(r",|\sand\s", group.group(1))[-1].strip()
    return pm.span.text == last and any(
        o is not pm and o.place is not None and o.kind != "demonym"
        and start <= o.span.start < pm.span.start for o in doc.places)


def names_note_location(doc: Document, pm: PlaceMention) -> bool:
    """'on the Sirwah front west of Marib city (Sirwah, Marib)': the first name of the
    parenthesis closing a note's clause, before its province, is the place the note codes;
    a mention spelt like it is the event's place, though another town is named beside it."""
    if pm.sentence < 0 or pm.place is None:
        return False
    group = _note_after(doc, pm)
    # named in the clause itself: "near Jagargunda (Sukma, Chhattisgarh)" puts the district
    # first, and the town named before it stays the place
    if (group is None or pm.span.end > group.start()
            or ";" in doc.text[pm.span.end:group.start()]):
        return False
    names = [n.strip() for n in group.group(1).split(",")]
    return len(names) >= 2 and fold_key(names[0]) == fold_key(pm.span.text)


def country_named_with(doc: Document, pm: PlaceMention) -> bool:
    """'Afghanistan's eastern Khost province', 'Kidal, Mali': the place's own country is
    named with it, so it is no homonym abroad."""
    if pm.place is None:
        return False
    cc = pm.place.country_code
    before = [o for o in doc.places if o.span.end <= pm.span.start]
    if before and before[-1].kind == "country" and before[-1].place is not None \
            and before[-1].place.country_code == cc \
            and POSSESSIVE_GAP.match(doc.text[before[-1].span.end:pm.span.start]):
        return True
    after = next((o for o in doc.places if o.span.start >= pm.span.end), None)
    return (after is not None and after.kind == "country" and after.place is not None
            and after.place.country_code == cc
            and QUALIFIER_GAP.match(doc.text[pm.span.end:after.span.start]) is not None)


MAIN_COUNTRY_KEY = "locate.main_country"  # doc.extras cache: computed once per document


def main_country(doc: Document) -> str | None:
    """The country the article is most about: countries named outright count double."""
    if MAIN_COUNTRY_KEY not in doc.extras:
        doc.extras[MAIN_COUNTRY_KEY] = _main_country(doc)
    found: str | None = doc.extras[MAIN_COUNTRY_KEY]
    return found


def _main_country(doc: Document) -> str | None:
    counts: Counter[str] = Counter()
    actors = SpanIndex((a.span, a) for a in doc.actors)
    for pm in doc.places:
        if pm.kind == "demonym" and actors.any_overlap(pm.span):
            continue  # "Russian drones" over Odesa say who struck, not where
        # A homonym read in another province than its qualifier says ("Sabongari, a suburb
        # of Bawku" read as a Nigerian Sabongari) is no vote for its country.
        if (pm.place and pm.place.country_code and not is_adjectival(doc, pm)
                and not qualifier_contradicts(doc, pm) and not is_border_with(doc, pm)
                and not is_origin(doc, pm)):  # "rebels who had crossed from Congo"
            counts[pm.place.country_code] += 2 if pm.kind == "country" else 1
    return counts.most_common(1)[0][0] if counts else None


CITY_WITH_DISTRICTS = 50_000  # people: a town this big is divided into named districts
CITY_DISTRICT = re.compile(r"\bthe\s+$")
# "the Los Esteros parish" of the dateline's Manta: the nouns of a city's named parts
DISTRICT_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|parish|sector|barrio|colonia"
                            r"|suburb|ward)\b(?!\s+of\b)", re.I)


def district_of_another_city(doc: Document, pm: PlaceMention) -> bool:
    """'the Dniprovskyi district' in a report on Kherson, read as Kyiv's Dniprovskyi: a city
    district named without its city, whose reading lies in another province than the big
    town of its country the article names, is that town's district, not the reading."""
    place = pm.place
    if (place is None or pm.kind != "place" or not DISTRICT_AFTER.match(doc.text, pm.span.end)
            or not CITY_DISTRICT.search(doc.text, max(0, pm.span.start - 5), pm.span.start)):
        return False
    towns = [o.place for o in doc.places if o.place is not None and o is not pm
             and o.kind == "place" and o.place.country_code == place.country_code]
    return (not any(t.admin1 == place.admin1 for t in towns)
            and any(t.population >= CITY_WITH_DISTRICTS for t in towns))


CITY_PART_KM = 25.0  # a named part read this near a town named in the article is in it


def names_part_of_named_city(doc: Document, pm: PlaceMention) -> bool:
    """'the Cienfuegos sector', 'the Las Malvinas barrio', 'the colonia Guadalupe Victoria' in
    a report on Santiago, Barranquilla, Culiacan: a named part of a city, without its city
    after it, read more than 25 km from every town the article names (one of them of 50,000
    or more), is a part of that town, not a namesake elsewhere (a reading by the town, 'the
    Kibera slum' with Nairobi, stays)."""
    place = pm.place
    if (place is None or pm.kind == "demonym"
            or not names_city_part_at(doc.text, pm.span.start, pm.span.end)):
        return False
    towns = [o.place for o in doc.places if o.place is not None and o is not pm
             and rank(o) == TOWN and not names_city_part_at(doc.text, o.span.start, o.span.end)
             and fold_key(o.span.text) != fold_key(pm.span.text)]
    return (any(t.population >= CITY_WITH_DISTRICTS for t in towns)
            and all(distance_km(t.latitude, t.longitude, place.latitude, place.longitude)
                    > CITY_PART_KM for t in towns))


def names_note_district(doc: Document, pm: PlaceMention) -> bool:
    """'on Route P-70 between Canete and Tirua (Arauco, Biobio)': a name inside the note's
    parenthesis, spelt like no town its clause named before it, is the district or province
    of that town, not another place for the event (Arauco, not the road's end Canete)."""
    if pm.sentence < 0 or pm.place is None:
        return False
    group = _note_around(doc, pm)
    if group is None:
        return False
    sentence = doc.sentences[pm.sentence]
    start = max(sentence.start, doc.text.rfind(";", sentence.start, group.start()) + 1)
    # a settlement the gazetteer lacks ("Kpandroma locality (Djugu, Ituri)") is placed at
    # the parenthesis' town: that town stays the place
    clause = [o for o in doc.places if o.place is not None and o.kind != "demonym"
              and not approximate(o) and start <= o.span.start and o.span.end <= group.start()]
    # "the Matariya district of Cairo (Cairo)": Cairo named in the clause too, whatever read
    return any(rank(o) == TOWN for o in clause) and all(
        fold_key(o.span.text) != fold_key(pm.span.text) for o in clause)


OWNER_BEFORE_PLACE = re.compile(r"['\u2019]s\s+$")


def owns_next_place(doc: Document, pm: PlaceMention) -> bool:
    """True for Katsina in "a village of Katsina's Faskari area", "southern Kaduna's Kachia
    area": a place that owns the place named right after it says only where that one lies."""
    after = next((o for o in doc.places if o.span.start >= pm.span.end), None)
    if after is None or after.place is None or after.kind == "demonym":
        return False
    return OWNER_BEFORE_PLACE.match(doc.text[pm.span.end:after.span.start]) is not None


def in_compass_name(doc: Document, pm: PlaceMention) -> bool:
    """True for Baringo in "the hills of Baringo South": the start of a longer name (a
    constituency or sub-county) read as the town; it yields to a town named whole."""
    return case_sensitive_cue("compass_name_after").match(doc.text, pm.span.end) is not None


FAR_FROM_OWNER_KM = 30.0  # beyond this, "X's Y area" is a province's area, not a town's part


def far_in_same_province(owner: PlaceMention, pm: PlaceMention) -> bool:
    """"Katsina's Faskari area": a place of the owner's province far from its town is in the
    province spelt like the town (Katsina state), not a part of the town ("Kharkiv's
    Industrialnyi district" read as a village of another province is still the city's)."""
    if owner.place is None or pm.place is None or approximate(pm):
        return False
    same = (owner.place.country_code, owner.place.admin1) == (pm.place.country_code,
                                                             pm.place.admin1)
    km = distance_km(owner.place.latitude, owner.place.longitude,
                     pm.place.latitude, pm.place.longitude)
    return same and km > FAR_FROM_OWNER_KM
