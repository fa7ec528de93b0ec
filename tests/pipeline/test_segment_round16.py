"""Spurious and missed events on fresh text, segmentation round 16 (issue #4).

``data/segment_round16.tsv``: 40 whole short articles in our own wording (28 countries; wire,
local and analyst-note registers), written at once before any round-16 rule ran on them: one
fight told in parts, an act restated, the other side's account, a follow-up (a search, a
patrol, a sweep), arrests after an act, plans and threats, background history, no-event
stories, two acts, a dissolution and a forced disappearance. Scored ONCE before any fix:
31/40 exact ("sub_event_type|fatalities" of every event), 34/40 with the right number of
events. After the round-16 rules (segment_retold: the dead told in the passive join the act
told whichever side they were on; a definite noun of the told act, or a relative clause naming
its victim, on a later day opens no event; the named doer's own account of its act opens no
event; a day a state still held ("still unknown as of Monday night") moves no story there;
segment_clauses: a ";" piece borrows no act; past_acts: a perfect-tense count of
attacks is a habit) 34/40 and 37/40. Left: arrests of suspects on a later day (the corpus
gold codes such arrests as events of their own: the probe labels say otherwise, kept as
written), a dissolution and a detention to an unknown place (trigger words, not segmentation),
two typing errors.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
ROUND16_FLOOR = 0.82
ROUND16_COUNT_FLOOR = 0.9

Reading = tuple[str, str, str, int]  # kind, expected, read, events read


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _read(pipeline: Pipeline, text: str, published: date = date(2025, 9, 17)) -> str:
    events = pipeline(Article("probe", text, published)).events
    return ";".join(sorted(f"{e.sub_event_type}|{e.fatalities}" for e in events)) or "NONE"


@pytest.fixture(scope="module")
def readings(pipeline: Pipeline) -> list[Reading]:
    rows = []
    for line in (DATA / "segment_round16.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, expected, text = line.split("\t")
            got = _read(pipeline, text, date.fromisoformat(published))
            rows.append((kind, expected, got, 0 if got == "NONE" else len(got.split(";"))))
    return rows


def _expected_count(expected: str) -> int:
    return 0 if expected == "NONE" else len(expected.split(";"))


def test_round16_articles_yield_their_events(readings: list[Reading]) -> None:
    wrong = [r for r in readings if r[1] != r[2]]
    assert 1 - len(wrong) / len(readings) >= ROUND16_FLOOR, wrong


def test_round16_articles_yield_the_right_number_of_events(readings: list[Reading]) -> None:
    wrong = [r for r in readings if _expected_count(r[1]) != r[3]]
    assert 1 - len(wrong) / len(readings) >= ROUND16_COUNT_FLOOR, wrong


@pytest.mark.parametrize("kind", ["split", "restated", "other_side", "follow_up", "background"])
def test_each_one_event_kind_is_met_on_most_of_its_probes(
    readings: list[Reading], kind: str
) -> None:
    mine = [r for r in readings if r[0] == kind]
    assert sum(_expected_count(r[1]) == r[3] for r in mine) >= len(mine) - 1, mine


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side's dead, told in the passive: the dead of the fight told
        (
            "Soldiers raided a rebel camp in the hills above Kalehe on Monday, the army said. "
            "Nine rebels, among them a commander, were killed.",
            "Armed clash|9",
        ),
        # a dead figure with a doer of its own is another act
        (
            "Troops fought ADF rebels near Beni on Monday. Nine civilians were killed by Mai-Mai "
            "militiamen.",
            "Armed clash|0;Attack|9",
        ),
        # the act named again, by a definite noun, on the day it was reported
        (
            "Masked men seized a lawyer outside a court in Harare on Friday, witnesses said. "
            "His colleagues reported the abduction to the police on Sunday.",
            "Abduction/forced disappearance|0",
        ),
        # the act named again, with its dead, on the day it was condemned
        (
            "Gunmen attacked a church in Owo on Sunday, killing 20 people. The attack was "
            "condemned by the pope on Monday.",
            "Attack|20",
        ),
        # a new act on a later day is still an event
        (
            "Masked men seized a lawyer outside a court in Harare on Friday, witnesses said. "
            "On Sunday, masked men abducted a journalist in Bulawayo.",
            "Abduction/forced disappearance|0;Abduction/forced disappearance|0",
        ),
        # the doer's own account of its act; another side's strike stays an event
        (
            "Russian missiles hit an energy plant in Kremenchuk on Tuesday, killing one worker, "
            "officials said. Russia's defence ministry said its forces had struck "
            "'military-industrial targets'.",
            "Shelling/artillery/missile attack|1",
        ),
        (
            "Houthi missiles struck the port of Eilat on Monday, damaging a warehouse, Israeli "
            "officials said. The Israeli army said its jets had struck Houthi positions in "
            "Hodeidah in response.",
            "Air/drone strike|0;Shelling/artillery/missile attack|0",
        ),
        # a day a state still held ("as of Monday") moves no story there: a witness's words
        # after it tell the act told
        (
            "Police detained an opposition activist in Harare on Friday, his lawyer said. He was "
            "still being held without charge as of Monday. \"They took him from his office in "
            "handcuffs,\" a colleague said.",
            "Arrests|0",
        ),
        # a perfect-tense count of attacks is a habit, not an act
        (
            "The Taliban warned on Monday that it would target any foreign contractor in "
            "Kunar. The group has carried out dozens of attacks on road crews since 2023.",
            "NONE",
        ),
    ],
)
def test_retold_acts_open_no_event_and_new_acts_do(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert _read(pipeline, text) == expected
