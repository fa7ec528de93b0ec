"""Round 13 of issue #5: two reports naming the same non-state group, one only "near" a town,
reach a little beyond the usual radius of a "near" place (store/group_reach.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.dedup import cluster_reports, compare, could_join
from dateline.store.group_reach import named_groups, same_group_near_by
from dateline.store.testing import report_event

# ADF fighters raid a farming village in Beni territory (North Kivu) on 7 April: a wire story
# places it "near Oicha", the local radio at the village, 35 km to the south.
RAID = {
    "event_date": date(2026, 4, 7), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Violence against civilians", "sub_event_type": "Attack",
    "actor1": "ADF: Allied Democratic Forces", "inter1": 2,
    "actor2": "Civilians (Democratic Republic of Congo)", "inter2": 7,
    "country": "Democratic Republic of Congo", "admin1": "North Kivu", "location": "Oicha",
    "latitude": 0.70, "longitude": 29.52, "geo_precision": 2,
}  # fmt: skip
VILLAGE = {"location": "Mamove", "latitude": 0.385, "longitude": 29.52, "geo_precision": 1}


def _raid(article_id: str, **changes: object) -> Event:
    return report_event(article_id, RAID, **changes)


def test_one_group_near_a_town_and_at_the_village_35_km_off_is_one_incident() -> None:
    wire, radio = _raid("wire"), _raid("radio", **VILLAGE)
    assert named_groups(wire) == ["adf allied democratic forces"]
    assert same_group_near_by(wire, radio)
    decision = compare(wire, radio)
    assert decision.same
    assert any("the same group" in reason for reason in decision.reasons)
    assert cluster_reports([wire, radio]) == [[0, 1]]
    assert could_join(radio, wire)  # the pre-check leaves the place to the full comparison


def test_generic_or_categorical_actors_state_forces_and_exact_places_keep_the_radius() -> None:
    gunmen = {"actor1": "Unidentified Armed Group (Democratic Republic of Congo)", "inter1": 3}
    militia = {"actor1": "Nande Ethnic Militia (Democratic Republic of Congo)", "inter1": 4}
    army = {"actor1": "Military Forces of the Democratic Republic of Congo (2019-)",
            "inter1": 1}  # fmt: skip
    for actor in (gunmen, militia, army):
        near, village = _raid("a", **actor), _raid("b", **{**VILLAGE, **actor})
        assert not same_group_near_by(near, village)
        assert not compare(near, village).same
    exact = _raid("c", geo_precision=1)  # both exactly located 35 km apart: two places
    assert not compare(exact, _raid("radio", **VILLAGE)).same


def test_another_sub_type_province_or_a_town_beyond_reach_stays_apart() -> None:
    wire = _raid("wire")
    far = _raid("far", **{**VILLAGE, "latitude": 0.30})  # 44 km
    clash = _raid("clash", **{**VILLAGE, "event_type": "Battles",
                              "sub_event_type": "Armed clash"})  # fmt: skip
    ituri = _raid("ituri", **{**VILLAGE, "admin1": "Ituri"})
    for other in (far, clash, ituri):
        assert not same_group_near_by(wire, other)
        assert not compare(wire, other).same
