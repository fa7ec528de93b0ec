"""Crowds and lone people who act, and the groups casualty figures count.

"Angry youths torched a police station" (a crowd doing violence), "a Palestinian man stabbed
two people" (one civilian-worded attacker), "25 government fighters were killed" (the group a
figure counts): word cues from ``data/events/roles.json`` read through ``triggers.role_regex``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.model import STATE_FORCES, ActorMention, Document, NumberMention
from dateline.pipeline.segment import Clause, Frame
from dateline.pipeline.triggers import (
    Trigger,
    cue_pattern,
    cues,
    find_triggers,
    role_cues,
    role_regex,
)
from dateline.resources import data_regex

POLITICAL_MILITIA = 3
_PARTY_WINGS = "actors/party_wings.json"


def is_counted(clause: Clause, number: NumberMention, actor: ActorMention) -> bool:
    """The actor is the group the figure counts: inside the figure's words, or right after it
    ("25 government and allied fighters"), not after a verb ("two were killed by police")."""
    if actor.span.overlaps(number.span):
        return True
    gap = actor.span.start - number.span.end
    if not 0 <= gap <= int(role_cues()["number_gap_chars"]):
        return False
    offset = clause.span.start
    between = clause.span.text[number.span.end - offset : actor.span.start - offset]
    return not role_regex("counted_gap_block").search(between)


def counted_by(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """The actor is the group a casualty figure counts ("25 government fighters were killed")."""
    return any(is_counted(clause, n, actor) for n in clause.numbers)


def acting_crowd(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"Angry youths torched a police station": civilians right before a violent act they do
    (not "residents were attacked", not "two students were killed")."""
    if actor.inter != 7 or not role_regex("crowd_words").match(actor.span.text):
        return False
    if _object_of_earlier_act(doc, clause, actor):
        return False
    later, start = _own_acts(doc, clause, actor)
    if not later or later[0].tactic not in role_cues()["crowd_acts"]:
        return False
    between = _without_aside(doc.text[start : later[0].span.start])
    passive = _acted_upon(doc, between, later[0], clause.span.end)
    near = len(between) < 40 or _qualified_crowd(between)
    return near and not passive and not counted_by(doc, clause, actor)


def _acted_upon(doc: Document, between: str, act: Trigger, after_end: int) -> bool:
    """The crowd told ``between`` words before the act is its object, not its doer: a passive
    between them ("two traders were shot dead"), or a bare verb read as a headline's passive
    by the words after it, up to ``after_end`` ("villagers attacked in overnight raid"; "beat
    X to death in" is no passive)."""
    after = doc.text[act.span.end : after_end]
    bare = " " not in act.span.text.strip()
    return bool(role_regex("passive_between").search(between)) or (
        bare and bool(role_regex("headline_passive_after").match(after))
    )


def _object_of_earlier_act(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """An act told before the crowd makes it the act's object ("police dispersed youths"),
    unless the crowd opens a clause of its own ("officers were killed when supporters ...
    attacked")."""
    earlier = [t for t in clause.triggers if t.span.start < actor.span.end]
    if not earlier:
        return False
    before = doc.text[earlier[-1].span.end : actor.span.start]
    return not cue_pattern("crowd_clause_opener").search(before)


def _own_acts(doc: Document, clause: Clause, actor: ActorMention) -> tuple[list[Trigger], int]:
    """The triggers after a crowd and where its words end: a protest told right after it
    ("residents protesting power cuts in Kaduna attacked police") names the crowd, so its act
    is the next one."""
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    start = actor.span.end
    while later and later[0].tactic == "protest":
        gap = doc.text[start : later[0].span.start]
        named_by = cue_pattern("crowd_relative").match(gap) or _qualified_crowd(gap)
        if gap.strip() and not named_by:
            break  # "supporters of X who were blocking roads attacked ..." goes on
        start = later.pop(0).span.end
    # "protesting ... blocked the road with rocks and beat a guard" (round 16): the crowd's
    # own protest acts joined to its next act by "and"/"then" are a chain of its acts
    chain = cue_pattern("act_chain")
    while len(later) > 1 and later[0].tactic == "protest":
        if not chain.match(doc.text[later[0].span.end : later[1].span.start]):
            break
        start = later.pop(0).span.end
    return later, start


def _without_aside(between: str) -> str:
    """"The demonstrators, who were demanding water, damaged ...": a relative clause set off
    by commas says who they are; it is neither distance nor a passive."""
    return cue_pattern("relative_aside").sub(" ", between)


def _qualified_crowd(between: str) -> bool:
    """"Residents of a village in Madagascar's Sava region beat ...": a crowd named with where
    it is from stands further from its act."""
    return len(between) < 70 and bool(cue_pattern("crowd_qualifier").match(between))


def fighting_crowd(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"Villagers from X and Y clashed with machetes", "students of two colleges fought each
    other", "students clashed with BCL activists": a civilian-worded crowd as the subject of a
    fight is rioters (civilians never fight), against another crowd or the armed party it
    fought (named after the act); not when an armed party fights beside or before it."""
    if actor.inter != 7 or not is_crowd(actor):
        return False
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    if len(later) < len(clause.triggers) or not later:
        return False
    if any(
        a.inter not in (5, 6, 7) and a.span.start < later[0].span.start
        and not _comes_after(doc, clause, a)
        for a in clause.actors
    ):
        return False
    # "clashed", or another crowd act done "at each other"
    reciprocal = role_regex("reciprocal_after").match(doc.text[later[0].span.end : clause.span.end])
    if later[0].tactic != "clash" and not (reciprocal and later[0].tactic in ("riot", "attack")):
        return False
    between = doc.text[actor.span.end : later[0].span.start]
    return len(between) < 60 and not role_regex("passive_between").search(between)


def _comes_after(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """Forces that come in to end the fight ("until police intervened to separate them")."""
    before = doc.text[clause.span.start : actor.span.start][-20:]
    after = doc.text[actor.span.end : clause.span.end]
    ended = role_regex("arrives_before").search(before)
    return bool(ended or role_regex("separates_after").match(after))


def acting_individual(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"A man stabbed two people", "a teenager opened fire": one civilian-worded person as
    the subject of an attack is the attacker, coded as an unidentified armed group."""
    if actor.inter != 7 or not role_regex("individual_words").match(actor.span.text):
        return False
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    if len(later) < len(clause.triggers) or not later:
        return False
    if later[0].tactic not in role_cues()["individual_acts"]:
        return False
    if role_regex("individual_suffered").match(doc.text[later[0].span.start : clause.span.end]):
        return False  # "a man died when soldiers opened fire": his first act is suffered
    if any(actor.span.end <= a.span.start < later[0].span.start for a in clause.actors):
        return False  # "a man, soldiers said, ...": another party comes before the act
    between = doc.text[actor.span.end : later[0].span.start]
    return len(between) < 40 and not role_regex("passive_between").search(between)


def as_attacker(actor: ActorMention) -> ActorMention:
    """The attacker keeps a nationality the report gives ("a Palestinian man")."""
    country = actor.name[actor.name.find(" (") :] if " (" in actor.name else " ({country})"
    return replace(actor, name=f"Unidentified Armed Group{country}", inter=3, role_hint="generic")


def is_crowd(actor: ActorMention) -> bool:
    return bool(role_regex("crowd_words").match(actor.span.text))


def crowd_violence(doc: Document, frame: Frame) -> bool:
    """Protesters or a crowd doing violence themselves ("demonstrators stormed the parliament",
    "injured by protesters"): the protest is a violent demonstration, whoever else acts."""
    for clause in frame.clauses:
        for actor in clause.actors:
            if actor.inter not in (5, 6, 7):
                continue
            before = doc.text[clause.span.start : actor.span.start]
            violent = actor.inter == 6 and _protesters_act(doc, clause, actor)
            if violent or acting_crowd(doc, clause, actor):
                return True
            if actor.inter in (5, 6) and role_regex("perpetrator_before").search(before):
                hurt = {"attack", "injure", "murder", "kill"}
                return any(t.tactic in hurt for t in clause.triggers)
    return False


def _protesters_act(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"Demonstrators stormed ...": protesters right before a violent act of theirs."""
    later, start = _own_acts(doc, clause, actor)
    acts = (*role_cues()["crowd_acts"], "injure")  # "protesters ... injuring five officers"
    if not later or later[0].tactic not in acts:
        return False
    if role_regex("target_before").search(doc.text[clause.span.start : actor.span.start][-15:]):
        return False  # "police fired tear gas at protesters, injuring 12": they were hit
    between = _without_aside(doc.text[start : later[0].span.start])
    return len(between) < 40 and not role_regex("passive_between").search(between)


def crowds_fighting(
    actor1: ActorMention | None, actor2: ActorMention | None
) -> tuple[ActorMention, ActorMention] | None:
    """"Villagers from X and Y clashed with machetes", "students of two colleges fought each
    other": a civilian-worded crowd fighting civilians, or nobody else, is rioters against
    rioters (a Violent demonstration), not a crowd with its victims; fighting an armed party
    or the police, rioters against them."""
    if actor1 is None or actor1.inter != 7 or not is_crowd(actor1):
        return None
    rioters = replace(actor1, name="Rioters ({country})", inter=5, role_hint="generic")
    if actor2 is not None and actor2.inter != 7:
        return rioters, actor2  # "students clashed with BCL activists / with police"
    other = actor2 if actor2 is not None else actor1
    return rioters, replace(other, name="Rioters ({country})", inter=5, role_hint="generic")


def party_wings(doc: Document, mentions: list[ActorMention]) -> list[ActorMention]:
    """"ZANU-PF youths thrashed an MDC supporter": youths, activists or militia named by a
    party act as its armed wing (ACLED's political militia under the party's name), one
    mention, not a crowd of civilians (rioters) beside the party."""
    kept: list[ActorMention] = []
    for mention in mentions:
        if kept and kept[-1].span.end > mention.span.start:
            continue  # the wing's noun, taken into the party's mention
        if mention.role_hint == "party":
            mention = _as_wing(doc, mention)
        while kept and kept[-1].span.end > mention.span.start:
            kept.pop()  # "youths" of "youths of the ruling ZANU-PF", now the wing's
        kept.append(mention)
    return kept


def _as_wing(doc: Document, party: ActorMention) -> ActorMention:
    """The party's mention widened over the words naming its wing, if any."""
    after = data_regex(_PARTY_WINGS, "after_party").match(doc.text, party.span.end)
    before = data_regex(_PARTY_WINGS, "before_party").search(doc.text, 0, party.span.start)
    if not after and not before:
        return party
    start = before.start() if before else party.span.start
    span = doc.span(start, after.end() if after else party.span.end)
    return replace(party, span=span, inter=POLITICAL_MILITIA)


def crowd_side(doc: Document, actor: ActorMention) -> bool:
    """A side no armed force is: rioters, protesters, a civilian-worded crowd, or a political
    party or its people named as such ("workers of the Communist Party of India (Marxist)";
    round 18: party supporters who fight are rioters)."""
    if actor.role_hint == "party":
        return True
    if actor.inter == 7:
        return is_crowd(actor) or _party_people(doc, actor)
    return actor.inter in cues()["crowd_inters"]


def _party_people(doc: Document, actor: ActorMention) -> bool:
    """"Workers of the Communist Party of India (Marxist)", "PPP and PTI workers": people
    named by a party are its crowd."""
    if cue_pattern("party_named_after").match(doc.text, actor.span.end):
        return True
    return any(
        a.role_hint == "party" and 0 <= actor.span.start - a.span.end <= 2 for a in doc.actors
    )


def crowd_fighter(doc: Document, frame: Frame, actor: ActorMention) -> bool:
    """"BNP activists clashed", "clashed with Trinamool Congress supporters": a crowd-worded
    side as the subject of a fight, or right after "clashed with", fights in it; "two
    residents were killed in clashes" are its victims (round 18)."""
    if not crowd_side(doc, actor):
        return False
    passive = role_regex("passive_between")
    for fight in (t for t in frame.triggers if t.tactic == "clash"):
        if actor.span.end <= fight.span.start:
            between = doc.text[actor.span.end : fight.span.start]
            if len(between) < 80 and not passive.search(between):
                return True
        elif cue_pattern("fought_with_gap").match(doc.text, fight.span.end, actor.span.start):
            return True
    return False


def rival_crowds_fight(
    doc: Document, frame: Frame, sides: tuple[ActorMention | None, ...], tactics: set[str]
) -> bool:
    """"Awami League and BNP activists clashed", "members of the BJP clashed with Trinamool
    Congress supporters" (round 18): crowds or party supporters that fight each other, with
    no protest told and no armed side, are rioters against rioters (ACLED: mob violence)."""
    if "clash" not in tactics or tactics & {"protest", "riot", "intervene", "crowd_damage"}:
        return False
    named = [a for a in sides if a is not None]
    return bool(named) and all(crowd_fighter(doc, frame, a) for a in named)


def crowd_falls_on_gathering(doc: Document, frame: Frame, tactics: set[str]) -> bool:
    """"Supporters of the ruling party attacked an opposition rally", "assaulted participants
    of an opposition demonstration" (round 18): a crowd (no state force, no armed group)
    whose attack falls on a gathering attacks the protesters; the attackers were not
    demonstrating (ACLED: mob violence, the protesters its victims). The protesters may lead
    the roles ("youths attacked a protest by teachers"): the attackers are the crowd told
    right before the attack ("soldiers attacked an opposition rally" is force on it)."""
    if "protest" not in tactics or tactics & set(cues()["armed_tactics"]):
        return False
    inside, gathering = cue_pattern("gathering_inside"), cue_pattern("gathering_object")
    for act in (t for t in frame.triggers if t.tactic == "attack"):
        if not _crowd_right_before(doc, frame, act.span.start):
            continue
        if inside.search(act.span.text):
            return True  # "swooped on a BNP procession"
        if lands_on_gathering(doc, frame, act, gathering):
            return True
    return False


def lands_on_gathering(doc: Document, frame: Frame, act: Trigger, gap: re.Pattern[str]) -> bool:
    """The act falls on the gathering named next ("attacked an opposition rally"): the words
    from it to the first protest word after it are all ``gap``."""
    later = [t for t in frame.triggers if t.tactic == "protest" and t.span.start >= act.span.end]
    return bool(later) and bool(gap.fullmatch(doc.text[act.span.end : later[0].span.start]))


def _crowd_right_before(doc: Document, frame: Frame, start: int) -> bool:
    """The side told last before the act that begins at ``start`` is a crowd, its subject
    ("youths loyal to the ruling SLPP attacked"), not acted upon ("were attacked")."""
    before = [a for a in frame.actors if a.span.end <= start]
    if not before:
        return _party_crowd_unnamed(doc, frame, start)
    subject = max(before, key=lambda a: a.span.end)
    gap = doc.text[subject.span.end : start]
    passive = role_regex("passive_between").search(gap)
    return crowd_side(doc, subject) and len(gap) < 60 and not passive


def _party_crowd_unnamed(doc: Document, frame: Frame, start: int) -> bool:
    """"Members of the ruling Frelimo party attacked": a party's people told right before the
    act, the party no actor of the report."""
    starts = [c.span.start for c in frame.clauses if c.span.start <= start]
    clause_start = min(starts, default=start)
    words = cue_pattern("party_crowd_words")
    for found in words.finditer(doc.text, clause_start, start):
        named = cue_pattern("party_named_after").match(doc.text, found.end())
        if named and not doc.text[named.end() : start].strip():
            return True
    return False


def crowd_harms_people_first(frame: Frame, tactics: set[str]) -> bool:
    """"Residents attacked Zimbabwean migrants ... police later dispersed them", "a crowd set
    fire to houses of Copts; several were injured; police detained 15" (round 19): a crowd,
    with no protest told, that hurts people before any force acts is a mob (ACLED: mob
    violence); police who come afterwards to disperse or arrest do not make it a protest or a
    violent demonstration. Who the crowd's act falls on decides: people, not the state (no
    state or armed party is named before the forces act) and not property alone."""
    if any(t.tactic in ("protest", "crowd_damage") for t in frame.triggers):
        return False
    forces = [t.span.start for t in frame.triggers if t.tactic in ("intervene", "arrest")]
    if not forces or tactics & set(cues()["armed_tactics"]):
        return False
    first_force = min(forces)
    harm = {*cues()["harm_acts"], "mob"}
    hurt = [t.span.end for t in frame.triggers if t.tactic in harm and t.span.start < first_force]
    if not hurt:
        return False
    doer = frame.actors[0] if frame.actors else None
    if doer and doer.span.start < min(hurt) and doer.inter not in cues()["crowd_inters"]:
        return False  # the doer is no crowd: "gunmen attacked villagers"
    before = [a for a in frame.actors if a.span.start < first_force]
    doers = [a for a in before if not acts_next(frame, a, first_force)]  # "police later dispersed"
    return bool(doers) and all(a.inter in cues()["crowd_inters"] for a in doers)


def acts_next(frame: Frame, actor: ActorMention, act_start: int) -> bool:
    """The actor is the one who does the act starting at ``act_start``: no other act between."""
    return not any(actor.span.end <= t.span.start < act_start for t in frame.triggers)


def crowd_doer_unread(
    doc: Document, frame: Frame, doer: ActorMention | None, tactics: set[str]
) -> bool:
    """"On 14 April, residents of the Mabakanga quarter of Beni (Beni, North Kivu) beat to death
    ... a young man" (round 19): when the roles read no doer (``doer`` None), a crowd named
    first, before the first act of harm, with no armed act or protest told, is the one who did
    it (a mob), not an unnamed armed group. Police or troops read as the doer but named only
    after the harm, doing none in their own clause ("... beat him with sticks before police
    arrived. Police arrested 4 suspects"), came afterwards (round 21): the crowd did it."""
    if not frame.actors:
        return False
    if tactics & {*cues()["armed_tactics"], "protest", "riot", "unrest"}:
        return False
    harm = [t for t in frame.triggers if t.tactic in cues()["crowd_harm_acts"]]
    crowd = frame.actors[0]
    if not harm or crowd.span.start > harm[0].span.start or not is_crowd(crowd):
        return False
    if doer is not None and not _came_afterwards(frame, doer, harm[0].span.start):
        return False
    between = doc.text[crowd.span.end : harm[0].span.start]
    if cue_pattern("finders_between").search(between):
        return False  # "inhabitants found five more bodies": they found the dead
    if _acted_upon(doc, between, harm[0], harm[0].span.end + 40):
        return False  # "two traders were shot dead": the crowd is the victim
    return crowd.inter in cues()["crowd_inters"]


def _came_afterwards(frame: Frame, doer: ActorMention, harm_at: int) -> bool:
    """The doer read is a state force named after the first act of harm, whose own clause
    tells no harm after it (it arrived, or arrested; a wound named as the state of the hurt
    is none of its acts, round 23)."""
    if doer.inter != STATE_FORCES or doer.span.start < harm_at:
        return False
    harm = set(cues()["crowd_harm_acts"])
    for clause in frame.clauses:
        if clause.span.start <= doer.span.start < clause.span.end:
            # "He was handed over to the police with head injuries": his state, not their act
            state = cue_pattern("harm_state_noun")
            return not any(
                t.tactic in harm and t.span.start > doer.span.start
                and not state.match(t.span.text)
                for t in clause.triggers
            )
    return False


def protested_before(doc: Document, frame: Frame, actor: ActorMention) -> bool:
    """The crowd's noun ("workers") is named in an earlier sentence of the article that tells a
    protest ("garment workers had blocked the highway demanding unpaid wages"): the same people
    acting again (round 20)."""
    head = actor.span.text.split()[-1].lower()
    start = frame.clauses[0].span.start
    for sentence in doc.sentences:
        if sentence.end > start:
            return False
        if head in sentence.text.lower().split() and any(
            t.tactic == "protest" for t in find_triggers(doc, sentence)
        ):
            return True
    return False
