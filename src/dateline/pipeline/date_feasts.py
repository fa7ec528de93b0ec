"""Holidays and religious feasts: fixed days ("Christmas Day"), feasts counted from Easter
(Gregorian or Orthodox) and Islamic feasts from the Umm al-Qura table of
``data/dates/islamic_feasts.csv``. Names and day counts are in ``data/dates/lexicon.json``
(``holidays``, ``movable_feasts``, ``lunar_feasts``, ``eid_kinds``, ``feast_days``).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from dateline.pipeline.date_periods import (
    DAY,
    FUTURE_DAYS,
    UNRESOLVED,
    Context,
    Period,
    day,
    explicit_day,
    lexicon,
    span,
    words_of,
)
from dateline.resources import load_csv


def resolve_holiday(m: re.Match[str], ctx: Context) -> Period | None:
    """ "on Christmas Day", "on Easter Sunday 2019": a holiday or a feast counted from Easter;
    with a year that year's day, else read like a yearless date."""
    lex = lexicon()
    name = words_of(m["name"])
    year = int(m["y"]) if m["y"] else None
    if name in lex["holidays"]:
        month, dom = lex["holidays"][name]
        return explicit_day(year, month, dom, ctx)
    orthodox = name.split()[0] in lex["orthodox_prefixes"]
    offset = int(lex["movable_feasts"][name.split(maxsplit=1)[1] if orthodox else name])
    if year is None:
        if ctx.published is None:
            return UNRESOLVED
        year = ctx.published.year  # yearless: this year's feast unless it is too far ahead
        if _easter(year, orthodox) + offset * DAY > ctx.published + FUTURE_DAYS * DAY:
            year -= 1
    return day(_easter(year, orthodox) + offset * DAY, relative=False)


def resolve_lunar_feast(m: re.Match[str], ctx: Context) -> Period | None:
    """ "on Eid al-Adha", "Ashura 2019", "the first day of Ramadan": that year's day from the
    Umm al-Qura table (the lunar year moves them 11 days a year, so no rule of the solar
    calendar finds them); "Ramadan" alone is its month of fasting."""
    lex = lexicon()
    eid = m["eid"]  # "Eid el-Kabir", "Eid-ul-Fitr": any spelling, named by its last word
    feast = lex["eid_kinds"][eid.lower()] if eid else lex["lunar_feasts"][words_of(m["name"])]
    year = int(m["y"]) if m["y"] else None
    if year is None and ctx.published is None:
        return UNRESOLVED
    if year is not None:
        days = [d for d in _lunar_days(feast) if d.year == year]
    else:
        assert ctx.published is not None
        ahead = ctx.published + FUTURE_DAYS * DAY  # a feast still to come is last year's
        days = [d for d in _lunar_days(feast) if d <= ahead]
    if not days:
        return None  # outside the table's years
    first = days[0] if year is not None else days[-1]
    return _feast_day(feast, first, (m["nth"] or "").lower(), bool(m["first"]))


def _feast_day(feast: str, first: date, nth: str, opening: bool) -> Period:
    """The feast's first day, its nth day ("the second day of Eid"), or the month of
    fasting: whole, its first day, or its last ("the last day of Ramadan": the eve of the
    feast that ends it)."""
    fasting = lexicon()["fasting_month"]
    offset = int(lexicon()["feast_days"].get(nth, 0))
    ends_fast = next((d for d in _lunar_days(fasting["ended_by"]) if d > first), first + 30 * DAY)
    if feast == fasting["name"] and offset < 0:
        return day(ends_fast - DAY, relative=False)
    if feast != fasting["name"] or opening or nth:
        return day(first + max(offset, 0) * DAY, relative=False)
    return span(first, ends_fast - DAY, relative=False)


@cache
def _lunar_days(feast: str) -> tuple[date, ...]:
    return tuple(
        sorted(date.fromisoformat(row["date"]) for row in load_csv("dates/islamic_feasts.csv")
               if row["feast"] == feast)
    )


def _easter(year: int, orthodox: bool = False) -> date:
    """Easter Sunday: the Gregorian computus (Meeus/Jones/Butcher), or the Julian one
    (Meeus) moved into the Gregorian calendar for the Orthodox feast."""
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, dom = divmod(d + e + 114, 31)
        julian_offset = year // 100 - year // 400 - 2  # 13 days in 1900-2099
        return date(year, month, dom + 1) + julian_offset * DAY
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * r) // 451
    month, dom = divmod(h + r - 7 * m + 114, 31)
    return date(year, month, dom + 1)
