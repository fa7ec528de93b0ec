"""The towns a clause or a frame names, in the two ways segmentation compares them.

``town_names``: the words as written, lower case (the turns of a story and the retellings
compare names: "a town the frame never named"). ``town_keys``: the words and the gazetteer id,
so that a town the geoparser resolved differently in two sentences still meets itself (the
frames compare keys: "another town for an act of its own"). Only places of kind "place" count:
countries, regions and features never make another town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import PlaceMention

if TYPE_CHECKING:  # segment imports this module
    from dateline.pipeline.segment import Frame


def town_names(places: list[PlaceMention]) -> set[str]:
    """The names (lower case) of the towns among the places."""
    return {p.span.text.lower() for p in places if p.kind == "place"}


def town_keys(places: list[PlaceMention]) -> set[str]:
    """The names (lower case) and gazetteer ids of the towns among the places."""
    keys = town_names(places)
    for p in places:
        if p.kind == "place" and p.place and p.place.geonameid:
            keys.add(str(p.place.geonameid))
    return keys


def frame_places(frame: Frame) -> list[PlaceMention]:
    """Every place the frame's clauses name."""
    return [p for c in frame.clauses for p in c.places]


def told_towns(frame: Frame) -> set[str]:
    """The names (lower case) of the towns the frame's clauses name."""
    return town_names(frame_places(frame))
