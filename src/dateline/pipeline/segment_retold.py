"""Clauses that tell again the act their frame just told, and so open no event of their own.

Held-out, the largest extra-event errors were one act coded twice. Two kinds are joined here:
a follow-up naming a part of the town told ("One drone hit a building in Kyivskyi district",
"Residents of the Campo El Diez neighbourhood reported gunfire"), and the doer's claim naming
the act as part of a wider one ("claimed both attacks as part of a coordinated operation").
Each rule holds only for a clause that brings no other town and no day of its own: those
still make another event. Containers (a department, a province) are left out: another
village may lie in them. Cues: ``data/segment/retold.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from dateline.pipeline.event_days import same_time
from dateline.pipeline.frame_joins import OUTCOME_TACTICS
from dateline.pipeline.segment_towns import frame_places, told_towns, town_keys, town_names
from dateline.pipeline.segment_turns import (
    families,
    forces_take_on_attackers,
    strikes_beside_the_fight,
)
from dateline.pipeline.triggers import Trigger, cues
from dateline.resources import data_regex, load_json

if TYPE_CHECKING:
    from dateline.model import DateMention, Document, PlaceMention
    from dateline.pipeline.segment import Clause, Frame


@cache
def _cues() -> dict[str, Any]:
    return dict(load_json("segment/retold.json"))


def _regex(key: str) -> re.Pattern[str]:
    return data_regex("segment/retold.json", key)


def is_part_of_place(clause: Clause, place: PlaceMention) -> bool:
    """The place is written as a part of a town ("Kyivskyi district", "the Campo El Diez
    neighbourhood", "the outskirts of Gao"): where the act was, not another town."""
    text, start = clause.span.text, clause.span.start
    after = text[place.span.end - start :]
    before = text[: place.span.start - start]
    return bool(_regex("unit_after").match(after) or _regex("unit_before").search(before))


def claims_the_act(frame: Frame, clause: Clause, own_towns: set[str]) -> bool:
    """A claim of responsibility after an act, naming it as part of a wider one ("the BLA
    claimed both attacks as part of a coordinated operation"): the words after the claim
    name what was claimed, not another act. A claim naming a town or a day of its own may
    tell an act not told before: not joined (a claim dated the next day joined to the act
    cost actors on held-out articles, so it is left alone)."""
    claims = [t for t in clause.triggers if t.tactic == "claim"]
    if not claims or own_towns or not frame.triggers or clause.date is not None:
        return False
    later = [t for t in clause.triggers if t.span.start > claims[0].span.start]
    return len(later) + len(claims) == len(clause.triggers)  # no act told before the claim


def names_the_told_act(doc: Document, clause: Clause) -> bool:
    """Every act word of the clause is a noun of an act already told, written with a definite
    word ("his family reported the kidnapping to police in December", "the authorities
    acknowledged the arrest two days later", "detained four people over the lynching on
    Tuesday"): talk about the act, whose day is the report's, not another event."""
    if not clause.triggers or _regex("goes_on").search(clause.span.text):
        return False  # "the fighting resumed on Wednesday": the act again, on its own day
    return all(_definite_act(doc, t) for t in clause.triggers)


def _definite_act(doc: Document, trigger: Trigger) -> bool:
    before = doc.text[max(0, trigger.span.start - 40) : trigger.span.start]
    if _regex("relative_before").search(before):
        return True  # "patrolled the neighbourhood where he was shot"
    if not _regex("act_noun").match(trigger.span.text.split()[-1]):
        return False
    return trigger.tactic == "refer" or bool(_regex("definite_before").search(before))


def tells_the_dead_of_the_act(doc: Document, clause: Clause) -> bool:
    """A clause telling no act but the dead (and words for the act), in the passive with no
    doer ("Six Maoists, two of them women, were killed"; "the army said 20 ISWAP fighters were
    killed in the operation"; "attributed the attack to IS Sahel ... were neutralised by the
    counter-attack"): the dead of the act told, even when they are the side it did not name."""
    outcome = ("kill", "injure", "refer", "claim")
    acts = [t for t in clause.triggers if t.tactic not in outcome]
    if clause.date is not None or not all(_definite_act(doc, t) for t in acts):
        return False
    return bool(_regex("passive_dead").search(clause.span.text))


def as_told(doc: Document, clause: Clause, every_act: bool = False) -> Clause:
    """The clause with its definite act nouns (or, ``every_act``, all its acts but the dead
    and hurt) made words for the act told ("by the counter-attack", the doer's account): they
    name the frame's act, they do not choose its type."""
    words = [
        Trigger(t.span, "refer")
        if t.tactic not in ("kill", "injure") and (every_act or _definite_act(doc, t))
        else t
        for t in clause.triggers
    ]
    return replace(clause, triggers=words)


def doer_retells(
    doc: Document, frame: Frame, clause: Clause, account: re.Match[str], doers: set[str]
) -> bool:
    """The named doer of the act told says what it had done ("Russia's defence ministry said
    its forces had struck 'port infrastructure'"): its version of that act, with no day of its
    own, is no other event (``doers``: the names the frame gives its parties). Another side's
    statement ("the army said its jets had struck Hodeidah") is not joined. When the frame
    names no doer, a group saying it had done an act of the same kind claims that act ("The
    Islamic State group said its fighters had detonated the vehicle", round 18). ``account``:
    the statement ``may_be_retold`` found in the clause."""
    if not frame.triggers:
        return False
    told_from = clause.span.start + account.end()
    if any(t.span.start < told_from and not _names_hurt(doc, t) for t in clause.triggers):
        return False  # an act told before the statement is the clause's own
    said_by = doc.span(clause.span.start, clause.span.start + account.start())
    speakers = {a.name for a in doc.actors if said_by.contains(a.span)}
    if speakers & doers:
        return True
    if speakers and _fight_retold(frame, clause, told_from):
        return True  # the other side's account of the same fight
    if speakers and _disrupted_claimed(frame, clause, told_from):
        return True  # "The Houthis said they had targeted 'a vital site' in Beersheba"
    return bool(speakers) and _doer_untold(frame) and _same_kind(frame, clause, told_from)


def _fight_retold(frame: Frame, clause: Clause, told_from: int) -> bool:
    """ "JNIM said its fighters had battled the soldiers for most of the day", after "troops
    killed 12 jihadists in clashes near Boni": an act that takes both sides, told by either,
    in no town the frame did not name, is the fight told (round 19). One-sided acts of the
    other side ("the army said its jets had struck Hodeidah") stay acts of their own."""
    both = set(_cues()["two_sided_tactics"])
    told = [t.tactic for t in clause.triggers if t.span.start >= told_from]
    if not any(t in both for t in told) or not all(t in both or t in OUTCOME_TACTICS for t in told):
        return False
    if not any(t.tactic in both for t in frame.triggers):
        return False
    return not _town_of_its_own(frame, clause)


def _town_of_its_own(frame: Frame, clause: Clause) -> bool:
    """The clause names a town the frame never named (round 19)."""
    return bool(town_names(clause.places) - told_towns(frame))


def _disrupted_claimed(frame: Frame, clause: Clause, told_from: int) -> bool:
    """ "Israel's military said it had intercepted a drone launched from Yemen towards
    Beersheba" then "The Houthis said they had targeted 'a vital site' in Beersheba with a
    drone": after a weapon intercepted or defused, a party saying it had launched, fired or
    planted it, in no town but the frame's, claims that weapon (round 20): ACLED codes the
    interception alone, the launch is no other event."""
    if not any(t.tactic == "disrupted" for t in frame.triggers):
        return False
    told = [t for t in clause.triggers if t.span.start >= told_from]
    if not told or all(t.tactic in OUTCOME_TACTICS for t in told):
        return False
    own = town_names(clause.places)
    return not own or bool(own & told_towns(frame))


def retold_in_its_town(
    doc: Document, found: list[Frame], clause: Clause, own: set[str]
) -> Frame | None:
    """ "Russian drones struck Chernihiv overnight, and a ballistic missile killed three people
    in Pavlohrad" then "In Pavlohrad, ..., the missile landed near a residential building,
    killing two men and a woman": a clause naming by a definite noun an act of a kind a frame
    told, in that frame's town and on no other day, tells that act in full (round 20): the
    lead's acts told again town by town, no other event. A clause opening on that town ("In
    Afgoye, the militants tried to storm the base ...") tells it too when its acts are of the
    frame's family (ground or remote). ``own``: the clause's towns (segment._own_towns)."""
    acts = [t for t in clause.triggers if t.tactic not in OUTCOME_TACTICS]
    if not own or not acts:
        return None
    frame = next((f for f in reversed(found) if own <= town_keys(frame_places(f))), None)
    if frame is None or (clause.date is not None and not _same_day(frame, clause.date)):
        return None
    told = {t.tactic for t in frame.triggers}
    if all(_definite(doc, clause, t) and t.tactic in told for t in acts):
        return frame
    if not (clause.date is None and clause.opens_event and _town_opener(clause)):
        return None
    if forces_take_on_attackers(frame, clause) or strikes_beside_the_fight(frame, clause):
        return None  # another actor pair in the same town: an event of its own
    mine = families({t.tactic for t in acts})
    return frame if mine and mine <= families(told) else None


def _same_day(frame: Frame, day: DateMention) -> bool:
    return frame.date is not None and same_time(day, frame.date)


def _town_opener(clause: Clause) -> bool:
    """The clause opens on a town ("In Afgoye, ...")."""
    return bool(re.match(str(cues()["new_event_place"]), clause.span.text.lstrip()))


def _definite(doc: Document, clause: Clause, trigger: Trigger) -> bool:
    """The act word is written as one already told ("the missile", "the shell struck")."""
    before = doc.text[clause.span.start : trigger.span.start]
    if _regex("told_weapon_before").search(before):
        return True
    return bool(_regex("told_weapon_opening").match(trigger.span.text))


def may_be_retold(clause: Clause) -> re.Match[str] | None:
    """The statement opening a clause that may retell a frame's act (no day of its own,
    an act told): checked once per clause, the match handed to ``doer_retells`` for every
    frame."""
    if clause.date is not None or not clause.triggers:
        return None
    return _regex("doer_account").search(clause.span.text)


def _doer_untold(frame: Frame) -> bool:
    """ "A car bomb exploded near a checkpoint, killing three members of the SDF": no party
    named before the act in its first clause, so the frame names no doer (round 18)."""
    first = frame.clauses[0]
    if not first.triggers:
        return False
    act = min(t.span.start for t in first.triggers)
    return not any(a.span.end <= act for a in first.actors)


def _same_kind(frame: Frame, clause: Clause, told_from: int) -> bool:
    """The account tells an act of a tactic the frame told ("its fighters had detonated the
    vehicle" after "a car bomb exploded"): the speaker claims that act, it tells no other."""
    told = {t.tactic for t in frame.triggers}
    return any(t.tactic in told for t in clause.triggers if t.span.start >= told_from)


def tells_a_state_on(doc: Document, clause: Clause) -> bool:
    """The clause's day is the day a state still held ("The whereabouts of the villagers were
    still unknown as of Monday night"): a clause telling no act on it moves no story there."""
    if clause.date is None:
        return False
    before = doc.text[max(0, clause.date.span.start - 30) : clause.date.span.start]
    return bool(_regex("status_day_before").search(before))


def retold_on_a_later_day(doc: Document, frame: Frame | None, clause: Clause) -> bool:
    """ "In a video released on Monday, a bandit leader said his men had seized the
    travellers": an account in the past perfect, said on a later day than the act told,
    whose acts are all of the kinds the frame told (or words about a captivity), retells
    that act (round 18); its day is the statement's, no event of its own."""
    if frame is None or frame.date is None or clause.date is None or not frame.triggers:
        return False
    if clause.date.value <= frame.date.value:
        return False
    account = _regex("doer_account").search(clause.span.text)
    if account is None or clause.date.span.start >= clause.span.start + account.start():
        return False  # the day must be the statement's, told before the account
    told_from = clause.span.start + account.end()
    if any(t.span.start < told_from for t in clause.triggers):
        return False
    told = {t.tactic for t in frame.triggers} | {"claim", "refer", "disappear"}
    return all(t.tactic in told for t in clause.triggers)


def names_only_the_hurt(doc: Document, clause: Clause) -> bool:
    """ "... and the injured were taken to a hospital in Gilgit": every act word of the clause
    is a definite noun for the people hurt (round 19). It names the hurt of something told;
    when no act was told before it (a crash, a landslide, a fire), it is no event."""
    return bool(clause.triggers) and all(_names_hurt(doc, t) for t in clause.triggers)


def _names_hurt(doc: Document, trigger: Trigger) -> bool:
    """ "the injured", "the two dead": the trigger is a definite noun for people hurt."""
    words = doc.text[_word_start(doc, trigger) : trigger.span.end + 12]
    return bool(_regex("hurt_named").match(words))


def _word_start(doc: Document, trigger: Trigger) -> int:
    """Where the determiner before the trigger starts (``hurt_determiner_before``)."""
    before = doc.text[max(0, trigger.span.start - 30) : trigger.span.start]
    match = _regex("hurt_determiner_before").search(before)
    return trigger.span.start - len(before) + match.start() if match else trigger.span.start


def is_origin(clause: Clause, place: PlaceMention) -> bool:
    """ "Police said the attacker was a Palestinian from the West Bank town of Qabatiya":
    where a person is from is no place of an act told (round 23)."""
    before = clause.span.text[: place.span.start - clause.span.start]
    return bool(_regex("origin_before").search(before))


def in_source_tail(clause: Clause, place: PlaceMention) -> bool:
    """ "The army entered the town on Tuesday ..., residents who fled to Hsipaw said": a
    town in the attribution closing the clause is where its sources are (round 19)."""
    tail = _regex("source_tail").search(clause.span.text.rstrip(" .\"'\u201d"))
    return tail is not None and place.span.start >= clause.span.start + tail.start()


def in_statement_head(clause: Clause, place: PlaceMention) -> bool:
    """ "said in a statement on Tuesday in Gusau that the attackers ...": a town inside the
    reporting phrase, before the "that" of what is told, is where it was said."""
    text, start = clause.span.text, clause.span.start
    before = text[max(0, place.span.start - start - 80) : place.span.start - start]
    after = text[place.span.end - start : place.span.end - start + 40]
    return bool(
        _regex("statement_place_before").search(before)
        and _regex("statement_place_after").match(after)
    )
