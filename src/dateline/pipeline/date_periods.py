"""What a date expression resolves to (a Period) and the calendar helpers every resolver shares.

The resolvers themselves live in ``date_patterns.py`` (weekdays, weeks, months, years) and
``date_feasts.py`` (holidays and feasts); the words they read are in ``data/dates/lexicon.json``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any, NamedTuple

from dateline.resources import load_csv, load_json

DAY = timedelta(days=1)
FUTURE_DAYS = 60  # a yearless date further ahead than this is read as last year's


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


def words_of(text: str) -> str:
    """Lowercase, single-spaced: the form lexicon keys are written in."""
    return " ".join(text.lower().split())


def offset_of(which: str | None) -> int:
    """ "last" -1, "next" +1, "this" 0 (``which_offsets``); an unknown or missing word 0."""
    return int(lexicon()["which_offsets"].get(words_of(which or ""), 0))


@cache
def number_words() -> dict[str, int]:
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
    where = month_mod(mod)
    if where == "first":
        return Period(first, last, first, 3, relative=relative)
    if where == "last":
        return Period(first, last, last, 3, relative=relative)
    if where == "middle":
        return span(first + 10 * DAY, first + 19 * DAY, 2, relative)
    return Period(first, last, first + 14 * DAY, 3, relative=relative)


def month_mod(mod: str | None) -> str | None:
    words = words_of((mod or "").replace("-", " "))
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


def year_of(text: str | None) -> int | None:
    return None if not text else int(text) + (2000 if len(text) == 2 else 0)


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


def year_period(year: int, mod: str | None, published: date | None) -> Period:
    first, last = date(year, 1, 1), date(year, 12, 31)
    where = month_mod(mod)
    value = first if where == "first" else last if where == "last" else date(year, 7, 1)
    period = Period(first, last, value, 3, "year", relative=False)
    if published is not None and first <= published < last:
        period = replace(period, last=published, value=min(value, published))
    return period
