"""Two acts of one raid that ACLED codes apart (round 21, issue #4).

Forces that "set fire to around 40 houses and detained 5 villagers", or that "demolished two
homes ... During the demolition, soldiers arrested a young man", do two things ACLED codes as
two events on the same day and place: the destruction (Looting/property destruction) and the
arrests (Arrests). A frame gathers the clauses of one event and the events stage gives it one
sub-event type, so such a frame is split here into its destruction and its arrests. Only when
the destruction is told first: "arrested 20 people for looting shops" names the arrests'
reason, one act. A crowd's act (a riot whose people are arrested), a killing or a fight keep
the frame whole: the arrests are part of that event.
Cues: ``data/segment/turns.json`` (``apart_tactics``, ``apart_allowed``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.pipeline.triggers import Trigger
from dateline.resources import load_json

if TYPE_CHECKING:  # segment imports this module
    from dateline.pipeline.segment import Clause

HURT = ("killed", "injured", "casualties")  # number kinds of people harmed (not arrested)


def _cue(key: str) -> list[str]:
    return list(load_json("segment/turns.json")[key])


def acts_apart(clauses: list[Clause]) -> list[list[Clause]]:
    """The frame's clauses as one list, or as the destruction's and the arrests' (in that
    order), each keeping only its own act words; the dead stay with the destruction."""
    first, second = _cue("apart_tactics")
    triggers = [t for c in clauses for t in c.triggers]
    tactics = {t.tactic for t in triggers}  # (the copies' "refer" words type no event)
    if not {first, second} <= tactics or not tactics <= set(_cue("apart_allowed")):
        return [clauses]
    starts = {k: min(t.span.start for t in triggers if t.tactic == k) for k in (first, second)}
    if starts[second] < starts[first]:
        return [clauses]  # "arrested 20 people for looting shops": the arrests' reason
    kept = [_keeping(clauses, drop=second), _keeping(clauses, drop=first)]
    for clause in kept[1]:
        clause.numbers = [n for n in clause.numbers if n.kind not in HURT]
    return kept


def _keeping(clauses: list[Clause], drop: str) -> list[Clause]:
    """Copies of the clauses whose act words of the tactic dropped are mere references to
    the other act: they no longer type the event, but still place its parties."""
    return [replace(c, triggers=[_as_reference(t, drop) for t in c.triggers]) for c in clauses]


def _as_reference(trigger: Trigger, drop: str) -> Trigger:
    return Trigger(trigger.span, "refer") if trigger.tactic == drop else trigger
