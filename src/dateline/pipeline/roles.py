"""Who did what to whom: the part each actor mention plays in an event frame.

Roles come from the words around each actor mention (``data/events/roles.json``): claimants,
accused, agents and subjects of the act are the doers, objects and counted groups the targets;
``orient`` then puts protesters, rioters and state forces in the slots the codebook wants.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from dateline.model import ActorMention, Document, NumberMention
from dateline.pipeline.attribution import main_country
from dateline.pipeline.segment import NAMED_ROLES, Clause, Frame
from dateline.pipeline.triggers import role_cues, role_regex

ACTOR_CLASSES = {
    "state": {1},
    "nonstate": {2, 3, 4, 8},
    "armed": {1, 2, 3, 4, 8},
    "civilians": {7},
    "protesters": {6},
    "rioters": {5},
}
NONSTATE_ARMED = ACTOR_CLASSES["nonstate"]
EXTERNAL = 8  # external/other forces: foreign private military companies, UN missions
SIDED_TACTICS = ("clash", "agreement")  # acts with two sides, not a doer and a target
RIOT_TYPES = ("Violent demonstration", "Mob violence")
PROTEST_TYPES = (
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
)




@dataclass(slots=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    assoc1: list[ActorMention] = field(default_factory=list)

    @property
    def pair(self) -> tuple[ActorMention | None, ActorMention | None]:
        return self.actor1, self.actor2



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



def _counted_by(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """The actor is the group a casualty figure counts ("25 government fighters were killed")."""
    return any(is_counted(clause, n, actor) for n in clause.numbers)


def _role(doc: Document, clause: Clause, actor: ActorMention) -> str:
    """The part one actor mention plays in its clause: claimant ("X claimed responsibility"),
    accused ("blamed X"), agent ("by X"), perpetrator (the subject of the act), target (the
    object, or the group a casualty figure counts), source (only speaks) or other."""
    before = doc.text[clause.span.start : actor.span.start]
    if _only_suspected(doc, clause, actor):
        return "suspect"  # "IS is suspected.": a hedge, not an attribution (stays unidentified)
    if _claims(doc, clause, actor):
        return "claimant"
    if role_regex("accused_before").search(before) or _blamed_after(doc, clause, actor):
        return "accused"  # "the army blamed the M23": the perpetrator if nobody else is named
    if role_regex("mediator_before").search(before):
        return "source"  # "a conference organised by the UN mission": no party to the act
    if role_regex("later_agent_before").search(before):
        return "arriving"  # "stabbed two people before being shot dead by a police officer"
    if role_regex("perpetrator_before").search(before):
        return "agent"  # "shot dead by armed miscreants": the explicit doer
    if role_regex("passing_vehicle_after").match(doc.text[actor.span.end : clause.span.end]):
        return "target"  # "exploded as an army truck passed": the truck's side was hit
    if role_regex("cedes_after").match(doc.text[actor.span.end : clause.span.end]):
        return "target"  # "Al-Shabaab withdrew from the town": the side that lost it
    if _acting_crowd(doc, clause, actor):
        return "perpetrator"
    if _acting_individual(doc, clause, actor):
        return "attacker"  # "a Palestinian man stabbed two people": an armed assailant
    if role_regex("arrives_before").search(before[-20:]):
        return "arriving"  # "killing two herders before soldiers restored order": no side
    if _sent_in_after(doc, clause, actor):
        return "sent"  # "soldiers were sent to the village": never a side of the act
    if actor.inter == 7 or _counted_by(doc, clause, actor):
        return "target"
    if role_regex("target_before").search(before[-60:]):
        return "target"
    if any(actor.span.start < t.span.start < actor.span.end for t in clause.triggers):
        return "perpetrator"  # "Ukrainian drones struck ...": the weapon words are the act's
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    if later:
        if role_regex("claim_by_object").match(later[0].span.text):
            return "source"  # "the army blamed the M23": the army only speaks
        if role_regex("suffered_act").match(later[0].span.text):
            return "target"  # "an army vehicle hit a mine"
        between = doc.text[actor.span.end : later[0].span.start]
        return "target" if role_regex("passive_between").search(between) else "perpetrator"
    earlier = [t for t in clause.triggers if t.span.end <= actor.span.start]
    if not earlier:
        return "other"
    # "... to disperse the attackers and that police had opened an investigation": a new
    # statement after the act, not its object
    gap = doc.text[earlier[-1].span.end : actor.span.start]
    return "bystander" if role_regex("new_statement_between").search(gap) else "target"


def _sent_in_after(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"Security forces deployed in the area", "soldiers were sent to the village": forces
    brought in once it was over, with no act of theirs in the clause."""
    after = doc.text[actor.span.end : clause.span.end]
    later = any(
        t.span.start >= actor.span.end and not doc.text[: t.span.start].endswith("to ")
        for t in clause.triggers
    )  # an act of theirs, not the purpose they were sent for ("sent ... to disperse them")
    return not later and bool(role_regex("arrives_after").match(after))


def _acting_crowd(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"Angry youths torched a police station": civilians right before a violent act they do
    (not "residents were attacked", not "two students were killed")."""
    if actor.inter != 7 or not role_regex("crowd_words").match(actor.span.text):
        return False
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    if len(later) < len(clause.triggers):  # an act before them: they are its object
        return False
    if not later or later[0].tactic not in role_cues()["crowd_acts"]:
        return False
    between = doc.text[actor.span.end : later[0].span.start]
    after = doc.text[later[0].span.end : clause.span.end]
    bare = " " not in later[0].span.text.strip()  # "attacked in", not "beat X to death in"
    passive = bool(role_regex("passive_between").search(between)) or (
        bare and bool(role_regex("headline_passive_after").match(after))
    )
    return len(between) < 40 and not passive and not _counted_by(doc, clause, actor)


def _acting_individual(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"A man stabbed two people", "a teenager opened fire": one civilian-worded person as
    the subject of an attack is the attacker, coded as an unidentified armed group."""
    if actor.inter != 7 or not role_regex("individual_words").match(actor.span.text):
        return False
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    if len(later) < len(clause.triggers) or not later:
        return False
    if later[0].tactic not in role_cues()["individual_acts"]:
        return False
    between = doc.text[actor.span.end : later[0].span.start]
    return len(between) < 40 and not role_regex("passive_between").search(between)


def _as_attacker(actor: ActorMention) -> ActorMention:
    """The attacker keeps a nationality the report gives ("a Palestinian man")."""
    country = actor.name[actor.name.find(" (") :] if " (" in actor.name else " ({country})"
    return replace(actor, name=f"Unidentified Armed Group{country}", inter=3, role_hint="generic")


def _is_crowd(actor: ActorMention) -> bool:
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
            if violent or _acting_crowd(doc, clause, actor):
                return True
            if actor.inter in (5, 6) and role_regex("perpetrator_before").search(before):
                hurt = {"attack", "injure", "murder", "kill"}
                return any(t.tactic in hurt for t in clause.triggers)
    return False


def _protesters_act(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"Demonstrators stormed ...": protesters right before a violent act of theirs."""
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    acts = (*role_cues()["crowd_acts"], "injure")  # "protesters ... injuring five officers"
    if not later or later[0].tactic not in acts:
        return False
    if role_regex("target_before").search(doc.text[clause.span.start : actor.span.start][-15:]):
        return False  # "police fired tear gas at protesters, injuring 12": they were hit
    between = doc.text[actor.span.end : later[0].span.start]
    return len(between) < 40 and not role_regex("passive_between").search(between)


def _blamed_after(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"the ARSA group, which residents blame for the killing"."""
    return bool(role_regex("accused_after").match(doc.text[actor.span.end : clause.span.end]))


def _rank(actor: ActorMention) -> int:
    """Named groups and state forces are specific parties; unnamed ones come last."""
    if actor.role_hint == "property":
        return 3  # "stormed the village": its people, when the report names no one else
    return 0 if actor.role_hint in (*NAMED_ROLES, "state") else 2


def _host_forces_first(
    doc: Document, actor1: ActorMention | None, allies: list[ActorMention]
) -> ActorMention | None:
    """"Rwandan and Mozambican troops": the forces of the country it happens in lead, the
    foreign ones are associated; state forces lead the external or private forces fighting
    with them ("Wagner fighters and Malian soldiers")."""
    if actor1 is not None and actor1.inter == EXTERNAL:
        return next((a for a in allies if a.inter == 1), actor1)
    if actor1 is None or actor1.inter != 1 or actor1.country is None:
        return actor1
    home = main_country(doc)
    if actor1.country == home:
        return actor1
    return next((a for a in allies if a.inter == 1 and a.country == home), actor1)


def _only_unnamed(actors: list[ActorMention]) -> bool:
    """Only explicitly unnamed doers ("gunmen"); "the militants" point back to a named group."""
    return all(a.role_hint == "generic" and a.inter != 7 for a in actors)


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """An unnamed armed group next to a named one of the same kind is that group (anaphora);
    state forces of an unnamed country next to named state forces are those forces."""
    if a.name == b.name:
        return True
    if a.inter == b.inter == 1 and "{country}" in a.name + b.name:
        return True
    # anaphora points back: "IS attacked ... 18 militants were killed" (not "a militia
    # clashed with Comando Vermelho", where the unnamed side comes first)
    later = a if a.span.start > b.span.start else b
    unnamed = later.role_hint in ("generic", "anaphoric")
    return unnamed and a.inter in NONSTATE_ARMED and b.inter in NONSTATE_ARMED


def _clause_roles(doc: Document, clause: Clause) -> list[tuple[ActorMention, str]]:
    """Each party mentioned in the clause with its role; "X and Y" share X's role, and a
    named group replaces the unnamed actor said to belong to it."""
    result: list[tuple[ActorMention, str]] = []
    for actor in clause.actors:
        role = _role(doc, clause, actor)
        if role == "attacker":
            actor, role = _as_attacker(actor), "perpetrator"
        if result:
            previous, previous_role = result[-1]
            between = doc.text[previous.span.end : actor.span.start]
            # "gunmen believed to belong to Abu Sayyaf", "soldiers of the Nigerien army"
            unnamed = previous.role_hint in ("generic", "anaphoric", "state")
            if unnamed and role_regex("membership").match(between):
                result[-1] = (actor, previous_role)
                continue
            if role_regex("coordination").match(between):
                doers = ("perpetrator", "agent", "accused", "ally")
                role = "ally" if previous_role in doers else previous_role
        result.append((actor, role))
    return result


def _only_suspected(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"IS is suspected": the analyst's suspicion, which ACLED leaves out of the actor."""
    later = [t for t in clause.triggers if t.span.start >= actor.span.end]
    if not later or not role_regex("suspicion_only").match(later[0].span.text):
        return False
    return not doc.text[actor.span.end : later[0].span.start].strip()


def _claims(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"The TTP claimed responsibility", "IS is suspected": the claimed perpetrator."""
    claims = [
        t
        for t in clause.triggers
        if t.tactic == "claim"
        and t.span.start >= actor.span.end
        and not role_regex("claim_by_object").match(t.span.text)
    ]
    if not claims:  # "..., the Islamic Resistance in Iraq claimed it"
        return bool(role_regex("claims_after").match(doc.text[actor.span.end : clause.span.end]))
    between = doc.text[actor.span.end : claims[0].span.start]
    return len(between) < 40 and not any(
        actor.span.end < a.span.start < claims[0].span.start for a in clause.actors
    )


def _doers(by_role: dict[str, list[ActorMention]]) -> list[ActorMention]:
    """Who did it, most explicit first: a claim, "by X", the subject, and only then whom
    someone blamed (a counter-accusation does not replace the doer the report names)."""
    claimed = [a for a in by_role["claimant"] if a.inter != 7] or by_role["agent"]
    if not claimed and not by_role["perpetrator"]:
        return by_role["accused"]
    if _only_unnamed(claimed + by_role["perpetrator"]):
        # "gunmen killed three ... police blamed al-Shabaab": the named group is the doer, and
        # the gunmen are its men, not another side
        blamed = [a for a in by_role["accused"] if _rank(a) == 0 and a.inter != 7]
        if blamed:
            by_role["perpetrator"] = []
            return blamed
    return claimed


def assign_roles(doc: Document, frame: Frame) -> Roles:
    """actor1 = the best-named perpetrator; actor2 = the best target on another side; other
    perpetrators are associated with actor1 (or are the other side when nobody is a target)."""
    by_role: dict[str, list[ActorMention]] = {
        "claimant": [], "agent": [], "perpetrator": [], "accused": [], "ally": [], "target": [],
        "source": [], "arriving": [], "suspect": [], "sent": [], "bystander": [],
    }
    for clause in frame.clauses:
        for actor, role in _clause_roles(doc, clause):
            by_role.get(role, by_role["target"]).append(actor)
    claimed = _doers(by_role)
    perpetrators = claimed + by_role["perpetrator"]
    actor1 = min(claimed, key=_rank) if claimed else min(perpetrators, key=_rank, default=None)
    clash = any(t.tactic in SIDED_TACTICS for t in frame.triggers)
    # "Azerbaijani and Armenian forces exchanged fire": state forces fighting each other are
    # two sides in the report's order, not allies led by the host's
    between_states = clash and all(t.inter == 1 for t in by_role["target"])
    host = actor1 if between_states else _host_forces_first(doc, actor1, by_role["ally"])
    if host is not actor1 and actor1 is not None:  # the foreign forces join the allies
        perpetrators = [p for p in perpetrators if p is not actor1]
        by_role["ally"].append(actor1)
        actor1 = host
    # a crowd's victims are civilians too: "angry youths ... killing two herders"
    crowd = actor1 is not None and actor1.inter == 7 and _is_crowd(actor1)
    others = [t for t in by_role["target"] if actor1 is None or crowd or not _same_side(actor1, t)]
    # forces that came in after the act ("before police dispersed them") are the other side
    # only when the act had no victim of its own
    others = others or [a for a in by_role["arriving"] if actor1 is None or a.name != actor1.name]
    candidates = perpetrators + by_role["ally"]
    allies = [p for p in candidates if actor1 is not None and not _same_side(actor1, p)]
    # "X and Y clashed": the second side, not an ally; "X and Y retook the town" are allies
    joined = not clash and all(any(a is b for b in by_role["ally"]) for a in allies)
    if allies and not joined and (not others or (clash and all(o.inter == 7 for o in others))):
        others, allies = allies, []
    # in a battle the other side is armed: civilians caught in it are victims, not a side
    key = (lambda a: (a.inter == 7, _rank(a))) if clash else _rank
    actor2 = min(others, key=key, default=None)
    if actor1 is None and actor2 is not None and actor2.inter != 7:
        # "clashes between X and Y": two sides both written as objects; one side alone
        # ("two policemen were shot dead") stays the target of an unnamed doer
        rest = [t for t in others if not _same_side(actor2, t)]
        if clash and all(t.inter == 7 for t in rest):  # "between Fatah and Islamist militants"
            rest = [t for t in others if t.inter != 7 and t.name != actor2.name] or rest
        if rest:
            actor1, actor2 = actor2, min(rest, key=key)
    assoc = list({a.name: a for a in allies if actor2 is None or a.name != actor2.name}.values())
    actor1 = _resolve_anaphor(doc, actor1, actor2)
    actor2 = _resolve_anaphor(doc, actor2, actor1)
    return _both_sides(doc, clash, Roles(actor1, actor2, assoc))


def _both_sides(doc: Document, clash: bool, roles: Roles) -> Roles:
    """One mention naming both sides ("herders and farmers clashed", "clashes between members
    of two clans") fills both slots; a community's people attacked outside a fight are
    civilians ("3R rebels attacked Fulani herders")."""
    actor1, actor2 = roles.actor1, roles.actor2
    sides = [a for a in (actor1, actor2) if a is not None and a.inter != 7]
    if clash and len(sides) == 1 and _names_two_sides(doc, sides[0]):
        return Roles(sides[0], sides[0], roles.assoc1)  # the dead are of the two sides
    if not clash and actor2 is not None and _community_victims(actor2):
        actor2 = replace(actor2, name="Civilians ({country})", inter=7, role_hint="generic")
    return Roles(actor1, actor2, roles.assoc1)


def _names_two_sides(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 30) : actor.span.start]
    return bool(
        role_regex("two_sided").match(actor.span.text)
        or role_regex("two_sided_before").search(before)
    )


def _community_victims(actor: ActorMention) -> bool:
    """A community militia named by words for its people, not its fighters."""
    return bool(
        role_regex("community_militia_name").search(actor.name)
        and role_regex("community_victim_words").search(actor.span.text)
    )


def _blamed_in(doc: Document, sentence_ids: range) -> ActorMention | None:
    """A named group the given sentences blame or that claims the act: "Residents blamed the
    OLA", "the ARSA group, which residents blame for the killing", "Hezbollah claimed it"."""
    for actor in doc.actors:
        if actor.sentence not in sentence_ids or _rank(actor) != 0 or actor.inter == 7:
            continue
        sentence = doc.sentences[actor.sentence]
        before = doc.text[sentence.start : actor.span.start]
        after = doc.text[actor.span.end : sentence.end]
        if role_regex("accused_before").search(before) or role_regex("accused_after").match(after):
            return actor  # "Residents blamed the OLA", "ARSA, which residents blame"
        if role_regex("claims_after").match(after):
            return actor  # "Hezbollah claimed the launch"
    return None


def blamed_later(doc: Document, frame: Frame, roles: Roles, next_start: int | None) -> Roles:
    """Unnamed attackers ("gunmen", or nobody) whom the next sentences, before the next event,
    blame on a named group: that group is actor1."""
    doer = roles.actor1
    if doer is not None and not _only_unnamed([doer]):
        return roles
    first = frame.sentence_ids[-1] + 1 if frame.sentence_ids else len(doc.sentences)
    last = first + int(role_cues()["blame_lookahead_sentences"])
    blamed = _blamed_in(doc, range(first, min(last, next_start or last)))
    if blamed is None or (roles.actor2 is not None and _same_side(blamed, roles.actor2)):
        return roles
    return Roles(blamed, roles.actor2, roles.assoc1)


def _resolve_anaphor(
    doc: Document, actor: ActorMention | None, other: ActorMention | None
) -> ActorMention | None:
    """"The militants", "the insurgents": the non-state group the article names most (the
    words stay as evidence). Explicitly unidentified attackers ("unknown gunmen") stay so."""
    if actor is None or actor.role_hint != "anaphoric":
        return actor
    named = [
        a
        for a in doc.actors
        if a.role_hint == "named" and a.inter in NONSTATE_ARMED
        and (other is None or a.name != other.name)
    ]
    if not named:
        return actor
    counts = Counter(a.name for a in named)
    best = max(named, key=lambda a: (counts[a.name], -a.span.start))
    return replace(actor, name=best.name, inter=best.inter, country=best.country, role_hint="named")


def _as_protesters(actor: ActorMention) -> ActorMention:
    """Civilians who protest ("traders held a protest") are coded as protesters."""
    if actor.inter != 7:
        return actor
    return replace(actor, name="Protesters ({country})", inter=6)


def _as_rioters(actor: ActorMention) -> ActorMention:
    """Civilians or protesters who riot ("youths threw stones at police") are rioters."""
    if actor.inter not in (6, 7):
        return actor
    return replace(actor, name="Rioters ({country})", inter=5)


def _orient_riot(roles: Roles) -> Roles:
    """Rioters lead a riot (a default actor when unnamed); the police they fight is actor2."""
    pair = [a for a in (roles.actor1, roles.actor2) if a is not None]
    crowds = sorted((a for a in pair if a.inter in (5, 6, 7)), key=lambda a: a.inter)
    crowd = crowds[0] if crowds else None  # the mob itself before the people it attacks
    other = next((a for a in pair if a is not crowd), None)
    if other is not None and other.inter == 6:  # two crowds fighting: both riot
        other = _as_rioters(other)
    return Roles(_as_rioters(crowd) if crowd else None, other, roles.assoc1)


def _orient_disruption(roles: Roles) -> Roles:
    """Whoever defuses or intercepts is actor1: "soldiers dismantled devices planted by CJNG"
    (the state side, when only one side is state forces)."""
    first, second = roles.actor1, roles.actor2
    if second is not None and second.inter == 1 and (first is None or first.inter != 1):
        return Roles(second, first, roles.assoc1)
    return roles


def orient(sub_event_type: str, roles: Roles) -> Roles:
    """Protesters lead their protest; state forces lead excessive force against protesters
    and the disruption of weapons."""
    first, second = (_party_people(sub_event_type, a, slot) for slot, a in enumerate(roles.pair))
    roles = Roles(first, second, roles.assoc1)
    if sub_event_type in RIOT_TYPES:
        return _orient_riot(roles)
    if sub_event_type == "Disrupted weapons use":
        return _orient_disruption(roles)
    if sub_event_type in role_cues()["actor1_only"]:
        return Roles(roles.actor1, None, roles.assoc1)
    pair = [roles.actor1, roles.actor2]
    if sub_event_type in PROTEST_TYPES:
        pair = [_as_protesters(a) if a is not None else None for a in pair]
    protesters = [a for a in pair if a is not None and a.inter == 6]
    if not protesters:
        in_protest = sub_event_type in PROTEST_TYPES
        return _without_protesters(sub_event_type, roles) if in_protest else roles
    other = next((a for a in pair if a is not None and a is not protesters[0]), None)
    if sub_event_type == "Excessive force against protesters":
        return Roles(other, protesters[0], roles.assoc1)
    if sub_event_type == "Peaceful protest" and other is not None and other.inter == 1:
        other = None  # police standing by a peaceful protest are no party to it
    if sub_event_type in ("Peaceful protest", "Protest with intervention"):
        return Roles(protesters[0], other, roles.assoc1)
    return roles


def _party_people(
    sub_event_type: str, actor: ActorMention | None, slot: int
) -> ActorMention | None:
    """A party named for its people: the arrested category in arrests, its supporters in a
    riot rioters, at a protest protesters, and as the target of other violence civilians
    ("BNP activists clashed with police" is a riot of Rioters (Bangladesh))."""
    if actor is None or actor.role_hint != "party" or sub_event_type == "Arrests":
        return actor
    if sub_event_type in RIOT_TYPES or (slot == 0 and sub_event_type not in PROTEST_TYPES):
        return replace(actor, name="Rioters ({country})", inter=5, role_hint="generic")
    if sub_event_type in PROTEST_TYPES:
        return replace(actor, name="Protesters ({country})", inter=6, role_hint="generic")
    return replace(actor, name="Civilians ({country})", inter=7, role_hint="generic")


def _without_protesters(sub_event_type: str, roles: Roles) -> Roles:
    """Police dispersing unnamed protesters: the protesters (a default actor) lead the protest."""
    state = next((a for a in (roles.actor1, roles.actor2) if a is not None and a.inter == 1), None)
    if sub_event_type == "Excessive force against protesters":
        return Roles(state, None, roles.assoc1)
    if sub_event_type == "Peaceful protest":
        return Roles(None, None, roles.assoc1)
    return Roles(None, state, roles.assoc1)
