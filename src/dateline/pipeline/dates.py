"""Stage 'dates': every date expression, resolved against the publication date.

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
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, NamedTuple

from dateline.model import DateMention, Document, Span
from dateline.pipeline.base import Stage
from dateline.resources import load_csv, load_json, read_text

DAY = timedelta(days=1)
FUTURE_DAYS = 60  # a yearless date further ahead than this is read as last year's
MONTH_MODS = r"early|late|mid-?|(?:the\s+)?(?:beginning|start|middle|end)\s+of"


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


def _alternation(words: Any) -> str:
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
        guess = _make(year, month, dom)
        if guess is not None and guess > ctx.published + FUTURE_DAYS * DAY:
            year -= 1
    value = _make(year, month, dom)
    return None if value is None else day(value, relative=False)


def _make(year: int, month: int, dom: int) -> date | None:
    try:
        return date(year, month, dom)
    except ValueError:
        return None


def _month(name: str) -> int | None:
    """Month number for a capitalized month name (lowercase "may" is a verb) or a number."""
    if name.isdigit():
        return int(name)
    if not name[:1].isupper():
        return None
    months: dict[str, int] = lexicon()["months"]
    return months.get(name.lower().rstrip("."))


def resolve_numeric(m: re.Match[str], ctx: Context) -> Period | None:
    """dd/mm/yyyy or mm/dd/yyyy: the reading not after publication, else day-first."""
    a, b, year = int(m["a"]), int(m["b"]), _year_of(m["y"])
    assert year is not None
    readings = [r for r in (_make(year, b, a), _make(year, a, b)) if r is not None]
    past = [r for r in readings if ctx.published is None or r <= ctx.published]
    if ctx.published is not None and past:
        readings = [max(past)]
    return day(readings[0], relative=False) if readings else None


def resolve_day_month(m: re.Match[str], ctx: Context) -> Period | None:
    month = _month(m["mon"])
    if month is None:
        return None
    return explicit_day(_year_in(m, ctx), month, int(m["d"]), ctx)


def resolve_month(m: re.Match[str], ctx: Context) -> Period | None:
    """ "in May", "early May 2017", "mid-May", "this August", "July of last year": needs a
    modifier, a year or a preposition; an abbreviation ("Mar") needs a year."""
    month = _month(m["mon"])
    before = ctx.text[max(0, m.start() - 20) : m.start()].lower().split()[-1:]
    year = _year_in(m, ctx, this=before == ["this"])
    bare = m["mon"].lower().rstrip(".") in lexicon()["month_abbreviations"]
    cued = m["mod"] or set(before) & set(lexicon()["month_prepositions"])
    if month is None or (year is None and (bare or not cued)):
        return None
    if m["y"]:  # a month named with its year is taken whole ("Casualty report: March 2021")
        return month_period(year or 0, month, m["mod"], relative=False)
    if ctx.published is None:
        return UNRESOLVED
    if year is None:
        year = ctx.published.year - (month > ctx.published.month)
    return clamp(month_period(year, month, m["mod"], relative=True), ctx.published)


@relative
def resolve_relative_month(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    which = _words(m["which"])
    if which in ("earlier", "early"):
        first = date(p.year, p.month, 1)
        last = max(first, p - DAY)
        return Period(first, last, middle(first, last), 3, relative=True)
    by = int(lexicon()["which_offsets"].get(which, 0))
    year, month = shift_month(p.year, p.month, by)
    return clamp(month_period(year, month, m.groupdict().get("mod"), relative=True), p)


@relative
def resolve_week(m: re.Match[str], ctx: Context, p: date) -> Period | None:
    which = _words(m["which"])
    monday = p - p.weekday() * DAY
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
    """ "the past 24 hours", "the last three days", "recent days"."""
    unit = m["unit"].lower()
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
    fills = {f"{{{key}}}": _alternation(lex[name]) for key, name in lex["placeholders"].items()}
    fills["{NUM}"] = r"\d+|" + _alternation([*lex["vague_counts"], *_number_words()])
    fills["{MODS}"] = MONTH_MODS
    table = []
    for line in read_text("dates/patterns.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            name, regex = line.split(maxsplit=1)
            name, _, needs = name.partition(":")
            for key, alternation in fills.items():
                regex = regex.replace(key, alternation)
            resolver: Resolver = globals()[f"resolve_{name}"]  # patterns.txt names resolve_*
            table.append((re.compile(regex, re.IGNORECASE), resolver, tuple(needs.split("|"))))
    return tuple(table)


def find_periods(text: str, published: date | None) -> list[tuple[Span, Period]]:
    """Every date expression the patterns resolve: leftmost-longest, no overlaps, with
    ranges ("25 July - 1 August") and "since Sunday" widened to the period they span."""
    ctx = Context(text, published)
    found: list[tuple[int, int, Period]] = []
    lowered = text.lower()
    for regex, resolver, needs in patterns():
        for m in regex.finditer(text) if any(w in lowered for w in needs) else ():
            period = resolver(m, ctx)
            if period is not None:
                start, end = m.span("body") if "body" in regex.groupindex else m.span()
                end = start + len(text[start:end].rstrip(". ,"))  # "in May." ends at "May"
                found.append((start, end, _widen(m, period)))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[tuple[Span, Period]] = []
    for start, end, period in found:
        if kept and start < kept[-1][0].end:
            continue
        if kept and RANGE_JOINER.fullmatch(text[kept[-1][0].end : start]):
            before = kept.pop()  # "25 July - 1 August": one period
            start, period = before[0].start, _spanning(before[1].first, period.last, period)
        kept.append((Span(start, end, text[start:end]), _since(text, start, period, published)))
    return kept


RANGE_JOINER = re.compile(r"\s*(?:-|–|to|until|till|through)\s*", re.IGNORECASE)
SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def _spanning(first: date, last: date, period: Period) -> Period:
    """The period from ``first`` to ``last``: precision 2 up to a month, else 3."""
    if first > last:  # "December - February 2019" began the year before
        first = _make(first.year - 1, first.month, first.day) or first
    if period.kind != "date" or first > last:
        return period
    precision = 2 if (last - first).days <= 31 else 3
    return Period(first, last, middle(first, last), precision, relative=period.relative)


def _widen(m: re.Match[str], period: Period) -> Period:
    """ "21-27 June", "June-July 1994": the range opened by group d1 or mon1."""
    groups = m.groupdict()
    if groups.get("d1"):
        first = _make(period.last.year, period.last.month, int(groups["d1"]))
        return _spanning(first, period.last, period) if first else period
    month = _month(groups.get("mon1") or "")
    return _spanning(date(period.last.year, month, 1), period.last, period) if month else period


def _since(text: str, start: int, period: Period, published: date | None) -> Period:
    """ "since Sunday": from that day to publication."""
    if published is None or period.kind != "date" or not SINCE.search(text, 0, start):
        return period
    return _spanning(period.first, max(published, period.last), period)


def parse_with_dateparser(text: str, published: date | None) -> Period | None:
    """A DATE entity no pattern matched, read by dateparser (explicit dates only)."""
    from dateparser.date import DateDataParser

    months, durations = _alternation(lexicon()["months"]), _alternation(lexicon()["durations"])
    shape = rf"\b(?:{months})\b|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}"  # a month or a full date
    if published is None or not re.search(shape, text, re.I) or re.search(durations, text, re.I):
        return None  # without a publication date dateparser would guess from today
    base = datetime.combine(published, datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    value: date = data.date_obj.date()
    if not re.search(r"\d{4}", text) and not -366 <= (value - published).days <= FUTURE_DAYS:
        return None  # dateparser read a yearless range ("June 21-27") as a year
    if data.period == "month":
        return month_period(value.year, value.month, None, relative=False)
    if data.period == "year":
        return year_period(value.year, None, published)
    return day(value, relative=False)


def _is_report_date(text: str, start: int) -> bool:
    """ "said on Friday", "told AFP Friday": the day something was said, not done."""
    words = [w.strip(",") for w in text[max(0, start - 40) : start].lower().split()[-3:]]
    words = words[:-1] if words[-1:] == ["on"] else words
    verbs = set(lexicon()["reporting_verbs"])
    return bool(words) and (words[-1] in verbs or (len(words) > 1 and words[-2] in verbs))


def to_mention(doc: Document, where: Span, period: Period) -> DateMention:
    published = doc.article.published
    kind = period.kind
    if kind == "date" and _is_report_date(doc.text, where.start):
        kind = "report"
    mention = DateMention(
        where, period.value, period.precision, period.first, period.last,
        doc.sentence_index(where.start), kind=kind, relative=period.relative,
    )
    if published is not None and kind != "unresolved":
        mention.future = period.first > published
        mention.history = (published - period.last).days > int(lexicon()["history_days"])
        mention.age_days = (published - period.value).days
    return mention


def _paragraph_break(doc: Document, index: int) -> bool:
    """True when sentence ``index`` starts a paragraph: after a line break, unless the text
    runs on across it (copy-pasted articles break mid-sentence)."""
    before, this = doc.sentences[index - 1], doc.sentences[index]
    if "\n" not in doc.text[before.end : this.start]:
        return False
    runs_on = not before.text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ":"))
    return not (runs_on and this.text[:1].islower())


def _governing(doc: Document, mentions: list[DateMention], near: int | None) -> DateMention | None:
    """The event date among one sentence's mentions: event dates before past years before
    report dates; then the first after ``near`` in the same clause, else the last before it."""
    rank = {"date": 0, "year": 1, "report": 2}
    usable = [m for m in mentions if m.kind in rank and (m.kind != "year" or m.history)]
    usable = [m for m in usable if rank[m.kind] == min(rank[u.kind] for u in usable)]
    if not usable or near is None:
        return usable[0] if usable else None
    breaks = re.compile(rf"[;,:]|\b(?:{_alternation(lexicon()['clause_breaks'])})\b", re.I)
    after = [m for m in usable if m.span.start >= near]
    if after and not breaks.search(doc.text[near : after[0].span.start]):
        return after[0]
    before = [m for m in usable if m.span.start < near]
    return before[-1] if before else after[0]


def date_for_sentence(doc: Document, sentence: int, near: int | None = None) -> DateMention | None:
    """The date that governs a sentence: its own (the one of the clause at character ``near``,
    e.g. the event trigger, when given), else the latest dated sentence before it in the same
    paragraph. None when no date is known (callers fall back to the publication date)."""
    fallback = None  # a report day ("the army said Friday") if no event day is found
    for index in range(sentence, -1, -1):
        chosen = _governing(doc, [m for m in doc.dates if m.sentence == index], near)
        if chosen is not None and chosen.kind != "report":
            return chosen
        fallback, near = fallback or chosen, None
        if index == 0 or _paragraph_break(doc, index):
            break
    return fallback


class DateResolver(Stage):
    name = "dates"
    requires = ("sentences", "entities")
    assigns = ("dates",)

    def __call__(self, doc: Document) -> Document:
        published = doc.article.published
        found = find_periods(doc.text, published)
        for entity in doc.entities:  # what spaCy dates and no pattern matched
            if entity.label == "DATE" and not any(entity.span.overlaps(w) for w, _ in found):
                period = parse_with_dateparser(entity.span.text, published)
                found += [(entity.span, period)] if period is not None else []
        found.sort(key=lambda f: f[0].start)
        doc.dates = [to_mention(doc, where, period) for where, period in found]
        return doc
