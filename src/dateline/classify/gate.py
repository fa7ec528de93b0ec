"""The codebook consistency gate: which sub-event types the actors of a frame allow.

A learned type reads words, not parties: it can call Islamic State's capture of a town
"Government regains territory" or a suicide attack inside a battle a Suicide bomb. The
codebook ties each sub-event type to the kinds of actor that can make it (DESIGN.md: actor
types 1-8; the victim of violence against civilians is always actor2; remote violence inside
a battle is the battle). ``data/classifier/type_actors.csv`` lists, per sub-event type, the
inter codes allowed as actor1 and actor2 (``0``: no actor in that slot, ``*``: any) and the
event type of the rules' reading it may not replace (``not_inside``). It was derived from the
codebook and forbids none of the 1,316 gold events of the dev articles of batches 01-62
(docs/classifier.md). A slot the text names nobody for is allowed: the type's own default
actor fills it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from dateline.resources import load_csv
from dateline.taxonomy import sub_event

GATE_FILE = "classifier/type_actors.csv"
ANY_ACTOR = frozenset(range(9))  # 0 (no actor) and the eight inter codes
Inters = tuple[int | None, int | None]  # (actor1, actor2) inter codes; None: nobody named


@dataclass(frozen=True, slots=True)
class Allowed:
    """The inter codes a sub-event type allows as actor1 and actor2, and the event types of
    a rules' reading it may not replace."""

    actor1: frozenset[int]
    actor2: frozenset[int]
    not_inside: frozenset[str]


def _codes(field: str) -> frozenset[int]:
    return ANY_ACTOR if field.strip() == "*" else frozenset(int(c) for c in field.split("+"))


@cache
def gate_table() -> dict[str, Allowed]:
    """sub-event type -> what it allows (data/classifier/type_actors.csv, loaded once)."""
    return {
        row["sub_event_type"]: Allowed(
            _codes(row["actor1"]), _codes(row["actor2"]),
            frozenset(t for t in row["not_inside"].split("+") if t),
        )
        for row in load_csv(GATE_FILE)
    }  # fmt: skip


def allowed(sub_type: str, inters: Inters, rule_type: str | None = None) -> bool:
    """Whether the codebook allows ``sub_type`` for actors of these inter codes (as the type
    would orient them) when the rules read ``rule_type`` (None: the rules found no type)."""
    rule = gate_table().get(sub_type)
    if rule is None:
        return False
    first, second = inters
    if first is not None and first not in rule.actor1:
        return False
    if second is not None and second not in rule.actor2:
        return False
    return rule_type is None or may_replace(sub_type, rule_type)


def may_replace(sub_type: str, rule_type: str) -> bool:
    """Whether a learned ``sub_type`` may replace the rules' reading ``rule_type`` under the
    codebook's hierarchy (remote violence inside a battle is the battle), actors aside."""
    rule = gate_table().get(sub_type)
    return rule is None or sub_event(rule_type).event_type not in rule.not_inside


def first_allowed(
    ranked: Iterable[str], inters_for: Callable[[str], Inters], rule_type: str | None
) -> str | None:
    """The best-ranked learned type the gate allows (``inters_for``: the actors' inter
    codes had the frame that type), or None when it allows none of them."""
    for sub_type in ranked:
        if allowed(sub_type, inters_for(sub_type), rule_type):
            return sub_type
    return None


CROWDS = frozenset({5, 6})  # rioters and protesters: one crowd, relabelled by what it does
Filled = tuple[bool, bool]  # whether the rules' type's event has an actor in actor1 / actor2


def _fits(code: int | None, codes: frozenset[int]) -> bool:
    """A named party's code fits a slot: nobody, the code itself, or a crowd in a crowd slot
    (protesters who turn violent are rioters: the codebook's own relabel)."""
    return code is None or code in codes or (code in CROWDS and bool(codes & CROWDS))


def allows_named(sub_type: str, named: Inters) -> bool:
    """Whether ``sub_type`` allows the parties as the text names them (before its orientation
    relabels them): in the text's order or swapped (orientation may choose who leads), but
    named civilians stay civilians and named forces stay forces, so "soldiers shot dead four
    farmers" passes as no protest or riot type."""
    rule = gate_table().get(sub_type)
    if rule is None:
        return False
    first, second = named
    return any(
        _fits(a, rule.actor1) and _fits(b, rule.actor2)
        for a, b in ((first, second), (second, first))
    )


def empty_required(sub_type: str, oriented: Inters, rules_filled: Filled) -> bool:
    """Whether ``sub_type`` would rest on a default actor in a slot it requires (its codes
    exclude 0: Attack's victim) where the rules' type has an actor: no Attack on default
    Civilians for a capture whose defender the text leaves unnamed."""
    rule = gate_table().get(sub_type)
    if rule is None:
        return True
    slots = zip((rule.actor1, rule.actor2), oriented, rules_filled, strict=True)
    return any(0 not in codes and found is None and filled for codes, found, filled in slots)
