"""Round 13 of issue #5: a firefight across a border, placed by each side's outlets on its own
side, is one event (store/border_clash.py, candidate search in store/ingest.py); own scenes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.model import Article, Document, Event
from dateline.store import EventStore
from dateline.store.border_clash import across_border, state_countries
from dateline.store.dedup import cluster_reports, compare
from dateline.store.testing import report_event

# Thai and Cambodian troops exchange fire at the border near the Preah Vihear temple on
# 14 November; a Thai outlet places it at a Sisaket border village, a Cambodian one at the
# temple, 5 km apart in two countries.
THAI_SIDE = {
    "event_date": date(2026, 11, 14), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Thailand (2023-)", "inter1": 1,
    "actor2": "Military Forces of Cambodia (1993-)", "inter2": 8, "country": "Thailand",
    "admin1": "Si Sa Ket", "location": "Phum Saron", "latitude": 14.43, "longitude": 104.66,
    "geo_precision": 2,
}  # fmt: skip
CAMBODIAN_SIDE = {
    "actor1": "Military Forces of Cambodia (1993-)", "actor2": "Military Forces of Thailand "
    "(2023-)", "country": "Cambodia", "admin1": "Preah Vihear", "location": "Preah Vihear Temple",
    "latitude": 14.39, "longitude": 104.68,
}  # fmt: skip


def _report(article_id: str, **changes: object) -> Event:
    return report_event(article_id, THAI_SIDE, **changes)


def test_each_sides_report_of_a_border_firefight_is_one_event() -> None:
    thai, khmer = _report("thairath"), _report("khmertimes", **CAMBODIAN_SIDE)
    assert state_countries(thai) == {"thailand", "cambodia"}
    assert across_border(thai, khmer)
    decision = compare(thai, khmer)
    assert decision.same
    assert any("near the border" in reason for reason in decision.reasons)
    # One side names only its own army and "armed men" from across: still the other country's
    # army named by the first report.
    own_only = _report(
        "khmer-radio", **{**CAMBODIAN_SIDE, "actor2": "Unidentified Armed Group (Cambodia)"}
    )
    assert across_border(thai, own_only)
    assert cluster_reports([khmer, thai]) == [[0, 1]]


def test_strikes_far_places_own_forces_only_and_area_level_reports_keep_the_border() -> None:
    thai = _report("thairath")
    strike = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    drones = (_report("a", **strike), _report("b", **{**CAMBODIAN_SIDE, **strike}))
    far = _report("far", **{**CAMBODIAN_SIDE, "latitude": 14.0, "longitude": 104.68})  # 48 km
    own = {"actor1": "Military Forces of Cambodia (1993-)", "actor2": "Unidentified Armed Group "
           "(Cambodia)"}  # fmt: skip
    thai_own = _report("c", actor2="Unidentified Armed Group (Thailand)")
    province = _report("d", **{**CAMBODIAN_SIDE, "location": "Preah Vihear", "geo_precision": 3})
    for a, b in (drones, (thai, far), (thai_own, _report("e", **{**CAMBODIAN_SIDE, **own}))):
        assert not across_border(a, b)
        assert not compare(a, b).same
    assert not across_border(thai, province)


def _document(event: Event) -> Document:
    article = Article(id=event.article_id, text=f"Troops exchanged fire ({event.country}).",
                      published=date(2026, 11, 15), source=event.article_id)  # fmt: skip
    return Document(article, events=[replace(event, source=event.article_id)])


@pytest.mark.parametrize("first", ["thairath", "khmertimes"])
def test_the_store_finds_the_other_sides_report_in_either_order(
    store: EventStore, first: str
) -> None:
    reports = {"thairath": _report("thairath"),
               "khmertimes": _report("khmertimes", **CAMBODIAN_SIDE)}  # fmt: skip
    second = next(name for name in reports if name != first)
    founded = store.ingest_document(_document(reports[first]))
    joined = store.ingest_document(_document(reports[second]))
    assert founded.new_events and joined.merged_into == founded.new_events
