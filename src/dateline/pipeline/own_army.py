"""Unnamed troops belong to the one army the article names.

"Troops shot dead two Palestinians in Nablus, the IDF said": the troops are not the forces of
the place's country but of the army the report cites as its source. When the only state forces
of a kind (military or police) the article names are one country's, and they speak in it
(", the IDF said", "according to the Nigerian Army"), its unnamed forces of that kind are that
country's. A named army that only takes part (French troops in Mali, Russian jets in Syria)
leaves unnamed troops to the place's country (the dev corpus showed those are the host's), and
so do two countries' forces named ("Russian troops ... the Ukrainian army").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.model import STATE_FORCES, ActorMention, Document
from dateline.pipeline.state_forces import KIND_PREFIX, state_force_name, template_kind
from dateline.pipeline.triggers import is_reporter


def own_army(doc: Document, actors: list[ActorMention]) -> list[ActorMention]:
    """The mentions, unnamed state forces given the country of the one army named, a source."""
    owners = {kind: _speaking_country(doc, actors, kind) for kind in ("military", "police")}
    return [_owned(actor, owners, doc.article.published) for actor in actors]


def _speaking_country(doc: Document, actors: list[ActorMention], kind: str) -> set[str]:
    """The one country whose named forces of ``kind`` are all the article names and speak."""
    prefix = KIND_PREFIX[kind] + " "
    named = [a for a in actors if a.inter == STATE_FORCES and a.country]
    named = [a for a in named if a.name.startswith(prefix)]
    countries = {a.country for a in named if a.country}
    if len(countries) != 1 or not any(_speaks(doc, a) for a in named):
        return set()
    return countries


def _speaks(doc: Document, actor: ActorMention) -> bool:
    if actor.sentence >= len(doc.sentences):
        return False
    sentence = doc.sentences[actor.sentence]
    return is_reporter(doc, doc.span(sentence.start, sentence.end), actor)


def _owned(
    actor: ActorMention, owners: dict[str, set[str]], day: date | None
) -> ActorMention:
    if actor.country is not None or actor.inter != STATE_FORCES:
        return actor
    kind = template_kind(actor.name)
    countries = owners.get(kind or "", set())
    if len(countries) != 1:
        return actor
    country = next(iter(countries))
    return replace(actor, name=state_force_name(country, kind or "military", day), country=country)
