"""Turns in a story that change the event: another kind of act in another town in the same
sentence ("troops fought near Pokrovsk, and rockets later slammed into Kramatorsk"), state
forces taking on the attackers of civilians ("bandits killed nine villagers ... soldiers engaged
the bandits in a gun battle": ACLED codes the attack and the clash apart, as their actor pairs
differ), and the doers leaving the scene afterwards ("The troops pulled out of the camp on
Wednesday"), which opens no event of its own.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dateline.model import Document, PlaceMention, Span
from dateline.pipeline.triggers import cues, find_triggers
from dateline.resources import data_regex, load_json

if TYPE_CHECKING:  # segment imports this module
    from dateline.pipeline.segment import Clause, Frame

STATE_FORCES = 1  # ACLED inter code
CIVILIANS = 7
CLASH = "clash"
NAMED_ROLES = ("named", "state-named", "country-state")


@cache
def _turns() -> dict[str, object]:
    return load_json("segment/turns.json")


def _separator() -> re.Pattern[str]:
    return data_regex("segment/turns.json", "act_separator")


def _fight_words() -> re.Pattern[str]:
    return data_regex("segment/turns.json", "fight_words")


def _families(tactics: set[str]) -> set[str]:
    """The families ("remote", "ground") the acts belong to."""
    found = set()
    for family in ("remote", "ground"):
        if tactics & set(_turns()[f"{family}_tactics"]):  # type: ignore[call-overload]
            found.add(family)
    return found


def _town_names(places: list[PlaceMention], span: Span) -> set[str]:
    return {p.span.text.lower() for p in places if p.kind == "place" and span.contains(p.span)}


def act_points(doc: Document, span: Span, places: list[PlaceMention]) -> list[int]:
    """Offsets where a sentence goes on to another kind of act in another town ("fought near
    A, and rockets later slammed into B"): each part is an event of its own."""
    if len({p.span.text for p in places if p.kind == "place"}) < 2:
        return []  # most sentences: one town or none, no need to look for acts
    points = []
    for match in _separator().finditer(span.text):
        at = span.start + match.start()
        before, after = doc.span(span.start, at), doc.span(at, span.end)
        first = _families({t.tactic for t in find_triggers(doc, before)})
        second = _families({t.tactic for t in find_triggers(doc, after)})
        if len(first) != 1 or len(second) != 1 or first == second:
            continue  # one kind of act, or the same kind told on
        towns_before, towns_after = _town_names(places, before), _town_names(places, after)
        if towns_before and towns_after and not towns_before & towns_after:
            points.append(at)
    return points


def forces_take_on_attackers(frame: Frame, clause: Clause) -> bool:
    """State forces fighting the doers of an attack on civilians the frame told (no forces in
    it, no fight yet): a clash of its own, another actor pair than the attack's."""
    clashes = [
        t for t in clause.triggers if t.tactic == CLASH and _fight_words().search(t.span.text)
    ]
    if not clashes or any(t.tactic == CLASH for t in frame.triggers):
        return False
    forces = [a for a in clause.actors if a.inter == STATE_FORCES]
    if not any(a.span.end <= clashes[0].span.start for a in forces):
        return False  # the forces are not the ones who fight ("fighters clashed with police")
    if any(a.inter == STATE_FORCES for a in frame.actors):
        return False  # the attack was on the forces, or they were in it already
    violent = set(cues()["violent_tactics"])
    return any(a.inter == CIVILIANS for a in frame.actors) and any(
        t.tactic in violent for t in frame.triggers
    )


def leaves_the_scene(frame: Frame | None, clause: Clause) -> bool:
    """Only a withdrawal after an act, by no one the story had not named ("The troops pulled
    out of the camp on Wednesday morning"): the doers leaving, no event of its own."""
    if frame is None or not clause.triggers:
        return False
    if not all(t.tactic in cues()["leaving_tactics"] for t in clause.triggers):
        return False
    told = {a.name for a in frame.actors if a.role_hint in NAMED_ROLES}
    if any(a.role_hint in NAMED_ROLES and a.name not in told for a in clause.actors):
        return False  # another group named: it may take over the place
    violent = set(cues()["violent_tactics"])
    return any(t.tactic in violent for t in frame.triggers)
