"""Round 11 of issue #5: a report whose text says its incident was the second of the kind that
day is one event with another located report only at the exact spot
(store/second_incident.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.dedup import cluster_reports, compare
from dateline.store.second_incident import says_second_incident
from dateline.store.testing import report_event

# Soldiers and ELN guerrillas clash at Saravena (Arauca) on 9 October; another clash that day
# near Tame, 25 km away, ends "the second firefight in Arauca in a day".
CLASH = {
    "event_date": date(2026, 10, 9), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Colombia (2022-)", "inter1": 1,
    "actor2": "Unidentified Armed Group (Colombia)", "inter2": 3, "country": "Colombia",
    "admin1": "Arauca", "location": "Saravena", "latitude": 6.9531, "longitude": -71.8769,
    "geo_precision": 1,
}  # fmt: skip
NEAR_TAME = {"location": "Fortul", "latitude": 6.7939, "longitude": -71.7705, "geo_precision": 2}
TEXTS = {
    "saravena": "Soldiers fought guerrillas on the outskirts of Saravena on Friday.",
    "tame": "A guerrilla was killed in a firefight with troops near Fortul on Friday. It was "
    "the second firefight in Arauca in a day, the army said.",
    "tame_plain": "A guerrilla was killed in a firefight with troops near Fortul on Friday.",
    "saravena_again": "Troops clashed with rebels in Saravena; it was the second clash within "
    "24 hours in the department.",
    "wire": "Colombian troops and rebels fought in Saravena on Friday, the army said.",
}


def _clash(article_id: str, **changes: object) -> Event:
    return report_event(article_id, CLASH, **changes)


def test_a_second_incident_near_by_is_another_event() -> None:
    saravena, tame = _clash("saravena"), _clash("tame", **NEAR_TAME)
    assert says_second_incident(tame, TEXTS.get)
    assert compare(saravena, _clash("tame_plain", **NEAR_TAME), TEXTS.get).same  # 19 km, "near"
    decision = compare(saravena, tame, TEXTS.get)
    assert not decision.same
    assert any("second incident" in reason for reason in decision.reasons)
    assert sorted(map(len, cluster_reports([saravena, tame], TEXTS.get))) == [1, 1]


def test_at_the_exact_spot_or_by_province_the_second_incident_still_merges() -> None:
    wire, again = _clash("wire"), _clash("saravena_again")
    assert says_second_incident(again, TEXTS.get)
    assert compare(wire, again, TEXTS.get).same  # same place name
    province = _clash("tame", location="Arauca", geo_precision=3)
    assert compare(wire, province, TEXTS.get).same  # area-level reports keep their rules
    assert not says_second_incident(_clash("wire"), TEXTS.get)


# Round 13: "in a separate attack" / "an unrelated incident" say the same (another incident of
# the kind, close by). Separatists raid a village near Bamenda (North-West, Cameroon) on
# 3 March; a second outlet's story of gendarmes killed near Bali, 19 km away, is "separate".
RAID = {
    **CLASH, "event_date": date(2026, 3, 3), "event_type": "Violence against civilians",
    "sub_event_type": "Attack", "actor1": "Ambazonian Separatists", "inter1": 2,
    "actor2": "Civilians (Cameroon)", "inter2": 7, "country": "Cameroon",
    "admin1": "North-West", "location": "Bamenda", "latitude": 5.9597, "longitude": 10.1460,
    "geo_precision": 2,
}  # fmt: skip
NEAR_BALI = {"location": "Bali", "latitude": 5.8833, "longitude": 10.0167, "geo_precision": 2}
SEPARATE_TEXTS = {
    "bamenda": "Separatist fighters burned homes and killed five villagers near Bamenda on "
    "Tuesday, residents said.",
    "bali": "In a separate deadly attack on Tuesday, armed separatists killed two villagers "
    "near Bali, the governor's office said.",
    "bali_unrelated": "In an unrelated incident, separatists killed two villagers near Bali.",
    "bali_statement": "In a separate statement, the governor said separatists killed two "
    "villagers near Bali on Tuesday.",
}


def _raid(article_id: str, **changes: object) -> Event:
    return report_event(article_id, RAID, **changes)


def test_a_separate_or_unrelated_incident_near_by_is_another_event() -> None:
    bamenda = _raid("bamenda")
    for other in ("bali", "bali_unrelated"):
        bali = _raid(other, **NEAR_BALI)
        assert says_second_incident(bali, SEPARATE_TEXTS.get)
        assert not compare(bamenda, bali, SEPARATE_TEXTS.get).same
        assert sorted(map(len, cluster_reports([bamenda, bali], SEPARATE_TEXTS.get))) == [1, 1]


def test_a_separate_statement_is_no_separate_incident() -> None:
    bamenda, bali = _raid("bamenda"), _raid("bali_statement", **NEAR_BALI)
    assert not says_second_incident(bali, SEPARATE_TEXTS.get)
    assert compare(bamenda, bali, SEPARATE_TEXTS.get).same  # 16 km, both "near"
