"""The text filter searches words through a full-text index (SQLite FTS5, PostgreSQL
tsvector), on both backends."""

from __future__ import annotations

from dateline.model import Document
from dateline.store import EventFilter, EventStore
from dateline.store.dedup_eval import Report
from dateline.store.query import text_words


def _ingest(store: EventStore, reports: list[Report]) -> None:
    for item in reports:
        store.ingest_document(Document(item.article, events=list(item.events)))


def _matching(store: EventStore, text: str) -> set[str]:
    return {r["event_id"] for r in store.list_events(EventFilter(text=text), limit=1000)}


def test_text_filter_matches_words_not_substrings(store: EventStore, testset: list[Report]) -> None:
    _ingest(store, testset)
    everything = store.list_events(EventFilter(), limit=1000)
    in_maiduguri = {r["event_id"] for r in everything if r["location"] == "Maiduguri"}
    assert in_maiduguri and _matching(store, "maiduguri") >= in_maiduguri
    assert _matching(store, "MAIDUGURI") == _matching(store, "maiduguri")
    assert not _matching(store, "aidugur")  # a piece of a word is not a word
    boko = _matching(store, "boko haram")  # several words: all of them
    assert boko and boko == _matching(store, "Haram, Boko!")
    assert boko >= _matching(store, "boko haram maiduguri")
    assert not _matching(store, "boko zzzyx")
    assert not _matching(store, '"*) OR (')  # FTS syntax in user input is just punctuation
    assert store.count_events(EventFilter(text="maiduguri")) == len(_matching(store, "maiduguri"))


def test_text_index_follows_updates(store: EventStore, testset: list[Report]) -> None:
    _ingest(store, testset[:3])
    event_id = store.list_events(EventFilter(), limit=1)[0]["event_id"]
    store.correct_event(event_id, {"notes": "Witnesses saw a zebracorn."}, reviewer="ann")
    assert _matching(store, "zebracorn") == {event_id}
    store.correct_event(event_id, {"notes": "Nothing unusual."}, reviewer="ann")
    assert not _matching(store, "zebracorn")


def test_text_words() -> None:
    assert text_words("Al-Shabaab's  attack, Mogadishu") == ["al", "shabaab", "s", "attack",
                                                              "mogadishu"]  # fmt: skip
    assert text_words("--") == []
