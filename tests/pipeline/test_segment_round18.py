"""Split and merged events on fresh text, segmentation round 18 (issue #4).

``data/segment_round18.tsv``: 30 whole short articles in our own wording (28 countries; wire,
headline and analyst-note registers), written at once before any round-18 rule ran on them: an
earlier operation told in a relative clause or as what the act followed, a capture followed by
killings of civilians, an act claimed by a doer named only in the claim, a retaliation on a
later day, a death in custody as a riot's grievance, and plain one-act stories. Each row is
scored on the sub-type, the fatalities and the day of every event.

Scored ONCE before any fix: 18/30 exact, 21/30 with the right number of events; two labels were
then corrected to the codebook and corpus conventions (a town taken after the forces withdrew
is a Non-violent transfer; a main clause in the past perfect with its own day, place and dead is
an event): 19/30 and 22/30. After the round-18 rules (past_acts.told_as_earlier: a relative
clause in the past perfect or "The clash followed an encounter on 28 October", dated before the
event told, is background; segment_turns.harms_after_capture: doers killing civilians in the
active voice after a place taken is an attack of its own; segment_retold: a group's account
"its fighters had detonated the vehicle" claims an act whose doer the frame never named, and a
leader's account said on a later day ("in a video released on Monday ... his men had seized the
travellers") retells the act; past_acts custody grievance: a death in custody told as what set
a crowd off is neither its act nor its dead) 29/30 and 30/30. Left: "the air force retaliated
with strikes on the insurgents' camps" is typed Armed clash, since "strikes" alone is no air
trigger (the typing files are not segmentation's).

``data/segment_round18_guards.tsv``: 8 contrasts written after the rules, which they must leave
alone (a statement of the day before, a main clause in the past perfect, the passive dead of a
capture, a rioter shot after a death in custody, another side's account): 8/8.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
ROUND18_FLOOR = 0.93
ROUND18_COUNT_FLOOR = 0.96
GUARDS_FLOOR = 0.87

Reading = tuple[str, str, str, int]  # kind, expected, read, events read


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _read(pipeline: Pipeline, text: str, published: date) -> str:
    events = pipeline(Article("probe", text, published)).events
    found = sorted(f"{e.sub_event_type}|{e.fatalities}|{e.event_date}" for e in events)
    return ";".join(found) or "NONE"


def _readings(pipeline: Pipeline, name: str) -> list[Reading]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, expected, text = line.split("\t")
            text = text.replace("\\n", "\n")  # a headline stands on a line of its own
            got = _read(pipeline, text, date.fromisoformat(published))
            rows.append((kind, expected, got, 0 if got == "NONE" else len(got.split(";"))))
    return rows


@pytest.fixture(scope="module")
def readings(pipeline: Pipeline) -> list[Reading]:
    return _readings(pipeline, "segment_round18.tsv")


def _expected_count(expected: str) -> int:
    return 0 if expected == "NONE" else len(expected.split(";"))


def test_round18_articles_yield_their_events_on_their_days(readings: list[Reading]) -> None:
    wrong = [r for r in readings if r[1] != r[2]]
    assert 1 - len(wrong) / len(readings) >= ROUND18_FLOOR, wrong


def test_round18_articles_yield_the_right_number_of_events(readings: list[Reading]) -> None:
    wrong = [r for r in readings if _expected_count(r[1]) != r[3]]
    assert 1 - len(wrong) / len(readings) >= ROUND18_COUNT_FLOOR, wrong


def test_round18_rules_leave_their_contrasts_alone(pipeline: Pipeline) -> None:
    guards = _readings(pipeline, "segment_round18_guards.tsv")
    wrong = [r for r in guards if r[1] != r[2]]
    assert 1 - len(wrong) / len(guards) >= GUARDS_FLOOR, wrong
