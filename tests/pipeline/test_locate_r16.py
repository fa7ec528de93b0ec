"""Round 16 (issues #4, #5): place_probes_r16.tsv, 30 reports in our own wording, 21 countries.

First score, before any round-16 fix (01:16 UTC, 27 Nov 2026), scored once: location within
25 km 0.767 (23/30), admin1 0.667 (20/30), geo_precision 0.900 (27/30). Misses: notes naming
no country whose parenthesis names the division were coded at a bigger namesake abroad
('Leon (Leon)' at Leon, Guanajuato; 'Merida (Libertador, Merida)' at Yucatan's Merida; 'San
Cristobal (San Cristobal)' in Tachira; 'Tripoli (Tripoli, North)' in Libya) or at the country
a flag or a slogan names ('Diraz (Northern)' ... 'Palestinian flags' coded in Jerusalem);
ACLED's spelling of four divisions (Grodno, Assiut, Larnaca, Haute Matsiatra); 'a village of
Katsina's Faskari area' coded at Katsina; 'the Siloe neighbourhood of the city' (a Cali
dateline) read as a namesake abroad; precision 3 for 'Santiago (Santiago, Santiago)', 2 for
'the Bab al-Tabbaneh district of Tripoli (...)'.
After the round-16 fixes: 0.967 / 0.967 / 0.967 (the same with the frame vote on). Left:
Diraz (the gazetteer lacks it: a fuzzy Iranian namesake wins, then the flags' Palestine).
The tests after the table pin each mechanism, in new wording, including those found on the
tenth edition's dev errors after the table was scored (a byline in a local dateline, spaCy's
entity across a note's bracket, 'Baringo South near Kabarnet', 'in May Pen, Clarendon', a
city's district read as its municipality, a headline's town told again in the body).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.pipeline.test_locate_r14 import published
from tests.pipeline.test_places import first_event, full_pipeline, probe_scores

from dateline.model import Article

PROBES_R16 = Path(__file__).parent / "data" / "place_probes_r16.tsv"
ROUND16_FLOORS = (0.94, 0.94, 0.94)


def test_round16_place_probes_score_above_the_floors():
    scores, misses = probe_scores(PROBES_R16, published)
    for column, floor in enumerate(ROUND16_FLOORS):
        assert scores[column] >= floor, (column, scores[column], misses)


def test_a_notes_parenthesis_names_the_division_of_the_town_before_it():
    ev = first_event("On 3 May 2025, students marched through Leon (Leon) against the "
                     "government; police detained 4. [size=dozens]", date(2025, 5, 4))
    assert ev.country == "Nicaragua" and ev.admin1 == "Leon"
    ev = first_event("On 3 May 2025, students marched through Merida (Libertador, Merida) to "
                     "demand better pay; police blocked them. [size=dozens]", date(2025, 5, 4))
    assert ev.country == "Venezuela"


def test_a_division_in_the_parenthesis_outweighs_a_flag_or_a_slogan():
    ev = first_event("On 3 October 2025, dozens of people marched through Sitra (Capital) "
                     "carrying Palestinian flags and chanting against normalisation with "
                     "Israel. [size=dozens]", date(2025, 10, 4))
    assert ev.country == "Bahrain" and ev.geo_precision == 1


def test_the_district_of_a_city_in_a_note_stays_the_city():
    ev = first_event("On 13 May 2025, gunmen shot dead a bus driver in the San Juan de "
                     "Lurigancho district of Lima (Lima, Lima). 1 fatality.", date(2025, 5, 14))
    assert ev.location == "Lima" and ev.geo_precision == 1


def test_acled_spells_these_divisions_its_own_way():
    ev = first_event("On 25 March 2025, police detained 4 activists who laid flowers at a "
                     "memorial in Lida (Grodno).", date(2025, 3, 26))
    assert ev.admin1 == "Grodno"
    ev = first_event("On 7 November 2025, dozens of residents protested outside the town hall "
                     "of Aradippou (Larnaca). [size=dozens]", date(2025, 11, 8))
    assert ev.admin1 == "Larnaca"


def test_a_place_a_province_owns_is_the_event_place():
    ev = first_event("KANO, Nigeria, March 3 - Bandits killed four vigilantes in a village of "
                     "Katsina's Faskari area on Sunday, police said.")
    assert ev.location == "Faskari"


def test_a_named_district_of_the_city_read_far_away_is_still_the_city():
    ev = first_event("KHARKIV, Ukraine, Oct 22 - Two people were killed when Russian aircraft "
                     "dropped guided bombs on Kharkiv's Industrialnyi district late on Tuesday, "
                     "the governor said.")
    assert ev.location == "Kharkiv" and ev.geo_precision == 1


def test_a_neighbourhood_of_the_city_is_the_datelines_city():
    ev = first_event("CALI, Colombia, Oct 3 - Gunmen shot dead two young men in the Siloe "
                     "neighbourhood of the city on Thursday night, police said.")
    assert ev.location == "Cali" and ev.geo_precision == 1


def test_a_local_dateline_with_a_bracketed_byline_is_the_place_filed_from():
    ev = first_event("BAJAUR (correspondent): A roadside bomb struck the vehicle of a tribal "
                     "elder in Mamund tehsil on Sunday morning, killing the elder.")
    assert ev.country == "Pakistan" and ev.admin1 == "Khyber Pakhtunkhwa"


def test_an_entity_spacy_runs_across_a_notes_bracket_is_still_the_town():
    ev = first_event("On 2 September 2025, boda boda riders marched through Jinja (Jinja) to the "
                     "district offices against new fees. [size=dozens]", date(2025, 9, 3))
    assert ev.country == "Uganda" and ev.geo_precision == 1


def test_a_georgian_region_as_acled_spells_it_places_the_town():
    ev = first_event("On 12 April 2025, several hundred people marched to the municipal "
                     "building in Poti (Samegrelo-Zemo Svaneti) waving EU flags. The march "
                     "ended without incident. [size=several hundred]", date(2025, 4, 13))
    assert ev.country == "Georgia" and ev.admin1 == "Samegrelo-Zemo Svaneti"


def test_a_town_read_inside_a_longer_compass_name_yields_to_the_town_named_whole():
    ev = first_event("On 20 September 2025, bandits and police reservists exchanged fire in "
                     "the hills of Baringo South near Kabarnet (Baringo Central, Baringo). 3 "
                     "fatalities.", date(2025, 9, 21))
    assert ev.location == "Kabarnet" and ev.geo_precision == 2


def test_a_name_opened_by_a_month_word_after_in_is_read_whole():
    ev = first_event("KINGSTON, Feb 4 - Two men were shot dead by police in a gunfight in May "
                     "Pen, Clarendon, on Monday afternoon, the constabulary said.")
    assert ev.country == "Jamaica" and ev.location == "May Pen"


def test_azerbaijans_city_divisions_carry_acled_names():
    ev = first_event("Police in Ganja on Monday detained three journalists of an independent "
                     "online outlet on smuggling charges, their lawyers said.")
    assert ev.admin1 == "Ganja"


def test_a_named_district_of_a_city_read_as_its_municipality_is_the_city():
    ev = first_event("RECIFE, Brazil, May 3 - Police killed four suspected gang members in a "
                     "raid on the Coque district of Recife, the capital of Pernambuco state, "
                     "officials said.")
    assert ev.location == "Recife" and ev.geo_precision == 1


def test_a_headlines_town_yields_to_the_same_town_told_in_detail_below():
    ev = first_event("Two traders shot dead by bandits in Garissa\n\nBandits shot dead two "
                     "traders on a road outside Garissa town on Friday night, police said.")
    assert ev.location == "Garissa" and ev.geo_precision == 2


def test_the_town_a_report_points_back_to_is_not_its_capital_dateline():
    text = ("NAIROBI, Kenya, May 6 - Bandits ambushed a lorry on the road north of Marsabit on "
            "Sunday, killing its driver, police said.\n\nOn Monday, police shot dead two "
            "suspected bandits in a forest outside the town, a police commander said.")
    events = full_pipeline()(Article("t", text, published=date(2025, 5, 6))).events
    assert len(events) == 2 and all(ev.location == "Marsabit" for ev in events)
