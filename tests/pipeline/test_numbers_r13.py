"""Fatalities round 13 (issue #4): the mechanisms of the round, each in new wording with a
guard against the reading it must not make (the probe table is fatality_date_probes_r13.tsv,
scored in test_fatality_date_probes.py)."""

from __future__ import annotations

from datetime import date

from tests.pipeline.test_places import full_pipeline

from dateline.model import Article


def dead(text: str, published: date = date(2025, 6, 30)) -> list[int]:
    return [e.fatalities for e in full_pipeline()(Article("t", text, published)).events]


def killed_figures(text: str) -> list[int]:
    doc = full_pipeline()(Article("t", text, date(2025, 6, 30)))
    return [n.value for n in doc.numbers if n.kind == "killed"]


def test_the_authorities_inquiry_into_a_killing_counts_its_dead():
    assert dead("ABUJA, June 30 - Police have opened an investigation into the killing of "
                "four traders whose bodies were found near Lokoja on Sunday.") == [4]


def test_an_inquiry_a_crowd_demands_is_its_grievance():
    assert killed_figures("Hundreds of students marched in Ibadan on Monday to demand an "
                          "investigation into the killing of two classmates by police.") == []


def test_a_toll_of_clashes_between_two_sides_is_the_figure_after_it():
    assert killed_figures("Basra - The death toll from Friday's fighting between two clans in "
                          "the north of the province rose to six, a police source said.") == [6]


def test_a_toll_given_as_a_range_keeps_its_lower_end():
    assert killed_figures("The death toll stood at between 12 and 15 after the raid.") == [12]


def test_a_crowds_claim_about_another_event_is_no_casualty_of_its_protest():
    text = ("On 9 May 2025, a drone struck a camp near Dapchi (Bursari, Yobe), killing 7 "
            "militants according to the army. On the same day, [size=no report] residents "
            "protested in Dapchi, claiming that 3 farmers had been killed in the strike; they "
            "dispersed peacefully.")
    assert dead(text, date(2025, 5, 10)) == [7, 0]


def test_a_headlines_bare_victim_after_a_killing_verb_is_one():
    assert killed_figures("Mob beats man to death in Kasese over phone theft") == [1]
    assert killed_figures("Gunmen kill teenage boy in Kano") == [1]


def test_no_bare_victim_after_a_noun_or_an_attributive_participle():
    assert killed_figures("Hundreds marked the anniversary of the death of opposition leader "
                          "Boris Nemtsov.") == []
    assert killed_figures("They found an executed man in a ravine.") == [1]


def test_shot_dead_before_an_article_is_counted_once():
    assert killed_figures("On 9 June 2025, gunmen shot dead a trader on the road to Bangui.") == [1]
