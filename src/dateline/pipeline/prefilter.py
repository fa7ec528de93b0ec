"""Cheap pre-filters for lexicon regexes: skip a pattern whose literal words are not in the text.

A lexicon row such as ``Boko Haram|JAS`` can only match a text that contains "boko haram" or
"jas" (in any case). ``required_keys`` reads those literal runs out of the pattern (one per
top-level alternative, conservatively: anything it does not understand ends a run), and
``may_match`` checks them with plain substring tests on the case-folded text, which costs far
less than running the regex over the whole article. The filter never changes results: a
pattern is skipped only when no alternative's required literal occurs.
"""

from __future__ import annotations

import re

# Characters that Python's re.IGNORECASE matches to an ASCII letter although their str.lower()
# differs: without them a folded text could miss a key the regex would still match.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_QUANTIFIERS = "?*+{"
_VERBOSE = re.compile(r"\(\?[a-zA-Z-]*x")


def fold(text: str) -> str:
    """The text as the keys are written: lower case, with re's extra case equivalences."""
    return text.translate(_FOLD).lower()


def may_match(keys: tuple[str, ...] | None, folded: str) -> bool:
    """False only when the pattern behind ``keys`` cannot match the text ``folded``."""
    return keys is None or any(key in folded for key in keys)


def required_keys(pattern: str) -> tuple[str, ...] | None:
    """One lower-cased ASCII literal per top-level alternative that every match contains,
    or None when some alternative has none (the pattern must always run)."""
    if _VERBOSE.search(pattern):
        return None  # white space is not literal in verbose patterns
    keys = []
    for branch in _top_level_branches(pattern):
        runs = _literal_runs(branch)
        best = max(runs, key=len, default="")
        if not best or not best.isascii():
            return None
        keys.append(best.lower())
    return tuple(dict.fromkeys(keys))


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
