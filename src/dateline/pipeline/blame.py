"""Who the report blames, and whom an anaphor points back to.

Unnamed attackers ("gunmen", or nobody) whom the next sentences blame on a named group, say
the group claimed, or identify as its members ("the attackers were Fulani herdsmen") are that
group; "the militants" are the non-state group the article names most.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from dateline.model import CIVILIANS, STATE_FORCES, ActorMention, Document
from dateline.pipeline.group_marks import marked_side
from dateline.pipeline.orient import Roles
from dateline.pipeline.origins import nationality_at
from dateline.pipeline.segment import Frame
from dateline.pipeline.sides import NONSTATE_ARMED, only_unnamed, rank, same_side
from dateline.pipeline.state_forces import GOVERNMENTS, is_government, state_force_name
from dateline.pipeline.triggers import role_cues, role_regex

MILITARY_TEMPLATE = "Military Forces of {country}"  # filled from the event's country


def _blamed_in(doc: Document, sentence_ids: range, named: bool = True) -> ActorMention | None:
    """A named group (or, not ``named``, any armed party) the given sentences blame, claim
    the act for or name as the attackers: "Residents blamed the OLA", "the ARSA group, which
    residents blame for the killing", "Hezbollah claimed it", "the attackers were Fulani
    herdsmen", "the army said the device had been planted by JNIM militants"."""
    for actor in doc.actors:
        if actor.sentence not in sentence_ids or actor.inter == 7:
            continue
        if rank(actor) != 0 and (named or actor.inter not in NONSTATE_ARMED):
            continue
        sentence = doc.sentences[actor.sentence]
        before = doc.text[sentence.start : actor.span.start]
        after = doc.text[actor.span.end : sentence.end]
        if role_regex("accused_before").search(before) or role_regex("accused_after").match(after):
            return actor  # "Residents blamed the OLA", "ARSA, which residents blame"
        if role_regex("claims_after").match(after):
            return actor  # "Hezbollah claimed the launch"
        if role_regex("identified_before").search(before):
            return actor  # "police said the attackers were suspected armed herders"
        if actor.inter == 1 and role_regex("own_strike_after").match(after):
            return actor  # "a spokesman said the military had only targeted militants"
        if role_regex("victims_killed_by_before").search(before):
            return actor  # "residents said the victims were detainees killed by X"
        if role_regex("device_agent_before").search(before):
            return actor  # "the army said the device had been planted by JNIM militants"
    return None


def _arrested_identified(doc: Document, sentence_ids: range) -> ActorMention | None:
    """"The suspects are alleged members of al-Shabaab", "those arrested were believed to be
    ADF collaborators": the named group the arrested are said to belong to."""
    for actor in doc.actors:
        if actor.sentence not in sentence_ids or rank(actor) != 0:
            continue
        if actor.inter not in NONSTATE_ARMED and actor.role_hint != "party":
            continue
        before = doc.text[doc.sentences[actor.sentence].start : actor.span.start]
        if role_regex("arrested_identified_before").search(before):
            return actor
    return None


def _arrested_side(doc: Document, frame: Frame, roles: Roles, window: range) -> Roles:
    """Arrests of unnamed people whom a later sentence says belong to a named group: the group
    is actor2 ("Police arrested four men ... The suspects are alleged members of X")."""
    if not any(t.tactic == "arrest" for t in frame.triggers):
        return roles
    if roles.actor2 is not None and (roles.actor2.inter != 7 or rank(roles.actor2) == 0):
        return roles
    group = _arrested_identified(doc, window)
    if group is None or (roles.actor1 is not None and same_side(group, roles.actor1)):
        return roles
    return Roles(roles.actor1, group, roles.assoc1, roles.assoc2)


def _identified_victims(doc: Document, frame: Frame, roles: Roles, window: range) -> Roles:
    """The dead or the hit, unnamed ("killing two men"), whom a later sentence names as a
    group's ("sources described both as PKK members", "Islamic Jihad said the men were its
    fighters"): that group is actor2, not civilians or an unidentified group."""
    hit = roles.actor2
    if hit is None or rank(hit) == 0 or hit.inter not in (*NONSTATE_ARMED, CIVILIANS):
        return roles
    if any(t.tactic == "arrest" for t in frame.triggers):
        return roles  # the arrested: _arrested_side
    for actor in doc.actors:
        if actor.sentence not in window or rank(actor) != 0 or actor.inter not in NONSTATE_ARMED:
            continue
        sentence = doc.sentences[actor.sentence]
        before = doc.text[sentence.start : actor.span.start]
        after = doc.text[actor.span.end : sentence.end]
        named = role_regex("victims_identified_before").search(before)
        # "... later said both were guerrillas of its armed wing", "calling him one of its
        # fighters": the group speaks of the dead as its own
        if named or role_regex("victims_claimed_after").match(after):
            if roles.actor1 is not None and same_side(actor, roles.actor1):
                return roles
            return Roles(roles.actor1, actor, roles.assoc1, roles.assoc2)
    return roles


def _claimed_all(doc: Document, first: int) -> ActorMention | None:
    """"The BLA claimed both attacks", "IS claimed all the attacks": a claim of several acts
    reaches every event told before it, not only the one right before."""
    for actor in doc.actors:
        if actor.sentence < first or rank(actor) != 0 or actor.inter not in NONSTATE_ARMED:
            continue
        sentence = doc.sentences[actor.sentence]
        if role_regex("claims_all_after").match(doc.text[actor.span.end : sentence.end]):
            return actor
    return None


def _told_in(frame: Frame) -> tuple[int, ...]:
    """The sentences that tell the act: a toll joined from further on (an analyst note's
    summary, "... 1 fatality.") tells no act and must not stretch how far blame is sought."""
    acts = sorted({i for c in frame.clauses if c.triggers for i in c.sentence_ids})
    return tuple(acts) or frame.sentence_ids


def blamed_later(doc: Document, frame: Frame, roles: Roles, next_start: int | None) -> Roles:
    """Unnamed attackers ("gunmen", or nobody) whom the next sentences, before the next event,
    blame on a named group: that group is actor1. State forces acting alone ("soldiers defused
    an IED. The army attributed the device to the ADF") face the group blamed: actor2."""
    # the frame's own sentences too: one without an act of its own ("police said the attackers
    # were herders") belongs to no clause
    told = _told_in(frame)
    first = told[0] if told else len(doc.sentences)
    last = (told[-1] + 1 if told else first) + int(role_cues()["blame_lookahead_sentences"])
    window = range(first, min(last, next_start or last))
    roles = _arrested_side(doc, frame, roles, window)
    roles = _identified_victims(doc, frame, roles, window)
    roles = marked_side(doc, roles, window)  # "rifles bearing the group's initials"
    roles = _told_nationality(doc, roles, window)  # "the attacker was a Palestinian"
    doer = roles.actor1
    alone = doer is not None and doer.inter == 1 and _no_side_hit(frame, roles.actor2)
    if doer is not None and not only_unnamed([doer]) and not alone:
        return roles
    blamed = _blamed_in(doc, window) or _claims_it_next(doc, next_start, last)
    blamed = blamed or _owns_the_strike(doc, frame, window)
    blamed = blamed or _claimed_all(doc, first)
    if alone and blamed is None:  # "soldiers defused a bomb ... blamed insurgents"
        blamed = _blamed_in(doc, window, named=False)
    if alone and blamed is not None and doer is not None and not same_side(blamed, doer):
        return Roles(doer, blamed, roles.assoc1, roles.assoc2)
    if alone or blamed is None or (roles.actor2 is not None and same_side(blamed, roles.actor2)):
        return roles
    return Roles(blamed, roles.actor2, roles.assoc1, roles.assoc2)


def _told_nationality(doc: Document, roles: Roles, window: range) -> Roles:
    """"Police said the attacker was a Palestinian from the West Bank": an unnamed attacker
    whose nationality a later sentence states is coded with it, as "a Palestinian man
    stabbed ..." is (origins.of_stated_origin)."""
    doer = roles.actor1
    if doer is None or doer.role_hint != "generic" or doer.inter in (STATE_FORCES, CIVILIANS):
        return roles
    if "({country})" not in doer.name:
        return roles
    lead = role_regex("attacker_was")
    for index in (i for i in window if i < len(doc.sentences)):
        sentence = doc.sentences[index].text
        for match in lead.finditer(sentence):
            country = nationality_at(sentence[match.end() :])
            if country is not None:
                told = doer.name.replace("{country}", country.name)
                return replace(roles, actor1=replace(doer, name=told, country=country.iso2))
    return roles


def _no_side_hit(frame: Frame, actor2: ActorMention | None) -> bool:
    """Nobody on the other side: no actor2, or only people about when forces shot down or
    defused a weapon ("what residents described as the first attack"): they are no side of
    its disruption, the group blamed for the weapon is."""
    if actor2 is None:
        return True
    disrupted = any(t.tactic in role_cues()["disruption_tactics"] for t in frame.triggers)
    return disrupted and actor2.inter == CIVILIANS


def _owns_the_strike(doc: Document, frame: Frame, window: range) -> ActorMention | None:
    """"The federal government said the strike had targeted extremists", "the army said it
    had struck militant hideouts": a state that says whom an unclaimed strike was aimed at,
    naming armed enemies, defends its own strike; its military is the doer (a state that only
    reports what was hit names no armed target)."""
    if not set(role_cues()["own_strike_tactics"]) & {t.tactic for t in frame.triggers}:
        return None
    owned = role_regex("own_strike_said_after")
    speakers = [*doc.actors, *doc.extras.get(GOVERNMENTS, [])]
    for actor in sorted(speakers, key=lambda a: a.span.start):
        index = doc.sentence_index(actor.span.start)
        if index not in window or actor.inter != STATE_FORCES:
            continue
        if owned.match(doc.text[actor.span.end : doc.sentences[index].end]):
            return _its_military(doc, actor)
    return None


def _its_military(doc: Document, actor: ActorMention) -> ActorMention:
    """A government speaking for its strike stands for its military forces."""
    if not is_government(actor):
        return actor
    name = MILITARY_TEMPLATE
    if actor.country is not None:
        name = state_force_name(actor.country, "military", doc.article.published)
    return replace(actor, name=name)


def _claims_it_next(doc: Document, next_start: int | None, last: int) -> ActorMention | None:
    """"JNIM claimed the attack the next day": a sentence that only says a named group claimed
    "the attack" or "it" points back to the act before, though its new day opens a frame."""
    if next_start is None or next_start >= min(last, len(doc.sentences)):
        return None
    # one named group, with at most the words that introduce it ("the terrorist group X")
    told = [a for a in doc.actors if a.sentence == next_start]
    named = [a for a in told if rank(a) == 0]
    if len(named) != 1 or named[0].inter not in NONSTATE_ARMED:
        return None
    group = named[0]
    if any(a.role_hint not in ("generic", "anaphoric") for a in told if a is not group):
        return None
    after = doc.text[group.span.end : doc.sentences[next_start].end]
    return group if role_regex("claims_it_back_after").match(after) else None


def _new_in_sentence(named: ActorMention, anaphor: ActorMention) -> bool:
    """A group first named later in the anaphor's own sentence is a new referent, not what the
    anaphor points back to ("jihadists ambushed a convoy, killing soldiers and VDP members")."""
    return named.sentence == anaphor.sentence >= 0 and named.span.start > anaphor.span.end


def resolve_anaphor(
    doc: Document, actor: ActorMention | None, others: list[ActorMention | None]
) -> ActorMention | None:
    """"The militants", "the insurgents": the non-state group the article names most (the
    words stay as evidence). Explicitly unidentified attackers ("unknown gunmen") stay so; "the
    same group" / "the group" with no armed group named to point back to names nobody."""
    if actor is None or actor.role_hint != "anaphoric":
        return actor
    pointer = role_regex("bare_pointer").match(actor.span.text)  # "the same group"
    if not pointer and _said_unclaimed(doc):
        return actor  # "militants attacked ... No group has claimed the attacks": unnamed
    named = [
        a
        for a in doc.actors
        if a.role_hint == "named" and a.inter in NONSTATE_ARMED
        and a.name not in {o.name for o in others if o is not None}
        and not _new_in_sentence(a, actor)
    ]
    if not named:
        # "the same group" with no armed group named before it points at nobody we know
        return None if pointer else actor
    counts = Counter(a.name for a in named)
    best = max(named, key=lambda a: (counts[a.name], -a.span.start))
    return replace(actor, name=best.name, inter=best.inter, country=best.country, role_hint="named")


def _said_unclaimed(doc: Document) -> bool:
    """The report says no group claimed the act(s): its unnamed attackers stay unnamed."""
    unclaimed = role_regex("unclaimed")
    return any(unclaimed.search(sentence.text) for sentence in doc.sentences)
