"""One act told with a figure per town: "killed 21 attackers in Kayes and 11 in Nioro du Sahel".

ACLED codes one event per place, each with its own dead. The clause splits before the second
town's figure ("and 11 in ..."); that piece tells the same act (it borrows the first piece's
acts and actors) and its figure, which the casualty stage cannot read alone (the verb and the
noun are elided), is the first figure's kind and group with its own value.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.model import Document, NumberMention, PlaceMention, Span
from dateline.pipeline.quantities import quantity_at, tokenize
from dateline.pipeline.triggers import cue_pattern

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
