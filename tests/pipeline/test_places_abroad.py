"""Session 10 (issues #4, #5): the wrong COUNTRY. place_probes_abroad.tsv, 20 reports in our
own wording, 15 countries, 5 of them guards (the namesake abroad is right there).

First score, before any fix (27 Nov 2026, frame vote off), scored once: location within 25 km
(in the gold country) 0.80 (16/20), admin1 0.70, geo_precision 0.65. Misses of the country:
'Pakistani Rangers fired ... in Hyderabad' (India's larger Hyderabad: the demonym opening the
force's name was blocked as an organisation's word and voted for nothing), 'Trinidad and Tobago
police shot ... in San Fernando' (the Philippines' larger San Fernando: the country's name inside
the actor's name was blocked, and the actor's own country did not vote because its name held
a place name), two reports with no event. One gold was corrected after the score: 'Punjab's
Bathinda district' is a district, precision 2 (a12). After the fixes: 0.90 / 0.80 / 0.70 (the
same with the frame vote on). Left: two reports with no event, 'El Plateado' (GeoNames has only
Mexico's; the country is right), 'Tripoli' p2, 'Santa Cruz' p3.
The tests after the table pin each mechanism in new wording, with guards: a demonym opening an
actor's name votes (not a sponsor's, 'Saudi-led'); an actor whose name holds its country votes
through the actor; a saint's name before a church is its dedication; a cued name whose only
town lies abroad is no place when the actors' countries point elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from tests.pipeline.test_locate_r14 import published
from tests.pipeline.test_places import full_pipeline, probe_scores

from dateline.model import Article, Event

PROBES_ABROAD = Path(__file__).parent / "data" / "place_probes_abroad.tsv"
ABROAD_FLOORS = (0.85, 0.75, 0.65)


def events_of(text: str) -> list[Event]:
    return full_pipeline()(Article("t", text, published=published(text))).events


def test_abroad_place_probes_score_above_the_floors():
    scores, misses = probe_scores(PROBES_ABROAD, published)
    for column, floor in enumerate(ABROAD_FLOORS):
        assert scores[column] >= floor, (column, scores[column], misses)


def test_a_demonym_opening_an_actors_name_votes_for_its_country():
    ev = events_of("Nigerien soldiers repelled an attack on their post in Tillaberi on Friday, "
                   "killing 12 assailants, the army said.")[0]
    assert ev.country == "Niger"
    ev = events_of("Pakistani Rangers baton-charged traders protesting power cuts in Hyderabad "
                   "on Thursday, injuring five.")[0]
    assert ev.country == "Pakistan"


def test_a_country_named_inside_an_actors_name_votes_through_the_actor():
    ev = events_of("Trinidad and Tobago police arrested four men after a shootout in San "
                   "Fernando on Monday that left one officer wounded.")[0]
    assert ev.country == "Trinidad and Tobago"


def test_the_larger_namesake_stays_when_nothing_points_elsewhere():
    ev = events_of("Police fired tear gas at protesters in Hyderabad on Thursday, "
                   "injuring five.")[0]
    assert ev.country == "India"
    ev = events_of("Indian police baton-charged traders protesting power cuts in Hyderabad "
                   "on Thursday, injuring five.")[0]
    assert ev.country == "India"


def test_a_saints_name_before_a_church_is_its_dedication_not_a_town_abroad():
    ev = events_of("Pro-government mobs attacked parishioners leaving the San Sebastian church "
                   "in Masaya on Sunday, injuring six, witnesses said.")[0]
    assert ev.country == "Nicaragua" and ev.location == "Masaya"
    ev = events_of("Gunmen shot dead a catechist outside the Santa Cruz chapel in Esteli on "
                   "Saturday, parishioners said.")[0]
    assert ev.country == "Nicaragua"


def test_a_saints_town_named_on_its_own_is_still_a_town():
    ev = events_of("Police fired tear gas at farmers who blocked the road into San Pedro Sula "
                   "on Monday, injuring four.")[0]
    assert ev.country == "Honduras"
    ev = events_of("Protesters burned tyres outside the town hall in San Sebastian on Monday, "
                   "police said.")[0]
    assert ev.location is not None and "San Sebasti" in ev.location


def test_a_cued_name_with_only_a_namesake_abroad_is_no_place_when_the_actors_say_elsewhere():
    # 'Wad' is an alternate name of a Russian village: the Janjaweed's country is Sudan
    events = events_of("Janjaweed gunmen killed 12 villagers in Wad Ashana on Tuesday, a local "
                       "resistance committee said.")
    assert events and all(e.country != "Russia" for e in events)
    ev = events_of("SSPDF soldiers clashed with SPLA-IO fighters in Leer on Monday, killing "
                   "five.")[0]
    assert ev.country == "South Sudan" and ev.location == "Leer"
