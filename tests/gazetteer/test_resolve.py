"""The resolver's rules, on matches built from the embedded gazetteer."""

from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.matcher import find_matches, tokenize
from dateline.gazetteer.resolve import Reading, resolve


def _readings(text: str) -> dict[str, Reading]:
    matches = find_matches(text, tokenize(text), get_gazetteer().candidates)
    readings = resolve(text, matches, [1.0] * len(matches))
    return {r.match.text: r for r in readings}


def test_a_country_after_a_town_that_is_also_a_province_abroad_qualifies_it():
    # Cordoba is also a Colombian department: "Cordoba, Argentina" is still no list.
    readings = _readings("Farmers protested in Cordoba, Argentina on Monday.")
    assert ("AR", "") in readings["Cordoba"].qualifiers
    best = readings["Cordoba"].best
    assert best is not None and best.row.cc == "AR"


def test_lists_of_countries_and_provinces_are_no_qualifiers():
    assert not _readings("Troops moved from Georgia, Armenia and Azerbaijan.")["Georgia"].qualifiers
    readings = _readings("Storms hit Illinois, Wisconsin and Iowa.")
    assert not readings["Illinois"].qualifiers


def test_a_final_h_is_the_same_transliteration():
    from dateline.gazetteer.resolve import spelt_alike

    assert spelt_alike("al mansura", "al mansurah")
    assert spelt_alike("jeddah", "jedda")
    assert not spelt_alike("mansura", "mansur")


def _candidate(name: str, cc: str, admin1: str, population: int, role: str = "name"):
    from dateline.gazetteer.store import Candidate, PlaceRow

    row = PlaceRow(None, name, 0.0, 0.0, cc, admin1, population=population)
    return Candidate(0, row, name.lower(), role)


def test_a_province_named_elsewhere_does_not_lift_a_village_over_a_big_city():
    from dateline.gazetteer.matcher import Match
    from dateline.gazetteer.resolve import _contextual

    village = _candidate("Hamilton", "AU", "07", 3_000)
    city = _candidate("Hamilton", "CA", "08", 700_000)
    reading = Reading(Match(0, 8, "Hamilton", 0, 1, []), [village, city])
    reading.provinces = {("AU", "07")}
    votes = {"AU": 1.0, "CA": 1.0}
    lifted = _contextual(village, reading, votes, 2.0, largest=3_000)  # no big namesake
    dwarfed = _contextual(village, reading, votes, 2.0, largest=700_000)
    assert lifted > dwarfed == _contextual(city, reading, votes, 2.0, largest=700_000)


def test_a_country_after_two_compass_words_still_qualifies():
    readings = _readings("A caravan park in Dawlish in South West England was evacuated.")
    assert any(cc == "GB" for cc, _ in readings["Dawlish"].qualifiers)


def test_a_district_of_a_named_province_is_its_town_when_the_gazetteer_has_it_elsewhere():
    from dateline.gazetteer.matcher import Match
    from dateline.gazetteer.qualify import district_town_of
    from dateline.gazetteer.store import Candidate, PlaceRow

    elsewhere = Candidate(1, PlaceRow(None, "Rampur", 0, 0, "IN", "36", kind="district"),
                          "rampur", "name")
    town = Candidate(2, PlaceRow(None, "Rampur", 1, 1, "IN", "37", population=9_000),
                     "rampur", "name")
    reading = Reading(Match(0, 6, "Rampur", 0, 1, [elsewhere, town]), [elsewhere],
                      province_follows=True)
    reading.qualifiers = {("IN", "37")}
    district_town_of(reading)
    assert reading.options == [town] and reading.district_town
    named_there = Reading(Match(0, 6, "Rampur", 0, 1, [elsewhere, town]), [elsewhere],
                          province_follows=True)
    named_there.qualifiers = {("IN", "36")}
    district_town_of(named_there)
    assert named_there.options == [elsewhere] and not named_there.district_town


def test_a_lone_folded_spelling_with_no_context_is_no_reading():
    def reading(text: str, name: str, weight: float) -> Reading:
        matches = find_matches(text, tokenize(text), get_gazetteer().candidates)
        found = resolve(text, matches, [weight] * len(matches))
        return next(r for r in found if r.match.text == name)

    # "Baggara" (a people) folds to Bagar, a small Indian town: alone it is no reading;
    # with India named, it is Bagar.
    assert reading("Talks about Baggara ended.", "Baggara", 0.0).foreign
    beside = reading("Talks about Baggara in India ended.", "Baggara", 1.0)
    assert not beside.foreign
    assert beside.best is not None and beside.best.row.cc == "IN"
