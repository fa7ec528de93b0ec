"""Round 12 of issue #5: two named groups fighting each other, placed at two towns of one
province, are one fight (store/rival_groups.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.dedup import cluster_reports, compare
from dateline.store.rival_groups import same_fight_between_groups
from dateline.store.testing import report_event

# CODECO and the Zaire militia fight in the hills of Djugu territory (Ituri) on 4 May.
FIGHT = {
    "event_date": date(2026, 5, 4), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "CODECO: Cooperative for Development of Congo", "inter1": 4,
    "actor2": "Zaire Militia", "inter2": 4, "country": "Democratic Republic of Congo",
    "admin1": "Ituri", "location": "Fataki", "latitude": 2.0, "longitude": 30.6,
    "geo_precision": 2,
}  # fmt: skip
# Another outlet places it near a village 44 km to the south, crossing the sides.
SOUTH = {"location": "Largu", "latitude": 1.61, "longitude": 30.52,
         "actor1": "Zaire Militia", "actor2": "CODECO"}  # fmt: skip


def _report(article_id: str, **changes: object) -> Event:
    return report_event(article_id, FIGHT, **changes)


def test_the_same_two_groups_in_one_province_are_one_fight_across_towns() -> None:
    north, south = _report("radiookapi"), _report("ocha", **SOUTH)
    assert same_fight_between_groups(north, south)
    assert compare(north, south).same
    assert cluster_reports([north, south]) == [[0, 1]]


def test_a_state_force_generic_actors_another_type_or_a_far_town_keep_the_radius() -> None:
    north = _report("radiookapi")
    army = _report("fardc", **{**SOUTH, "actor1": "Military Forces of the Democratic Republic "
                               "of Congo (2019-)"})  # fmt: skip
    gunmen = _report("local", **{**SOUTH, "actor1": "Unidentified Armed Group (Democratic "
                                 "Republic of Congo)"})  # fmt: skip
    attack = _report("hrw", **{**SOUTH, "event_type": "Violence against civilians",
                               "sub_event_type": "Attack"})  # fmt: skip
    far = _report("afp", **{**SOUTH, "latitude": 1.3, "longitude": 30.3})  # ~80 km
    other_province = _report("wire", **{**SOUTH, "admin1": "North Kivu"})
    for other in (army, gunmen, attack, far, other_province):
        assert not same_fight_between_groups(north, other)
        assert not compare(north, other).same
