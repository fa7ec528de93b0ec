"""The tactics a frame's acts add up to, once the words around them are read.

Each trigger carries the tactic its word names ("beat", "seize", "abduct"); the codebook
types an event by the set of them (``assemble.sub_event_for``). Read together with the
frame's roles, some words say more ("police beat striking teachers": force on protesters)
or less ("retook the checkpoint after a gunfight": a clash, no place taken) than alone.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.model import Document, Span
from dateline.pipeline.assemble import count
from dateline.pipeline.crowd_readings import (
    aggrieved_crowd_wrecks,
    crowd_without_protest,
    crowd_wrecks_public_building,
    gathering_policed,
    order_restored,
    unrest_after_intervention,
)
from dateline.pipeline.crowds import (
    crowd_doer_unread,
    crowd_falls_on_gathering,
    crowd_harms_people_first,
    is_crowd,
    lands_on_gathering,
    rival_crowds_fight,
)
from dateline.pipeline.roles import NONSTATE_ARMED, Roles, crowd_violence
from dateline.pipeline.segment import Frame
from dateline.pipeline.sides import ACTOR_CLASSES
from dateline.pipeline.triggers import Trigger, cue_pattern, cues
from dateline.resources import load_csv


def frame_tactics(doc: Document, frame: Frame, roles: Roles) -> set[str]:
    """The frame's tactics, refined by the words around its triggers and by its roles."""
    tactics = {t.tactic for t in frame.triggers}
    if _protesters_harmed(frame):
        tactics.add("protest")  # "soldiers beat a demonstrator to death"
        if _protesters_beaten(frame, roles):
            tactics.add("force")  # "police beat striking teachers"
    if _gathering_beaten(doc, frame, roles):
        tactics |= {"protest", "force"}  # "police beat opposition supporters at a rally"
    if "abduction" in tactics and _taken_by_police(tactics, roles):
        tactics -= {"abduction"}
        tactics |= {"arrest", "authority"}
    if "abduction" in tactics:
        tactics |= _captivity_read(doc, frame, tactics)
    if _aircraft_overhead(frame, tactics):
        tactics.add("air")  # "When the jets came over the ridge ..., eight civilians died"
    if "protest" in tactics and _fired_at(frame):
        tactics.add("live_fire")  # "police fired on striking taxi drivers"
    if "protest" in tactics and _armed_road_block(frame, roles):
        tactics.discard("protest")
    if "protest" in tactics and crowd_violence(doc, frame):
        tactics.add("crowd_violence")
    if crowd_wrecks_public_building(doc, frame, roles):
        tactics.add("crowd_damage")
    if _entered_to_arrest(doc, frame, roles, tactics):
        tactics.discard("seize")  # "troops entered the village and detained 20 men" (round 18)
    if order_restored(doc, frame, roles, tactics):
        tactics.discard("seize")  # "anti-riot units regained control of the main roads"
    if _handed_over(tactics):
        tactics.add("handover")
    elif _post_retaken(doc, frame, tactics) or _raided_not_taken(frame, tactics):
        tactics.discard("seize")
    elif "seize" in tactics and _seizure_not_held(doc, frame):
        tactics.discard("seize")
        tactics.add("clash")  # "tried to seize the town but were pushed back"
    if "disrupted" in tactics and _strike_landed(frame):
        tactics.discard("disrupted")
    if _detainees_killed(frame, roles, tactics):
        tactics.discard("arrest")  # "rounded up men ... and shot 6 of them dead" (round 19)
    if "arrest" in tactics and _by_authorities(doc, frame, roles):
        tactics.add("authority")  # Houthis detaining in Sanaa: arrests, not abductions (ACLED)
    if "unrest" in tactics and unrest_after_intervention(frame):
        tactics.discard("unrest")  # "police pushed the crowd back and scuffles broke out"
    if crowd_doer_unread(doc, frame, roles.actor1, tactics):
        tactics.add("mob")  # "residents of the X quarter of Beni (...) beat to death a man"
    if crowd_harms_people_first(frame, tactics):
        tactics -= {"intervene", "arrest", "evict", "riot", "unrest"}
        tactics.add("mob")  # "a crowd attacked migrants ... police later dispersed them" (round 19)
    if gathering_policed(frame, tactics):
        tactics.add("protest")  # "police detained 40 demonstrators", "dispersed the crowd"
    if aggrieved_crowd_wrecks(doc, frame, roles, tactics):
        tactics.add("protest")  # "residents angry over power cuts ransacked the offices"
    if crowd_without_protest(doc, frame, roles, tactics):
        tactics.add("mob")  # "a crowd set fire to the house of a man accused of blasphemy"
    if _arrested_to_unknown_place(frame):
        tactics.discard("disappear")  # "arrested 12 men at a checkpoint and took them to an
        # unknown place": a formal arrest whose place the report does not know
    tactics |= _sides_read(doc, frame, roles, tactics)
    if _people_are_the_target(doc, frame, tactics):
        tactics.add("civilian_object")  # "militiamen attacked displaced Hema families" (round 19)
    if rival_crowds_fight(doc, frame, (roles.actor1, roles.actor2), tactics):
        tactics.add("mob")  # "Awami League and BNP activists clashed" (round 18)
    if crowd_falls_on_gathering(doc, frame, tactics):
        tactics -= {"protest", "crowd_violence", "force", "live_fire"}
        tactics.add("mob")  # "supporters of the ruling party attacked an opposition rally"
    if "looting" in tactics and not tactics & set(cues()["harm_tactics"]):
        if count(doc, frame, "killed")[0]:
            tactics.add("kill")  # "raided the market and looted shops. 9 fatalities": an Attack
        elif not _person_assaulted(doc, frame):
            tactics.discard("attack")  # "settlers stormed the village, setting fire to houses"
    return tactics


def _aircraft_overhead(frame: Frame, tactics: set[str]) -> bool:
    """"When the jets came over the ridge before midnight ... eight civilians died when two
    houses collapsed" (round 23, a feature's telling): deaths, wounds or a plain attack under
    aircraft told coming over, with no other act of war, a crowd or an arrest told, are a
    strike from the air."""
    if not tactics & {"kill", "injure", "attack", "murder", "explosive"}:
        return False
    others = set(cues()["armed_tactics"]) - {"explosive"}
    if tactics & (others | {"seize", "protest", "riot", "mob", "arrest", "abduction", "looting"}):
        return False
    return bool(cue_pattern("aircraft_overhead").search(frame.text))


def _person_assaulted(doc: Document, frame: Frame) -> bool:
    """"torched two cars and a shed, and beat a Palestinian farmer with sticks" (round 23): an
    assault whose object is a person hurts people, whatever property burned beside it."""
    taken = cue_pattern("person_object")
    for trig in frame.triggers:
        if trig.tactic == "attack":
            verb_end = trig.span.start + len(trig.span.text.split(" ", 1)[0])
            if taken.match(doc.text[verb_end : verb_end + 80]):
                return True
    return False


def _captivity_read(doc: Document, frame: Frame, tactics: set[str]) -> set[str]:
    """What an abduction adds up to (round 23). A vehicle "intercepted" to take the people in
    it is how they were taken, no disrupted weapons use; captives later "found dead" or counted
    among the dead were killed (ACLED: an abduction that ends in killing is an Attack)."""
    tactics.discard("disrupted")
    if tactics & set(cues()["harm_tactics"]) - {"abduction"}:
        return set()
    # the bodies are often found in the next sentence, on a day of its own ("... on Friday.
    # Their bodies were found on Sunday"), which is no frame of its own (it tells no act)
    following = doc.sentences[frame.sentence_ids[-1] + 1 :][:1]
    told = " ".join([frame.text, *(s.text for s in following)])
    if count(doc, frame, "killed")[0] or cue_pattern("captives_found_dead").search(told):
        return {"kill"}
    return set()


@cache
def _de_facto_authorities() -> frozenset[str]:
    return frozenset(row["name"] for row in load_csv("events/de_facto_authorities.csv"))


def _handed_over(tactics: set[str]) -> bool:
    """A place taken "after the army withdrew" or "without a fight", and no violence told: a
    non-violent transfer of territory (ACLED), not a capture. A withdrawal told on its own
    ("the rebels said they had withdrawn") may follow a battle and leaves the capture as it is."""
    peaceful = not tactics & set(cues()["violent_tactics"])
    return {"seize", "unopposed"} <= tactics and peaceful


def _by_authorities(doc: Document, frame: Frame, roles: Roles) -> bool:
    """Arrests made by a de facto authority (the Houthis in Sanaa), or told in the passive
    ("two suspects were detained during the operation": the named group is the suspects')."""
    if roles.actor1 and roles.actor1.name in _de_facto_authorities():
        return True
    arrests = [t for t in frame.triggers if t.tactic == "arrest"]
    passive = cue_pattern("passive_before")
    return all(passive.search(doc.text[max(0, t.span.start - 30) : t.span.start]) for t in arrests)


def _strike_landed(frame: Frame) -> bool:
    """"Ukrainian drones struck the refinery ... air defences downed 12 drones": some got
    through, so the event is the strike, not a disrupted weapons use."""
    hits = cue_pattern("strike_hit")
    return any(t.tactic in ("air", "shelling") and hits.search(t.span.text) for t in frame.triggers)


def _armed_road_block(frame: Frame, roles: Roles) -> bool:
    """"Gunmen blocked a highway and pulled 14 men off buses": a road blocked by a non-state
    armed group is how it stopped its victims, not a protest (police who arrest activists
    "who blocked a road" leave the protest as it is)."""
    if roles.actor1 is None or roles.actor1.inter not in NONSTATE_ARMED:
        return False
    protests = [t for t in frame.triggers if t.tactic == "protest"]
    return all(cue_pattern("road_block").match(t.span.text) for t in protests)


def _protesters_harmed(frame: Frame) -> bool:
    """"Ecuadorian soldiers beat an indigenous demonstrator to death", "police pushed the
    demonstrators back": the protester named inside the words of what was done to them (which
    hide the protest word)."""
    return _names_protesters(frame, {*cues()["harm_tactics"], "attack", "evict"})


def _names_protesters(frame: Frame, done: set[str]) -> bool:
    """Does a trigger of one of the ``done`` tactics name the protesters in its words?"""
    inside = cue_pattern("protester_inside")
    return any(t.tactic in done and inside.search(t.span.text) for t in frame.triggers)


def _raided_not_taken(frame: Frame, tactics: set[str]) -> bool:
    """"Insurgents entered the village and set fire to thirty huts": a place only entered, to
    burn or loot it, is raided (looting), not taken; entering without a fight is a transfer."""
    if not {"seize", "looting"} <= tactics or "unopposed" in tactics:
        return False
    entering = cue_pattern("entering")
    seized = [t for t in frame.triggers if t.tactic == "seize"]
    return all(entering.match(t.span.text) for t in seized)


def _protesters_beaten(frame: Frame, roles: Roles) -> bool:
    """"Police beat striking teachers", "soldiers assaulted demonstrators": state forces whose
    beating names the protesters it fell on use force on them (round 13: excessive force)."""
    if roles.actor1 is None or roles.actor1.inter != 1:
        return False
    return _names_protesters(frame, {"attack"})


def _gathering_beaten(doc: Document, frame: Frame, roles: Roles) -> bool:
    """"Police beat opposition supporters at a rally", "soldiers attacked an opposition rally"
    (round 18): state forces whose beating falls on a gathering told right after it use force
    on its protesters, whatever they are called (ACLED: excessive force)."""
    if roles.actor1 is None or roles.actor1.inter != 1:
        return False
    beaten = cue_pattern("beaten_at_gathering")
    attacks = (t for t in frame.triggers if t.tactic == "attack")
    return any(lands_on_gathering(doc, frame, act, beaten) for act in attacks)


def _fired_at(frame: Frame) -> bool:
    """Shots fired at people ("opened fire on", "fired into"), not a shooting named as what a
    march is about ("march over police shooting of teenager")."""
    fired = cue_pattern("fired_at")
    return any(t.tactic == "gunfire" and fired.match(t.span.text) for t in frame.triggers)


def _taken_by_police(tactics: set[str], roles: Roles) -> bool:
    """"The party said police had abducted its secretary general": a person the police take
    is arrested (ACLED), whatever the word, unless nobody is told where they are held."""
    if "disappear" in tactics or roles.actor1 is None:
        return False
    return bool(cue_pattern("custody_forces").match(roles.actor1.name))


def _post_retaken(doc: Document, frame: Frame, tactics: set[str]) -> bool:
    """"Soldiers retook the checkpoint after a two-hour gunfight": a military position won back
    in a fight changes no town's hands; the event is the clash (ACLED). A post overrun is
    still taken ("jihadists overran an army post")."""
    if not tactics & set(cues()["violent_tactics"]):
        return False
    seized = [t for t in frame.triggers if t.tactic == "seize"]
    text = frame.text
    for trigger in seized:
        after = doc.text[trigger.span.end : trigger.span.end + 60]
        found = cue_pattern("position_object").match(after)
        if found is None or not cue_pattern("retaking").match(trigger.span.text):
            return False
        pronoun = found.group().split()[-1] in ("it", "them")
        if pronoun and not cue_pattern("position_word").search(text):
            return False
    return bool(seized)


def _fight_in_clause(doc: Document, clause: Span, seized: Trigger) -> bool:
    """A fight is named in the clause of the place taken, even as what came before it."""
    if not clause.start <= seized.span.start < clause.end:
        return False
    return bool(cue_pattern("fight_told").search(doc.text, clause.start, clause.end))


def _seizure_not_held(doc: Document, frame: Frame) -> bool:
    """"Rebels tried to seize the town but were pushed back", "Fano briefly took control of a
    checkpoint" (round 16): a capture only tried, or held for a moment in a fight, changes no
    place's hands; the event is the fight (ACLED: armed clash). So is one the other side
    undoes at once ("overran a base and held it for several hours before troops drove them
    out", round 20)."""
    seized = [t for t in frame.triggers if t.tactic == "seize"]
    before, after = cue_pattern("seize_not_held_before"), cue_pattern("seize_not_held_after")
    return all(
        before.search(doc.text[max(0, t.span.start - 30) : t.span.start])
        or after.search(doc.text[t.span.end : t.span.end + 240])
        for t in seized
    )


def _sides_read(doc: Document, frame: Frame, roles: Roles, tactics: set[str]) -> set[str]:
    """Tactics the sides add (round 17): an attack a lead names by its place, a former member
    of a force as the target, a crowd that fights off an armed group, communities fighting.
    Reads ``tactics``, never changes it."""
    added = set()
    if _lead_names_attack(doc, frame, tactics):
        added.add("attack")  # "25 villagers were killed in the attack on Kumbwa"
    if _former_forces_target(doc, roles):
        added.add("former_target")  # "gunmen shot dead a retired army colonel"
    if _crowd_fights_off_armed_group(doc, frame, roles, tactics) or _attack_repelled(doc, frame):
        added.add("self_defence")  # "villagers armed with guns repelled kidnappers"
    if _communities_fighting(frame, tactics):
        added.add("mob")  # "clashes between two communities; several shops were torched"
    elif _communities_armed_fight(frame, tactics) or _civilians_fired_back(frame, roles, tactics):
        added.add("armed_communities")  # "armed men of two rival clans fought with rifles"
    return added


def _lead_names_attack(doc: Document, frame: Frame, tactics: set[str]) -> bool:
    """"Some 25 villagers were killed in the attack on Kumbwa": deaths told with 'the attack'
    or 'the raid' on a place in the article's lead name the event itself, not one told before
    (later in an article such words refer back to it)."""
    if "kill" not in tactics or tactics & set(cues()["violent_tactics"]) - {"kill", "injure"}:
        return False
    if not frame.sentence_ids or min(frame.sentence_ids) > 1:
        return False
    named = cue_pattern("attack_named")
    return any(
        t.tactic == "refer"
        and named.search(t.span.text)
        and cue_pattern("attack_place_after").match(doc.text, t.span.end)
        for t in frame.triggers
    )


def _arrested_to_unknown_place(frame: Frame) -> bool:
    """"Security agents detained a lawyer and drove him to an undisclosed location" is a
    disappearance (ACLED: abduction); "regime forces arrested 12 men at a checkpoint and took
    them to an unknown place" stays a formal arrest: only the report does not know the place.
    Words that nobody knows where they are (whereabouts unknown, no news) still make it one."""
    unknown = cue_pattern("unknown_place")
    vanished = [t for t in frame.triggers if t.tactic == "disappear"]
    arrests = [t for t in frame.triggers if t.tactic == "arrest"]
    if not vanished or not arrests or not all(unknown.search(t.span.text) for t in vanished):
        return False
    return all(cue_pattern("formal_arrest").match(t.span.text) for t in arrests)


def _former_forces_target(doc: Document, roles: Roles) -> bool:
    """"A retired army major", "a former police inspector": a person who has left a force is a
    civilian target (ACLED: attack), whatever force the words name."""
    target = roles.actor2
    if target is None or target.inter != 1:
        return False
    before = doc.text[max(0, target.span.start - 40) : target.span.start]
    if cue_pattern("position_after").match(doc.text, target.span.end):
        return False  # "soldiers at a former army base": a place, not a retired soldier
    return bool(cue_pattern("former_member_before").search(before + target.span.text))


def _crowd_fights_off_armed_group(
    doc: Document, frame: Frame, roles: Roles, tactics: set[str]
) -> bool:
    """"Villagers armed with guns repelled kidnappers", "residents fought off bandits": a crowd
    defending itself against a non-state armed group fights it (ACLED: armed clash, the
    villagers a local militia), unlike rioters fighting the police."""
    crowd, other = roles.actor1, roles.actor2
    if crowd is None or other is None or crowd.inter != 5 or other.inter not in NONSTATE_ARMED:
        return False
    if "clash" not in tactics or tactics & {"protest", "riot", "unrest"}:
        return False
    armed = cue_pattern("crowd_armed_after").match(doc.text, crowd.span.end)
    defence = cue_pattern("defence_act")
    return bool(armed) or any(defence.match(t.span.text) for t in frame.triggers)


def _attack_repelled(doc: Document, frame: Frame) -> bool:
    """"Local hunters repelled an attack by bandits on the village": an attack fought off was
    met by armed defenders, whoever the report names (ACLED: armed clash, not an attack on the
    village's civilians)."""
    defence, attacked = cue_pattern("defence_act"), cue_pattern("repelled_object")
    return any(
        t.tactic == "clash" and defence.match(t.span.text) and attacked.match(doc.text, t.span.end)
        for t in frame.triggers
    )


def _communities_fighting(frame: Frame, tactics: set[str]) -> bool:
    """"Clashes broke out between two communities ... shops were torched", "communal clashes
    erupted and a shop was burnt": communities fighting with property burned and no firearms
    or explosives told are a mob (ACLED: mob violence), not looting or an armed clash."""
    if not {"clash", "looting"} <= tactics:
        return False
    if tactics & set(cues()["armed_tactics"]) - {"clash"}:
        return False
    text = frame.text
    return bool(cue_pattern("communal_sides").search(text)) and not _firearms_told(text)


def _communities_armed_fight(frame: Frame, tactics: set[str]) -> bool:
    """"Armed men of two rival clans fought with high-powered rifles; 6 men were killed"
    (round 20): communities, clans or tribes told fighting each other with firearms are
    communal militias in an armed clash (ACLED), whoever the dead are worded as; not an attack
    on them."""
    if "clash" not in tactics:
        return False
    text = frame.text
    armed = bool(tactics & set(cues()["armed_tactics"]) - {"clash"}) or _firearms_told(text)
    return armed and bool(cue_pattern("communal_sides").search(text))


CIVILIAN_INTER = 7  # ACLED's inter code of civilians


def _civilians_fired_back(frame: Frame, roles: Roles, tactics: set[str]) -> bool:
    """"Dinka Bor youths pursued the raiders, and the two sides exchanged fire", "came under
    fire from his armed relatives. In the ensuing clash, ..." (round 23): people worded as
    civilians who fight an exchange of fire are an armed side: an armed clash, no attack on
    them nor a mob. Only a fight with no place taken and nothing fired from afar."""
    if not tactics & {"clash", "refer", "gunfire"}:
        return False
    if tactics & {"seize", "air", "shelling", "protest"}:
        return False
    sides = (roles.actor1, roles.actor2)
    if not any(a is not None and a.inter == CIVILIAN_INTER for a in sides):
        return False
    return bool(cue_pattern("mutual_fire").search(frame.text))


def _firearms_told(text: str) -> bool:
    return bool(cue_pattern("firearms_words").search(text))


def _entered_to_arrest(doc: Document, frame: Frame, roles: Roles, tactics: set[str]) -> bool:
    """"Soldiers entered the village of X and detained 20 men", "took over a checkpoint and
    arrested four" (round 18): state forces that move into a place with no fight and arrest
    people there make arrests; territory needs a place held by the other side ("retook the
    town", "captured X", "entered X, held by the rebels since 2012") or a fight for it."""
    if not {"seize", "arrest"} <= tactics or tactics & set(cues()["violent_tactics"]):
        return False
    leader = roles.actor1
    if leader is None or (leader.inter != 1 and leader.name not in _de_facto_authorities()):
        return False  # the Taliban in Afghanistan arrest as its authorities (ACLED)
    held_by, retaken = cue_pattern("held_by_before"), cue_pattern("taking_from_other_side")
    for seized in (t for t in frame.triggers if t.tactic == "seize"):
        if retaken.match(seized.span.text):
            return False  # "recaptured the town ... and arrested 12 fighters": it was held
        if any(_fight_in_clause(doc, c.span, seized) for c in frame.clauses):
            return False  # "entered Kidal after fierce fighting with the rebels"
        for actor in frame.actors:
            gap = doc.text[seized.span.end : actor.span.start]
            if actor.inter != 1 and len(gap) < 80 and held_by.search(gap):
                return False  # "entered Kidal, held by the rebels since 2012"
    return True


def _people_are_the_target(doc: Document, frame: Frame, tactics: set[str]) -> bool:
    """"Militiamen attacked displaced Hema families ..., days after fighting between the army
    and the militia", "settlers fired live rounds at Palestinian villagers" (round 19): the
    first act of harm falls on people named as civilians, and no fight is told, so the target
    is people (ACLED: attack), not an armed party the report names elsewhere (a fight before, a
    force that arrived later, the side the victims are said to belong to)."""
    if tactics & {"clash", "self_defence", "protest", "mob"}:
        return False
    harm = [t for t in frame.triggers if t.tactic in cues()["harm_acts"]]
    if not harm:
        return False
    first = harm[0]
    gap = cue_pattern("object_gap")
    for actor in frame.actors:
        if actor.span.start < first.span.end or actor.span.start - first.span.end > 60:
            continue
        if gap.match(doc.text[first.span.end : actor.span.start]):
            return actor.inter == 7 and not is_crowd(actor)
    # no party named right after the act: people worded as no actor ("gunmen attacked a family
    # at their home", "opened fire on a couple") are its target, not an unnamed armed side
    after = doc.text[first.span.end : first.span.end + 80]
    return bool(cue_pattern("person_object").match(_ON_PEOPLE.sub(" ", after, count=1)))


_ON_PEOPLE = re.compile(r"^\s+(?:on|at|upon)\b", re.IGNORECASE)  # "opened fire on a family"


def _detainees_killed(frame: Frame, roles: Roles, tactics: set[str]) -> bool:
    """"Soldiers rounded up men in a kebele and shot 6 of them dead", "detained four young men
    at a checkpoint and executed them" (round 19): people seized by armed men and then killed,
    no other side named or fighting, were attacked (ACLED); the arrest is how it began."""
    if "arrest" not in tactics or "clash" in tactics or roles.actor2 is not None:
        return False
    if roles.actor1 is None or roles.actor1.inter not in ACTOR_CLASSES["armed"]:
        return False
    arrests = [t.span.start for t in frame.triggers if t.tactic == "arrest"]
    killed = [t.span.start for t in frame.triggers if t.tactic in ("murder", "gunfire")]
    return bool(killed) and min(arrests) < max(killed) and bool(tactics & {"murder", "kill"})
