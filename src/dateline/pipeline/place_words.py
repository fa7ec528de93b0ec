"""Words around a place mention that say how an event relates to it (data in
``gazetteer/locate_cues.json``): "near X" and "a village in X" (precision 2), "near a mosque
in X" and "X airport" (a landmark of the town), "the ministry in X said" and "fled to X"
(not the event's place), "X-based" (an actor's adjective), "the X neighbourhood".
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dateline.gazetteer.resolve import capitals
from dateline.model import Document, PlaceMention
from dateline.resources import load_json

# A byline in brackets between a local dateline's name and its mark: "BAJAUR (correspondent):"
# (read by the places stage, which accepts the name, and by the locator, which places it)
DATELINE_BYLINE = r"[ \t]*\([A-Za-z][A-Za-z .']{0,30}\)"


@cache
def cues() -> dict[str, Any]:
    return dict(load_json("gazetteer/locate_cues.json"))


@cache  # called per place mention: compile each cue's regex once
def case_sensitive_cue(name: str) -> re.Pattern[str]:
    """The regex written under ``name`` in locate_cues.json, compiled without flags: its
    [A-Z] means a capitalised name, its lowercase words only lowercase ones ("Baringo South"
    is a name, "Baringo south of" is not). Case-insensitive cues: ``resources.data_regex``."""
    return re.compile(str(cues()[name]))


def cue_list(name: str) -> list[str]:
    return [str(word) for word in cues()[name]]


@cache
def alternation(name: str) -> str:
    """The cues of list ``name`` as one regex alternation."""
    return "|".join(re.escape(c) for c in cue_list(name))


@cache  # called per place mention and cue list: compile each list's pattern once
def opening_cue(name: str) -> re.Pattern[str]:
    """A cue of list ``name`` opening the text as a whole word; where several could, the
    first in list order (as a loop over the list would find it)."""
    return re.compile(rf"(?:{alternation(name)})\b")


@cache  # called per place mention and cue list: compile each list's pattern once
def before_pattern(name: str) -> re.Pattern[str]:
    """A cue of list ``name`` followed, within the clause, by the end of the text (the gap
    between cue and place is group 1)."""
    listed = sorted(cue_list(name), key=len, reverse=True)
    words = "|".join(re.escape(c) for c in listed)
    gap = int(str(cues()["max_clause_gap"]))
    return re.compile(rf"\b(?:{words})\b([^,.;:!?]{{0,{gap}}})$", re.I)


@cache
def _locative_gap() -> re.Pattern[str]:
    words = alternation("locative_in_gap")
    return re.compile(rf"\b(?:{words})\b", re.I)


@cache
def _container_pattern() -> re.Pattern[str]:
    """'a village in X', 'three communities of X': an unnamed settlement somewhere in X."""
    nouns = alternation("container_nouns")
    return re.compile(rf"\b(?:an?|one|two|three|four|five|several|some|many)\s+(?:[\w-]+\s+){{0,2}}"
                      rf"(?:{nouns})\s+(?:in|of|near)\s+(?:the\s+)?$", re.I)


def clause_before(doc: Document, pm: PlaceMention) -> str:
    sentence = doc.sentences[pm.sentence] if 0 <= pm.sentence < len(doc.sentences) else None
    start = sentence.start if sentence else max(0, pm.span.start - 80)
    return doc.text[start:pm.span.start]


def words_after(doc: Document, pm: PlaceMention) -> str:
    return " ".join(doc.text[pm.span.end:pm.span.end + 30].lower().split())


@cache
def _right_before(name: str) -> re.Pattern[str]:
    """A cue of list ``name`` right before the name ('near the border with', 'crossed from')."""
    return re.compile(rf"\b(?:{alternation(name)})\s+(?:the\s+)?$", re.I)


def is_origin(doc: Document, pm: PlaceMention) -> bool:
    """'rebels who crossed from Congo': where the actors came from, not the event's place.
    Only the name right after the cue: 'crossed from Congo into Kasese' happened in Kasese."""
    return bool(_right_before("origin_before").search(clause_before(doc, pm)))


def is_destination(doc: Document, pm: PlaceMention) -> bool:
    """'the main road to Aboisso', 'to stop them reaching the Carondelet palace': where the
    actors were going. It yields to another place of the event (but stays a place: alone,
    it is all the text says)."""
    return bool(_right_before("destination_before").search(clause_before(doc, pm)))


def is_border_with(doc: Document, pm: PlaceMention) -> bool:
    """'near the border with Eritrea': the country beyond the border, not the event's."""
    cue = _right_before("border_with_before")
    return pm.kind == "country" and bool(cue.search(clause_before(doc, pm)))


def is_facing(doc: Document, pm: PlaceMention) -> bool:
    """'near Ak-Sai, opposite the Vorukh enclave', 'Fotokol, a border town facing Gamboru':
    the place across from one named before it in the clause only says where that one lies."""
    before = clause_before(doc, pm)
    cue = _right_before("facing_before").search(before)
    if cue is None:
        return False
    clause_start = pm.span.start - len(before) + max(0, before.rfind(";") + 1)
    return any(o is not pm and o.place is not None and o.kind != "demonym"
               and clause_start <= o.span.start and o.span.end <= pm.span.start
               for o in doc.places)


def names_landmark(doc: Document, pm: PlaceMention) -> bool:
    """'Baidoa airport', 'Kabul University', 'Duisburg's main station': the name qualifies a
    landmark inside the town."""
    after = OWNER_OF_LANDMARK.sub("", words_after(doc, pm), count=1)
    if opening_cue("landmark_after").match(after) is not None:
        return True
    # "the Van metropolitan municipality building", "the Kisii county offices": a building
    # the town's name opens after a word or two of its own
    longer = " ".join(doc.text[pm.span.end:pm.span.end + 60].lower().split())
    return _described_landmark().match(longer) is not None


@cache
def _described_landmark() -> re.Pattern[str]:
    return re.compile(rf"(?:[a-z][\w-]*\s+){{1,2}}(?:{alternation('landmark_nouns')})\b")


OWNER_OF_LANDMARK = re.compile(r"^['’]s (?:(?:main|central|old|new|international|city|"
                               r"biggest|largest) ){0,2}")


def is_near(doc: Document, pm: PlaceMention) -> bool:
    """'near X', 'north of the town of X', 'a village in X' -- but not 'near a mosque in X'
    or 'near X airport', where what is near is a landmark of the town itself."""
    before = clause_before(doc, pm)
    if _container_pattern().search(before):
        return True
    if before_pattern("not_near_before").search(before):
        return False  # "in and around Hodeidah": the city itself
    match = before_pattern("near_before").search(before)
    if match is None or _locative_gap().search(match.group(1)) or _landmark_in(match.group(1)):
        return False  # "towards the city centre of Maputo": a place inside the town
    if match.group(1).strip()[:1].isdigit():
        return False  # "around 200 tractors blocked the ring road of Toulouse": a number
    return not names_landmark(doc, pm)


def _landmark_in(gap: str) -> bool:
    """'towards the city centre of Maputo', 'outside the Quetta Press Club (Quetta', 'the
    road to the airport of Cusco': what is near is a landmark of the town, not the town."""
    text = " ".join(gap.lower().split())
    if any(re.search(rf"\b{re.escape(w)}\b", text) for w in cue_list("inner_city_in_gap")):
        return True
    return _landmark_noun_in().search(text) is not None


@cache
def _landmark_noun_in() -> re.Pattern[str]:
    """A landmark noun followed by 'of' or, after its name, by the parenthesis that names
    the town ("the airport of", "Press Club (")."""
    nouns = "|".join(re.escape(w) for w in sorted(cue_list("landmark_nouns"), key=len,
                                                 reverse=True))
    return re.compile(rf"\b(?:{nouns})\b(?:\s+of\b|[^,;]*\()")


def is_elsewhere(doc: Document, pm: PlaceMention) -> bool:
    """'residents who fled to Sennar', 'the defence ministry in Ankara said', 'the war in
    Gaza': where people went, where a speaker sits, what a protest is about -- not where
    the event happened. A speaker's seat only when speech follows: protesters marching on
    'the embassy in Amman' are in Amman."""
    before = clause_before(doc, pm)
    if _cued(before, "elsewhere_before") or is_cause(doc, pm):
        return True
    return is_speaker_seat(doc, pm)


def is_speaker_seat(doc: Document, pm: PlaceMention) -> bool:
    """'police in Marsabit said', 'a military official in Tillaberi told AFP': where the
    speaker sits (the speech verb follows the seat)."""
    return _cued(clause_before(doc, pm), "speaker_before") and _speaker_speaks().match(
        doc.text[pm.span.end:pm.span.end + SPEECH_WINDOW]) is not None


SPEECH_WINDOW = 90  # characters after a speaker's seat in which the speech verb comes


@cache
def _speaker_speaks() -> re.Pattern[str]:
    """The speech verb is the seat's own: 'police in Kano (State), the state capital, said
    on Monday' -- but not 'police in the southern city of Mbeya detained ..., a lawyer said'
    nor 'clashed with police in Tamale on Friday, local media reported', where the police
    acted and someone else speaks."""
    verbs, seat_nouns = alternation("speech_after"), alternation("speaker_seat_nouns")
    auxiliaries = alternation("speech_auxiliaries")
    return re.compile(
        rf"^(?:\s+(?:[A-Z][\w'’-]*|{seat_nouns}))"
        r"{0,3}(?:\s*\([^)]{0,40}\))?(?:\s*,[^,.;:!?]{1,50},)?"
        r"(?:\s+(?:(?:late|early)\s+)?on\s+\w+|\s+yesterday|\s+today)?"
        rf"(?:\s+(?:{auxiliaries}))?"
        rf"\s+(?:{verbs})\b")


def is_cause(doc: Document, pm: PlaceMention) -> bool:
    """'in solidarity with Gaza', 'against the war in Sudan': what the event is about."""
    return _cued(clause_before(doc, pm), "cause_before")


def _cued(before: str, name: str) -> bool:
    match = before_pattern(name).search(before)
    return match is not None and not _locative_gap().search(match.group(1))


def is_adjectival(doc: Document, pm: PlaceMention) -> bool:
    """'Britain-based', 'U.S.-backed': the name qualifies an actor, not the event's place."""
    return adjectival_at(doc.text, pm.span.end)


def adjectival_at(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is made an adjective ('Iran-backed')."""
    after = text[end:end + 14].lower()
    return any(after.startswith(s) for s in cue_list("adjective_suffixes"))


def names_city_part_at(text: str, start: int, end: int) -> bool:
    """A part noun right after the name and no 'of <place>' after it ('the Cienfuegos
    sector'), or right before it ('the colonia Kennedy'); or the name is that noun itself
    before another name ('Colonia Kennedy' read as Uruguay's Colonia)."""
    after = " ".join(text[end:end + 30].lower().split())
    noun = opening_cue("city_part_after").match(after)
    if noun is not None and not after[noun.end():].lstrip().startswith("of "):
        return True
    if _city_part_before().search(text[max(0, start - 25):start].lower()):
        return True
    return (text[start:end].lower() in cue_list("city_part_before")
            and re.match(r"\s+[A-Z]", text[end:end + 2]) is not None)


@cache
def _city_part_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation('city_part_before')})\s+$")


HYPHEN_RUN = re.compile(r"[\w'’]+(?:-[\w'’]+)+")


def inside_particle_compound(text: str, start: int, end: int) -> bool:
    """'Lot-et-Garonne', 'Indre-et-Loire', 'Stratford-upon-Avon': a hyphenated name joined by
    a small word is one name; a piece of it ('Garonne', 'et-Loire') names no place of its own
    (the whole, when the gazetteer knows it, is matched whole and stays)."""
    left = start
    while left > 0 and (text[left - 1] == "-" or text[left - 1].isalnum()):
        left -= 1
    run = HYPHEN_RUN.match(text, left)
    if run is None or run.end() < end or (run.start() == start and run.end() == end):
        return False
    middle = run.group(0).split("-")[1:-1]
    return any(part.islower() for part in middle)


@cache
def _described_as_part() -> re.Pattern[str]:
    nouns = alternation("part_of_town_nouns")
    return re.compile(rf"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\s+(?:of|in)\s+"
                      r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


def read_place_after(doc: Document, offset: int, demonyms: bool = True) -> PlaceMention | None:
    """The first place from ``offset`` on that the gazetteer read (names it could not read
    and, unless ``demonyms``, adjectives like 'Liberian' passed over)."""
    return next((o for o in doc.places if o.span.start >= offset and o.place is not None
                 and (demonyms or o.kind != "demonym")), None)


def described_as_part_of(doc: Document, pm: PlaceMention) -> PlaceMention | None:
    """'West Point, a slum of Monrovia', 'Victoria, a district of Kano': the place the
    apposition makes ``pm`` a part of (whatever namesake the gazetteer read for ``pm``)."""
    following = read_place_after(doc, pm.span.end, demonyms=False)
    if following is None or following.span.start - pm.span.end > 60:
        return None
    gap = doc.text[pm.span.end:following.span.start]
    return following if _described_as_part().match(gap) else None


def names_neighbourhood(doc: Document, pm: PlaceMention) -> bool:
    """'the Sao Cristovao neighborhood': a part of a city, not the town of that name."""
    after = words_after(doc, pm)
    return opening_cue("neighbourhood_after").match(after) is not None


@cache
def anaphora_pattern() -> re.Pattern[str]:
    nouns = alternation("anaphora_nouns")
    return re.compile(rf"\bthe (?:{nouns})\b", re.I)


def qualifier_gap(gap: str) -> bool:
    """Only commas, 'in/of', admin nouns and at most two unknown names between a place and
    the place that says where it lies ("X neighborhood, in the municipality of Y")."""
    if len(gap) > 60 or re.search(r"[.;:!?\n]", gap):
        return False
    allowed = set(cue_list("qualifier_gap_words"))
    words = re.findall(r"[\w'-]+", gap)
    unknown = [w for w in words if w.lower() not in allowed]
    return len(unknown) <= 2 and all(w[:1].isupper() for w in unknown)


@cache
def _road_after() -> re.Pattern[str]:
    roads = alternation("road_nouns")
    return re.compile(rf"^\s?[-\u2013]\s?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,2}}\s+(?:{roads})\b")


@cache
def _road_before_after() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roads = alternation("road_nouns")
    return (re.compile(r"[A-Z][\w'’.-]*\s?[-\u2013]\s?$"), re.compile(rf"^\s+(?:{roads})\b"))


def names_road_between(doc: Document, pm: PlaceMention) -> bool:
    """'the Gao-Ansongo road', 'the Tillaberi-Ouallam axis', 'the road linking Titao to
    Ouahigouya': a road between two towns, coded at the first one with precision 2 (like
    'between X and Y')."""
    if _road_after().match(doc.text[pm.span.end:pm.span.end + 60]) or _first_linked_end(doc, pm):
        return True
    before, after = _road_before_after()
    return (before.search(doc.text[max(0, pm.span.start - 30):pm.span.start]) is not None
            and after.match(doc.text[pm.span.end:pm.span.end + 20]) is not None
            ) or _second_linked_end(doc, pm)


def second_road_end(doc: Document, pm: PlaceMention) -> bool:
    """'Dadaab' in 'the Garissa-Dadaab road': the road's far end, which yields to its first."""
    return (not _road_after().match(doc.text[pm.span.end:pm.span.end + 60])
            and not _first_linked_end(doc, pm) and names_road_between(doc, pm))


@cache
def _road_link() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """'the road linking|connecting|from X to|and Y': before X, after X, and before Y."""
    roads, links = alternation("road_nouns"), alternation("road_link_words")
    opening = rf"\b(?:{roads})\s+(?:{links})\s+"
    return (re.compile(opening + "$", re.I), re.compile(r"^\s+(?:to|and|with)\s+[A-Z]"),
            re.compile(opening + r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\s+(?:to|and|with)\s+$",
                       re.I))


def _first_linked_end(doc: Document, pm: PlaceMention) -> bool:
    before, after, _ = _road_link()
    return (before.search(doc.text[max(0, pm.span.start - 30):pm.span.start]) is not None
            and after.match(doc.text[pm.span.end:pm.span.end + 20]) is not None)


def _second_linked_end(doc: Document, pm: PlaceMention) -> bool:
    return _road_link()[2].search(doc.text[max(0, pm.span.start - 80):pm.span.start]) is not None


def names_natural_feature(doc: Document, pm: PlaceMention) -> bool:
    """'on the Oskil river', 'the Nuba mountains': a feature named like a village, not it."""
    following = words_after(doc, pm).split()
    return bool(following) and following[0].strip(".,;:)") in cue_list("natural_feature_after")


def names_water_body(doc: Document, pm: PlaceMention) -> bool:
    """'the shores of Lake Albert near Buliisa', 'an island of Lake Victoria': the lake, not
    the town or province of that name abroad. Only when the article names a place in
    another country than the namesake read ('a shooting in Lake Charles' stays the town)."""
    if pm.place is None or pm.place.feature_code.startswith("PCL"):
        return False
    words = cue_list("water_body_words")
    before = doc.text[max(0, pm.span.start - 8):pm.span.start].lower().split()
    opens = pm.span.text.lower().split()[:1]
    if not ((before and before[-1] in words) or (opens and opens[0] in words)):
        return False
    return any(o.place is not None and o.place.country_code
               and o.place.country_code != pm.place.country_code for o in doc.places)


@cache
def _part_of_referent() -> re.Pattern[str]:
    cues_ = alternation("part_of_referent_before")
    return re.compile(rf"\b(?:{cues_})\s+(?:[A-Z][\w'’-]*\s+(?:and\s+|,\s*)?)*$", re.I)


def is_part_of_referent(doc: Document, pm: PlaceMention) -> bool:
    """'the city's Kyivskyi and Osnovianskyi districts': parts of the town the text is about
    (read, when a homonym exists, as some other town)."""
    return _part_of_referent().search(clause_before(doc, pm)) is not None


@cache
def _metonym_before() -> re.Pattern[str]:
    verbs = alternation("metonym_verbs_before")
    return re.compile(rf"\b(?:{verbs})\s+$", re.I)


@cache
def _speech_right_after() -> re.Pattern[str]:
    verbs = alternation("speech_after")
    return re.compile(rf"^\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)?(?:{verbs})\b", re.I)


def is_metonym(doc: Document, pm: PlaceMention) -> bool:
    """'accusing Islamabad of violating', 'Moscow denied': a capital standing for its
    government, not a place where anything happened."""
    if pm.place is None or pm.kind != "place" or pm.place.geonameid not in capitals():
        return False
    if _metonym_before().search(doc.text[max(0, pm.span.start - 20):pm.span.start]):
        return True
    return _speech_right_after().match(doc.text[pm.span.end:pm.span.end + 25]) is not None


@cache
def _office_speaks() -> re.Pattern[str]:
    verbs, offices = alternation("speech_after"), alternation("office_nouns")
    # the office's words in any case, or an officer's capitals ('IG', 'SP'): not 'and'
    return re.compile(rf"^(?:\s+(?:(?i:{offices})|[A-Z]{{2,4}})){{1,3}}\s+(?:{verbs})\b")


def names_speaking_office(doc: Document, pm: PlaceMention) -> bool:
    """'the Sinaloa prosecutor's office said', 'Bastar IG said', 'the Borno State government
    said': a place owning the office that speaks is who speaks, not where it happened."""
    if pm.kind in ("country", "demonym"):
        return False
    return _office_speaks().match(doc.text[pm.span.end:pm.span.end + 50]) is not None


@cache
def _owner_of_part() -> re.Pattern[str]:
    nouns = alternation("part_of_town_nouns")
    return re.compile(rf"['’]s\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{nouns})\b")


def owns_part(text: str, end: int) -> bool:
    """Taizz in "Taizz's Al Qahirah district", Kharkiv in "Kharkiv's Saltivka neighbourhood":
    a name owning a named part of town is a town (spaCy often tags it ORG with the part)."""
    return _owner_of_part().match(text, end) is not None


@cache
def _named_part_before() -> re.Pattern[str]:
    nouns = alternation("part_of_town_nouns")
    return re.compile(rf"\b[A-Z][\w'’-]*\s+(?:{nouns})\s+(?:of|in)\s+(?:the\s+)?"
                      r"(?:(?:city|town)\s+of\s+)?$")


def owns_part_before(text: str, start: int) -> bool:
    """Taizz in "the Al-Rawdah neighbourhood of Taizz", Kabul in "the Dasht-e-Barchi area of
    Kabul": the name a named part of town lies in is a place (spaCy may tag it anything)."""
    return _named_part_before().search(text[max(0, start - 60):start]) is not None


@cache
def _part_noun_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation('part_of_town_nouns')})\b", re.I)


@cache
def _part_of_named_town() -> re.Pattern[str]:
    nouns = alternation("part_of_town_nouns")
    return re.compile(rf"\s+(?:{nouns})\s+(?:of|in)\s+(?:the\s+)?(?:city|town)\s+of\s+[A-Z]")


def owned_part(text: str, start: int, end: int) -> bool:
    """Al Qahirah in "Taizz's Al Qahirah district" or "Al Qahirah district in the city of
    Taizz": a part of the town named with it, whatever namesake (Cairo) the gazetteer reads
    for it; it says nothing of the article's country."""
    if _part_of_named_town().match(text, end):
        return True
    return (re.search(r"\b[A-Z][\w'’-]*['’]s\s+$", text[max(0, start - 40):start]) is not None
            and _part_noun_after().match(text, end) is not None)
