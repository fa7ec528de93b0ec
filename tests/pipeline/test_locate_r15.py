"""Round 15 (issues #4, #5): place_probes_r15.tsv, 30 reports in our own wording, 24 countries.

First score, before any round-15 fix (22:21 UTC, 26 Nov 2026), scored once: location within
25 km 0.833 (25/30), admin1 0.867 (26/30), geo_precision 0.667 (20/30). Misses: 'near Pattani
(Mueang Pattani, Pattani)' found no place at all (spaCy called 'Mueang Pattani' a person, so
every 'Pattani' was read as a person's name); 'a village outside the departmental capital
Choluteca' read as the department (p3); a feature filed from KAYA coded at Dablo, a town of
its background list ('come mostly from Barsalogho and Dablo'); 'the rural settlement of La
Esperanza, in the municipality of Tame' coded at a far La Esperanza ('the municipality of
Tame' read as a division abroad); the Aguililla report yields no event; 'National Capital'
for ACLED's National Capital District; 'Sirwah district (Marib)' coded at Marib city p1;
precision 2 for 'the western suburbs of Dili' and 'the Comas district of Lima (Lima, Lima)',
3 for 'the governorate building in Diyarbakir (Diyarbakir)' (the dotless i of 'Diyarbakır'
kept the town from meeting its name), 1 for 'the road linking Titao to Ouahigouya', 2 for
'the town of Gwoza, in the Gwoza local government area'.
After the round-15 fixes: 0.967 / 0.967 / 0.967 (29 of 30 each; the same with the frame vote
on). Left: the Aguililla report (no event: not a place error).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.pipeline.test_locate_r14 import published
from tests.pipeline.test_places import first_event, probe_scores

PROBES_R15 = Path(__file__).parent / "data" / "place_probes_r15.tsv"
ROUND15_FLOORS = (0.94, 0.94, 0.94)


def test_round15_place_probes_score_above_the_floors():
    scores, misses = probe_scores(PROBES_R15, published)
    for column, floor in enumerate(ROUND15_FLOORS):
        assert scores[column] >= floor, (column, scores[column], misses)


def test_a_person_spacy_finds_in_a_notes_parenthesis_is_a_place():
    ev = first_event("On 2 May 2025, gunmen shot dead a teacher near Narathiwat (Mueang "
                     "Narathiwat, Narathiwat). 1 fatality.", date(2025, 5, 3))
    assert ev.country == "Thailand" and ev.geo_precision == 2


def test_a_provincial_capital_named_as_such_is_the_town():
    ev = first_event("LIMA, Aug 20 - Soldiers exchanged fire with rebels in a hamlet near the "
                     "provincial capital Huanta on Tuesday, the army said.")
    assert ev.location == "Huanta" and ev.geo_precision == 2


def test_a_capital_dateline_yields_when_the_event_is_only_in_a_region():
    ev = first_event("TEGUCIGALPA, March 4 - Villagers in southern Honduras beat to death a "
                     "man they accused of theft on Sunday night, police said.\n\nHe was seized "
                     "by residents of a village outside the departmental capital Choluteca.")
    assert ev.admin1 == "Choluteca"


def test_the_municipality_of_a_town_is_that_towns():
    ev = first_event("Tame - Ten families fled the rural settlement of La Esperanza, in the "
                     "municipality of Tame, after ELN fighters shot dead a farmer there on "
                     "Thursday, the ombudsman said.")
    assert ev.admin1 == "Arauca" and ev.geo_precision == 2


def test_a_road_linking_two_towns_is_near_the_first():
    ev = first_event("On 2 April 2025, a convoy struck a landmine on the road linking Titao to "
                     "Ouahigouya (Loroum, Nord). 3 soldiers were killed.", date(2025, 4, 3))
    assert ev.location == "Titao" and ev.geo_precision == 2


def test_suburbs_and_named_districts_are_the_city_itself():
    ev = first_event("DILI, East Timor - Rival gangs fought with machetes in the western "
                     "suburbs of Dili on Saturday night, injuring eight people, police said.")
    assert ev.geo_precision == 1
    ev = first_event("On 22 March 2025, gunmen shot dead a driver in the Comas district of Lima "
                     "(Lima, Lima). 1 fatality.", date(2025, 3, 23))
    assert ev.location == "Lima" and ev.geo_precision == 1


def test_a_turkish_dotless_i_meets_the_plain_spelling():
    ev = first_event("On 6 February 2025, teachers marched to the governorate building in "
                     "Diyarbakir (Diyarbakir); police detained 9.", date(2025, 2, 7))
    assert ev.geo_precision == 1 and ev.location == "Diyarbakir"


def test_a_district_before_its_notes_province_is_the_place():
    ev = first_event("On 7 May 2025, Houthi fighters shelled government positions in Sirwah "
                     "district (Marib), killing 2 soldiers.", date(2025, 5, 8))
    assert ev.geo_precision == 2 and ev.admin1 == "Marib"
    assert abs(ev.latitude - 15.45) < 0.1 and abs(ev.longitude - 45.02) < 0.1


def test_the_town_of_a_feature_is_not_one_of_a_background_list():
    ev = first_event("KAYA, Burkina Faso - The displaced who crowd into this provincial capital "
                     "come mostly from Barsalogho and Dablo.\n\nOn Saturday the militants "
                     "reached the town itself, firing on a gendarmerie post. Two gendarmes "
                     "were killed, a security source said.")
    assert ev.location == "Kaya"


def test_a_day_of_remembrance_before_the_town_is_no_place():
    ev = first_event("On 10 October 2025, police dispersed traders marking Mashujaa Day with a "
                     "march in Embu town (Embu); 4 were arrested.", date(2025, 10, 11))
    assert ev.location == "Embu" and ev.admin1 == "Embu"


def test_kufra_is_a_town_of_its_district():
    ev = first_event("TRIPOLI, Libya, May 3 - Traffickers shot dead three Sudanese migrants who "
                     "tried to escape from a warehouse in Kufra on Friday, a rights group said.")
    assert ev.location == "Kufra" and ev.geo_precision == 1 and ev.admin1 == "Al Kufrah"


def test_the_town_itself_outranks_the_area_named_after_it():
    ev = first_event("Maiduguri - A land dispute between two families in the town of Gwoza, in "
                     "the Gwoza local government area, turned into a fight with machetes on "
                     "Sunday that left one man dead.")
    assert ev.location == "Gwoza" and ev.geo_precision == 1
