"""The days of event clauses: which date mentions can date an event, which are history or
the future, the run of days one act is told over ("on Monday and Tuesday"), and the day
nearest a clause's trigger. Used by ``segment`` (all cue words in ``data/events/cues.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import timedelta
from functools import cache
from typing import Any, Generic, Protocol, TypeVar

from dateline.model import DateMention, Document, Span
from dateline.pipeline.date_patterns import alternation
from dateline.pipeline.date_patterns import lexicon as date_lexicon
from dateline.pipeline.triggers import Trigger, cue_pattern, cue_regex, cues
from dateline.resources import data_regex


class _Spanned(Protocol):
    @property
    def span(self) -> Span: ...


Item = TypeVar("Item", bound=_Spanned)


class SpanIndex(Generic[Item]):
    """One mention list ordered by start, so that the mentions inside a clause are found by
    bisection rather than by testing every mention of the article for every clause."""

    __slots__ = ("items", "size", "order", "starts", "memo")

    def __init__(self, items: Sequence[Item]) -> None:
        self.items, self.size = items, len(items)
        self.order = sorted(range(len(items)), key=lambda i: items[i].span.start)
        self.starts = [items[i].span.start for i in self.order]
        self.memo: dict[tuple[str, int, int], tuple[Any, ...]] = {}  # per-clause results

    def inside(self, span: Span) -> list[Item]:
        """The items whose span lies within ``span``, in list order."""
        low, high = bisect_left(self.starts, span.start), bisect_right(self.starts, span.end)
        picked = sorted(i for i in self.order[low:high] if span.contains(self.items[i].span))
        return [self.items[i] for i in picked]


_INDEXES: dict[int, SpanIndex[Any]] = {}


def span_index(items: Sequence[Item]) -> SpanIndex[Item]:
    """The index of ``items`` (a document's mention list, unchanged during the events stage),
    built once: the index keeps the list alive, so its id is not reused while cached."""
    index = _INDEXES.get(id(items))
    if index is None or index.items is not items or index.size != len(items):
        if len(_INDEXES) >= 16:
            _INDEXES.clear()  # the lists of earlier documents
        index = _INDEXES[id(items)] = SpanIndex(items)
    return index


def is_reporting_date(doc: Document, mention: DateMention, clause: Span) -> bool:
    """"the observatory said Friday": the day of the report, not of the event."""
    before = doc.text[clause.start : mention.span.start]
    return bool(cue_regex("report_verbs", anchored_end=True).search(before))


def _is_reference_date(doc: Document, mention: DateMention, clause: Span) -> bool:
    """"the biggest attack since they lost it in November 2017": a past reference point
    ("since Tuesday, fighters have looted ..." still dates what follows)."""
    if not _long_past(doc, mention):
        return False
    words = int(cues()["date_reference_window_words"])
    window = " ".join(doc.text[clause.start : mention.span.start].split()[-words:])
    return bool(_since_phrase(doc, mention, clause) or cue_regex("date_reference").search(window))


def _long_past(doc: Document, mention: DateMention) -> bool:
    """A day of the background, or the start of a span reaching from long ago to now."""
    return is_background(doc, mention) or _starts_long_ago(doc, mention)


def _since_phrase(doc: Document, mention: DateMention, clause: Span) -> re.Match[str] | None:
    """ "... since the army's operation began in February": a "since" phrase of any length
    ending on ``mention``."""
    before = doc.text[clause.start : mention.span.start]
    return data_regex("segment/days.json", "span_start_before").search(before)


def since_phrases(doc: Document, clause: Span) -> list[tuple[int, int]]:
    """Offsets of each "since ..." phrase ending on a day long past ("since fighting reached
    the area in August"): the acts it names started a span reaching to now, told as history
    (round 20)."""
    found = []
    for mention in clause_dates(doc, clause):
        since = _since_phrase(doc, mention, clause)
        if since and _long_past(doc, mention):  # what makes it a reference date
            found.append((clause.start + since.start(), mention.span.start))
    return found


def _starts_long_ago(doc: Document, mention: DateMention) -> bool:
    """"divided since May 2023" read as the span from then to now: it starts long ago."""
    published = doc.article.published
    if published is None:
        return False
    return mention.first < published - timedelta(days=int(cues()["history_days"]))


def is_statement_day(doc: Document, mention: DateMention, clause: Span) -> bool:
    return mention.kind in ("report", "date") and (
        mention.kind == "report" or is_reporting_date(doc, mention, clause)
    )


def is_dateline(doc: Document, mention: DateMention) -> bool:
    """"MOGADISHU, March 14 (AP) — ...": the day of the dispatch, not of the event."""
    after = doc.text[mention.span.end : mention.span.end + 60]
    return bool(re.match(str(cues()["dateline"]), after)) or _local_dateline(doc, mention, after)


def _local_dateline(doc: Document, mention: DateMention, after: str) -> bool:
    """ "Imphal, Dec 12: Hundreds of women marched ...": a day after a town and a comma that
    opens a paragraph, followed by a colon, is the dispatch's day (round 19)."""
    if not data_regex("segment/days.json", "local_dateline_after").match(after):
        return False
    opening = doc.text.rfind("\n", 0, mention.span.start) + 1
    before = doc.text[opening : mention.span.start]
    return bool(data_regex("segment/days.json", "local_dateline_before").match(before))


def clause_dates(doc: Document, clause: Span) -> list[DateMention]:
    """Date mentions inside the clause other than report days and datelines."""
    index = span_index(doc.dates)
    key = ("clause", clause.start, clause.end)  # the same clause is dated many times
    if key not in index.memo:
        index.memo[key] = tuple(
            d
            for d in index.inside(clause)
            if d.kind not in ("report", "unresolved")
            and not is_reporting_date(doc, d, clause)
            and not is_dateline(doc, d)
            and not _inside_place_name(doc, d)
        )
    return list(index.memo[key])


def _inside_place_name(doc: Document, mention: DateMention) -> bool:
    """"in a gunfight in May Pen, Clarendon" (round 22): a month word inside a place's name
    dates nothing (it made the gunfight an act of last May)."""
    return any(p.span.contains(mention.span) for p in doc.places)


def event_dates(doc: Document, clause: Span) -> list[DateMention]:
    """Date mentions that can date an event in the clause (not "since ..." references)."""
    index = span_index(doc.dates)
    key = ("event", clause.start, clause.end)
    if key not in index.memo:
        found = clause_dates(doc, clause)
        index.memo[key] = tuple(d for d in found if not _is_reference_date(doc, d, clause))
    return list(index.memo[key])


def is_background(doc: Document, mention: DateMention) -> bool:
    """History (well before publication) or future: reported, but not news to code."""
    if mention.history or mention.future:
        return True
    published = doc.article.published
    if published is None or mention.kind == "unresolved":
        return False
    if mention.first > published:
        return True
    if mention.kind == "year":  # a whole year already over ("in 2023") is no atomic event
        return mention.last < published
    return mention.last < published - timedelta(days=int(cues()["history_days"]))


def same_time(a: DateMention, b: DateMention) -> bool:
    """The same day, or a coarser period that contains the other's day ("this month")."""
    if a.value == b.value:
        return True
    coarse, fine = (a, b) if a.precision > b.precision else (b, a)
    return coarse.precision > fine.precision and coarse.first <= fine.value <= coarse.last


def run_gap() -> re.Pattern[str]:
    return cue_pattern("run_of_days_gap")


def _joined(doc: Document, a: DateMention, b: DateMention) -> bool:
    return bool(run_gap().match(doc.text[a.span.end : b.span.start]))


def run_of_days(doc: Document, span: Span, day: DateMention | None) -> tuple[DateMention, ...]:
    """The days joined to the clause's day by a bare "and" or comma ("on Monday and Tuesday"):
    one act told over them all. A time told from the act before ("Hours later, early on
    Monday") names the same moment as the day beside it: no day of the run."""
    days = sorted(
        (d for d in event_dates(doc, span) if d.kind == "date"), key=lambda d: d.span.start
    )
    if day is None or day not in days:
        return ()
    first = last = days.index(day)
    while first > 0 and _joined(doc, days[first - 1], days[first]):
        first -= 1
    while last + 1 < len(days) and _joined(doc, days[last], days[last + 1]):
        last += 1
    moment = cue_pattern("relative_moment")
    run = [d for d in days[first : last + 1] if not moment.match(d.span.text.strip())]
    return tuple(run) if len({d.value for d in run}) > 1 else ()


def _nearest_date(dates: list[DateMention], triggers: list[Trigger]) -> DateMention | None:
    if not dates:
        return None
    anchor = triggers[0].span.start if triggers else 0
    return min(dates, key=lambda d: abs(d.span.start - anchor))


def _names_another_thing(doc: Document, mention: DateMention) -> bool:
    """ "On 7 November, police fired on protesters ... against the results of the 9 October
    elections": an attributive day gives way to another event day of its sentence."""
    if not _attributive(doc, mention):
        return False
    return any(
        d.sentence == mention.sentence and d.kind == "date" and d is not mention
        and not _attributive(doc, d)
        for d in doc.dates
    )


def _attributive(doc: Document, mention: DateMention) -> bool:
    """ "the 9 October general elections", "the March 3 attack": a calendar day used to name
    something else, which dates that thing rather than the clause's event."""
    if mention.relative:
        return False  # "Friday's attack" is most often the event itself
    before = doc.text[max(0, mention.span.start - 5) : mention.span.start].lower()
    if not (before.endswith("the ") or mention.span.text.lower().startswith("the ")):
        return False
    after = re.match(r"\s+([a-z][a-z-]+)", doc.text[mention.span.end : mention.span.end + 30])
    return after is not None and after.group(1) not in date_lexicon()["not_attributive"]


@cache
def _discovery_regexes() -> tuple[re.Pattern[str], ...]:
    """Remains, finding verbs, takings ("abducted") and killings, from ``discovery``."""
    words = date_lexicon()["discovery"]
    return tuple(
        re.compile(rf"\b(?:{alternation(words[key])})\b", re.IGNORECASE)
        for key in ("remains", "verbs", "custody", "killing")
    )


def _taking_day(doc: Document, span: Span, date: DateMention) -> bool:
    """ "A teacher abducted on Saturday was found dead on Tuesday": the day before the finding
    verb dates a taking, and the killing itself has no day (no killing word before the verb)."""
    _, verbs, custody, killing = _discovery_regexes()
    verb = verbs.search(span.text)
    if verb is None or date.span.start >= span.start + verb.start():
        return False
    before_day = doc.text[span.start : date.span.start]
    before_verb = span.text[: verb.start()]
    return custody.search(before_day) is not None and killing.search(before_verb) is None


def _discovery_day(doc: Document, span: Span, days: list[DateMention]) -> DateMention | None:
    """ "The bodies of four herders abducted last week were discovered on Monday": when the
    killing is dated only roughly, ACLED dates found bodies by the day they were found, the
    first day told after the finding verb ("found yesterday ..., which armed men had attacked
    the previous night" keeps the night of the attack)."""
    remains, verbs, *_ = _discovery_regexes()
    if not remains.search(span.text):
        return None  # most clauses: no bodies found
    verb = verbs.search(span.text)
    if verb is None:
        return None
    after = span.start + verb.end()
    found = [d for d in days if d.span.start >= after and d.precision == 1]
    return min(found, key=lambda d: d.span.start) if found else None


def _years_ago(doc: Document, mention: DateMention) -> bool:
    """ "That morning ten years ago, gunmen climbed over the back wall": a day placed years
    back by the words right after it is history, whatever day the words alone name (round 20:
    an anniversary feature retelling the attack)."""
    after = doc.text[mention.span.end : mention.span.end + 40]
    return bool(data_regex("segment/days.json", "years_ago_after").match(after))


def dating(
    doc: Document, span: Span, triggers: list[Trigger], past: list[DateMention]
) -> tuple[DateMention | None, bool]:
    """The clause's event day (nearest the trigger) and whether it is background. Years alone
    never date an event, but a past year ("last year", "in 2014") makes the clause history.
    ``past`` are the dates of acts told as history inside the clause: they never give its day."""
    days = [d for d in event_dates(doc, span) if d.kind == "date" and d not in past]
    days = [d for d in days if not _names_another_thing(doc, d)]
    if days:
        date = _nearest_date(days, triggers)
        if date is not None and (date.precision > 1 or _taking_day(doc, span, date)):
            date = _discovery_day(doc, span, days) or date  # "abducted ... found Monday"
        if date is None:
            return None, False
        return date, is_background(doc, date) or _years_ago(doc, date)
    old = [d for d in clause_dates(doc, span) if is_background(doc, d)]
    return None, bool(old) or any(_is_reference_date(doc, d, span) for d in clause_dates(doc, span))


def told_long_ago(doc: Document, span: Span, trigger: Trigger) -> DateMention | None:
    """"the families of soldiers killed last year", "the tribes that fought near Wabag in
    March": the date long past right after an act, which makes that act history whatever day
    the clause itself is about."""
    gap = cue_pattern("history_gap")
    for d in clause_dates(doc, span):
        after = d.span.start >= trigger.span.end
        if after and gap.fullmatch(doc.text[trigger.span.end : d.span.start]):
            return d if is_background(doc, d) else None
    return None
