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
"""

from __future__ import annotations

import re
from functools import cache

from dateline.model import Event
from dateline.store.fields import settings
from dateline.store.mentions import TextOf


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
    late = _cues("late").search(text_of(earlier.article_id) or "")
    early = _cues("early").search(text_of(later.article_id) or "")
    return bool(late and early)
