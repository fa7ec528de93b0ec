"""Round 14 (issues #4, #5): place_probes_r14.tsv, 30 reports in our own wording, 23 countries.

First score, before any round-14 fix (20:08 UTC, 26 Nov 2026), scored once: location within
25 km 0.700 (21/30), admin1 0.733 (22/30), geo_precision 0.700 (21/30). (A first run with one
publication date for every row, 2025-06-15, found no event at all in 8 of the notes, dated
months before it: a harness error, not a place error; each note is now published the day after
its date.) Misses: 'the Las Malvinas barrio', 'the Colonia Kennedy', 'the colonia Guadalupe
Victoria' read as the Falklands, Bogota's Kennedy and a Durango town in reports on
Barranquilla, Tegucigalpa, Culiacan; 'Indre-et-Loire' cut into 'Indre' and 'et-Loire' (Loire);
'Songwe' read as the town Songwa (the generated division table calls Songwe 'Mbeya'); 'Mendi -'
read as Ethiopia's Mendi (nothing in the text says Papua New Guinea); 'at Chittagong University'
lost to the dateline (the matcher dropped a name before 'University'); 'Benisheikh, west of
Maiduguri' coded at Maiduguri; precision 1 for 'Qursaya Island (Giza)', 'Sonargaon upazila',
'the southern entrance to the city of Sidon', 'the hills overlooking Walikale centre', and 3
for 'the Saxony-Anhalt state parliament' (Magdeburg); the Trujillo report yields no event (not
a place error). Two precision golds were corrected afterwards, to p1: 'Sonargaon upazila
(Narayanganj, Dhaka)' (the dev corpus codes that very phrase p1, bgd-701) and 'the southern
entrance to the city of Sidon' (five corpus notes code 'the entrance of/to X' p1, one p2);
with them the first score reads 0.700 / 0.733 / 0.767.
After the round-14 fixes (20:40 UTC): 0.933 / 0.933 / 0.967 (28, 28, 29 of 30). Left: Mendi
(nothing in the text says Papua New Guinea) and the Trujillo report (no event).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from tests.pipeline.test_places import first_event, probe_scores

PROBES_R14 = Path(__file__).parent / "data" / "place_probes_r14.tsv"
ROUND14_FLOORS = (0.91, 0.91, 0.94)
NOTE_DATE = re.compile(r"\b(\d{1,2} [A-Z][a-z]+ 20\d\d)")


def published(text: str) -> date:
    """The day after a note's own date; wire and local reports: a fixed day."""
    found = NOTE_DATE.search(text)
    if found is None:
        return date(2025, 6, 15)
    return datetime.strptime(found.group(1), "%d %B %Y").date() + timedelta(days=1)


def test_round14_place_probes_score_above_the_floors():
    scores, misses = probe_scores(PROBES_R14, published)
    for column, floor in enumerate(ROUND14_FLOORS):
        assert scores[column] >= floor, (column, scores[column], misses)


def test_a_named_part_of_the_reports_city_is_no_namesake_elsewhere():
    ev = first_event("Santo Domingo - Police said a man was shot dead on Saturday night in "
                      "the Cienfuegos sector during a quarrel between neighbours.")
    assert ev.country == "Dominican Republic"
    ev = first_event("Medellin - Gunmen killed two brothers outside a bakery in the barrio "
                      "Manrique on Sunday, police said.")
    assert ev.country == "Colombia" and ev.location == "Medellin"


def test_a_piece_of_a_hyphenated_division_names_no_place():
    ev = first_event("ANGERS, France - Farmers threw stones at police outside the "
                      "Maine-et-Loire prefecture in Angers on Monday, and officers fired tear "
                      "gas.")
    assert ev.location == "Angers"


def test_generated_division_names_are_corrected_by_code():
    ev = first_event("On 3 May 2025, traders blocked the main road in Tunduma (Tunduma, "
                      "Songwe) with burning tyres; police fired tear gas.", date(2025, 5, 4))
    assert ev.admin1 == "Songwe" and ev.location == "Tunduma"


def test_named_actors_say_the_country_of_a_dateline_namesake():
    ev = first_event("Leer - SSPDF troops and SPLA-IO fighters clashed near the market on "
                      "Sunday, killing three soldiers, the county commissioner said.")
    assert ev.country == "South Sudan"


def test_a_district_in_a_notes_parenthesis_is_in_the_provinces_country():
    ev = first_event("On 4 May 2025, protesters blocked a road in Taiz city (Al Qahirah, "
                      "Taizz) over unpaid salaries.", date(2025, 5, 5))
    assert ev.country == "Yemen" and ev.location == "Taiz"


def test_a_town_named_in_a_university_outranks_the_dateline():
    ev = first_event("DHAKA, May 6 - Activists of two rival student groups clashed with sticks "
                      "and bricks at Khulna University on Monday, injuring 20 students, police "
                      "said.")
    assert ev.admin1 == "Khulna"


def test_a_reference_point_yields_to_the_town_it_locates():
    ev = first_event("PESHAWAR, Pakistan - Militants attacked a police post in Bannu, south "
                      "of Peshawar, on Friday night, killing two officers.")
    assert ev.location == "Bannu"


def test_a_provinces_building_is_coded_at_its_seat_as_the_town():
    ev = first_event("DRESDEN, Germany - Protesters threw paint at the Saxony state "
                      "parliament on Tuesday, police said.")
    assert ev.geo_precision == 1 and ev.location == "Dresden"


def test_an_unknown_place_before_a_notes_parenthesis_is_near_its_town():
    ev = first_event("On 2 May 2025, residents of Dahab Island (Giza) protested against "
                      "evictions; police arrested 4.", date(2025, 5, 3))
    assert ev.location == "Giza" and ev.geo_precision == 2


def test_overlooking_a_town_is_near_it():
    ev = first_event("On 2 May 2025, M23 fighters shelled army positions on the hills "
                      "overlooking Rutshuru centre (Rutshuru, North Kivu). Two soldiers were "
                      "killed.", date(2025, 5, 3))
    assert ev.geo_precision == 2


def test_a_double_dateline_is_where_the_report_was_filed():
    ev = first_event("KYIV/MOSCOW, May 3 - A Russian drone hit an apartment block in Kharkiv "
                      "on Friday, killing three people, the regional governor said.")
    assert ev.location == "Kharkiv"
