"""From an event frame to ACLED fields: which sub-event type, how many dead.

Who did what to whom comes from ``roles``; here the sub-event type comes from the frame's
tactics and the actors' types (``data/events/rules.csv``, in codebook order), and fatalities
from the casualty figures of the frame: figures for different sides of one event add up, a
restated figure for the same side counts once (the lowest), an unattributed total never
adds to the sides it may already include, and a stated toll ("put the toll at 12") replaces
them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.model import Document, NumberMention
from dateline.pipeline import past_acts
from dateline.pipeline.numbers import is_toll
from dateline.pipeline.roles import ACTOR_CLASSES, is_counted
from dateline.pipeline.segment import Clause, Frame
from dateline.pipeline.trigger_cues import role_cues, role_regex
from dateline.pipeline.triggers import Trigger, cue_pattern, cue_regex, cues, grievance_start
from dateline.resources import data_regex, load_csv


@dataclass(frozen=True, slots=True)
class Rule:
    requires: frozenset[str]
    actor1: str
    actor2: str
    sub_event_type: str


@cache
def rules() -> tuple[Rule, ...]:
    return tuple(
        Rule(frozenset(r["requires"].split("+")), r["actor1"], r["actor2"], r["sub_event_type"])
        for r in load_csv("events/rules.csv")
    )


@cache
def _default_rows() -> tuple[dict[str, str], ...]:
    return load_csv("events/default_actors.csv")


def default_actor(keys: tuple[str, ...], slot: str, inter1: int | None) -> tuple[str, int]:
    """The actor to code for an empty slot (data/events/default_actors.csv), or ("", 0)."""
    for key in keys:
        for row in _default_rows():
            if row["key"] == key and row["slot"] == slot and _fits(row["actor1"], inter1):
                return row["name"], int(row["inter"])
    return "", 0


def default_keys(doc: Document, frame: Frame, keys: tuple[str, ...], hurt: int) -> tuple[str, ...]:
    """The keys whose default actor2 applies: none for a blast the report says hurt nobody
    ("No casualties were reported", "causing only material damage"): ACLED leaves that target
    empty, where a default would invent civilians. The next sentence is read too, as such a
    line usually follows the one telling the blast."""
    if hurt or not set(keys) & set(role_cues()["nobody_hurt_types"]) or not frame.sentence_ids:
        return keys
    ids = frame.sentence_ids
    last = min(ids[-1] + 1, len(doc.sentences) - 1)
    text = doc.text[doc.sentences[ids[0]].start : doc.sentences[last].end]
    return () if role_regex("nobody_hurt").search(text) else keys


# rules.csv classes: the actor classes of roles, and armed groups that are not a state and
# not foreign forces (their "arrests" are abductions; a foreign army's are arrests)
RULE_CLASSES = {**ACTOR_CLASSES, "rebels": {2, 3, 4}}


def _fits(actor_class: str, inter: int | None) -> bool:
    if actor_class == "any":
        return True
    if actor_class == "none":
        return inter is None
    return inter in RULE_CLASSES[actor_class]


def sub_event_for(tactics: set[str], inter1: int | None, inter2: int | None) -> str | None:
    """The first rule whose tactics are all present and whose actor classes fit."""
    for rule in rules():
        if rule.requires <= tactics and _fits(rule.actor1, inter1) and _fits(rule.actor2, inter2):
            return rule.sub_event_type
    return None


def _side(clause: Clause, number: NumberMention) -> str:
    """The side a casualty figure counts: 'state', 'nonstate', 'civilians', ... or 'unknown'.
    Only actors of the figure's own clause count ("25 government fighters were killed")."""
    for actor in clause.actors:
        if is_counted(clause, number, actor):
            classes = (k for k, codes in ACTOR_CLASSES.items() if actor.inter in codes)
            return next(classes, "unknown")
    return "unknown"


@cache
def _also_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(cues()['also'])})\b", re.IGNORECASE)


def count(doc: Document, frame: Frame, kind: str) -> tuple[int, list[NumberMention]]:
    """Casualties of ``kind`` in the frame: sides added, restatements counted once."""
    numbers = [
        (c, n)
        for c in frame.clauses
        for n in c.numbers
        if n.kind == kind
        and not _of_the_grievance(doc, c, n)
        and not _of_an_earlier_act(doc, c, n)
    ]
    per_side: dict[str, int] = {}
    unknown = prior = 0
    for clause, number in numbers:
        if clause.later_death or _set_off_the_clash(doc, clause, number):
            prior += number.value
            continue
        side = "unknown" if _with_the_doers(doc, number) else _side(clause, number)
        if side == "unknown":
            side = _own_group(number, [n for _, n in numbers])
        if side == "unknown":
            unknown = max(unknown, number.value)
            continue
        sentence = doc.sentences[number.sentence].text if number.sentence >= 0 else ""
        if side in per_side and _also_regex().search(sentence):
            per_side[side] += number.value
        else:
            per_side[side] = min(per_side.get(side, number.value), number.value)
    figures = [n for _, n in numbers]
    tolls = [n for n in figures if is_toll(n)]
    if tolls:  # a later official toll supersedes the earlier partial counts of its event
        return max(tolls, key=lambda n: n.span.start).value, figures
    return max(sum(per_side.values()), unknown) + prior, figures


def _of_an_earlier_act(doc: Document, clause: Clause, number: NumberMention) -> bool:
    """ "arrested the party's deputy on Tuesday, days after clashes in Arusha left two people
    dead": a figure told after a cue of an earlier act (``earlier_act``), with no act of the
    clause after the cue, is that act's dead (round 19), not the clause's."""
    before = doc.text[clause.span.start : number.span.start]
    cues_before = list(cue_regex("earlier_act").finditer(before))
    if not cues_before:
        return False
    at = clause.span.start + cues_before[-1].start()
    return not any(t.span.start >= at for t in clause.triggers)


def _of_the_grievance(doc: Document, clause: Clause, number: NumberMention) -> bool:
    """ "a vigil demanding justice for a student killed in a road accident": the dead a crowd
    protests about (after its demand, beside non-event words) are no casualties of its act."""
    if past_acts.dead_of_custody_grievance(doc, clause.span, clause.triggers, number.span):
        return True  # "... angered by the death of a young man who died in custody"
    start = grievance_start(doc, clause.span, clause.triggers)
    return start is not None and number.span.start >= start


def _doers_regex() -> re.Pattern[str]:
    return data_regex("segment/counts.json", "with_the_doers")


def _with_the_doers(doc: Document, number: NumberMention) -> bool:
    """ "killing seven people including the bomber": a total over every side of the act."""
    return bool(_doers_regex().match(doc.text[number.span.end : number.span.end + 60]))


def _head(number: NumberMention) -> str:
    """The noun that names who a figure counts ("security guards and a driver" -> "guards")."""
    words = re.split(r"\s+and\s+|,", number.who or "")[0].split()
    return words[-1].lower() if words else ""


def _own_group(number: NumberMention, figures: list[NumberMention]) -> str:
    """ "Soldiers killed the 3 gunmen who had shot dead 2 guards": a figure of no known side
    that names a group of its own ("guards", not a total like "people") in a sentence that
    counts another group too is one more side of the event; otherwise 'unknown' (a total)."""
    head = _head(number)
    if not head or head in cues()["total_who"]:
        return "unknown"
    others = {
        _head(n)
        for n in figures
        if n.sentence == number.sentence and n.kind == number.kind and n is not number
    }
    return f"group:{head}" if others - {head, ""} else "unknown"


def _set_off_the_clash(doc: Document, clause: Clause, number: NumberMention) -> bool:
    """ "Four were killed in clashes ... after a commander was shot dead": a death in the
    incident that set the fighting off, told after a figure of the fighting, adds to it."""
    start = number.span.start
    earlier = [n for n in clause.numbers if n.kind == number.kind and n.span.end <= start]
    if not earlier:
        return False
    clashes = [
        t
        for t in clause.triggers
        if t.tactic == "clash" and earlier[-1].span.end <= t.span.start < start
    ]
    if not clashes:
        return False
    return bool(_cause_regex().search(doc.text[clashes[-1].span.end : start]))


def _cause_regex() -> re.Pattern[str]:
    return cue_pattern("set_off_by")


def type_trigger(frame: Frame, sub_event_type: str) -> Trigger | None:
    """The trigger that shows the chosen type: one of a tactic of a rule giving that type."""
    for rule in rules():
        if rule.sub_event_type == sub_event_type:
            chosen = [t for t in frame.triggers if t.tactic in rule.requires]
            if chosen:
                return chosen[0]
    return frame.triggers[0] if frame.triggers else None
