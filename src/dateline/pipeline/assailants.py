"""The attacker the forces shot: "Israeli troops shot dead a Palestinian who attempted to stab
soldiers", "police shot dead a man who attacked a patrol with a machete". ACLED codes the
person who attacked (or tried to) as an unidentified armed group of the nationality the report
gives, the side hit by the forces' fire; he is no civilian victim, and the soldiers he went for
are the shooter's own side (``roles.json`` relative_act_before)."""

from __future__ import annotations

from dateline.model import ActorMention, Document
from dateline.pipeline.actors import countries_named, resolve_actor_name
from dateline.pipeline.orient import Roles
from dateline.pipeline.segment import Frame
from dateline.pipeline.triggers import role_regex

ATTACKER = "Unidentified Armed Group ({country})"


def shot_assailant(doc: Document, frame: Frame, roles: Roles) -> Roles:
    """State forces that shot a person who attacked: that person is actor2 (an armed group),
    in place of no one or of civilians."""
    actor1, actor2 = roles.actor1, roles.actor2
    if actor1 is None or actor1.inter != 1 or (actor2 is not None and actor2.inter != 7):
        return roles
    for clause in frame.clauses:
        text = doc.text[clause.span.start : clause.span.end]
        match = role_regex("shot_assailant").search(text)
        if match is not None and match.start() >= actor1.span.end - clause.span.start:
            start = clause.span.start + match.start("who")
            attacker = _attacker(doc, start, clause.span.start + match.end("who"))
            return Roles(actor1, attacker, roles.assoc1, roles.assoc2)
    return roles


def _attacker(doc: Document, start: int, end: int) -> ActorMention:
    """"a Palestinian": the nationality named keeps the attacker's country."""
    origin = countries_named(doc.text[start:end])
    iso2 = origin[0] if origin else None
    mention = ActorMention(
        doc.span(start, end), resolve_actor_name(ATTACKER, iso2, None), 3, iso2, "generic"
    )
    mention.sentence = doc.sentence_index(start)
    return mention
