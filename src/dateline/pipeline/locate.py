"""Stage 'locate': where each event happened, coded the ACLED way.

The place is taken from the event's own sentences (the trigger's sentence first): a place in
the article's main country wins over one abroad, then the town-like place nearest the trigger
wins over a district, a natural region, a province and a country, in that order. Places where a
speaker sits or people fled to ("the ministry in Ankara said", "fled to Sennar") are not the
event's. Precision (``geo_precision``, ``locate_precision``): 1 the town itself (also "near a
mosque in X", "near X airport": a landmark of the town); 2 "near X", "outskirts/countryside of
X", "between X and Y" (convention: the first named town), "a village in X", "X township", a
settlement the gazetteer lacks placed at the place named beside it, or a district coded to its
seat; 3 only a province, natural region or country is known (coordinates of the named feature,
else the provincial capital / national capital). An event sentence without any place inherits,
at the same precision, from the previous sentences of its paragraph, then the article's lead
(dateline), then its most named town (`locate_context`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from dateline.gazetteer.admin import acled_admin1
from dateline.gazetteer.countries import country_by_iso2
from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.normalize import fold_key, strip_accents
from dateline.gazetteer.qualify import QUALIFIER_GAP
from dateline.gazetteer.resolve import distance_km
from dateline.model import Document, Event, Evidence, Place, PlaceMention
from dateline.pipeline.base import Stage
from dateline.pipeline.locate_between import locates_town_before, second_of_between
from dateline.pipeline.locate_context import (
    Choice,
    article_place,
    lead_place,
    national_capital,
    own_forces_country,
    paragraph_before,
    reference_point,
    referred_town,
    usable,
)
from dateline.pipeline.locate_parts import part_of_town_named_after, part_of_town_owning_it
from dateline.pipeline.locate_precision import (
    LANDMARK_TOWN_KM,
    NAMED_PART_OF,
    is_landmark,
    is_part_of_town,
    precision_of,
    settlement_beside,
    spot_near_the_town,
    unknown_place_before_note,
)
from dateline.pipeline.locate_rules import (
    COUNTRY,
    DISTRICT,
    LOCAL_DATELINES_KEY,
    MAIN_COUNTRY_KEY,
    PROVINCE,
    REGION,
    TOWN,
    approximate,
    contradicted,
    country_named_with,
    in_compass_name,
    is_dateline,
    main_country,
    names_note_district,
    names_note_location,
    names_note_province,
    owns_next_place,
    rank,
)
from dateline.pipeline.place_words import (
    case_sensitive_cue,
    is_cause,
    is_destination,
    is_near,
    names_neighbourhood,
    names_road_between,
    second_road_end,
)
from dateline.pipeline.places import APPROX_CODE
from dateline.pipeline.segment_clauses import has_headline
from dateline.resources import data_regex

AYN_MARKS = str.maketrans("", "", "\u2018\u2019\u02bf\u02be`")  # "Ma‘arrat" -> "Maarrat"
# A demonstration's place is never what it is about: "Gaza protesters" marching "against the
# war in Gaza" in Amman.
DEMONSTRATION_TYPES = frozenset({"Protests", "Riots"})


class EventLocator(Stage):
    name = "locate"
    requires = ("events", "places")
    assigns = ("events.location",)

    def __call__(self, doc: Document) -> Document:
        for event in doc.events:
            locate_event(doc, event)
        doc.extras.pop(MAIN_COUNTRY_KEY, None)  # per-run caches, not output
        doc.extras.pop(PREVIOUS_KEY, None)
        doc.extras.pop(LOCAL_DATELINES_KEY, None)
        return doc


def _distance(event: Event, pm: PlaceMention) -> int:
    if event.trigger is None:
        return pm.span.start
    t = event.trigger
    return 0 if pm.span.overlaps(t) else min(abs(pm.span.start - t.end), abs(t.start - pm.span.end))


def choose_in_sentences(doc: Document, event: Event, sentence_ids: Sequence[int]
                        ) -> Choice | None:
    """The event's place among those of ``sentence_ids``; the trigger's own sentence first
    when it names a town or a natural region (the other sentences of an event are often
    quotes or background: "Sheikhs in Rutba say the strikes are not enough"), then the
    event's sentences of the trigger's paragraph, then the paragraph's earlier sentences
    ("In Quetta, ... On Monday, police broke up a sit-in"), then the town "the city" points
    back to. Only a province or district there (a headline's "in Nigeria's Kebbi state")
    yields to the town the next sentence names."""
    own = _trigger_sentence(doc, event)
    if own in sentence_ids and len(sentence_ids) > 1:
        same = [sid for sid in sentence_ids if _same_paragraph(doc, own, sid)]
        # A headline's "Tillaberi: ... ambush" yields to "30 km from Tillaberi" in the body;
        # beyond the trigger's sentence, "the Sahel" says less than a town.
        for group, levels in (([own], (TOWN, REGION)), (same, (TOWN,)),
                              (paragraph_before(doc, own), (TOWN,))):
            choice = _choose_among(doc, event, group) if group else None
            if (choice and rank(choice.mention) in levels
                    and not is_dateline(doc, choice.mention)):
                return _told_again_in_body(doc, event, sentence_ids, choice)
    choice = _choose_among(doc, event, sentence_ids)
    if own >= 0 and (choice is None or rank(choice.mention) == COUNTRY):
        return referred_town(doc, own) or choice  # "the city's Kyivskyi district"
    return choice


def _told_again_in_body(doc: Document, event: Event, sentence_ids: Sequence[int],
                        choice: Choice) -> Choice:
    """A headline's "lynched ... in Kisii" yields to the body's "a village outside Kisii
    town": the same place, told with the detail that sets its precision."""
    if choice.mention.sentence != 0 or not has_headline(doc):
        return choice
    body = _choose_among(doc, event, [sid for sid in sentence_ids if sid != 0])
    same = body is not None and _place_key(body.mention) == _place_key(choice.mention)
    return body if body is not None and same else choice


def _same_paragraph(doc: Document, first: int, other: int) -> bool:
    low, high = sorted((first, other))
    return "\n" not in doc.text[doc.sentences[low].end:doc.sentences[high].start]


def _trigger_sentence(doc: Document, event: Event) -> int:
    return doc.sentence_index(event.trigger.start) if event.trigger is not None else -1


def _choose_among(doc: Document, event: Event, sentence_ids: Sequence[int]) -> Choice | None:
    pool = _candidates(doc, event, sentence_ids)
    if not pool:
        return None
    near_again = {_place_key(pm) for pm in pool if is_near(doc, pm)
                  and not second_of_between(doc, pm)
                  and any(o is not pm and _place_key(o) == _place_key(pm)
                          and second_of_between(doc, o) for o in pool)}
    # The dateline yields to a town, district or province of the sentence, not to a country.
    pool = [pm for pm in pool if not is_dateline(doc, pm) and rank(pm) < COUNTRY] or pool
    best = min(pool, key=_preference(doc, event, pool, near_again))
    best = _named_as_the_town(doc, pool, best)
    return Choice(best, max(precision_of(doc, best), settlement_beside(doc, pool, best),
                            unknown_place_before_note(doc, best)))


def _candidates(doc: Document, event: Event, sentence_ids: Sequence[int]) -> list[PlaceMention]:
    """The usable places of the sentences that may be the event's (none when they name only
    where the actors were going after a town told before)."""
    pool = [pm for pm in doc.places if pm.sentence in sentence_ids and usable(doc, pm)]
    if event.event_type in DEMONSTRATION_TYPES:
        causes = {_place_key(pm) for pm in doc.places if pm.place and is_cause(doc, pm)}
        pool = [pm for pm in pool if _place_key(pm) not in causes]
    if not pool or _only_destinations_after_a_town(doc, pool, sentence_ids):
        return []
    # "the Santa Marta favela of Rio de Janeiro": the neighbourhood is the city's, whatever
    # town of that name the gazetteer read abroad; the city named after it stands for it.
    # So is "West Point, a slum of Monrovia" (not West Point, Mississippi), and Al Qahirah
    # in "Taizz's Al Qahirah district" (not Cairo).
    return [pm for pm in pool
            if not (names_neighbourhood(doc, pm) and is_part_of_town(doc, pm))
            and not part_of_town_named_after(doc, pm)
            and not part_of_town_owning_it(doc, pm)] or pool


def _preference(doc: Document, event: Event, pool: list[PlaceMention],
                near_again: set[tuple[object, ...]]) -> Callable[[PlaceMention], tuple[Any, ...]]:
    """The sort key of the pool's places (lowest is the event's place)."""
    main = main_country(doc)
    # A place abroad yields to any place in the article's country: "Mutongo village in
    # Walikale territory, DR Congo" is not the Mutongo of another country. A settlement the
    # gazetteer lacks (placed at its neighbour) and a neighbourhood named like a town
    # elsewhere ("the Libertad neighborhood, Zamora") yield to a known town.
    # A town outside the province of the place that qualifies it ("Ejidal Norte neighborhood
    # of Zamora" read as an Ejidal of another state) is a homonym read wrongly. A province
    # named in a note's parenthesis ("Gazipur (Gazipur, Dhaka)") yields to what it qualifies.
    # "Raghwan district (Marib)": a district named right before the parenthesis (not "the
    # Mansoura and Sheikh Othman districts of Aden (Aden)", parts of the city)
    before_note = case_sensitive_cue("district_before_note")
    districts = any(rank(pm) == DISTRICT and before_note.match(doc.text, pm.span.end)
                    for pm in pool)
    # The trigger's sentence names no place ("Two clans fought with RPGs"): nearness to it says
    # nothing, and a reference point after the frame's town ("in al-Madina district, north of
    # Basra", "Mocimboa da Praia, 250 km north of Pemba") only says where that town lies.
    away = _trigger_sentence(doc, event) not in {pm.sentence for pm in pool}
    return lambda pm: (_abroad(doc, pm, main), contradicted(doc, pm),
                       is_destination(doc, pm),
                       not names_note_location(doc, pm),
                       names_note_district(doc, pm),
                       # "Raghwan district (Marib)": the note's province,
                       # though spelt like its seat, yields to the district
                       districts and rank(pm) == TOWN
                       and names_note_province(doc, pm),
                       owns_next_place(doc, pm),  # "Katsina's Faskari area"
                       rank(pm),
                       in_compass_name(doc, pm),  # "Baringo South near Kabarnet"
                       approximate(pm),
                       # the ends of "the Juba-Nimule road" and a square,
                       # avenue or campus yield to a town named beside them
                       names_road_between(doc, pm) or is_landmark(pm),
                       # "between Canete and Tirua": the first one named
                       second_road_end(doc, pm) or second_of_between(doc, pm),
                       # "between Fada and Diapaga, near Diapaga": the end
                       # named again after 'near' is where it happened
                       (_place_key(pm) not in near_again),
                       # "in Paharpur, north of Dera Ismail Khan": the town
                       # the clause names yields to no reference point
                       locates_town_before(doc, pm)
                       or (away and reference_point(doc, pm)),
                       names_neighbourhood(doc, pm),
                       qualifies_previous(doc, pm) or names_note_province(doc, pm),
                       _distance(event, pm))


def _town_of() -> re.Pattern[str]:
    """'the town of', 'city of' right before a mention (``town_of_before``, compiled once)."""
    return data_regex("gazetteer/locate_cues.json", "town_of_before")


def _named_as_the_town(doc: Document, pool: list[PlaceMention], best: PlaceMention
                       ) -> PlaceMention:
    """'in the town of Gwoza, in the Gwoza local government area': of two mentions of the
    chosen town, the one the text calls the town itself (not the area named after it)."""
    if rank(best) != TOWN or best.place is None or precision_of(doc, best) == 1:
        return best
    return next((pm for pm in pool if pm is not best and pm.place is not None
                 and rank(pm) == TOWN and _place_key(pm) == _place_key(best)
                 and _town_of().search(doc.text[max(0, pm.span.start - 20):pm.span.start])
                 and precision_of(doc, pm) == 1), best)


def _only_destinations_after_a_town(doc: Document, pool: list[PlaceMention],
                                    sentence_ids: Sequence[int]) -> bool:
    """'... marched in central Quito. Police fired tear gas to stop them reaching the
    Carondelet palace': where they were going yields to the town named just before."""
    if not sentence_ids or not all(is_destination(doc, pm) for pm in pool):
        return False
    earlier = paragraph_before(doc, min(sentence_ids))
    return any(pm.sentence in earlier and usable(doc, pm) and rank(pm) == TOWN
               and not is_destination(doc, pm) for pm in doc.places)


def _place_key(pm: PlaceMention) -> tuple[object, ...]:
    assert pm.place is not None
    return (pm.place.name, pm.place.latitude, pm.place.longitude)


def _abroad(doc: Document, pm: PlaceMention, main: str | None) -> bool:
    """In another country than the article's, unless the text names that country with it
    ("Afghanistan's Khost province" in a report from Islamabad)."""
    return (main is not None and pm.place is not None and pm.place.country_code != main
            and not country_named_with(doc, pm))


def qualifies_previous(doc: Document, pm: PlaceMention) -> bool:
    """True for B in "Al Mayadin in Deir ez-Zor countryside", "al-Busayrah in the eastern
    Deir az-Zour countryside": a place that says where the place before it lies."""
    previous = _previous_places(doc).get(id(pm))
    if previous is None:
        return False
    gap = doc.text[previous.span.end:pm.span.start]
    return "," not in gap and QUALIFIER_GAP.match(gap) is not None


PREVIOUS_KEY = "locate.previous_place"  # doc.extras cache: id(mention) -> place before it


def _previous_places(doc: Document) -> dict[int, PlaceMention]:
    """For each mention, the resolved non-demonym place ending before it (one pass)."""
    if PREVIOUS_KEY not in doc.extras:
        found: dict[int, PlaceMention] = {}
        resolved = [o for o in doc.places if o.kind != "demonym" and o.place is not None]
        ends = [o.span.end for o in resolved]
        for pm in doc.places:
            i = bisect_right(ends, pm.span.start)
            if i:
                found[id(pm)] = resolved[i - 1]
        doc.extras[PREVIOUS_KEY] = found
    cached: dict[int, PlaceMention] = doc.extras[PREVIOUS_KEY]
    return cached


def inherited(doc: Document, event: Event) -> Choice | None:
    """A place from the context, as precise as where it was named: the earlier sentences of
    the paragraph, the town "the village" points back to, then the lead."""
    first = min(event.sentence_ids) if event.sentence_ids else -1
    for sid in paragraph_before(doc, first) if first >= 0 else []:
        choice = choose_in_sentences(doc, event, [sid])
        # A country alone ("The Kenya Defence Forces have fought ...") says less than the lead.
        if choice and rank(choice.mention) < COUNTRY:
            return Choice(choice.mention, choice.precision)
    anaphoric = referred_town(doc, first) if first >= 0 else None
    return anaphoric or article_place(doc)


def _coded_place(pm: PlaceMention) -> Place:
    """The point to code: a town itself, else the seat of the district/province/country.
    A square, avenue or campus of a capital ("Rustaveli Avenue") is coded at that city, as
    ACLED does, when the seat of its province lies close by."""
    place = pm.place
    assert place is not None
    if is_landmark(pm):
        seat = get_gazetteer().seat_of(place, "admin1")
        if seat is not None and distance_km(place.latitude, place.longitude, seat.latitude,
                                            seat.longitude) <= LANDMARK_TOWN_KM:
            return seat
    if rank(pm) in (TOWN, REGION):
        return place
    kind = "country" if pm.kind == "demonym" else pm.kind
    return get_gazetteer().seat_of(place, kind) or place


def locate_event(doc: Document, event: Event) -> None:
    """Fill the location fields of ``event`` (country, admin1, location, coordinates, ...)."""
    choice = choose_in_sentences(doc, event, event.sentence_ids) or inherited(doc, event)
    if choice is None:
        _country_only(event, own_forces_country(doc, event))
        return
    choice = _beyond_the_capital(doc, event, choice)
    choice = narrowed(doc, choice)
    if choice.precision == 1 and spot_near_the_town(
            doc, choice.mention, list(event.sentence_ids), _trigger_sentence(doc, event),
            is_dateline(doc, choice.mention)):
        choice = Choice(choice.mention, 2)
    apply_choice(doc, event, choice)


def _country_only(event: Event, iso2: str | None) -> None:
    """No place known: the country alone (an export by country still finds the event)."""
    country = country_by_iso2(iso2) if iso2 else None
    if country is not None:
        event.country, event.iso, event.region = country.name, country.iso_numeric, country.region


def _beyond_the_capital(doc: Document, event: Event, choice: Choice) -> Choice:
    """'GUATEMALA CITY - Villagers in Guatemala's western highlands beat ... residents of a
    hamlet near the departmental capital Huehuetenango': a capital dateline, where the report
    was filed, against a country or region the event's own sentences name instead, yields
    to the town of the lead beyond the capital (``lead_place``)."""
    if not (is_dateline(doc, choice.mention) and national_capital(choice.mention)):
        return choice
    own = [pm for pm in doc.places if pm.sentence in event.sentence_ids and usable(doc, pm)
           and not is_dateline(doc, pm)]
    if not any(rank(pm) >= REGION for pm in own) or any(rank(pm) < REGION for pm in own):
        return choice
    lead, capital = lead_place(doc), choice.mention.place
    if lead is None or is_dateline(doc, lead) or lead.place is None or capital is None \
            or lead.place.country_code != capital.country_code:
        return choice
    return Choice(lead, precision_of(doc, lead))


def narrowed(doc: Document, choice: Choice) -> Choice:
    """Only a province in the event's sentences ("a village in the central Segou region"),
    and the article names exactly one town of that province elsewhere ("the area north of
    Niono"): ACLED codes the most specific place known, that town, with precision 2."""
    province = choice.mention.place
    if rank(choice.mention) != PROVINCE or province is None:
        return choice
    towns = {pm.place.name: pm for pm in doc.places
             if usable(doc, pm) and pm.place is not None and rank(pm) == TOWN
             and pm.place.feature_code != APPROX_CODE and not is_dateline(doc, pm)
             # "between Montepuez and Balama": the road's far end names no other town
             and not second_of_between(doc, pm) and not second_road_end(doc, pm)
             and pm.place.country_code == province.country_code
             and pm.place.admin1 == province.admin1}
    if len(towns) != 1:
        return choice
    town = next(iter(towns.values()))
    # "the Comas district of Lima (Lima, Lima)" read as Lima's region: a part of the city
    # the region is named after, coded at the city itself
    part_of_city = town.place is not None and fold_key(town.place.name) == fold_key(
        choice.mention.span.text) and NAMED_PART_OF.search(
            doc.text[max(0, choice.mention.span.start - 60):choice.mention.span.start])
    return Choice(town, 1 if part_of_city else 2)


def apply_choice(doc: Document, event: Event, choice: Choice) -> None:
    pm = choice.mention
    assert pm.place is not None
    coded = _coded_place(pm)
    country = country_by_iso2(pm.place.country_code)
    event.country = country.name if country else pm.place.country_code
    event.iso = country.iso_numeric if country else 0
    event.region = country.region if country else ""
    event.admin2 = pm.place.admin2 or coded.admin2 or ""
    event.admin1 = acled_admin1(pm.place.country_code, pm.place.admin1 or coded.admin1 or "",
                                event.admin2, (coded.latitude, coded.longitude),
                                _side_named(doc, pm) if pm.kind == "admin1" else "")
    # ACLED writes plain Latin names ("Albu Kamal", not "Ālbū Kamāl"; "Maarrat", not "Ma‘arrat").
    name = pm.span.text if pm.place.feature_code == APPROX_CODE else coded.name
    event.location = strip_accents(name).translate(AYN_MARKS)
    event.latitude, event.longitude = coded.latitude, coded.longitude
    event.geo_precision = choice.precision
    event.geonameid = coded.geonameid
    event.evidence.append(Evidence.of("location", pm.span))
    _add_context_evidence(doc, event, pm)


SIDE_BEFORE = re.compile(r"\b(north|south|east|west)(?:ern)?\s+$", re.I)


def _side_named(doc: Document, pm: PlaceMention) -> str:
    """'northern Shan State' -> 'North': the part of a division ACLED splits by side."""
    side = SIDE_BEFORE.search(doc.text[max(0, pm.span.start - 12):pm.span.start])
    return side.group(1).capitalize() if side else ""


def _add_context_evidence(doc: Document, event: Event, chosen: PlaceMention) -> None:
    """Point 'admin1' and 'country' at the words that name them, nearest the place first."""
    assert chosen.place is not None
    cc, admin1 = chosen.place.country_code, chosen.place.admin1 or event.admin1

    def nearest(kinds: tuple[str, ...], test: str) -> PlaceMention | None:
        pool = [pm for pm in doc.places if pm.kind in kinds and pm.place and pm is not chosen
                and (pm.place.admin1 == test if test else pm.place.country_code == cc)]
        return min(pool, key=lambda pm: abs(pm.span.start - chosen.span.start), default=None)

    if admin1 and chosen.kind != "admin1":
        found = nearest(("admin1",), admin1)
        if found:
            event.evidence.append(Evidence.of("admin1", found.span))
    if chosen.kind != "country":
        found = nearest(("country", "demonym"), "")
        if found:
            event.evidence.append(Evidence.of("country", found.span))
