"""Date expressions and their resolvers: one ``resolve_*`` per pattern of ``patterns.txt``.

Patterns (``data/dates/patterns.txt``) find the expressions; one resolver per pattern turns a
match into a Period under the conventions written down in ``data/dates/CONVENTIONS.md``
(weekdays, nights, weeks, months, ranges, day-first numeric dates, years as background).
DATE entities from spaCy that no pattern matched go to dateparser.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any, NamedTuple

from dateline.resources import load_csv, load_json, read_text

DAY = timedelta(days=1)
FUTURE_DAYS = 60  # a yearless date further ahead than this is read as last year's
NTH_DAY = {"second": 1, "third": 2, "fourth": 3}  # "the second day of Eid": the day after
MONTH_MODS = (  # "the last days of May" is late May, as "the end of May" is
    r"early|late|mid-?|(?:the\s+)?(?:beginning|start|middle|end)\s+of"
    r"|(?:the\s+)?(?:first|last|final|closing)\s+days\s+of"
)


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved expression before it becomes a DateMention."""

    first: date
    last: date
    value: date
    precision: int
    kind: str = "date"
    relative: bool = False


UNRESOLVED = Period(date.min, date.min, date.min, 1, "unresolved", True)


class Context(NamedTuple):
    text: str
    published: date | None
    month_first: bool | None = None  # numeric dates of the article's country ("1/2" = 2 Jan)


Resolver = Callable[[re.Match[str], Context], Period | None]
RelativeResolver = Callable[[re.Match[str], Context, date], Period | None]


def relative(resolver: RelativeResolver) -> Resolver:
    """For expressions that need the publication date: without one they stay unresolved."""
    def resolve(m: re.Match[str], ctx: Context) -> Period | None:
        return UNRESOLVED if ctx.published is None else resolver(m, ctx, ctx.published)
    return resolve


@cache
def lexicon() -> dict[str, Any]:
    return dict(load_json("dates/lexicon.json"))


def alternation(words: Any) -> str:
    """A regex alternation of ``words``, longest first, any white space between words."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _words(text: str) -> str:
    return " ".join(text.lower().split())


@cache
def _number_words() -> dict[str, int]:
    return {r["word"]: int(r["value"]) for r in load_csv("numbers/number_words.csv")}


def middle(first: date, last: date) -> date:
    return first + (last - first) // 2


def span(first: date, last: date, precision: int = 2, relative: bool = True) -> Period:
    return Period(first, last, middle(first, last), precision, relative=relative)


def day(value: date, relative: bool = True) -> Period:
    return Period(value, value, value, 1, relative=relative)


def month_period(year: int, month: int, mod: str | None, relative: bool) -> Period:
    """A month with an optional "early"/"mid"/"late" modifier (DESIGN.md conventions)."""
    first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    where = _month_mod(mod)
    if where == "first":
        return Period(first, last, first, 3, relative=relative)
    if where == "last":
        return Period(first, last, last, 3, relative=relative)
    if where == "middle":
        return span(first + 10 * DAY, first + 19 * DAY, 2, relative)
    return Period(first, last, first + 14 * DAY, 3, relative=relative)


def _month_mod(mod: str | None) -> str | None:
    words = _words((mod or "").replace("-", " "))
    mods: dict[str, str] = lexicon()["month_modifiers"]
    return mods.get(words) or mods.get(words.removeprefix("the "))


def clamp(period: Period, published: date | None) -> Period:
    """A past period containing the publication day ends there (mid-June is not yet)."""
    if published is None or not period.first <= published < period.last:
        return period
    spread = period.precision == 2
    value = middle(period.first, published) if spread else min(period.value, published)
    return replace(period, last=published, value=value)


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _year_of(text: str | None) -> int | None:
    return None if not text else int(text) + (2000 if len(text) == 2 else 0)


def _year_in(m: re.Match[str], ctx: Context, this: bool = False) -> int | None:
    """The year written ("May 2017") or implied ("May of last year", "this August")."""
    implied = (m.groupdict().get("yrel") or ("this" if this else "")).lower()
    if m["y"] or not implied or ctx.published is None:
        return _year_of(m["y"])
    return ctx.published.year - (implied == "last")


def explicit_day(year: int | None, month: int, dom: int, ctx: Context) -> Period | None:
    """A calendar day; without a year the publication year (or the one before)."""
    if year is None:
        if ctx.published is None:
            return UNRESOLVED
        year = ctx.published.year
        guess = make_date(year, month, dom)
        if guess is not None and guess > ctx.published + FUTURE_DAYS * DAY:
            year -= 1
    value = make_date(year, month, dom)
    return None if value is None else day(value, relative=False)


def make_date(year: int, month: int, dom: int) -> date | None:
    try:
        return date(year, month, dom)
    except ValueError:
        return None


def month_number(name: str) -> int | None:
    """Month number for a capitalized month name (lowercase "may" is a verb) or a number."""
    if name.isdigit():
        return int(name)
    if not name[:1].isupper():
        return None
    months: dict[str, int] = lexicon()["months"]
    return months.get(name.lower().rstrip("."))


def resolve_numeric(m: re.Match[str], ctx: Context) -> Period | None:
    """dd/mm/yyyy or mm/dd/yyyy: the reading not after publication; of two such, the one of
    the article's country (``ctx.month_first``), else the later; day-first without a date."""
    a, b, year = int(m["a"]), int(m["b"]), _year_of(m["y"])
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
    year = _year_in(m, ctx, this=before == ["this"])
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
    month, year = month_number(m["mon"]), _year_of(m["y"])
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


@relative
def resolve_relative_month(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    which = _words(m["which"])
    if which in ("earlier", "early"):
        first = date(p.year, p.month, 1)
        last = max(first, p - DAY)
        fifteenth = first + 14 * DAY  # a month's events are coded to the 15th when it is past
        value = fifteenth if fifteenth <= last else middle(first, last)
        return Period(first, last, value, 3, relative=True)
    by = int(lexicon()["which_offsets"].get(which, 0))
    year, month = shift_month(p.year, p.month, by)
    return clamp(month_period(year, month, m.groupdict().get("mod"), relative=True), p)


def resolve_holiday(m: re.Match[str], ctx: Context) -> Period | None:
    """ "on Christmas Day", "on Easter Sunday 2019": a holiday or a feast counted from Easter;
    with a year that year's day, else read like a yearless date."""
    lex = lexicon()
    name = _words(m["name"])
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
    feast = lex["eid_kinds"][eid.lower()] if eid else lex["lunar_feasts"][_words(m["name"])]
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
    nth = (m["nth"] or "").lower()
    fitr = next((d for d in _lunar_days("eid al-fitr") if d > first), first + 30 * DAY)
    if feast == "ramadan" and nth in ("last", "final"):
        return day(fitr - DAY, relative=False)  # "the last day of Ramadan": the eve of Eid
    if feast != "ramadan" or m["first"] or nth:
        return day(first + NTH_DAY.get(nth, 0) * DAY, relative=False)
    return span(first, fitr - DAY, relative=False)


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


@relative
def resolve_ordinal_day(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    """ "on the 14th": that day of the publication month, or of the month before when the
    day is still ahead."""
    dom = int(m["d"])
    year, month = (p.year, p.month) if dom <= p.day else shift_month(p.year, p.month, -1)
    value = make_date(year, month, dom)
    return None if value is None else day(value)


def resolve_weekday_year(m: re.Match[str], ctx: Context) -> Period | None:
    """ "Bloody Sunday 1972": a weekday with a year names a day of that year that is not
    told, never the latest such weekday; it is that year, as background."""
    return year_period(int(m["y"]), None, ctx.published)


@relative
def resolve_week(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    which = _words(m["which"])
    monday = p - p.weekday() * DAY
    if "rolling" in m.re.groupindex:  # "within the last week": the seven days before
        which = "past"
    if which in ("last", "previous"):
        return span(monday - 7 * DAY, monday - DAY)
    if which == "past":
        return span(p - 7 * DAY, p - DAY)
    if which == "next":
        return span(monday + 7 * DAY, monday + 13 * DAY)
    last = p - DAY if which.startswith("earlier") and p > monday else p
    return span(monday, last)


@relative
def resolve_weekend(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    which = (m["which"] or "").lower()
    saturday = p - ((p.weekday() - 5) % 7) * DAY  # the latest Saturday on or before p
    weeks = {"next": 1}.get(which, -1 if which and p.weekday() >= 5 and which != "this" else 0)
    saturday += 7 * weeks * DAY
    return Period(saturday, saturday + DAY, saturday, 2, relative=True)


def _count(word: str | None) -> int:
    """ "3", "three", "a", "a few", "several" -> a number of units."""
    words = _words(word or "1")
    if words.isdigit():
        return int(words)
    return int(lexicon()["vague_counts"].get(words, _number_words().get(words, 1)))


@relative
def resolve_past_span(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    """ "the past 24 hours", "the last three days", "recent days"; "the past day" of a daily
    report is the day before publication."""
    unit = m["unit"].lower()
    if unit == "day":
        return day(p - DAY)
    n = _count(m["n"]) if m["n"] else (3 if m["recent"] else 1)
    days = n * (7 if unit.startswith("week") else 1)
    if unit.startswith("hour"):
        days = max(1, -(-n // 24))  # "the past 24 hours": since the day before
    return span(p - days * DAY, p)


@relative
def resolve_ago(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    n, unit = _count(m["n"]), m["unit"].lower()
    if unit.startswith("day"):
        return day(p - n * DAY)
    if unit.startswith("week"):
        centre = p - 7 * n * DAY
        return Period(centre - 3 * DAY, centre + 3 * DAY, centre, 2, relative=True)
    if unit.startswith("month"):
        return month_period(*shift_month(p.year, p.month, -n), None, relative=True)
    return year_period(p.year - n, None, p)


def resolve_weekday(m: re.Match[str], ctx: Context) -> Period | None:
    p = ctx.published
    if p is None or not m["wd"][:1].isupper():
        return None if p else UNRESOLVED
    weekday = lexicon()["weekdays"][m["wd"].lower()]
    which = (m["which"] or "").lower()
    if which == "next" or (not which and _future_cue(m, ctx)):
        ahead = (weekday - p.weekday()) % 7
        return day(p + (ahead or (7 if which == "next" else 0)) * DAY)
    back = (p.weekday() - weekday) % 7 or (7 if which in ("last", "past") else 0)
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
    offset = offsets[_words(m["rel"])]
    return day(p + offset * DAY)


def year_period(year: int, mod: str | None, published: date | None) -> Period:
    first, last = date(year, 1, 1), date(year, 12, 31)
    where = _month_mod(mod)
    value = first if where == "first" else last if where == "last" else date(year, 7, 1)
    period = Period(first, last, value, 3, "year", relative=False)
    if published is not None and first <= published < last:
        period = replace(period, last=published, value=min(value, published))
    return period


@relative
def resolve_relative_year(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    which = _words(m["which"])
    by = int(lexicon()["which_offsets"].get(which, 0))
    return replace(year_period(p.year + by, None, p), relative=True)


def resolve_year(m: re.Match[str], ctx: Context) -> Period | None:
    return year_period(int(m["y"]), m["mod"], ctx.published)


@cache
def patterns() -> tuple[tuple[re.Pattern[str], Resolver, tuple[str, ...]], ...]:
    """``data/dates/patterns.txt`` compiled, its placeholders filled from the lexicon, each
    with the words one of which a text must contain for it to be tried at all."""
    lex = lexicon()
    fills = {f"{{{key}}}": alternation(lex[name]) for key, name in lex["placeholders"].items()}
    fills["{NUM}"] = r"\d+|" + alternation([*lex["vague_counts"], *_number_words()])
    fills["{MODS}"] = MONTH_MODS
    table = []
    for line in read_text("dates/patterns.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            name, regex = line.split(maxsplit=1)
            name, _, needs = name.partition(":")
            for key, filled in fills.items():
                regex = regex.replace(key, filled)
            resolver: Resolver = globals()[f"resolve_{name}"]  # patterns.txt names resolve_*
            table.append((re.compile(regex, re.IGNORECASE), resolver, tuple(needs.split("|"))))
    return tuple(table)
