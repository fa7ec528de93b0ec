"""One act told with a figure per town: "killed 21 attackers in Kayes and 11 in Nioro du Sahel".

ACLED codes one event per place, each with its own dead. The clause splits before the second
town's figure ("and 11 in ..."); that piece tells the same act (it borrows the first piece's
acts and actors) and its figure, which the casualty stage cannot read alone (the verb and the
noun are elided), is the first figure's kind and group with its own value. A crowd's act told
in a list of towns ("held sit-ins in Bathinda, Sangrur and Patiala") splits the same way, one
piece per town, each an event of its own (round 20).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.model import Document, NumberMention, PlaceMention, Span
from dateline.pipeline import past_acts
from dateline.pipeline.quantities import quantity_at, tokenize
from dateline.pipeline.triggers import Trigger, cue_pattern, cues, find_triggers
from dateline.resources import data_regex

if TYPE_CHECKING:  # segment imports this module
    from dateline.pipeline.segment import Clause, Frame

FIGURE_KINDS = ("killed", "injured", "abducted", "arrested")


def _gap_regex() -> re.Pattern[str]:
    return cue_pattern("place_figure_gap")


def place_points(doc: Document, span: Span, places: list[PlaceMention]) -> list[int]:
    """Offsets where a clause that gives a figure for a town goes on with another figure for
    another town ("... 21 attackers in Kayes and 11 in Nioro du Sahel")."""
    towns = sorted((p for p in places if p.kind == "place"), key=lambda p: p.span.start)
    figures = [n for n in doc.numbers if span.contains(n.span) and n.kind in FIGURE_KINDS]
    points = []
    for first, second in zip(towns, towns[1:], strict=False):
        if not any(n.span.end <= first.span.start for n in figures):
            continue  # the first town has no figure of its own
        gap = _gap_regex().match(doc.text, first.span.end, second.span.start)
        if gap and gap.end() == second.span.start and _figure_in(doc, gap) is not None:
            points.append(gap.start())
    return points


def _figure_in(doc: Document, gap: re.Match[str]) -> tuple[int, Span] | None:
    """The value and span of the elided figure in the gap ("and 11 in")."""
    start, end = gap.span("figure")
    tokens = tokenize(doc.text, start, end)
    found = quantity_at(tokens, 0) if tokens else None
    if found is None:
        return None
    last = tokens[found.end - 1]
    return found.value, doc.span(tokens[found.number].start, last.end)


def elided_figure(doc: Document, piece: Span, model: NumberMention) -> NumberMention | None:
    """The figure a piece split at a place point opens with, counted like ``model`` (the
    first piece's figure): "and 11 in Nioro du Sahel" -> 11 killed attackers."""
    gap = _gap_regex().match(doc.text, piece.start, piece.end)
    found = _figure_in(doc, gap) if gap else None
    if found is None:
        return None
    value, span = found
    return NumberMention(span, value, model.kind, model.who, model.qualifier, model.sentence)


def share_the_act(doc: Document, pieces: list[Clause], towns: set[int]) -> None:
    """Pieces split at a town's own figure ("... in Kayes and 11 in Nioro du Sahel") tell the
    act of the piece before them in another place: each is an event with its own figure."""
    acts = [t for p in pieces for t in p.triggers]
    for prev, piece in zip(pieces, pieces[1:], strict=False):
        model = next((n for n in prev.numbers if n.kind in FIGURE_KINDS), None)
        if piece.span.start not in towns or model is None:
            continue
        own = [n for n in piece.numbers if n.kind in FIGURE_KINDS]
        figure = own[0] if own else elided_figure(doc, piece.span, model)
        if figure is None:
            continue
        piece.numbers = piece.numbers if own else [figure]
        piece.opens_event = True
        piece.triggers = list(acts)
        prev.triggers = list(acts)
        piece.actors = [a for a in prev.actors if a not in piece.actors] + piece.actors
        piece.date = piece.date or prev.date
        prev.anchor = prev.anchor or figure_town(doc, prev, model.span)
        piece.anchor = figure_town(doc, piece, figure.span)


def figure_town(doc: Document, clause: Clause, figure: Span) -> Span | None:
    """From a figure to the town it is given for ("21 attackers in Kayes")."""
    town = next((p for p in clause.places if p.kind == "place" and p.span.start > figure.end), None)
    return doc.span(figure.start, town.span.end) if town else None


def town_siblings(found: list[Frame], current: Frame | None) -> list[Frame]:
    """The frames of one act told town by town, when ``current`` is one of them."""
    if current is None or not any(c.anchor for c in current.clauses):
        return []
    group = {c.sentence_ids for c in current.clauses if c.anchor}
    return [f for f in found if any(c.anchor and c.sentence_ids in group for c in f.clauses)]


def list_points(doc: Document, span: Span, places: list[PlaceMention]) -> list[int]:
    """Offsets where a crowd's act told in a list of towns goes on to the next town ("held
    sit-ins outside the offices in Bathinda, Sangrur and Patiala"): one event per place. Only
    towns written one after the other after "in"/"at"/"outside", each another gazetteer
    place, where the crowd acted (not the towns of its demand: "demanding to go back to their
    farms in Humera and Welkait"), in a clause whose acts are all a crowd's."""
    towns = sorted(
        (p for p in places if p.kind == "place" and p.place and p.place.feature_class == "P"),
        key=lambda p: p.span.start,
    )
    runs: list[list[PlaceMention]] = []
    run: list[PlaceMention] = []
    for town in towns:
        if run and _next_in_list(doc, run[-1], town) and _another(run, town):
            run.append(town)
            continue
        runs.append(run)
        run = [town] if _opens_a_list(doc, span, town) else []
    runs = [r for r in [*runs, run] if len(r) > 1]
    if not runs or past_acts.tells_a_span(doc, span, None) or past_acts.tells_a_habit(span, None):
        return []  # "have staged similar demonstrations in Nakuru and Eldoret in recent weeks"
    acts = find_triggers(doc, span)
    if not _crowd_acts_only(acts):
        return []
    return [t.span.end for r in runs if _where_the_crowd_acted(doc, acts, r[0]) for t in r[:-1]]


def _where_the_crowd_acted(doc: Document, acts: list[Trigger], town: PlaceMention) -> bool:
    """The list follows a crowd's act with no reason or demand between them."""
    crowd = set(cues()["crowd_tactics"])
    before = [t for t in acts if t.tactic in crowd and t.span.end <= town.span.start]
    if not before:
        return False
    gap = doc.text[before[-1].span.end : town.span.start]
    return not _regex("list_reason").search(gap)


def _regex(key: str) -> re.Pattern[str]:
    return data_regex("segment/towns.json", key)


def _opens_a_list(doc: Document, span: Span, town: PlaceMention) -> bool:
    return bool(_regex("list_before").search(doc.text[span.start : town.span.start]))


def _next_in_list(doc: Document, before: PlaceMention, town: PlaceMention) -> bool:
    return bool(_regex("list_gap").fullmatch(doc.text[before.span.end : town.span.start]))


def _another(run: list[PlaceMention], town: PlaceMention) -> bool:
    ids = {t.place.geonameid for t in run if t.place}
    return town.place is not None and town.place.geonameid not in ids


def _crowd_acts_only(acts: list[Trigger]) -> bool:
    crowd = set(cues()["crowd_tactics"])
    allowed = crowd | set(cues()["speech_tactics"]) | {"unopposed"}
    tactics = {t.tactic for t in acts}
    return bool(tactics & crowd) and tactics <= allowed


def share_the_list(pieces: list[Clause], points: set[int]) -> None:
    """Pieces split at a town of a list tell the crowd's act of the first piece in that town:
    each opens an event of its own, anchored on its town, and all of the list share the day
    and the background any of them gives ("marched in Lyon and Marseille on Tuesday")."""
    groups: list[list[Clause]] = []
    for piece in pieces:
        if groups and piece.span.start in points:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    for group in groups:
        if len(group) > 1 and group[0].triggers:
            _share(group)


def _share(group: list[Clause]) -> None:
    date = next((p.date for p in group if p.date is not None), None)
    background = any(p.background for p in group)
    for i, piece in enumerate(group):
        if i:
            piece.triggers = list(group[0].triggers)
            piece.actors = [a for a in group[0].actors if a not in piece.actors] + piece.actors
            piece.opens_event = True
        piece.date = piece.date or date
        piece.background = background
        piece.anchor = piece.anchor or _town_of(piece, last=i == 0)


def _town_of(clause: Clause, last: bool) -> Span | None:
    towns = [p for p in clause.places if p.kind == "place"]
    if not towns:
        return None
    return (towns[-1] if last else towns[0]).span
