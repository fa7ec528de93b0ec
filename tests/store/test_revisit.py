"""Round 9 of issue #5: the store re-decides stored area-level reports when a report arrives
(store/revisit.py), records why, and leaves reviewers' placements alone."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

from tests.store.test_regroup import _communique, _macina, _niono

from dateline.model import Article, Document, Event
from dateline.store import EventStore
from dateline.store.dedup import cluster_reports
from dateline.store.testing import scratch_database


def _ingest(store: EventStore, report: Event, text: str | None = None) -> None:
    article = Article(id=report.article_id, text=text or f"Report {report.article_id}.",
                      published=date(2025, 9, 11), source=report.source,
                      url=f"https://example.org/{report.article_id}")  # fmt: skip
    store.ingest_document(Document(article, events=[report]))


def _event_of(store: EventStore, article_id: str) -> str:
    article = store.get_article(article_id)
    assert article is not None
    return str(article["event_ids"][0])


def _reason(store: EventStore, article_id: str) -> str:
    event = store.get_event(_event_of(store, article_id))
    assert event is not None
    return next(s["merge_reason"] for s in event["sources"] if s["article_id"] == article_id)


def test_a_communique_moves_to_the_clash_more_outlets_reported(store: EventStore) -> None:
    """The communiqué joins the only clash stored (Macina); a Niono report makes that
    ambiguous (it stands alone, recorded); a second Niono report singles Niono out."""
    _ingest(store, _communique("d"))
    _ingest(store, _macina("c"))
    assert _event_of(store, "c") == _event_of(store, "d")
    _ingest(store, _niono("a"))
    assert len({_event_of(store, x) for x in "acd"}) == 3
    assert _reason(store, "d").startswith("re-decided when a#1 was stored")
    assert "an event of its own" in _reason(store, "d")
    _ingest(store, _niono("b", geo_precision=2))
    assert _event_of(store, "d") == _event_of(store, "a") == _event_of(store, "b")
    assert _event_of(store, "c") != _event_of(store, "a")
    assert "it belongs to" in _reason(store, "d")
    event = store.get_event(_event_of(store, "a"))
    assert event is not None and len(event["sources"]) == 3


def test_the_store_ends_as_the_rules_in_every_arrival_order(tmp_path: Path) -> None:
    reports = [_niono("a"), _niono("b", geo_precision=2), _macina("c"), _communique("d")]
    for order in itertools.permutations(reports):
        expected = cluster_reports(list(order))
        with scratch_database("sqlite", tmp_path) as url, EventStore(url) as store:
            for report in order:
                _ingest(store, report)
            for members in expected:
                assert len({_event_of(store, order[i].article_id) for i in members}) == 1
            assert len({_event_of(store, r.article_id) for r in order}) == len(expected)


def test_a_reviewers_split_is_not_undone(store: EventStore) -> None:
    for report in (_niono("a"), _niono("b", geo_precision=2), _communique("d")):
        _ingest(store, report)
    niono = _event_of(store, "a")
    assert _event_of(store, "d") == niono
    store.split_report(niono, "d#1", reviewer="ann")
    _ingest(store, _macina("c"))  # the only event it fits at arrival: the split-off report's
    assert _event_of(store, "c") == _event_of(store, "d")
    _ingest(store, _niono("e"))  # the rules would now move the communiqué to Niono
    assert _event_of(store, "d") == _event_of(store, "c") != niono
    assert _reason(store, "d").startswith("split from")
    store.merge_events(niono, _event_of(store, "d"), reviewer="ann")
    _ingest(store, _macina("f"))
    assert _event_of(store, "d") == _event_of(store, "c") == niono  # the reviewer's merge


def test_a_syndicated_copy_follows_its_original(store: EventStore) -> None:
    text = "The army repelled an attack by terrorists in the Ségou region, the ministry said."
    _ingest(store, _communique("d"), text)
    _ingest(store, _macina("c"))
    copy = Article(id="d2", text=text, published=date(2025, 9, 11), source="D2",
                   url="https://example.net/d2")  # fmt: skip
    assert store.ingest_document(Document(copy)).copy_of == "d"
    assert _event_of(store, "d2") == _event_of(store, "c")
    _ingest(store, _niono("a"))
    _ingest(store, _niono("b", geo_precision=2))
    assert _event_of(store, "d") == _event_of(store, "d2") == _event_of(store, "a")
    assert _event_of(store, "c") != _event_of(store, "a")


def test_a_single_report_joins_once_the_reports_it_fits_with_are_stored(
    store: EventStore,
) -> None:
    """The Mogadishu-placed clash report fits the Afgooye report and the Lower Shabelle
    communiqué only together (revisit_single_reports)."""
    from tests.store.test_area_level import _clash, _mogadishu, _region

    for report in (_mogadishu("b"), _region("c"), _clash("a")):
        _ingest(store, report)
    assert _event_of(store, "a") == _event_of(store, "b") == _event_of(store, "c")
    assert "an event of its own until then" in _reason(store, "b")


def test_an_updated_article_that_leaves_frees_the_communique(store: EventStore) -> None:
    """The communiqué fits the Niono and the Macina clash equally and stands alone; the Macina
    article is updated (its clash was on another day): the communiqué is re-decided when the
    old report is removed and joins Niono."""
    for report in (_niono("a"), _macina("c"), _communique("d")):
        _ingest(store, report)
    assert len({_event_of(store, x) for x in "acd"}) == 3
    _ingest(store, _macina("c", event_date=date(2025, 10, 20)), "Report c, corrected.")
    assert _event_of(store, "d") == _event_of(store, "a") != _event_of(store, "c")
    assert "c#1 was removed" in _reason(store, "d")


def test_a_report_without_place_or_country_moves_to_the_event_it_fits(store: EventStore) -> None:
    """Round 10 (``revisit_unplaced_reports``): stored first, it stood alone; once a report that
    corroborates it (a shared named group) is stored beside one that cannot, it moves there."""
    from tests.store.test_homes import _unplaced

    _ingest(store, _unplaced("u"))
    _ingest(store, _niono("a", actor1="Unidentified Armed Group (Mali)", inter1=3, actor2="",
                          inter2=0))  # fmt: skip
    assert _event_of(store, "u") != _event_of(store, "a")
    _ingest(store, _niono("b"))
    assert _event_of(store, "u") == _event_of(store, "a") == _event_of(store, "b")
    assert "an event of its own until then" in _reason(store, "u")


def test_an_unplaced_arrival_moves_an_unplaced_report_in_the_store(store: EventStore) -> None:
    from tests.store.test_homes import _unplaced

    vague = _niono("u1", country="", admin1="", location="", latitude=None, longitude=None,
                   geo_precision=3, actor1="Unidentified Armed Group (Mali)", inter1=3,
                   actor2="", inter2=0)  # fmt: skip
    for report in (vague, _niono("a"), _unplaced("u2")):
        _ingest(store, report)
    assert _event_of(store, "u1") == _event_of(store, "a") == _event_of(store, "u2")
