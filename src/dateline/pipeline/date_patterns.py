"""Date expressions and their resolvers: one ``resolve_*`` per pattern of ``patterns.txt``.

Patterns (``data/dates/patterns.txt``) find the expressions; one resolver per pattern turns a
match into a Period (``date_periods.py``) under the conventions written down in
``data/dates/CONVENTIONS.md`` (weekdays, nights, weeks, months, ranges, day-first numeric
dates, years as background); holidays and feasts resolve in ``date_feasts.py``. DATE entities
from spaCy that no pattern matched go to dateparser.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from functools import cache

from dateline.pipeline import date_feasts
from dateline.pipeline.date_periods import (
    DAY,
    FUTURE_DAYS,
    UNRESOLVED,
    Context,
    Period,
    Resolver,
    alternation,
    clamp,
    day,
    explicit_day,
    lexicon,
    make_date,
    middle,
    month_number,
    month_period,
    number_words,
    offset_of,
    relative,
    shift_month,
    span,
    words_of,
    year_of,
    year_period,
)
from dateline.resources import read_text

__all__ = [  # dates.py and event_days.py read these from here
    "DAY", "FUTURE_DAYS", "Context", "Period", "alternation", "day", "lexicon", "make_date",
    "middle", "month_number", "month_period", "patterns", "year_period",
]


def _year_in(m: re.Match[str], ctx: Context, this: bool = False) -> int | None:
    """The year written ("May 2017") or implied ("May of last year", "this August")."""
    implied = m.groupdict().get("yrel")
    if m["y"] or not (implied or this) or ctx.published is None:
        return year_of(m["y"])
    return ctx.published.year + offset_of(implied)


def resolve_numeric(m: re.Match[str], ctx: Context) -> Period | None:
    """dd/mm/yyyy or mm/dd/yyyy: the reading not after publication; of two such, the one of
    the article's country (``ctx.month_first``), else the later; day-first without a date."""
    a, b, year = int(m["a"]), int(m["b"]), year_of(m["y"])
    assert year is not None
    readings = [r for r in (make_date(year, b, a), make_date(year, a, b)) if r is not None]
    past = [r for r in readings if ctx.published is None or r <= ctx.published]
    if ctx.published is not None and len(past) == 2 and ctx.month_first is not None:
        readings = [past[1] if ctx.month_first else past[0]]
    elif ctx.published is not None and past:
        readings = [max(past)]
    return day(readings[0], relative=False) if readings else None


def resolve_day_month(m: re.Match[str], ctx: Context) -> Period | None:
    month = month_number(m["mon"])
    if month is None:
        return None
    return explicit_day(_year_in(m, ctx), month, int(m["d"]), ctx)


def resolve_month(m: re.Match[str], ctx: Context) -> Period | None:
    """ "in May", "early May 2017", "mid-May", "this August", "July of last year": needs a
    modifier, a year or a preposition; an abbreviation ("Mar") needs a year."""
    month = month_number(m["mon"])
    before = ctx.text[max(0, m.start() - 20) : m.start()].lower().split()[-1:]
    year = _year_in(m, ctx, this=bool(before) and before[0] in _this_words())
    bare = m["mon"].lower().rstrip(".") in lexicon()["month_abbreviations"]
    cued = m["mod"] or set(before) & set(lexicon()["month_prepositions"]) or _range_end(m, ctx)
    if month is None or (year is None and (bare or not cued)):
        return None
    if m["y"]:  # a month named with its year is taken whole ("Casualty report: March 2021")
        return month_period(year or 0, month, m["mod"], relative=False)
    if ctx.published is None:
        return UNRESOLVED
    if year is None:
        year = ctx.published.year - (month > ctx.published.month)
    return clamp(month_period(year, month, m["mod"], relative=True), ctx.published)


def resolve_month_week(m: re.Match[str], ctx: Context) -> Period | None:
    """ "the first week of May": days 1-7 (the second 8-14 ..., the last the month's final
    seven), coded to its middle; a yearless month is the latest one not after publication."""
    month, year = month_number(m["mon"]), year_of(m["y"])
    if month is None:
        return None
    if year is None:
        if ctx.published is None:
            return UNRESOLVED
        year = ctx.published.year - (month > ctx.published.month)
    length = calendar.monthrange(year, month)[1]
    nth: dict[str, int] = lexicon()["month_weeks"]
    first = date(year, month, 1) + nth[m["nth"].lower()] * 7 * DAY
    if nth[m["nth"].lower()] < 0:  # "the last week of May": 25-31 May
        first = date(year, month, length) - 6 * DAY
    period = span(first, first + 6 * DAY, 2, relative=m["y"] is None)
    return period if m["y"] else clamp(period, ctx.published)


@cache
def _between_months() -> re.Pattern[str]:
    months = alternation(lexicon()["months"])
    return re.compile(rf"\bbetween\s+(?:{months})\.?\s+and\s+$", re.IGNORECASE)


def _range_end(m: re.Match[str], ctx: Context) -> bool:
    """ "between November and January": the second month of a range needs no preposition."""
    return bool(_between_months().search(ctx.text, max(0, m.start() - 40), m.start()))


@cache
def _this_words() -> frozenset[str]:
    """ "this" (offset 0 in ``which_offsets``): "this August" is the publication year's."""
    return frozenset(w for w, by in lexicon()["which_offsets"].items() if by == 0)


@relative
def resolve_relative_month(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    which = words_of(m["which"])
    if which in lexicon()["month_so_far"]:
        first = date(p.year, p.month, 1)
        last = max(first, p - DAY)
        fifteenth = first + 14 * DAY  # a month's events are coded to the 15th when it is past
        value = fifteenth if fifteenth <= last else middle(first, last)
        return Period(first, last, value, 3, relative=True)
    year, month = shift_month(p.year, p.month, offset_of(which))
    return clamp(month_period(year, month, m.groupdict().get("mod"), relative=True), p)


@relative
def resolve_ordinal_day(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    """ "on the 14th": that day of the publication month, or of the month before when the
    day is still ahead."""
    dom = int(m["d"])
    year, month = (p.year, p.month) if dom <= p.day else shift_month(p.year, p.month, -1)
    value = make_date(year, month, dom)
    return None if value is None else day(value)


@relative
def resolve_ordinal_of_month(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    """ "on the 14th of this month", "the 3rd of last month" (translated local reports): that
    day of the publication month or of the month ``which`` names (``which_offsets``)."""
    year, month = shift_month(p.year, p.month, offset_of(words_of(m["which"])))
    value = make_date(year, month, int(m["d"]))
    return None if value is None else day(value)


def resolve_weekday_year(m: re.Match[str], ctx: Context) -> Period | None:
    """ "Bloody Sunday 1972": a weekday with a year names a day of that year that is not
    told, never the latest such weekday; it is that year, as background."""
    return year_period(int(m["y"]), None, ctx.published)


@relative
def resolve_week(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    """ "last week" (the calendar week before), "the past week" (the seven days before),
    "next week", "earlier this week", "this week" (``week_kinds``)."""
    kind = lexicon()["week_kinds"].get(words_of(m["which"]), "current")
    monday = p - p.weekday() * DAY
    if "rolling" in m.re.groupindex:  # "within the last week": the seven days before
        kind = "rolling"
    if kind == "previous":
        return span(monday - 7 * DAY, monday - DAY)
    if kind == "rolling":
        return span(p - 7 * DAY, p - DAY)
    if kind == "next":
        return span(monday + 7 * DAY, monday + 13 * DAY)
    last = p - DAY if kind == "so_far" and p > monday else p
    return span(monday, last)


@relative
def resolve_weekend(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    by = offset_of(m["which"])
    saturday = p - ((p.weekday() - 5) % 7) * DAY  # the latest Saturday on or before p
    # "last weekend" read on a weekday is the one just past, on a weekend the one before
    saturday += 7 * (by if by > 0 or p.weekday() >= 5 else 0) * DAY
    return Period(saturday, saturday + DAY, saturday, 2, relative=True)


def _unit(m: re.Match[str]) -> str:
    """ "hours", "day", "weeks" ... -> hour, day, week, month or year (``time_units``)."""
    return str(lexicon()["time_units"][m["unit"].lower()])


def _count(word: str | None) -> int:
    """ "3", "three", "a", "a few", "several" -> a number of units."""
    words = words_of(word or "1")
    if words.isdigit():
        return int(words)
    return int(lexicon()["vague_counts"].get(words, number_words().get(words, 1)))


@relative
def resolve_past_span(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    """ "the past 24 hours", "the last three days", "recent days"; "the past day" of a daily
    report is the day before publication."""
    if "lastday" in m.re.groupindex:
        return day(p - DAY)
    unit = _unit(m)
    n = _count(m["n"]) if m["n"] else (int(lexicon()["recent_count"]) if m["recent"] else 1)
    days = n * (7 if unit == "week" else 1)
    if unit == "hour":
        days = max(1, -(-n // 24))  # "the past 24 hours": since the day before
    return span(p - days * DAY, p)


@relative
def resolve_ago(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    n, unit = _count(m["n"]), _unit(m)
    if unit == "day":
        return day(p - n * DAY)
    if unit == "week":
        centre = p - 7 * n * DAY
        return Period(centre - 3 * DAY, centre + 3 * DAY, centre, 2, relative=True)
    if unit == "month":
        return month_period(*shift_month(p.year, p.month, -n), None, relative=True)
    return year_period(p.year - n, None, p)


def resolve_weekday(m: re.Match[str], ctx: Context) -> Period | None:
    p = ctx.published
    if p is None or not m["wd"][:1].isupper():
        return None if p else UNRESOLVED
    weekday = lexicon()["weekdays"][m["wd"].lower()]
    which, by = m["which"], offset_of(m["which"])
    if by > 0 or (not which and _future_cue(m, ctx)):
        ahead = (weekday - p.weekday()) % 7
        return day(p + (ahead or (7 if by > 0 else 0)) * DAY)
    back = (p.weekday() - weekday) % 7 or (7 if by < 0 else 0)
    if m.groupdict().get("lastweek"):  # "Tuesday last week": that week's Tuesday
        back = p.weekday() + 7 - weekday
    # "overnight into Friday": the night began on Thursday
    return day(p - (back + (1 if m.groupdict().get("into") else 0)) * DAY)


def _future_cue(m: re.Match[str], ctx: Context) -> bool:
    start = ctx.text.rfind(".", 0, m.start()) + 1
    before = " " + " ".join(ctx.text[max(start, m.start() - 60) : m.start()].lower().split()) + " "
    return any(f" {cue} " in before for cue in lexicon()["future_cues"])


@relative
def resolve_relative_day(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    offsets: dict[str, int] = lexicon()["relative_days"]
    offset = offsets[words_of(m["rel"])]
    return day(p + offset * DAY)


@relative
def resolve_relative_year(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    return replace(year_period(p.year + offset_of(m["which"]), None, p), relative=True)


def resolve_year(m: re.Match[str], ctx: Context) -> Period | None:
    return year_period(int(m["y"]), m["mod"], ctx.published)


@cache
def patterns() -> tuple[tuple[re.Pattern[str], Resolver, tuple[str, ...]], ...]:
    """``data/dates/patterns.txt`` compiled, its placeholders filled from the lexicon, each
    with the words one of which a text must contain for it to be tried at all."""
    lex = lexicon()
    fills = {f"{{{key}}}": alternation(lex[name]) for key, name in lex["placeholders"].items()}
    fills["{NUM}"] = r"\d+|" + alternation([*lex["vague_counts"], *number_words()])
    table = []
    for line in read_text("dates/patterns.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            name, regex = line.split(maxsplit=1)
            for key, filled in fills.items():
                regex = regex.replace(key, filled)
            if name == "define":  # "define {MODS} early|late|...": a placeholder of its own
                key, filled = regex.split(maxsplit=1)
                fills[key] = filled
                continue
            name, _, needs = name.partition(":")
            compiled = re.compile(regex, re.IGNORECASE)
            table.append((compiled, _resolver(name), tuple(needs.split("|"))))
    return tuple(table)


def _resolver(name: str) -> Resolver:
    """The ``resolve_<name>`` function a line of patterns.txt names, here or in date_feasts."""
    found: Resolver = getattr(date_feasts, f"resolve_{name}", None) or globals()[f"resolve_{name}"]
    return found
