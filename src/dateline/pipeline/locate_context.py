"""Where an event is when its own sentences name no usable place: the town "the village"
points back to, the town of the lead, the place the article names most, a speaker's seat, the
country of its demonyms. Also which mentions may be coded at all (``usable``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dateline.gazetteer.countries import country_by_iso2
from dateline.gazetteer.normalize import fold_key
from dateline.gazetteer.resolve import distance_km
from dateline.model import Document, Event, Place, PlaceMention
from dateline.pipeline.locate_precision import precision_of
from dateline.pipeline.locate_rules import (
    REGION,
    TOWN,
    approximate,
    contradicted,
    district_of_another_city,
    is_dateline,
    main_country,
    names_part_of_named_city,
    rank,
)
from dateline.pipeline.place_words import (
    anaphora_pattern,
    before_pattern,
    case_sensitive_cue,
    is_adjectival,
    is_border_with,
    is_elsewhere,
    is_facing,
    is_metonym,
    is_near,
    is_origin,
    is_part_of_referent,
    is_speaker_seat,
    names_natural_feature,
    names_road_between,
    names_speaking_office,
    names_water_body,
)
from dateline.resources import data_regex

LEAD_SENTENCES = 3
STATE_FORCES = 1  # ACLED inter code of a state's forces
CAPITAL_KM = 25.0  # a town this near the capital's point is the capital ("Delhi", New Delhi)
CITY_REACH_KM = 25.0  # a place this near the dateline's town is part of it (Cite Soleil)


@dataclass(frozen=True, slots=True)
class Choice:
    mention: PlaceMention
    precision: int


def usable(doc: Document, pm: PlaceMention) -> bool:
    """A place the event may be coded to: not an actor's adjective ("Britain-based"), not
    where a speaker sits, a capital standing for its government ("accusing Islamabad"), a
    river named like a village, or a part of the town the text is about ("the city's
    Kyivskyi district", read as some other Kyivskyi)."""
    if pm.place is None or pm.kind == "demonym" or is_adjectival(doc, pm):
        return False
    if is_elsewhere(doc, pm) or is_metonym(doc, pm) or is_part_of_referent(doc, pm):
        return False
    if names_speaking_office(doc, pm):
        return False
    if district_of_another_city(doc, pm) or names_part_of_named_city(doc, pm):
        return False
    if is_origin(doc, pm) or is_facing(doc, pm) or (
            is_border_with(doc, pm) and _another_country_named(doc, pm)):
        return False  # "Ethiopian troops ... near the border with Eritrea": the other side
    if names_water_body(doc, pm):
        return False  # "the shores of Lake Albert near Buliisa": the lake, no namesake abroad
    return not (pm.place.feature_class == "P" and names_natural_feature(doc, pm))


def _another_country_named(doc: Document, pm: PlaceMention) -> bool:
    """True when the article names a country besides the one beyond the border, by a place
    or a demonym: the event lies on that side (alone, the border country is all we have)."""
    assert pm.place is not None
    return any(o.place is not None and o.place.country_code
               and o.place.country_code != pm.place.country_code for o in doc.places)


def paragraph_before(doc: Document, sentence: int) -> list[int]:
    """Indices of the earlier sentences of the same paragraph, nearest first."""
    found = []
    i = sentence
    while i > 0 and "\n" not in doc.text[doc.sentences[i - 1].end:doc.sentences[i].start]:
        i -= 1
        found.append(i)
    return found


def _listed(doc: Document, pm: PlaceMention) -> bool:
    """'Barsalogho and Dablo', 'Al-Fula and the surrounding towns': one of several places."""
    if case_sensitive_cue("listed_with_plural_after").match(doc.text, pm.span.end):
        return True  # ("Oicha and Eringeti": a name the gazetteer lacks is listed too)
    return any(o is not pm and o.place is not None and o.kind not in ("demonym", "country")
               and case_sensitive_cue("list_gap").match(_gap_between(doc, pm, o)) is not None
               for o in doc.places if abs(o.span.start - pm.span.start) < LIST_REACH)


LIST_REACH = 80  # characters: how far apart two places of one list may start


def _gap_between(doc: Document, one: PlaceMention, other: PlaceMention) -> str:
    """The text between two mentions ("x" when they overlap: no list gap)."""
    first, second = sorted((one, other), key=lambda pm: pm.span.start)
    return doc.text[first.span.end:second.span.start] if first.span.end <= second.span.start \
        else "x"


def referred_town(doc: Document, sentence: int) -> Choice | None:
    """'the army recaptured the village': the last town named before this sentence;
    'on the road south of the town': that town, precision 2."""
    span = doc.sentences[sentence]
    text = doc.text[span.start:span.end]
    match = anaphora_pattern().search(text)
    if match is None:
        return None
    # "the community of El Zapote, in the municipality of Coalcoman" read as a far El Zapote:
    # a homonym the text places elsewhere is not what "the community" points back to
    earlier = [pm for pm in doc.places if pm.span.end <= span.start and usable(doc, pm)
               and rank(pm) == TOWN and not approximate(pm) and not contradicted(doc, pm)]
    # "come mostly from Barsalogho and Dablo", "took Al-Fula and the surrounding towns":
    # a town named in a list is not what "the town" alone points back to
    earlier = [pm for pm in earlier if not _listed(doc, pm)] or earlier
    # "ADDIS ABABA - ... on the highway south of Woldia ... outside the town": a wire's
    # dateline is where it was filed; the town the report named is what "the town" means
    earlier = [pm for pm in earlier if not is_dateline(doc, pm)] or earlier
    if not earlier:
        return None
    # "the fishing village of Mucojo, north of Macomia" ... "the village": Mucojo, the town
    # introduced with the same noun, not the reference point named after it.
    noun = match.group(0).split()[-1].lower()
    introduced = [pm for pm in earlier if re.search(
        rf"\b{noun} of (?:the )?$", doc.text[max(0, pm.span.start - 40):pm.span.start], re.I)]
    referent = (introduced or [pm for pm in earlier if not reference_point(doc, pm)]
                or earlier)[-1]
    before = text[:match.start()]
    # "in the south of the city" is in it, "south of the town" near it
    in_part = data_regex("gazetteer/locate_cues.json", "part_of_it_before").search(before)
    near = before_pattern("near_before").search(before) and not in_part
    return Choice(referent, 2 if near else 1)


def reference_point(doc: Document, pm: PlaceMention) -> bool:
    """'the fishing village of Mucojo, north of Macomia': Macomia only locates the place
    named before it in the clause; 'the Zamzam camp south of El Fasher' (no such place
    known) leaves El Fasher the town the text is about."""
    if not is_near(doc, pm):
        return False
    start = doc.sentences[pm.sentence].start if pm.sentence >= 0 else 0
    clause_start = max(start, doc.text.rfind(";", start, pm.span.start) + 1)
    return any(o is not pm and o.place is not None and o.kind not in ("demonym", "country")
               and clause_start <= o.span.start and o.span.end <= pm.span.start
               for o in doc.places)


def national(doc: Document) -> PlaceMention | None:
    """Last resort: the country a demonym points to ("Syrian jets ..."), coded at its capital."""
    main = main_country(doc)
    demonyms = [pm for pm in doc.places if pm.kind == "demonym" and pm.place
                and not is_adjectival(doc, pm)]
    if main is None:  # only actors' demonyms: the first one ("Syrian jets bombed ...")
        return demonyms[0] if demonyms else None
    return next((pm for pm in demonyms if pm.place and pm.place.country_code == main), None)


def lead_place(doc: Document) -> PlaceMention | None:
    """The town of the lead the article names most ("Saba Saba: ... in Nakuru CBD" is about
    Nakuru, named throughout); on a tie, a town the body names over the dateline, where the
    report was filed ("DHAKA - ... fought at Rajshahi University"), then the first one."""
    # a homonym the text places in another province ("El Zapote, in the municipality of
    # Coalcoman" read in Jalisco) is no town of the lead
    lead = [pm for pm in doc.places if 0 <= pm.sentence < LEAD_SENTENCES and usable(doc, pm)
            and rank(pm) == TOWN and not contradicted(doc, pm)]
    if not lead:
        return None
    # named as a road's end ("blocked the Dhaka-Mymensingh highway in Gazipur"), a town is
    # not what the article is about; "COALCOMAN, Mich." and "Coalcoman" are one town
    counts = Counter(fold_key(pm.place.name) for pm in doc.places
                     if pm.place is not None and rank(pm) == TOWN and usable(doc, pm)
                     and not names_road_between(doc, pm))
    filed_from = [pm.place for pm in lead if pm.place and is_dateline(doc, pm)]
    most = max(lead, key=lambda pm: (counts[fold_key(pm.place.name) if pm.place else ""],
                                     _beyond(pm, filed_from), not names_road_between(doc, pm)))
    if not is_dateline(doc, most) and national_capital(most):
        # "BARAMULLA, India - ... officials in New Delhi ... ordered from Delhi": the capital,
        # named as the seat of government, does not outvote the town the report is filed from
        cc = most.place.country_code if most.place else ""
        dateline = [pm for pm in lead if is_dateline(doc, pm) and not national_capital(pm)
                    and pm.place and pm.place.country_code == cc]
        if dateline:
            return dateline[0]
    return most


def _beyond(pm: PlaceMention, towns: list[Place]) -> bool:
    """A town of its own, away from every one of ``towns`` ('Cite Soleil' is Port-au-Prince's,
    Rajshahi is no part of Dhaka)."""
    place = pm.place
    return place is not None and all(
        distance_km(place.latitude, place.longitude, t.latitude, t.longitude) > CITY_REACH_KM
        for t in towns)


def national_capital(pm: PlaceMention) -> bool:
    place = pm.place
    country = country_by_iso2(place.country_code) if place else None
    if place is None or country is None or country.latitude is None or country.longitude is None:
        return False
    return distance_km(place.latitude, place.longitude, country.latitude,
                       country.longitude) <= CAPITAL_KM


def most_named_place(doc: Document) -> PlaceMention | None:
    usable_places = [pm for pm in doc.places if usable(doc, pm)]
    if not usable_places:
        return None
    counts = Counter((rank(pm), pm.place.name) for pm in usable_places if pm.place)
    (level, name), _ = min(counts.items(), key=lambda kv: (kv[0][0], -kv[1]))
    return next(pm for pm in usable_places if pm.place and pm.place.name == name)


def article_place(doc: Document) -> Choice | None:
    """The place of the article as a whole: its lead's town, its most named place, a
    speaker's seat when it is the only town, else the country its demonyms point to."""
    fallback = lead_place(doc) or most_named_place(doc)
    if fallback is None:  # a speaker's seat, the only town named, is nearer than a capital
        seat = next((pm for pm in doc.places if is_speaker_seat(doc, pm) and rank(pm) == TOWN),
                    None)
        if seat is not None:
            return Choice(seat, 2)
        fallback = national(doc)
    if fallback is None:
        return None
    return Choice(fallback, 3 if rank(fallback) >= REGION else precision_of(doc, fallback))


def own_forces_country(doc: Document, event: Event) -> str | None:
    """ISO2 of the state whose forces did the act, for an event whose text names no place we
    know ("The Nigerian Air Force said an airstrike on a camp in Tumbun Rago had killed ..."):
    a state's forces that act, with no place named, act at home (a strike abroad names where).
    """
    forces = [a for a in doc.actors if a.inter == STATE_FORCES and a.country
              and a.name == event.actor1 and a.sentence in event.sentence_ids]  # fmt: skip
    return forces[0].country if forces else None
