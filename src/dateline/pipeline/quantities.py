"""Figures in text: tokens, spelled-out and vague numbers, qualifiers, ranges and measures.

A :class:`Quantity` is a stated figure ("at least 25", "between ten and fifteen", "dozens of")
with the hedge that came with it; :func:`is_measure` tells figures that count something other
than people (distances, shares, durations, years, times, money). Word lists live in
``data/numbers/``; the casualty phrases that govern figures are in ``pipeline/numbers.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.resources import load_csv, load_json

# Abbreviations with inner dots ("p.m.", "U.S.") stay one token; numbers keep their
# thousands separators ("1,200"); apostrophes and hyphens stay inside words.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|\d+(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|[A-Za-z]+(?:[-'’][A-Za-z]+)*|[^\w\s]"
)
MAX_GROUP_WORDS = 6  # "government and allied fighters": longer runs are not a counted group
MAX_LINK_WORDS = 4  # "were also reportedly killed"
MAX_ASIDE_TOKENS = 10  # ", including the suicide attackers,"
TOLL_WINDOW = 10  # tokens after "toll" in which its figure must appear
SINGLE = ("a", "an", "one")  # "a policeman was killed" counts 1


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure found at tokens[first:end]; ``number`` indexes its first numeric token."""

    value: int
    first: int
    number: int
    end: int
    qualifier: str | None

    @property
    def digits(self) -> range:
        """Token indices of the figure itself (both ends of a range)."""
        return range(self.number, self.end)


class PhraseTable:
    """Multi-word phrases indexed by their first word, matched longest-first on tokens."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self.values: dict[tuple[str, ...], str] = {}
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase, value in entries:
            words = tuple(phrase.lower().split())
            self.values[words] = value
            self.by_first.setdefault(words[0], []).append(words)
        for candidates in self.by_first.values():
            candidates.sort(key=len, reverse=True)

    def match(self, tokens: list[Token], i: int) -> tuple[int, str | None]:
        """Index after the longest phrase starting at token ``i``, and its value."""
        if i >= len(tokens) or tokens[i].low not in self.by_first:
            return i, None  # most tokens start no phrase
        for words in self.by_first[tokens[i].low]:
            n = len(words)
            if i + n <= len(tokens) and all(tokens[i + k].low == words[k] for k in range(n)):
                return i + n, self.values[words]
        return i, None


@dataclass(frozen=True, slots=True)
class Lexicon:
    number_words: dict[str, tuple[int, str]]
    vague: PhraseTable  # phrase -> ACLED figure
    qualifiers: PhraseTable
    after: PhraseTable  # casualty phrase -> kind, for phrases that follow the group
    heads: frozenset[tuple[str, ...]]  # nouns that quantify only the figure right before them
    before: PhraseTable
    toll: PhraseTable
    units_after: frozenset[str]
    units_before: frozenset[str]
    breaks: frozenset[str]
    links: frozenset[str]
    months: frozenset[str]
    persons: frozenset[str]
    not_people: frozenset[str]
    hypothetical: frozenset[str]
    cues: frozenset[str]  # a word of every casualty phrase: sentences without one are skipped


def _table(rows: Iterable[dict[str, str]], key: str = "phrase", value: str = "kind") -> PhraseTable:
    return PhraseTable((r[key], r[value]) for r in rows)


@cache
def lexicon() -> Lexicon:
    phrases = load_csv("numbers/casualty_phrases.csv")
    units = load_csv("numbers/units.csv")
    words = load_csv("numbers/number_words.csv")
    return Lexicon(
        number_words={r["word"]: (int(r["value"]), r["kind"]) for r in words},
        vague=_table(load_csv("numbers/vague_quantities.csv"), "phrase", "value"),
        qualifiers=_table(load_csv("numbers/qualifiers.csv"), "phrase", "phrase"),
        after=_table([r for r in phrases if r["position"] in ("after", "both", "head")]),
        heads=frozenset(tuple(r["phrase"].split()) for r in phrases if r["position"] == "head"),
        before=_table([r for r in phrases if r["position"] in ("before", "both")]),
        toll=_table([r for r in phrases if r["position"] == "toll"]),
        units_after=frozenset(r["word"] for r in units if r["side"] == "after"),
        units_before=frozenset(r["word"] for r in units if r["side"] == "before"),
        breaks=frozenset(r["word"] for r in load_csv("numbers/np_breaks.csv")),
        links=frozenset(r["word"] for r in load_csv("numbers/link_words.csv")),
        months=frozenset(load_json("dates/lexicon.json")["months"]),
        persons=frozenset(r["word"] for r in load_csv("numbers/person_nouns.csv")),
        not_people=frozenset(r["word"] for r in load_csv("numbers/not_people.csv")),
        hypothetical=frozenset(r["word"] for r in load_csv("numbers/hypothetical.csv")),
        cues=frozenset(max(r["phrase"].lower().split(), key=len) for r in phrases),
    )


@cache
def rules() -> dict[str, Any]:
    """Rules of the casualty finders that are not phrase tables (``numbers/rules.json``)."""
    return dict(load_json("numbers/rules.json"))


@cache
def rule_phrases(key: str) -> re.Pattern[str]:
    """Any phrase of the list ``key`` in rules.json as a whole word (longest first)."""
    phrases = sorted(rules()[key], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [
        Token(m.group(), m.group().lower(), m.start(), m.end())
        for m in TOKEN_RE.finditer(text, start, end)
    ]


# ---------------------------------------------------------------- figures


def _spelled_number(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Value and end index of a spelled-out number ("twenty-five", "two hundred and ten")."""
    words = lexicon().number_words
    total = current = 0
    j, seen = i, False
    if tokens[i].low in ("a", "an") and i + 1 < len(tokens):  # "a hundred", "a thousand"
        j, seen = i + 1, words.get(tokens[i + 1].low, (0, ""))[1] == "scale"
        if not seen:
            return None
    while j < len(tokens):
        parts = tokens[j].low.split("-")
        after_scale = words.get(tokens[j - 1].low.split("-")[-1], (0, ""))[1] == "scale"
        more = j + 1 < len(tokens) and tokens[j + 1].low in words
        if tokens[j].low == "and" and after_scale and more:
            j += 1  # "two hundred and ten"; "ten and fifteen" are two figures
            continue
        if not all(p in words for p in parts) or (not seen and words[parts[0]][1] == "scale"):
            break
        for part in parts:
            value, kind = words[part]
            if kind == "scale":
                current = max(current, 1) * value
                if value >= 1000:
                    total, current = total + current, 0
            else:
                current += value
        seen, j = True, j + 1
    return (total + current, j) if seen else None


def _number_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token.text[0].isdigit():
        if "." in token.text:
            return None  # decimals are measures, not head counts
        value, j = int(token.text.replace(",", "")), i + 1
        scale = lexicon().number_words.get(tokens[j].low) if j < len(tokens) else None
        if scale and scale[1] == "scale":
            value, j = value * scale[0], j + 1
        return value, j
    return _spelled_number(tokens, i)


@cache
def _starters() -> frozenset[str]:
    """Every word a figure can start with besides digits and number words: qualifiers, vague
    quantities, articles, and the "and" of "hundred and ten" (see ``_spelled_number``)."""
    lex = lexicon()
    return frozenset({*lex.qualifiers.by_first, *lex.vague.by_first, *SINGLE, "a", "an", "and"})


def _may_start(token: Token) -> bool:
    """False for a token no figure starts at (most tokens): quantity_at then finds none."""
    return (
        token.text[:1].isdigit()
        or token.low in _starters()
        or token.low.partition("-")[0] in lexicon().number_words
    )


def quantity_at(tokens: list[Token], i: int, single: bool = False) -> Quantity | None:
    """The figure (with its qualifier) starting at token ``i``; ``single`` admits "a"/"an"."""
    if i >= len(tokens) or not _may_start(tokens[i]):
        return None
    lex = lexicon()
    if i > 0 and tokens[i - 1].low == "no":
        return None  # "no one was killed", "no two reports agree"
    k, qualifier = lex.qualifiers.match(tokens, i)
    vague_end, vague = lex.vague.match(tokens, k)
    if vague is not None:  # "an unknown number of" (0) states no figure at all
        return Quantity(int(vague), i, k, vague_end, qualifier) if int(vague) else None
    found = _number_at(tokens, k)
    if found is None and single and _one_more(tokens, k, qualifier):
        return Quantity(1, i, i, k, qualifier)  # "another trader was killed": one more
    if found is None:
        single_ok = single and qualifier is None and _single_at(tokens, k)
        return Quantity(1, i, k, k + 1, None) if single_ok else None
    value, end = found
    end = _skip_range(tokens, end, qualifier)
    return Quantity(value, i, k, end, qualifier)


def _one_more(tokens: list[Token], k: int, qualifier: str | None) -> bool:
    """"another soldier": a qualifier that names one more person when no figure follows."""
    one_more = qualifier is not None and qualifier in rules()["one_more_qualifiers"]
    return one_more and k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower()


def _single_at(tokens: list[Token], k: int) -> bool:
    """"a policeman": an article or "one" directly before a word."""
    if k + 1 >= len(tokens) or tokens[k].low not in SINGLE:
        return False
    return tokens[k + 1].text.replace("-", "").isalpha() or is_age(tokens, k + 1)  # "a passer-by"


def _skip_range(tokens: list[Token], j: int, qualifier: str | None) -> int:
    """Past the upper end of "10 to 15", "10-15", "10 or 12", "between 10 and 15"."""
    joiners = {"to", "-", "–", "or"} | ({"and"} if qualifier == "between" else set())
    if j < len(tokens) and tokens[j].low in joiners:
        upper = _number_at(tokens, j + 1)
        if upper is not None:
            return upper[1]
    return j


def is_measure(tokens: list[Token], q: Quantity) -> bool:
    """True when the figure counts something other than people (km, %, years, dates, $)."""
    lex = lexicon()
    head = tokens[q.number]
    if head.text.isdigit() and len(head.text) == 4 and 1800 <= int(head.text) <= 2100:
        return True  # a year: "in 2014"
    nxt = tokens[q.end].low if q.end < len(tokens) else ""
    if nxt == "-" and q.end + 1 < len(tokens):
        nxt = tokens[q.end + 1].low
    if nxt in lex.units_after or nxt in lex.months or nxt in (":", "/"):
        return True  # "10:30", "29/12/2012"
    prev = tokens[q.first - 1].low if q.first > 0 else ""
    time = prev == ":" and q.first > 1 and tokens[q.first - 2].text.isdigit()  # "10:30"
    aged = prev in rules()["age_before"]  # "Twin brothers aged 12 were killed"
    of_age = prev == "of" and q.first > 1  # "children under the age of 10"
    aged = aged or (of_age and tokens[q.first - 2].low in rules()["age_attribute_words"])
    measure = prev in lex.units_before or prev in lex.months or time or aged  # not "Mogadishu: Two"
    return measure or _persons_age(tokens, q)


def _persons_age(tokens: list[Token], q: Quantity) -> bool:
    """ "a man of about forty", "a woman of sixty": a figure after "of" (and a qualifier word)
    right after a noun for one person is that person's age."""
    lows = [t.low for t in tokens[max(0, q.first - 3) : q.first]]
    for k in (len(lows) - 1, len(lows) - 2):
        if k >= 1 and lows[k] == "of" and lows[k - 1] in lexicon().persons:
            return True
    return False


def is_age(tokens: list[Token], j: int) -> bool:
    """ "23-year-old" (three tokens: "23", "-", "year-old")."""
    age = tokens[j : j + 3]
    return len(age) == 3 and age[0].text.isdigit() and age[1].text == "-" and (
        age[2].low.startswith(("year-old", "years-old", "month-old"))
    )
