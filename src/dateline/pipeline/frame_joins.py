"""Clauses that join the event just told instead of opening one: a toll stated after it, an
analyst note's summary closing its paragraph ("2 fatalities."), a figure of the dead told with
no act ("Local sources speak of several deaths among the combatants"), and a later death from
the event's wounds ("One of them died of his wounds on Thursday"; ACLED codes it on the attack
day) unless it only names again a victim already told ("a 19-year-old had died of his wounds").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.model import Document
from dateline.pipeline.event_days import same_time
from dateline.pipeline.note_figures import is_summary
from dateline.pipeline.numbers import is_toll
from dateline.pipeline.triggers import cue_pattern, cue_regex, cues
from dateline.resources import data_regex

if TYPE_CHECKING:  # segment imports this module
    from dateline.pipeline.segment import Clause, Frame

OUTCOME_TACTICS = ("kill", "injure", "claim", "refer")  # words that tell no tactic of their own


def toll_follow_up(doc: Document, frame: Frame, clause: Clause, current: bool = True) -> bool:
    """A clause telling no act of its own that states the toll of the event just told, in
    the same or the next sentence ("Residents said 30 were killed; an official put the toll at
    14"): that toll belongs to the frame. An analyst note's summary ("1 fatality.") closes
    the note of the event its paragraph told, however many sentences come between, even
    after a sentence that moved the story to another day ("reported it the next day")."""
    if clause.background or not any(is_toll(n) for n in clause.numbers):
        return False
    if _toll_rose_later(frame, clause):  # "On Tuesday the death toll rose to six"
        return all(t.tactic == "kill" for t in clause.triggers)
    if clause.triggers:
        return False
    if clause.date is not None and (frame.date is None or not same_time(clause.date, frame.date)):
        return False
    if current and clause.sentence_ids[0] <= frame.clauses[-1].sentence_ids[-1] + 1:
        return True
    # a summary of no dead ("Fatalities: 0.") adds nothing: it leaves the event's sentences be
    summary = any(is_summary(n.span.text) and n.value > 0 for n in clause.numbers)
    return summary and "\n" not in doc.text[frame.clauses[-1].span.end : clause.span.start]


def _toll_rose_later(frame: Frame, clause: Clause) -> bool:
    """ "On Sunday the toll rose to nine from six": the event's toll reported on a later day
    (ACLED keeps the dead on the event's day), not an act of that day."""
    if frame.date is None or clause.date is None or clause.date.value <= frame.date.value:
        return False
    return bool(_count_cue("toll_rose").search(clause.span.text))


def later_death(frame: Frame, clause: Clause) -> bool:
    """A clause whose only act is the later death of someone the event hurt ("One of them
    died of his wounds on Thursday", "Two more victims succumbed to their injuries"): it
    opens no event of its own, its dead are the event's (ACLED: coded on the attack day)."""
    dead = any(n.kind == "killed" for n in clause.numbers)
    if clause.background or clause.opens_event or not dead:
        return False
    if not all(t.tactic in OUTCOME_TACTICS for t in clause.triggers):
        return False
    if clause.date and frame.date and clause.date.value < frame.date.value:
        return False  # a death before the event is no death from its wounds
    if restates_the_dead(frame, clause):
        return False
    return bool(cue_regex("later_death").search(clause.span.text))


def _count_cue(key: str) -> re.Pattern[str]:
    return data_regex("segment/counts.json", key)


def restates_the_dead(frame: Frame, clause: Clause) -> bool:
    """One death named by who the victim was ("a 19-year-old had died of his wounds in
    hospital"), after the frame told a death: the same victim, not one more."""
    dead = [n for n in clause.numbers if n.kind == "killed"]
    if len(dead) != 1 or dead[0].value != 1:
        return False
    if not any(n.kind == "killed" and n.value > 0 for c in frame.clauses for n in c.numbers):
        return False
    before = clause.span.text[: dead[0].span.end - clause.span.start]
    if _count_cue("more_victims").search(before):
        return False  # "another victim died", "one of the wounded died"
    return bool(_count_cue("restated_victim").search(before))


def dead_told_after(frame: Frame, clause: Clause) -> bool:
    """A clause telling no act, right after the frame's, with a figure of the dead that is no
    tally over time ("Local sources speak of several deaths among the combatants"; "; the army
    said it had 'neutralised several assailants'"): the frame's dead."""
    if clause.triggers or clause.background or clause.opens_event:
        return False
    if clause.date is not None and (frame.date is None or not same_time(clause.date, frame.date)):
        return False
    if clause.sentence_ids[0] > frame.clauses[-1].sentence_ids[-1] + 1:
        return False
    if not any(n.kind == "killed" and n.value > 0 for n in clause.numbers):
        return False
    acts = {*cues()["harm_tactics"], *cues()["violent_tactics"]}  # an ambush is an "attack"
    if not any(t.tactic in acts for t in frame.triggers):
        return False  # an announcement, a deal: no act whose dead these could be
    if cue_regex("earlier_act").search(clause.span.text):
        return False  # "came days after a drone attack killed three soldiers": another act
    return not _count_cue("aggregate").search(clause.span.text)


def summed_up(found: list[Frame], current: Frame | None, clause: Clause) -> Frame | None:
    """The frame a toll follows up: the current one, but an analyst note's summary ("2
    fatalities.") sums up the last act told, even after a day moved on or a mere reference
    ("Local sources reported the incident the next day")."""
    if not any(is_summary(n.span.text) for n in clause.numbers):
        return current
    speech = cues()["speech_tactics"]
    acts = (f for f in reversed(found) if any(t.tactic not in speech for t in f.triggers))
    return next(acts, current)


def runs_on_into(frame: Frame, clause: Clause) -> bool:
    """A clause whose day is where the frame's act ran on to ("killed in a gunfight that
    lasted until dawn on Monday", after "attacked a post late on Sunday"): the same fight past
    midnight, not another event. Only the next day: a fight that went on for days is told
    day by day (ongoing_tactics)."""
    if clause.date is None or frame.date is None or clause.opens_event:
        return False
    if clause.date.precision != 1 or frame.date.precision != 1:
        return False
    if (clause.date.value - frame.date.value).days != 1:
        return False
    before = clause.span.text[: clause.date.span.start - clause.span.start]
    return bool(cue_pattern("duration_end_before").search(before))


def same_parties_go_on(clause: Clause, mine: set[str], theirs: set[str]) -> bool:
    """A clause that names the sides only as those of the act just told ("Fighters of the
    two groups exchanged fire in the Abu Salim district", "both sides traded fire near the
    airport") goes on telling that fight, in another quarter: it names no party of its own
    (``mine``: the parties the clause names, ``theirs``: those the frame names)."""
    if clause.date is not None or not cue_pattern("same_parties").search(clause.span.text):
        return False
    if cue_regex("also").search(clause.span.text):
        return False  # "the two sides also fought in Bahir Dar": another fight of theirs
    return not mine - theirs


def retold_with_its_day(frame: Frame, clause: Clause, own: set[str], towns: set[str]) -> bool:
    """A frame dated only by the day its statement was made ("said on Monday it had seized the
    headquarters") and a clause telling the same kind of act on an earlier day ("its fighters
    had taken full control of the base on Friday"): the clause gives that act its day, it is
    no other event; so does a clause opening on the doers named again ("The attackers arrived
    at about 11 p.m. on Saturday", round 20), whatever its act words. Not for another town
    (``own``: the clause's, ``towns``: the frame's) nor an act told as more ("had also
    taken")."""
    if not frame.soft_date or frame.date is None or clause.date is None or clause.opens_event:
        return False
    if clause.date.value > frame.date.value or cue_regex("also").search(clause.span.text):
        return False
    if own and towns and not own & towns:
        return False
    if data_regex("segment/retold.json", "doers_named_again").match(clause.span.text):
        return True  # "The attackers arrived at about 11 p.m. on Saturday, fired into the air"
    acts = {t.tactic for t in frame.triggers} - set(OUTCOME_TACTICS)
    return bool(acts & {t.tactic for t in clause.triggers})
