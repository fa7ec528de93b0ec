"""Round 10: the re-deciding of homes written once (store/homes.py) over a small interface;
own scenes, the in-memory data access (store/regroup.py ClusterHomes). The stored one is
tested through the store in tests/store/test_revisit.py."""

from __future__ import annotations

import itertools

from tests.store.test_regroup import _communique, _macina, _niono

from dateline.model import Event
from dateline.store.dedup import cluster_reports, joins_cluster
from dateline.store.homes import rehome, settle
from dateline.store.regroup import ClusterHomes


def test_settle_moves_a_communique_to_the_clash_more_outlets_reported() -> None:
    # Stored as after an arrival order where the communiqué (3) joined Macina (2) first.
    reports = [_niono("a"), _niono("b", geo_precision=2), _macina("c"), _communique("d")]
    clusters = [[0, 1], [2, 3]]
    homes = ClusterHomes(reports, clusters, joins_cluster)
    settle(homes, [3], {0})  # the Niono event changed
    assert [sorted(c) for c in clusters if c] == [[0, 1, 3], [2]]
    assert rehome(homes, 3) == set()  # settled: where it is


def test_a_report_that_fits_nothing_is_left_alone_and_one_that_fits_two_stands_apart() -> None:
    reports = [_niono("a"), _macina("c"), _communique("d")]
    clusters = [[0], [1, 2]]  # the communiqué took Macina along; Niono fits it as well
    homes = ClusterHomes(reports, clusters, joins_cluster)
    moved = rehome(homes, 2)
    assert moved == {1, 2} and [sorted(c) for c in clusters] == [[0], [1], [2]]
    assert rehome(homes, 2) == set()  # alone, and still two events fit equally
    assert rehome(homes, 0) == set()  # a single report placed exactly: no other home


def _unplaced(article_id: str) -> Event:
    """ "JNIM fighters attacked an army post on Wednesday": no place, no country."""
    return _niono(article_id, country="", admin1="", location="", latitude=None,
                  longitude=None, geo_precision=3)  # fmt: skip


def test_a_report_without_place_or_country_finds_its_event_in_every_arrival_order() -> None:
    """Round 10 (``revisit_unplaced_reports``): arriving before the reports it belongs with,
    it stood alone (the first located report, with generic actors only, cannot corroborate
    it); it is now re-decided when an event it fits changes, whatever that event's country."""
    generic = _niono("a", actor1="Unidentified Armed Group (Mali)", inter1=3, actor2="", inter2=0)
    reports = [_unplaced("u"), generic, _niono("b")]
    for order in itertools.permutations(reports):
        clusters = cluster_reports(list(order))
        assert sorted(map(len, clusters)) == [3], [e.article_id for e in order]
    assert sorted(map(len, cluster_reports([_unplaced("u"), generic]))) == [1, 1]  # alone


def test_an_arrival_without_country_re_decides_unplaced_reports_too() -> None:
    """The report that ties an unplaced report to its event may be unplaced itself (two
    outlets that never name the town): its arrival re-decides the unplaced reports too."""
    vague = _niono("u1", country="", admin1="", location="", latitude=None, longitude=None,
                   geo_precision=3, actor1="Unidentified Armed Group (Mali)", inter1=3,
                   actor2="", inter2=0)  # fmt: skip
    reports = [vague, _niono("a"), _unplaced("u2")]
    for order in itertools.permutations(reports):
        clusters = cluster_reports(list(order))
        assert sorted(map(len, clusters)) == [3], [e.article_id for e in order]
