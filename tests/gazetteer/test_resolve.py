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
