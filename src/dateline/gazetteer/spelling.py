"""Whether two spellings of a name are the same name: the name without its Arabic article
("Qamishli" for "Al Qamishli"), or a transliteration differing by a final 'h' ("Raqqah")."""

from __future__ import annotations

import re

from dateline.gazetteer.normalize import exact_key

NAME_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|at|an|ed|es|the)[ -]")
FINAL_H = re.compile(r"(?<=[aeiou])h\b")


def spelt_as_name(text: str, name: str) -> bool:
    """'Qamishli' for 'Al Qāmishlī': the name itself, without accents or its article."""
    key = exact_key(name)
    return exact_key(text) in (key, NAME_ARTICLE.sub("", key))


def spelt_alike(exact: str, other: str) -> bool:
    """The same spelling, or one that differs only by a final 'h' after a vowel: "Karama" and
    "Karamah", "Raqqa" and "Raqqah" are one transliteration, not a folded near-miss."""
    return exact == other or FINAL_H.sub("", exact) == FINAL_H.sub("", other)


def spelt_alike_unspaced(exact: str, other: str) -> bool:
    """``spelt_alike`` with spaces ignored: "Wanla Weyn" is Wanlaweyn."""
    return spelt_alike(exact.replace(" ", ""), other.replace(" ", ""))
