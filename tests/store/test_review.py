"""Reviewer corrections keep an event consistent: what a corrected field implies follows it."""

from __future__ import annotations

from dataclasses import replace

from dateline.model import Document
from dateline.store import EventStore
from dateline.store.dedup_eval import Report


def stored(store: EventStore, report: Report, **fields: object) -> str:
    """Ingest one report's first event, with ``fields`` replaced; returns its event id."""
    event = replace(report.events[0], **fields)
    store.ingest_document(Document(report.article, events=[event]))
    article = store.get_article(report.article.id)
    assert article is not None
    return str(article["event_ids"][0])


def event_of(store: EventStore, event_id: str) -> dict[str, object]:
    detail = store.get_event(event_id)
    assert detail is not None
    return dict(detail["event"])


def test_a_corrected_country_brings_its_iso_code_and_region(
    store: EventStore, testset: list[Report]
) -> None:
    event_id = stored(store, testset[0], country="", iso=0, region="")
    store.correct_event(event_id, {"country": "Nigeria"}, "ann")
    event = event_of(store, event_id)
    assert (event["country"], event["iso"], event["region"]) == ("Nigeria", 566, "Western Africa")
    store.correct_event(event_id, {"country": "Mexico"}, "ann")
    event = event_of(store, event_id)
    assert (event["iso"], event["region"]) == (484, "Central America")


def test_a_corrected_location_is_re_resolved_or_loses_the_old_geonameid(
    store: EventStore, testset: list[Report]
) -> None:
    event_id = stored(store, testset[0], country="Nigeria", iso=566, region="Western Africa",
                      admin1="Zamfara", location="Maru", geonameid=2330717)  # fmt: skip
    store.correct_event(event_id, {"location": "Gusau"}, "ann")
    event = event_of(store, event_id)
    assert event["geonameid"] == 2339937  # the gazetteer's Gusau, in Zamfara
    assert abs(float(str(event["latitude"])) - 12.17) < 0.1
    store.correct_event(event_id, {"location": "Kairu community"}, "ann")
    assert event_of(store, event_id)["geonameid"] is None  # unknown name: no stale id
    store.correct_event(event_id, {"location": "Maru"}, "ann")  # back to the machine's place
    assert event_of(store, event_id)["geonameid"] == 2330717


def test_coordinates_the_reviewer_gives_win_over_the_resolved_place(
    store: EventStore, testset: list[Report]
) -> None:
    event_id = stored(store, testset[0], country="Nigeria", iso=566, region="Western Africa",
                      location="Maru", geonameid=2330717)  # fmt: skip
    store.correct_event(event_id, {"location": "Gusau", "latitude": 12.0, "longitude": 6.5}, "ann")
    event = event_of(store, event_id)
    assert (event["latitude"], event["longitude"]) == (12.0, 6.5)
    assert event["geonameid"] == 2339937
