"""Round 9 of issue #5: where an area-level report belongs does not depend on arrival order
(store/regroup.py); own scenes, every arrival order."""

from __future__ import annotations

import itertools
import json
import random
from datetime import date
from pathlib import Path

from dateline.model import Event, Evidence
from dateline.store.dedup import cluster_reports
from dateline.store.dedup_eval import evaluate, evaluate_end_to_end, load_testset
from dateline.store.testing import report_event

TESTSET = Path(__file__).resolve().parents[2] / "corpus" / "dedup"

# JNIM and the Malian army clash at Niono (two outlets) and, the same day, 75 km away at Macina
# (one outlet), both in Ségou region; the army's communiqué names only "the Ségou region".
CLASH = {
    "event_date": date(2025, 9, 10), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Battles", "sub_event_type": "Armed clash",
    "actor1": "JNIM: Group for Support of Islam and Muslims", "inter1": 2,
    "actor2": "Military Forces of Mali (2021-)", "inter2": 1, "country": "Mali",
    "admin1": "Segou", "location": "Niono", "latitude": 14.2526, "longitude": -5.993,
    "geo_precision": 1,
}  # fmt: skip


def _niono(article_id: str, **changes: object) -> Event:
    return report_event(article_id, CLASH, **changes)


def _macina(article_id: str, **changes: object) -> Event:
    return _niono(article_id, location="Macina", latitude=13.96, longitude=-5.3578, **changes)


def _communique(article_id: str, **changes: object) -> Event:
    return _niono(article_id, location="Segou", latitude=13.4317, longitude=-6.2157,
                  geo_precision=3, evidence=[Evidence("location", 52, 66, "Ségou region")],
                  **changes)  # fmt: skip


def _homes(reports: list[Event]) -> set[frozenset[str]]:
    """Every arrival order's clustering, as sets of article ids."""
    found = set()
    for order in itertools.permutations(reports):
        clusters = cluster_reports(list(order))
        found.add(frozenset(frozenset(order[i].article_id for i in c) for c in clusters))
    return found


def test_a_communique_joins_the_clash_more_outlets_reported_in_every_order() -> None:
    """Before round 9, the communiqué arriving while only Macina was stored joined it (and
    stayed there when the Niono reports came)."""
    reports = [_niono("a"), _niono("b", geo_precision=2), _macina("c"), _communique("d")]
    assert _homes(reports) == {frozenset({frozenset("abd"), frozenset("c")})}


def test_a_communique_two_clashes_fit_equally_stands_alone_in_every_order() -> None:
    reports = [_niono("a"), _macina("c"), _communique("d")]
    assert _homes(reports) == {frozenset({frozenset("a"), frozenset("c"), frozenset("d")})}


def _country_level(article_id: str, **changes: object) -> Event:
    """ "Mali: jihadists kill N soldiers" -- placed at the capital, gp 3, by the country."""
    return _niono(article_id, admin1="Bamako", location="Bamako", latitude=12.65,
                  longitude=-8.0, geo_precision=3, evidence=[Evidence("location", 0, 4, "Mali")],
                  **changes)  # fmt: skip


def test_a_country_level_report_joins_the_clash_whose_death_toll_it_gives() -> None:
    reports = [_niono("a", fatalities=9), _macina("c", fatalities=4), _country_level("d",
               fatalities=4)]  # fmt: skip
    assert _homes(reports) == {frozenset({frozenset("a"), frozenset("cd")})}
    # a toll neither gives (or both give) singles out nothing: it stands alone
    reports[2] = _country_level("d", fatalities=6)
    assert _homes(reports) == {frozenset({frozenset("a"), frozenset("c"), frozenset("d")})}
    reports[0] = _niono("a", fatalities=4)
    reports[2] = _country_level("d", fatalities=4)
    assert _homes(reports) == {frozenset({frozenset("a"), frozenset("c"), frozenset("d")})}


def test_a_report_placed_more_precisely_keeps_the_best_scoring_event() -> None:
    """Only area-level reports are re-decided: a report "near" a town between two fitting
    events still joins the best-scoring one, once."""
    between = _niono("e", location="Near Niono", latitude=14.2, longitude=-5.8, geo_precision=2)
    clusters = cluster_reports([_niono("a"), _niono("b", location="Kolongo", latitude=14.15,
                                                   longitude=-5.75),
                                between])  # fmt: skip
    assert sorted(map(len, clusters)) == [1, 2]


def test_precision_holds_in_every_arrival_order_on_the_records() -> None:
    """reports6 (area-level look-alikes): worst of seeds 1-20 was 0.889 / 0.800 before round
    9, 1.000 / 1.000 after; reports2 0.962 / 0.879 -> 0.966 / 0.966."""
    for split, (precision, recall) in {"reports6": (0.98, 0.98),
                                       "reports2": (0.96, 0.95)}.items():  # fmt: skip
        reports = load_testset(TESTSET, split)
        worst = [evaluate(reports, seed) for seed in range(1, 21)]
        assert min(s.precision for s in worst) >= precision, split
        assert min(s.recall for s in worst) >= recall, split


def test_precision_holds_in_every_arrival_order_through_the_store(tmp_path: Path) -> None:
    """The committed extraction of 26 Nov 14:28 UTC, replayed through the store in seeds 1-20:
    reports6 worst precision 0.667 before round 9 (the communiqué joined the Qoryoley clash
    stored first; the raid west of El Fasher joined the shelling), 1.000 after."""
    snapshot = json.loads((TESTSET / "extracted-2026-11-26-round8.json").read_text("utf-8"))
    for split in ("reports6", "reports3"):
        for seed in range(1, 21):
            reports = load_testset(TESTSET, split)
            random.Random(seed).shuffle(reports)
            url = str(tmp_path / f"{split}-{seed}.sqlite")
            result = evaluate_end_to_end(reports, url, snapshot)
            assert result.scores.precision >= 0.98, (split, seed, result.scores)


def test_a_single_report_joins_the_event_it_fits_once_stored_in_every_order() -> None:
    """A clash report placed 30 km off in another province (Mogadishu) fits the Afgooye report
    and the Lower Shabelle communiqué only together (the communiqué's province is overruled by
    the located member): arriving first, it used to stay alone (revisit_single_reports)."""
    from tests.store.test_area_level import _clash, _mogadishu, _region

    reports = [_clash("a"), _mogadishu("b"), _region("c")]
    assert _homes(reports) == {frozenset({frozenset("abc")})}


def test_the_records_cluster_alike_in_every_arrival_order() -> None:
    """Distinct clusterings over file order and seeds 1-20 (before round 9: reports2 10,
    reports6 2; after: reports2 2 -- the "near Nablus" chain, not an area-level report -- and
    one for reports3, reports5, reports6)."""
    for split, most in {"reports2": 2, "reports3": 1, "reports5": 1, "reports6": 1}.items():
        reports = load_testset(TESTSET, split)
        items = [e for r in reports for e in r.events]
        texts = {r.article.id: r.article.text for r in reports}
        found = set()
        for seed in [None, *range(1, 21)]:
            order = list(range(len(items)))
            if seed is not None:
                random.Random(seed).shuffle(order)
            clusters = cluster_reports([items[i] for i in order], texts.__getitem__)
            found.add(frozenset(frozenset(items[order[i]].event_id for i in c) for c in clusters))
        assert len(found) <= most, (split, len(found))
