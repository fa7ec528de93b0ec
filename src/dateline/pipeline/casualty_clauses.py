"""The words between a casualty group and its verb: a short attribute of place or duty ("A
soldier on patrol on the road to X was killed"), a relative clause ("A young man who tried to
flee into the bush was shot dead"), and the fate of a group told after a taking ("Two aid
workers kidnapped on 3 February were found dead"). Split from ``pipeline/numbers.py``; word
lists in ``data/numbers/rules.json``.
"""

from __future__ import annotations

from dateline.pipeline.casualty_before import MAX_ATTRIBUTE_WORDS
from dateline.pipeline.casualty_groups import (
    age_figure,
    casualty_after,
    gerund,
    group_word,
    names_people,
    person_at,
)
from dateline.pipeline.quantities import Token, is_measure, lexicon, quantity_at, rules

MAX_RELATIVE_WORDS = 12  # "a young man (who tried to flee into the bush) was shot dead"


def after_attribute(tokens: list[Token], start: int, k: int) -> tuple[str, int] | None:
    """The casualty phrase after a short attribute of the group that starts at ``start``:
    "Two police officers (of the traffic command) were martyred", "Two brothers (from the
    village of X) were killed"; the attribute may already be part of the group read."""
    prepositions = rules()["attribute_prepositions"]
    places = rules()["attribute_place_prepositions"]  # "A soldier on patrol on the road to X"
    window = MAX_ATTRIBUTE_WORDS + 3
    for m in range(k, min(len(tokens), k + int(rules()["max_place_attribute_words"]) + 1)):
        low = tokens[m].low
        if m - k >= window and not any(t.low in places for t in tokens[start:m]):
            return None  # only an attribute of place or duty runs that long
        if low in ("the", "a", "an") or low in prepositions or low in places:
            continue
        if low in rules()["determiners"]:  # "Four farmers in their fields near X"
            continue
        if low in rules()["age_attribute_words"] or age_figure(tokens, m):
            continue  # "Five children under the age of ten were killed"
        if group_word(tokens, m):
            continue
        if not any(t.low in prepositions or t.low in places for t in tokens[start:m]):
            return None  # no attribute: the group was simply not followed by its verb
        if _relative_of_another(tokens, m):
            return None  # "people marched ... to demand justice for a blogger who died"
        hit = casualty_after(tokens, m)
        aged = any(age_figure(tokens, n) for n in range(start, m))  # "... of 5 died"
        return hit if hit is not None and (low in lexicon().links or aged) else None
    return None


def after_relative(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """The main verb after a relative clause of the group: "A young man who tried to flee
    into the bush was shot dead" (an auxiliary opens it; a figure or a comma ends the search)."""
    participle = k < len(tokens) and gerund(tokens[k])  # "Two policemen guarding a bank"
    if k >= len(tokens) or (tokens[k].low not in rules()["relative_pronouns"] and not participle):
        return None
    first: tuple[str, int] | None = None
    for m in range(k + 1, min(len(tokens), k + MAX_RELATIVE_WORDS + 1)):
        if not tokens[m].text[0].isalnum() or quantity_at(tokens, m) is not None:
            break
        if _relative_of_another(tokens, m):
            break  # "protesters who marched ... for a man who died": the man's death
        if tokens[m].low in lexicon().links or tokens[m].low in rules()["died_later"]:
            hit = casualty_after(tokens, m)  # "... on Saturday succumbed to his injuries"
            if hit is not None and (hit[0] == "killed" or first is not None):
                # "whom gunmen had kidnapped ... was found dead": the death is the group's fate
                return hit if hit[0] == "killed" else first
            first = first or hit
    return first


def _relative_of_another(tokens: list[Token], m: int) -> bool:
    """A relative pronoun right after a person noun inside the group's attribute or clause
    opens that person's clause, not the group's."""
    return tokens[m].low in rules()["relative_pronouns"] and (
        person_at(tokens, m - 1) or names_people(tokens, m - 1, m)
    )


def fate_of_the_taken(
    tokens: list[Token], start: int, j: int, aside: int, hit: tuple[str, int] | None
) -> tuple[str, int] | None:
    """The group's death when it is told after a taking: "kidnapped on 3 May were found dead",
    "A journalist missing since May was found dead"; else ``hit``."""
    if hit is None and _taken(tokens, aside):
        return _fate_after_act(tokens, aside)
    if hit is not None and hit[0] != "killed" and names_people(tokens, start, j):
        return _fate_after_act(tokens, hit[1]) or hit
    return hit


def _fate_after_act(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """The group's death told after what was done to it first: "Two aid workers kidnapped on
    3 February were found dead", "A teacher who was abducted by armed men on Saturday was
    found dead". Another figure, person or punctuation ends the search ("A man was abducted
    and his wife was killed" is no death of the man)."""
    persons = lexicon().persons
    for m in range(k, min(len(tokens), k + MAX_RELATIVE_WORDS + 1)):
        word = tokens[m]
        q = quantity_at(tokens, m)
        if not word.text[0].isalnum() or (q is not None and not is_measure(tokens, q)):
            return None  # a day ("on 3 February") is a measure, no figure
        if word.low in rules()["determiners"] or word.low in persons:
            return None
        if word.low in lexicon().links:
            hit = casualty_after(tokens, m)
            if hit is not None and hit[0] == "killed":
                return hit
    return None


def _taken(tokens: list[Token], k: int) -> bool:
    """A taking told of the group at or right before ``k`` ("missing", "detained by ...")."""
    takings = rules()["taking_participles"]
    return any(0 <= m < len(tokens) and tokens[m].low in takings for m in (k - 1, k))


def person_relative(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].low in rules()["person_relatives"]
