"""Round-8 casualty shapes: a part of the dead, a loss of men, figures per side, a breakdown
of a total, names after "the bodies of" and a group named after "the dead"."""

from __future__ import annotations

from datetime import date

import pytest
from tests.pipeline.test_numbers import run


def killed(text: str) -> list[int]:
    return [n.value for n in run(text, date(2024, 5, 10)).numbers if n.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight villagers died in the raid. Among the dead were two children.", [8]),
        ("Among the dead were 4 militiamen, the army said.", [4]),
        ("A customs officer was among those killed in the ambush.", [1]),
        ("The rebels lost 11 fighters in the assault.", [11]),
        ("The militia loses six men in a failed raid on the camp.", [6]),
        ("The herders killed 3 farmers on each side of the valley road.", [6]),
        ("Two youths from each clan were killed in the feud.", [4]),
        ("The clash left five dead on either side.", [10]),
        ("The raid killed six people, four men and two boys, near the well.", [6]),
        ("Troops killed 4 insurgents, 2 guards and a cook at the depot.", [7]),
        ("Police found the bodies of Amina Yusuf and Halima Bello in a farm.", [2]),
        ("The dead, three Nigeriens and a Malian, were buried on Monday.", [4]),
        ("The victims, a nurse and her husband, were hacked to death.", [2]),
        ("Six girls under the age of 12 died in the blaze.", [6]),
        ("Two brothers aged 9 and 11 were shot dead at the gate.", [2]),
        ("Soldiers shot dead three men aged 20, 25 and 31 and a boy.", [4]),
    ],
)
def test_round_eight_casualty_shapes(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A trader who lost his son in the attack spoke to reporters.",
        "The party lost 40 seats in the election.",
        "They marched against the killing of Christians in the state.",
    ],
)
def test_round_eight_shapes_that_are_no_count(text: str) -> None:
    assert killed(text) == []


def test_both_sides_is_a_total() -> None:
    assert killed("Five people died on both sides of the dispute.") == [5]


def test_a_part_of_the_dead_far_from_a_total_is_its_own_count() -> None:
    text = (
        "Five soldiers died in an ambush near Kidal. The army sent reinforcements. "
        "Roads were closed. Markets shut early. In Gao, among the dead were two policemen."
    )
    assert killed(text) == [5, 2]
