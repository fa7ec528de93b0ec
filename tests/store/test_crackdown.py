"""Round 9 of issue #5: a crackdown on a protest written up as an attack on civilians
(store/crackdown.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.dedup import cluster_reports, compare
from dateline.store.testing import report_event

# Police break up a rally of opposition supporters in Lusaka's city centre.
DISPERSAL = {
    "event_date": date(2026, 2, 9), "time_precision": 1, "disorder_type": "Demonstrations",
    "event_type": "Protests", "sub_event_type": "Protest with intervention",
    "actor1": "Protesters (Zambia)", "inter1": 6, "actor2": "Police Forces of Zambia (2021-)",
    "inter2": 1, "country": "Zambia", "admin1": "Lusaka", "location": "Lusaka",
    "latitude": -15.4134, "longitude": 28.2771, "geo_precision": 1,
}  # fmt: skip


def _protest(article_id: str, **changes: object) -> Event:
    return report_event(article_id, DISPERSAL, **changes)


def _beating(article_id: str, **changes: object) -> Event:
    """Another outlet: "officers beat opposition activists in Lusaka"."""
    fields: dict[str, object] = {
        "disorder_type": "Political violence", "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "actor1": "Police Forces of Zambia (2021-)", "inter1": 1,
        "actor2": "Civilians (Zambia)", "inter2": 7, **changes,
    }  # fmt: skip
    return _protest(article_id, **fields)


def test_a_police_attack_at_the_rally_is_the_dispersal() -> None:
    assert compare(_protest("a"), _beating("b")).same
    province = _protest("c", location="Lusaka Province", geo_precision=3)
    assert compare(province, _beating("b")).same  # an area-level protest report vouches
    assert sorted(map(len, cluster_reports([_beating("b"), province, _protest("a")]))) == [3]


def test_other_attackers_or_places_are_other_events() -> None:
    gunmen = _beating("b", actor1="Unidentified Armed Group (Zambia)", inter1=3)
    assert not compare(_protest("a"), gunmen).same  # gunmen shooting the same day in the city
    soldiers = _beating("b", actor1="Military Forces of Zambia (2021-)")
    assert not compare(_protest("a"), soldiers).same  # the protest names the police
    kafue = _beating("b", location="Chilanga", latitude=-15.5567, longitude=28.2714)  # 16 km
    assert not compare(_protest("a"), kafue).same  # differing types: the exact spot
    assert not compare(_protest("a"), _beating("b", event_date=date(2026, 2, 10))).same
    assert not compare(_protest("a", actor2=""), _beating("b")).same  # no force named
