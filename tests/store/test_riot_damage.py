"""Round 10 of issue #5: looting or arson by rioters read by one outlet as the riot
(store/riot_damage.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.dedup import cluster_reports, compare, compatible_event_types
from dateline.store.testing import report_event

# Shops burnt and looted in Port Moresby's Gordons market after a protest turned violent.
RIOT = {
    "event_date": date(2026, 1, 12), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Riots", "sub_event_type": "Violent demonstration",
    "actor1": "Rioters (Papua New Guinea)", "inter1": 5,
    "actor2": "Police Forces of Papua New Guinea (2019-)", "inter2": 1,
    "country": "Papua New Guinea", "admin1": "National Capital", "location": "Port Moresby",
    "latitude": -9.4431, "longitude": 147.1797, "geo_precision": 1,
}  # fmt: skip


def _riot(article_id: str, **changes: object) -> Event:
    return report_event(article_id, RIOT, **changes)


def _looting(article_id: str, **changes: object) -> Event:
    fields: dict[str, object] = {
        "disorder_type": "Strategic developments", "event_type": "Strategic developments",
        "sub_event_type": "Looting/property destruction", "actor2": "", "inter2": 0, **changes,
    }  # fmt: skip
    return _riot(article_id, **fields)


def test_looting_during_the_riot_is_the_riot() -> None:
    assert compare(_riot("post-courier"), _looting("rnz")).same
    mob = _riot("emtv", sub_event_type="Mob violence")
    assert compare(mob, _looting("rnz")).same
    assert "Strategic developments" in compatible_event_types("Riots")
    reports = [_looting("rnz"), _riot("post-courier"), _riot("abc")]
    assert sorted(map(len, cluster_reports(reports))) == [3]


def test_other_places_days_and_types_stay_apart() -> None:
    boroko = _looting("rnz", location="Boroko", latitude=-9.4667, longitude=147.2000)  # 3.5 km
    assert compare(_riot("post-courier"), boroko).same  # within the exact spot (5 km)
    gerehu = _looting("rnz", location="Gerehu", latitude=-9.3833, longitude=147.1500)  # 7.4 km
    assert not compare(_riot("post-courier"), gerehu).same  # differing types: the exact spot
    assert not compare(_riot("post-courier"), _looting("rnz", event_date=date(2026, 1, 14))).same
    protest = _riot("post-courier", disorder_type="Demonstrations", event_type="Protests",
                    sub_event_type="Peaceful protest", actor1="Protesters (Papua New Guinea)")
    assert not compare(protest, _looting("rnz")).same  # a peaceful march is not the looting
    clash = _riot("post-courier", disorder_type="Political violence", event_type="Battles",
                  sub_event_type="Armed clash")
    assert not compare(clash, _looting("rnz")).same  # a firefight is not rioters' looting
    arrests = _looting("rnz", sub_event_type="Arrests")
    assert not compare(_riot("post-courier"), arrests).same
