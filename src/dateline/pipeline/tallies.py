"""Figures of a sentence that count something other than the event it tells: an earlier event
("a week after 20 people died in a similar raid", "recalling the 2023 bombing that killed 60",
"relatives of 12 soldiers killed in an ambush last month protested") or a running tally
("more than 500 civilians have been killed since the start of the year", "the overall toll
rose to 38,295", "the latest of more than 1,000 people killed since January").

ACLED codes an event's own dead only; these figures are dropped by the numbers stage. Words
live in ``data/numbers/elsewhere.json``.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from dateline.model import DateMention, Document, NumberMention
from dateline.pipeline.casualty_groups import Found
from dateline.pipeline.quantities import Token, lexicon, rule_phrases, rules
from dateline.resources import load_json

PART_WINDOW_SENTENCES = 2  # "Among the dead were ..." follows its total closely
CONFIRMED_WINDOW = 3  # "13 deaths (have been) confirmed", "13 (were) confirmed dead"


@cache
def _words() -> dict[str, Any]:
    return dict(load_json("numbers/elsewhere.json"))


def counts_elsewhere(
    tokens: list[Token], start: int, end: int, published: date | None, dates: list[DateMention]
) -> bool:
    """True when the figure at characters ``start..end`` counts another event or a tally;
    ``dates`` are the date mentions of its sentence."""
    first = next((n for n, t in enumerate(tokens) if t.start >= start), len(tokens))
    last = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
    begin, stop = _clause(tokens, first, last)
    clause_start = tokens[begin].start if begin < len(tokens) else start
    clause_end = tokens[stop - 1].end if stop > 0 else end
    dated = any(
        d.kind == "date" and d.precision == 1 and clause_start <= d.span.start < clause_end
        for d in dates
    )
    return (
        _after_another_time(tokens, first, published)
        or _relative_of_a_past_year(tokens, first, published)
        or _running_tally(tokens, first, last, dated)
        or _cause_of_the_act(tokens, first)
        or _dated_earlier(dates, start, end, clause_end)
    )


def _clause(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Token bounds of the clause holding tokens ``first..last``."""
    breaks = set(_words()["clause_breaks"])
    begin = first
    while begin > 0 and tokens[begin - 1].low not in breaks:
        begin -= 1
    stop = last
    while stop < len(tokens) and tokens[stop].low not in breaks:
        stop += 1
    return begin, stop


def _after_another_time(tokens: list[Token], first: int, published: date | None) -> bool:
    """ "a week after 20 people died", "the 2023 bombing there that killed 60": the figure
    follows a time phrase or a past year in its own clause."""
    words = _words()
    begin = max(_clause(tokens, first, first)[0], first - int(words["lookback"]))
    for n in range(begin, first):
        low = tokens[n].low
        if low in words["time_links"] and n > 0 and tokens[n - 1].low in words["time_units"]:
            return True
        if _past_year(tokens, n, published):
            return True
    return False


def _relative_of_a_past_year(tokens: list[Token], first: int, published: date | None) -> bool:
    """ "the protests of June 2024, when at least 19 people were shot dead", "the 2019 Sacaba
    massacre, in which 10 people died": a relative clause after a comma, told of a phrase
    naming a year before publication, tells that past event."""
    begin = _clause(tokens, first, first)[0]
    if published is None or begin == 0 or tokens[begin - 1].text != ",":
        return False
    lows = [t.low for t in tokens[begin:first]]
    if not any(lows[: len(opener)] == opener for opener in _words()["past_relative_openers"]):
        return False
    lookback = int(_words()["lookback"])
    years = [t.text for t in tokens[max(0, begin - 1 - lookback) : begin - 1]]
    # early in a year, last year's date may still be the reported act's own
    latest = published.year - (2 if published.month <= 2 else 1)
    return any(y.isdigit() and len(y) == 4 and 1900 < int(y) <= latest for y in years)


def _cause_of_the_act(tokens: list[Token], first: int) -> bool:
    """ "protested against strikes that killed 6", "arrested 30 over the killing of two": a
    cause cue, then a relative pronoun or a nominal act, before the figure in its clause."""
    words = _words()
    begin = _clause(tokens, first, first)[0]
    lows = [t.low for t in tokens[begin : first + 2]]
    stop = first - begin
    for n in range(stop):
        if lows[n] not in _cause_firsts():
            continue  # most words start no cue
        for cue in words["cause_cues"]:
            if lows[n : n + len(cue)] != cue:
                continue
            between = lows[n + len(cue) : stop + 2]
            if set(between) & set(words["relative_words"] + words["nominal_acts"]):
                return True
    return False


@cache
def _cause_firsts() -> frozenset[str]:
    return frozenset(cue[0] for cue in _words()["cause_cues"])


def _past_year(tokens: list[Token], n: int, published: date | None) -> bool:
    """A year before publication used as a name's modifier ("the 2023 bombing"), not the
    year of a date ("28 December 2023")."""
    text = tokens[n].text
    if published is None or not (text.isdigit() and len(text) == 4):
        return False
    before = tokens[n - 1] if n > 0 else None
    dated = before is not None and (before.text.isdigit() or before.low in lexicon().months)
    return 1900 < int(text) < published.year and not dated


def _running_tally(tokens: list[Token], first: int, last: int, dated: bool) -> bool:
    """ "have been killed since January", "the overall toll", "this year": a running total;
    "in the war" only in a clause that names no day of its own (``dated``)."""
    words = _words()
    begin, stop = _clause(tokens, first, last)
    lows = [t.low for t in tokens[begin:stop]]
    markers = _markers_by_first(dated)
    for n, low in enumerate(lows):
        for marker in markers.get(low, ()):
            if lows[n : n + len(marker)] != marker:
                continue
            if marker == ["since"] and n + 1 < len(lows) and lows[n + 1] in words["since_not"]:
                continue  # "killed 18 since Sunday": the event's own days
            if n > 0 and lows[n - 1] in words["cumulative_not_after"]:
                continue  # "kidnapped earlier this month": the act's own time
            return True
    return _toll_of_a_campaign(lows)


def _toll_of_a_campaign(lows: list[str]) -> bool:
    """ "raising the toll of the month-old offensive to 1,600": the toll of a whole campaign."""
    words = _words()
    window = int(words["campaign_window"])
    for n, low in enumerate(lows[:-1]):
        if low not in words["campaign_toll_words"] or lows[n + 1] != "of":
            continue
        named = lows[n + 2 : n + 2 + window]
        lasting = any(w.endswith(tuple(words["campaign_duration_suffixes"])) for w in named)
        if lasting or set(named) & set(words["campaign_nouns"]):
            return True
    return False


@cache
def _markers_by_first(dated: bool) -> dict[str, list[list[str]]]:
    markers: dict[str, list[list[str]]] = {}
    undated = [] if dated else _words()["cumulative_undated"]
    for marker in _words()["cumulative"] + undated:
        markers.setdefault(marker[0], []).append(marker)
    return markers


def _dated_earlier(dates: list[DateMention], start: int, end: int, clause_end: int) -> bool:
    """ "On 19 November, relatives of 12 soldiers killed in an ambush last month protested":
    the figure's own date (the first after it in its clause) ends days before a day given
    earlier in the sentence, so it counts an earlier event."""
    own = next((d for d in dates if end <= d.span.start <= clause_end), None)
    if own is not None and own.kind == "year" and own.history:
        return True  # "the same area where IS fighters killed 11 soldiers in 2020"
    if own is None or own.kind != "date":
        return False
    gap = int(_words()["other_day_gap_days"])
    return any(
        d.span.end <= start and d.kind == "date" and (d.value - own.last).days >= gap
        for d in dates
    )


def competing_claims(tokens: list[Token], found: list[Found]) -> list[Found]:
    """ "Police said 3 died, but residents insisted at least 10 were killed": a later killed
    figure of the same group (or none) after a contrast word and then a source word is a
    competing claim; ACLED keeps the lowest credible figure, so the higher is dropped."""
    rule = rules()
    killed = [f for f in found if f.kind == "killed"]
    dropped: set[int] = set()
    for a, b in zip(killed, killed[1:], strict=False):
        between = [t.low for t in tokens if a.end <= t.start < b.start]
        cue = next((n for n, w in enumerate(between) if w in rule["competing_cues"]), None)
        if cue is None or set(between) & set(rule["competing_updates"]):
            continue
        sourced = set(between[cue:]) & set(rule["competing_sources"]) or _confirmed(tokens, b)
        if not sourced or not same_group(a, b):
            continue
        dropped.add(id(a) if a.value > b.value else id(b))
    return [f for f in found if id(f) not in dropped]


def _confirmed(tokens: list[Token], figure: Found) -> bool:
    """ "..., though only 13 deaths were confirmed": a later figure stated as confirmed is a
    claim of its own, as one told by a source is."""
    after = [t.low for t in tokens if t.start >= figure.end][:CONFIRMED_WINDOW]
    return bool(set(after) & set(rules()["competing_confirmed"]))


def same_group(a: Found | NumberMention, b: Found | NumberMention) -> bool:
    """The second figure's group is the first's, or unnamed, or a generic word ("people")."""
    generic = set(rules()["generic_groups"])
    heads = [(f.who or "").lower().split()[-1:] for f in (a, b)]
    return not heads[1] or heads[0] == heads[1] or bool(set(heads[1]) & generic)


def unverified_claims(doc: Document, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "A doctor said nine bodies had been brought in. The army said it had eliminated dozens
    of extremists; the figure could not be verified": a higher killed figure in a sentence that
    calls it unverified, with no day of its own, competes with the lower one told just before
    it (same or previous sentence, same paragraph); ACLED keeps the lowest credible figure."""
    return [m for m in mentions if not _unverified_higher(doc, m, mentions)]


def _unverified_higher(doc: Document, m: NumberMention, mentions: list[NumberMention]) -> bool:
    if m.kind != "killed" or m.sentence < 0 or not _unverified(doc, m.sentence):
        return False
    if any(d.sentence == m.sentence and d.kind in ("date", "report") for d in doc.dates):
        return False  # "On Tuesday the army said it killed 30": another day, another act
    return any(
        n.kind == "killed" and n.value < m.value and n.span.end <= m.span.start
        and n.sentence in (m.sentence - 1, m.sentence) and not _unverified(doc, n.sentence)
        and "\n\n" not in doc.text[n.span.end : m.span.start]
        for n in mentions
    )


def _unverified(doc: Document, sentence: int) -> bool:
    return bool(rule_phrases("unverified_cues").search(doc.sentences[sentence].text))


def parts_of_totals(mentions: list[NumberMention]) -> list[NumberMention]:
    """ "Twelve people were killed ... Among the dead were three soldiers": a figure told as a
    part of the dead ("among the dead", "the dead included") names some of another figure's
    dead, so it is dropped when a figure at least as large is told near it (two sentences
    either way); alone it is the only count told (the lowest credible)."""
    return [
        m for m in mentions
        if not (
            _part_of_the_dead(m)
            and any(
                n.kind == "killed" and n.value >= m.value and not _part_of_the_dead(n)
                and abs(n.sentence - m.sentence) <= PART_WINDOW_SENTENCES
                for n in mentions
            )
        )
    ]


def _part_of_the_dead(m: NumberMention) -> bool:
    return m.kind == "killed" and bool(rule_phrases("part_of_the_dead").search(m.span.text))
