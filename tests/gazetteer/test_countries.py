from dateline.gazetteer.countries import (
    all_countries,
    country_by_iso2,
    country_by_name,
    is_demonym,
)


def test_acled_short_names_not_iso_official():
    assert country_by_iso2("SY").name == "Syria"
    assert country_by_iso2("TR").name == "Turkey"
    assert country_by_iso2("RU").name == "Russia"
    assert country_by_iso2("KR").name == "South Korea"
    assert country_by_iso2("CD").name == "Democratic Republic of Congo"


def test_lookup_by_iso_name_alias_and_demonym_case_insensitive():
    assert country_by_name("Syrian Arab Republic").iso2 == "SY"
    assert country_by_name("syrian").iso2 == "SY"
    assert country_by_name("Türkiye").iso2 == "TR"
    assert country_by_name("the U.S.").iso2 == "US"
    assert country_by_name("Congolese").iso2 == "CD"
    assert country_by_name("Atlantis") is None
    assert country_by_iso2("zz") is None


def test_every_country_has_region_numeric_code_and_capital_coordinates():
    regions = set()
    for c in all_countries():
        assert c.region, c
        regions.add(c.region)
        assert c.iso_numeric > 0 or c.iso2 == "XK"
    assert {"Middle East", "Western Africa", "South Asia", "Caribbean"} <= regions
    syria = country_by_iso2("SY")
    assert syria.capital == "Damascus" and abs(syria.latitude - 33.5) < 0.1


def test_demonyms_are_told_apart_from_names():
    assert is_demonym("Iraqi") and not is_demonym("Iraq")
    assert "Afghan" in country_by_iso2("AF").demonyms
