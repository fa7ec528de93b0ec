"""Summary figures of analyst notes: "4 fatalities.", "Fatalities: 9.", "Fatalities unknown.",
"No fatalities reported.", "Several soldiers killed (coded as 3)".

An analyst note (ACLED's "notes" register) ends with the number of fatalities coded for the
event it told, or codes a vague figure explicitly. That figure is the one to keep: it is given
as a toll (``numbers.is_toll``), so it supersedes the story's own figures ("killing several
volunteers. 4 fatalities." is 4, not 3 + 4) and a clause holding nothing but it joins the event
told before it. "unknown"/"no" summaries give 0. A summary that adds up the figures of
events told on different days ("killing 2 policemen on 6 April ... killing 5 civilians on 7
April. 7 fatalities in total.") restates them and is dropped: it is no one event's toll; so
is a summary equal to the figures told before a sentence telling another day (the first
event's toll, closing a note that told a later protest, arrest or truce after it).
Patterns: ``data/numbers/note_summaries.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from dateline.model import Document, NumberMention
from dateline.pipeline.quantities import lexicon
from dateline.resources import read_text


@dataclass(frozen=True, slots=True)
class Summary:
    value: int
    start: int  # character offsets in the text searched
    end: int
    aside: bool  # "(coded as 3)" inside a sentence that tells the figure too


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = []
    for line in read_text("numbers/note_summaries.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            scope, regex = line.split(maxsplit=1)
            if scope == "sentence":
                regex = rf"(?P<whole>{regex})\s*[.;]?\s*$"
            table.append((scope, re.compile(regex, re.IGNORECASE)))
    return tuple(table)


@cache
def _cue_regex() -> re.Pattern[str]:
    return re.compile(r"fatalit|casualties|deaths|coded\s+as", re.IGNORECASE)


def _value(m: re.Match[str]) -> int:
    word = (m.groupdict().get("n") or "0").lower()
    if word.isdigit():
        return int(word)
    return lexicon().number_words.get(word, (0, ""))[0]


def summary_in(text: str, start: int, end: int) -> Summary | None:
    """The note's summary figure in ``text[start:end]`` (one sentence), if it has one."""
    if not _cue_regex().search(text, start, end):
        return None  # most sentences: no summary word at all
    for scope, regex in _patterns():
        if scope == "sentence":
            m = _sentence_match(regex, text, start, end)
            if m is not None:
                return Summary(_value(m), m.start("whole"), m.end("whole"), aside=False)
        else:
            m = regex.search(text, start, end)
            if m is not None:
                return Summary(_value(m), m.start(), m.end(), aside=True)
    return None


def _sentence_match(
    regex: re.Pattern[str], text: str, start: int, end: int
) -> re.Match[str] | None:
    """A whole-sentence summary: at the start of the sentence or after a full stop in it
    (sentence splitters often leave "... seizing weapons. 4 fatalities." as one sentence)."""
    for begin in (start, *(m.end() for m in re.finditer(r"[.;]\s+", text[start:end]))):
        offset = begin if begin == start else start + begin
        m = regex.match(text, offset, end)
        if m is not None:
            return m
    return None


def is_summary(text: str) -> bool:
    """True for the text of a summary figure (a NumberMention's span)."""
    found = summary_in(text, 0, len(text))
    return found is not None and found.start == 0


def is_coded_aside(text: str) -> bool:
    """True for "(coded as 3)" told beside a figure of its sentence: the value of that vague
    figure ("several assailants were also killed (coded as 3)"), not the event's total."""
    found = summary_in(text, 0, len(text))
    return found is not None and found.start == 0 and found.aside and text.startswith("(")


def sums_other_days(doc: Document, mention: NumberMention, earlier: list[NumberMention]) -> bool:
    """True for a summary figure that restates the killed figures told before it when another
    event is told between or beside them: their sum over two or more event days ("killing 2
    policemen on 6 April ... killing 5 civilians on 7 April. 7 fatalities."), or the toll of
    the first event closing a note that told a later one after it ("killing 3 men. On 23
    February, sheikhs of the two clans signed a pact. 3 fatalities."): the figures already
    give each event its dead, and the summary would add them to the last event told."""
    if mention.kind != "killed" or not is_summary(mention.span.text):
        return False
    killed = [n for n in earlier if n.kind == "killed" and n.sentence != mention.sentence]
    if not killed or sum(n.value for n in killed) != mention.value:
        return False
    last = max(n.sentence for n in killed)
    dated = sorted((d.sentence, d.value) for d in doc.dates if d.kind == "date")
    if any(last < sentence < mention.sentence for sentence, _ in dated):
        return True  # a sentence telling another day comes between the figures and the summary
    days = {_day_of(dated, n.sentence) for n in killed} - {None}
    return len(killed) >= 2 and len(days) >= 2


def _day_of(dated: list[tuple[int, date]], sentence: int) -> date | None:
    """The day a sentence tells: its own date or the last one told before it ('Several were
    killed (coded as 3).' after 'On 11 August ...')."""
    told = [value for at, value in dated if at <= sentence]
    return told[-1] if told else None
