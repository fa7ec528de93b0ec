"""Codebook cues (``data/classifier/cues.csv``) and the rules that decide from them.

A cue is a pattern of weapon, tactic, actor or outcome wording that points to one ACLED
sub-event type. Tier-1 cues are only hints for the statistical model; tier-2/3 cues decide on
their own when they agree on one event type and no conflicting cue (``conflicts.csv``) says
the context is different (e.g. shelling inside a ground battle is coded as the battle).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateline.resources import load_csv
from dateline.taxonomy import NONE, sub_event_types

DECISIVE_TIER = 2


@dataclass(frozen=True, slots=True)
class CueHit:
    label: str
    tier: int
    start: int  # character offsets of the cue in the text (usable as evidence)
    end: int

    @property
    def decisive(self) -> bool:
        return self.tier >= DECISIVE_TIER


@cache
def _patterns(flags: int = 0) -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """Compiled cues. Patterns are lower case and run on lower-cased text: twice as fast as
    IGNORECASE, which is kept only for texts whose lower-casing changes their length."""
    compiled = []
    for row in load_csv("classifier/cues.csv"):
        regex = re.compile(rf"\b{row['pattern']}\b", flags)
        compiled.append((row["label"], int(row["tier"]), regex))
    return tuple(compiled)


@cache
def _conflicts() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in load_csv("classifier/conflicts.csv"):
        table.setdefault(row["label"], set()).add(row["abstain_if"])
    return {label: frozenset(others) for label, others in table.items()}


def cue_hits(text: str) -> list[CueHit]:
    """Every cue match in the text (first match per cue pattern), offsets into ``text``."""
    return list(_cached_hits(text))


@lru_cache(maxsize=4096)  # features and rules both ask for the same text's cues
def _cached_hits(text: str) -> tuple[CueHit, ...]:
    lowered = text.lower()
    if len(lowered) == len(text):
        text, patterns = lowered, _patterns()
    else:
        patterns = _patterns(re.IGNORECASE)
    hits = []
    for label, tier, regex in patterns:
        match = regex.search(text)
        if match:
            hits.append(CueHit(label, tier, match.start(), match.end()))
    return tuple(hits)


@cache
def _actor_kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row["kind"], re.compile(rf"\b{row['pattern']}\b", re.IGNORECASE))
                 for row in load_csv("classifier/actor_kinds.csv"))


@lru_cache(maxsize=4096)
def first_actor_kind(text: str) -> str | None:
    """The kind of actor ("state", "nonstate", "crowd") the text names first, if any."""
    found = [(m.start(), kind) for kind, regex in _actor_kinds() if (m := regex.search(text))]
    return min(found)[1] if found else None


def clear_cue_caches() -> None:
    """Forget per-text cue results (for benchmarks; the caches are bounded anyway)."""
    _cached_hits.cache_clear()
    first_actor_kind.cache_clear()


def _event_type(label: str) -> str:
    return NONE if label == NONE else sub_event_types()[label].event_type


def _rank(label: str) -> int:
    return sub_event_types()[label].rank


def rule_decision(hits: list[CueHit]) -> str | None:
    """The sub-event type the codebook rules are sure of, or None to let the model decide.

    Highest tier wins; within it the decisive labels must share one event type, and the
    earliest in codebook order wins (ACLED's hierarchy when tactics co-occur).
    """
    decisive = [h for h in hits if h.decisive]
    if not decisive:
        return None
    top_tier = max(h.tier for h in decisive)
    labels = {h.label for h in decisive if h.tier == top_tier}
    if len({_event_type(label) for label in labels}) != 1:
        return None
    chosen = min(labels, key=_rank)
    present = {h.label for h in hits}
    if _conflicts().get(chosen, frozenset()) & (present - {chosen}):
        return None
    return chosen
