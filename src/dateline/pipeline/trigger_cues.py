"""The cue data of the events stage and the trigger record, loaded once.

``cues.json`` (context cues of the events stage) and ``roles.json`` (role cues) are read here
for the trigger finder, the segmenter and role assignment; ``triggers`` re-exports them. They
live apart from the trigger finder so that modules it calls can read the cues too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.model import Document, Span
from dateline.resources import data_regex, load_json


@dataclass(frozen=True, slots=True)
class Trigger:
    span: Span
    tactic: str


@cache
def cues() -> dict[str, Any]:
    return dict(load_json("events/cues.json"))


def alternation(key: str) -> str:
    return "|".join(f"(?:{p})" for p in cues()[key])


@cache
def role_cues() -> dict[str, Any]:
    return dict(load_json("events/roles.json"))


def role_regex(key: str) -> re.Pattern[str]:
    return data_regex("events/roles.json", key)


def cue_pattern(key: str) -> re.Pattern[str]:
    """The single-pattern cue ``key``, case-insensitive, compiled once."""
    return data_regex("events/cues.json", key)


@cache
def cue_regex(key: str, anchored_end: bool = False) -> re.Pattern[str]:
    """Cue words, case-insensitive (the data marks "may" case-sensitive: May is a month)."""
    body = rf"(?<![\w-])(?:{alternation(key)})(?![\w-])"
    tail = r"[\s,]*(?:on\s+|in\s+)?$" if anchored_end else ""
    return re.compile(body + tail, re.IGNORECASE)




def non_event_cue(doc: Document, clause: Span) -> re.Match[str] | None:
    """The clause's first non-event word ("a drill", "a lion mauled") outside every actor
    mention: a party named after one ("gunmen of the Lions' Den") is no such thing."""
    parties = [a.span for a in doc.actors]
    for match in cue_regex("non_event_clause").finditer(doc.text[clause.start : clause.end]):
        at = clause.start + match.start()
        if not any(party.start <= at < party.end for party in parties):
            return match
    return None
