"""Stage 'numbers': casualty figures, each linked to the phrase it quantifies.

A figure is only a casualty count when a casualty phrase governs it, in one of three shapes:

- *after*:  "at least 25 government and allied fighters were also killed", "7 dead",
  "two soldiers and a civilian died" (coordinated groups add up);
- *before*: "killed 51 civilians", "killing three and wounding 12", "the bodies of 4";
- *toll*:   "the death toll rose to 51" (the first figure after the toll noun not
  introduced by "from").

A head noun ("31 deaths", "14 lives") counts only its own figure; "killed and wounded" gives
kind "casualties" (undivided, so no fatalities). Groups of animals or things ("2,600 birds")
are not people. Everything else with a number in it (distances, shares, durations, ages,
dates, times, prices, legal references, "10 suicide bombers" used in an attack) is left
alone. A headline opening with a singular person noun ("Civilian killed in ...") counts one.
Vague quantities take
ACLED's values from ``data/numbers/vague_quantities.csv``; the figure kept is the one stated
(the lowest credible reading for "at least"/"more than"; the lower bound of a range) and the
qualifier says how it was hedged. All word lists live in ``data/numbers/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from dateline.model import Document, NumberMention, Span
from dateline.pipeline.base import Stage
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
        if i >= len(tokens):
            return i, None
        for words in self.by_first.get(tokens[i].low, ()):
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
        if tokens[j].low == "and" and seen and j + 1 < len(tokens) and tokens[j + 1].low in words:
            j += 1
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


def quantity_at(tokens: list[Token], i: int, single: bool = False) -> Quantity | None:
    """The figure (with its qualifier) starting at token ``i``; ``single`` admits "a"/"an"."""
    lex = lexicon()
    k, qualifier = lex.qualifiers.match(tokens, i)
    vague_end, vague = lex.vague.match(tokens, k)
    if vague is not None:
        return Quantity(int(vague), i, k, vague_end, qualifier)
    found = _number_at(tokens, k)
    if found is None:
        single_ok = single and qualifier is None and _single_at(tokens, k)
        return Quantity(1, i, k, k + 1, None) if single_ok else None
    value, end = found
    end = _skip_range(tokens, end, qualifier)
    return Quantity(value, i, k, end, qualifier)


def _single_at(tokens: list[Token], k: int) -> bool:
    """"a policeman": an article or "one" directly before a word."""
    if k + 1 >= len(tokens) or tokens[k].low not in SINGLE:
        return False
    return tokens[k + 1].text.isalpha() or _is_age(tokens, k + 1)


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
    return prev in lex.units_before or prev in lex.months or prev == ":"  # "10:30" is a time


# ---------------------------------------------------------------- groups and phrases


def _aside_end(tokens: list[Token], j: int) -> int:
    """Past a comma-bounded aside (", including the suicide attackers,"), else ``j``."""
    if j < len(tokens) and tokens[j].text == ",":
        for k in range(j + 1, min(len(tokens), j + MAX_ASIDE_TOKENS + 1)):
            if tokens[k].text == ",":
                return k + 1
            if not tokens[k].text[0].isalnum():
                break
    return j


def _group_end(tokens: list[Token], j: int) -> int:
    """End of the words naming the counted group ("government and allied fighters")."""
    stop = min(len(tokens), j + MAX_GROUP_WORDS)
    while j < stop:
        token = tokens[j]
        if _is_age(tokens, j):  # "a 5-year-old boy": the age is part of the group
            j += 3
            continue
        if token.low in SINGLE:
            break
        if not _group_word(tokens, j):
            break
        if token.low == "and" and not _group_word(tokens, j + 1):
            break  # "killing three and wounding 12": "and" starts a new clause
        j += 1
    return j


def _is_age(tokens: list[Token], j: int) -> bool:
    """ "23-year-old" (three tokens: "23", "-", "year-old")."""
    age = tokens[j : j + 3]
    return len(age) == 3 and age[0].text.isdigit() and age[1].text == "-" and (
        age[2].low.startswith(("year-old", "years-old", "month-old"))
    )


def _group_word(tokens: list[Token], j: int) -> bool:
    """True when token ``j`` can be part of a group's name (not a verb, link or preposition)."""
    lex = lexicon()
    if j >= len(tokens):
        return False
    token = tokens[j]
    if not token.text[0].isalpha() or token.low in lex.breaks or token.low in lex.links:
        return False
    if all(part in lex.number_words for part in token.low.split("-")):
        return False  # "two men among eight killed": another figure starts here
    return not (lex.after.match(tokens, j)[1] or lex.before.match(tokens, j)[1])


def _group_text(tokens: list[Token], i: int, j: int, text: str) -> str | None:
    return text[tokens[i].start : tokens[j - 1].end] if j > i else None


def _casualty_after(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """Kind and end of "(were also) killed" starting at token ``j``."""
    lex = lexicon()
    for _ in range(MAX_LINK_WORDS + 1):
        end, kind = lex.after.match(tokens, j)
        if kind is not None:
            if end < len(tokens) and _starts_figure(tokens, end):
                return None  # "militants killed 5": active voice, the figure follows
            return kind, end
        if j >= len(tokens) or tokens[j].low not in lex.links:
            return None
        j += 1
    return None


def _starts_figure(tokens: list[Token], j: int) -> bool:
    q = quantity_at(tokens, j, single=True)
    return q is not None and not is_measure(tokens, q)


@dataclass(slots=True)
class Found:
    """A casualty figure before it becomes a NumberMention (``used``: its numeric tokens)."""

    value: int
    kind: str
    start: int
    end: int
    who: str | None
    qualifier: str | None
    used: tuple[int, ...]


def _counted_after(tokens: list[Token], i: int, text: str) -> Found | None:
    """"at least 25 fighters were killed", "two soldiers and a civilian died"."""
    q = quantity_at(tokens, i, single=True) or _headline_person(tokens, i)
    if q is None or is_measure(tokens, q):
        return None
    value, used, j = q.value, list(q.digits), _group_end(tokens, q.end)
    group_start = q.end
    while j < len(tokens) and tokens[j].low in ("and", ","):  # "Twelve soldiers, 26 rebels"
        more = quantity_at(tokens, j + 1, single=True)
        if more is None or is_measure(tokens, more):
            break
        value, j = value + more.value, _group_end(tokens, more.end)
        used.extend(more.digits)
    hit = _casualty_after(tokens, _aside_end(tokens, j))
    if hit is None or not _people(tokens, group_start, j, hit[1]):
        return None
    kind, end = hit
    if j == group_start and _bare_article(tokens, q) and not _person_at(tokens, end):
        return None  # "a dead bird" is no victim; "an executed man" is
    if len(used) > len(q.digits) and _phrase_at(tokens, end) in lexicon().heads:
        return None  # "546 cases and 31 deaths": the later scan from "31" takes it
    who = _group_text(tokens, group_start, j, text)
    return Found(value, kind, tokens[i].start, tokens[end - 1].end, who, q.qualifier, tuple(used))


def _bare_article(tokens: list[Token], q: Quantity) -> bool:
    return q.end - q.number == 1 and tokens[q.number].low in ("a", "an")


def _person_at(tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].low in lexicon().persons


def _phrase_at(tokens: list[Token], end: int) -> tuple[str, ...]:
    """The casualty phrase that ends at token ``end`` (longest match)."""
    for start in range(max(0, end - 4), end):
        stop, kind = lexicon().after.match(tokens, start)
        if kind is not None and stop == end:
            return tuple(t.low for t in tokens[start:end])
    return ()


def _headline_person(tokens: list[Token], i: int) -> Quantity | None:
    """ "Civilian killed in ...": a headline opening with a singular person noun counts one."""
    if i != 0:
        return None
    j = _group_end(tokens, 0)
    if j == 0 or tokens[j - 1].low not in lexicon().persons:
        return None
    return Quantity(1, 0, 0, 0, None)


def _people(tokens: list[Token], start: int, end: int, after: int) -> bool:
    """False when the group, or the noun right after the casualty word ("dead birds"),
    names animals or things."""
    words = {t.low for t in tokens[start:end]}
    if after < len(tokens):
        words.add(tokens[after].low)
    return not words & lexicon().not_people


def _counted_before(tokens: list[Token], i: int, text: str) -> Found | None:
    """"killed 51 civilians", "killing three", "the bodies of 4"."""
    lex = lexicon()
    k, kind = lex.before.match(tokens, i)
    if kind is None or _hypothetical(tokens, i):
        return None
    q = quantity_at(tokens, k, single=True)
    if q is None or is_measure(tokens, q) or _reciprocal(tokens, q.end):
        return None
    value, used, j = q.value, list(q.digits), _group_end(tokens, q.end)
    while j + 1 < len(tokens) and tokens[j].low == "and":
        more = quantity_at(tokens, j + 1, single=True)
        if more is None or is_measure(tokens, more):
            break
        more_end = _group_end(tokens, more.end)
        if _casualty_after(tokens, _aside_end(tokens, more_end)):
            break  # "killed 5 people and 3 were wounded": a new clause
        value, j = value + more.value, more_end
        used.extend(more.digits)
    if not _people(tokens, q.end, j, j):
        return None  # "kill 10,000 birds"
    who = _group_text(tokens, q.end, j, text)
    return Found(value, kind, tokens[i].start, tokens[j - 1].end, who, q.qualifier, tuple(used))


def _hypothetical(tokens: list[Token], i: int) -> bool:
    """ "could have killed 100", "threatened to kill 5": no one was."""
    before = [t.low for t in tokens[max(0, i - 3) : i] if t.low not in ("have", "not", "be")]
    return bool(before) and before[-1] in lexicon().hypothetical


def _reciprocal(tokens: list[Token], j: int) -> bool:
    """"killing one another" names no victims."""
    return j < len(tokens) and tokens[j].low == "another"


def _counted_toll(tokens: list[Token], i: int) -> Found | None:
    """"the death toll rose to 51", "a toll of at least 7"."""
    lex = lexicon()
    k, kind = lex.toll.match(tokens, i)
    if kind is None:
        return None
    for j in range(k, min(len(tokens), k + TOLL_WINDOW)):
        if tokens[j].text in {".", ";"}:
            break
        q = quantity_at(tokens, j)
        if q is None or is_measure(tokens, q) or (j > 0 and tokens[j - 1].low == "from"):
            continue
        end = tokens[q.end - 1].end
        return Found(q.value, kind, tokens[i].start, end, None, q.qualifier, tuple(q.digits))
    return None


# ---------------------------------------------------------------- the stage


def sentence_figures(doc: Document, sentence: int) -> list[NumberMention]:
    """The casualty figures of one sentence, each numeric token used at most once."""
    span = doc.sentences[sentence]
    tokens = tokenize(doc.text, span.start, span.end)
    if not any(t.low in lexicon().cues for t in tokens):
        return []
    used: set[int] = set()
    found: list[Found] = []
    for finder in (_counted_before, _counted_after):
        for i in range(len(tokens)):
            hit = finder(tokens, i, doc.text)
            if hit is not None and not used.intersection(hit.used):
                found.append(hit)
                used.update(hit.used)
    for i in range(len(tokens)):
        hit = _counted_toll(tokens, i)
        if hit is not None and not used.intersection(hit.used):
            found.append(hit)
            used.update(hit.used)
    found.sort(key=lambda f: f.start)
    return [_mention(doc, f, sentence) for f in found]


def _mention(doc: Document, f: Found, sentence: int) -> NumberMention:
    where = Span(f.start, f.end, doc.text[f.start : f.end])
    return NumberMention(where, f.value, f.kind, f.who, f.qualifier, sentence)


def fatalities_in(doc: Document, sentence_ids: Iterable[int]) -> list[NumberMention]:
    """The "killed" figures found in the given sentences, in text order."""
    wanted = set(sentence_ids)
    return [n for n in doc.numbers if n.kind == "killed" and n.sentence in wanted]


class CasualtyCounter(Stage):
    name = "numbers"
    requires = ("sentences",)
    assigns = ("numbers",)

    def __call__(self, doc: Document) -> Document:
        doc.numbers = [
            mention
            for index in range(len(doc.sentences))
            for mention in sentence_figures(doc, index)
        ]
        return doc
