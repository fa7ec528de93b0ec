"""A report that says its incident was the second of its kind that day (issue #5, round 11).

"A militant was killed in a brief exchange of fire with security forces in the Lassipora area
of Pulwama on Tuesday evening. It was the second gunfight in south Kashmir in a day." The text
itself says another incident of the kind happened nearby that day, so nearness is no longer a
sign of one incident: such a report and another located report are one event only at the
exact spot (same place name or ``same_spot_km``), not merely within the "near" radius (the
Redwani encounter in Kulgam, 29 km away, is the other gunfight). Round 13: "in a separate
attack on Sunday, gunmen killed three farmers near Mangu" (or "an unrelated incident") says the
same; every such phrase in the development files is a look-alike's. Area-level reports keep
their rules (a province holds both incidents). ``second_incident`` in ``data/store/dedup.json``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from dateline.model import Event
from dateline.store.fields import settings
from dateline.store.mentions import TextOf
from dateline.store.sub_types import exact_spot


@cache
def _cue() -> re.Pattern[str]:
    """``second_incident.phrases`` as one pattern (regular expressions, case aside)."""
    return re.compile("|".join(settings()["second_incident"]["phrases"]), re.IGNORECASE)


def says_second_incident(event: Event, text_of: TextOf | None) -> bool:
    """The report's text calls its incident another one of the kind that day."""
    text = text_of(event.article_id) if text_of is not None else ""
    return bool(text) and _text_says_second(text)


@lru_cache(maxsize=8192)
def _text_says_second(text: str) -> bool:
    # Once per article text, not once per pair it is compared in.
    return _cue().search(text) is not None


def apart_from_second(a: Event, b: Event, text_of: TextOf | None) -> bool:
    """Two located reports not at one spot, one of which says a second incident happened."""
    if not settings()["second_incident"]["enabled"] or text_of is None:
        return False
    if max(a.geo_precision, b.geo_precision) >= 3 or exact_spot(a, b):
        return False
    return says_second_incident(a, text_of) or says_second_incident(b, text_of)
