"""Suicide bombers among the dead (ACLED counts them): "A suicide bomber blew himself up,
killing 5" is 6 dead, "two female suicide bombers ..., killing six" is 8, unless the figure
already includes them ("killing 5 people including the attacker", "a suicide bomber and
five soldiers were killed"). An attacker who then killed himself is counted the same way ("shot
dead three of his comrades and then killed himself" is 4). Phrases and words in
``data/numbers/rules.json``."""

from __future__ import annotations

from functools import cache

from dateline.pipeline.quantities import (
    PhraseTable,
    Token,
    is_measure,
    quantity_at,
    rules,
)


@cache
def bomber_phrases() -> PhraseTable:
    """ "suicide bomber" -> "1" (one bomber); plural phrases -> "0" (count stated before)."""
    return PhraseTable((k, str(v)) for k, v in rules()["bombers"].items())


def bombers_to_add(tokens: list[Token], start: int, end: int) -> int:
    """How many bombers to add to the killed figure at characters ``start..end``."""
    bombers = _bombers(tokens)
    return 0 if not bombers or _bombers_included(tokens, start, end) else bombers


def _bombers(tokens: list[Token]) -> int:
    """How many suicide bombers the sentence names: "a suicide bomber" 1, "two female suicide
    bombers" 2, bombers without a stated number 0 (unknown)."""
    for i in range(len(tokens)):
        end, value = bomber_phrases().match(tokens, i)
        if value is None:
            continue
        if int(value):
            return int(value)
        for m in range(max(0, i - 2), i):  # "Two (female) suicide bombers"
            q = quantity_at(tokens, m)
            if q is not None and q.end <= i and not is_measure(tokens, q):
                return q.value
        return 0
    return 0


def _bombers_included(tokens: list[Token], start: int, end: int) -> bool:
    """ "killing 5 people, including the bomber": the figure counts him already."""
    rule = rules()
    after = [t.low for t in tokens if t.start >= start]
    window = int(rule["bomber_included_window"])
    nouns = set(rule["bomber_nouns"])
    if any(t.low in nouns for t in tokens if start <= t.start < end):
        return True  # "a suicide bomber and five soldiers were killed"
    return any(
        word in rule["bomber_included"] and set(after[n + 1 : n + 1 + window]) & nouns
        for n, word in enumerate(after)
    )


def named_among_the_dead(tokens: list[Token]) -> bool:
    """ "The dead included the bomber", "Among those killed was the attacker", "the assailant
    is among the victims": a sentence that names the bomber among the dead, a word of the dead,
    one of inclusion and the bomber close together (within the rule's window)."""
    rule = rules()["bomber_among_dead"]
    words = [t.low for t in tokens]
    window = int(rule["window"])
    inclusions = [n for n, w in enumerate(words) if w in rule["inclusions"]]
    for n in inclusions:
        near = words[max(0, n - window) : n + window + 1]
        if set(near) & set(rule["persons"]) and set(near) & set(rule["dead_words"]):
            return True
    return False
