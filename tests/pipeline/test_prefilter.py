import re
import sys

from dateline.pipeline.prefilter import fold, may_match, required_keys
from dateline.resources import load_csv


def test_keys_are_literals_every_alternative_contains() -> None:
    assert required_keys("Boko Haram|JAS") == ("boko haram", "jas")
    assert required_keys("Hay'?at Tahrir al-Sham") == ("at tahrir al-sham",)
    assert required_keys("Fatah(?: movement)?|Fatah Movement") == ("fatah", "fatah movement")
    assert required_keys(r"I\.S\.") == ("i.s.",)
    assert required_keys(r"a{2,3}bc\d+xyz") == ("xyz",)


def test_an_alternative_without_literals_disables_the_filter() -> None:
    assert required_keys(r"\w+|Taliban") is None
    assert required_keys("(?:a|b)+") is None
    assert required_keys("(?x) Boko Haram") is None


def test_may_match_checks_keys_on_the_folded_text() -> None:
    folded = fold("Gunmen from BOKO HARAM attacked")
    assert may_match(("boko haram",), folded)
    assert not may_match(("shabaab",), folded)
    assert may_match(None, folded)


def test_fold_covers_every_character_ignorecase_matches_to_ascii() -> None:
    ascii_ci = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if ascii_ci.fullmatch(char):
            assert re.fullmatch(re.escape(fold(char)), char, re.IGNORECASE), hex(code)
            assert fold(char).isascii(), hex(code)


def test_filter_never_skips_a_lexicon_pattern_that_matches() -> None:
    """Each plain alternative of every group row, written in capitals, still passes the filter."""
    plain = re.compile(r"[\w' -]+")
    checked = 0
    for row in load_csv("actors/groups.csv"):
        keys = required_keys(row["pattern"])
        regex = re.compile(row["pattern"], re.IGNORECASE)
        for branch in row["pattern"].split("|"):
            sample = f"said {branch.upper()} on"
            if plain.fullmatch(branch) and regex.search(sample):
                assert may_match(keys, fold(sample)), row["pattern"]
                checked += 1
    assert checked > 100


def test_scan_finds_exactly_what_finditer_finds() -> None:
    """Windows around the keys of every group row give finditer's matches, on a long text
    that names many of them (overlapping, adjacent, hyphenated and at the very ends)."""
    from dateline.pipeline.actors import group_patterns
    from dateline.pipeline.prefilter import scan

    names = [b for row in load_csv("actors/groups.csv") for b in row["pattern"].split("|")]
    plain = [n for n in names if re.fullmatch(r"[\w' -]+", n)]
    filler = "The fighting went on for days near the river, officials said. " * 3
    pieces = [f"{n} {filler}" if i % 3 else f"{n}-held {n}" for i, n in enumerate(plain)]
    text = "ISIS " + " ".join(pieces) + " Taliban"
    folded = fold(text)
    windowed = 0
    for pattern in group_patterns():
        expected = [m.span() for m in pattern.regex.finditer(text)]
        got = [m.span() for m in scan(pattern.regex, text, folded, pattern.keys, pattern.width)]
        assert got == expected, pattern.regex.pattern
        windowed += pattern.width is not None
    assert windowed > 100


def test_fold_keeps_every_offset() -> None:
    for code in range(sys.maxunicode + 1):
        assert len(fold(chr(code))) == 1, hex(code)


def test_a_group_every_match_passes_gives_its_own_keys() -> None:
    """A branch whose longest literal is a lone space takes the keys of a required group."""
    assert required_keys("(?:jets?|drones?) (?:hit|struck)") == ("jet", "drone")
    assert required_keys("air ?strikes?|(?:jet|drone) strike") == ("strike", " strike")
    assert required_keys("(?:a|b)? x") == (" x",)  # an optional group is not required
    assert required_keys("(?!no)(?:gun|knife)") == ("gun", "knife")
    assert required_keys("(?-i:march) ") == ("march",)  # a case-sensitive group still counts
    assert required_keys("(?x: a b)c") is None  # white space is not literal in verbose groups
    assert required_keys("(?=abc)d") == ("d",)  # a lookahead is no group every match contains


def test_filter_never_skips_a_trigger_that_matches_corpus_text() -> None:
    """Every trigger match in texts written for the events tests contains one of its keys."""
    from dateline.pipeline.triggers import _keyed_patterns

    texts = [
        "Warplanes pounded the town. Jets and drones struck a market; air strikes hit Idlib.",
        "Gunmen opened fire on a bus, shooting dead three; a roadside bomb exploded.",
        "Protesters marched and rallied; rioters torched cars and looted shops.",
        "Militants abducted 20 schoolchildren and beat up villagers with sticks.",
        "Rebels seized control of the town and set up a new military base there.",
    ]
    matched = 0
    for regex, _, keys in _keyed_patterns():
        for text in texts:
            for found in regex.finditer(text.upper()):
                assert may_match(keys, fold(found.group())), regex.pattern
                matched += 1
    assert matched > 10
