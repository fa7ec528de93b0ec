"""The side that answered an attack is the side it hit: "militants ambushed a patrol ... the
troops returned fire", "gunmen opened fire on a checkpoint ... security forces combed the area,
killing one of them". ACLED's actor1 is who opened the fight, so forces whose only act is the
answer (returning fire, pursuing, combing the area) are a target, never the leader chosen
because state forces outrank an unnamed group."""

from __future__ import annotations

from dateline.model import ActorMention, Document
from dateline.pipeline.segment import Frame
from dateline.pipeline.sides import same_side
from dateline.pipeline.triggers import role_regex


def answering_sides(doc: Document, frame: Frame, by_role: dict[str, list[ActorMention]]) -> None:
    """Move doers whose act answers another side's attack to the targets, when a doer of
    another side remains (alone, "troops returned fire, killing three" keeps its doer)."""
    doers = by_role["perpetrator"]
    answering = [a for a in doers if _answers(doc, frame, a)]
    opening = [a for a in doers if not any(a is b for b in answering)]
    opening += by_role["claimant"] + by_role["agent"]
    if not answering or not opening:
        return
    if not all(any(not same_side(a, o) for o in opening) for a in answering):
        return  # "militants attacked ... the militants then fled": one side only
    if min(a.span.start for a in answering) < min(o.span.start for o in opening):
        return  # the answer told before any attack: no later answer to an earlier act
    by_role["perpetrator"] = [a for a in doers if not any(a is b for b in answering)]
    by_role["target"].extend(answering)


def _answers(doc: Document, frame: Frame, actor: ActorMention) -> bool:
    """The words after the mention in its clause make it the answer ("returned fire")."""
    for clause in frame.clauses:
        if any(a is actor for a in clause.actors):
            after = doc.text[actor.span.end : clause.span.end]
            return bool(role_regex("answers_after").match(after))
    return False
