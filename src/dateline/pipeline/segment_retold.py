"""Clauses that tell again the act their frame just told, and so open no event of their own.

Held-out, the largest extra-event errors were one act coded twice: a follow-up naming a part
or the container of the place told ("One drone hit a building in Kyivskyi district", "The
assailants surrounded the mosque in the Kokorou commune"), the doer's claim made on a later
day ("Al-Shabaab claimed the blast on Tuesday", "claimed both attacks as part of a coordinated
operation"), and the other side's account of the same act ("the foreign office said its
forces had struck hideouts of the TTP"). Each rule holds only for a clause that brings no new
day and no other town: any of those still makes another event. Cues:
``data/segment/retold.json``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from dateline.pipeline.triggers import cues
from dateline.resources import load_json

if TYPE_CHECKING:
    from dateline.model import PlaceMention
    from dateline.pipeline.segment import Clause, Frame


@cache
def _cues() -> dict[str, Any]:
    return dict(load_json("segment/retold.json"))


@cache
def _regex(key: str) -> re.Pattern[str]:
    return re.compile(str(_cues()[key]), re.IGNORECASE)


def is_part_of_place(clause: Clause, place: PlaceMention) -> bool:
    """The place is written as a unit of a town or region ("Kyivskyi district", "the Kokorou
    commune of the Tera department", "the Campo El Diez neighbourhood"): a part or the
    container of where the act was, not another town."""
    text, start = clause.span.text, clause.span.start
    after = text[place.span.end - start :]
    before = text[: place.span.start - start]
    return bool(_regex("unit_after").match(after) or _regex("unit_before").search(before))


def only_parts_of_places(clause: Clause) -> bool:
    """Every town the clause names is written as a part or a container of a place."""
    towns = [p for p in clause.places if p.kind == "place"]
    return bool(towns) and all(is_part_of_place(clause, p) for p in towns)


def claims_the_act(frame: Frame, clause: Clause, own_towns: set[str]) -> bool:
    """A claim of responsibility after an act ("Al-Shabaab claimed the blast on Tuesday",
    "claimed both attacks as part of a coordinated operation"): the day is the claim's, and
    the words after the claim name what was claimed, not another act. A claim naming a town
    of its own may tell an act not told before: not joined."""
    claims = [t for t in clause.triggers if t.tactic == "claim"]
    if not claims or own_towns or not frame.triggers:
        return False
    quiet = set(_cues()["claim_tactics"])
    if all(t.tactic in quiet for t in clause.triggers):
        return True
    later = [t for t in clause.triggers if t.span.start > claims[0].span.start]
    if len(later) + len(claims) != len(clause.triggers):
        return False  # an act told before the claim is an act of its own
    if clause.date is None:
        return True
    text, start = clause.span.text, clause.span.start
    return all(_regex("definite_before").search(text[: t.span.start - start]) for t in later)


def other_side_account(frame: Frame, clause: Clause, own_towns: set[str]) -> bool:
    """A side's own account of the act just told ("the ministry said its forces had struck
    'hideouts of terrorists'"): no day, no town of its own, a violent act reported as done
    by the speaker's own forces, after a frame that told a violent act."""
    if clause.date is not None or own_towns or clause.opens_event:
        return False
    violent = set(cues()["violent_tactics"]) | {"refer"}
    if not any(t.tactic in violent for t in frame.triggers):
        return False
    if not clause.triggers or not all(t.tactic in violent for t in clause.triggers):
        return False
    first = clause.triggers[0]
    lead = clause.span.text[: first.span.start - clause.span.start]
    return bool(_regex("own_account").search(lead))
