"""The far end of a road ("between Fada N'Gourma and Diapaga") and reference points after a
town ("Paharpur, 20 km north of Dera Ismail Khan"): places named only to say where another
lies (moved from ``locate``). Convention (DESIGN.md): of "between X and Y" the first town
named is the place, also when a note's parenthesis closes the second ("between Jowhar and
Balcad (Middle Shabelle)" is Jowhar).
"""

from __future__ import annotations

import re

from dateline.model import Document, PlaceMention
from dateline.pipeline.locate_context import usable
from dateline.pipeline.locate_rules import TOWN, in_compass_name, rank
from dateline.pipeline.place_words import case_sensitive_cue, is_near


def locates_town_before(doc: Document, pm: PlaceMention) -> bool:
    """'Benisheikh, west of Maiduguri', 'Paharpur, 20 km north of Dera Ismail Khan': a town
    named 'near'/'west of' right after another town of the clause only says where that
    town lies."""
    if not is_near(doc, pm) or second_of_between(doc, pm):
        return False
    before = next((o for o in reversed(doc.places) if o.span.end <= pm.span.start), None)
    if before is None or before.place is None or rank(before) != TOWN or not usable(doc, before):
        return False
    if in_compass_name(doc, before):
        return False  # "the hills of Baringo South near Kabarnet": no town before it
    gap = doc.text[before.span.end:pm.span.start]
    apposed = case_sensitive_cue("apposed_point_gap").match(gap)  # ", 20 km north of"
    return apposed is not None and "\n" not in gap  # not over a line


def second_of_between(doc: Document, pm: PlaceMention) -> bool:
    """'between Fada N'Gourma and Diapaga': Diapaga, the road's far end."""
    return re.search(r"\bbetween\s[^,.;:]{1,40}\sand\s$",
                     doc.text[max(0, pm.span.start - 60):pm.span.start]) is not None

