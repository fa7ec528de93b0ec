from dateline.gazetteer.fuzzy import fuzzy_place


def test_near_spellings_resolve_within_the_articles_countries():
    hit = fuzzy_place("Jisr al-Shugur", ["SY"])
    assert hit is not None and hit[0].cc == "SY" and hit[1] >= 88
    assert "Jisr" in hit[0].name


def test_no_match_far_from_every_name_or_outside_the_countries():
    assert fuzzy_place("Xqzzyville", ["SY"]) is None
    assert fuzzy_place("Jisr al-Shugur", ["NO"]) is None
    assert fuzzy_place("Abc", ["SY"]) is None  # too short to compare safely
