"""Stage 'numbers': casualty figures, each linked to the phrase it quantifies.

A figure is only a casualty count when a casualty phrase governs it, in one of these shapes:

- *after*:  "at least 25 government and allied fighters were also killed", "7 dead",
  "Seven soldiers and four IS militants were killed" (coordinated groups add up; asides in
  commas or brackets, an unbracketed "including a commander", an attribute ("Two brothers
  from the village of X were killed") and a relative clause ("A young man who tried to flee
  was shot dead") are skipped; "an elderly couple" is two);
- *before*: "killed 51 civilians", "killing three and wounding 12", "the bodies of 4",
  "killing the driver and their guard", "lynched and set on fire 5 ...";
- *to death*: "beat a man to death";
- *toll*:   "the death toll rose to 51" (the first figure after the toll noun not
  introduced by "from"; further away only right after "to"/"at");
- *the attacker's fate*: "A man stabbed two people before being shot dead" (the subject,
  added to the victims' figure of the sentence);
- *told later*: "one of the wounded died", "He succumbed to his injuries", "a soldier
  wounded in an attack on Friday died of his wounds", "..., the driver died";
- *them*: "pulled 14 men off buses and shot them dead" (the figure before).

An analyst note's summary ("4 fatalities.", "Fatalities unknown.", "(coded as 3)";
``pipeline/note_figures.py``) is a toll that supersedes the story's figures, as is a figure
stated right after a toll noun ("gave a toll of 21 dead"). Figures of another event or of a
running tally ("a week after 20 people died", "500 killed since January") and the higher of
two competing claims in a sentence are dropped (``pipeline/tallies.py``); "an unknown number
of" is no figure.

A head noun ("31 deaths", "14 lives") counts only its own figure; "killed and wounded" gives
kind "casualties" (undivided, so no fatalities). Groups of animals or things ("2,600 birds")
and collective doers ("a crowd") are not victims; "no one" is no figure. Everything else with
a number in it (distances, shares, durations, ages, dates, times, prices, legal references,
"10 suicide bombers" used in an attack) is left alone. A headline opening with a singular
person noun ("Civilian killed in ...") counts one. Suicide bombers count among the dead
("and himself"; ``pipeline/bombers.py``). Vague quantities take ACLED's values from
``data/numbers/vague_quantities.csv``; the figure kept is the one stated (the lowest credible
reading for "at least"/"more than"; the lower bound of a range) and the qualifier says how
it was hedged. Figures themselves are read in ``pipeline/quantities.py``; the *after* shape
(a figure, its listed groups, then the phrase) in ``casualty_listed.py``; the words between
a group and its verb (attributes, relative clauses, a taking) in ``casualty_clauses.py``; and
figures read against their neighbours (a crowd's grievance, "another two died", a second
source's claim in the next sentence, a lone bomber's own death, the dead a withdrawing side
left behind) in ``casualty_context.py``. All word lists live in ``data/numbers/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from dateline.model import Document, NumberMention, Span
from dateline.pipeline.base import Stage
from dateline.pipeline.bombers import bombers_to_add, named_among_the_dead
from dateline.pipeline.casualty_before import (
    counted_before,
)
from dateline.pipeline.casualty_context import (
    a_grievance,
    left_behind_and_ours,
    lone_doer,
    more_dead,
    other_sources,
    the_doer_too,
)
from dateline.pipeline.casualty_finders import (
    counted_companions,
    counted_subject,
    counted_them,
    counted_to_death,
    counted_toll,
    subject_fates,
)
from dateline.pipeline.casualty_groups import (
    Found,
)
from dateline.pipeline.casualty_listed import counted_after
from dateline.pipeline.event_days import is_dateline
from dateline.pipeline.note_figures import (
    Summary,
    is_coded_aside,
    is_summary,
    summary_in,
    sums_other_days,
)
from dateline.pipeline.quantities import (
    Token,
    lexicon,
    rules,
    tokenize,
)
from dateline.pipeline.tallies import (
    competing_claims,
    counts_elsewhere,
    parts_of_totals,
    unverified_claims,
)
from dateline.resources import data_regex

# ---------------------------------------------------------------- the stage


def _sentence_found(doc: Document, sentence: int) -> list[Found]:
    span, text = doc.sentences[sentence], doc.text
    tokens, found = _story_figures(text, span.start, span.end)
    if found:
        dates = [d for d in doc.dates if d.sentence == sentence and not is_dateline(doc, d)]
        published = doc.article.published
        found = [f for f in found if not counts_elsewhere(tokens, f.start, f.end, published, dates)]
        found = more_dead(text, [f for f in found if not a_grievance(text, f, span.start)], dates)
        found = _attackers_among_the_dead(competing_claims(tokens, found))
        _each_of_the_days(doc, sentence, found)
    summary = summary_in(text, span.start, span.end)
    if summary is not None:
        clause = text.rfind(";", span.start, summary.start) + 1  # "10 soldiers were killed;"
        coded = [f for f in found if f.start >= clause and _summed_up(f, summary)]
        found = [f for f in found if f not in coded]
        who = coded[-1].who if coded and summary.aside else None  # "several assailants"
        value = summary.value
        if summary.aside and not coded and _side_coded_apart(text, span.start, summary):
            # "1 soldier killed; rebel fatalities coded as 3": the summary line codes both
            # sides, 4 in all, a toll over the story's figures
            line = text.rfind(". ", span.start, clause) + 1 or span.start
            other = [f for f in found if f.kind == "killed" and line <= f.start < clause]
            found = [f for f in found if f not in other]
            value += sum(f.value for f in other)
        found.append(Found(value, "killed", summary.start, summary.end, who, None, ()))
        found.sort(key=lambda f: f.start)
    return found


MAX_TOLD_DAYS = 7  # "between 13 and 14 July": a span of days each figure may count


def _each_of_the_days(doc: Document, sentence: int, found: list[Found]) -> None:
    """ "Between 13 and 14 July ... 2 men were killed on each day": the figure counts each
    day of the span the paragraph told (4 in all; the events of the days share it)."""
    each_day = data_regex("numbers/rules.json", "each_day_after")
    per_day = [f for f in found if f.kind == "killed" and each_day.match(doc.text, f.end)]
    if not per_day:
        return  # the common case: no figure told per day, no dates to look through
    told = [d for d in doc.dates if d.sentence <= sentence and d.kind == "date"]
    if not told:
        return
    days = (told[-1].last - told[-1].first).days + 1
    if not 2 <= days <= MAX_TOLD_DAYS:
        return
    for f in per_day:
        f.value *= days


def _side_coded_apart(text: str, start: int, summary: Summary) -> bool:
    """ "1 soldier killed; rebel fatalities coded as 3": a side's dead coded in a clause of
    their own, right after the other side's figure, in a summary line."""
    clause = text.rfind(";", start, summary.start) + 1
    side = text[clause:summary.start]
    return clause > start and re.fullmatch(r"\s*[A-Za-z][\w-]*\s+", side) is not None


def _attackers_among_the_dead(found: list[Found]) -> list[Found]:
    """ "killing an 80-year-old man ..., before he was shot dead": the attacker's death adds
    to the victims' figure of the sentence (ACLED counts attackers among an event's dead)."""
    attackers = [f for f in found if f.attacker]
    victims = [f for f in found if f.kind == "killed" and not f.attacker]
    if not attackers or not victims:
        return found
    victims[0].value += sum(f.value for f in attackers)
    return [f for f in found if not f.attacker]


def _the_bomber_again(doc: Document, f: Found) -> bool:
    """ "The bomber also died", "She also died": the bomber a figure before already counted
    among the dead."""
    words = (f.who or "").lower().split()
    bomber = f.kind == "killed" and f.value == 1 and words[-1:] in ([w] for w in _bomber_nouns())
    return bomber or lone_doer(_mention(doc, f, -1))


@cache
def _bomber_nouns() -> frozenset[str]:
    return frozenset(rules()["bomber_nouns"])


def _summed_up(f: Found, summary: Summary) -> bool:
    """The story's figure a summary restates: the killed figures before "(coded as 3)" in its
    clause ("10 soldiers were killed; several assailants too (coded as 3)" is 13), any figure
    inside "4 fatalities."."""
    if summary.aside:
        return f.kind == "killed" and f.start < summary.start
    return summary.start <= f.start < summary.end


def _story_figures(text: str, start: int, end: int) -> tuple[list[Token], list[Found]]:
    """The sentence's tokens (none when it holds no cue word) and its figures."""
    lowered = text[start:end].lower()
    if not any(cue in lowered for cue in _cues()):
        return [], []  # a cue word is a substring of the text: most sentences need no tokens
    tokens = tokenize(text, start, end)
    if not any(t.low in _cues() for t in tokens):
        return tokens, []
    used: set[int] = set()
    found: list[Found] = []
    for finder, words in _finders():
        every = range(len(tokens))  # most finders start at a few words only
        starts = every if words is None else [i for i in every if tokens[i].low in words]
        for i in starts:
            hit = finder(tokens, i, text)
            if hit is not None and not used.intersection(hit.used):
                found.append(hit)
                used.update(hit.used)
    found.sort(key=lambda f: f.start)
    found = [f for f in found if not _inside_another(f, found)]
    _count_bombers(tokens, found)
    for f in found:
        f.start = _toll_start(tokens, f.start)
    return tokens, found


def _inside_another(f: Found, found: list[Found]) -> bool:
    """ "A man accused of snatching a phone from a woman on a bus was beaten to death": one
    casualty phrase has one subject; a figure inside another's words ending at the same
    phrase ("a bus was beaten to death") is no second victim."""
    return any(g.start < f.start < g.end and g.end == f.end and g.kind == f.kind for g in found)


Finder = Callable[[list[Token], int, str], "Found | None"]


@cache
def _finders() -> tuple[tuple[Finder, frozenset[str] | None], ...]:
    """The finders in the order they claim figures, each with the words it can start at
    (None: any word)."""
    lex, rule = lexicon(), rules()
    return (
        (counted_before, frozenset(lex.before.by_first)),
        (counted_after, None),
        (counted_to_death, frozenset(rule["to_death_verbs"] + rule["shot_dead_verbs"])),
        (counted_subject, frozenset(subject_fates().by_first)),
        (counted_them, frozenset(rule["them_verbs"] + rule["to_death_verbs"])),
        (counted_toll, frozenset(lex.toll.by_first)),
        (counted_companions, frozenset(rule["companion_openers"])),
    )


def _toll_start(tokens: list[Token], start: int) -> int:
    """ "gave a provisional toll of 21 dead": a figure read as "21 dead" is stated as a toll;
    its span then starts at the toll noun, so ``is_toll`` knows it."""
    first = next((n for n, t in enumerate(tokens) if t.start >= start), 0)
    joiners = rules()["toll_joiners"]
    for n in range(first - 1, max(-1, first - 4), -1):
        if lexicon().toll.match(tokens, n)[1] is not None:
            return tokens[n].start
        if tokens[n].low not in joiners:
            break
    return start


@cache
def _cues() -> frozenset[str]:
    return lexicon().cues | {rules()["to_death"][-1]}


def _count_bombers(tokens: list[Token], found: list[Found]) -> None:
    """ACLED counts suicide bombers among the dead: the sentence's first killed figure
    takes them in unless it already has them ("and himself", "including the bomber")."""
    killed = [f for f in found if f.kind == "killed"]
    if killed and not killed[0].bomber_counted:
        added = bombers_to_add(tokens, killed[0].start, killed[0].end)
        killed[0].value += added
        killed[0].bomber_counted = added > 0
        killed[0].bombers_added = added


def _bomber_named_dead(doc: Document, sentence: int) -> bool:
    """A later sentence names the bomber among the dead: the figure before holds him."""
    span = doc.sentences[sentence]
    return named_among_the_dead(tokenize(doc.text, span.start, span.end))


def _mention(doc: Document, f: Found, sentence: int) -> NumberMention:
    where = Span(f.start, f.end, doc.text[f.start : f.end])
    return NumberMention(where, f.value, f.kind, f.who, f.qualifier, sentence)


def fatalities_in(doc: Document, sentence_ids: Iterable[int]) -> list[NumberMention]:
    """The "killed" figures found in the given sentences, in text order."""
    wanted = set(sentence_ids)
    return [n for n in doc.numbers if n.kind == "killed" and n.sentence in wanted]


def is_toll(mention: NumberMention) -> bool:
    """True for a figure stated as a toll ("the death toll rose to 51", "put the toll at 14")
    or an analyst note's summary ("4 fatalities."): an official, updated or coded count that
    restates the other figures of its event. "(coded as 3)" that codes one vague figure of
    its sentence (its ``who`` is that figure's group) is only that group's count."""
    words = tokenize(mention.span.text, 0, len(mention.span.text))
    if lexicon().toll.match(words, 0)[1] is not None:
        return True
    coded_figure = mention.who is not None and is_coded_aside(mention.span.text)
    return is_summary(mention.span.text) and not coded_figure  # "several died (coded as 3)"


class CasualtyCounter(Stage):
    name = "numbers"
    requires = ("sentences",)
    assigns = ("numbers",)

    def __call__(self, doc: Document) -> Document:
        doc.numbers = []
        bomber_counted = False  # once counted, "the bomber also died" is no further death
        added: tuple[NumberMention, int] | None = None  # the figure bombers were added to
        for index in range(len(doc.sentences)):
            if added is not None and _bomber_named_dead(doc, index):
                added[0].value -= added[1]  # "The dead included the bomber": counted once
                added = None
            found = _sentence_found(doc, index)
            bomber_counted = bomber_counted or any(f.bomber_counted for f in found)
            if bomber_counted:
                found = [f for f in found if f.bomber_counted or not _the_bomber_again(doc, f)]
            for f in found:
                mention = _mention(doc, f, index)
                if not sums_other_days(doc, mention, doc.numbers):  # "7 fatalities in total."
                    doc.numbers.append(mention)
                    added = (mention, f.bombers_added) if f.bombers_added else added
        doc.numbers = the_doer_too(doc, other_sources(doc, doc.numbers))
        doc.numbers = left_behind_and_ours(doc, doc.numbers)
        doc.numbers = parts_of_totals(unverified_claims(doc, doc.numbers))
        return doc
