"""Round 8 of issue #5: reports placed only in a country or province (store/area_level.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dateline.model import Event, Evidence
from dateline.store.dedup import cluster_reports, compare, joins_cluster
from dateline.store.dedup_eval import evaluate, evaluate_end_to_end, load_testset
from dateline.store.testing import report_event

TESTSET = Path(__file__).resolve().parents[2] / "corpus" / "dedup"

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


def test_a_country_level_report_of_another_event_type_stays_apart() -> None:
    """Rejected in round 8: a land clash "in northern Ghana" is not the raid in Bawku, although
    it is the only event that day in the country (corpus/dedup/reports6.jsonl, KL3)."""
    clash = _country_clash("b")
    assert not compare(_raid("a"), clash).same
    for order in ([_raid("a"), clash], [clash, _raid("a")]):
        assert sorted(map(len, cluster_reports(order))) == [1, 1]
    assert compare(_raid("a"), _country_clash("b", event_type=RAID["event_type"],
                                              sub_event_type="Attack")).same  # same type


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


def test_the_look_alikes_of_area_level_reports_on_records() -> None:
    """reports6: same-day clashes of one group in two towns of one region with a regional
    communique, two protests in one country with a country-level wire story, a land clash
    "in northern Ghana" beside a militia raid in Bawku, shelling and a raid in North Darfur.
    Measured 1.000 / 1.000 in file order; 0.889 / 0.800 at worst over seeds 1-20 (the
    communique arriving while only the other town's clash is stored joins it)."""
    reports = load_testset(TESTSET, "reports6")
    scores = evaluate(reports)
    assert scores.precision >= 0.98 and scores.recall >= 0.98, scores
    assert min(evaluate(reports, seed).precision for seed in range(1, 21)) >= 0.98  # round 9


# Extraction of reports3 and reports6 on 26 Nov 2026, 14:28 UTC (dedup_eval --cache). File
# order through the store: reports3 1.000 / 0.833 before round 8, 1.000 / 0.944 after (a
# communique in Lower Shabelle joins the clash reported at Afgooye and at Mogadishu); reports6
# 0.800 / 0.800 before and after (a raid "west of El Fasher" placed at El Fasher merges with
# the shelling there: an extraction error); round 9 (bearing_from_place: its text says "west of
# El Fasher") 1.000 / 0.900.
ROUND8_FLOORS = {"reports3": (0.98, 0.93), "reports6": (0.98, 0.88)}


def test_round8_snapshot_through_the_store(tmp_path: Path) -> None:
    snapshot = json.loads((TESTSET / "extracted-2026-11-26-round8.json").read_text("utf-8"))
    for split, (precision, recall) in ROUND8_FLOORS.items():
        reports = load_testset(TESTSET, split)
        result = evaluate_end_to_end(reports, str(tmp_path / f"{split}.sqlite"), snapshot)
        assert len(result.scored) >= 0.8 * len(reports)
        assert result.scores.precision >= precision, (split, result.scores)
        assert result.scores.recall >= recall, (split, result.scores)
