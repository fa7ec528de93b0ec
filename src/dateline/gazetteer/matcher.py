"""Find place-name candidates in text by token n-gram lookup of normalised keys.

Only capitalised token runs are looked up (lowercase articles and connectors may sit
inside: "Deir ez-Zor", "Bosnia and Herzegovina", "al-Bukamal"); the longest run that the
gazetteer knows wins. Single common words ("Most", "Police", "May") are filtered by the
stoplist. Blocking by actors/entities and choosing among homonyms happen elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from dateline.gazetteer.normalize import exact_key, fold_key
from dateline.gazetteer.store import Candidate
from dateline.resources import load_json, read_text

TOKEN = re.compile(r"[^\W_]+(?:['’ʿʾ`][^\W_]+)*")
# Only spaces or one hyphen may join the tokens of one name ("Deir ez-Zor", "Abu Kamal").
JOINER = re.compile(r"^(?:[ \t]{1,2}|-|[ \t]?-[ \t]?)$")
MAX_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Match:
    """A run of tokens whose normalised key names one or more gazetteer entries."""

    start: int
    end: int
    text: str
    first_token: int  # index into the token list
    n_tokens: int
    candidates: list[Candidate]


@cache
def stoplist() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {ln.strip().lower() for ln in read_text("gazetteer/stoplist.txt").splitlines()}
    return frozenset(w for w in words | set(STOP_WORDS) if w and not w.startswith("#"))


@cache
def connectors() -> frozenset[str]:
    """Lowercase words allowed inside a name: articles and particles."""
    rules = load_json("gazetteer/translit.json")
    return frozenset(rules["articles"]) | frozenset(rules.get("connectors", ()))


POSSESSIVE = re.compile(r"['’]s$")


def tokenize(text: str) -> list[Token]:
    """Word tokens; a possessive 's is cut off ("Syria's" -> "Syria")."""
    tokens = []
    for m in TOKEN.finditer(text):
        word = POSSESSIVE.sub("", m.group())
        tokens.append(Token(m.start(), m.start() + len(word), word))
    return tokens


def _joined(text: str, left: Token, right: Token) -> bool:
    return bool(JOINER.match(text[left.end:right.start]))


def _runs(text: str, tokens: Sequence[Token], i: int) -> Iterator[int]:
    """Lengths n (longest first) of name-shaped runs starting at token ``i``."""
    first = tokens[i]
    article_start = first.text.lower() in connectors() and text[first.end:first.end + 1] == "-"
    if not (first.capitalised or article_start):
        return
    n_max = 1
    while n_max < MAX_TOKENS and i + n_max < len(tokens):
        nxt = tokens[i + n_max]
        if not _joined(text, tokens[i + n_max - 1], nxt):
            break
        if not (nxt.capitalised or nxt.text.lower() in connectors() or nxt.text.isdigit()):
            break
        n_max += 1
    for n in range(n_max, 0, -1):
        if tokens[i + n - 1].capitalised:
            yield n


def is_stopword(text: str) -> bool:
    return exact_key(text) in stoplist()


def find_matches(text: str, tokens: Sequence[Token],
                 lookup: Callable[[str], list[Candidate]]) -> list[Match]:
    """Longest gazetteer matches over capitalised token runs, left to right."""
    found: list[Match] = []
    i = 0
    while i < len(tokens):
        step = 1
        for n in _runs(text, tokens, i):
            start, end = tokens[i].start, tokens[i + n - 1].end
            surface = text[start:end]
            if n == 1 and is_stopword(surface):
                continue
            cands = lookup(fold_key(surface))
            if cands:
                found.append(Match(start, end, surface, i, n, cands))
                step = n
                break
        i += step
    return found
