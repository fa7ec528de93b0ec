"""Stage 'dates': every date expression, resolved against the publication date.

Patterns (``data/dates/patterns.txt``, resolved in ``pipeline/date_patterns.py``) find the
expressions under the conventions written down in ``data/dates/CONVENTIONS.md``; here they are
joined into ranges ("25 July - 1 August", "between Friday and Sunday"), widened ("since
Sunday"), anchored ("the next day": the day after the date before it), and DATE entities
from spaCy that no pattern matched go to dateparser.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from functools import cache

from dateline.model import DateMention, Document, Span
from dateline.pipeline.base import Stage
from dateline.pipeline.date_patterns import (
    DAY,
    FUTURE_DAYS,
    Context,
    Period,
    alternation,
    day,
    lexicon,
    make_date,
    middle,
    month_number,
    month_period,
    patterns,
    year_period,
)


def find_periods(
    text: str, published: date | None, month_first: bool | None = None
) -> list[tuple[Span, Period]]:
    """Every date expression the patterns resolve: leftmost-longest, no overlaps, with
    ranges ("25 July - 1 August") and "since Sunday" widened to the period they span;
    ``month_first``: how the article's country writes numeric dates, when known."""
    ctx = Context(text, published, month_first)
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
        if kept and _joins_range(text, kept[-1][0], start):
            before = kept.pop()  # "25 July - 1 August": one period
            start, period = before[0].start, _spanning(before[1].first, period.last, period)
            if _ends_with(NIGHT_OF, text, start):  # "the night of Saturday to Sunday"
                period = replace(before[1], last=period.last)
        kept.append((Span(start, end, text[start:end]), _since(text, start, period, published)))
    kept = _weekday_of_week(text, kept)
    return _anchor_days(text, _eves(text, _approximate(text, kept)), published)


WEEK_NAMED = re.compile(r"(?:last|previous)\s+week", re.IGNORECASE)
WEEKDAY_WEEK_GAP = 60  # characters between a weekday and the week it falls in, one clause
WEEKDAY_WEEK_WORDS = 5  # "Friday prayers at the central mosque last week": a short phrase


def _weekday_of_week(text: str, kept: list[tuple[Span, Period]]) -> list[tuple[Span, Period]]:
    """'After Friday prayers at the main mosque last week': the weekday and the week told in
    one clause name one day, that weekday of that week; both mentions become it (the week
    alone is a span of seven days, the bare weekday the latest such day)."""
    weekdays = lexicon()["weekdays"]
    out = list(kept)
    for i, (where, period) in enumerate(kept):
        first_word = where.text.split()[0].lower() if where.text.split() else ""
        if first_word not in weekdays or period.precision != 1 or not period.relative:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(kept) or not WEEK_NAMED.fullmatch(kept[j][0].text):
                continue
            a, b = sorted((where, kept[j][0]), key=lambda s: s.start)
            if b.start - a.end > WEEKDAY_WEEK_GAP or _clause_between(text[a.end:b.start]):
                continue
            week = kept[j][1]
            named = day(week.first + weekdays[first_word] * DAY, relative=True)
            out[i], out[j] = (where, named), (kept[j][0], named)
    return out


RANGE_JOINER = re.compile(r"\s*(?:-|–|to|until|till|through)\s*", re.IGNORECASE)
AND_JOINER = re.compile(r"\s*and\s*", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
PHRASE_WINDOW = 64  # characters before a date searched for "since" / "between"


def _clause_between(gap: str) -> bool:
    """Does ``gap`` hold a clause of its own ('On Tuesday police said that last week ...',
    'kidnapped last week was found dead on Thursday', 'on Monday to protest the killing of a
    driver last week'): a verb, an auxiliary, a clause word, or more than a short phrase?"""
    words = re.findall(r"[a-z]+", gap.lower())
    lex = lexicon()
    verbs = [w for w in words if w in lex["week_gap_verbs"] or w.endswith("ed")]
    return (re.search(r"[.;!?]", gap) is not None or len(words) > WEEKDAY_WEEK_WORDS
            or bool(verbs) or bool(set(words) & {*lex["clause_breaks"], *lex["reporting_verbs"]}))


def _joins_range(text: str, before: Span, start: int) -> bool:
    """ "25 July - 1 August", "between Friday and Sunday": the gap joins two ends of a range."""
    gap = text[before.end : start]
    if RANGE_JOINER.fullmatch(gap):
        return True
    return bool(AND_JOINER.fullmatch(gap) and _ends_with(BETWEEN, text, before.start))


@cache
def _anchored_offsets() -> dict[str, int]:
    """Phrase -> days from its anchor: each lead ("the next", "that") with each part of a day
    ("evening"), then the phrases of other shapes ("two days later", "the night before")."""
    leads: dict[str, int] = lexicon()["anchored_leads"]
    parts = lexicon()["anchored_parts"]
    offsets = {f"{lead} {part}": shift for lead, shift in leads.items() for part in parts}
    return offsets | dict(lexicon()["anchored_days"])


@cache
def _anchored_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_anchored_offsets())})\b", re.IGNORECASE)


def _anchor_days(
    text: str, kept: list[tuple[Span, Period]], published: date | None
) -> list[tuple[Span, Period]]:
    """ "the next day", "earlier in the day", "the previous night": counted from the day
    nearest them in their own sentence, a report day included ("said on Tuesday that a drone
    struck that morning"), else from the latest day-precise event date before them ("On
    Friday ... The next day" is Saturday), not from publication."""
    offsets = _anchored_offsets()
    added: list[tuple[Span, Period]] = []
    for m in _anchored_regex().finditer(text):
        if any(where.start < m.end() and m.start() < where.end for where, _ in kept):
            continue
        phrase = " ".join(m.group().lower().split())
        base = _anchor_in_sentence(text, kept, m.start(), m.end())
        base = base or _anchor_before(text, kept, m.start())
        if base is None and phrase in lexicon()["anchored_fallback"]:
            base = published
        if base is not None:
            added.append((Span(m.start(), m.end(), m.group()), day(base + offsets[phrase] * DAY)))
    return sorted(kept + added, key=lambda k: k[0].start) if added else kept


def _anchor_before(text: str, kept: list[tuple[Span, Period]], start: int) -> date | None:
    days = [
        period.value
        for where, period in kept
        if where.end <= start and period.kind == "date" and period.precision == 1
        and not _is_report_date(text, where.start)
    ]
    return days[-1] if days else None


SENTENCE_WINDOW = 600  # characters searched for the ends of a phrase's sentence
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])|\n")


def _anchor_in_sentence(
    text: str, kept: list[tuple[Span, Period]], start: int, end: int
) -> date | None:
    """ "said yesterday that the night before ...": the day nearest the phrase in its own
    sentence, before it or a report day after it ("the previous night ..., police said
    yesterday"); not a day in apposition after it ("The next day, Wednesday")."""
    window = max(0, start - SENTENCE_WINDOW)  # a sentence is shorter than this
    ends = [m.end() for m in SENTENCE_END.finditer(text, window, start + 1) if m.end() <= start]
    after = SENTENCE_END.search(text, end, end + SENTENCE_WINDOW)
    first = ends[-1] if ends else window
    last = after.start() if after else min(len(text), end + SENTENCE_WINDOW)
    days = [
        (min(abs(where.start - end), abs(start - where.end)), period.value)
        for where, period in kept
        if first <= where.start and where.end <= last and period.kind == "date"
        and period.precision == 1
        and (where.end <= start or _is_report_date(text, where.start))
    ]
    return min(days)[1] if days else None


@cache
def _approximate_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = alternation(lexicon()["approximate_before"])
    after = alternation(lexicon()["approximate_after"])
    return (
        re.compile(rf"\b(?:{before})\s+(?:the\s+)?$", re.IGNORECASE),
        re.compile(rf"\s*\(\s*(?:{after})\b[^()]*\)", re.IGNORECASE),
    )


def _month_only(bracket: str) -> bool:
    """ "5 June 2025 (month of)": only the month is known (precision 3)."""
    words = " ".join(bracket.strip(" ()").lower().split())
    return any(words.startswith(w) for w in lexicon()["approximate_month_after"])


def _approximate(text: str, kept: list[tuple[Span, Period]]) -> list[tuple[Span, Period]]:
    """ "Around 3 May (between 1 and 3 May)", "the week of 12 March", "20 March (week of)":
    a day known only roughly, coded to that day with precision 2 ("(month of)": 3); the
    bracket is part of it."""
    cues = r"around|about|approx|circa|(?:week|month) of|\(between"
    if not kept or not re.search(cues, text, re.I):
        return kept  # most texts: no approximate day
    before, after = _approximate_regexes()
    result: list[tuple[Span, Period]] = []
    bracket_end = -1
    for where, period in kept:
        if where.start < bracket_end:
            continue  # "(between 1 and 3 May)": part of the approximate day before it
        if period.kind == "date" and period.precision == 1:
            bracket = after.match(text, where.end)
            if bracket or before.search(text, max(0, where.start - 24), where.start):
                if bracket:  # the bracket is part of the mention (no date read inside it)
                    bracket_end = bracket.end()
                    where = Span(where.start, bracket_end, text[where.start : bracket_end])
                precision = 3 if bracket and _month_only(bracket.group()) else 2
                period = replace(period, precision=precision)  # one day: no range to split
        result.append((where, period))
    return result


@cache
def _eve_regex() -> re.Pattern[str]:
    held = alternation(lexicon()["eve_links"])
    return re.compile(
        rf"\beve\s+of\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){{0,4}}[\w'’-]+,?\s+(?:{held})\s+)?$", re.I
    )


def _eves(text: str, kept: list[tuple[Span, Period]]) -> list[tuple[Span, Period]]:
    """ "on the eve of Sunday's vote", "the eve of the referendum, held on 21 September": the
    day before the day named."""
    if "eve of" not in text.lower():
        return kept  # most texts: no eve
    return [
        (where, _day_before(period))
        if period.kind == "date" and period.precision == 1
        and _eve_regex().search(text, max(0, where.start - PHRASE_WINDOW), where.start)
        else (where, period)
        for where, period in kept
    ]


def _day_before(period: Period) -> Period:
    value = period.value - DAY
    return replace(period, first=value, last=value, value=value)


def _spanning(first: date, last: date, period: Period) -> Period:
    """The period from ``first`` to ``last``: precision 2 up to a month, else 3."""
    if first > last:  # "December - February 2019" began the year before
        first = make_date(first.year - 1, first.month, first.day) or first
    if period.kind != "date" or first > last:
        return period
    precision = 2 if (last - first).days <= 31 else 3
    return Period(first, last, middle(first, last), precision, relative=period.relative)


NIGHT_OF = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _widen(m: re.Match[str], period: Period) -> Period:
    """ "21-27 June", "June-July 1994": the range opened by group d1 or mon1; "the night of
    6 to 7 June" is the day the night began."""
    groups = m.groupdict()
    if groups.get("d1"):
        first = make_date(period.last.year, period.last.month, int(groups["d1"]))
        if first and _ends_with(NIGHT_OF, m.string, m.start()):
            return replace(period, first=first, value=first)
        return _spanning(first, period.last, period) if first else period
    month = month_number(groups.get("mon1") or "")
    return _spanning(date(period.last.year, month, 1), period.last, period) if month else period


def _since(text: str, start: int, period: Period, published: date | None) -> Period:
    """ "since Sunday": from that day to publication, coded to the day it began (what
    happens "since Tuesday" began on Tuesday)."""
    if published is None or period.kind != "date" or not _ends_with(SINCE, text, start):
        return period
    spanned = _spanning(period.first, max(published, period.last), period)
    return replace(spanned, value=period.value) if period.precision == 1 else spanned


def _ends_with(phrase: re.Pattern[str], text: str, end: int) -> bool:
    """Does ``phrase`` ("since (the)", "between (the)": two words and white space, anchored
    with $) end right at ``end``? Searched in a short window before it: a match beginning
    earlier leaves at most its two words in the window, so the whole text is searched only
    then (a search from 0 for every date made long articles quadratic)."""
    window = max(0, end - PHRASE_WINDOW)
    if window and sum(not c.isspace() for c in text[window:end]) <= len("betweenthe"):
        window = 0
    return phrase.search(text, window, end) is not None


def parse_with_dateparser(text: str, published: date | None) -> Period | None:
    """A DATE entity no pattern matched, read by dateparser (explicit dates only)."""
    from dateparser.date import DateDataParser

    months, durations = alternation(lexicon()["months"]), alternation(lexicon()["durations"])
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


def _month_as_modifier(text: str, where: Span) -> bool:
    """ "unpaid December wages": a bare month name before a lowercase noun names no date."""
    months = alternation(lexicon()["months"])
    bare = re.fullmatch(rf"(?:{months})\.?", where.text.strip(), re.IGNORECASE)
    return bool(bare and re.match(r" [a-z]", text[where.end : where.end + 2]))


def _is_report_date(text: str, start: int) -> bool:
    """ "said on Friday", "told AFP Friday": the day something was said, not done; "still
    missing as of Monday night": the day a state was reported in, no act's day either."""
    words = [w.strip(",") for w in text[max(0, start - 40) : start].lower().split()[-3:]]
    if " ".join(words[-2:]) in lexicon()["status_openers"]:
        return True
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
    breaks = re.compile(rf"[;,:]|\b(?:{alternation(lexicon()['clause_breaks'])})\b", re.I)
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


def _month_first(doc: Document) -> bool | None:
    """Whether the country of the article's first resolved place writes numeric dates month
    first ("1/2/2025" is 2 January in Houston, 1 February in Abuja); None without a place."""
    if not re.search(r"\d[/.]\d{1,2}[/.]\d", doc.text):
        return None  # most texts: no numeric date to read
    place = next((p.place for p in doc.places if p.place is not None), None)
    if place is None:
        return None
    return place.country_code in lexicon()["month_first_countries"]


class DateResolver(Stage):
    name = "dates"
    requires = ("sentences", "entities")
    assigns = ("dates",)

    def __call__(self, doc: Document) -> Document:
        published = doc.article.published
        found = find_periods(doc.text, published, _month_first(doc))
        for entity in doc.entities:  # what spaCy dates and no pattern matched
            if entity.label == "DATE" and not any(entity.span.overlaps(w) for w, _ in found):
                if _month_as_modifier(doc.text, entity.span):
                    continue
                period = parse_with_dateparser(entity.span.text, published)
                found += [(entity.span, period)] if period is not None else []
        found.sort(key=lambda f: f[0].start)
        doc.dates = [to_mention(doc, where, period) for where, period in found]
        return doc
