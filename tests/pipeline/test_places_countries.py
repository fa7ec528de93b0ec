"""Session 10, round y (issues #4, #5): three reported wrong countries, probed in our own
wording (12 short reports, 8 countries, 5 of them guards where the obvious reading is right).

First score, before any fix (frame vote off), scored once: country of the first event 0.583
(7/12). Misses: 'the community of Tula' after the dateline 'Chilapa -' read as Tula, Russia
(Chilapa has several Mexican readings only, so its clear country never voted in the second
pass; now a report's opening town votes for its country when every option near its choice
lies there); 'Datu Saudi Ampatuan' read as Saudi Arabia (twice: the country's word inside a
longer name); 'Nueva Mexicana Colonia, Tegucigalpa' read as Colonia, Uruguay; 'El Mazraa'
after 'Syrian army' read as the Israeli village. After the fixes: 0.667 (8/12): 'Datu Saudi
Ampatuan' is no longer Saudi Arabia, but the gazetteer lacks the town, so those reports have
no country (the Philippines expected); 'Colonia' and 'El Mazraa' are left (report px10y).
"""

from __future__ import annotations

import pytest
from tests.pipeline.test_places import full_pipeline
from tests.pipeline.test_places_abroad import events_of

from dateline.model import Article

COUNTRY_PROBES = [
    ("Chilapa - Residents of the community of Tula denounced that armed men burned three "
     "homes on Sunday and killed a farmer.", "Mexico"),
    ("Armed men killed a farmer in the village of Valencia, near Tierralta, Cordoba "
     "department, on Sunday, local officials said.", "Colombia"),
    ("Soldiers clashed with NPA rebels in the village of Toledo, near Tuburan, on Friday, "
     "leaving two rebels dead.", "Philippines"),
    ("Gunmen shot dead a village councillor in Datu Saudi Ampatuan, Maguindanao del Sur, on "
     "Tuesday, police said.", "Philippines"),
    ("Unidentified gunmen killed a teacher in Datu Saudi Ampatuan town on Monday night.",
     "Philippines"),
    ("Police arrested five men in Nueva Mexicana Colonia, Tegucigalpa, after a shootout on "
     "Monday that killed one officer.", "Honduras"),
    ("Syrian army shelling killed two civilians in El Mazraa on Saturday, the monitor said.",
     "Syria"),
    ("Regime artillery hit El Mazraa and Kafr Nabl in southern Idlib on Tuesday, killing a "
     "child.", "Syria"),
    ("Unknown assailants attacked a police post in Tula, near Kursk, on Wednesday, wounding "
     "two officers.", "Russia"),
    ("The Royal Thai Army said insurgents ambushed a patrol in Rueso district on Monday, "
     "killing one ranger.", "Thailand"),
    ("Fighters of the Free Syrian Army attacked government positions near Azaz on Monday, "
     "killing four soldiers.", "Syria"),
    ("Sudanese troops clashed with RSF fighters near El Fasher on Sunday; at least ten were "
     "killed.", "Sudan"),
]
COUNTRY_FLOOR = 0.65  # measured 0.667 after the fixes (first score 0.583)


def first_country(text: str) -> str | None:
    events = events_of(text)
    return events[0].country if events else None


def test_country_probes_score_above_the_floor():
    got = [first_country(text) for text, _ in COUNTRY_PROBES]
    hits = [g == want for g, (_, want) in zip(got, COUNTRY_PROBES, strict=True)]
    misses = [(text[:40], g) for g, (text, _), ok in zip(got, COUNTRY_PROBES, hits, strict=True)
              if not ok]
    assert sum(hits) / len(hits) >= COUNTRY_FLOOR, misses


@pytest.mark.parametrize("text", [
    "Chilapa - Residents of the community of Tula said gunmen burned three homes on Sunday.",
    "Chilapa: villagers of the community of Tula said gunmen killed a farmer on Monday.",
])
def test_a_dateline_town_with_readings_in_one_country_only_votes_for_it(text):
    assert first_country(text) == "Mexico"


def test_the_big_namesake_stays_when_the_article_points_to_it():
    assert first_country("Unknown assailants attacked a police post in Tula, near Kursk, on "
                         "Wednesday, wounding two officers.") == "Russia"


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a village councillor in Datu Saudi Ampatuan on Tuesday, police said.",
    "Unidentified gunmen killed a teacher in Datu Saudi Ampatuan town on Monday night.",
])
def test_a_country_word_inside_a_longer_name_is_no_country(text):
    assert first_country(text) != "Saudi Arabia"


@pytest.mark.parametrize(("text", "country"), [
    ("The Royal Thai Army said insurgents ambushed a patrol in Rueso district on Monday, "
     "killing one ranger.", "Thailand"),
    ("Fighters of the Free Syrian Army attacked government positions near Azaz on Monday, "
     "killing four soldiers.", "Syria"),
])
def test_a_country_word_in_an_actors_name_or_a_headline_still_votes(text, country):
    assert first_country(text) == country


def test_a_demonym_in_a_title_case_headline_still_votes():
    text = ("Gunmen Kill Nigerian Farmers In Remote Village\n"
            "Gunmen killed five farmers in a village on Sunday, police said.")
    doc = full_pipeline()(Article("t", text))
    assert any(p.span.text == "Nigerian" and p.place and p.place.country_code == "NG"
               for p in doc.places)


def test_two_ambiguous_names_in_one_country_do_not_vote_for_each_other():
    doc = full_pipeline()(Article("t", "The praise came from Johnson and Peters at the meeting."))
    assert not doc.places
