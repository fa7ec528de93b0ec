"""What the attacker says it hit, or who holds the place hit, is no victim count: "killing 22
people, among them eight children ... the Israeli military said it had struck Hamas militants".
When the report counts plainly civilian dead, a target named only in the attacker's own account
(its claim about whom it struck) or as the holder of the place ("a market in Nyala, held by the
RSF") does not replace them as actor2; "killing two men ... the military said it killed a
Hezbollah commander" (no plainly civilian dead) keeps the named target. People a casualty
figure counts by a word no actor mention covers ("killing a night watchman", "wounding two
cleaners") are civilians too (``counted_people``: the target of an act that names no other).
"""

from __future__ import annotations

from dateline.model import ActorMention, Document
from dateline.pipeline.segment import Frame
from dateline.pipeline.segment_apart import HURT
from dateline.pipeline.sides import ACTOR_CLASSES, same_side
from dateline.pipeline.triggers import role_regex

# how far past a civilian mention its qualifier reaches ("22 people, among them eight children")
QUALIFIER_CHARS = 40
CIVILIANS = "Civilians ({country})"
KILLED = "killed"  # the number kind of the dead


def without_claimed_targets(
    doc: Document, frame: Frame, actor1: ActorMention | None, others: list[ActorMention]
) -> list[ActorMention]:
    """The targets, less armed ones named only in actor1's own account, when plainly
    civilian victims are counted among them; people counted by a bare word ("killing three
    people") outweigh an account of what was struck, not one of whom it killed."""
    if actor1 is None or actor1.inter not in ACTOR_CLASSES["armed"]:
        return others
    plain = (any(_plainly_civilian(doc, o) for o in others)
             or counted_people(doc, frame) is not None)
    counted = any(_counted_civilians(doc, o) for o in others)
    if not plain and not counted:
        return others
    claimed = [
        o for o in others
        if o.inter != 7
        and (_in_attackers_account(doc, actor1, o, plain) or _holds_the_place(doc, o))
        and not _the_one_dead(doc, frame, o)
    ]
    return [o for o in others if not any(o is c for c in claimed)]


def _the_one_dead(doc: Document, frame: Frame, target: ActorMention) -> bool:
    """"Killing its rider ... the army said it had targeted a Hezbollah operative": one man
    killed and one member of a group the attacker says it targeted are the same man; the
    group is the side hit (several dead, or a group named as a whole, stay an account)."""
    dead = [n.value for c in frame.clauses for n in c.numbers if n.kind == KILLED]
    if not dead or any(value != 1 for value in dead):
        return False
    before = doc.text[max(0, target.span.start - 30) : target.span.start]
    after = doc.text[target.span.end : target.span.end + 30]
    member = role_regex("one_member_before").search(before)
    return bool(member and role_regex("one_member_after").match(after))


def _holds_the_place(doc: Document, target: ActorMention) -> bool:
    """"The livestock market in Nyala, held by the RSF": the group that holds the place hit,
    named as its holder only, is no victim beside the civilian dead."""
    before = doc.text[max(0, target.span.start - 30) : target.span.start]
    return bool(role_regex("holder_before").search(before))


def _plainly_civilian(doc: Document, actor: ActorMention) -> bool:
    if actor.inter != 7 or actor.role_hint == "property":
        return False
    words = doc.text[actor.span.start : actor.span.end + QUALIFIER_CHARS]
    return bool(role_regex("plainly_civilian").search(words))


def _counted_civilians(doc: Document, actor: ActorMention) -> bool:
    """People counted among the dead or wounded ("killing three people who were shopping")."""
    if actor.inter != 7 or actor.role_hint == "property":
        return False
    return any(n.kind in HURT and n.span.overlaps(actor.span) for n in doc.numbers)


def _in_attackers_account(
    doc: Document, actor1: ActorMention, target: ActorMention, plain: bool
) -> bool:
    """The target's sentence is told by actor1's side ("The Israeli military said it had
    struck Hamas militants"); unless the dead are ``plain``ly civilian, only an account of
    what it struck ("said it had killed a Hezbollah commander" may name the dead)."""
    if not 0 <= target.sentence < len(doc.sentences):
        return False
    account = role_regex("attackers_account_after")
    kills = role_regex("account_kill_verb")
    for a in doc.actors:
        if a.sentence != target.sentence or a.span.start >= target.span.start or a is target:
            continue
        told = account.match(doc.text[a.span.end : target.span.start])
        if told and same_side(a, actor1) and (plain or not kills.search(told.group(0))):
            return True
    return False


def without_deflected_agents(doc: Document, by_role: dict[str, list[ActorMention]]) -> None:
    """"Russia's defence ministry said its forces had struck military sites and that the
    damage was caused by a Ukrainian air defence missile": the side a doer's own account
    blames is its deflection, not the doer the report names (the agents are dropped)."""
    doers = by_role["perpetrator"] + by_role["claimant"]
    by_role["agent"] = [
        agent
        for agent in by_role["agent"]
        if not any(_deflects_to(doc, speaker, agent) for speaker in doers)
    ]


def _deflects_to(doc: Document, speaker: ActorMention, agent: ActorMention) -> bool:
    """The agent is named later in the speaker's own account of its act, and is not its ally."""
    if speaker.sentence != agent.sentence or speaker.span.start >= agent.span.start:
        return False
    if same_side(speaker, agent):
        return False
    between = doc.text[speaker.span.end : agent.span.start]
    return bool(role_regex("attackers_account_after").match(between))


def counted_people(doc: Document, frame: Frame) -> ActorMention | None:
    """The people an armed act killed or wounded, counted by a word no actor mention covers
    ("killing a night watchman", "injuring two cleaners"): anyone a report names by trade or
    post, not as a force or group, is a civilian (forces and groups are actor mentions)."""
    for clause in frame.clauses:
        for number in clause.numbers:
            if number.kind not in HURT or not number.who or number.value < 1:
                continue
            if role_regex("combatant_words").search(number.who):
                continue  # "the bomber was killed": the doer's own man, no victim
            if not any(number.span.overlaps(a.span) for a in doc.actors):
                sentence = doc.sentence_index(number.span.start)
                return ActorMention(number.span, CIVILIANS, 7, None, "generic", sentence)
    return None
