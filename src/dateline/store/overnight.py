"""One night's event dated on two days (issue #5, round 10).

An event that runs past midnight is dated "late on Saturday" by one outlet and "early on
Sunday" by another: two exact days a day apart. Demonstrations and violence against civilians
are coded one event per day (``one_day_gap.per_day_event_types``), and a day's gap between
reports of different sub-event types needs a shared named actor, so such reports stayed two
events (reports7: students and police clashing outside the Presidency in Belgrade "late on
Saturday" and "early on Sunday"). When the earlier-dated report's text places its event late in
the day or at night and the later-dated one's text early in the morning, the two days are one
night. Arrests the morning after a rally are still not the rally: the rally's report must say
"late" and the arrests' report "early", and every other check (place, type, actors) holds as
before. ``overnight`` in ``data/store/dedup.json``.

Round 11 (``overnight_event``): once an event spans the night (an overnight pair among its
reports and the new one), a report dated either day that agrees with a report of its own day
is not vetoed for the day's gap alone by a member of the other day and of its own sub-event
type (another act the next day stays another day's). A brief dated 30 May without a "late"
phrase joins the "late on Saturday" (30 May) and "early hours of Sunday"
(31 May) reports of one night raid on a village; without that pair the gap still separates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from dateline.model import Event
from dateline.store.fields import settings
from dateline.store.mentions import TextOf

if TYPE_CHECKING:
    from dateline.store.dedup import MergeDecision


@cache
def _cues(kind: str) -> re.Pattern[str]:
    """The ``overnight.late`` or ``overnight.early`` phrases as one pattern (``{day}``: a
    weekday name)."""
    rule = settings()["overnight"]
    days = "(?:" + "|".join(rule["weekdays"]) + ")"
    phrases = [p.replace("{day}", days) for p in rule[kind]]
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


def overnight_pair(a: Event, b: Event, text_of: TextOf | None) -> bool:
    """Two exactly dated reports a day apart whose texts put the earlier one late at night and
    the later one early in the morning."""
    if not settings()["overnight"]["enabled"] or text_of is None:
        return False
    if abs((a.event_date - b.event_date).days) != 1:
        return False
    earlier, later = sorted((a, b), key=lambda e: e.event_date)
    return _has_cue("late", text_of(earlier.article_id) or "") and _has_cue(
        "early", text_of(later.article_id) or ""
    )


@lru_cache(maxsize=16384)
def _has_cue(kind: str, text: str) -> bool:
    # Once per article text and kind, not once per pair it is compared in.
    return _cues(kind).search(text) is not None


def night_spanned(
    report: Event,
    members: Sequence[Event],
    decisions: Sequence[MergeDecision],
    text_of: TextOf | None,
) -> list[MergeDecision]:
    """The decisions that failed only for a day's gap against a member of the other day of a
    night the event spans: a report of the new one's day (itself, or a member it agrees
    with) and a member of that member's day form an overnight pair."""
    if not settings()["overnight_event"]["enabled"] or text_of is None:
        return []
    agreeing = [report, *(m for m, d in zip(members, decisions, strict=True) if d.same)]
    own_day = [x for x in agreeing if x.event_date == report.event_date]
    tolerated = []
    for member, decision in zip(members, decisions, strict=True):
        if not decision.day_gap_only or member.sub_event_type != report.sub_event_type:
            continue  # another act a day apart stays another day's (a rally, the next riot)
        other_day = [y for y in members if y.event_date == member.event_date]
        if any(overnight_pair(x, y, text_of) for x in own_day for y in other_day):
            tolerated.append(decision)
    return tolerated
