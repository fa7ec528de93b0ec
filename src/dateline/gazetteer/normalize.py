"""Name keys that let transliteration variants of one place name meet.

``exact_key`` only drops case, diacritics, apostrophes and punctuation ("Deir ez-Zor" ->
"deir ez zor"). ``fold_key`` goes further, after the rules in
``data/gazetteer/translit.json``: Arabic articles (al-/ad-/ash-/az-...) are dropped, spelling
variants of common name words meet (Abu/Albu/Bou), vowels and digraphs fold (ou/oo/u,
ay/ai/ei/e, q/k, doubled letters) and the endings -ah/-a/-eh/-e go, so that
Deir ez-Zor = Deir az-Zour = Dayr az Zawr and Swaida = Sweida = As-Suwayda.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from dateline.resources import load_json

# Apostrophes and the ayn/hamza marks that transliterations scatter through names.
_MARKS = re.compile(r"['’‘`´ʿʾʻʼ′]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DOUBLES = re.compile(r"(.)\1+")


@cache
def _rules() -> dict[str, Any]:
    return dict(load_json("gazetteer/translit.json"))


@cache
def _articles() -> frozenset[str]:
    return frozenset(_rules()["articles"])


@cache
def _base_letters() -> dict[int, str]:
    """Letters no decomposition takes an accent off ("ı", "ł", "ø"): their plain letters."""
    return str.maketrans(dict(_rules()["base_letters"]))


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_base_letters()) if not plain.isascii() else plain


@lru_cache(maxsize=200_000)
def exact_key(text: str) -> str:
    """Lowercase, accent-free, punctuation-free form with single spaces."""
    plain = _MARKS.sub("", strip_accents(text).lower())
    return " ".join(_NON_ALNUM.sub(" ", plain).split())


def _fold_tokens(tokens: list[str]) -> list[str]:
    articles = _articles()
    kept = [t for t in tokens if t not in articles] or tokens
    synonyms: dict[str, str] = _rules()["token_synonyms"]
    return [synonyms.get(t, t) for t in kept]


def _fold_letters(word: str) -> str:
    for old, new in _rules()["letter_rules"]:
        word = word.replace(old, new)
    word = _DOUBLES.sub(r"\1", word)
    minimum = int(_rules()["min_key_length"])
    for ending in _rules()["final_strip"]:  # only the first (longest) ending that fits
        if word.endswith(ending) and len(word) - len(ending) >= minimum:
            return word[: -len(ending)]
    return word


_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,5}$")


def acronym_key(text: str) -> str:
    """'#US' for "US"/"U.S."; "" when ``text`` is not an upper-case acronym."""
    compact = text.replace(" ", "")
    return "#" + compact.replace(".", "") if _ACRONYM.match(compact) else ""


def spelt_key(text: str) -> bool:
    """True when ``fold_key`` keys ``text`` by its spelling because folding made it too
    short ("Yei", "Zoo"): such short names match only as spelt, and need more support."""
    key = fold_key(text)
    return bool(key) and not key.startswith("#") and len(_fold_letters(key)) < int(
        _rules()["min_key_length"])


@lru_cache(maxsize=200_000)
def fold_key(text: str) -> str:
    """Transliteration-tolerant key; "" when the name is too short to match safely
    (a name that folding would make too short keeps its exact spelling as key).

    Upper-case acronyms get their own keys ("#US", "#DRC") so that they meet only
    acronyms, never the lowercase words they spell ("us")."""
    acronym = acronym_key(text)
    if acronym:
        return acronym
    tokens = exact_key(text).split()
    if not tokens:
        return ""
    minimum = int(_rules()["min_key_length"])
    spelt = "".join(_fold_tokens(tokens))
    word = _fold_letters(spelt)
    if len(word) >= minimum:
        return word
    # Letter folding shrank a short real name below the minimum ("Yei" -> "ye", "Ibb" -> "ib",
    # "Al Ain" -> "en"): its spelling before letter folding is the key (only its article
    # dropped and its name words unified), so it meets that spelling only.
    return spelt if len(spelt) >= minimum else ""


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin script (accents allowed)."""
    return all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "")
        for ch in text
    )
