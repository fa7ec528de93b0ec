"""Text -> sparse features, shared by training and inference so the two can never drift.

Features are strings: ``w:`` words, ``b:`` word bigrams, ``c:`` character 3-5-grams inside
word boundaries (robust to inflection: "shelled"/"shelling" share "shel"), and ``cue:`` one per
codebook label whose cue patterns match (see ``cues.py``), alone and paired with the kind of
actor the text names first. Cue features are what carries
across registers: a headline and an analyst note share "roadside bomb" even when nothing
else in their wording matches.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from dateline.classify.cues import cue_hits, first_actor_kind

WORD = re.compile(r"[a-z0]+(?:'[a-z]+)?")
DIGITS = re.compile(r"\d+")
CHAR_SIZES = (3, 4, 5)


def normalise(text: str) -> str:
    """Lower case, digits folded (a death toll's value says nothing about the event type)."""
    return DIGITS.sub("0", text.lower().replace("\u2019", "'"))


def word_features(words: list[str]) -> list[str]:
    grams = [f"w:{w}" for w in words]
    grams += [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return grams


def char_features(words: list[str]) -> list[str]:
    grams: list[str] = []
    for word in words:
        grams += _word_char_grams(word)
    return grams


@lru_cache(maxsize=65536)
def _word_char_grams(word: str) -> tuple[str, ...]:
    """The character n-grams of one word (words recur across texts: built once each)."""
    padded = f" {word} "
    return tuple(
        f"c:{padded[i:i + size]}"
        for size in CHAR_SIZES
        for i in range(len(padded) - size + 1)
    )


def extract(text: str) -> Counter[str]:
    """Feature counts of one text (cue features included)."""
    norm = normalise(text)
    words = WORD.findall(norm)
    counts = Counter(word_features(words))
    counts.update(char_features(words))
    actor = first_actor_kind(text)
    if actor:
        counts[f"cue:actor={actor}"] += 1
    for hit in cue_hits(text):
        counts[f"cue:{hit.label}"] += 1
        if actor:  # who did it changes what a cue means ("retook" by rebels vs by troops)
            counts[f"cue:{hit.label}|{actor}"] += 1
    return counts
