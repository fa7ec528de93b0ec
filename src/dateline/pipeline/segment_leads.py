"""A lead phrase that dates the news by an earlier act (issue #5, dedup extraction agreement).

"Four days after the IED blast in the area, security forces killed two cadres": the earlier act
is named in a phrase that opens the sentence and ends at its comma; the act after that comma is
the news. The ``earlier_act`` cue ("came days after a drone attack") still makes the act inside
that phrase an earlier one.
"""

from __future__ import annotations

import re

LEAD_WORDS = 3  # words that may stand before the cue in an opening phrase ("Just four days after")


def earlier_act_before(before: str) -> bool:
    """The words before an act name it as an earlier act, unless they only open the sentence
    with an earlier act and a comma closes that phrase before the act."""
    from dateline.pipeline.triggers import cue_regex  # triggers imports this module

    cue = cue_regex("earlier_act").search(before)
    if cue is None:
        return False
    opening = len(before[: cue.start()].split()) <= LEAD_WORDS
    return not (opening and re.search(r"[,;]", before[cue.end() :]))
