"""The text filter searches words through a full-text index (SQLite FTS5, PostgreSQL
tsvector), on both backends."""

from __future__ import annotations

import pytest

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


def _delete_every_other_event(store: EventStore) -> None:
    """Gaps in the events table, so that a VACUUM has rowids to renumber."""
    with store.db.transaction():
        rows = store.db.query("SELECT event_id FROM events ORDER BY event_id")
        for index, row in enumerate(rows):
            if index % 2 == 0:
                store.db.execute("DELETE FROM reports WHERE event_id = ?", (row["event_id"],))
                store.db.execute("DELETE FROM events WHERE event_id = ?", (row["event_id"],))


def test_text_search_survives_vacuum(store: EventStore, testset: list[Report]) -> None:
    _ingest(store, testset)
    _delete_every_other_event(store)
    everything = store.list_events(EventFilter(), limit=1000)
    before = {word: _matching(store, word) for word in ("maiduguri", "boko haram", "civilians")}
    rowids = _fts_keys(store)
    store.db.execute("VACUUM")
    assert _fts_keys(store) == rowids
    assert all(_matching(store, word) == found for word, found in before.items())
    for row in everything:  # every remaining event is still found by a word of its location
        if row["location"]:
            assert row["event_id"] in _matching(store, row["location"])


def _fts_keys(store: EventStore) -> dict[str, int] | None:
    """SQLite: each event's rowid, which the FTS5 index is keyed by (an explicit INTEGER
    PRIMARY KEY alias, which VACUUM never renumbers); None on PostgreSQL (no row numbers)."""
    if store.db.dialect != "sqlite":
        return None
    columns = {r["name"]: r for r in store.db.query("PRAGMA table_info(events)")}
    assert columns["rid"]["pk"] == 1 and columns["rid"]["type"] == "INTEGER"
    rows = store.db.query("SELECT rowid AS key, rid, event_id FROM events")
    assert all(r["key"] == r["rid"] for r in rows)
    return {r["event_id"]: r["key"] for r in rows}


def test_listed_events_say_reviewed_as_a_bool(store: EventStore, testset: list[Report]) -> None:
    """The flag is 0/1 in SQLite; every reader of list_events (CLI --json, API) gets a bool."""
    _ingest(store, testset[:3])
    first = store.list_events(EventFilter(), limit=1)[0]
    assert first["reviewed"] is False
    store.correct_event(first["event_id"], {"fatalities": 3}, reviewer="ann")
    listed = {r["event_id"]: r for r in store.list_events(EventFilter(), limit=1000)}
    assert listed[first["event_id"]]["reviewed"] is True


def test_countries_are_read_by_name_alias_iso3_or_iso2_in_any_case() -> None:
    from dateline.store.query import acled_countries, acled_country

    for given in ("Nigeria", "nigeria", "NGA", "ng", "Nigerian"):
        assert acled_country(given) == "Nigeria"
    assert acled_country("DRC") == acled_country("cd") == "Democratic Republic of Congo"
    assert acled_country(" ") == ""  # no country: the events placed nowhere
    with pytest.raises(ValueError, match="did you mean 'Nigeria'"):
        acled_country("Nigera")
    assert acled_countries(["ng", "Narnia"]) == ("Nigeria", "Narnia")  # the API keeps unknowns
