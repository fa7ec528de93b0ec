"""Split and merged events and event days on fresh text, segmentation round 17 (issue #4).

``data/segment_round17.tsv``: 40 whole short articles in our own wording (27 countries; wire,
headline and analyst-note registers), written at once before any round-17 rule ran on them: a
note's day against an earlier death told in a relative clause, a counter-attack told after the
attack, a capture that also kills, one operation told over several sentences, the dead told in
the next sentence, a headline's dead restated in the body, an act claimed by a doer named only
after it, a march of a jailed leader's supporters, a fighter's past inside a strike story, two
acts in two places the same day, and arrests after an act. Each row is scored on the
sub-type, the fatalities and the day of every event.

Scored ONCE before any fix: 27/40 exact, 34/40 with the right number of events; three labels
were then corrected to the corpus conventions (an interception is Disrupted weapons use,
"overnight into Tuesday" is the Monday, a lynching is Mob violence): 30/40 and 34/40. After the
round-17 rules (past_acts: a day told in a relative clause, earlier than a day the clause named
before it, dates that clause's verb and its acts are not the clause's news; a court's word used
as an adjective, "the jailed opposition leader", is no case the clause is about;
segment_turns: a side answering the act just told, "counter-attacked", "hit back", with no town
of its own but where it drove the other side, fights the same fight; a clause placing its acts
"in the operation" told is part of it; "..., and in a separate incident" splits a sentence;
shells, rockets or drones hitting civilians after a ground fight that had none are an event of
their own;
frame_joins: the dead told right after an ambush or a raid are its dead) 37/40 and 39/40.
Left (not segmentation): "captured two of them" read as a place taken (Government regains
territory), "supporters of former prime minister X marched" read as hypothetical.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
ROUND17_FLOOR = 0.9
ROUND17_COUNT_FLOOR = 0.95
PUBLISHED = date(2025, 10, 22)  # a Wednesday

Reading = tuple[str, str, str, int]  # kind, expected, read, events read


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _read(pipeline: Pipeline, text: str, published: date = PUBLISHED) -> str:
    events = pipeline(Article("probe", text, published)).events
    found = sorted(f"{e.sub_event_type}|{e.fatalities}|{e.event_date}" for e in events)
    return ";".join(found) or "NONE"


@pytest.fixture(scope="module")
def readings(pipeline: Pipeline) -> list[Reading]:
    rows = []
    for line in (DATA / "segment_round17.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, expected, text = line.split("\t")
            text = text.replace("\\n", "\n")  # a headline stands on a line of its own
            got = _read(pipeline, text, date.fromisoformat(published))
            rows.append((kind, expected, got, 0 if got == "NONE" else len(got.split(";"))))
    return rows


def _expected_count(expected: str) -> int:
    return 0 if expected == "NONE" else len(expected.split(";"))


def test_round17_articles_yield_their_events_on_their_days(readings: list[Reading]) -> None:
    wrong = [r for r in readings if r[1] != r[2]]
    assert 1 - len(wrong) / len(readings) >= ROUND17_FLOOR, wrong


def test_round17_articles_yield_the_right_number_of_events(readings: list[Reading]) -> None:
    wrong = [r for r in readings if _expected_count(r[1]) != r[3]]
    assert 1 - len(wrong) / len(readings) >= ROUND17_COUNT_FLOOR, wrong


@pytest.mark.parametrize(
    "kind", ["note_day", "counter", "retake_kill", "operation", "perished", "headline", "two_acts"]
)
def test_each_kind_is_met_on_most_of_its_probes(readings: list[Reading], kind: str) -> None:
    mine = [r for r in readings if r[0] == kind]
    assert sum(_expected_count(r[1]) == r[3] for r in mine) >= len(mine) - 1, mine


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side answering: the same fight
        (
            "Houthi fighters attacked government positions in Hays on Saturday. Government "
            "forces hit back, pushing the rebels back into the mountains. Eleven fighters were "
            "killed on both sides.",
            "Armed clash|11|2025-10-18",
        ),
        # ... but not on another day in another town
        (
            "Gunmen attacked a village in Plateau on Sunday, killing 12 people. Soldiers "
            "launched a counter-offensive in Mangu on Monday.",
            "Armed clash|0|2025-10-20;Attack|12|2025-10-19",
        ),
        # a death the crowd grieves, told in a relative clause with its own earlier day
        (
            "On 14 October 2025, the families of two miners who were shot dead by soldiers on "
            "3 August held a sit-in in front of the provincial assembly in Bukavu (South Kivu).",
            "Peaceful protest|0|2025-10-14",
        ),
        (
            "On 13 October 2025, traders whose shops were burned by a mob on 20 September "
            "marched to the town hall in Kumasi (Ashanti).",
            "Peaceful protest|0|2025-10-13",
        ),
        (
            "On 15 October 2025, about 200 residents of Soacha (Cundinamarca) protested the "
            "murder of a community leader, who was shot dead on 11 October.",
            "Peaceful protest|0|2025-10-15",
        ),
        # a court's word as an adjective names a person, no case
        (
            "Thousands of supporters of the jailed rapper marched in Tunis on Sunday.",
            "Peaceful protest|0|2025-10-19",
        ),
        # the dead in the next sentence, in words that are no act
        (
            "Militants attacked a checkpoint near Mosul on Monday. Three soldiers perished.",
            "Armed clash|3|2025-10-20",
        ),
        # acts placed inside the operation told
        (
            "Russian troops seized the village of Kurakhivka on Sunday, the Russian defence "
            "ministry said. Ten Ukrainian soldiers were killed and three were taken prisoner "
            "during the assault.",
            "Government regains territory|10|2025-10-19",
        ),
        # a sentence going on to a separate act
        (
            "Police raided a gang hideout in Port-au-Prince on Monday. Two officers were "
            "wounded in the raid, and in a separate incident gunmen killed a bus driver in "
            "Carrefour.",
            "Armed clash|0|2025-10-20;Attack|1|2025-10-20",
        ),
        # a strike on civilians told after a ground fight: another event; strikes on the
        # other side's positions back the fight
        (
            "Troops fought ADF rebels near Beni on Monday. Rebel mortars also hit a market in "
            "the town, killing three traders.",
            "Armed clash|0|2025-10-20;Shelling/artillery/missile attack|3|2025-10-20",
        ),
        (
            "Sudanese army forces clashed with RSF fighters near El Fasher on Monday. Army jets "
            "also bombed RSF positions east of the city.",
            "Armed clash|0|2025-10-20",
        ),
    ],
)
def test_round17_rules_on_other_wording(pipeline: Pipeline, text: str, expected: str) -> None:
    assert _read(pipeline, text) == expected
