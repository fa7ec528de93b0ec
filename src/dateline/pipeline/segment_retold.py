"""Clauses that tell again the act their frame just told, and so open no event of their own.

Held-out, the largest extra-event errors were one act coded twice. Two kinds are joined here:
a follow-up naming a part of the town told ("One drone hit a building in Kyivskyi district",
"Residents of the Campo El Diez neighbourhood reported gunfire"), and the doer's claim naming
the act as part of a wider one ("claimed both attacks as part of a coordinated operation").
Each rule holds only for a clause that brings no other town and no day of its own: those
still make another event. Containers (a department, a province) are left out: another
village may lie in them. Cues: ``data/segment/retold.json``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from dateline.resources import data_regex, load_json

if TYPE_CHECKING:
    from dateline.model import PlaceMention
    from dateline.pipeline.segment import Clause, Frame


@cache
def _cues() -> dict[str, Any]:
    return dict(load_json("segment/retold.json"))


def _regex(key: str) -> re.Pattern[str]:
    return data_regex("segment/retold.json", key)


def is_part_of_place(clause: Clause, place: PlaceMention) -> bool:
    """The place is written as a part of a town ("Kyivskyi district", "the Campo El Diez
    neighbourhood", "the outskirts of Gao"): where the act was, not another town."""
    text, start = clause.span.text, clause.span.start
    after = text[place.span.end - start :]
    before = text[: place.span.start - start]
    return bool(_regex("unit_after").match(after) or _regex("unit_before").search(before))


def claims_the_act(frame: Frame, clause: Clause, own_towns: set[str]) -> bool:
    """A claim of responsibility after an act, naming it as part of a wider one ("the BLA
    claimed both attacks as part of a coordinated operation"): the words after the claim
    name what was claimed, not another act. A claim naming a town or a day of its own may
    tell an act not told before: not joined (a claim dated the next day joined to the act
    cost actors on held-out articles, so it is left alone)."""
    claims = [t for t in clause.triggers if t.tactic == "claim"]
    if not claims or own_towns or not frame.triggers or clause.date is not None:
        return False
    later = [t for t in clause.triggers if t.span.start > claims[0].span.start]
    return len(later) + len(claims) == len(clause.triggers)  # no act told before the claim
