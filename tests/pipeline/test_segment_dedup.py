"""Dedup extraction agreement (issue #5): reports of one incident the pipeline read with no event.

``data/segment_dedup.tsv``: 20 short reports in our own wording (16 countries; statements,
wire, telegraphic local posts, a headline), written at once on the kinds of miss the dedup
files showed, and scored once before any rule of this round ran on them (frame vote off):
11/20 exact, 14/20 right number of events. After the round: 12/20 and 16/20 (an act named by
a noun with its counted victims under a reaction verb or an inquiry: "condemned the killing of
four herders", "opened an investigation into the murder of three men ... on Monday night";
the fatalities of that noun are the numbers stage's to read). Two rows added after the fix
(a lead phrase naming an earlier act, "Two days after a roadside bomb hit a patrol, police
killed ...", and its guard): 14/22 and 18/22, with the frame vote off and on. The guards (the
same nouns for a flood, an old case, a factory fire, a mine collapse; a reopened market)
must stay empty. Six rows on an act named "hours after" (a bare noun: no second event; a
clause with its doer: one), scored before that cue: 2/6 exact, 3/6 count; after 4/6, 6/6.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

TABLE = Path(__file__).parent / "data" / "segment_dedup.tsv"
EXACT_FLOOR = 0.6  # 18/28 = 0.643
COUNT_FLOOR = 0.8  # 24/28 = 0.857

Row = tuple[str, str, str]  # kind, expected, read


@pytest.fixture(scope="module")
def readings() -> list[Row]:
    pipeline = Pipeline()
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, expected, text = line.split("\t")
            events = pipeline(Article("probe", text, date.fromisoformat(published))).events
            got = ";".join(
                sorted(f"{e.sub_event_type}|{e.fatalities}|{e.event_date}" for e in events)
            )
            rows.append((kind, expected, got or "NONE"))
    return rows


def _count(text: str) -> int:
    return 0 if text == "NONE" else len(text.split(";"))


def test_dedup_probes_meet_their_floors(readings: list[Row]) -> None:
    exact = sum(expected == got for _, expected, got in readings) / len(readings)
    counted = sum(_count(expected) == _count(got) for _, expected, got in readings)
    assert exact >= EXACT_FLOOR, readings
    assert counted / len(readings) >= COUNT_FLOOR, readings


def test_counted_nouns_under_a_reaction_or_an_inquiry_are_read(readings: list[Row]) -> None:
    nominal = [(expected, got) for kind, expected, got in readings if kind == "nominal_toll"]
    read = sum(_count(got) == _count(expected) for expected, got in nominal)
    assert read >= 5, nominal  # of 6


def test_a_lead_naming_an_earlier_act_leaves_the_news_act(readings: list[Row]) -> None:
    assert [got for kind, _, got in readings if kind == "lead"] == ["Armed clash|3|2026-03-10"]


def test_an_act_named_hours_before_by_a_noun_is_no_second_event(readings: list[Row]) -> None:
    hours = [(e, got) for kind, e, got in readings if "hours" in kind]
    assert len(hours) == 6
    assert all(_count(expected) == _count(got) for expected, got in hours), hours


def test_guards_stay_empty(readings: list[Row]) -> None:
    guards = [got for kind, _, got in readings if kind == "guard"]
    assert guards == ["NONE"] * len(guards)
