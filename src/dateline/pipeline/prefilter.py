"""Cheap pre-filters for lexicon regexes: skip a pattern whose literal words are not in the text.

A lexicon row such as ``Boko Haram|JAS`` can only match a text that contains "boko haram" or
"jas" (in any case). ``required_keys`` reads those literal runs out of the pattern (one per
top-level alternative, conservatively: anything it does not understand ends a run), and
``may_match`` checks them with plain substring tests on the case-folded text, which costs far
less than running the regex over the whole article. The filter never changes results: a
pattern is skipped only when no alternative's required literal occurs.

In a long article the keys of most rows occur somewhere; ``scan`` then runs a pattern of
bounded width only in windows around its keys' occurrences (every match contains one), and
yields exactly the matches ``finditer`` would.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

# Characters that Python's re.IGNORECASE matches to an ASCII letter although their str.lower()
# differs: without them a folded text could miss a key the regex would still match.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_QUANTIFIERS = "?*+{"
_VERBOSE = re.compile(r"\(\?[a-zA-Z-]*x")
# Windows end W + 1 characters after their last possible start; this is sound only when nothing
# in the pattern looks further right than its own width plus one boundary character.
_LOOKS_AHEAD = re.compile(r"\(\?[=!]|(?<!\\)\$|\\Z")
# groups whose body is matched as written: plain, non-capturing, or with scoped flags other
# than verbose ("(?-i:march)": a case-sensitive match still contains the folded key)
_GROUP_OPENING = re.compile(r"\((?![?])|\(\?[aimsLu]*(?:-[imsx]+)?:")
MAX_WINDOW_WIDTH = 200  # wider patterns (or unbounded ones) are scanned over the whole text


def fold(text: str) -> str:
    """The text as the keys are written: lower case, with re's extra case equivalences."""
    return text.translate(_FOLD).lower()


def may_match(keys: tuple[str, ...] | None, folded: str) -> bool:
    """False only when the pattern behind ``keys`` cannot match the text ``folded``."""
    if keys is None:
        return True
    # a plain loop, not any(genexpr): ~100k calls per corpus, the generator costs 2x
    for key in keys:  # noqa: SIM110
        if key in folded:
            return True
    return False


def required_keys(pattern: str) -> tuple[str, ...] | None:
    """One lower-cased ASCII literal per top-level alternative that every match contains,
    or None when some alternative has none (the pattern must always run)."""
    if _VERBOSE.search(pattern):
        return None  # white space is not literal in verbose patterns
    keys: list[str] = []
    for branch in _top_level_branches(pattern):
        options: list[tuple[str, ...]] = [(r,) for r in _literal_runs(branch) if r.isascii()]
        options += [k for k in map(required_keys, _required_groups(branch)) if k is not None]
        if not options:
            return None
        # the option whose shortest key is longest: a lone " " occurs in every text
        best = max(options, key=lambda option: min(map(len, option)))
        keys.extend(key.lower() for key in best)
    return tuple(dict.fromkeys(keys))


def _required_groups(branch: str) -> list[str]:
    """The bodies of the plain groups ``(...)``/``(?:...)``/``(?-i:...)`` of ``branch`` that
    every match passes through (not quantified): one of each group's keys is then required."""
    groups = []
    i = 0
    while i < len(branch):
        _, end = _atom(branch, i)
        quantified = end < len(branch) and branch[end] in _QUANTIFIERS
        opening = _GROUP_OPENING.match(branch, i)
        if opening and not quantified:
            groups.append(branch[opening.end() : end - 1])
        i = _skip_quantifier(branch, end) if quantified else end
    return groups


def window_width(row_pattern: str, compiled: re.Pattern[str]) -> int | None:
    """The widest match of ``compiled`` (``row_pattern`` within word boundaries) when ``scan``
    may use windows for it: bounded, non-empty, looking no further ahead than one character."""
    parser = _sre_parser()
    if parser is None or _LOOKS_AHEAD.search(row_pattern):
        return None
    try:
        low, high = parser.parse(compiled.pattern, compiled.flags).getwidth()
    except Exception:  # an internal API: without it every pattern scans the whole text
        return None
    return int(high) if low > 0 and high <= MAX_WINDOW_WIDTH else None


@cache
def _sre_parser() -> Any:
    try:
        return importlib.import_module("re._parser")
    except ImportError:
        return None


def scan(
    regex: re.Pattern[str], text: str, folded: str, keys: tuple[str, ...] | None, width: int | None
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, skipping the text no match can start in (see module doc)."""
    if not may_match(keys, folded):
        return iter(())
    if keys is None or width is None or len(text) < 8 * width:
        return regex.finditer(text)  # a short text: one pass costs less than windows
    starts = _key_offsets(folded, keys)
    if len(starts) * width * 2 > len(text):
        return regex.finditer(text)  # the keys are everywhere
    return windowed_matches(regex, text, starts, width)


def windowed_matches(
    regex: re.Pattern[str], text: str, starts: list[int], width: int
) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text)`` that start at most ``width`` characters before
    one of ``starts`` (sorted), searching only there: every match must contain such a start."""
    end = 0  # where the previous match ended: finditer goes on from there
    for first, last in _windows(starts, width):
        position = max(first, end)
        while position <= last:
            match = regex.search(text, position, min(len(text), last + width + 1))
            if match is None or match.start() > last:
                break  # no match starts in this window (one starting later is in the next)
            yield match
            end = position = match.end()


def _key_offsets(folded: str, keys: tuple[str, ...]) -> list[int]:
    offsets = []
    for key in keys:
        found = folded.find(key)
        while found >= 0:
            offsets.append(found)
            found = folded.find(key, found + 1)
    return sorted(offsets)


def _windows(starts: list[int], width: int) -> Iterator[tuple[int, int]]:
    """Merged ranges of possible match starts: up to ``width`` before each key offset."""
    first, last = max(0, starts[0] - width), starts[0]
    for offset in starts[1:]:
        if offset - width > last + 1:
            yield first, last
            first = offset - width
        last = offset
    yield first, last


def _top_level_branches(pattern: str) -> list[str]:
    branches, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def _literal_runs(branch: str) -> list[str]:
    """Runs of literal characters that every match of ``branch`` contains, in order."""
    runs: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(branch):
        literal, end = _atom(branch, i)
        quantified = end < len(branch) and branch[end] in _QUANTIFIERS
        if literal is None or quantified:
            runs.append("".join(current))
            current = []
            end = _skip_quantifier(branch, end) if quantified else end
        else:
            current.append(literal)
        i = end
    runs.append("".join(current))
    return [run for run in runs if run]


def _atom(branch: str, i: int) -> tuple[str | None, int]:
    """The literal character at ``i`` (None for anything else) and where the atom ends."""
    char = branch[i]
    if char == "\\":
        escaped = branch[i + 1 : i + 2]
        literal = escaped if escaped and not escaped.isalnum() else None
        return literal, i + 2
    if char == "[":
        return None, _class_end(branch, i)
    if char == "(":
        return None, _group_end(branch, i)
    if char in ".^$)|" or char in _QUANTIFIERS:
        return None, i + 1
    return char, i + 1


def _skip_quantifier(branch: str, i: int) -> int:
    if branch[i] == "{":
        close = branch.find("}", i)
        i = close + 1 if close >= 0 else len(branch)
    else:
        i += 1
    return i + 1 if i < len(branch) and branch[i] in "?+" else i  # lazy / possessive


def _class_end(pattern: str, i: int) -> int:
    """Index after the character class that opens at ``i``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1  # a leading "]" is literal
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """Index after the group that opens at ``i``."""
    depth, j = 0, i
    while j < len(pattern):
        char = pattern[j]
        if char == "\\":
            j += 2
            continue
        if char == "[":
            j = _class_end(pattern, j)
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        j += 1
        if depth == 0:
            return j
    return j
