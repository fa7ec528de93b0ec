"""Cross-stage fixes of session 8 (issue #4): crossfix8.tsv, 24 reports in our own wording.

First score, before any fix (23:22 UTC, 26 Nov 2026), scored once: fatalities 0.917 (22/24),
injuries 0.125 (1/8), location within 25 km 0.875 (7/8). Misses: 'The dead included the attacker
and four soldiers' after 'killing nine people' counted the bomber again (10); every 'lightly /
critically / slightly / seriously / moderately / badly wounded' but one ('left two officers
seriously injured') gave no injuries, also in 'Three officers were seriously wounded and one was
killed'; a feature without a dateline naming 'Mocimboa da Praia, more than 250 km north of
Pemba' coded at the reference point Pemba; 'Gunmen killed five civilians' in the sentence after
'A village near Djibo came under attack' counted no one (0).
After the fixes: fatalities 1.000 (24/24), injuries 1.000 (8/8), location 0.875 (7/8; the same
with the frame vote on). Left: 'Fear has returned to Mocimboa da Praia' reads the town as a
destination ('returned to', place_words.is_elsewhere), so only Pemba is left (not a locate
rule: the town is no candidate at all).

crossfix8_riots.tsv (kind 4, from fra-1701: a death that moved a riot counted as the riot's):
8 reports, 8 countries, written after the fixes above and before this one, scored once:
fatalities 0.625 (5/8; 'youths set fire to cars ... after a teenager died', 'traders
ransacked stalls ... after a trader was shot dead' each counted 1; the Oruro miners' report
yields no event). After: 0.875 (7/8; left: the report without an event).

crossfix8_heldout.tsv: 10 more reports on the kinds of crossfix8.tsv (8 countries), written after
those fixes, scored once: fatalities 0.900, injuries 1.000 (3/3), location 0.667 (2/3); the
session-start rules score 0.800 / 0.333 / 0.667 on it. Misses: 'Twenty-one people, the bomber
included, were killed' counted no one (the aside read as a second listed group; fixed by
casualty_listed._past_inclusion: 1.000); 'Kuje's Gaube community, about 40 km south-west of
Abuja' coded at Kuje (no Gaube in the gazetteer; the probe's point is a guess at Gaube).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from dateline.gazetteer.resolve import distance_km
from dateline.model import Article, Event
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data" / "crossfix8.tsv"
RIOTS = Path(__file__).parent / "data" / "crossfix8_riots.tsv"
HELDOUT = Path(__file__).parent / "data" / "crossfix8_heldout.tsv"
FLOORS = {
    DATA: {"fatalities": 0.95, "injuries": 0.95, "location": 0.85},
    RIOTS: {"fatalities": 0.85},
    HELDOUT: {"fatalities": 0.95, "injuries": 0.95, "location": 0.6},
}


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def _checks(row: dict[str, str], events: list[Event]) -> dict[str, bool]:
    """Which of the row's scored columns the events get right (absent columns are left out)."""
    checks = {"fatalities": bool(events) and sum(e.fatalities for e in events)
              == int(row["fatalities"])}
    if row["injuries"] != "-":
        checks["injuries"] = bool(events) and sum(e.injuries for e in events) == int(
            row["injuries"])
    if row["lat"]:
        first = events[0] if events else None
        checks["location"] = (first is not None and first.latitude is not None
                              and first.longitude is not None
                              and distance_km(first.latitude, first.longitude, float(row["lat"]),
                                              float(row["lon"])) <= 25)
    return checks


def crossfix8_scores(pipeline: Pipeline, path: Path = DATA
                     ) -> tuple[dict[str, float], list[str]]:
    """Accuracy of each scored column of the table at ``path`` over the rows that score it,
    and the misses."""
    right: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    misses = []
    for row in _rows(path):
        article = Article(row["id"], row["text"], date.fromisoformat(row["published"]))
        events = pipeline(article).events
        for column, ok in _checks(row, events).items():
            scored[column] += 1
            right[column] += ok
            if not ok:
                got = [(e.location, e.fatalities, e.injuries) for e in events]
                misses.append(f"{row['id']} {row['kind']} {column}: {got}")
    return {c: right[c] / scored[c] for c in scored}, misses


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("path", sorted(FLOORS), ids=lambda p: p.name)
def test_crossfix8_probes_score_above_their_floors(pipeline: Pipeline, path: Path) -> None:
    scores, misses = crossfix8_scores(pipeline, path)
    print(scores, misses)
    for column, floor in FLOORS[path].items():
        assert scores[column] >= floor, (column, scores[column], misses)


def _one(pipeline: Pipeline, text: str) -> Event:
    events = pipeline(Article("t", text, date(2025, 6, 2))).events
    assert len(events) == 1, events
    return events[0]


def test_the_bomber_named_among_the_dead_later_is_counted_once(pipeline: Pipeline) -> None:
    told_later = ("KANO - A suicide bomber struck a market in Kano on Monday, killing 12 "
                  "people, police said. The attacker was among those killed, a medic said.")
    assert _one(pipeline, told_later).fatalities == 12
    not_told = ("KANO - A suicide bomber struck a market in Kano on Monday, killing 12 "
                "people. Among the injured were three children, a medic said.")
    assert _one(pipeline, not_told).fatalities == 13


def test_wounded_with_an_adverb_are_injuries_not_dead(pipeline: Pipeline) -> None:
    ev = _one(pipeline, "HERAT - Gunmen fired on a police post in Herat on Sunday. Two officers "
                        "were critically injured and one was killed, police said.")
    assert (ev.fatalities, ev.injuries) == (1, 2)


def test_an_and_clause_without_people_is_a_second_act(pipeline: Pipeline) -> None:
    ev = _one(pipeline, "NIAMEY - Gunmen killed seven villagers and stole cattle near "
                        "Tillaberi on Friday, the army said.")
    assert ev.fatalities == 7
    ev = _one(pipeline, "NIAMEY - At least 9 soldiers and auxiliaries were killed in an "
                        "ambush near Tillaberi on Friday, the army said.")
    assert ev.fatalities == 9


def test_a_reference_point_after_the_frames_town_yields_when_the_act_names_none(
        pipeline: Pipeline) -> None:
    ev = _one(pipeline, "Shops stayed shut in Tillaberi, about 110 kilometres north-west of the "
                        "capital Niamey, on Friday. Gunmen on motorbikes had killed three "
                        "traders at the weekly market, residents said.")
    assert ev.location == "Tillaberi"
    ev = _one(pipeline, "Fear has gripped Mocimboa da Praia, more than 250 km north of Pemba. "
                        "On Tuesday insurgents beheaded two fishermen on a beach, residents "
                        "told reporters.")
    assert ev.location == "Mocimboa da Praia"


def test_a_death_that_moved_a_riot_is_no_casualty_of_it(pipeline: Pipeline) -> None:
    ev = _one(pipeline, "LYON - Youths threw stones at police and set fire to bins in Venissieux "
                        "on Saturday night after a young man died in a police chase, officials "
                        "said.")
    assert ev.fatalities == 0
    ev = _one(pipeline, "LYON - Youths threw stones at police and set fire to bins in Venissieux "
                        "on Saturday night; one rioter was shot dead by police, officials said.")
    assert ev.fatalities == 1


def test_an_aside_naming_some_of_the_group_adds_no_one(pipeline: Pipeline) -> None:
    ev = _one(pipeline, "NIAMEY - Nine people, three children among them, died when gunmen "
                        "attacked a market in Diffa on Monday, officials said.")
    assert ev.fatalities == 9
