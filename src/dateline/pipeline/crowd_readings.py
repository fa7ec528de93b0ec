"""Crowd readings of a frame's tactics, moved out of event_tactics (round 22): a crowd that
wrecks a public building, a gathering the forces police, a crowd with no protest told,
scuffles that follow an intervention, an aggrieved crowd that wrecks property."""

from __future__ import annotations

from dateline.model import ActorMention, Document
from dateline.pipeline.crowds import is_crowd, protested_before
from dateline.pipeline.roles import NONSTATE_ARMED, Roles
from dateline.pipeline.segment import Frame
from dateline.pipeline.triggers import cue_pattern, cues


def crowd_wrecks_public_building(doc: Document, frame: Frame, roles: Roles) -> bool:
    """"Angry youths torched the district office", "supporters stormed the tallying centre": a
    crowd (no armed group) that storms, burns or wrecks a police station, town hall or electoral
    office riots against the state (ACLED: violent demonstration, not mob violence)."""
    if roles.actor1 is None or roles.actor1.inter not in cues()["crowd_inters"]:
        return False
    if any(t.tactic in cues()["armed_tactics"] for t in frame.triggers):
        return False  # men who open fire or set off bombs on a post are no crowd
    building = cue_pattern("public_building")
    return any(
        t.tactic in ("attack", "looting") and building.match(doc.text, t.span.end)
        for t in frame.triggers
    )


def gathering_policed(frame: Frame, tactics: set[str]) -> bool:
    """"Police detained 40 demonstrators", "officers pushed the crowd back", "police broke up
    a rally and arrested 15" (round 16): people named by their gathering, arrested or
    removed, or a gathering named by the forces' act on it, were at a protest; arrests at a
    protest are its intervention (ACLED), not arrests."""
    if "protest" in tactics or not tactics & {"arrest", "evict", "intervene"}:
        return False
    inside = cue_pattern("gathering_inside")  # "used tear gas to break up a rally"
    if any(t.tactic == "intervene" and inside.search(t.span.text) for t in frame.triggers):
        return True
    if not tactics & {"arrest", "evict"}:
        return False  # a crowd "dispersing" may leave on its own
    gathering = cue_pattern("gathering_noun")
    return any(a.inter == 6 and gathering.search(a.span.text) for a in frame.actors)


def crowd_without_protest(doc: Document, frame: Frame, roles: Roles, tactics: set[str]) -> bool:
    """"A crowd set fire to the house of a man accused of blasphemy" (round 16): a crowd worded
    only as a crowd, with no protest and no riot told, that burns or wrecks what is not the
    state's is a mob (ACLED: mob violence), not a violent demonstration."""
    actor = roles.actor1
    if actor is None or actor.inter not in cues()["crowd_inters"]:
        return False
    if tactics & {"protest", "riot", "unrest", "crowd_damage", "intervene"}:
        return False
    if not cue_pattern("mob_noun").match(actor.span.text):
        return False
    return "looting" in tactics and not tactics & set(cues()["armed_tactics"])


def unrest_after_intervention(frame: Frame) -> bool:
    """"Police pushed the crowd back from the gates, and scuffles broke out" (round 16):
    scuffles told only after forces moved on a gathering began with the intervention; the
    protest was peaceful until then (ACLED: protest with intervention). Stones thrown or
    property burned stay the crowd's own violence (other tactics)."""
    moved = [t.span.start for t in frame.triggers if t.tactic in ("intervene", "evict")]
    unrest = [t for t in frame.triggers if t.tactic == "unrest"]
    if not moved or not all(cue_pattern("scuffle").match(t.span.text) for t in unrest):
        return False  # "the protest turned violent" may be the crowd's doing
    return min(moved) < min(t.span.start for t in unrest)


def aggrieved_crowd_wrecks(doc: Document, frame: Frame, roles: Roles, tactics: set[str]) -> bool:
    """"Residents angry over power cuts ransacked the offices of the power company" (round
    16): a crowd told with a grievance that wrecks property (and hurts nobody) voices it, a
    violent demonstration; a crowd that hurts people stays a mob. With no doer read, the crowd
    named first ("students angry over the closure of their campus smashed ...") is it. People
    named by a group with a demand ("farmers demanding support over low prices blocked the road
    with burning tyres"), or named earlier as protesting ("a group of workers forced their way
    into the factory and smashed windows" after the workers' road block), are such a crowd,
    whatever their trade (round 20)."""
    actor = roles.actor1 or (frame.actors[0] if frame.actors else None)
    if actor is None or actor.inter not in cues()["crowd_inters"] or not _people_group(actor):
        return False
    if "protest" in tactics or "looting" not in tactics:
        return False
    if tactics & {*cues()["harm_tactics"], "mob"}:
        return False
    entry = cue_pattern("entry_act")
    if any(t.tactic == "attack" and not entry.match(t.span.text) for t in frame.triggers):
        return False  # "attacked a trader": a crowd that hurts people stays a mob
    acts = [t for t in frame.triggers if t.tactic == "looting" and t.span.start > actor.span.end]
    if not acts:
        return False
    between = doc.text[actor.span.end : acts[0].span.start]
    if len(between) >= 60:
        return False
    if is_crowd(actor) and cue_pattern("grievance_words").search(between):
        return True
    if cue_pattern("demand_between").search(between):
        return True
    return protested_before(doc, frame, actor)


def _people_group(actor: ActorMention) -> bool:
    """An actor worded as a crowd or as a group of people (a plural noun), not one person."""
    return is_crowd(actor) or bool(cue_pattern("people_group").search(actor.span.text))


def order_restored(doc: Document, frame: Frame, roles: Roles, tactics: set[str]) -> bool:
    """"Police fired tear gas at youths who burned tyres ... before the anti-riot units regained
    control of the main roads" (round 22): state forces taking streets back from a crowd, or
    taking back streets with no armed group told, restore order; no place changes hands (ACLED:
    the riot is the event)."""
    if "seize" not in tactics or roles.actor1 is None or roles.actor1.inter != 1:
        return False
    if any(a.inter in NONSTATE_ARMED for a in frame.actors):
        return False
    crowd = {*cues()["crowd_tactics"], "intervene", "crowd_violence", "crowd_damage"}
    if tactics & crowd:
        return True
    streets = cue_pattern("streets_object")
    seized = [t for t in frame.triggers if t.tactic == "seize"]
    return all(streets.match(doc.text[t.span.end : t.span.end + 60]) for t in seized)
