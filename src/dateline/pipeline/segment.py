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
Clauses are built in ``segment_clauses``; this module groups them into frames.
All cue words are data (``data/events/cues.json``, ``triggers.csv``, ``roles.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dateline.model import ActorMention, DateMention, Document
from dateline.pipeline import past_acts
from dateline.pipeline.event_days import same_time
from dateline.pipeline.frame_joins import (
    OUTCOME_TACTICS,
    dead_told_after,
    later_death,
    retold_with_its_day,
    runs_on_into,
    same_parties_go_on,
    summed_up,
    toll_follow_up,
)
from dateline.pipeline.place_pieces import town_siblings
from dateline.pipeline.segment_apart import HURT, acts_apart
from dateline.pipeline.segment_clauses import NAMED_ROLES, Clause, clauses, has_headline
from dateline.pipeline.segment_retold import (
    as_told,
    claims_the_act,
    doer_retells,
    in_source_tail,
    in_statement_head,
    is_origin,
    is_part_of_place,
    may_be_retold,
    names_only_the_hurt,
    names_the_told_act,
    retold_in_its_town,
    retold_on_a_later_day,
    tells_a_state_on,
    tells_the_dead_of_the_act,
)
from dateline.pipeline.segment_towns import frame_places, town_keys
from dateline.pipeline.segment_turns import (
    answers_the_act,
    crowd_goes_on,
    forces_come_in,
    forces_take_on_attackers,
    harms_after_capture,
    intervenes_on_the_crowd,
    leaves_the_scene,
    strikes_beside_the_fight,
    told_within_the_act,
)
from dateline.pipeline.triggers import (
    Trigger,
    alternation,
    cue_regex,
    cues,
)
from dateline.resources import data_regex

# re-exported: other stages import these from here
__all__ = ["NAMED_ROLES", "Clause", "Frame", "clauses", "frames", "has_headline"]


@dataclass(slots=True)
class Frame:
    clauses: list[Clause]
    date: DateMention | None = None
    soft_date: bool = False  # the day a statement was made: any day the report gives wins

    @property
    def text(self) -> str:
        """The frame's clauses joined by spaces (what the typing cues read)."""
        return " ".join(c.span.text for c in self.clauses)

    @property
    def triggers(self) -> list[Trigger]:
        return [t for c in self.clauses for t in c.triggers]

    @property
    def actors(self) -> list[ActorMention]:
        return [a for c in self.clauses for a in c.actors]

    @property
    def sentence_ids(self) -> tuple[int, ...]:
        return tuple(sorted({i for c in self.clauses for i in c.sentence_ids}))


def _named(actors: list[ActorMention]) -> set[str]:
    return {a.name for a in actors if a.role_hint in NAMED_ROLES}


def _conflicts(frame: Frame, clause: Clause) -> bool:
    """The clause is about another event than the frame: another day, other named actors, or
    another town for a clause that tells an act of its own ("A drone hit a house in
    Marhanets"). Follow-ups that only count the dead, and claims of responsibility, stay with
    the event just told."""
    if clause.opens_event or clause.headline_piece or _crowd_reaction(frame, clause):
        return True
    if runs_on_into(frame, clause):
        return False  # "... killed in a gunfight that lasted until dawn on Monday": that fight
    towns, own = town_keys(frame_places(frame)), _own_towns(clause)
    if claims_the_act(frame, clause, own - towns):
        return False  # "claimed both attacks as part of a coordinated operation"
    if retold_with_its_day(frame, clause, own, towns):
        return False  # "said on Monday it had seized ..." then "had taken it on Friday"
    if clause.date and frame.date and not same_time(clause.date, frame.date):
        return True
    if _sharper_day(frame, clause):
        return True  # "Last week, insurgents beheaded three fishermen. On Saturday, troops ..."
    if answers_the_act(frame, clause):
        return False  # "Troops counter-attacked and drove the militants back"
    if told_within_the_act(frame, clause):
        return False  # "... and two were captured in the operation"
    if forces_take_on_attackers(frame, clause):
        return True  # "bandits killed nine villagers ... soldiers engaged the bandits"
    if strikes_beside_the_fight(frame, clause):
        return True  # "... clashed near El Fasher. RSF drones also struck a camp for displaced"
    if harms_after_capture(frame, clause):
        return True  # "seized the town ... They killed four civilians": capture, then attack
    if intervenes_on_the_crowd(frame, clause, own):
        return False  # "The Lebanese army fired tear gas to reopen the road."
    if crowd_goes_on(frame, clause):
        return False  # "About 3,000 teachers then marched to New Baneshwor"
    if same_parties_go_on(clause, _named(clause.actors), _named(frame.actors)):
        return False  # "Fighters of the two groups exchanged fire in the Abu Salim district"
    if all(t.tactic in ("claim", "refer") for t in clause.triggers):
        return False  # a claim or a mere reference ("the strikes") speaks of the event just told
    if _fate_of_the_taken(frame, clause):
        return False  # "... took away a student leader. The authorities deny holding him."
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


def _rebuttal(current: Frame | None, clause: Clause) -> bool:
    """A denial with no day of its own answers an act told; one that nobody knows where the
    people taken are held tells their fate ("The authorities deny holding him"; round 22)."""
    if clause.date is not None or not cue_regex("denial_before").search(clause.span.text):
        return False
    return current is None or not _fate_of_the_taken(current, clause)


def _fate_of_the_taken(frame: Frame, clause: Clause) -> bool:
    """A clause that only tells that nobody knows where the people taken are (a denial of
    holding them, no news of them) speaks of the arrest or abduction just told (round 22)."""
    if not clause.triggers or any(t.tactic != "disappear" for t in clause.triggers):
        return False
    return any(t.tactic in ("abduction", "arrest") for t in frame.triggers)


def _own_towns(clause: Clause) -> set[str]:
    """The towns of the clause; with no day of its own, a place written as a part or the
    container of a town ("in Kyivskyi district") is not another town, nor a town a person is
    from (round 23)."""
    places = [p for p in clause.places if not (in_source_tail(clause, p) or is_origin(clause, p)
                                               or in_statement_head(clause, p))]
    if clause.date is not None:
        return town_keys(places)
    return town_keys([p for p in places if not is_part_of_place(clause, p)])


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
    """ "A soldier shot dead a rider ... Hours later, bike riders stormed the checkpoint"."""
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
    told_day: list[Clause] = []  # the paragraph's last clause to tell a day, and what followed
    mishap = False  # the dead or hurt were told with no act of ours (a blast, a crash)
    for clause in clauses(doc):
        if _new_paragraph(doc, previous, clause):
            in_past, told_day = False, []
        previous = clause
        mishap = mishap or _harm_without_act(clause)
        if clause.date is not None or clause.background:
            in_past = clause.background
            told_day = [] if clause.background else [clause]
        elif told_day and not clause.triggers:
            told_day.append(clause)  # "; Ukrainian marines engaged them and sank two boats"
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
        if current is not None and dead_told_after(current, clause):
            current.clauses.append(clause)  # "Local sources speak of several deaths ..."
            continue
        if not clause.triggers and _moves_on(current, clause) and not tells_a_state_on(doc, clause):
            current, moved_to = None, clause.date  # "But on Tuesday morning youths returned."
        if past_told and not quiet_lead and _comes_to_the_day(result, clause):
            past_told, moved_to = False, clause.date  # "The danger came back on Thursday."
        if not clause.triggers or clause.background or (in_past and clause.date is None):
            continue
        if (past_told or quiet_lead) and not result and clause.date is None:
            continue  # "The siege ... ended when ...", "The mission's report accused ...": the
            # past act, or the background of a lead that told no act on its day
        if mishap and _no_act_told(current) and clause.date is None and _only_arrests(clause):
            continue  # "A gas explosion ... killed seven. The owner was detained": negligence
        if _rebuttal(current, clause):
            continue  # "... 'neutralised' terrorists and denied any abuses"
        if all(t.tactic == "refer" for t in clause.triggers) and current is None:
            continue  # "the strikes" with nothing told before refers to nothing we can code
        if current is None and names_only_the_hurt(doc, clause):
            continue  # "the injured were flown to hospital" after a crash: no act told
        if leaves_the_scene(current, clause):
            continue  # "The troops pulled out of the camp on Wednesday morning."
        if past_acts.staged_before(current, clause):
            continue  # "The column had set up camp in the village the previous night."
        if past_acts.told_as_earlier(current, clause):
            continue  # "The group had shelled the same neighbourhood on 5 November, ..."
        if _refers_to_nothing(current, clause):
            continue  # "... blamed that attack": an act the frame told is none of its own
        if clause.aftermath and current is not None:
            tied_on = Frame([clause], current.date, soft_date=True)  # "hours after": its day
            result.insert(result.index(current), tied_on)  # is the story's until one is told
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
        if current is not None and _dead_of_the_act(doc, current, clause):
            current.clauses.append(as_told(doc, clause))  # "Six Maoists ... were killed"
            continue
        account = may_be_retold(clause)  # most clauses retell nothing: None
        told_by_doer = [
            f for f in result if account and doer_retells(doc, f, clause, account, _named(f.actors))
        ]
        if told_by_doer:  # "Russia's defence ministry said its forces had struck ..."
            told_by_doer[-1].clauses.append(as_told(doc, clause, every_act=True))
            continue
        if _reported_later(doc, current, clause) or retold_on_a_later_day(doc, current, clause):
            continue  # "his family reported the kidnapping to police in December"
        earlier = _told_in_full(result, current, clause)
        if earlier is not None:  # "At Jamrud, the attackers opened fire ... on Wednesday"
            current = _joined(earlier, clause)
            continue
        earlier = retold_in_its_town(doc, result, clause, _own_towns(clause))
        if earlier is not None:  # "In Pavlohrad, ... the missile landed near a building"
            current = _joined(earlier, as_told(doc, clause, every_act=True))
            continue
        if current is not None and forces_come_in(current, clause):
            clause = _entry_told(clause)  # "Army units entered the town at dawn ..."
        if current is None or _conflicts(current, clause) or _past_headline(current, clause):
            if current is not None and clause.date is None and past_acts.refers_back(doc, clause):
                continue  # "whether the strikes were linked to the Kirkuk attack": told acts
            current = _open_frame(clause, current, told_day)
            result.append(current)
            continue
        _joined(current, clause)  # a lead takes the first day given
        if current.date is None and clause.report_date is not None:
            current.date, current.soft_date = clause.report_date, True  # "said yesterday it had"
    if mishap and has_headline(doc):  # "Tanker blast kills 30 ..." over a body telling an
        result = [f for f in result if f.sentence_ids != (0,)]  # accident: the headline's sum
    return [Frame(part, f.date, f.soft_date) for f in result for part in acts_apart(f.clauses)]


def _harm_without_act(clause: Clause) -> bool:
    """The clause counts dead or hurt but tells no act of ours: the events stage read what
    killed them as no political act (a tanker blast, a bus that fell into a ravine)."""
    if clause.triggers or clause.background or clause.past_acts:
        return False
    return any(n.kind in HURT and n.value > 0 for n in clause.numbers)


def _entry_told(clause: Clause) -> Clause:
    """The clause with its words for taking a place read as mere references."""
    words = [Trigger(t.span, "refer") if t.tactic == "seize" else t for t in clause.triggers]
    return replace(clause, triggers=words)


def _no_act_told(frame: Frame | None) -> bool:
    """No frame yet, or one telling only dead or hurt ("Bus plunges into gorge, killing 18")."""
    return frame is None or all(t.tactic in OUTCOME_TACTICS for t in frame.triggers)


def _only_arrests(clause: Clause) -> bool:
    """Every act word of the clause is an arrest ("the driver was arrested")."""
    return all(t.tactic == "arrest" for t in clause.triggers)


def _dead_of_the_act(doc: Document, frame: Frame, clause: Clause) -> bool:
    """The clause only tells the dead of the act told, in no other town than the frame's."""
    if clause.opens_event or clause.headline_piece or not tells_the_dead_of_the_act(doc, clause):
        return False
    towns, own = town_keys(frame_places(frame)), _own_towns(clause)
    return not (own and towns and not own & towns)


def _reported_later(doc: Document, frame: Frame | None, clause: Clause) -> bool:
    """A clause naming only the act told, by a definite noun, on a later day than the act's
    (the day it was reported, acknowledged, or its doers detained): no event of its own."""
    if frame is None or frame.date is None or clause.date is None:
        return False
    if clause.date.value <= frame.date.value or any(n.kind == "killed" for n in clause.numbers):
        return False
    return names_the_told_act(doc, clause)


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
    own = town_keys(clause.places)
    town = [f for f in siblings if own and own <= town_keys(frame_places(f))]
    if len(town) != 1:
        return False
    town[0].clauses.append(clause)
    return True


def _comes_to_the_day(found: list[Frame], clause: Clause) -> bool:
    """After background told before any act ("When the highway was widened in the 2000s
    ..."), a clause telling no act on a recent day of its own ("That campaign returned to the
    N-25 on Sunday.") brings the story to the news: the undated acts after it happened that
    day (round 19), they are no past."""
    if found or clause.date is None or clause.background:
        return False
    if any(t.tactic != "refer" for t in clause.triggers):
        return False  # "The violence came back to Ayorou on Friday": a mere reference is no act
    if data_regex("segment/days.json", "present_state").match(clause.date.span.text):
        return False  # "Today the armed men on its roads are cartel gunmen": a state, no day
    return not clause.past_acts


def _told_in_full(found: list[Frame], current: Frame | None, clause: Clause) -> Frame | None:
    """ "A roadside bomb hit a patrol in Bannu ..., hours after militants attacked a post near
    Jamrud" then "At Jamrud, the attackers opened fire at 11 p.m. on Wednesday": an act told
    only as what another followed has the story's day until the body tells it in full; a
    clause naming that act's town, on no later day, is that telling (round 19)."""
    own = _own_towns(clause)
    if not own:
        return None
    for frame in found:
        if frame is current or not frame.soft_date or frame.date is None:
            continue
        if not frame.clauses[0].aftermath or not own & town_keys(frame_places(frame)):
            continue
        if clause.date is None or clause.date.value <= frame.date.value:
            return frame
    return None


def _joined(frame: Frame, clause: Clause) -> Frame:
    """The frame with the clause added; a day the clause gives that the frame should take."""
    frame.clauses.append(clause)
    if clause.date and _better_day(frame, clause.date):
        frame.date, frame.soft_date = clause.date, False
    return frame


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


def _open_frame(clause: Clause, previous: Frame | None, told: list[Clause]) -> Frame:
    """A new frame: the clause's own day, else the story's day ("In Mombasa, protesters
    marched"), else the day the paragraph last told ("On 14 June 2025, Russian troops tried to
    land on an island ... Ukraine's command reported 6 Russian servicemen killed", round 20:
    the clauses since, with no act word of ours, join the frame with their places and
    parties), else the day the statement about it was made ("said on Tuesday it had ...")."""
    if clause.date is not None:
        return Frame([clause], clause.date)
    if previous is not None and previous.date is not None:
        return Frame([clause], previous.date, previous.soft_date)
    if told and told[0].date is not None:
        return Frame([c for c in told if not c.triggers] + [clause], told[0].date)
    return Frame([clause], clause.report_date, clause.report_date is not None)
