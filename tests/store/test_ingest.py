"""Ingest paths beyond the basics: syndicated copies and candidate search for area-level
reports, on SQLite and (with DATELINE_TEST_PG) PostgreSQL, fed Event records directly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.model import Article, Document, Event, Evidence
from dateline.store import EventFilter, EventStore


def _article(article_id: str, text: str, url: str | None, source: str) -> Article:
    return Article(id=article_id, text=text, published=date(2025, 3, 9), source=source, url=url)


def _event(article_id: str, **changes: object) -> Event:
    base = Event(
        article_id=article_id, event_id=f"{article_id}-1", event_date=date(2025, 3, 8),
        time_precision=1, disorder_type="Political violence",
        event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", inter1=2,
        actor2="Civilians (Cameroon)", inter2=7, country="Cameroon", admin1="Far North",
        location="Mora", latitude=11.04611, longitude=14.14011, geo_precision=2, fatalities=7,
        source=article_id.upper(),
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


TEXT = "Suspected jihadists killed seven villagers in a raid near Mora late on Saturday."


def test_a_syndicated_copy_adds_its_outlet_as_a_source(store: EventStore) -> None:
    wire = _article("afp-1", TEXT, "https://example.org/afp/mora", "AFP")
    first = store.ingest_document(Document(wire, events=[_event("afp-1", source="AFP")]))
    event_id = first.new_events[0]
    spaced = "  " + TEXT.replace(" ", "\n", 2)  # re-fetches differ in whitespace only
    copy = _article("paper-1", spaced, "https://paper.example/x", "Paper")
    assert not store.needs_processing(copy)  # no NLP: the copy's reports are the original's
    result = next(iter(store.ingest([copy], extract=_no_extraction)))
    assert (result.status, result.copy_of, result.merged_into) == ("added", "afp-1", [event_id])
    detail = store.get_event(event_id)
    assert detail is not None and detail["event"]["source"] == "AFP; Paper"
    assert {s["url"] for s in detail["sources"]} == {wire.url, copy.url}
    assert store.count_events(EventFilter()) == 1


def test_the_same_copy_again_changes_nothing(store: EventStore) -> None:
    wire = _article("afp-1", TEXT, "https://example.org/afp/mora", "AFP")
    store.ingest_document(Document(wire, events=[_event("afp-1")]))
    before = store.list_events(EventFilter(), limit=10)
    again = store.ingest_document(Document(replace(wire, id="afp-again"), events=[]))
    assert again.status == "unchanged"
    copy = _article("paper-1", TEXT, "https://paper.example/x", "Paper")
    store.ingest_document(Document(copy))
    assert store.ingest_document(Document(copy)).status == "unchanged"
    rows = store.list_events(EventFilter(), limit=10)
    assert len(rows) == 1 and rows[0]["n_reports"] == before[0]["n_reports"] + 1


def _no_extraction(articles: list[Article]) -> list[Document]:
    raise AssertionError(f"the NLP ran on {[a.id for a in articles]}")


def _country_only(article_id: str, **changes: object) -> Event:
    """As the pipeline reads "in Cameroon": placed at the capital, province and all."""
    return _event(
        article_id, location="Yaounde", admin1="Centre", latitude=3.86667, longitude=11.51667,
        geo_precision=3, evidence=[Evidence("location", 40, 48, "Cameroon")], **changes,
    )  # fmt: skip


def test_candidate_search_finds_reports_placed_only_in_the_country(store: EventStore) -> None:
    later = date(2025, 5, 8)  # the second pair is another incident
    pairs = ((_country_only("a"), _event("b")),
             (_event("c", event_date=later), _country_only("d", event_date=later)))
    for first, second in pairs:
        results = [
            store.ingest_document(Document(_article(e.article_id, e.article_id * 20, None, "X"),
                                           events=[e]))  # fmt: skip
            for e in (first, second)
        ]
        assert results[1].merged_into == results[0].new_events


def test_a_country_level_report_of_another_kind_of_event_stays_apart(store: EventStore) -> None:
    clash = _country_only("a", event_type="Battles", sub_event_type="Armed clash",
                          actor2="Military Forces of Cameroon (1982-)", inter2=1)  # fmt: skip
    for event in (clash, _event("b")):
        store.ingest_document(Document(_article(event.article_id, event.article_id * 20, None,
                                                "X"), events=[event]))  # fmt: skip
    assert store.count_events(EventFilter()) == 2


def test_a_page_whose_new_text_is_another_outlets_copy_is_an_update(store: EventStore) -> None:
    wire = _article("afp-1", TEXT, "https://example.org/afp/mora", "AFP")
    store.ingest_document(Document(wire, events=[_event("afp-1")]))
    page = _article("paper-1", "Earlier draft.", "https://paper.example/x", "Paper")
    store.ingest_document(Document(page, events=[_event("paper-1", event_date=date(2025, 1, 2))]))
    assert store.needs_processing(replace(page, text=TEXT))  # its own reading, not a copy
    rewritten = Document(replace(page, text=TEXT), events=[_event("paper-1", source="Paper")])
    result = store.ingest_document(rewritten)
    assert result.status == "updated" and result.copy_of is None
    assert store.count_events(EventFilter()) == 1  # the draft's event is gone


def test_an_unplaced_report_joins_the_event_whose_place_its_text_names(store: EventStore) -> None:
    located = _event("a")
    store.ingest_document(Document(_article("a", TEXT, None, "A"), events=[located]))
    unplaced = _event("b", country="", admin1="", location="", latitude=None, longitude=None,
                      geo_precision=3, actor1="Unidentified Armed Group", actor2="Civilians")
    named = _article("b", "Seven villagers died when gunmen raided a hamlet outside Mora.",
                     None, "B")  # fmt: skip
    assert store.ingest_document(Document(named, events=[unplaced])).merged_into
    # (Near-identical wording would vouch for it: see test_dedup's text-evidence tests.)
    silent = _article("c", "Police said gunmen killed seven people in a night raid.", None, "C")
    other = replace(unplaced, article_id="c", event_id="c-1")
    assert store.ingest_document(Document(silent, events=[other])).new_events


def test_an_updated_original_leaves_its_copies_with_what_their_own_text_says(
    store: EventStore,
) -> None:
    """A copy's reports are the reading of ITS text (the original's old text): an update of the
    original replaces the original's reports only. The copy still supports the old reading, and
    the original's new reports are deduplicated afresh (joining it when it is the same event)."""
    wire = _article("afp-1", TEXT, "https://example.org/afp/mora", "AFP")
    event_id = store.ingest_document(Document(wire, events=[_event("afp-1")])).new_events[0]
    copy = _article("paper-1", TEXT, "https://paper.example/x", "Paper")
    store.ingest_document(Document(copy))
    corrected = replace(wire, text=TEXT.replace("seven", "nine"))
    fresh = _event("afp-1", fatalities=9, source="AFP")
    update = store.ingest_document(Document(corrected, events=[fresh]))
    assert update.status == "updated" and update.merged_into == [event_id]
    detail = store.get_event(event_id)
    assert detail is not None and set(detail["event"]["source"].split("; ")) == {"AFP", "Paper"}
    by_article = {r["article_id"]: r["record"] for r in _reports(store, event_id)}
    assert by_article["paper-1"]["fatalities"] == 7 and by_article["afp-1"]["fatalities"] == 9
    # A retraction (the update moves the event a month away) leaves the copy's event standing.
    moved = replace(corrected, text=TEXT + " (Corrected: the raid was in February.)")
    store.ingest_document(Document(moved, events=[_event("afp-1", event_date=date(2025, 2, 8))]))
    assert store.count_events(EventFilter()) == 2
    assert {r["article_id"] for r in _reports(store, event_id)} == {"paper-1"}
    # A third outlet with the old text repeats the copy's reading, without NLP.
    again = _article("radio-1", TEXT, "https://radio.example/y", "Radio")
    result = next(iter(store.ingest([again], extract=_no_extraction)))
    assert (result.copy_of, result.merged_into) == ("paper-1", [event_id])


def _reports(store: EventStore, event_id: str) -> list[dict[str, object]]:
    import json

    rows = store.db.query("SELECT article_id, record FROM reports WHERE event_id = ?", (event_id,))
    return [{"article_id": r["article_id"], "record": json.loads(r["record"])} for r in rows]
