"""Two acts at two times of one day are two events (issue #5, round 11).

Outlets that report different acts at one place the same day often say when: junta troops and
resistance fighters "fought on the southern outskirts of Demoso on Monday morning", while a jet
bombed a displacement camp near Demoso "on Monday afternoon" ("at about 3 pm" to another
outlet). An air strike and a clash at one place the same day may be one battle read two ways,
but not when each text puts its incident at another part of the day. So two reports that
disagree on the sub-event type, dated the same day, whose texts each name exactly one part of
the day (morning, afternoon, evening or night: "Monday morning", "this afternoon", or clock
times), and not the same one, are two events. Reports of one sub-event type are not affected
(a long battle's reports may give its start and its end), nor are texts naming several parts
of the day or none. ``time_of_day`` in ``data/store/dedup.json``: OFF by default (round 11
measured it: it removes false merges in file order, but a report that names no time then joins
whichever look-alike arrived first, and recall drops in shuffled orders; docs/store.md).
"""

from __future__ import annotations

import re
from functools import cache

from dateline.model import Event
from dateline.store.fields import settings
from dateline.store.mentions import TextOf

CLOCK = re.compile(
    r"\b(?P<hour>\d{1,2})(?:(?P<sep>[:.])(?P<minute>\d{2}))?\s*(?P<half>[ap]\.?m\b\.?)?",
    re.IGNORECASE,
)  # "3 pm", "6.30 am", "14:00"; "3.50" without am/pm is a number, not a time


@cache
def _part_words() -> dict[str, re.Pattern[str]]:
    """Each part of the day (``time_of_day.parts``) right after a day reference ("Monday
    morning", "this afternoon": ``time_of_day.day_references``, ``{day}`` a weekday)."""
    rule = settings()["time_of_day"]
    days = "|".join(settings()["overnight"]["weekdays"])
    references = "|".join(r.replace("{day}", f"(?:{days})") for r in rule["day_references"])
    return {
        part: re.compile(rf"\b(?:{references})\s+(?:{'|'.join(words)})\b", re.IGNORECASE)
        for part, words in rule["parts"].items()
    }


def _clock_part(hour: int) -> str:
    """The part of the day an hour (0-23) falls in (``time_of_day.hours``: [first hour, part]
    in day order)."""
    return str([part for first, part in settings()["time_of_day"]["hours"] if first <= hour][-1])


def _clock_parts(text: str) -> set[str]:
    """Parts of the day given as clock times: '3 pm', '10pm', '14:00' (not bare numbers)."""
    found = set()
    for match in CLOCK.finditer(text):
        hour, half = int(match.group("hour")), match.group("half")
        if half:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if half[0].casefold() == "p" else 0)
        elif match.group("sep") != ":" or hour > 23:
            continue
        found.add(_clock_part(hour))
    return found


def parts_of_day(text: str) -> set[str]:
    """Every part of the day the text names, by word or clock time."""
    named = {part for part, words in _part_words().items() if words.search(text)}
    return named | _clock_parts(text)


def different_times(a: Event, b: Event, text_of: TextOf | None) -> bool:
    """Same-day reports of two sub-event types whose texts each name one part of the day, and
    not the same one."""
    if not settings()["time_of_day"]["enabled"] or text_of is None:
        return False
    if a.sub_event_type == b.sub_event_type or a.event_date != b.event_date:
        return False
    if not (a.date_known and b.date_known):
        return False
    parts = [parts_of_day(text_of(e.article_id) or "") for e in (a, b)]
    return all(len(p) == 1 for p in parts) and parts[0] != parts[1]
