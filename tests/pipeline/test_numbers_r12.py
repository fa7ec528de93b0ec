"""Round 12 of the fatality rules (issue #5): shapes from the tenth edition's dev errors, in
our own wording (fatality_date_probes_r12.tsv scores them end to end)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.pipeline.test_numbers import run
from tests.pipeline.test_places import full_pipeline

from dateline.model import Article


def killed(text: str, published: date = date(2025, 9, 20)) -> list[int]:
    return [n.value for n in run(text, published).numbers if n.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age in words after a noun for one person is no count
        ("A man of about forty died on Sunday after being struck by a bullet.", [1]),
        ("A woman of around sixty was shot dead at the market on Tuesday.", [1]),
        # the bomber named before his victims
        ("A man blew himself up outside a police station, killing himself and a guard.", [2]),
        ("The bomber detonated his vest at the gate, killing himself and three soldiers.", [4]),
        # 'them to death' after the people named, a pair included
        ("Gunmen dragged two tribal men from their homes and hacked them to death.", [2]),
        ("Maoists dragged a village headman and his son out of their house and beat them to "
         "death, police said.", [2]),
        ("A crowd dragged two elderly women and a man from their homes and burned them to "
         "death, police said.", [3]),
        # the sources of the report listed after the dead
        ("Fighters ambushed a police vehicle, killing at least five officers, two residents "
         "and a health worker at the local hospital said.", [5]),
        ("Gunmen killed three soldiers, two civilians and a policeman in the attack, police "
         "said.", [6]),
        # a relative aside describing the group, quotes included
        ("The ministry said two of its members and three of the attackers, whom it described "
         'as "remnants of the former regime", were killed.', [5]),
        ("Two gendarmes and four of the fighters, who the army said belonged to a group "
         "calling itself the Bui Warriors, were killed.", [6]),
        # a long group name closed by a kind word and its head noun
        ("Four suspected members of the Terceiro Comando Puro drug gang were killed in the "
         "raid.", [4]),
        ("Five alleged members of the Barrio Azteca criminal group were shot dead by "
         "soldiers.", [5]),
        # "in a befitting manner and three ...": a manner is no one listed
        ("Troops repulsed the raid in a befitting manner and four terrorists were sent to "
         "hell, while one soldier embraced martyrdom.", [4, 1]),
        ("A Somali and two Kenyans were killed in the blast.", [3]),
        # a determiner opening a relative clause names one person
        ("A bomb struck the car of a councillor, as a result of which the councillor and his "
         "guard were martyred.", [2]),
    ],
)
def test_round_twelve_casualty_shapes(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of young people marched through the city centre to mark a year since the "
        "protests of June 2024, when at least 19 people were shot dead by police.",
        "Coca growers blocked the highway to remember the 2019 Sacaba massacre, in which 10 "
        "people died, and to demand compensation.",
    ],
)
def test_the_toll_of_a_past_event_an_anniversary_recalls_is_not_counted(text: str) -> None:
    assert killed(text, date(2025, 11, 15)) == []


def test_a_past_relative_early_in_the_year_may_be_the_acts_own() -> None:
    found = killed("On 30 December 2024, gunmen raided the village of Kukawa, where 3 people "
                   "were killed.", date(2025, 1, 2))
    assert found == [3]


def _fatalities(text: str, published: date) -> list[int]:
    return [e.fatalities for e in full_pipeline()(Article("t", text, published)).events]


def test_a_notes_closing_total_stays_with_the_event_that_told_it() -> None:
    found = _fatalities(
        "On 2 March 2025, ELN fighters clashed with FARC dissidents near Tame (Tame, Arauca); "
        "3 combatants were killed. On 3 March 2025, residents of Tame marched to demand an end "
        "to the fighting. 3 fatalities.", date(2025, 3, 4))
    assert found == [3, 0]


def test_a_single_events_closing_total_still_supersedes() -> None:
    found = _fatalities(
        "On 4 April 2025, militants attacked an army post near Tillaberi (Tillaberi, Tillaberi), "
        "killing several soldiers. The army said the attackers fled. 4 fatalities.",
        date(2025, 4, 5))
    assert found == [4]


def test_a_figure_told_for_each_day_of_a_span_counts_every_day() -> None:
    found = _fatalities(
        "Between 4 and 6 June 2025, rival cattle herders fought near Rumbek (Rumbek Centre, "
        "Lakes). 3 men were killed on each day.", date(2025, 6, 7))
    assert sum(found) == 9
    assert killed("On 5 May 2025, gunmen killed 3 people on each day of the Eid holiday in "
                  "Kano (Kano, Kano).", date(2025, 5, 6)) == [3]
