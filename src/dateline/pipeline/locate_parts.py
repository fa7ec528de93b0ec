"""Parts of a town told with the town ("the Santa Marta favela of Rio de Janeiro", "West
Point, a slum of Monrovia", "Taizz's Al Qahirah district"): the part is the town's, whatever
namesake the gazetteer read for it abroad, and the town stands for it
(``locate._candidates``)."""

from __future__ import annotations

import re

from dateline.model import Document, PlaceMention
from dateline.pipeline.locate_rules import TOWN, approximate, far_in_same_province, rank
from dateline.pipeline.place_words import (
    case_sensitive_cue,
    described_as_part_of,
    owned_part,
    read_place_after,
)


def part_of_town_named_after(doc: Document, pm: PlaceMention) -> bool:
    """'West Point, a slum of Monrovia': a part of the town named after it, or of a
    division of another country than the namesake read for it ('Victoria, a district of
    Kano'); 'Kaura, a district of Kaduna state' stays the district."""
    outer = described_as_part_of(doc, pm)
    after = read_place_after(doc, pm.span.end, demonyms=False)
    if (outer is None and after is not None and after.place is not None and pm.place is not None
            and case_sensitive_cue("part_of_town_gap").match(
                doc.text[pm.span.end:after.span.start])):
        # "the Al Qahirah district of Taizz": Cairo is no part of a town of Yemen
        return after.place.country_code != pm.place.country_code
    if outer is None or outer.place is None or pm.place is None or approximate(outer):
        return False  # a town the gazetteer lacks, placed at pm itself, says nothing
    return rank(outer) == TOWN or outer.place.country_code != pm.place.country_code


def part_of_town_owning_it(doc: Document, pm: PlaceMention) -> bool:
    """Al Qahirah in "Taizz's Al Qahirah district" or "... district in the city of Taizz";
    "Chhattisgarh's Bijapur district" is a province's district, not part of a town."""
    if not owned_part(doc.text, pm.span.start, pm.span.end):
        return False
    owner = next((o for o in reversed(doc.places)
                  if o.span.end <= pm.span.start and o.place is not None), None)
    owns = owner is not None and re.match(r"['’]s\s", doc.text[owner.span.end:]) is not None
    return not owns or (owner is not None and rank(owner) == TOWN
                        and not far_in_same_province(owner, pm))
