"""A report that dates its own event after another incident is not a report of that incident
(issue #5, round 10).

Look-alike reports often say how their incident follows an earlier one: "soldiers clashed with
NPA rebels on Wednesday, a day after the deadly ambush in neighbouring Las Navas", "three days
after five smugglers died in the same area". When such a report is dated exactly that many days
after another report, and the words that follow the phrase in its clause name that report's
place, the text itself says the two are different incidents, however alike their records are
(extraction may even have placed the sequel at the earlier incident's town, the one its text
names). A follow-up story about the same incident ("two days after the attack, the toll rose")
is not affected: it names no other place after the phrase, or it is not dated that many days
after the other report. ``sequel_reference`` in ``data/store/dedup.json``.

Round 11: "hours after" ("a Pakistani drone struck a house in Spera district last night ... The
attack came hours after the bombing of Barmal in neighbouring Paktika") dates the incident the
same or the next day. As outlets write "hours after the bombing in Kabul" of the bombing itself,
it counts only when the place it names is not the report's own location or province.

Round 13: "the same day as" ("JNIM fighters ambushed a convoy outside Nouna on Saturday, the
same day as the Solenzo assault") sets the incident beside another one the same day: a report
dated the same day as another whose place the rest of the clause names, other than its own
place or province, is not that report's incident (``sequel_reference.same_day``).
"""

from __future__ import annotations

import re
from functools import cache

from dateline.model import Event
from dateline.store.fields import norm, settings
from dateline.store.mentions import TextOf, named_place

CLAUSE_END = re.compile(r"[.,;:!?](?:\s|$)")  # the phrase's clause ends here


@cache
def _cue() -> re.Pattern[str]:
    """'<count> day(s) after' with the count words of ``sequel_reference.counts``."""
    counts = "|".join(re.escape(word) for word in settings()["sequel_reference"]["counts"])
    return re.compile(rf"\b(?P<count>{counts}|\d+)\s+(?:days?|nights?)\s+after\b", re.IGNORECASE)


@cache
def _hours_cue() -> re.Pattern[str]:
    """'hours after' (``sequel_reference.hours``): the same or the next day."""
    return re.compile(rf"\b{settings()['sequel_reference']['hours']}\b", re.IGNORECASE)


@cache
def _same_day_cue() -> re.Pattern[str]:
    """'the same day as' (``sequel_reference.same_day``): another incident that day."""
    return re.compile(rf"\b{settings()['sequel_reference']['same_day']}\b", re.IGNORECASE)


def _days(count: str) -> int:
    if count.isdigit():
        return int(count)
    return int(settings()["sequel_reference"]["counts"][count.casefold()])


def sequel_of(later: Event, earlier: Event, text_of: TextOf | None) -> bool:
    """``later``'s text dates its incident exactly the days between the two reports after an
    incident at ``earlier``'s place (named in the rest of the phrase's clause: "a day after the
    ambush in Las Navas", not "a day after the attack, families buried the dead of Macomia")."""
    rule = settings()["sequel_reference"]
    if not rule["enabled"] or text_of is None:
        return False
    if not (later.date_known and earlier.date_known):
        return False  # a date read from the publication day says nothing about the order
    gap = (later.event_date - earlier.event_date).days
    text = text_of(later.article_id)
    if gap < 0 or not text:
        return False
    if gap >= 1 and any(
        _days(match.group("count")) == gap and named_place(_clause_rest(text, match.end()), earlier)
        for match in _cue().finditer(text)
    ):
        return True
    if gap == 0 and any(
        _elsewhere(named_place(_clause_rest(text, match.end()), earlier), later)
        for match in _same_day_cue().finditer(text)
    ):
        return True
    return gap <= 1 and any(
        _elsewhere(named_place(_clause_rest(text, match.end()), earlier), later)
        for match in _hours_cue().finditer(text)
    )


def _clause_rest(text: str, start: int) -> str:
    """The words from ``start`` to the end of their clause."""
    end = CLAUSE_END.search(text, start)
    return text[start : end.start() if end else len(text)]


def _elsewhere(place: str | None, later: Event) -> bool:
    """A place named after "hours after" that is not the later report's own place."""
    own = {norm(name) for name in (later.location, later.admin1) if name}
    return place is not None and norm(place) not in own


def sequel_apart(a: Event, b: Event, text_of: TextOf | None) -> bool:
    """Either report is, by its own text, the sequel of the other's incident."""
    return sequel_of(a, b, text_of) or sequel_of(b, a, text_of)
