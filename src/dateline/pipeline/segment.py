"""Event segmentation: from sentences to clauses with triggers, and clauses to event frames.

ACLED events are atomic by actor pair, day and place. A *clause* is a sentence (joined with
the lowercase continuation of a paragraph broken mid-sentence), or a part of one split at
";" or between the event days it names ("IS attacked A on Sunday and B on Thursday"). A
*frame* collects the clauses about one event: a clause with a trigger opens a new frame when
it names another day, other named actors, or another town for an act of its own, or starts
with "Meanwhile" / "In a separate attack" / "In Mombasa,"; otherwise it adds to the current
frame ("At least 25 soldiers were killed in the operation"). Background (dates long before
publication, a paragraph set in the past), future, hypothetical, negated, denied-only and
non-political mentions (drills, disasters, sport, court cases) never open or feed a frame.
All cue words are data (``data/events/cues.json``, ``triggers.csv``, ``roles.json``).
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
    same_time,
    span_index,
    told_long_ago,
)
from dateline.pipeline.frame_joins import (
    OUTCOME_TACTICS,
    later_death,
    retold_with_its_day,
    runs_on_into,
    same_parties_go_on,
    summed_up,
    toll_follow_up,
)
from dateline.pipeline.place_pieces import place_points, share_the_act, town_siblings
from dateline.pipeline.segment_retold import claims_the_act, is_part_of_place
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

NAMED_ROLES = ("named", "state-named", "country-state")


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


@dataclass(slots=True)
class Frame:
    clauses: list[Clause]
    date: DateMention | None = None
    soft_date: bool = False  # the day a statement was made: any day the report gives wins

    @property
    def triggers(self) -> list[Trigger]:
        return [t for c in self.clauses for t in c.triggers]

    @property
    def actors(self) -> list[ActorMention]:
        return [a for c in self.clauses for a in c.actors]

    @property
    def sentence_ids(self) -> tuple[int, ...]:
        return tuple(sorted({i for c in self.clauses for i in c.sentence_ids}))


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
        if groups and first.islower():
            groups[-1].append(i)
        else:
            groups.append([i])
    return [tuple(g) for g in groups]


def _split_points(doc: Document, span: Span, dates: list[DateMention]) -> list[int]:
    """Offsets where a clause naming several days splits: the last 'and'/';' before each day."""
    points = []
    ordered = sorted(dates, key=lambda d: d.span.start)
    for prev, nxt in zip(ordered, ordered[1:], strict=False):
        gap = doc.text[prev.span.end : nxt.span.start]
        if nxt.value == prev.value or run_gap().match(gap):
            continue
        seps = list(re.finditer(r";|,? and |, while |, before |, after |, then ", gap))
        if seps:
            points.append(prev.span.end + seps[-1].start())
    return points


def aftermath_points(doc: Document, span: Span) -> list[int]:
    """Offsets where a crowd's act is tied to an earlier act of others ("youths torched cars
    ... hours after a police officer shot dead a teenager"): that act is an event of its own."""
    points = []
    for match in cue_regex("aftermath_split").finditer(span.text):
        at = span.start + match.start()
        before, after = find_triggers(doc, doc.span(span.start, at)), find_triggers(
            doc, doc.span(at, span.end)
        )
        crowd = any(t.tactic in cues()["crowd_tactics"] for t in before)
        if crowd and any(t.tactic not in cues()["speech_tactics"] for t in after):
            points.append(at)
    return points


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
    return not re.search(str(cues()["accusation_before"]), before, re.IGNORECASE)


def _make_clause(doc: Document, span: Span, sentence_ids: tuple[int, ...]) -> Clause:
    found = [(t, told_long_ago(doc, span, t)) for t in find_triggers(doc, span)]
    triggers = [t for t, past in found if past is None]
    named_past = past_acts.past_triggers(doc, span, triggers)
    triggers = [t for t in triggers if t not in named_past]
    past = [p for _, p in found if p] + past_acts.days_of_relative_clauses(
        doc, span, triggers, event_dates(doc, span)
    )  # "detained 18 people, who were released the next day": that day is the release's
    date, background = dating(doc, span, triggers, past)
    background = background or past_acts.dated_by_history_marker(doc, span, date)
    reports = [d for d in span_index(doc.dates).inside(span) if is_statement_day(doc, d, span)]
    if date is None and cue_regex("history_markers").search(span.text):
        background = True  # "six years after the battle", "at the time"
    opener = doc.text[span.start : span.start + 60].lstrip(" \"'“‘")
    return Clause(
        span=span,
        sentence_ids=sentence_ids,
        triggers=triggers,
        date=date,
        actors=[a for a in span_index(doc.actors).inside(span) if _is_party(doc, span, a)],
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


def clauses(doc: Document) -> list[Clause]:
    """Every clause of the article, in order; a piece split off at its own day but without a
    trigger borrows the previous piece's triggers and actors ("... A on Sunday and B on
    Thursday")."""
    result: list[Clause] = []
    for group in _sentence_groups(doc):
        span = doc.span(doc.sentences[group[0]].start, doc.sentences[group[-1]].end)
        reasons, aftermath = reason_points(doc, span), aftermath_points(doc, span)
        towns = place_points(doc, span, span_index(doc.places).inside(span))
        splits = _pieces(doc, span, reasons, aftermath + towns)
        pieces = [_make_clause(doc, p, group) for p in splits]
        for piece in pieces:
            piece.aftermath = piece.span.start in aftermath
            piece.opens_event = piece.opens_event or piece.span.start in reasons
        if towns:
            share_the_act(doc, pieces, set(towns))
        if group == (0,) and has_headline(doc):  # "Boko Haram kills 12; army jets strike camp"
            for piece in pieces[1:]:
                piece.headline_piece = any(t.tactic not in OUTCOME_TACTICS for t in piece.triggers)
        for prev, piece in zip(pieces, pieces[1:], strict=False):
            if not piece.triggers and prev.triggers and piece.date is not None:
                piece.triggers = list(prev.triggers)
                piece.actors = [a for a in prev.actors if a.role_hint in NAMED_ROLES] + piece.actors
        result.extend(pieces)
    return result


def _named(actors: list[ActorMention]) -> set[str]:
    return {a.name for a in actors if a.role_hint in NAMED_ROLES}


def _route_end(doc: Document, place: PlaceMention) -> bool:
    """"an ambush on the road to Deir ez-Zor": a town a road or a journey leads to is not
    where the act happened, so it never makes a clause another event."""
    before = doc.text[max(0, place.span.start - 50) : place.span.start]
    return bool(re.search(str(cues()["route_before"]), before, re.IGNORECASE))


def _towns(places: list[PlaceMention]) -> set[str]:
    """Keys of the towns named: the words as written and the gazetteer id, so that a town the
    geoparser resolved differently in two sentences still meets itself."""
    keys: set[str] = set()
    for p in places:
        if p.kind == "place":
            keys.add(p.span.text.lower())
            if p.place and p.place.geonameid:
                keys.add(str(p.place.geonameid))
    return keys


def _conflicts(frame: Frame, clause: Clause) -> bool:
    """The clause is about another event than the frame: another day, other named actors, or
    another town for a clause that tells an act of its own ("A drone hit a house in
    Marhanets"). Follow-ups that only count the dead, and claims of responsibility, stay with
    the event just told."""
    if clause.opens_event or clause.headline_piece or _crowd_reaction(frame, clause):
        return True
    if runs_on_into(frame, clause):
        return False  # "... killed in a gunfight that lasted until dawn on Monday": that fight
    towns, own = _towns([p for c in frame.clauses for p in c.places]), _own_towns(clause)
    if claims_the_act(frame, clause, own - towns):
        return False  # "claimed both attacks as part of a coordinated operation"
    if retold_with_its_day(frame, clause, own, towns):
        return False  # "said on Monday it had seized ..." then "had taken it on Friday"
    if clause.date and frame.date and not same_time(clause.date, frame.date):
        return True
    if _sharper_day(frame, clause):
        return True  # "Last week, insurgents beheaded three fishermen. On Saturday, troops ..."
    if same_parties_go_on(clause, _named(clause.actors), _named(frame.actors)):
        return False  # "Fighters of the two groups exchanged fire in the Abu Salim district"
    if all(t.tactic in ("claim", "refer") for t in clause.triggers):
        return False  # a claim or a mere reference ("the strikes") speaks of the event just told
    tactics = {t.tactic for t in clause.triggers}
    if tactics == {"arrest", "refer"} and not clause.date:
        return False  # "two suspects were detained during the operation": part of it
    if _other_side_of_capture(frame, clause):
        return False  # "the army took Kidal ... the rebels said they had withdrawn from the town"
    mine, theirs = _named(clause.actors), _named(frame.actors)
    if mine and theirs and not mine & theirs:
        return True
    if all(t.tactic in OUTCOME_TACTICS for t in clause.triggers):
        return False
    return bool(own and towns and not own & towns)


def _own_towns(clause: Clause) -> set[str]:
    """The towns of the clause; with no day of its own, a place written as a part or the
    container of a town ("in Kyivskyi district") is not another town."""
    if clause.date is not None:
        return _towns(clause.places)
    return _towns([p for p in clause.places if not is_part_of_place(clause, p)])


def _sharper_day(frame: Frame, clause: Clause) -> bool:
    """A clause that gives its act a day of its own inside the frame's coarser span (a week,
    a month) tells another event, unless it only counts the dead of the one told."""
    if clause.date is None or frame.date is None:
        return False
    if clause.date.precision >= frame.date.precision:
        return False
    return not all(t.tactic in OUTCOME_TACTICS for t in clause.triggers)


def _other_side_of_capture(frame: Frame, clause: Clause) -> bool:
    """A withdrawal told right after a capture is the loser's side of that capture."""
    leaving = cues()["leaving_tactics"]
    taken = any(t.tactic == "seize" for t in frame.triggers)
    return taken and all(t.tactic in leaving for t in clause.triggers)


def _crowd_reaction(frame: Frame, clause: Clause) -> bool:
    """"A soldier shot dead a rider ... Hours later, bike riders stormed the checkpoint"."""
    crowd = cues()["crowd_tactics"]
    if any(t.tactic in crowd for t in frame.triggers):
        return False
    opener = re.match(rf"\s*(?:{alternation('reaction_opener')})\b", clause.span.text, re.I)
    return bool(opener) and any(t.tactic in crowd for t in clause.triggers)


def _new_paragraph(doc: Document, previous: Clause | None, clause: Clause) -> bool:
    if previous is None:
        return True
    return "\n" in doc.text[previous.span.end : clause.span.start]


def frames(doc: Document) -> list[Frame]:
    """Group the asserted, current clauses of the article into event frames. Undated clauses
    in a paragraph an earlier clause set in the past ("In 1994 ...") are history too."""
    result: list[Frame] = []
    current: Frame | None = None
    previous: Clause | None = None
    moved_to: DateMention | None = None  # a day a clause with no act moved the story on to
    in_past = False
    past_told = False  # an act of the past told before any frame ("in January 2019 ...")
    quiet_lead: bool | None = None  # the first day told came with no act ("a court on Tuesday")
    for clause in clauses(doc):
        if _new_paragraph(doc, previous, clause):
            in_past = False
        previous = clause
        if clause.date is not None or clause.background:
            in_past = clause.background
        past_told = past_told or clause.background or clause.past_acts
        if quiet_lead is None and clause.date is not None and not clause.background:
            quiet_lead = not clause.triggers and (
                clause.past_acts or past_acts.tells_quiet_news(clause.span)
            )
        if current is not None and later_death(current, clause):
            clause.later_death = True  # ACLED codes a death from wounds on the attack's day
            current.clauses.append(clause)
            continue
        told = summed_up(result, current, clause)
        if told is not None and toll_follow_up(doc, told, clause, told is current):
            told.clauses.append(clause)  # "...; a regional official put the toll at 14"
            continue
        if not clause.triggers and _moves_on(current, clause):
            current, moved_to = None, clause.date  # "But on Tuesday morning youths returned."
        if not clause.triggers or clause.background or (in_past and clause.date is None):
            continue
        if (past_told or quiet_lead) and not result and clause.date is None:
            continue  # "The siege ... ended when ...", "The mission's report accused ...": the
            # past act, or the background of a lead that told no act on its day
        if clause.date is None and cue_regex("denial_before").search(clause.span.text):
            continue  # a rebuttal ("... 'neutralised' terrorists and denied any abuses")
        if all(t.tactic == "refer" for t in clause.triggers) and current is None:
            continue  # "the strikes" with nothing told before refers to nothing we can code
        if past_acts.staged_before(current, clause):
            continue  # "The column had set up camp in the village the previous night."
        if _refers_to_nothing(current, clause):
            continue  # "... blamed that attack": an act the frame told is none of its own
        if clause.aftermath and current is not None:
            result.insert(result.index(current), _open_frame(clause, current))
            continue  # what follows still speaks of the crowd's act, told first
        if current is None and moved_to is not None and clause.date is None:
            current = _frame_of_day(result, moved_to)  # the story of that day, told earlier
            if current is None:
                current = Frame([clause], moved_to)
                result.append(current)
            else:
                current.clauses.append(clause)
            moved_to = None
            continue
        moved_to = None
        siblings = town_siblings(result, current)
        if siblings and _told_of_sibling(siblings, clause):
            continue  # "JNIM claimed the attacks", "Residents of Kayes heard gunfire"
        if current is None or _conflicts(current, clause) or _past_headline(current, clause):
            if current is not None and clause.date is None and past_acts.refers_back(doc, clause):
                continue  # "whether the strikes were linked to the Kirkuk attack": told acts
            current = _open_frame(clause, current)
            result.append(current)
            continue
        current.clauses.append(clause)
        if clause.date and _better_day(current, clause.date):
            current.date, current.soft_date = clause.date, False  # a lead takes the first day given
        elif current.date is None and clause.report_date is not None:
            current.date, current.soft_date = clause.report_date, True  # "said yesterday it had"
    return result


def _told_of_sibling(siblings: list[Frame], clause: Clause) -> bool:
    """After one act told town by town ("21 in Kayes and 11 in Nioro du Sahel"), a claim
    speaks of every town's event, and a clause without a day of its own naming one of the
    towns speaks of that town's event: neither opens another. Adds it where it belongs."""
    if clause.opens_event or clause.date is not None:
        return False
    if all(t.tactic == "claim" for t in clause.triggers):
        for frame in siblings:
            frame.clauses.append(clause)
        return True
    own = _towns(clause.places)
    town = [f for f in siblings if own and own <= _towns([p for c in f.clauses for p in c.places])]
    if len(town) != 1:
        return False
    town[0].clauses.append(clause)
    return True


def _moves_on(frame: Frame | None, clause: Clause) -> bool:
    """A clause telling no act that names another day than the frame's ("But on Tuesday
    morning groups of youths returned to the streets."): what follows, undated, happened
    that day, not on the frame's."""
    if frame is None or frame.date is None or clause.date is None or clause.background:
        return False
    return not same_time(clause.date, frame.date)


def _frame_of_day(found: list[Frame], day: DateMention) -> Frame | None:
    """The frame already told of ``day`` (a lead that a later paragraph comes back to)."""
    return next((f for f in found if f.date and same_time(f.date, day)), None)


def _past_headline(frame: Frame, clause: Clause) -> bool:
    """A frame opened by the second half of a headline ("...; army jets strike camp") sums up
    a story the body tells in full: the body's clauses make frames of their own."""
    return frame.clauses[0].headline_piece and clause.sentence_ids[0] > 0


def _refers_to_nothing(frame: Frame | None, clause: Clause) -> bool:
    """Only talk of an act ("Washington blamed that attack on ...") after a frame telling no
    act it could be about (a group's announcement): it speaks of an event not coded."""
    speech = cues()["speech_tactics"]
    if frame is None or not all(t.tactic in speech for t in clause.triggers):
        return False
    acts = [t for t in frame.triggers if t.tactic not in speech]
    return bool(acts) and all(t.tactic in cues()["no_act_tactics"] for t in acts)


def _better_day(frame: Frame, day: DateMention) -> bool:
    """A day the frame should take: it has none, only a statement's, or a coarser one."""
    return frame.date is None or frame.soft_date or day.precision < frame.date.precision


def _open_frame(clause: Clause, previous: Frame | None) -> Frame:
    """A new frame: the clause's own day, else the story's day ("In Mombasa, protesters
    marched"), else the day the statement about it was made ("said on Tuesday it had ...")."""
    if clause.date is not None:
        return Frame([clause], clause.date)
    if previous is not None and previous.date is not None:
        return Frame([clause], previous.date, previous.soft_date)
    return Frame([clause], clause.report_date, clause.report_date is not None)


def _names_told_act(clause: Clause) -> bool:
    """A clause opening on a definite act ("The siege ...", "That attack ...") speaks of one
    the article told before; with only a past act told, it is that act, long past."""
    return bool(cue_pattern("past_act_opener").search(clause.span.text))
