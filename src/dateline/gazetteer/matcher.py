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
from functools import cache, lru_cache
from typing import NamedTuple

from dateline.gazetteer.admin import province_nouns
from dateline.gazetteer.normalize import acronym_key, exact_key, fold_key
from dateline.gazetteer.store import Candidate
from dateline.resources import load_json, read_text

# Dotted abbreviations ("U.S.") are one token; otherwise words with inner apostrophes.
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’ʿʾ`][^\W_]+)*")
# Only spaces, one hyphen or a possessive may join the tokens of one name ("Deir ez-Zor",
# "Abu Kamal", "People's Republic of China").
JOINER = re.compile(r"^(?:[ \t]{1,2}|-|['’]s[ \t])$")
ABBREVIATED = re.compile(r"^\.[ \t]?$")  # "St. Paul", "Mt. Kenya"
MAX_TOKENS = 6


class Token(NamedTuple):  # a tuple: ~60 per article, cheaper to build than a frozen dataclass
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
    # A capitalised compass word sits right before it ("West Midlands"): the name is part of
    # a longer regional name the gazetteer lacks, so its bare reading abroad is doubtful.
    compass_before: bool = False


@cache
def stoplist() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {ln.strip().lower() for ln in read_text("gazetteer/stoplist.txt").splitlines()}
    return frozenset(w for w in words | set(STOP_WORDS) if w and not w.startswith("#"))


@cache
def matching() -> dict[str, list[str]]:
    """The word lists of ``gazetteer/matching.json`` (read once, shared by the place stages)."""
    return dict(load_json("gazetteer/matching.json"))


@cache
def proper_name_heads() -> frozenset[str]:
    """Capitalised words that, right after a name, make it a monument's or a park's ("Gezi
    Park"); case-sensitive."""
    return frozenset(matching()["proper_name_heads"])


@cache
def not_place_heads() -> frozenset[str]:
    """Words that, right after a name, make it something else ("Reston virus")."""
    return frozenset(w.lower() for w in matching()["not_place_heads"])


@cache
def function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) - connectors()


@cache
def connectors() -> frozenset[str]:
    """Lowercase words allowed inside a name: articles and particles."""
    rules = load_json("gazetteer/translit.json")
    return frozenset(rules["articles"]) | frozenset(rules.get("connectors", ()))


POSSESSIVE = ("'s", "’s")


def tokenize(text: str) -> list[Token]:
    """Word tokens; a possessive 's is cut off ("Syria's" -> "Syria")."""
    tokens = []
    for m in TOKEN.finditer(text):
        word, start = m.group(), m.start()
        if word.endswith(POSSESSIVE):
            word = word[:-2]
        tokens.append(Token(start, start + len(word), word))
    return tokens


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    if ABBREVIATED.match(gap):
        return left.text.lower() in matching()["abbreviations"]
    return bool(JOINER.match(gap))


def _runs(text: str, tokens: Sequence[Token], i: int) -> Iterator[int]:
    """Lengths n (longest first) of name-shaped runs starting at token ``i``."""
    first = tokens[i]
    article_start = first.text.lower() in connectors() and text[first.end:first.end + 1] == "-"
    if not (first.capitalised or article_start):
        return
    acronym = len(first.text) > 1 and first.text.isupper()  # "US" is no function word
    # "A New Jersey woman": a name never starts with "A", "In", "But"...; after "in", "at",
    # "near", a capitalised "May" may open a longer name ("in May Pen, Clarendon")
    function = first.text.lower() in function_words() and not acronym and not article_start
    if function and not _after_locative(text, first):
        return
    n_max = 1
    while n_max < MAX_TOKENS and i + n_max < len(tokens):
        nxt = tokens[i + n_max]
        if not _joined(text, tokens[i + n_max - 1], nxt):
            break
        if not (nxt.capitalised or nxt.text.lower() in connectors() or nxt.text.isdigit()
                or _elided(nxt)):
            break
        n_max += 1
    for n in range(n_max, 1 if function else 0, -1):
        if tokens[i + n - 1].capitalised or (n > 1 and _elided(tokens[i + n - 1])):
            yield n


def _after_locative(text: str, token: Token) -> bool:
    """True when the word before the token is a preposition of place ("in May Pen")."""
    before = text[max(0, token.start - 12):token.start]
    words = before.split()
    return bool(words) and before[-1:].isspace() and (
        words[-1].lower() in matching()["function_name_before"])


def _elided(token: Token) -> bool:
    """'d'Ivoire': an elided article joined to a capitalised word. A French or Italian
    elided article before a capital ("Côte d'Ivoire", "Val-d'Oise", "Sant'Anna") continues
    a name like a capitalised word (the articles: matching.json's 'elided_articles')."""
    return (bool(_elided_article().match(token.text))
            and token.text.split("'")[-1].split("’")[-1][:1].isupper())


@cache
def _elided_article() -> re.Pattern[str]:
    articles = "|".join(re.escape(a) for a in matching()["elided_articles"])
    return re.compile(rf"^(?:{articles})['’][^\W\d_]", re.I)


@cache
def compass_words() -> frozenset[str]:
    return frozenset(w.lower() for w in matching()["compass_words"])


@cache
def shared_head_joiners() -> frozenset[str]:
    """'and', 'or': the lowercase words a run may hold and still share the head after it."""
    return frozenset(matching()["shared_head_joiners"])


def _compass_only(tokens: Sequence[Token]) -> bool:
    return all(t.text.lower() in compass_words() for t in tokens)


def _regional_name(text: str, tokens: Sequence[Token], i: int, n: int) -> bool:
    """'South West England': a name of compass words alone, joined to the capitalised name
    after it, is a part of that name, not the Cameroonian region 'South West'."""
    after = i + n
    return (_compass_only(tokens[i:after]) and after < len(tokens)
            and tokens[after].capitalised and _joined(text, tokens[after - 1], tokens[after]))


def _compass_before(text: str, tokens: Sequence[Token], i: int) -> bool:
    if i == 0:
        return False
    before = tokens[i - 1]
    return (before.capitalised and before.text.lower() in compass_words()
            and _joined(text, before, tokens[i]))


def _province_noun_follows(text: str, end: int) -> bool:
    nxt = text[end:end + 20].split()
    return bool(nxt) and nxt[0].strip(".,;:)").lower() in province_nouns()


def _divisions_named(cands: list[Candidate], surface: str) -> list[Candidate]:
    """A common word before a province noun ("Unity state", "Lakes state") is a division
    when the gazetteer has one spelt exactly so; other readings of the word are dropped."""
    spelt = exact_key(surface)
    return [c for c in cands if c.row.kind in ("admin1", "district") and c.exact == spelt]


@lru_cache(maxsize=65536)  # called for every capitalised run, over and over for the same words
def is_stopword(text: str) -> bool:
    """A common word or phrase ("Most", "White House"); acronyms ("US") are not."""
    if acronym_key(text):
        return False
    key = exact_key(text)
    words = [w for w in key.split() if w not in connectors()]
    return key in stoplist() or (len(words) == 1 and words[0] in stoplist())


# The name runs on through an Arabic article ("Riad al-Solh") or a Persian ezafe ("Parwan-e
# Seh", "Pul-i Alam") into words the gazetteer lacks: the first word alone is another place.
NAME_CONTINUES = re.compile(
    r"^(?:[ -](?:al|el|ad|as|ash|az|ar|an|at|ad-din)-|-(?:e|i|ye|yi) )[A-Z]")


def head_follows(text: str, end: int) -> bool:
    """True when the word after ``end`` makes the name something else ("Reston virus"), or
    the name runs on through an Arabic article into words the gazetteer lacks ("Riad
    al-Solh" is a man and a square, not Riyadh)."""
    if NAME_CONTINUES.match(text[end:end + 12]):
        return True
    nxt = text[end:end + 30].split()
    head = nxt[0].strip(".,;:()'\"") if nxt else ""
    return head.lower() in not_place_heads() or head in proper_name_heads()


def dedicated_to_saint(text: str, start: int, end: int) -> bool:
    """'the San Sebastian church in Masaya': a saint's name before a place of worship is the
    church's dedication, not the namesake town (Guatemala's San Sebastián)."""
    first = text[start:end].split(maxsplit=1)[0].lower()
    nxt = text[end:end + 30].split()
    head = nxt[0].strip(".,;:()'\"").lower() if nxt else ""
    rules = matching()
    return (first in {w.lower() for w in rules["saint_particles"]}
            and head in rules["dedication_heads"])


@cache
def _road_nouns() -> frozenset[str]:
    return frozenset(load_json("gazetteer/locate_cues.json")["road_nouns"])


def _hyphen(text: str, left: Token, right: Token) -> bool:
    return text[left.end:right.start] == "-" and right.capitalised and left.capitalised


def _road_between(text: str, tokens: Sequence[Token], i: int, n: int) -> bool:
    """'the Kaduna-Abuja highway', 'the Gao-Ansongo road': names joined by hyphens before a
    road noun name the towns the road links, so the noun does not make them a road's name;
    each side is looked up on its own (both must be gazetteer names to be read)."""
    first, last = i, i + n - 1
    while first > 0 and _hyphen(text, tokens[first - 1], tokens[first]):
        first -= 1
    while last + 1 < len(tokens) and _hyphen(text, tokens[last], tokens[last + 1]):
        last += 1
    if not any(_hyphen(text, tokens[k], tokens[k + 1]) for k in range(first, last)):
        return False
    after = text[tokens[last].end:tokens[last].end + 30].split()
    return bool(after) and after[0].strip(".,;:()").lower() in _road_nouns()


def _lookup_keys(surface: str) -> list[str]:
    keys = [fold_key(surface)]
    if keys[0].startswith("#") and surface.replace(".", "").isalpha():
        keys.append(fold_key(surface.title()))  # "GAZA" in a headline is Gaza
    return keys


def find_matches(text: str, tokens: Sequence[Token],
                 lookup: Callable[[str], list[Candidate]]) -> list[Match]:
    """Longest gazetteer matches over capitalised token runs, left to right."""
    found: list[Match] = []
    i = 0
    while i < len(tokens):
        step = 1
        word = tokens[i].text
        if not word[:1].isupper() and word.lower() not in connectors():
            i += 1  # no run starts here (see _runs): most tokens, skipped cheaply
            continue
        for n in _runs(text, tokens, i):
            start, end = tokens[i].start, tokens[i + n - 1].end
            surface = text[start:end]
            common = is_stopword(surface) and not _province_noun_follows(text, end)
            if common or any(ch.isdigit() for ch in surface) or _regional_name(text, tokens, i, n):
                continue
            if dedicated_to_saint(text, start, end):
                break  # no shorter run either: 'San' alone is no place of the report
            if head_follows(text, end) and not _road_between(text, tokens, i, n):
                # "Sanya on World AIDS Day": the head makes the run's last name something
                # else, not a shorter run through a preposition ("Sanya"); "Franklin and
                # Kennedy Elementary" shares its head
                if any(t.text.islower() and t.text not in shared_head_joiners()
                       for t in tokens[i + 1:i + n]):
                    continue
                break
            cands = next((c for c in map(lookup, _lookup_keys(surface)) if c), [])
            if is_stopword(surface):  # "Unity state": only a division of that very name
                cands = _divisions_named(cands, surface)
            if cands and tokens[i].text == "The" and all(c.role == "demonym" for c in cands):
                break  # "The Mozambican army" opening a sentence: the demonym is read alone
            if cands:
                found.append(Match(start, end, surface, i, n, cands,
                                   _compass_before(text, tokens, i)))
                step = n
                break
        i += step
    return found
