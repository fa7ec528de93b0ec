"""What the attacker says it hit, or who holds the place hit, is no victim count: "killing 22
people, among them eight children ... the Israeli military said it had struck Hamas militants".
When the report counts plainly civilian dead, a target named only in the attacker's own account
(its claim about whom it struck) or as the holder of the place ("a market in Nyala, held by the
RSF") does not replace them as actor2; "killing two men ... the military said it killed a
Hezbollah commander" (no plainly civilian dead) keeps the named target.
"""

from __future__ import annotations

from dateline.model import ActorMention, Document
from dateline.pipeline.segment import Frame
from dateline.pipeline.sides import ACTOR_CLASSES, same_side
from dateline.pipeline.triggers import role_regex

# how far past a civilian mention its qualifier reaches ("22 people, among them eight children")
QUALIFIER_CHARS = 40
CIVILIANS = "Civilians ({country})"
HARMED = ("killed", "injured", "casualties")


def without_claimed_targets(
    doc: Document, frame: Frame, actor1: ActorMention | None, others: list[ActorMention]
) -> list[ActorMention]:
    """The targets, less armed ones named only in actor1's own account, when plainly
    civilian victims are counted among them."""
    if actor1 is None or actor1.inter not in ACTOR_CLASSES["armed"]:
        return others
    if not any(_plainly_civilian(doc, o) for o in others) and counted_people(doc, frame) is None:
        return others
    claimed = [
        o for o in others
        if o.inter != 7 and (_in_attackers_account(doc, actor1, o) or _holds_the_place(doc, o))
    ]
    return [o for o in others if not any(o is c for c in claimed)]


def _holds_the_place(doc: Document, target: ActorMention) -> bool:
    """"The livestock market in Nyala, held by the RSF": the group that holds the place hit,
    named as its holder only, is no victim beside the civilian dead."""
    before = doc.text[max(0, target.span.start - 30) : target.span.start]
    return bool(role_regex("holder_before").search(before))


def _plainly_civilian(doc: Document, actor: ActorMention) -> bool:
    """Civilians by their words ("children", "displaced"), or people counted among the dead
    or wounded ("killing three people who were buying groceries")."""
    if actor.inter != 7 or actor.role_hint == "property":
        return False
    words = doc.text[actor.span.start : actor.span.end + QUALIFIER_CHARS]
    if role_regex("plainly_civilian").search(words):
        return True
    return any(n.kind in HARMED and n.span.overlaps(actor.span) for n in doc.numbers)


def _in_attackers_account(doc: Document, actor1: ActorMention, target: ActorMention) -> bool:
    """The target's sentence is told by actor1's side ("The Israeli military said it had
    struck Hamas militants")."""
    if not 0 <= target.sentence < len(doc.sentences):
        return False
    account = role_regex("attackers_account_after")
    return any(
        a.sentence == target.sentence
        and a.span.start < target.span.start
        and a is not target
        and same_side(a, actor1)
        and account.match(doc.text[a.span.end : target.span.start])
        for a in doc.actors
    )


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
            if number.kind not in HARMED or not number.who or number.value < 1:
                continue
            if role_regex("combatant_words").search(number.who):
                continue  # "the bomber was killed": the doer's own man, no victim
            if not any(number.span.overlaps(a.span) for a in doc.actors):
                sentence = doc.sentence_index(number.span.start)
                return ActorMention(number.span, CIVILIANS, 7, None, "generic", sentence)
    return None
