"""Round-9 casualty shapes: a companion named by a possessive after a long name, "lost his
life", a long aside naming some of the group, a death told after "; he" or "where she", "the
other" sharing a fate, a side's own dead left behind; and deaths that are no count of the act
(a crowd's grievance, a relative clause of another person, "who lives"). Then the figures read
against their neighbours: a second source's higher claim, a lone bomber's own death, and the
dead left behind by a withdrawing side beside the other side's dead."""

from __future__ import annotations

from datetime import date

import pytest
from tests.pipeline.test_numbers import _pipeline_full, run

from dateline.model import Article


def killed(text: str) -> list[int]:
    return [n.value for n in run(text, date(2024, 9, 20)).numbers if n.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three porters and their guide were killed when the trail was shelled.", [4]),
        ("Two constables of the Frontier Corps Balochistan and their cook died in the blast.", [3]),
        ("A ranger lost his life in the ambush on the park road.", [1]),
        (
            "Seven farmers, among them a boy who had gone out to fetch the cattle at dawn, "
            "were hacked to death.",
            [7],
        ),
        ("The gunman fled; she died before reaching the clinic.", [1]),
        ("The driver was taken to the district hospital, where he died at night.", [1]),
        ("Two guards were stabbed; one died at the scene and the other later in hospital.", [2]),
        ("Two guards were stabbed; one died at the scene and the other was treated.", [1]),
        ("The raiders retreated before dawn, leaving four of their dead behind.", [4]),
        ("Nine pupils, many of them girls who had stayed behind for the exam, died.", [9]),
        ("A cashier was shot in the chest by robbers and later died at the clinic.", [1]),
        ("Villagers buried the corpses of 6 fishermen on the shore.", [6]),
        ("Soldiers shot four youths dead and wounded 9 at the roadblock.", [4]),
        ("Gunmen shot the chief and his driver dead at the gate.", [2]),
        ("The raid left 6 dead and wounded scores, the mayor said.", [6]),
        ("The shelling left 30 dead and wounded.", []),
        ("At least 8 people - five soldiers and three civilians - were killed.", [8]),
        ("Five people, two 10-year-old boys and three women, were killed.", [5]),
        ("A pick-up driver and two 12-year-old boys were killed.", [3]),
        ("It was the third raid this year; in the previous two, 9 guards died.", [9]),
        ("On 2 May 2025, militants raided a post near Boni. Fatalities: 2 civilians.", [2]),
        ("On 2 May 2025, militants raided a post near Boni. Fatalities: none coded.", [0]),
        # translated local wording
        ("Three soldiers fell on the field of honour near Djibo.", [3]),
        ("Two traders lost the life and four found the death in the raid.", [2, 4]),
        ("Gunmen assassinated a councillor and slaughtered six herders.", [1, 6]),
        ("Rustlers slaughtered 40 cows near the river.", []),
    ],
)
def test_round_nine_casualty_shapes(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Traders angry over the death of a colleague blocked the road with logs.",
        "Students marched to demand justice for a classmate who died in detention.",
        "Crowds gathered after the announcement of the death of the detained activist.",
        "Pupils who marched through the town to mourn a teacher who died were dispersed.",
        "An officer who lives near the market said the shooting lasted an hour.",
        "Mourners who attended the funeral of a guard killed on Monday blocked the road.",
        "Relatives of the 9 porters killed in the landslide marched on the mine office.",
    ],
)
def test_round_nine_deaths_that_are_no_count_of_the_act(text: str) -> None:
    assert killed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second source's higher figure in the next sentence gives way to the first
        ("Gunmen killed 6 villagers on Friday, police said. Local leaders put the death "
         "toll at 15.", [6]),
        ("Raiders killed 4 herders, the governor said. A rights league advances a toll of "
         "9 dead.", [4]),
        ("Militiamen killed at least 15 villagers, residents said. Police confirmed 8 "
         "deaths.", [8]),
        ("Militiamen killed at least 15 villagers, residents said. Police said 8 bodies "
         "had been recovered so far.", [15, 8]),
        # more dead told in the sentence of a figure add to it
        ("A mine hit the truck, killing three guards, and another two died later in "
         "hospital.", [5]),
        # ... but not an update, nor more dead
        ("Gunmen killed 6 villagers, police said. The toll later rose to 15, officials "
         "said.", [6, 15]),
        ("Gunmen killed 6 villagers, police said. Residents said 4 more people were "
         "killed nearby.", [6, 4]),
        # a lone bomber's death told on its own adds to the victims' figure
        ("A suicide bomber killed 9 worshippers at the mosque, officials said. The bomber "
         "also died.", [10]),
        ("The attacker was shot dead by a guard.", [1]),
        ("A woman blew herself up at a checkpoint, killing two guards. She also died.", [3]),
        # the dead a withdrawing side left behind and the other side's dead are added
        ("The rebels withdrew after a long firefight, leaving two bodies behind. Three "
         "policemen lost their lives, a spokesman said.", [5]),
        ("The attackers fled, leaving five bodies.", [5]),
        # ... but not a part of the dead, nor the victims the side left dead, nor another attack
        ("The attackers withdrew, leaving 4 dead, police said. Among the dead were two "
         "soldiers.", [4]),
        ("The gang fled, leaving 3 farmers dead. Two gang members were killed later.", [3, 2]),
        ("Gunmen killed 3 people in Kano, police said. In a separate attack in Kaduna, "
         "gunmen killed 9 people, residents said.", [3, 9]),
    ],
)
def test_round_nine_figures_read_with_their_neighbours(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


def test_more_dead_on_another_day_stay_apart() -> None:
    """A day between the two figures: two acts, each with its own dead."""
    text = ("Bandits killed 2 herders on Friday and a further 3 people were shot dead on "
            "Saturday.")
    doc = _pipeline_full()(Article("t", text, date(2024, 9, 23)))
    assert [n.value for n in doc.numbers if n.kind == "killed"] == [2, 3]


def test_a_doer_killed_on_a_day_of_its_own_is_no_victim_of_the_act_before() -> None:
    text = ("Gunmen killed 3 villagers in Kauru on Monday, police said. On Tuesday, the "
            "attacker was killed in a raid on a forest camp, the army said.")
    doc = _pipeline_full()(Article("t", text, date(2024, 9, 25)))
    assert [n.value for n in doc.numbers if n.kind == "killed"] == [3, 1]

