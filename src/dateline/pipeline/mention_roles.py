"""The part one actor mention plays in its clause, from the words around it.

Claimants ("X claimed responsibility"), the accused ("blamed X"), agents ("by X") and the
subjects of an act are its doers; objects and the groups a casualty figure counts are its
targets (``data/events/roles.json``). ``roles.assign_roles`` builds the event's sides from these.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import ActorMention, Document
from dateline.pipeline.attributed_roles import attribution_role
from dateline.pipeline.crowds import acting_crowd, acting_individual, counted_by, fighting_crowd
from dateline.pipeline.segment import Clause
from dateline.pipeline.sides import NONSTATE_ARMED
from dateline.pipeline.triggers import role_cues, role_regex
from dateline.pipeline.voice import voice_role

# Cues on the words right before / after a mention that decide its part, tried in order
# (data/events/roles.json): "organised by X" mediates, "before being shot by X" comes later,
# "by X" is the doer, "handed over to X" gains; "X chief's residence" only names a place, "as
# an X truck passed" and "X withdrew" are the side hit or losing.
FEW_REACH = 20  # characters back the count of a few people reaches ("a pair of young ")
BEFORE_CUES = (
    ("fronted_victims_before", "target"),  # "Among the dead were four policemen"
    ("kin_before", "bystander"),  # "mothers of mobilised soldiers held a picket"
    ("sought_before", "bystander"),  # "soldiers searching for Fano militiamen shot six men"
    ("owner_before", "target"),  # "struck a vehicle belonging to the YBS"
    ("answered_agent_before", "bystander"),  # "in response to attacks by the group"
    ("earlier_fight_before", "bystander"),  # "the attack followed clashes between X and Y"
    ("mediator_before", "source"),
    ("later_agent_before", "arriving"),
    ("describer_before", "source"),  # "the kidnappers, described by villagers as ...": a witness
    ("perpetrator_before", "agent"),
    ("receives_before", "perpetrator"),
    ("carried_before", "target"),  # "a minibus carrying traders struck an IED"
)
AFTER_CUES = (
    ("possessor_after", "bystander"),
    ("encounters_after", "perpetrator"),  # "soldiers on patrol ran into a band of rebels"
    ("onlooker_after", "bystander"),  # "as Israeli soldiers stood by"
    ("held_off_after", "held"),  # "police repulsed the attack": the side it hit
    ("passing_vehicle_after", "target"),
    ("cedes_after", "target"),
    ("separates_after", "sent"),  # "police fired tear gas to separate the groups": no side
)


def mention_role(doc: Document, clause: Clause, actor: ActorMention) -> str:
    """The part one actor mention plays in its clause: claimant ("X claimed responsibility"),
    accused ("blamed X"), agent ("by X"), perpetrator (the subject of the act), target (the
    object, or the group a casualty figure counts), source (only speaks) or other."""
    before = doc.text[clause.span.start : actor.span.start]
    after = doc.text[actor.span.end : clause.span.end]
    said = attribution_role(doc, clause, actor, before)
    if said:
        return said
    voiced = voice_role(doc, clause, actor)
    if voiced:
        return voiced  # "soldiers raiding a house came under fire", "drones operated by X"
    if _made_the_repelled_attack(doc, clause, actor, before):
        return "agent"
    passive_repel = _passive_repel_role(doc, clause, actor, before)
    if passive_repel:
        return passive_repel
    if _owns_the_facility(doc, actor, before):
        return "target"  # "seized a military base", not "fired from Hezbollah positions"
    if _a_disguise(before, after) or _an_instrument(before, after):
        return "bystander"  # "a man in a soldier's uniform", "took him away in a military car"
    if actor.inter in NONSTATE_ARMED and role_regex("followers_after").match(after):
        return "bystander"  # "Hezbollah supporters blocked the road": its people, not the group
    if _an_earlier_victim(before, after):
        return "bystander"  # "attacked cafes after a local man was stabbed": no side of this
    if _only_located(before, after):
        return "bystander"  # "shelled villages where PDF units had been sighted": not hit
    if _cedes_ground(doc, clause, actor, before):
        return "target"  # "SNA factions that had run the town withdrew and handed it over"
    for key, role in BEFORE_CUES:
        if role_regex(key).search(before):
            return role
    if _restores_order(clause, after):
        return "arriving"  # "soldiers and police regained control of the cell blocks"
    for key, role in AFTER_CUES:
        if role_regex(key).match(after):
            return role
    return _acting_role(doc, clause, actor, before) or _positional_role(doc, clause, actor)


def _cedes_ground(doc: Document, clause: Clause, actor: ActorMention, before: str) -> bool:
    """Ground changing hands: the side that withdrew, pulled out, handed over or abandoned it
    is the side that lost it (actor2), the side that moved in the one that took it, whichever
    the report names first ("SNA factions that had run the town withdrew and handed it over
    to General Security forces", "positions abandoned by government forces"). Its leaving is
    told between the mention and the next party named (or the clause's end)."""
    if not set(role_cues()["ground_tactics"]) & {t.tactic for t in clause.triggers}:
        return False
    if role_regex("ceded_by_before").search(before):
        return True
    end = actor.span.end
    for other in (a for a in clause.actors if a.span.start >= actor.span.end):
        between = doc.text[end : other.span.start]
        if not _joined_party(between):
            return bool(role_regex("cedes_within").search(between))
        end = other.span.end  # "fighters of the KNDF and allied groups withdrew": one side
    return bool(role_regex("cedes_within").search(doc.text[end : clause.span.end]))


def _joined_party(between: str) -> bool:
    """Words that join two mentions into one party ("fighters of the", "forces and allied")."""
    joined = role_regex("membership").match(between)
    return bool(joined or role_regex("one_party_between").match(between))


def _restores_order(clause: Clause, after: str) -> bool:
    """Forces that regained control or restored order once others had fought ("soldiers and
    police regained control of the cell blocks") came in afterwards: no side of the fight.
    Taking ground ("retook the town", a "seize" act) is their own act."""
    if any(t.tactic == "seize" for t in clause.triggers):
        return False
    return bool(role_regex("restores_order_after").match(after))


def _an_earlier_victim(before: str, after: str) -> bool:
    """The victim of the earlier act this one followed ("... after a local man was stabbed")."""
    if not role_regex("earlier_act_before").search(before):
        return False
    return bool(role_regex("earlier_victim_after").match(after))


def _only_located(before: str, after: str) -> bool:
    """A party only said or seen to be where the act fell ("bombed a monastery where the
    junta said PDF members were hiding", "shelled villages where PDF units had been sighted",
    "shelled the camp, saying joint forces were positioned inside"): no side hit by it. Forces
    simply based where it fell ("the town where troops were stationed") are its side hit."""
    located = role_regex("located_after").match(after)
    if located is None or not (located.group("sighted") or located.group("based")):
        return False
    if role_regex("located_before").search(before):
        return True  # someone's claim of where they were
    where = role_regex("located_where_before").search(before)
    return bool(located.group("sighted")) and where is not None


def _a_disguise(before: str, after: str) -> bool:
    """"Gunmen disguised as police", "a man in a soldier's uniform": a force only worn."""
    if role_regex("disguise_as_before").search(before):
        return True
    worn = role_regex("disguise_in_before").search(before)
    return bool(worn) and bool(role_regex("uniform_after").match(after))


def _an_instrument(before: str, after: str) -> bool:
    """"Took him away in a military vehicle": the vehicle the act used, not a party."""
    if not role_regex("instrument_before").search(before):
        return False
    return bool(role_regex("instrument_after").match(after))


def _made_the_repelled_attack(
    doc: Document, clause: Clause, actor: ActorMention, before: str
) -> bool:
    """"The army repelled a TTP attack", "troops beat back an RSF assault": the group named in
    the attack held off is its doer (actor1), the side that repelled it actor2."""
    if not role_regex("repelled_before").search(before[-60:]):
        return False
    attack_noun = role_regex("attack_noun_after")
    if attack_noun.match(" " + actor.span.text.split()[-1]):
        return True  # the mention names the attack itself: "repelled 14 Russian assaults"
    return bool(attack_noun.match(doc.text[actor.span.end : clause.span.end]))


def _passive_repel_role(doc: Document, clause: Clause, actor: ActorMention, before: str) -> str:
    """"ISWAP fighters were repulsed by troops": the party held off made the attack (the doer,
    actor1), the one that held it off is the side it hit."""
    if role_regex("repelled_by_before").search(before[-60:]):
        return "target"
    after = doc.text[actor.span.end : clause.span.end]
    return "agent" if role_regex("repelled_subject_after").match(after) else ""


def _few_acting(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"Two men on a motorcycle hurled a grenade at a police post": two or three people as
    the subject of an attack are its assailants, as one man is (the count read with them)."""
    window = doc.text[max(0, actor.span.start - FEW_REACH) : actor.span.start]
    count = role_regex("few_count_before").search(window)
    later = [t.span.start for t in clause.triggers if t.span.start >= actor.span.end]
    if count is None or not later:
        return False
    if any(actor.span.end <= a.span.start < min(later) for a in clause.actors):
        return False  # "two men, soldiers said, ...": another party before the act
    first = next(t for t in clause.triggers if t.span.start == min(later))
    if role_regex("few_suffered").match(first.span.text):
        return False  # "two men died when soldiers opened fire", "two men killed in a raid"
    start = actor.span.start - (len(window) - count.start())
    return acting_individual(doc, clause, replace(actor, span=doc.span(start, actor.span.end)))


def _owns_the_facility(doc: Document, actor: ActorMention, before: str) -> bool:
    """"Seized a military base", "an army post came under fire": a facility's owner is hit."""
    if role_regex("facility_from_before").search(before):
        return False
    return bool(role_regex("facility_after").match(doc.text[actor.span.end : actor.span.end + 40]))


def _acting_role(doc: Document, clause: Clause, actor: ActorMention, before: str) -> str:
    """Crowds and lone civilians who act, and forces that only come in afterwards."""
    if acting_crowd(doc, clause, actor) or crowd_fights(doc, clause, actor):
        return "perpetrator"
    if acting_individual(doc, clause, actor) or _few_acting(doc, clause, actor):
        return "attacker"  # "a Palestinian man stabbed two people": an armed assailant
    if role_regex("arrives_before").search(before[-20:]):
        return "arriving"  # "killing two herders before soldiers restored order": no side
    if _sent_in_after(doc, clause, actor):
        return "sent"  # "soldiers were sent to the village": never a side of the act
    if role_regex("deployed_after").match(doc.text[actor.span.end : clause.span.end]):
        return "perpetrator"  # "troops were deployed and arrested 14": the act told is theirs
    if actor.inter == 7 or counted_by(doc, clause, actor):
        return "target"
    if role_regex("target_before").search(before[-60:]):
        return "target"
    return ""


def _positional_role(doc: Document, clause: Clause, actor: ActorMention) -> str:
    """By position: the subject of a later act does it (unless passive), the object of an
    earlier one suffers it."""
    if any(actor.span.start < t.span.start < actor.span.end for t in clause.triggers):
        return "perpetrator"  # "Ukrainian drones struck ...": the weapon words are the act's
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    if later:
        if role_regex("device_met_after").match(doc.text[actor.span.end : clause.span.end]):
            return "target"  # "a FAMa vehicle struck an IED", "a patrol stepped on a mine"
        if role_regex("claim_by_object").match(later[0].span.text):
            return "source"  # "the army blamed the M23": the army only speaks
        if role_regex("suffered_act").match(later[0].span.text):
            return "target"  # "an army vehicle hit a mine"
        between = doc.text[actor.span.end : later[0].span.start]
        if role_regex("reaction_between").search(between):
            return "source"  # "Hamas praised the attack": only speaks of it
        # "surrounded a house where suspects were hiding and ... killed 3": the relative
        # clause's own verb says nothing of the mention's voice
        between = role_regex("relative_aux_between").sub(" ", between)
        return "target" if role_regex("passive_between").search(between) else "perpetrator"
    earlier = [t for t in clause.triggers if t.span.end <= actor.span.start]
    if not earlier:
        return "other"
    # "... to disperse the attackers and that police had opened an investigation": a new
    # statement after the act, not its object
    gap = doc.text[earlier[-1].span.end : actor.span.start]
    return "bystander" if role_regex("new_statement_between").search(gap) else "target"


def crowd_fights(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """A civilian-worded crowd fighting in the clause (``crowds.fighting_crowd``), also where
    the clause tells the result first: "a man was killed when supporters and youths fought"."""
    if fighting_crowd(doc, clause, actor):
        return True
    cause = _cause_part(doc, clause, actor)
    return cause is not clause and fighting_crowd(doc, cause, actor)


def _cause_part(doc: Document, clause: Clause, actor: ActorMention) -> Clause:
    """The part of a clause that tells the act after its result ("a man was killed and 15
    injured when supporters of two parties fought each other"): from the last "when" before
    the mention on, with the acts and parties told there (the clause itself when none)."""
    before = doc.text[clause.span.start : actor.span.start]
    cut = list(role_regex("cause_told_after").finditer(before))
    if not cut:
        return clause
    start = clause.span.start + cut[-1].end()
    return replace(
        clause,
        span=doc.span(start, clause.span.end),
        triggers=[t for t in clause.triggers if t.span.start >= start],
        actors=[a for a in clause.actors if a.span.start >= start],
    )


def _sent_in_after(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"Security forces deployed in the area", "soldiers were sent to the village": forces
    brought in once it was over, with no act of theirs in the clause."""
    after = doc.text[actor.span.end : clause.span.end]
    if role_regex("arrived_late_after").match(after):
        return True  # "Police arrived after he had died": the act told after was over
    if _object_of_an_act(doc, clause, actor):
        return False  # "attacked police officers sent to clear the blockade": hit while sent
    if not role_regex("arrives_after").match(after):
        return False
    # an act of theirs, not the purpose they were sent for ("sent ... to disperse them",
    # "deployed to rescue the victims and arrest the perpetrators")
    purpose = role_regex("purpose_between")
    return not any(
        t.span.start >= actor.span.end
        and not purpose.search(doc.text[actor.span.end : t.span.end])
        for t in clause.triggers
    )


def _object_of_an_act(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """The mention right after an act told before it, as its object ("attacked police")."""
    earlier = [t for t in clause.triggers if t.span.end <= actor.span.start]
    gap = doc.text[earlier[-1].span.end : actor.span.start] if earlier else ""
    return bool(earlier) and bool(role_regex("object_gap").match(gap))
