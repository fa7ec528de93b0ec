"""Clauses: the units event segmentation groups into frames (``segment.frames``).

A *clause* is a sentence (joined with the lowercase continuation of a paragraph broken
mid-sentence), or a part of one split at ";", between the event days it names ("IS attacked A
on Sunday and B on Thursday"), where a crowd's act is tied to an earlier act of others, at
the reason for arrests that has a day of its own, or at a figure given per town. Each clause
carries its triggers, day, parties, numbers and places, and flags that tell the frame
builder how to treat it (background, headline piece, aftermath, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dateline.model import ActorMention, DateMention, Document, NumberMention, PlaceMention, Span
from dateline.pipeline import past_acts
from dateline.pipeline.event_days import (
    dating,
    event_dates,
    is_background,
    is_statement_day,
    run_gap,
    run_of_days,
    span_index,
    told_long_ago,
)
from dateline.pipeline.frame_joins import OUTCOME_TACTICS
from dateline.pipeline.place_pieces import list_points, place_points, share_the_act, share_the_list
from dateline.pipeline.segment_turns import NAMED_ROLES, act_points, separate_act_points
from dateline.pipeline.triggers import (
    Trigger,
    alternation,
    cue_pattern,
    cue_regex,
    cues,
    find_triggers,
    is_reporter,
    trigger_patterns,
)
from dateline.resources import data_regex


@dataclass(slots=True)
class Clause:
    span: Span
    sentence_ids: tuple[int, ...]
    triggers: list[Trigger]
    date: DateMention | None = None
    actors: list[ActorMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    opens_event: bool = False  # starts with "Meanwhile", "In a separate attack", ...
    background: bool = False  # its date is history or future: not coded
    report_date: DateMention | None = None  # "the army said on Tuesday it had taken ..."
    # the run of days one act is told over ("killed six on Monday and Tuesday"), else empty
    run_of_days: tuple[DateMention, ...] = ()
    aftermath: bool = False  # "... hours after police shot dead a teenager": an earlier act
    headline_piece: bool = False  # "...; army jets strike camp": a later half of a headline
    later_death: bool = False  # "One of the wounded died the following day": adds to the toll
    anchor: Span | None = None  # "11 in Nioro du Sahel": where the act of a town's piece is
    past_acts: bool = False  # names acts long past or that a court case is about (past_acts)


def has_headline(doc: Document) -> bool:
    """The first sentence is a headline: it stands alone above the text (a line break after
    it) and, unlike a lead paragraph, ends without a full stop."""
    sentences = doc.sentences
    if len(sentences) < 2 or "\n" not in doc.text[sentences[0].end : sentences[1].start]:
        return False
    return not sentences[0].text.rstrip().endswith((".", "!", "?", '"', "\u201d"))


def _sentence_groups(doc: Document) -> list[tuple[int, ...]]:
    """Sentences, with a lowercase continuation joined to the sentence it continues."""
    # (";" splits are made later, in _pieces)
    groups: list[list[int]] = []
    for i, sentence in enumerate(doc.sentences):
        first = sentence.text.lstrip()[:1]
        if groups and first.islower() and not _tag_cut(doc.sentences[i - 1].text):
            groups[-1].append(i)
        else:
            groups.append([i])
    return [tuple(g) for g in groups]


def _tag_cut(previous: str) -> bool:
    """ "... unpaid allowances. [" + "size=around 150] On the same day, nurses in ...": the
    splitter cut a note's bracketed tag after a full stop; what follows is no continuation
    of that sentence, however it starts (round 21)."""
    return bool(data_regex("segment/days.json", "tag_cut_end").search(previous))


def _split_points(doc: Document, span: Span, dates: list[DateMention]) -> list[int]:
    """Offsets where a clause naming several days splits: the last 'and'/';' before each day."""
    points = []
    ordered = sorted(dates, key=lambda d: d.span.start)
    for prev, nxt in zip(ordered, ordered[1:], strict=False):
        gap = doc.text[prev.span.end : nxt.span.start]
        if nxt.value == prev.value or run_gap().match(gap) or _state_day(doc, nxt):
            continue
        seps = list(data_regex("segment/days.json", "day_separators").finditer(gap))
        if seps:
            points.append(prev.span.end + seps[-1].start())
    return points


def _state_day(doc: Document, day: DateMention) -> bool:
    """ "broke out on Sunday ... and had driven 2,000 people into the town by yesterday": a day
    a state was reached by is no day of an act, so the clause does not split there (round 21)."""
    before = doc.text[max(0, day.span.start - 20) : day.span.start]
    return bool(data_regex("segment/days.json", "state_day_before").search(before))


def aftermath_points(doc: Document, span: Span) -> list[int]:
    """Offsets where a crowd's act is tied to an earlier act of others ("youths torched cars
    ... hours after a police officer shot dead a teenager"): that act is an event of its own."""
    points = []
    for match in cue_regex("aftermath_split").finditer(span.text):
        at = span.start + match.start()
        before, after = (
            find_triggers(doc, doc.span(span.start, at)),
            find_triggers(doc, doc.span(at, span.end)),
        )
        crowd = any(t.tactic in cues()["crowd_tactics"] for t in before)
        told = [t.tactic for t in after if t.tactic not in cues()["speech_tactics"]]
        if not told or (crowd and set(told) <= set(cues()["crowd_tactics"])):
            continue  # "fired tear gas at protesters hours after they blocked the highway"
        if crowd or _elsewhere(doc, doc.span(span.start, at), doc.span(at, span.end), before):
            points.append(at)
    return points


def _elsewhere(doc: Document, before: Span, after: Span, acts: list[Trigger]) -> bool:
    """ "A roadside bomb hit a truck in Bannu ..., hours after militants attacked a post near
    Jamrud": an act of its own told before, and the earlier act in another town than any
    the part before names: two events (round 19), not the same act told twice."""
    if not any(t.tactic not in OUTCOME_TACTICS for t in acts):
        return False
    index = span_index(doc.places)
    towns_before = {p.span.text.lower() for p in index.inside(before) if not _route_end(doc, p)}
    towns_after = {p.span.text.lower() for p in index.inside(after) if not _route_end(doc, p)}
    return bool(towns_before and towns_after and not towns_before & towns_after)


@cache
def _arrest_words() -> re.Pattern[str]:
    arrest = [r.pattern for r, tactic in trigger_patterns() if tactic == "arrest"]
    return re.compile("|".join(arrest), re.IGNORECASE)


def reason_points(doc: Document, span: Span) -> list[int]:
    """Offsets where the reason for arrests starts ("arrested three men on Monday over a grenade
    attack on a police post last month") when that act has a recent day of its own: an event
    of its own. Undated or long-past reasons stay the arrests' reasons."""
    if not (_arrest_words().search(span.text) and cue_regex("reason_split").search(span.text)):
        return []  # most clauses: no arrest, no need to look for triggers
    arrests = [t for t in find_triggers(doc, span) if t.tactic == "arrest"]
    if not arrests:
        return []
    points = []
    for match in cue_regex("reason_split").finditer(span.text, arrests[0].span.end - span.start):
        tail = doc.span(span.start + match.start(), span.end)
        days = [d for d in event_dates(doc, tail) if d.kind == "date"]
        acts = [t for t in find_triggers(doc, tail) if t.tactic not in cues()["speech_tactics"]]
        if days and acts and not any(is_background(doc, d) for d in days):
            points.append(tail.start)
            break
    return points


def _pieces(doc: Document, span: Span, reasons: list[int], other: list[int]) -> list[Span]:
    """The clause split at each ";", between the parts naming different event days, at the
    ``other`` points (aftermath, a figure per town) and at the ``reasons`` for arrests that
    are events of their own."""
    days = [d for d in event_dates(doc, span) if d.kind == "date"]
    semicolons = [span.start + m.start() for m in re.finditer(";", span.text)]
    found = {*_split_points(doc, span, days), *semicolons, *other}
    points = sorted(found | set(reasons))
    bounds = [span.start, *points, span.end]
    return [doc.span(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _is_party(doc: Document, span: Span, actor: ActorMention) -> bool:
    """An actor of the clause who may take part in its event: not its source ("a police
    spokesman said"), nor a tie the victim was accused of ("accusing him of being an informer
    for the military")."""
    if not span.contains(actor.span) or is_reporter(doc, span, actor):
        return False
    before = doc.text[span.start : actor.span.start]
    return not cue_pattern("accusation_before").search(before)


def _make_clause(doc: Document, span: Span, sentence_ids: tuple[int, ...]) -> Clause:
    found = [(t, told_long_ago(doc, span, t)) for t in find_triggers(doc, span)]
    triggers = [t for t, past in found if past is None]
    named_past = past_acts.past_triggers(doc, span, triggers)
    triggers = [t for t in triggers if t not in named_past]
    days = event_dates(doc, span)
    relatives = past_acts.earlier_relative_days(doc, span, days)
    grievance = _grievance(doc, triggers, relatives)
    named_past += grievance  # "students rallied for a classmate who was killed on 30 August"
    triggers = [t for t in triggers if t not in grievance]
    grieved = relatives if grievance else []
    past = [p for _, p in found if p] + past_acts.days_of_relative_clauses(
        doc, span, triggers, days
    )  # "detained 18 people, who were released the next day": that day is the release's
    past += [day for _, day in relatives]
    past += [day for t in named_past for day in past_acts.followed_vaguely(doc, span, t)]
    date, background = dating(doc, span, triggers, past)
    background = background or past_acts.dated_by_history_marker(doc, span, date)
    background = background or past_acts.tells_a_habit(span, date)
    background = background or past_acts.tells_a_summary(span)
    background = background or past_acts.tells_a_span(doc, span, date)
    reports = [d for d in span_index(doc.dates).inside(span) if is_statement_day(doc, d, span)]
    if date is None and cue_regex("history_markers").search(span.text):
        background = True  # "six years after the battle", "at the time"
    opener = doc.text[span.start : span.start + 60].lstrip(" \"'“‘")
    return Clause(
        span=span,
        sentence_ids=sentence_ids,
        triggers=triggers,
        date=date,
        actors=[
            a
            for a in span_index(doc.actors).inside(span)
            if _is_party(doc, span, a) and not _in_grievance(a.span, grieved)
        ],
        numbers=span_index(doc.numbers).inside(span),
        places=[p for p in span_index(doc.places).inside(span) if not _route_end(doc, p)],
        opens_event=bool(
            re.match(rf"(?:{alternation('new_event')})\b", opener, re.IGNORECASE)
            or re.match(str(cues()["new_event_place"]), opener)
        ),
        background=background,
        past_acts=bool(named_past) or any(past for _, past in found),
        report_date=reports[0] if reports and not is_background(doc, reports[0]) else None,
        run_of_days=run_of_days(doc, span, date),
    )


def _grievance(
    doc: Document, triggers: list[Trigger], relatives: list[tuple[int, DateMention]]
) -> list[Trigger]:
    """The acts told in a relative clause dated earlier than the clause, when a crowd acts
    outside it: the crowd's grievance, no act of the clause. Other acts so told are kept
    ("arrested a man who had attacked a bus on 3 October")."""
    if not relatives or not _crowd_outside(triggers, relatives):
        return []
    return [t for t in triggers if _inside_relative(doc, t, relatives)]


def _crowd_outside(triggers: list[Trigger], relatives: list[tuple[int, DateMention]]) -> bool:
    """A crowd's act told outside the relative clause: what that clause tells is the crowd's
    grievance ("students rallied ... for a classmate who was killed on 30 August", "traders
    whose shops were burned by a mob on 20 September marched")."""
    crowd = cues()["crowd_tactics"]
    return any(
        t.tactic in crowd
        and not any(at <= t.span.start < day.span.end for at, day in relatives)
        for t in triggers
    )


def _in_grievance(span: Span, grievance: list[tuple[int, DateMention]]) -> bool:
    """ "traders whose shops were burned by a mob on 20 September": the mob is no party."""
    return any(at <= span.start < day.span.start for at, day in grievance)


def _inside_relative(
    doc: Document, trigger: Trigger, relatives: list[tuple[int, DateMention]]
) -> bool:
    """The trigger sits between a relative clause's opener and the earlier day told in it,
    or names the act of its antecedent ("the murder of a community leader, who was ...")."""
    return any(
        (trigger.span.end > at and trigger.span.start < day.span.start)
        or (trigger.span.end <= at and past_acts.names_the_antecedent_act(doc, trigger.span, at))
        for at, day in relatives
    )


def clauses(doc: Document) -> list[Clause]:
    """Every clause of the article, in order; a piece split off at its own day but without a
    trigger borrows the previous piece's triggers and actors ("... A on Sunday and B on
    Thursday")."""
    result: list[Clause] = []
    for group in _sentence_groups(doc):
        span = doc.span(doc.sentences[group[0]].start, doc.sentences[group[-1]].end)
        reasons, aftermath = reason_points(doc, span), aftermath_points(doc, span)
        places = span_index(doc.places).inside(span)
        towns, acts = place_points(doc, span, places), act_points(doc, span, places)
        acts += separate_act_points(span)  # "..., and in a separate incident gunmen ..."
        listed = [] if towns else list_points(doc, span, places)  # "in Lahore, Faisalabad and"
        splits = _pieces(doc, span, reasons + acts, aftermath + towns + listed)
        pieces = [_make_clause(doc, p, group) for p in splits]
        for piece in pieces:
            piece.aftermath = piece.span.start in aftermath
            piece.opens_event = piece.opens_event or piece.span.start in reasons + acts
        if towns:
            share_the_act(doc, pieces, set(towns))
        if listed:
            share_the_list(pieces, set(listed))
        if group == (0,) and has_headline(doc):  # "Boko Haram kills 12; army jets strike camp"
            for piece in pieces[1:]:
                piece.headline_piece = any(t.tactic not in OUTCOME_TACTICS for t in piece.triggers)
        for prev, piece in zip(pieces, pieces[1:], strict=False):
            if _borrows_the_act(prev, piece):
                piece.triggers = list(prev.triggers)
                piece.actors = [a for a in prev.actors if a.role_hint in NAMED_ROLES] + piece.actors
        result.extend(pieces)
    return result


def _borrows_the_act(prev: Clause, piece: Clause) -> bool:
    """A piece split off at its own day with no act word shares the act before it ("killed
    six in A on Sunday and four in B on Monday"); not after a ";", which starts a clause of
    its own ("were killed; their bodies were carried out on Friday")."""
    if piece.triggers or not prev.triggers or piece.date is None:
        return False
    return not piece.span.text.lstrip().startswith(";")


def _route_end(doc: Document, place: PlaceMention) -> bool:
    """ "an ambush on the road to Deir ez-Zor": a town a road or a journey leads to is not
    where the act happened, so it never makes a clause another event."""
    before = doc.text[max(0, place.span.start - 50) : place.span.start]
    return bool(cue_pattern("route_before").search(before))
