"""How precisely an event's chosen place is known (ACLED ``geo_precision``).

1 the town itself (also a landmark or a named part of it: "the Petare area of Caracas",
"Baidoa airport"); 2 near a town, its outskirts, the road between two towns, a settlement
the gazetteer lacks placed beside it, or a district; 3 a province, region or country.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.normalize import fold_key
from dateline.gazetteer.resolve import distance_km
from dateline.model import Document, PlaceMention
from dateline.pipeline.locate_rules import DISTRICT, PROVINCE, TOWN, approximate, rank
from dateline.pipeline.place_words import (
    alternation,
    cue_list,
    is_near,
    names_landmark,
    names_road_between,
    opening_cue,
    words_after,
)
from dateline.pipeline.places import APPROX_CODE, INSTITUTION_KIND
from dateline.resources import data_regex

# GeoNames codes of spots inside a town (square, street, university): coded at the town
LANDMARK_CODES = frozenset({"SQR", "ST", "UNIV"})
LANDMARK_TOWN_KM = 30.0


def is_landmark(pm: PlaceMention) -> bool:
    return pm.place is not None and pm.place.feature_code in LANDMARK_CODES


NAMED_PART_OF = re.compile(r"\b[A-Z][\w'’-]*\s+(?:district|neighbou?rhood|quarter|sector)s?"
                           r"\s+of\s+(?:the\s+)?(?:city\s+of\s+)?$")


def town_precision(doc: Document, pm: PlaceMention) -> int:
    """1 for the town itself; 2 when the words around it say 'near', 'outskirts', ..."""
    assert pm.place is not None
    if pm.place.feature_code != APPROX_CODE and NAMED_PART_OF.search(
            doc.text[max(0, pm.span.start - 60):pm.span.start]):
        return 1  # "Hodan district of Mogadishu": a part of the town, the town itself
    if pm.place.feature_code == APPROX_CODE or is_near(doc, pm) or names_road_between(doc, pm):
        return 2
    if names_landmark(doc, pm) or is_part_of_town(doc, pm) or pm.kind == INSTITUTION_KIND:
        # "the Shambhu border crossing", "the Petare area of Caracas", "the Kisumu County
        # Assembly" (an institution of the town: "County" is part of its name, not an area)
        return 1
    following = words_after(doc, pm).split()
    return 2 if following and following[0].strip(".,;:") in cue_list("area_after") else 1


def is_part_of_town(doc: Document, pm: PlaceMention) -> bool:
    """'the Petare area of Caracas', 'the Saltivka district of Kharkov': a neighbourhood,
    coded like the town it belongs to (precision 1), not like a district or an area."""
    after = words_after(doc, pm)
    cue = next((c for c in cue_list("part_of_town_after") if after.startswith(c + " ")), None)
    if cue is None:
        return False
    if data_regex("gazetteer/locate_cues.json", "of_the_city_after").match(after[len(cue):]):
        return True  # "the Siloe neighbourhood of the city": the town the report is about
    gap_end = pm.span.end + len(cue) + 12  # room for "of the city of"
    return any(o.span.start > pm.span.end and o.span.start <= gap_end
               and (rank(o) == TOWN or _city_province(pm, o))
               for o in doc.places if o.place is not None)


def _city_province(part: PlaceMention, whole: PlaceMention) -> bool:
    """'the Sadr City district of Baghdad' with Baghdad read as its province: the part lies
    by the province's seat, the city of its name."""
    if rank(whole) != PROVINCE or part.place is None or whole.place is None:
        return False
    return distance_km(part.place.latitude, part.place.longitude, whole.place.latitude,
                       whole.place.longitude) <= LANDMARK_TOWN_KM


def _named_part_of_its_city(doc: Document, pm: PlaceMention, kind: str = "admin1") -> bool:
    """'the Korabelnyi district of Kherson' with Kherson read as its oblast (or 'the Terra
    Firme district of Belem' with Belem read as its municipality): a named part of the city
    the division is named after (its seat), coded at the city itself."""
    if pm.place is None or not NAMED_PART_OF.search(doc.text[max(0, pm.span.start - 60):
                                                             pm.span.start]):
        return False
    seat = get_gazetteer().seat_of(pm.place, kind)
    return seat is not None and fold_key(seat.name) == fold_key(pm.span.text)


SEAT_OF_GOVERNMENT = re.compile(r"\bseat of (?:the )?$", re.I)


def _names_its_seat(doc: Document, pm: PlaceMention) -> bool:
    """'on the Saxony-Anhalt state parliament', 'the Lot-et-Garonne prefecture', 'the seat of
    the Minas Gerais government': a province's own building stands in its seat town, coded
    there as the town itself (the seat is the province's coded point)."""
    after = words_after(doc, pm)
    if opening_cue("province_building_after").match(after):
        return True
    return after.startswith("government") and SEAT_OF_GOVERNMENT.search(
        doc.text[max(0, pm.span.start - 20):pm.span.start]) is not None


def precision_of(doc: Document, pm: PlaceMention) -> int:
    level = rank(pm)
    if level == TOWN:
        return town_precision(doc, pm)
    if level == DISTRICT and pm.place is not None and pm.place.feature_code == "PPLX":
        return 1  # "Hodan district of Mogadishu": a section of the city, the city itself
    if level == DISTRICT and _named_part_of_its_city(doc, pm, "district"):
        return 1  # "the Terra Firme district of Belem" with Belem read as its municipality
    if level == PROVINCE and (_named_part_of_its_city(doc, pm) or _names_its_seat(doc, pm)):
        return 1
    return 2 if level == DISTRICT else 3


SETTLEMENT_OF_CITY = 100_000  # people: an unknown place "in" a city this big is a neighbourhood


def settlement_beside(doc: Document, pool: list[PlaceMention], best: PlaceMention) -> int:
    """2 when the town won over a settlement the gazetteer lacks and placed at it ("Fataki
    locality (Djugu, Ituri)"): the event is in that settlement, near the town. Not for a
    neighbourhood of a city, nor for an adjective ("the Palestinian village of X")."""
    if best.place is None or rank(best) != TOWN or best.place.population >= SETTLEMENT_OF_CITY:
        return 1
    for pm in pool:
        if (approximate(pm) and pm.place is not None and pm.span.end <= best.span.start
                and (pm.place.latitude, pm.place.longitude)
                == (best.place.latitude, best.place.longitude)
                and not re.match(r"\s+(?:village|town|city|neighbou?rhood|quarter|district) "
                                 r"of\b", doc.text[pm.span.end:])):
            return 2
    return 1


# "residents of Warraq Island (Giza)", "the Arandu area (Chitral, Khyber Pakhtunkhwa)": a
# name (and the noun of a spot or division after it) right before a note's parenthesis
NOTE_TOWN_KM = 50.0  # a place this near the parenthesis' town is the place it qualifies
NAME_BEFORE_NOTE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                              r"(?:\s+([a-z][\w-]+))?\s*\($")


def unknown_place_before_note(doc: Document, best: PlaceMention) -> int:
    """2 when the town coded is the first name of a note's parenthesis and the name before
    the parenthesis is no place the gazetteer knows near it ('Warraq Island (Giza)', 'the
    Arandu area (Chitral, ...)', 'Bandar upazila (Narayanganj, Dhaka)' with Bandar read in
    India): the event is in that place, somewhere in the district named. Not for a landmark
    ('the Quetta Press Club (Quetta, ...)'), the town's own name ('Sitra (Sitra, Capital)'),
    nor a bare name in a city ('Cocody (Abidjan)': a part of the city, the city itself)."""
    if best.place is None or rank(best) != TOWN or approximate(best):
        return 1
    before = doc.text[max(0, best.span.start - 60):best.span.start]
    match = NAME_BEFORE_NOTE.search(before)
    if match is None:
        return 1
    words = match.group(1).lower().split()
    noun = (match.group(2) or words[-1]).lower()
    if noun in cue_list("landmark_nouns") or fold_key(match.group(1)) == fold_key(
            best.span.text):
        return 1
    if noun not in cue_list("note_spot_nouns") and best.place.population >= SETTLEMENT_OF_CITY:
        return 1
    start = best.span.start - len(before) + match.start(1)
    end = best.span.start - len(before) + match.end(1)
    # read abroad, or far from the town ('Dahab Island (Giza)' is no Dahab of Sinai)
    known = [o for o in doc.places if o.span.start < end and start < o.span.end
             and o.place is not None and o.kind != "demonym"
             and distance_km(o.place.latitude, o.place.longitude, best.place.latitude,
                             best.place.longitude) <= NOTE_TOWN_KM]
    return 1 if known else 2


@cache
def _spot_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    spots, named = alternation("spot_nouns"), alternation("named_spot_nouns")
    return (re.compile(rf"\bthe (?:{spots})\b", re.I),
            re.compile(rf"\b[A-Z][\w'’-]+ (?:{named})\b"),
            re.compile(r"\b(?:near|outside|close to) [A-Z]"))


@cache
def _spot_introduced() -> re.Pattern[str]:
    """A spot noun introducing the name right after it ("the fishing village of")."""
    return re.compile(rf"\b(?:{alternation('spot_nouns')}) of (?:the )?$", re.I)


def tells_of_a_spot(doc: Document, sentence: int) -> bool:
    """'Insurgents entered the village', 'in the forests near Gangaloor', 'the Savien area
    of the commune': the event's sentence places it at a spot the text does not name as a
    known place."""
    if not 0 <= sentence < len(doc.sentences):
        return False
    span = doc.sentences[sentence]
    text = doc.text[span.start:span.end]
    the_spot, named_spot, near_name = _spot_patterns()
    if named_spot.search(text) or near_name.search(text):
        return True
    # "the village" is a spot only when the settlement named last is one the gazetteer
    # lacks ("the residents of Nguida fled ... entered the village"), not a known town
    earlier = [pm for pm in doc.places if pm.span.end <= span.start and pm.kind != "demonym"]
    return bool(the_spot.search(text)) and bool(earlier) and earlier[-1].place is None


def spot_near_the_town(doc: Document, pm: PlaceMention, sentences: list[int], trigger: int,
                       dateline: bool) -> bool:
    """An event coded to a town named only outside its sentences, or in the dateline, whose
    own sentence tells of a spot: it happened near that town, not in it (precision 2)."""
    if rank(pm) != TOWN or (pm.sentence in sentences and not dateline) or pm.place is None:
        return False
    if pm.place.population >= SETTLEMENT_OF_CITY:
        return False  # "the Nazon area" of Port-au-Prince: a part of the city, the city itself
    if _spot_introduced().search(doc.text[max(0, pm.span.start - 40):pm.span.start]):
        return False  # "the fishing village of Mucojo" ... "the village": Mucojo itself
    return any(tells_of_a_spot(doc, sid) for sid in {trigger, *sentences})
