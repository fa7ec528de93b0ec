"""Round 11 of the fatality rules (issue #5): shapes from the ninth edition's dev errors, in
our own wording (fatality_date_probes_r11.tsv scores them end to end)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.pipeline.test_numbers import run


def killed(text: str) -> list[int]:
    return [n.value for n in run(text, date(2025, 9, 20)).numbers if n.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attacker's own death told after his victims, with another doer
        ("A man armed with a knife killed a passer-by outside the station on Monday before "
         "police shot him dead, prosecutors said.", [2]),
        ("An attacker stabbed two people to death at a bus stop and was then shot dead by "
         "police, officials said.", [3]),
        ("A gunman who killed a police officer at a checkpoint on Sunday was himself killed "
         "in the exchange of fire that followed.", [2]),
        # a breakdown aside adds no one
        ("Two men, one from each family, were killed and four others wounded.", [2]),
        ("Three men, two from one clan and one from the other, were killed.", [3]),
        ("Twelve soldiers, 26 rebels and a civilian were killed in the fighting.", [39]),
        # a long group name closed by its head noun past the word limit
        ("Two suspected members of the Dawlah Islamiyah group were killed in a gunbattle.", [2]),
    ],
)
def test_round_eleven_casualty_shapes(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


def test_the_subject_doing_it_again_is_no_death_of_his() -> None:
    assert killed("A gunman killed a shopkeeper before he shot him dead in the street.") != [2]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students gathered outside the university gate after a student was "
        "stabbed to death by robbers the previous week, demanding more police patrols.",
        "Several hundred people gathered in front of the Presidency building after a woman "
        "was killed by her former partner, demanding harsher penalties.",
        "Hundreds of students sat down at the main intersection to demand the arrest of the "
        "robbers who stabbed a classmate to death last week.",
    ],
)
def test_a_death_that_brought_a_crowd_out_is_no_casualty_of_it(text: str) -> None:
    assert killed(text) == []


def test_a_doers_killing_after_an_act_still_counts() -> None:
    assert killed("Gunmen set fire to houses in the village after killing 3 villagers.") == [3]


def test_a_note_summary_coding_each_side_adds_them() -> None:
    found = killed("On 19 September 2025, rebels ambushed an army patrol near Borongan. "
                   "1 soldier killed; rebel fatalities coded as 3.")
    assert found[-1] == 4


def test_an_earlier_report_is_superseded_by_the_risen_toll() -> None:
    doc = run("The death toll from Monday's bombing of a police station in Bannu rose to 12 on "
              "Tuesday, officials said. Nine had been reported killed on the day.",
              date(2025, 12, 10))
    assert [n.value for n in doc.numbers if n.kind == "killed"] == [12]
