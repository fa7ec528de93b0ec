"""The codebook consistency gate (classify.gate) and the opt-in gated mode it guards.

Short reports of our own wording (written for this test, many countries), run through the
whole pipeline with stand-in learners: the gated mode takes a learned type only where the
codebook allows it for the actors the text names, and ``DATELINE_FRAME_VOTE`` picks the mode.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.classify import vote
from dateline.classify.classifier import Prediction
from dateline.classify.frames import shipped_probe_model
from dateline.classify.gate import (
    ANY_ACTOR,
    allowed,
    allows_named,
    empty_required,
    first_allowed,
    gate_table,
)
from dateline.model import Article, Event
from dateline.pipeline import Pipeline
from dateline.pipeline.events import GATED_FIELD, TWO_VOTES_FIELD, TYPING_KEY
from dateline.taxonomy import sub_event_types

DAY = date(2024, 5, 15)
IS_CAPTURE = "Islamic State fighters seized the town of Hajin from regime troops on Monday."
BATTLE_BOMBER = (
    "Al-Shabaab fighters clashed with Somali troops near Afgoye on Monday; a suicide bomber "
    "blew himself up as the fighting began, and nine soldiers died."
)
ARMY_ATTACK = "Nigerian soldiers shot dead four farmers in their fields near Mubi on Tuesday."
# one report per kind of party, for the consistency sweep below
REPORTS = (
    IS_CAPTURE, BATTLE_BOMBER, ARMY_ATTACK,
    "Gunmen on motorbikes killed seven villagers in Bankass, central Mali, on Sunday night.",
    "Hundreds of nurses marched through Nairobi on Tuesday to demand unpaid allowances.",
    "Police fired tear gas at students protesting fee rises in Harare on Monday.",
    "A mob in Onitsha beat a suspected thief to death on Thursday, police said.",
    "Colombian troops retook the hamlet of El Plateado from FARC dissidents on Monday.",
    "Ukrainian drones struck an oil depot in Bryansk region overnight, the governor said.",
    "Police in Dhaka arrested 40 opposition activists on Saturday, a party spokesman said.",
)  # fmt: skip


def test_the_table_covers_the_taxonomy_with_inter_codes() -> None:
    table = gate_table()
    assert set(table) == set(sub_event_types())
    for rule in table.values():
        assert rule.actor1 <= ANY_ACTOR and rule.actor2 <= ANY_ACTOR and rule.actor1


@pytest.mark.parametrize(
    ("sub_type", "inters", "rule_type", "ok"),
    [
        ("Government regains territory", (2, 1), None, False),  # a rebel group is no state
        ("Government regains territory", (1, 2), None, True),
        ("Non-state actor overtakes territory", (1, 2), None, False),
        ("Attack", (1, 7), None, True),
        ("Attack", (2, 1), None, False),  # soldiers hit by rebels: a clash, not civilians
        ("Mob violence", (1, 7), None, False),  # needs rioters
        ("Mob violence", (5, 7), None, True),
        ("Peaceful protest", (6, 1), None, False),  # forces as a party: no peaceful protest
        ("Peaceful protest", (6, None), None, True),
        ("Excessive force against protesters", (1, 6), None, True),
        ("Excessive force against protesters", (1, 7), None, False),
        ("Suicide bomb", (2, 1), "Armed clash", False),  # inside a battle it is the battle
        ("Suicide bomb", (2, 1), "Attack", True),
        ("Suicide bomb", (1, 7), None, False),  # state forces send no suicide bombers
        ("Air/drone strike", (None, None), None, True),  # nobody named: defaults fill in
    ],
)
def test_the_gate_forbids_what_the_codebook_forbids(
    sub_type: str, inters: tuple[int | None, int | None], rule_type: str | None, ok: bool
) -> None:
    assert allowed(sub_type, inters, rule_type) is ok


def test_first_allowed_skips_forbidden_types() -> None:
    def inters(_: str) -> tuple[int | None, int | None]:
        return (2, 1)

    ranked = ("Government regains territory", "Non-state actor overtakes territory")
    assert first_allowed(ranked, inters, None) == "Non-state actor overtakes territory"
    assert first_allowed(ranked[:1], inters, None) is None


@pytest.mark.parametrize(
    ("sub_type", "named", "ok"),
    [
        ("Excessive force against protesters", (1, 7), False),  # farmers shot: no protest
        ("Excessive force against protesters", (1, 6), True),
        ("Excessive force against protesters", (6, 1), True),  # "protesters met by police"
        ("Mob violence", (1, 7), False),  # soldiers are no mob
        ("Mob violence", (1, None), True),  # forces alone: the empty-slot check decides
        ("Mob violence", (6, 1), True),  # a crowd turning on police: the crowd riots
        ("Violent demonstration", (6, None), True),
        ("Peaceful protest", (7, None), False),  # named villagers stay villagers
        ("Attack", (7, 2), True),  # the text's order, swapped by orientation
        ("Attack", (2, 1), False),
        ("Air/drone strike", (None, None), True),
    ],
)
def test_the_named_parties_are_checked_as_the_text_names_them(
    sub_type: str, named: tuple[int | None, int | None], ok: bool
) -> None:
    assert allows_named(sub_type, named) is ok


@pytest.mark.parametrize(
    ("sub_type", "oriented", "filled", "empty"),
    [
        ("Attack", (2, None), (True, True), True),  # no victim found, the rules had one
        ("Attack", (2, None), (True, False), False),  # the rules had none either
        ("Attack", (2, 7), (True, True), False),
        ("Armed clash", (2, None), (True, True), False),  # a clash may leave actor2 open
        ("Air/drone strike", (None, 2), (True, True), True),  # the striker must be somebody
        ("Mob violence", (None, 1), (True, True), True),  # forces named: no default rioters
        ("Peaceful protest", (None, None), (True, False), True),  # default protesters
        ("Peaceful protest", (None, None), (False, False), False),  # the rules named none
        ("Agreement", (None, None), (True, True), False),  # any parties: nobody allowed
    ],
)
def test_a_required_slot_left_to_a_default_forbids_a_learned_type(
    sub_type: str,
    oriented: tuple[int | None, int | None],
    filled: tuple[bool, bool],
    empty: bool,
) -> None:
    assert empty_required(sub_type, oriented, filled) is empty


def _learners(monkeypatch: pytest.MonkeyPatch, ranked: tuple[str, ...], agreed: str) -> None:
    """Stand-ins: the probe model ranks ``ranked`` for every text; two votes agree on
    ``agreed`` (frame model and classifier both)."""
    monkeypatch.setattr(vote, "learned_rankings", lambda texts: [ranked] * len(texts))
    monkeypatch.setattr(vote, "agreed_types", lambda texts: [agreed] * len(texts))
    monkeypatch.setattr(vote, "classify_texts",
                        lambda texts: [Prediction("x", agreed, 0.9) for _ in texts])  # fmt: skip


def _events(text: str) -> list[Event]:
    return Pipeline()(Article("gate", text, DAY)).events


def _gated(event: Event) -> bool:
    return any(e.field.startswith(GATED_FIELD) for e in event.evidence)


def test_a_capture_by_a_rebel_group_is_never_the_governments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "gate")
    _learners(monkeypatch, ("Government regains territory",), "Armed clash")
    types = [e.sub_event_type for e in _events(IS_CAPTURE)]
    assert types and "Government regains territory" not in types
    _learners(monkeypatch, ("Government regains territory", "Armed clash"), "Armed clash")
    events = _events(IS_CAPTURE)
    assert all(e.sub_event_type != "Government regains territory" for e in events)


def test_a_bomber_inside_a_battle_stays_the_battle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "gate")
    _learners(monkeypatch, ("Suicide bomb",), "Armed clash")
    events = _events(BATTLE_BOMBER)
    assert events and all(e.sub_event_type != "Suicide bomb" for e in events)


def test_the_gated_mode_retypes_where_the_actors_allow_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "gate")
    _learners(monkeypatch, ("Armed clash",), "Armed clash")  # farmers are no armed side
    doc = Pipeline()(Article("gate", ARMY_ATTACK, DAY))
    rules = doc.extras[TYPING_KEY][doc.events[0].event_id].rule_type
    assert [(e.sub_event_type, _gated(e)) for e in doc.events] == [("Attack", False)]
    _learners(monkeypatch, ("Suicide bomb",), "Attack")  # state forces send no bombers
    assert [e.sub_event_type for e in _events(ARMY_ATTACK)] == ["Attack"]
    _learners(monkeypatch, ("Abduction/forced disappearance",), "Attack")  # allowed: taken
    doc = Pipeline()(Article("gate", ARMY_ATTACK, DAY))
    event = doc.events[0]
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert (event.inter1, event.inter2) == (1, 7)
    assert [e.field for e in event.evidence if e.field.startswith(GATED_FIELD)] == [
        f"{GATED_FIELD}:Attack"]  # names the type it replaced
    typing = doc.extras[TYPING_KEY][event.event_id]
    assert typing.rule_type == rules and typing.replaced == "Attack" and not typing.two_votes


def test_the_switch_picks_the_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    _learners(monkeypatch, ("Mob violence",), "Armed clash")
    text = "A mob in Onitsha beat a suspected thief to death on Thursday, police said."
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "0")  # all learning off
    assert not vote.gate_mode_on() and not vote.frame_vote_on()
    off = _events(text)
    assert off and not any(_gated(e) for e in off)
    assert not any(f.field == TWO_VOTES_FIELD for e in off for f in e.evidence)
    monkeypatch.delenv(vote.FRAME_VOTE_SWITCH)  # default: two votes, never the gate
    assert vote.frame_vote_on() and not vote.gate_mode_on()
    assert not any(_gated(e) for e in _events(text))
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "gate")
    assert vote.gate_mode_on()
    assert vote.learned_types(["a", "b"]) == [("Mob violence",), ("Mob violence",)]


def test_the_research_switch_takes_the_best_type_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """``gate-best`` (candidate C1): no battle rule, no second-best, else the rules' type."""
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "gate-best")
    assert vote.gate_mode_on() and vote.frame_vote_on()
    _learners(monkeypatch, ("Suicide bomb",), "Armed clash")
    assert "Suicide bomb" in [e.sub_event_type for e in _events(BATTLE_BOMBER)]
    # state forces send no bombers: the gated mode falls to the second-best, C1 to the rules'
    _learners(monkeypatch, ("Suicide bomb", "Abduction/forced disappearance"), "Attack")
    assert [e.sub_event_type for e in _events(ARMY_ATTACK)] == ["Attack"]
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "gate")
    assert [e.sub_event_type for e in _events(ARMY_ATTACK)] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("forced", sorted(sub_event_types()))
def test_a_gated_type_is_always_consistent_with_its_actors(
    monkeypatch: pytest.MonkeyPatch, forced: str
) -> None:
    """Whatever type the learner names, an event the gate retyped has actors of kinds the
    codebook allows for its type (slots the text leaves empty hold the type's defaults)."""
    monkeypatch.setenv(vote.FRAME_VOTE_SWITCH, "gate")
    _learners(monkeypatch, (forced,), "NONE")
    for text in REPORTS:
        for event in _events(text):
            if _gated(event):
                assert event.sub_event_type == forced
                inters = (event.inter1 or None, event.inter2 or None)
                assert allowed(forced, inters), (text, forced, event.actor1, event.actor2)


def test_the_probe_model_is_shipped_and_ranks_two() -> None:
    model = shipped_probe_model()
    assert model is not None and set(model.classes) <= set(sub_event_types())
    ranked = model.ranked(["Gunmen shot dead four farmers near the village on Tuesday."], 2)
    assert len(ranked) == 1 and len(ranked[0]) == 2 and ranked[0][0] != ranked[0][1]
