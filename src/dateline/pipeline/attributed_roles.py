"""Roles said rather than seen: the group suspected, the one that claimed the act, the one
blamed for it ("IS is suspected", "the TTP claimed responsibility", "the army blamed the M23",
"the ARSA group, which residents blame for the killing")."""

from __future__ import annotations

from dateline.model import ActorMention, Document
from dateline.pipeline.segment import Clause
from dateline.pipeline.triggers import role_regex


def attribution_role(doc: Document, clause: Clause, actor: ActorMention, before: str) -> str:
    """Suspected, claimed or blamed: "IS is suspected." (a hedge: stays unidentified), "the
    TTP claimed responsibility", "the army blamed the M23" (the doer if nobody else is)."""
    if _only_suspected(doc, clause, actor):
        return "suspect"
    if _claims(doc, clause, actor):
        return "claimant"
    if role_regex("accused_before").search(before) or _blamed_after(doc, clause, actor):
        return "accused"
    return ""


def _blamed_after(doc: Document, clause: Clause, actor: ActorMention) -> bool:
    """"the ARSA group, which residents blame for the killing"."""
    return bool(role_regex("accused_after").match(doc.text[actor.span.end : clause.span.end]))


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
