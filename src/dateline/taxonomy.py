"""The ACLED taxonomy (event types, sub-event types, disorder types) and its CAMEO/PLOVER maps.

The table itself lives in ``data/taxonomy.csv``; this module only indexes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.resources import load_csv

NONE = "NONE"  # the classify label for text that reports no ACLED event


@dataclass(frozen=True, slots=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str
    cameo_code: str
    plover_type: str
    rank: int  # codebook order; lower wins when tactics co-occur

    @property
    def civilian_targeting(self) -> bool:
        """Sub-types whose target is civilians by definition (ACLED's civilian_targeting flag)."""
        return self.event_type == "Violence against civilians"


@cache
def sub_event_types() -> dict[str, SubEventType]:
    rows = load_csv("taxonomy.csv")
    return {
        r["sub_event_type"]: SubEventType(
            name=r["sub_event_type"],
            event_type=r["event_type"],
            disorder_type=r["disorder_type"],
            cameo_code=r["cameo_code"],
            plover_type=r["plover_type"],
            rank=i,
        )
        for i, r in enumerate(rows)
    }


def sub_event(name: str) -> SubEventType:
    """The taxonomy entry of a sub-event type; raises KeyError with the valid names."""
    try:
        return sub_event_types()[name]
    except KeyError:
        raise KeyError(f"unknown sub-event type {name!r}") from None


@cache
def event_types() -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.event_type for s in sub_event_types().values()))


@cache
def actor_type_labels() -> dict[int, str]:
    return {int(r["code"]): r["label"] for r in load_csv("actor_types.csv")}
