"""Turns in a story that change the event: another kind of act in another town in the same
sentence ("troops fought near Pokrovsk, and rockets later slammed into Kramatorsk"), state
forces taking on the attackers of civilians ("bandits killed nine villagers ... soldiers engaged
the bandits in a gun battle": ACLED codes the attack and the clash apart, as their actor pairs
differ), and the doers leaving the scene afterwards ("The troops pulled out of the camp on
Wednesday"), which opens no event of its own; a side answering the act just told (a
counter-attack, a counteroffensive) fights the same fight.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from dateline.model import CIVILIANS, STATE_FORCES, Document, PlaceMention, Span
from dateline.pipeline.segment_towns import told_towns, town_names
from dateline.pipeline.triggers import cues, find_triggers
from dateline.resources import data_regex, load_json

if TYPE_CHECKING:  # segment imports this module
    from dateline.pipeline.segment import Clause, Frame

CLASH = "clash"
# actor role hints of a group named in the text (segment_clauses and segment re-export these)
NAMED_ROLES = ("named", "state-named", "country-state")


@cache
def _turns() -> dict[str, Any]:
    return load_json("segment/turns.json")


def _separator() -> re.Pattern[str]:
    return data_regex("segment/turns.json", "act_separator")


def _fight_words() -> re.Pattern[str]:
    return data_regex("segment/turns.json", "fight_words")


def families(tactics: set[str]) -> set[str]:
    """The families ("remote", "ground") the acts belong to. A bare "attack" word beside a
    weapon is that weapon's verb ("a missile struck a hospital"), no ground act."""
    found = set()
    for family in ("remote", "ground"):
        if tactics & set(_turns()[f"{family}_tactics"]):
            found.add(family)
    if found == {"remote", "ground"} and tactics & set(_turns()["ground_tactics"]) == {"attack"}:
        return {"remote"}
    return found


def _town_names(places: list[PlaceMention], span: Span) -> set[str]:
    return town_names([p for p in places if span.contains(p.span)])


def act_points(doc: Document, span: Span, places: list[PlaceMention]) -> list[int]:
    """Offsets where a sentence goes on to another kind of act in another town ("fought near
    A, and rockets later slammed into B"), or to another strike from afar in another town
    ("guided bombs hit Kharkiv, and an artillery shell killed a man in Kupiansk", round 20:
    a strike is coded where it lands): each part is an event of its own."""
    if len({p.span.text for p in places if p.kind == "place"}) < 2:
        return []  # most sentences: one town or none, no need to look for acts
    points = []
    for match in _separator().finditer(span.text):
        at = span.start + match.start()
        before, after = doc.span(span.start, at), doc.span(at, span.end)
        first = families({t.tactic for t in find_triggers(doc, before)})
        second = families({t.tactic for t in find_triggers(doc, after)})
        if len(first) != 1 or len(second) != 1 or (first == second and first != {"remote"}):
            continue  # one kind of act, or ground acts told on (a fight may move town)
        towns_before, towns_after = _town_names(places, before), _town_names(places, after)
        if towns_before and towns_after and not towns_before & towns_after:
            points.append(at)
    return points


def separate_act_points(span: Span) -> list[int]:
    """Offsets where a sentence goes on to an act it calls separate ("..., and in a separate
    incident gunmen killed a bus driver"): the rest opens an event of its own."""
    pattern = data_regex("segment/turns.json", "separate_act_inside")
    return [span.start + m.end() for m in pattern.finditer(span.text)]


def forces_take_on_attackers(frame: Frame, clause: Clause) -> bool:
    """State forces fighting the doers of an attack on civilians the frame told (no forces in
    it, no fight yet): a clash of its own, another actor pair than the attack's."""
    clashes = [
        t for t in clause.triggers if t.tactic == CLASH and _fight_words().search(t.span.text)
    ]
    if not clashes or any(t.tactic == CLASH for t in frame.triggers):
        return False
    forces = [a for a in clause.actors if a.inter == STATE_FORCES]
    if not any(a.span.end <= clashes[0].span.start for a in forces):
        return False  # the forces are not the ones who fight ("fighters clashed with police")
    if any(a.inter == STATE_FORCES for a in frame.actors):
        return False  # the attack was on the forces, or they were in it already
    violent = set(cues()["violent_tactics"])
    return any(a.inter == CIVILIANS for a in frame.actors) and any(
        t.tactic in violent for t in frame.triggers
    )


def answers_the_act(frame: Frame, clause: Clause) -> bool:
    """A side answering the act just told, with no town of its own ("Troops counter-attacked
    and drove the militants back towards the hills", "Junta troops launched a counteroffensive
    later that day"): the same fight, one event (the day is checked before)."""
    if not clause.triggers or not _counter_act().search(clause.span.text):
        return False
    violent = set(cues()["violent_tactics"])
    if not any(t.tactic in violent for t in frame.triggers):
        return False
    told = told_towns(frame)
    text, start = clause.span.text, clause.span.start
    own = {
        p.span.text.lower()
        for p in clause.places
        if p.kind == "place" and not _destination().search(text[: p.span.start - start])
    }
    return not own - told


def told_within_the_act(frame: Frame, clause: Clause) -> bool:
    """A clause with no day and no town of its own whose acts it places inside the act told,
    by a definite noun of it ("Five Russian soldiers were killed and two were captured in the
    operation"): parts of that act, whoever the clause names."""
    if clause.date is not None or not frame.triggers:
        return False
    text, start = clause.span.text, clause.span.start
    inside = any(
        t.tactic == "refer" and _within().search(text[: t.span.start - start])
        for t in clause.triggers
    )
    told = told_towns(frame)
    own = {p.span.text.lower() for p in clause.places if p.kind == "place"}
    return inside and not own - told


def _within() -> re.Pattern[str]:
    return data_regex("segment/turns.json", "within_before")


def _counter_act() -> re.Pattern[str]:
    return data_regex("segment/turns.json", "counter_act")


def _destination() -> re.Pattern[str]:
    return data_regex("segment/turns.json", "destination_before")


def strikes_beside_the_fight(frame: Frame, clause: Clause) -> bool:
    """Shells, rockets or drones hitting civilians told after a ground fight that had none in
    it ("RSF drones also struck a camp for displaced people in the city, killing six"):
    another actor pair and another kind of act, an event of its own (ACLED codes a strike
    on civilians apart; strikes backing the assault stay the battle)."""
    remote = set(_turns()["remote_tactics"])
    if not any(t.tactic == CLASH for t in frame.triggers):
        return False
    if any(t.tactic in remote for t in frame.triggers):
        return False
    if any(a.inter == CIVILIANS for a in frame.actors):
        return False
    return any(t.tactic in remote for t in clause.triggers) and any(
        a.inter == CIVILIANS for a in clause.actors
    )


def leaves_the_scene(frame: Frame | None, clause: Clause) -> bool:
    """Only a withdrawal after an act, by no one the story had not named ("The troops pulled
    out of the camp on Wednesday morning"): the doers leaving, no event of its own."""
    if frame is None or not clause.triggers:
        return False
    if not all(t.tactic in cues()["leaving_tactics"] for t in clause.triggers):
        return False
    told = {a.name for a in frame.actors if a.role_hint in NAMED_ROLES}
    if any(a.role_hint in NAMED_ROLES and a.name not in told for a in clause.actors):
        return False  # another group named: it may take over the place
    violent = set(cues()["violent_tactics"])
    return any(t.tactic in violent for t in frame.triggers)


def harms_after_capture(frame: Frame, clause: Clause) -> bool:
    """After a place taken, doers killing or hurting civilians in the active voice ("They
    killed four civilians accused of collaborating with the army"): an attack on civilians
    of its own (ACLED codes the capture and the attack apart, round 18); the dead told in
    the passive ("five civilians were killed in the fighting") stay the capture's."""
    if not any(t.tactic == "seize" for t in frame.triggers):
        return False
    if any(t.tactic == "seize" for t in clause.triggers):
        return False
    if any(a.inter == CIVILIANS for a in frame.actors):
        return False  # the capture already told harm to civilians: one story
    harm = set(_turns()["harm_after_capture_tactics"])
    if not any(t.tactic in harm for t in clause.triggers):
        return False
    passive = data_regex("segment/turns.json", "passive_harm")
    return any(a.inter == CIVILIANS for a in clause.actors) and not passive.search(clause.span.text)


def crowd_goes_on(frame: Frame, clause: Clause) -> bool:
    """ "Teachers gathered at Maitighar Mandala ... About 3,000 teachers then marched to New
    Baneshwor": a clause telling only a crowd's acts, with no day of its own, that says the
    crowd went on ("then", "later") after a frame telling a crowd's act is that same protest
    (round 20), whatever place it went on to."""
    if clause.date is not None or not clause.triggers:
        return False
    crowd = set(cues()["crowd_tactics"])
    if not any(t.tactic in crowd for t in frame.triggers):
        return False
    if not all(t.tactic in crowd or t.tactic == "refer" for t in clause.triggers):
        return False
    return bool(data_regex("segment/turns.json", "crowd_goes_on").search(clause.span.text))


def intervenes_on_the_crowd(frame: Frame, clause: Clause, own_towns: set[str]) -> bool:
    """ "Hezbollah supporters blocked the road to the airport with burning tyres ... The
    Lebanese army fired tear gas to reopen the road": a clause telling only what state forces
    did to a crowd (``intervention_tactics``), with no day and no town of its own, right
    after a frame telling a crowd's act, is the intervention on that crowd (round 19): the
    same event, whatever group the crowd was said to follow. A clause that names the crowd's
    act told ("Police blocked the march at Khwairamband and fired tear gas ...; 9 marchers were
    hurt") meets that crowd even at a spot of its own; its crowd nouns are that crowd (r23)."""
    tactics = {t.tactic for t in clause.triggers}
    named_back = "refer" in tactics
    if clause.date is not None or (own_towns and not named_back):
        return False
    crowd = cues()["crowd_tactics"]
    if not any(t.tactic in crowd for t in frame.triggers):
        return False
    on_crowds = set(_turns()["intervention_tactics"]) | ({"protest"} if named_back else set())
    return "intervene" in tactics and tactics <= on_crowds


def forces_come_in(frame: Frame, clause: Clause) -> bool:
    """ "A quarrel between two families turned into a battle ... Army units entered the town
    at dawn, set up checkpoints and began raids to arrest those involved": state forces that
    come into a town where others fought, with no day of their own, restore order; their
    entry is no capture of the town, and the fight stays the event (round 21)."""
    if clause.date is not None or not any(t.tactic == CLASH for t in frame.triggers):
        return False
    if any(a.inter == STATE_FORCES for a in frame.actors):
        return False  # the forces fought, or were fought: their entry may take the place
    entering = set(_turns()["entry_tactics"])
    tactics = {t.tactic for t in clause.triggers}
    if "seize" not in tactics or not tactics <= entering:
        return False
    return any(a.inter == STATE_FORCES for a in clause.actors)

