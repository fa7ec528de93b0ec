"""The gazetteer matcher's runs: a head word after a name ends only the run it follows."""

from dateline.gazetteer.index import get_gazetteer
from dateline.gazetteer.matcher import find_matches, tokenize


def matched(text: str) -> list[str]:
    return [m.text for m in find_matches(text, tokenize(text), get_gazetteer().candidates)]


def test_a_head_after_a_longer_run_leaves_its_first_name():
    found = matched("The pageant was held in Sanya on World AIDS Day.")
    assert "Sanya" in found and "AIDS" not in found


def test_a_day_of_remembrance_is_no_place():
    assert "Saba Saba" not in matched("Protesters marking Saba Saba day in Embu were shot.")
    assert "Reston" not in matched("The Reston virus was found in monkeys.")
