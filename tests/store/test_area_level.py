"""Round 8 of issue #5: reports placed only in a country or province (store/area_level.py)."""

from __future__ import annotations

from datetime import date

from dateline.model import Event, Evidence
from dateline.store.area_level import country_level_family
from dateline.store.dedup import cluster_reports, compare, joins_cluster
from dateline.store.testing import report_event

# A militia raid on villagers in a Ghanaian town (Bawku, Upper East).
RAID = {
    "event_date": date(2025, 8, 4), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Violence against civilians", "sub_event_type": "Attack",
    "actor1": "Konkomba Ethnic Militia (Ghana)", "inter1": 4, "actor2": "Civilians (Ghana)",
    "inter2": 7, "country": "Ghana", "admin1": "Upper East", "location": "Bawku",
    "latitude": 11.06, "longitude": -0.24, "geo_precision": 1, "fatalities": 3,
}  # fmt: skip


def _raid(article_id: str, **changes: object) -> Event:
    return report_event(article_id, RAID, **changes)


def _country_clash(article_id: str, **changes: object) -> Event:
    """ "Three killed in ethnic clashes in northern Ghana": placed at the capital."""
    fields: dict[str, object] = {
        "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "Unidentified Armed Group (Ghana)", "inter1": 3, "admin1": "Greater Accra",
        "location": "Accra", "latitude": 5.556, "longitude": -0.1969, "geo_precision": 3,
        "evidence": [Evidence("location", 40, 45, "Ghana")], **changes,
    }  # fmt: skip
    return _raid(article_id, **fields)


def _tamale(article_id: str, **changes: object) -> Event:
    """Another raid the same day in another northern town (Tamale, Northern), 150 km away."""
    return _raid(article_id, admin1="Northern", location="Tamale", latitude=9.40,
                 longitude=-0.84, **changes)  # fmt: skip


def test_a_country_level_clash_joins_the_one_attack_that_day_in_the_country() -> None:
    clash = _country_clash("b")
    assert country_level_family(_raid("a"), clash)
    assert compare(_raid("a"), clash).same
    assert compare(_raid("a"), clash).needs_unique
    for order in ([_raid("a"), clash], [clash, _raid("a")]):
        assert sorted(map(len, cluster_reports(order))) == [2]


def test_the_family_tolerance_needs_the_same_day_and_a_confusable_pair() -> None:
    assert not compare(_raid("a"), _country_clash("b", event_date=date(2025, 8, 5))).same
    strike = _country_clash("b", event_type="Explosions/Remote violence",
                            sub_event_type="Air/drone strike")  # fmt: skip
    assert not compare(_raid("a"), strike).same  # an air strike is not a raid on the ground
    kidnap = _raid("a", sub_event_type="Abduction/forced disappearance")
    assert not compare(kidnap, _country_clash("b")).same
    located = _country_clash("b", location="Bolgatanga", admin1="Upper East", geo_precision=1,
                             latitude=10.79, longitude=-0.85, evidence=[])  # fmt: skip
    assert not compare(_raid("a"), located).same  # exactly placed: the usual rules decide


def test_a_clash_with_state_forces_is_not_a_raid_on_villagers() -> None:
    army = _country_clash("b", actor2="Military Forces of Ghana (2017-)", inter2=1)
    assert not compare(_raid("a"), army).same


def test_a_country_level_report_two_raids_fit_starts_its_own_event() -> None:
    for order in ([_raid("a"), _tamale("t"), _country_clash("b")],
                  [_tamale("t"), _raid("a"), _country_clash("b")]):  # fmt: skip
        assert sorted(map(len, cluster_reports(order))) == [1, 1, 1]


# A clash in Somalia reported at Afgooye (Lower Shabelle), by one outlet at Mogadishu (Banadir,
# 30 km away) and by a communiqué only "in Lower Shabelle region" (its capital, Marka).
CLASH = {
    "event_date": date(2025, 5, 2), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Al Shabaab",
    "inter1": 2, "actor2": "Military Forces of Somalia (2022-)", "inter2": 1,
    "country": "Somalia", "admin1": "Lower Shabelle", "location": "Afgooye",
    "latitude": 2.1381, "longitude": 45.1212, "geo_precision": 2,
}  # fmt: skip


def _clash(article_id: str, **changes: object) -> Event:
    return report_event(article_id, CLASH, **changes)


def _mogadishu(article_id: str) -> Event:
    return _clash(article_id, admin1="Banadir", location="Mogadishu", latitude=2.0371,
                  longitude=45.3438)  # fmt: skip


def _region(article_id: str, **changes: object) -> Event:
    return _clash(article_id, location="Marka", latitude=1.7159, longitude=44.7717,
                  geo_precision=3, evidence=[Evidence("location", 30, 44, "Lower Shabelle")],
                  **changes)  # fmt: skip


def test_a_province_level_members_province_gives_way_to_a_located_member() -> None:
    assert not compare(_region("c"), _mogadishu("b")).same
    assert compare(_region("c"), _mogadishu("b")).place_only
    decision = joins_cluster(_region("c"), [_clash("a"), _mogadishu("b")])
    assert decision.same and decision.needs_unique
    assert joins_cluster(_mogadishu("b"), [_region("c"), _clash("a")]).same
    assert not joins_cluster(_region("c"), [_mogadishu("b")]).same  # nobody vouches
    for order in ([_clash("a"), _mogadishu("b"), _region("c")],
                  [_region("c"), _clash("a"), _mogadishu("b")]):  # fmt: skip
        assert sorted(map(len, cluster_reports(order))) == [3]


def test_a_province_level_report_that_two_events_fit_stays_apart() -> None:
    other = _clash("d", location="Wanlaweyn", latitude=2.6185, longitude=44.8938)  # 59 km
    clusters = cluster_reports([_clash("a"), _mogadishu("b"), other, _region("c")])
    assert sorted(map(len, clusters)) == [1, 1, 2]
    strike = _region("c", event_type="Explosions/Remote violence",
                     sub_event_type="Air/drone strike")  # fmt: skip
    assert not joins_cluster(strike, [_clash("a"), _mogadishu("b")]).same
