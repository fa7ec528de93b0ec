"""Who did what to whom: the part each actor mention plays in an event frame.

Each mention's part in its clause comes from ``mention_roles`` (the words around it): claimants,
accused, agents and subjects of the act are the doers, objects and counted groups the targets;
``orient`` (``pipeline/orient.py``, re-exported here) then puts protesters, rioters and state
forces in the slots the codebook wants.
"""

from __future__ import annotations

from dateline.model import ActorMention, Document
from dateline.pipeline.assailants import shot_assailant
from dateline.pipeline.attribution import main_country
from dateline.pipeline.blame import blamed_later, resolve_anaphor
from dateline.pipeline.claimed_targets import without_claimed_targets, without_deflected_agents
from dateline.pipeline.crowds import (
    as_attacker,
    crowd_violence,
    crowds_fighting,
    is_counted,
    is_crowd,
)
from dateline.pipeline.defenders import defending_state
from dateline.pipeline.follow_up import arrests_afterwards
from dateline.pipeline.launchers import launched_weapon
from dateline.pipeline.mention_roles import crowd_fights, mention_role
from dateline.pipeline.orient import (
    Roles,
    crowds_at_each_other,
    done_to_each_other,
    fought_off,
    implied_parties,
    orient,
    villagers_fighting_a_gang,
)
from dateline.pipeline.responders import answering_sides
from dateline.pipeline.segment import Clause, Frame
from dateline.pipeline.shootouts import shootout_with_forces
from dateline.pipeline.sides import (
    ACTOR_CLASSES,
    EXTERNAL,
    IDENTITY,
    NONSTATE_ARMED,
    PRO_STATE,
    only_unnamed,
    rank,
    same_side,
)
from dateline.pipeline.speakers import reporting_forces
from dateline.pipeline.state_forces import GOVERNMENTS, has_named_eras
from dateline.pipeline.triggers import is_reporter, role_cues, role_regex

__all__ = [
    "ACTOR_CLASSES", "NONSTATE_ARMED", "Roles", "assign_roles", "blamed_later", "crowd_violence",
    "is_counted", "orient",
]

SIDED_TACTICS = ("clash", "agreement", "deal")  # acts with two sides, not a doer and a target


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


def _clause_actors(doc: Document, clause: Clause, with_government: bool) -> list[ActorMention]:
    """The clause's parties, with the governments it names when the act is one a government
    takes part in ("the Ethiopian government and the TPLF signed an agreement")."""
    if not with_government:
        return clause.actors
    governments = [
        g
        for g in doc.extras.get(GOVERNMENTS, [])
        if clause.span.start <= g.span.start and g.span.end <= clause.span.end
        and not is_reporter(doc, clause.span, g)
    ]
    return sorted([*clause.actors, *governments], key=lambda a: a.span.start)


def _clause_roles(
    doc: Document, clause: Clause, with_government: bool = False
) -> list[tuple[ActorMention, str]]:
    """Each party mentioned in the clause with its role; "X and Y" share X's role, and a
    named group replaces the unnamed actor said to belong to it."""
    result: list[tuple[ActorMention, str]] = []
    for actor in _clause_actors(doc, clause, with_government):
        role = mention_role(doc, clause, actor)
        if role == "attacker":
            actor, role = as_attacker(actor), "perpetrator"
        if result:
            previous, previous_role = result[-1]
            between = doc.text[previous.span.end : actor.span.start]
            # "gunmen believed to belong to Abu Sayyaf", "soldiers of the Nigerien army"
            unnamed = previous.role_hint in ("generic", "anaphoric", "state")
            if unnamed and role_regex("membership").match(between):
                result[-1] = (actor, previous_role)
                continue
            if _serves_in_mission(previous, actor, between):
                result[-1] = (actor, previous_role)  # "Ugandan soldiers of the AU mission"
                continue
            if role_regex("coordination").match(between):
                doers = ("perpetrator", "agent", "accused", "ally")
                role = "ally" if previous_role in doers else previous_role
                if role == "ally" and _mutual_after(doc, clause, actor):
                    role = "target"  # "M23 and the army exchanged fire": the other side
        result.append((actor, role))
    return result


def _serves_in_mission(troops: ActorMention, mission: ActorMention, between: str) -> bool:
    """A state's troops serving in a foreign mission are coded as the mission."""
    return (
        troops.inter == 1
        and mission.inter == EXTERNAL
        and bool(role_regex("mission_member_between").match(between))
    )


def _mutual_after(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"X and Y exchanged fire", "... traded artillery fire": an act between the two."""
    return bool(role_regex("mutual_after").match(doc.text[actor.span.end : clause.span.end]))


def _doers(doc: Document, by_role: dict[str, list[ActorMention]]) -> list[ActorMention]:
    """Who did it, most explicit first: a claim, "by X", the subject, and only then whom
    someone blamed (a counter-accusation does not replace the doer the report names)."""
    claimed = [a for a in by_role["claimant"] if a.inter != 7] or by_role["agent"]
    if not claimed and not by_role["perpetrator"]:
        return by_role["accused"]
    if _left_unnamed(doc, claimed + by_role["perpetrator"]):
        # "gunmen killed three ... police blamed al-Shabaab": the named group is the doer, and
        # the gunmen are its men, not another side
        blamed = [a for a in by_role["accused"] if rank(a) == 0 and a.inter != 7]
        if blamed:
            by_role["perpetrator"] = []
            return blamed
    return claimed


def _left_unnamed(doc: Document, doers: list[ActorMention]) -> bool:
    """Doers no name reaches: "gunmen", or "militants" the article gives no group to point back
    to ("... No group claimed that blast" of another attack): the group blamed is the doer."""
    pointing = [a for a in doers if a.role_hint == "anaphoric" and a.inter != 7]
    if not only_unnamed([a for a in doers if a not in pointing]):
        return False
    return all(resolve_anaphor(doc, a, []) is a for a in pointing)


ROLE_NAMES = (
    "claimant", "agent", "perpetrator", "accused", "ally", "target", "source", "arriving",
    "suspect", "sent", "bystander", "held",
)


def _by_role(doc: Document, frame: Frame) -> dict[str, list[ActorMention]]:
    by_role: dict[str, list[ActorMention]] = {role: [] for role in ROLE_NAMES}
    tactics = set(role_cues()["government_tactics"])
    for clause in frame.clauses:
        # a government is a party to its own clause's act only: "... arrested 17" elsewhere in
        # the frame makes no party of "set fire to a government vehicle"
        with_government = any(t.tactic in tactics for t in clause.triggers)
        for actor, role in _clause_roles(doc, clause, with_government):
            by_role.get(role, by_role["target"]).append(actor)
    by_role["target"].extend(by_role["held"])  # the side that held an attack off was hit
    arrests_afterwards(frame, by_role)  # "police recovered the bodies and arrested six"
    without_deflected_agents(doc, by_role)  # "said its forces ... caused by a Ukrainian missile"
    answering_sides(doc, frame, by_role)  # "militants ambushed ... the troops returned fire"
    # "..., blaming the same group": the group named before, as the accused
    by_role["accused"] = [_pointed_at(doc, a) for a in by_role["accused"]]
    return by_role


def _pointed_at(doc: Document, actor: ActorMention) -> ActorMention:
    """A bare pointer ("the same group") resolved to the armed group named before it."""
    if not role_regex("bare_pointer").match(actor.span.text):
        return actor
    return resolve_anaphor(doc, actor, []) or actor


def _leader(
    doc: Document, by_role: dict[str, list[ActorMention]], clash: bool
) -> tuple[ActorMention | None, list[ActorMention]]:
    """actor1 and the other doers; foreign forces leading a joint operation join the allies."""
    claimed = _doers(doc, by_role)
    perpetrators = claimed + by_role["perpetrator"]
    actor1 = min(claimed, key=rank) if claimed else min(perpetrators, key=rank, default=None)
    actor1 = actor1 or _attackers_held_off(by_role)
    # "Azerbaijani and Armenian forces exchanged fire": state forces fighting each other are
    # two sides in the report's order, not allies led by the host's
    between_states = clash and all(t.inter == 1 for t in by_role["target"])
    host = actor1 if between_states else _host_forces_first(doc, actor1, by_role["ally"])
    if host is not actor1 and actor1 is not None:
        perpetrators = [p for p in perpetrators if p is not actor1]
        by_role["ally"].append(actor1)
        actor1 = host
    return actor1, perpetrators


def _attackers_held_off(by_role: dict[str, list[ActorMention]]) -> ActorMention | None:
    """"The army says it repulsed a 'terrorist' raid, dozens of attackers killed": with no
    doer named, the armed group on the other side of forces that held an attack off made it."""
    held = by_role["held"]
    attackers = [
        t for t in by_role["target"]
        if t.inter in NONSTATE_ARMED and not any(same_side(t, h) for h in held)
    ]
    return min(attackers, key=rank) if held and attackers else None


def assign_roles(doc: Document, frame: Frame) -> Roles:
    """actor1 = the best-named perpetrator; actor2 = the best target on another side; other
    perpetrators are associated with actor1 (or are the other side when nobody is a target)."""
    by_role = _by_role(doc, frame)
    clash = any(t.tactic in SIDED_TACTICS for t in frame.triggers)
    actor1, perpetrators = _leader(doc, by_role, clash)
    # a crowd's victims are civilians too: "angry youths ... killing two herders"
    crowd = actor1 is not None and actor1.inter == 7 and is_crowd(actor1)
    others = [
        t
        for t in by_role["target"]
        if actor1 is None or crowd or not same_side(actor1, t) or _foreign_and_host(doc, actor1, t)
    ]
    # forces that came in after the act ("before police dispersed them") are the other side
    # only when the act had no victim of its own, and never of two crowds' fight
    fight = _crowds_fight(doc, frame, actor1)
    arriving = [a for a in by_role["arriving"] if actor1 is None or a.name != actor1.name]
    others = others or ([] if fight else arriving)
    others = without_claimed_targets(doc, frame, actor1, others)
    candidates = perpetrators + by_role["ally"]
    allies = [p for p in candidates if actor1 is not None and not same_side(actor1, p)]
    # "X and Y clashed": the second side, not an ally; "X and Y retook the town" are allies
    mutual = not clash and done_to_each_other(doc, frame)
    joined = not clash and not mutual and all(any(a is b for b in by_role["ally"]) for a in allies)
    only_victims = (clash or mutual) and all(o.inter == 7 for o in others)
    if allies and not joined and (not others or only_victims or _rivals(clash, actor1, allies)):
        others, allies = allies, []
    actor1, actor2 = _second_side(actor1, others, clash)
    if mutual and actor2 is None and actor1 is not None and actor1.inter in (5, 6, 7):
        actor2 = actor1  # "supporters of ODM and a rival party pelted each other": both riot
    if mutual and actor1 is None and (actor2 is None or actor2.inter == 7):
        crowds = crowds_at_each_other(doc, frame)  # "two groups hurled stones at each other"
        actor1, actor2 = (crowds, crowds) if crowds else (actor1, actor2)
    # "soldiers and a VDP were killed ... by jihadists": never the side hit with actor2
    state_hit = actor2 is not None and actor2.inter == 1
    hit = [t for t in by_role["target"] if state_hit and t.inter in PRO_STATE and t is not actor1]
    actor1 = resolve_anaphor(doc, actor1, [actor2, *hit])
    # "soldiers and VDP volunteers killed 20 militants": not the state's own militia
    actor2 = resolve_anaphor(doc, actor2, [actor1, *_militias_of(actor1, by_role["ally"])])
    # never the other side itself ("a Nigerien army convoy fell into an ambush ... 7 soldiers")
    kept = [a for a in allies if actor2 is None or not same_side(a, actor2)]
    assoc = list({a.name: a for a in kept}.values())
    fighting = crowds_fighting(actor1, actor2) if fight else None
    militia = villagers_fighting_a_gang(actor1, actor2) if fighting else None
    if fighting is not None:  # "villagers of two communities clashed": rioters on both sides
        actor1, actor2 = (militia, actor2) if militia else fighting
        if militia and actor2 and fought_off(doc, actor2, frame.actors):
            actor1, actor2 = actor2, militia
    roles = Roles(actor1, actor2, assoc, _allies_of(actor1, actor2, others))
    # "Killed in the strike were three Hamas commanders, the Israeli army said"
    roles = reporting_forces(doc, frame, roles)
    roles = shootout_with_forces(doc, frame, roles)  # "died in a shootout with police"
    roles = defending_state(doc, frame, roles)  # "Russian forces took X. Ukraine denied it"
    roles = launched_weapon(doc, frame, roles)  # "a missile fired from Yemen was shot down"
    roles = shot_assailant(doc, frame, roles)  # "shot a man who attacked a patrol"
    return implied_parties(doc, frame, clash, roles)


def _crowds_fight(doc: Document, frame: Frame, actor1: ActorMention | None) -> bool:
    """actor1 is a civilian-worded crowd fighting another ("villagers from X and Y clashed")."""
    return actor1 is not None and any(
        crowd_fights(doc, c, actor1) for c in frame.clauses if any(a is actor1 for a in c.actors)
    )


def _foreign_and_host(doc: Document, actor1: ActorMention, target: ActorMention) -> bool:
    """Unnamed state forces and a foreign state's forces one of them acts on are two sides:
    "air defences shot down 20 Russian drones over Kyiv" (the host's forces hit the foreign
    ones) as much as "Russian forces ... servicemen sought treatment" (the other way)."""
    if _host_on_foreign(doc, actor1, target):
        return True
    return _foreign_on_host(doc, actor1, target)


def _host_on_foreign(doc: Document, actor1: ActorMention, target: ActorMention) -> bool:
    """State forces of no named country acting on a foreign country's forces are the host
    country's own, not the foreign forces named again."""
    if not actor1.inter == target.inter == 1 or "{country}" not in actor1.name:
        return False
    return "{country}" not in target.name and target.country not in (None, main_country(doc))


def _foreign_on_host(doc: Document, actor1: ActorMention, target: ActorMention) -> bool:
    """"Russian forces dropped grenades on trenches ... servicemen sought treatment": state
    forces of no named country hit by a foreign army are the host country's, not its own."""
    if not actor1.inter == target.inter == 1 or "{country}" in actor1.name:
        return False
    home = main_country(doc)
    if "{country}" not in target.name or actor1.country in (None, home):
        return False
    if home is None or not has_named_eras(home, "military"):
        return False  # no army of its own there (Gaza, the West Bank): the soldiers are actor1's
    before = doc.text[max(0, target.span.start - 60) : target.span.start]
    if role_regex("relative_act_before").search(before):
        return False  # "shot a Palestinian who tried to stab soldiers": actor1's own troops
    # their people ("servicemen", "personnel"), not "the regional military administration"
    return bool(role_regex("host_personnel").search(target.span.text))


def _rivals(clash: bool, actor1: ActorMention | None, allies: list[ActorMention]) -> bool:
    """"Shilluk and Nuer youths clashed": two communities named together in a fight are its
    two sides, not allies against a third."""
    if not clash or actor1 is None or actor1.inter != IDENTITY:
        return False
    return all(a.inter == IDENTITY and a.name != actor1.name for a in allies)


def _militias_of(actor1: ActorMention | None, allies: list[ActorMention]) -> list[ActorMention]:
    """The militias and foreign forces named with state forces ("soldiers and VDP"): never
    the "militants" the state forces fight (a rebel named beside a government is a side: "the
    government and the armed group Comuneros del Sur signed")."""
    if actor1 is None or actor1.inter != 1:
        return []
    return [a for a in allies if a.inter in PRO_STATE]


def _allies_of(
    actor1: ActorMention | None, actor2: ActorMention | None, others: list[ActorMention]
) -> list[ActorMention]:
    """Other armed parties hit with actor2 ("killing four soldiers and two VDP members")."""
    if actor2 is None or actor2.inter not in ACTOR_CLASSES["armed"]:
        return []
    found = {
        t.name: t
        for t in others
        if t.inter in ACTOR_CLASSES["armed"]
        and t.name not in (actor2.name, actor1.name if actor1 else "")
        and not t.inter == actor2.inter == 1  # "soldiers ... troops": the same forces
        and not _points_to_named(t, actor2)
    }
    return list(found.values())


def _points_to_named(mention: ActorMention, named: ActorMention) -> bool:
    """"The group's fighters" after "Comuneros del Sur": an unnamed word for a named group's
    own men, not a second party beside it."""
    unnamed = mention.role_hint in ("generic", "anaphoric")
    return unnamed and named.role_hint == "named" and {mention.inter, named.inter} <= NONSTATE_ARMED


def _second_side(
    actor1: ActorMention | None, others: list[ActorMention], clash: bool
) -> tuple[ActorMention | None, ActorMention | None]:
    # in a battle the other side is armed: civilians caught in it are victims, not a side
    key = (lambda a: (a.inter == 7, rank(a))) if clash else rank
    actor2 = min(others, key=key, default=None)
    if actor1 is not None and actor1.inter != 1:
        actor2 = _state_leads(actor2, others)
    if actor1 is None and actor2 is not None and actor2.inter != 7:
        # "clashes between X and Y": two sides both written as objects; one side alone
        # ("two policemen were shot dead") stays the target of an unnamed doer
        rest = [t for t in others if not same_side(actor2, t)]
        if clash and all(t.inter == 7 for t in rest):  # "between Fatah and Islamist militants"
            rest = [t for t in others if t.inter != 7 and t.name != actor2.name] or rest
        if rest:
            return actor2, min(rest, key=key)
    return actor1, actor2


def _state_leads(actor2: ActorMention | None, others: list[ActorMention]) -> ActorMention | None:
    """"VDP and FDS repelled an attack", "Wagner and FAMa were ambushed": state forces hit with
    the militias or foreign forces fighting beside them are actor2, the others associated."""
    if actor2 is None or actor2.inter not in PRO_STATE:
        return actor2
    # forces that fight, not a government that is only named ("... to fight the government")
    forces = (o for o in others if o.inter == 1 and not o.name.startswith("Government of"))
    return next(forces, actor2)
