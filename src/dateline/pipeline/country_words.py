"""Country words: the names, aliases and demonyms that name a country in a text ("Syria",
"Syrian", "the DRC"), with the extra forms of ``data/actors/country_words.csv`` ("US troops"),
and the check that a word is written as a name ("Car bomb" names no Central African Republic).
Shared by the actors stage (state forces of a country, people of a stated origin) and the
stages that need the countries an article names."""

from __future__ import annotations

import re
from functools import cache

from dateline.gazetteer.countries import Country, all_countries, country_by_iso2
from dateline.resources import load_csv


def bounded(pattern: str) -> str:
    """Whole words only, and never part of a hyphenated word ("rebel-held", "pro-government")."""
    return rf"(?<![\w-])(?:{pattern})(?![\w-])"


@cache
def country_words() -> dict[str, Country]:
    """Lower-cased country names, aliases and demonyms -> Country (first one wins)."""
    words: dict[str, Country] = {}
    for country in all_countries():
        for word in (country.name, *country.aliases, *country.demonyms):
            if len(word) > 2:
                words.setdefault(word.lower(), country)
    for row in load_csv("actors/country_words.csv"):  # "US troops", "U.S. drone strike"
        extra = country_by_iso2(row["iso2"])
        if extra is not None:
            words.setdefault(row["word"].lower(), extra)
    return words


@cache
def _country_word_pattern() -> re.Pattern[str]:
    names = sorted(country_words(), key=len, reverse=True)
    return re.compile(bounded("|".join(re.escape(n) for n in names)), re.IGNORECASE)


def countries_named(text: str) -> list[str]:
    """ISO2 codes of the countries named in ``text`` (by name, alias or demonym), in order."""
    words = country_words()
    written = [m.group(0) for m in _country_word_pattern().finditer(text)]
    found = [(word, words.get(word.lower())) for word in written]
    # as names only: a "car bomb" names no Central African Republic
    return [c.iso2 for word, c in found if c is not None and written_as_name(word, c)]


def written_as_name(written: str, country: Country) -> bool:
    """A country word as a name is capitalised, and abbreviations keep their capitals:
    "Car bomb" is no "CAR", "us troops" no "US"."""
    if not written[:1].isupper():
        return False
    forms = (country.name, *country.aliases, *country.demonyms, *_extra_words(country.iso2))
    exact = [f for f in forms if f.lower() == written.lower()]
    return not any(f.isupper() for f in exact) or written in exact


@cache
def _extra_words_by_country() -> dict[str, tuple[str, ...]]:
    words: dict[str, list[str]] = {}
    for row in load_csv("actors/country_words.csv"):
        words.setdefault(row["iso2"], []).append(row["word"])
    return {iso2: tuple(found) for iso2, found in words.items()}


def _extra_words(iso2: str) -> tuple[str, ...]:
    return _extra_words_by_country().get(iso2, ())
