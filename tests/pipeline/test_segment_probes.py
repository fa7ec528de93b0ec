"""Frames, days, places and counts of the events stage on the round-6 probes.

``data/events_round6_probes.tsv``: reports written for the requests other helpers left (an
analyst note's "1 fatality." closing its paragraph, "more than a dozen" restated, a later death
from wounds, both sides' dead added, a run of days told as one act, a figure per town, truce
extensions, parties dissolved, claims, foiled attacks and encounters). A probe is right when
the article's events have exactly the probe's day, time precision, sub-event type, fatalities
and location. Before the round-6 fixes they scored 9/33, after them 33/33; the floor sits slightly
below that.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
FLOOR = 0.95

Probe = tuple[str, date, str, str]


def _probes() -> list[Probe]:
    rows = []
    for line in (DATA / "events_round6_probes.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        request, published, expected, text = line.split("\t")
        expected = ";".join(sorted(expected.split(";")))
        rows.append((request, date.fromisoformat(published), expected, text.replace("\\n", "\n")))
    return rows


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _reading(pipeline: Pipeline, text: str, published: date) -> str:
    events = pipeline(Article("probe", text, published)).events
    rows = sorted(
        f"{e.event_date.isoformat()}|{e.time_precision}|{e.sub_event_type}|{e.fatalities}|"
        f"{e.location}"
        for e in events
    )
    return ";".join(rows) or "NONE"


def test_round6_probes_meet_their_floor(pipeline: Pipeline) -> None:
    probes = _probes()
    wrong = [
        (text[:70], expected, got)
        for _, published, expected, text in probes
        if (got := _reading(pipeline, text, published)) != expected
    ]
    accuracy = 1 - len(wrong) / len(probes)
    assert accuracy >= FLOOR, (accuracy, wrong)


@pytest.mark.parametrize("request_id", ["1", "3", "5"])
def test_each_request_is_met_on_most_of_its_probes(pipeline: Pipeline, request_id: str) -> None:
    mine = [p for p in _probes() if p[0] == request_id]
    right = sum(_reading(pipeline, text, day) == expected for _, day, expected, text in mine)
    assert right >= len(mine) - 1, request_id


def test_a_claim_after_an_act_told_town_by_town_names_the_doer_of_each(pipeline: Pipeline) -> None:
    text = (
        "Jihadists killed 6 gendarmes in Tera and 4 in Gotheye on Sunday, the interior ministry "
        "said. JNIM claimed the attacks. Residents of Tera said the market stayed shut."
    )
    events = pipeline(Article("probe", text, date(2024, 5, 15))).events
    assert sorted((e.location, e.fatalities) for e in events) == [("Gotheye", 4), ("Tera", 6)]
    assert {e.actor1 for e in events} == {"JNIM: Group for Support of Islam and Muslims"}
