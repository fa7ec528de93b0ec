"""Putting the parties in the slots ACLED wants, once their parts are read (``roles``).

Parties implied rather than named as a side: "no group claimed" (an unidentified armed group,
from where the fire came), one mention of both sides ("herders and farmers clashed"), a
community's people attacked outside a fight (civilians). Then by sub-event type: protesters
lead their protest, rioters their riot, state forces excessive force and the disruption of
weapons; a party's people are protesters, rioters or civilians except when arrested.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dateline.model import ActorMention, Document
from dateline.pipeline.actors import countries_named, resolve_actor_name
from dateline.pipeline.claimed_targets import counted_people
from dateline.pipeline.segment import Frame
from dateline.pipeline.sides import ACTOR_CLASSES, IDENTITY
from dateline.pipeline.triggers import cue_pattern, cues, role_cues, role_regex

RIOT_TYPES = ("Violent demonstration", "Mob violence")
COMMUNAL_MILITIA = "Unidentified Communal Militia ({country})"
RIOTERS = "Rioters ({country})"
PARTY_WING = 3  # a party's youths or militia acting for it (crowds.party_wings)
STATE_FORCES = 1  # ACLED inter code of a state's forces
PROTEST_TYPES = (
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
)


@dataclass(slots=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    assoc1: list[ActorMention] = field(default_factory=list)
    # armed parties fighting on actor2's side ("soldiers and VDP militiamen were killed")
    assoc2: list[ActorMention] = field(default_factory=list)

    @property
    def pair(self) -> tuple[ActorMention | None, ActorMention | None]:
        return self.actor1, self.actor2


def implied_parties(doc: Document, frame: Frame, clash: bool, roles: Roles) -> Roles:
    """Fill a slot with an unclaimed doer, both sides from one mention, civilians for a
    community's people."""
    actor1, actor2 = roles.actor1, roles.actor2
    # "two killed in an exchange of fire between two families", "relatives of two families
    # traded fire, killing a man": the pair is both sides, whoever else is hit
    pair = _kin_pair(doc, frame) if actor1 is None or _two_kin(doc, actor1) else None
    if pair is not None:
        pair = _pair_as_rioters(pair) if _unarmed_crowd_pair(doc, frame, pair) else pair
        return Roles(pair, pair, roles.assoc1, roles.assoc2)
    if actor1 is None:
        actor1 = _unclaimed(doc, frame)
    elif actor2 is None and actor1.inter == 1:  # "soldiers defused a bomb no group claimed"
        actor2 = _unclaimed(doc, frame)
    if actor2 is None and not clash and (actor1 is None or actor1.inter in ACTOR_CLASSES["armed"]):
        actor2 = counted_people(doc, frame)  # "a drone struck a car, killing a plumber"
    return _both_sides(doc, frame, clash, Roles(actor1, actor2, roles.assoc1, roles.assoc2))


def _kin_pair(doc: Document, frame: Frame) -> ActorMention | None:
    """Two families, clans or communities named at once by an act with no doer of its own:
    the report's two sides, whatever the verb ("an exchange of fire between two families")."""
    return next((a for a in frame.actors if _two_kin(doc, a)), None)


def _unarmed_crowd_pair(doc: Document, frame: Frame, pair: ActorMention) -> bool:
    """"Young people of two communities fought with machetes": a pair worded as a crowd,
    told with machetes, clubs or stones and no firearm or armed act, is rioters on both
    sides (a mob), not two militias ("young men of two families exchanged fire" stays a
    clan militia on both sides)."""
    before = doc.text[max(0, pair.span.start - 30) : pair.span.start]
    crowd = role_regex("crowd_pair_words").match(pair.span.text) or role_regex(
        "crowd_pair_before"
    ).search(before)
    return bool(crowd) and _unarmed(frame)


def _unarmed(frame: Frame) -> bool:
    """Machetes, clubs or stones told, and no firearm or armed act."""
    if not role_regex("cold_weapons").search(frame.text):
        return False
    armed = set(cues()["armed_tactics"]) - {"clash"}
    if any(t.tactic in armed for t in frame.triggers):
        return False
    return not cue_pattern("firearms_words").search(frame.text)


def _two_kin(doc: Document, actor: ActorMention) -> bool:
    return actor.inter == IDENTITY and _names_two_sides(doc, actor)


def _unclaimed(doc: Document, frame: Frame) -> ActorMention | None:
    """"No group claimed the device" (in the event's sentences or the next): an unidentified
    armed group did it, the side a defused bomb or an intercepted rocket came from."""
    ids = frame.sentence_ids
    for index in (*ids, ids[-1] + 1) if ids else ():
        if index >= len(doc.sentences):
            break
        sentence = doc.sentences[index]
        match = role_regex("unclaimed").search(sentence.text)
        if match:
            span = doc.span(sentence.start + match.start(), sentence.start + match.end())
            origin = _launched_from(doc, frame)
            name = resolve_actor_name("Unidentified Armed Group ({country})", origin, None)
            return ActorMention(span, name, 3, origin, "generic", index)
    return None


def _launched_from(doc: Document, frame: Frame) -> str | None:
    """"Rockets fired from the Gaza Strip": the country the unclaimed fire came from."""
    for clause in frame.clauses:
        match = role_regex("launched_from").search(clause.span.text)
        found = countries_named(match.group("place")) if match else []
        if found:
            return found[0]
    return None


def _both_sides(doc: Document, frame: Frame, clash: bool, roles: Roles) -> Roles:
    """One mention naming both sides ("herders and farmers clashed", "clashes between members
    of two clans") fills both slots; a community's people attacked outside a fight are
    civilians ("3R rebels attacked Fulani herders")."""
    actor1 = _other_of_pair(doc, roles.actor1, roles.actor2)
    actor2 = _other_of_pair(doc, roles.actor2, actor1)
    sides = [a for a in (actor1, actor2) if a is not None and a.inter != 7]
    if clash and len(sides) == 1 and _names_two_sides(doc, sides[0]):
        # the dead are of the two sides; "the two cartels": the two named before
        pair = _named_pair(doc, sides[0]) or (sides[0], sides[0])
        if pair[0] is pair[1] and _crowds_pointed_at(doc, frame, sides[0]):
            pair = (_pair_as_rioters(sides[0]), _pair_as_rioters(sides[0]))
        return Roles(*pair, roles.assoc1, roles.assoc2)
    if not clash and actor2 is not None and _community_victims(actor2):
        actor2 = _as_civilians(actor2)
    return Roles(actor1, actor2, roles.assoc1, roles.assoc2)


POINTER_REACH = 400  # characters back a pointer ("the two groups") reaches for its crowds


def _crowds_pointed_at(doc: Document, frame: Frame, pointer: ActorMention) -> bool:
    """"Clashes between young people of the Bete community and young people from the Dioula
    community ... the two groups fought with machetes": an unnamed pointer at two sides
    shortly after crowds are told is those crowds (rioters, with no firearm told)."""
    if pointer.role_hint not in ("generic", "anaphoric") or pointer.inter not in (2, 3):
        return False
    crowds = [
        a for a in doc.actors
        if a.inter == 7 and 0 < pointer.span.start - a.span.start < POINTER_REACH
        and role_regex("crowd_pair_end").search(doc.text[max(0, a.span.start - 8) : a.span.end])
    ]
    return bool(crowds) and _unarmed(frame)


def one_side_per_mention(
    pair: tuple[ActorMention | None, ActorMention | None]
) -> tuple[ActorMention | None, ActorMention | None]:
    """A state's forces are one side: one mention of them read into both slots leaves the
    second empty ("Two soldiers were wounded in a gun battle": two men of one army, whose
    enemy is not named). A plural of crowds, clans or militias may be both sides ("the two
    groups hurled stones at each other"), and two mentions of one name stay (ACLED codes two
    unidentified militias, or a party's factions, against each other)."""
    first, second = pair
    if first is None or second is None or first.span != second.span:
        return pair
    return (first, None) if first.inter == STATE_FORCES else pair


def _names_two_sides(doc: Document, actor: ActorMention) -> bool:
    before = doc.text[max(0, actor.span.start - 30) : actor.span.start]
    return bool(
        role_regex("two_sided").match(actor.span.text)
        or role_regex("named_pair").match(actor.span.text)
        or role_regex("two_sided_before").search(before)
    )


def _other_of_pair(
    doc: Document, actor: ActorMention | None, other: ActorMention | None
) -> ActorMention | None:
    """"Fighters of the two groups" facing one of the two: the other one."""
    pair = _named_pair(doc, actor) if actor is not None and other is not None else None
    if pair is None or other is None or other.name not in (pair[0].name, pair[1].name):
        return actor
    return pair[1] if pair[0].name == other.name else pair[0]


def _named_pair(doc: Document, actor: ActorMention) -> tuple[ActorMention, ActorMention] | None:
    """"Gunmen from the two cartels fought": the last two armed groups named before."""
    if not role_regex("named_pair").match(actor.span.text):
        return None
    named: dict[str, ActorMention] = {}
    for earlier in doc.actors:
        if earlier.span.start >= actor.span.start:
            break
        if earlier.role_hint == "named" and earlier.inter in (2, 3, 4):
            named.pop(earlier.name, None)  # the latest mention decides the order
            named[earlier.name] = earlier
    last = list(named.values())[-2:]
    if len(last) < 2:
        return None
    first, second = sorted(last, key=lambda a: a.span.start)
    return replace(first, span=actor.span), replace(second, span=actor.span)


def _community_victims(actor: ActorMention) -> bool:
    """A community militia named by words for its people, not its fighters."""
    return bool(
        role_regex("community_militia_name").search(actor.name)
        and role_regex("community_victim_words").search(actor.span.text)
    )


def _as_protesters(actor: ActorMention) -> ActorMention:
    """Civilians who protest ("traders held a protest") are coded as protesters."""
    if actor.inter != 7:
        return actor
    return replace(actor, name="Protesters ({country})", inter=6)


def _as_civilians(actor: ActorMention) -> ActorMention:
    """The generic civilians of the actor's country, in its place."""
    return replace(actor, name="Civilians ({country})", inter=7, role_hint="generic")


def _as_rioters(actor: ActorMention) -> ActorMention:
    """Civilians or protesters who riot ("youths threw stones at police") are rioters."""
    if actor.inter not in (6, 7):
        return actor
    return replace(actor, name="Rioters ({country})", inter=5)


def _pair_as_rioters(actor: ActorMention) -> ActorMention:
    return replace(actor, name="Rioters ({country})", inter=5, role_hint="generic")


def _orient_riot(roles: Roles) -> Roles:
    """Rioters lead a riot (a default actor when unnamed); the police they fight is actor2."""
    pair = [a for a in (roles.actor1, roles.actor2) if a is not None]
    crowds = sorted((a for a in pair if a.inter in (5, 6, 7)), key=lambda a: a.inter)
    crowd = crowds[0] if crowds else None  # the mob itself before the people it attacks
    other = next((a for a in pair if a is not crowd), None)
    if len(pair) == 2 and pair[0] is pair[1]:
        other = crowd  # one mention naming both sides ("youths of two villages"): both riot
    if other is not None and other.inter == 6:  # two crowds fighting: both riot
        other = _as_rioters(other)
    return Roles(_as_rioters(crowd) if crowd else None, other, roles.assoc1, roles.assoc2)


def villagers_fighting_a_gang(
    actor1: ActorMention | None, actor2: ActorMention | None
) -> ActorMention | None:
    """"Villagers fought off bandits", "youths clashed with kidnappers": people fighting a
    non-state armed group (not the police, a party's men or another crowd) are a communal
    militia, not rioters (a mob lynching a suspect fights nobody: that stays mob violence)."""
    if actor1 is None or actor2 is None or actor1.inter != 7:
        return None
    if actor2.inter not in (2, 3) or actor2.role_hint == "party":
        return None
    return replace(actor1, name=COMMUNAL_MILITIA, inter=4, role_hint="generic")


def done_to_each_other(doc: Document, frame: Frame) -> bool:
    """"Supporters of ZANU-PF and CCC pelted each other": two sides, not allies."""
    each_other = role_regex("each_other")
    return any(each_other.search(doc.text[c.span.start : c.span.end]) for c in frame.clauses)


def crowds_at_each_other(doc: Document, frame: Frame) -> ActorMention | None:
    """"Two groups pelted stones at each other": crowds no word names, rioting against each
    other, are rioters on both sides (one mention over the words that tell it)."""
    if not set(role_cues()["mutual_crowd_tactics"]) & {t.tactic for t in frame.triggers}:
        return None
    each_other = role_regex("each_other")
    for clause in frame.clauses:
        match = each_other.search(doc.text[clause.span.start : clause.span.end])
        if match:
            span = doc.span(clause.span.start + match.start(), clause.span.start + match.end())
            sentence = doc.sentence_index(span.start)
            return ActorMention(span, RIOTERS, 5, None, "generic", sentence)
    return None


def fought_off(doc: Document, gang: ActorMention, targets: list[ActorMention]) -> bool:
    """"Villagers fought off bandits": the gang they repelled opened the fight (actor1)."""
    repelled = role_regex("repelled_before")
    return any(
        t.name == gang.name and repelled.search(doc.text[max(0, t.span.start - 60) : t.span.start])
        for t in targets
    )


def _orient_disruption(roles: Roles) -> Roles:
    """Whoever defuses or intercepts is actor1: "soldiers dismantled devices planted by CJNG"
    (the state side, when only one side is state forces)."""
    first, second = roles.actor1, roles.actor2
    if second is not None and second.inter == 1 and (first is None or first.inter != 1):
        return Roles(second, first, roles.assoc2, roles.assoc1)
    return roles


def orient(sub_event_type: str, roles: Roles) -> Roles:
    """Protesters lead their protest; state forces lead excessive force against protesters
    and the disruption of weapons."""
    told = roles  # a banned party is the party itself, not its people
    first, second = (_party_people(sub_event_type, a, slot) for slot, a in enumerate(roles.pair))
    roles = Roles(first, _crowd_hit(sub_event_type, second), roles.assoc1, roles.assoc2)
    if sub_event_type in RIOT_TYPES:
        return _orient_riot(roles)
    if sub_event_type == "Disrupted weapons use":
        return _orient_disruption(roles)
    if sub_event_type in role_cues()["actor1_only"]:
        return Roles(roles.actor1, _changed_by_government(told), roles.assoc1)
    pair = [roles.actor1, roles.actor2]
    if sub_event_type in PROTEST_TYPES:
        pair = [_as_protesters(a) if a is not None else None for a in pair]
    protesters = [a for a in pair if a is not None and a.inter == 6]
    if not protesters:
        in_protest = sub_event_type in PROTEST_TYPES
        return _without_protesters(sub_event_type, roles) if in_protest else roles
    other = next((a for a in pair if a is not None and a is not protesters[0]), None)
    if other is not None and other.name == protesters[0].name:
        other = None  # "sheikhs joined the protesters": more of the same protesters, no side
    if sub_event_type == "Excessive force against protesters":
        return Roles(other, protesters[0], roles.assoc1, roles.assoc2)
    if sub_event_type == "Peaceful protest" and other is not None and other.inter == 1:
        other = None  # police standing by a peaceful protest are no party to it
    if sub_event_type in ("Peaceful protest", "Protest with intervention"):
        return Roles(protesters[0], other, roles.assoc1, roles.assoc2)
    return roles


def _changed_by_government(roles: Roles) -> ActorMention | None:
    """A group announcing its own change is actor1 alone; a party or group a government bans
    or suspends ("the interior minister suspended the PPRD") is actor2 of the government."""
    first, second = roles.actor1, roles.actor2
    if first is None or second is None or not first.name.startswith("Government of"):
        return None
    return second if second.name != first.name and second.inter != 7 else None


def _crowd_hit(sub_event_type: str, actor: ActorMention | None) -> ActorMention | None:
    """"Gunmen opened fire on the crowd" at a cockfight, a market or a wedding: a bare crowd
    hit by violence that is no demonstration's is civilians, not protesters; so are people
    arrested outside a protest ("police detained seven activists"), unless called protesters."""
    if actor is None or actor.inter != 6 or sub_event_type in PROTEST_TYPES + RIOT_TYPES:
        return actor
    if sub_event_type == "Arrests":  # a party arrested stays the party (_party_people)
        protesting = role_regex("protest_people").search(actor.span.text)
        named = actor.role_hint == "party"
        return actor if protesting or named else _as_civilians(actor)
    return _as_civilians(actor) if role_regex("bare_crowd").match(actor.span.text) else actor


def _party_people(
    sub_event_type: str, actor: ActorMention | None, slot: int
) -> ActorMention | None:
    """A party named for its people: the arrested category in arrests, its supporters in a
    riot rioters, at a protest protesters, and as the target of other violence civilians
    ("BNP activists clashed with police" is a riot of Rioters (Bangladesh))."""
    if actor is None or actor.role_hint != "party" or sub_event_type == "Arrests":
        return actor
    if actor.inter == PARTY_WING and slot == 0 and sub_event_type != RIOT_TYPES[0]:
        return actor  # "ZANU-PF youths thrashed ...": the party's militia (crowds.party_wings)
    if sub_event_type in RIOT_TYPES or (slot == 0 and sub_event_type not in PROTEST_TYPES):
        return replace(actor, name="Rioters ({country})", inter=5, role_hint="generic")
    if sub_event_type in PROTEST_TYPES:
        return replace(actor, name="Protesters ({country})", inter=6, role_hint="generic")
    return _as_civilians(actor)


def _without_protesters(sub_event_type: str, roles: Roles) -> Roles:
    """Police dispersing unnamed protesters: the protesters (a default actor) lead the protest."""
    state = next((a for a in (roles.actor1, roles.actor2) if a is not None and a.inter == 1), None)
    if sub_event_type == "Excessive force against protesters":
        return Roles(state, None, roles.assoc1, roles.assoc2)
    if sub_event_type == "Peaceful protest":
        return Roles(None, None, roles.assoc1, roles.assoc2)
    return Roles(None, state, roles.assoc1, roles.assoc2)
