"""Round 13 (issues #4, #5): place_probes_r13.tsv, 34 reports in our own wording, 21 countries.

First score, before any round-13 fix (17:33 UTC, 26 Nov 2026), scored once: location within
25 km 0.765 (26/34), admin1 0.559 (19/34), geo_precision 0.765 (26/34). Misses: 'Las Piñas'
and 'Los Pinos' read as their namesakes in the Philippines and Mexico; the dateline town
losing to 'Delhi' named in passing after the event; 'Hays' unknown and the event put in
Frankfurt; 'Kasserine - ', 'Tataouine - ' not read as datelines (no place at all) and
'Machala. ' coded p2; one note with no event (Multan; not a place error); no ACLED split of
Shan and Bago (4); Bahrain's governorates misnamed (2); 'NCT' for Delhi; 'Andalusia'.
After the round-13 fixes (17:45 UTC): 0.912 / 0.912 / 0.882; after round 13c ('in the south of
the city' is in it, 18:10 UTC): 0.912 / 0.912 / 0.912 (31 of 34 each). Left: 'the Las Piñas
landing' (a far city; the local town tagged NORP), 'Namhsan township' coded p2 (ACLED may well
code a township p2: the probe's gold is arguable), Paungde tagged ORG after 'on the edge of',
the Multan note (no event at all: not a place error).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.pipeline.test_places import first_event, probe_scores

PROBES_R13 = Path(__file__).parent / "data" / "place_probes_r13.tsv"
ROUND13_FLOORS = (0.89, 0.89, 0.89)


def test_round13_place_probes_score_above_the_floors():
    scores, misses = probe_scores(PROBES_R13, lambda _text: date(2025, 5, 10))
    for column, floor in enumerate(ROUND13_FLOORS):
        assert scores[column] >= floor, (column, scores[column], misses)


def test_a_headline_dateline_in_ordinary_case_is_the_reports_town():
    ev = first_event("Gafsa - Unemployed graduates blocked the phosphate railway on Monday "
                      "and burned tyres, demanding jobs.")
    assert ev.location == "Gafsa" and ev.geo_precision == 1
    ev = first_event("Portoviejo. Two men were shot dead on Thursday night outside a bakery, "
                      "according to the police.")
    assert ev.location == "Portoviejo" and ev.country == "Ecuador"


def test_a_town_after_the_town_of_is_no_province_it_is_an_alternate_name_of():
    ev = first_event("Shells fell on the town of Hays overnight, wounding a woman and two "
                      "children, a local official in Yemen said.")
    assert ev.country == "Yemen"


def test_a_hamlet_far_abroad_is_no_reading_of_a_name_in_a_report_on_elsewhere():
    ev = first_event("Gunmen killed a fisherman in Los Pinos, a hamlet outside Tumbes, on "
                      "Friday, Peruvian police said.")
    assert ev.country == "Peru" and ev.location == "Tumbes"


def test_the_capital_named_as_government_does_not_outvote_the_dateline_town():
    ev = first_event("ANANTNAG, India - The town has been calm for years, officials in New "
                      "Delhi say.\n\nOn Friday, someone threw a grenade at a police post, "
                      "wounding two officers. Traders fear new curfews ordered from Delhi.")
    assert ev.admin1 == "Jammu and Kashmir"


def test_a_named_parish_of_the_dateline_city_is_that_city():
    ev = first_event("Manta. Terror in the Los Esteros parish: hooded men shot dead three "
                      "people at a cockfight on Sunday night, the police said.")
    assert ev.location == "Manta" and ev.country == "Ecuador"


def test_shan_and_bago_events_carry_acled_split_admin1():
    assert first_event("A junta air strike hit a monastery in Pyay on Saturday, killing "
                        "four novices.").admin1 == "Bago-West"
    assert first_event("Fighting broke out in Lashio on Monday between the army and the "
                        "TNLA, residents said.").admin1 == "Shan-North"


def test_a_name_before_an_izafat_compound_opens_an_organisations_name():
    ev = first_event("Quetta: Hundreds of traders protested on Thursday on the call of the "
                      "Markazi Anjuman-e-Tajiran against the new tax.")
    assert ev.country == "Pakistan"


def test_the_first_name_of_a_notes_parenthesis_is_the_place_it_codes():
    ev = first_event("On 8 May 2025, Houthi forces shelled army positions on the Sirwah "
                      "front west of Marib city (Sirwah, Marib). Two soldiers were killed.")
    assert "Sirwah" in ev.location and ev.admin1 == "Marib"



def test_in_the_south_of_the_city_is_in_the_city():
    ev = first_event("Portoviejo. Two men were shot dead on Thursday night in a billiard hall "
                      "in the south of the city, according to the police.")
    assert ev.location == "Portoviejo" and ev.geo_precision == 1


def test_the_side_of_a_split_division_the_text_names_picks_its_acled_part():
    ev = first_event("Heavy fighting broke out in northern Shan State on Monday between the "
                      "army and the TNLA, residents said.")
    assert ev.admin1 == "Shan-North"


def test_a_dateline_naming_its_country_reads_a_folded_spelling_as_that_countrys_town():
    ev = first_event("BOGURA, Bangladesh, May 6 - A crowd beat a man to death in a "
                      "village on the outskirts of Bogura town on Tuesday, police said.")
    assert ev.admin1 == "Rajshahi" and ev.geo_precision == 2


def test_a_name_in_the_notes_parenthesis_unlike_the_clauses_towns_is_their_district():
    ev = first_event("On 8 May 2025, hooded men stopped and torched five trucks on the road "
                      "between Canete and Tirua (Arauco, Biobio). No injuries were reported.")
    assert ev.location == "Canete" and ev.geo_precision == 2
