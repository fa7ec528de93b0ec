"""The event store on SQLite and (with DATELINE_TEST_PG) PostgreSQL, fed Event records directly."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

import pytest

from dateline.model import Article, Document
from dateline.store import EventFilter, EventStore, ReviewError
from dateline.store.dedup import cluster_reports
from dateline.store.dedup_eval import Report
from dateline.store.query import _stats_from_events as stats_from_events
from dateline.store.schema import MIGRATIONS


def ingest_all(store: EventStore, reports: Iterable[Report]) -> None:
    for item in reports:
        store.ingest_document(Document(item.article, events=list(item.events)))


def cluster_of(store: EventStore, article_id: str) -> str:
    article = store.get_article(article_id)
    assert article is not None
    return str(article["event_ids"][0])


def by_id(testset: list[Report], article_id: str) -> Report:
    return next(r for r in testset if r.article.id == article_id)


def test_store_clusters_like_the_dedup_rules(store: EventStore, testset: list[Report]) -> None:
    ingest_all(store, testset)
    events = [e for r in testset for e in r.events]
    expected = cluster_reports(events)
    assert store.count_events(EventFilter()) == len(expected)
    for members in expected:
        assert len({cluster_of(store, events[i].article_id) for i in members}) == 1


def test_reingest_same_content_changes_nothing(store: EventStore, testset: list[Report]) -> None:
    ingest_all(store, testset[:10])
    before = store.list_events(EventFilter(), limit=1000)
    again = store.ingest_document(Document(testset[0].article, events=list(testset[0].events)))
    assert again.status == "unchanged"
    copy = replace(testset[1].article, id="other-id", url=None)  # same text, new id: same article
    assert not store.needs_processing(copy)
    assert store.list_events(EventFilter(), limit=1000) == before


def test_updated_article_replaces_its_events(store: EventStore, testset: list[Report]) -> None:
    original = by_id(testset, "l02-sonna")
    ingest_all(store, [original])
    old_id = cluster_of(store, "l02-sonna")
    updated = replace(original.article, text=original.article.text + " The toll rose to nine.")
    event = replace(original.events[0], fatalities=9, event_date=date(2023, 8, 25))
    result = store.ingest_document(Document(updated, events=[event]))
    assert result.status == "updated"
    assert store.get_event(old_id) is None or store.get_event(old_id)["event"]["fatalities"] == 9
    assert store.count_events(EventFilter()) == 1
    page = store.list_events(EventFilter())
    assert page[0]["fatalities"] == 9 and page[0]["event_date"] == "2023-08-25"


def test_event_id_is_stable_as_reports_arrive(store: EventStore, testset: list[Report]) -> None:
    cluster = [r for r in testset if r.clusters[0] == "C01"]
    ingest_all(store, cluster[:1])
    first = cluster_of(store, cluster[0].article.id)
    ingest_all(store, cluster[1:])
    assert {cluster_of(store, r.article.id) for r in cluster} == {first}
    detail = store.get_event(first)
    assert detail is not None and len(detail["sources"]) == len(cluster)
    assert detail["event"]["fatalities"] == 9  # lowest credible of 9, 12, 10 and "no figure"
    assert all(source["merge_reason"] for source in detail["sources"])


def test_filters_sorting_and_pages(store: EventStore, testset: list[Report]) -> None:
    ingest_all(store, testset)
    nigeria = EventFilter(
        country=("Nigeria",), date_from=date(2024, 3, 1), date_to=date(2024, 3, 31)
    )
    rows = store.list_events(nigeria, limit=1000)
    assert rows and all(
        r["country"] == "Nigeria" and r["event_date"].startswith("2024-03") for r in rows
    )
    battles = replace(nigeria, event_type=("Battles",))
    assert {r["event_type"] for r in store.list_events(battles)} == {"Battles"}
    assert all("boko" in r["actor1"].lower() for r in store.list_events(EventFilter(actor="BOKO")))
    assert store.count_events(EventFilter(text="maiduguri")) == 2
    kharkiv = EventFilter(bbox=(36.0, 49.8, 36.5, 50.1))
    assert {r["location"] for r in store.list_events(kharkiv)} == {"Kharkiv"}
    by_deaths = store.list_events(EventFilter(), sort="-fatalities", limit=3)
    assert [r["fatalities"] for r in by_deaths] == sorted(
        (r["fatalities"] for r in by_deaths), reverse=True
    )
    first, second = (store.list_events(EventFilter(), limit=5, offset=o) for o in (0, 5))
    assert not {r["event_id"] for r in first} & {r["event_id"] for r in second}
    with pytest.raises(ValueError, match="cannot sort"):
        store.list_events(EventFilter(), sort="notes; DROP TABLE events")


@pytest.mark.parametrize("period", ["day", "week", "month"])
@pytest.mark.parametrize("group", ["country", "admin1", "event_type"])
def test_rollup_stats_match_the_events(store: EventStore, testset: list[Report], period: str,
                                       group: str) -> None:  # fmt: skip
    ingest_all(store, testset)
    store.correct_event(cluster_of(store, "c03-garowe"), {"fatalities": 30}, "ann")
    fast = store.stats(EventFilter(), period, group)  # from the rollup table
    slow = stats_from_events(store.db, EventFilter(), period, group)  # aggregating the events
    assert sum(r["events"] for r in fast) == store.count_events(EventFilter())
    assert fast == slow
    nigeria = EventFilter(country=("Nigeria",), event_type=("Battles",))
    assert store.stats(nigeria, period, group) == stats_from_events(
        store.db, nigeria, period, group
    )


def test_rollup_follows_updates_and_splits(store: EventStore, testset: list[Report]) -> None:
    ingest_all(store, [r for r in testset if r.clusters[0] in ("C03", "L02")])
    event_id = cluster_of(store, "c03-garowe")
    store.split_report(event_id, "c03-hiiraan#1", "ann")
    totals = store.stats(EventFilter(), "month", "country")
    assert totals == [
        {"period": "2023-08", "group": "Somalia", "events": 3, "fatalities": 8 + 11 + 6}
    ]


def test_corrections_keep_machine_values_and_survive_new_reports(
    store: EventStore, testset: list[Report]
) -> None:
    cluster = [r for r in testset if r.clusters[0] == "C05"]
    ingest_all(store, cluster[:1])
    event_id = cluster_of(store, cluster[0].article.id)
    store.correct_event(
        event_id, {"fatalities": 15, "notes": "checked"}, "ann", note="hospital list"
    )
    ingest_all(store, cluster[1:])
    detail = store.get_event(event_id)
    assert detail is not None
    assert detail["event"]["fatalities"] == 15 and detail["machine"]["fatalities"] == 12
    assert detail["event"]["source"] == detail["machine"]["source"]  # new sources still flow in
    assert [c["field"] for c in detail["corrections"]] == ["fatalities", "notes"]
    assert detail["corrections"][0]["reviewer"] == "ann" and detail["corrections"][0]["created_at"]
    assert detail["reviewed"]


def test_correction_validation(store: EventStore, testset: list[Report]) -> None:
    ingest_all(store, testset[:1])
    event_id = cluster_of(store, testset[0].article.id)
    for bad in ({"fatalities": -1}, {"sub_event_type": "Picnic"}, {"event_id": "X"},
                {"event_date": "yesterday"}, {"latitude": 123.0}, {}):  # fmt: skip
        with pytest.raises(ReviewError):
            store.correct_event(event_id, bad, "ann")
    store.correct_event(event_id, {"sub_event_type": "Grenade"}, "ann")
    event = store.get_event(event_id)
    assert event is not None and event["event"]["event_type"] == "Explosions/Remote violence"
    with pytest.raises(KeyError):
        store.correct_event("DLNOPE", {"fatalities": 1}, "ann")


def test_split_is_remembered_and_merge_undoes_it(store: EventStore, testset: list[Report]) -> None:
    cluster = [r for r in testset if r.clusters[0] == "C07"]
    ingest_all(store, cluster)
    event_id = cluster_of(store, "c07-dawn")
    new_id = store.split_report(event_id, "c07-geo#1", "ann")
    assert cluster_of(store, "c07-geo") == new_id != event_id
    # The same report re-read after an edit of its article must not rejoin the event it left.
    geo = by_id(testset, "c07-geo")
    edited = replace(geo.article, text=geo.article.text + " (updated)")
    store.ingest_document(Document(edited, events=list(geo.events)))
    assert cluster_of(store, "c07-geo") != event_id
    with pytest.raises(ReviewError):
        store.split_report(event_id, "c07-nope#1", "ann")
    store.merge_events(event_id, cluster_of(store, "c07-geo"), "bob")
    assert cluster_of(store, "c07-geo") == event_id
    assert store.count_events(EventFilter()) == 1


def test_interrupted_ingest_resumes_without_duplicates(
    store: EventStore, testset: list[Report]
) -> None:
    documents = {r.article.id: Document(r.article, events=list(r.events)) for r in testset[:12]}

    def crashing(articles: list[Article]) -> Iterator[Document]:
        for index, article in enumerate(articles):
            if index == 7:
                raise KeyboardInterrupt  # the process is killed mid-run
            yield documents[article.id]

    with pytest.raises(KeyboardInterrupt):
        list(store.ingest([r.article for r in testset[:12]], crashing))
    kept = store.count_events(EventFilter())
    assert kept > 0
    results = list(
        store.ingest(
            [r.article for r in testset[:12]], lambda arts: (documents[a.id] for a in arts)
        )
    )
    assert [r.status for r in results].count("unchanged") == 7
    reference = EventStore(f"{store.url}-ref") if store.dialect == "sqlite" else None
    if reference is not None:
        with reference:
            ingest_all(reference, testset[:12])
            assert reference.count_events(EventFilter()) == store.count_events(EventFilter())


def test_migrations_are_versioned_and_idempotent(store_url: str) -> None:
    with EventStore(store_url) as first, EventStore(store_url) as second:
        assert first.schema_version == second.schema_version == MIGRATIONS[-1].version
        rows = first.db.query("SELECT version FROM schema_migrations ORDER BY version")
        assert [r["version"] for r in rows] == sorted({m.version for m in MIGRATIONS})


def test_readers_are_not_blocked_by_a_writer(store_url: str, testset: list[Report]) -> None:
    with EventStore(store_url) as writer, EventStore(store_url) as reader:
        ingest_all(writer, testset[:3])
        before = reader.count_events(EventFilter())
        with writer.db.transaction():  # an ingest in progress holds the write lock
            ingest_all(writer, testset[3:6])
            assert reader.count_events(EventFilter()) == before  # sees only committed data
            assert reader.list_events(EventFilter(), limit=1)
        assert reader.count_events(EventFilter()) > before


def test_postgis_geometry_where_the_extension_exists(
    store: EventStore, testset: list[Report]
) -> None:
    available = (
        store.dialect == "postgresql"
        and store.db.query_one("SELECT 1 AS ok FROM pg_available_extensions WHERE name = 'postgis'")
        is not None
    )
    assert store.postgis == available
    ingest_all(store, testset)
    if available:  # the geometry column follows latitude/longitude and answers spatial queries
        row = store.db.query_one(
            "SELECT COUNT(*) AS n FROM events WHERE ST_DWithin(geom::geography, "
            "ST_SetSRID(ST_MakePoint(13.15712, 11.84692), 4326)::geography, 1000)"
        )
        assert row is not None and row["n"] == store.count_events(EventFilter(text="maiduguri"))


def test_month_statistics_on_partial_months_use_the_daily_rollup(
    store: EventStore, testset: list[Report]
) -> None:
    ingest_all(store, testset)
    partial = EventFilter(date_from=date(2024, 3, 5), date_to=date(2024, 6, 26))
    assert store.stats(partial, "month", "country") == stats_from_events(
        store.db, partial, "month", "country"
    )


def test_upgrade_from_version_1_fills_the_monthly_rollup(
    store_url: str, testset: list[Report]
) -> None:
    from dateline.store import schema

    original = schema.MIGRATIONS
    schema.MIGRATIONS = original[:1]  # a database created by the first release
    try:
        with EventStore(store_url) as old:
            assert old.schema_version == 1
            ingest_all_v1(old, testset[:15])
            expected_total = old.count_events(EventFilter())
    finally:
        schema.MIGRATIONS = original
    with EventStore(store_url) as upgraded:
        assert upgraded.schema_version == MIGRATIONS[-1].version
        rows = upgraded.stats(EventFilter(), "month", "country")
        assert sum(r["events"] for r in rows) == expected_total
        # Migration 4 fills geo_precision from the records, migration 5 indexes the old text.
        events = upgraded.db.query("SELECT geo_precision, record FROM events")
        assert all(r["geo_precision"] == json.loads(r["record"])["geo_precision"] for r in events)
        assert {r["geo_precision"] for r in events} == {1, 2}  # not just the column default
        located = {r["location"] for r in upgraded.list_events(EventFilter(), limit=1000)}
        assert all(upgraded.count_events(EventFilter(text=name)) for name in located if name)


def ingest_all_v1(store: EventStore, reports: list[Report]) -> None:
    """Ingest as version 1 did: the daily rollup only."""
    import dateline.store.ingest as ingest_module
    from dateline.model import Event
    from dateline.store import rollup
    from dateline.store.backend import Database

    def daily_only(db: Database, event: Event, sign: int) -> None:
        day, week, month = rollup.period_keys(event.event_date)
        db.execute(
            "INSERT INTO rollup (day, week, month, country, admin1, event_type, events, "
            "fatalities) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (day, country, admin1, event_type) DO UPDATE "
            "SET events = rollup.events + excluded.events, "
            "fatalities = rollup.fatalities + excluded.fatalities",
            (day, week, month, event.country, event.admin1, event.event_type, sign,
             sign * event.fatalities),
        )  # fmt: skip

    def v1_columns(event: Event, machine: Event, n_reports: int) -> dict[str, object]:
        columns = columns_now(event, machine, n_reports)
        del columns["geo_precision"]  # added by migration 4
        return columns

    def v1_area(report: Event) -> tuple[str, list[object]] | None:
        area = area_now(report)
        return None if area is None else (area[0].replace("geo_precision >= 3 OR ", ""), area[1])

    originals = (ingest_module.add_to_rollup, ingest_module.event_columns,
                 ingest_module._area_condition)  # fmt: skip
    columns_now, area_now = originals[1], originals[2]
    ingest_module.add_to_rollup = daily_only
    ingest_module.event_columns = v1_columns
    ingest_module._area_condition = v1_area
    try:
        ingest_all(store, reports)
    finally:
        (ingest_module.add_to_rollup, ingest_module.event_columns,
         ingest_module._area_condition) = originals  # fmt: skip


KILLED_WRITER = """
import sys, time
from pathlib import Path
from dateline.model import Document
from dateline.store import EventStore
from dateline.store.dedup_eval import load_testset

store = EventStore(sys.argv[1])
for report in load_testset(Path(sys.argv[2])):
    store.ingest_document(Document(report.article, events=list(report.events)))
    print(report.article.id, flush=True)
    time.sleep(0.02)
"""


def test_a_killed_ingest_loses_no_committed_article(store_url: str, testset: list[Report]) -> None:
    import signal
    import subprocess
    import sys
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "corpus" / "dedup"
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, store_url, str(corpus)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    committed = [writer.stdout.readline().strip() for _ in range(10)]
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with EventStore(store_url) as store:
        for article_id in committed:
            assert store.get_article(article_id) is not None
        ingest_all(store, testset)  # resume: everything, again
        assert store.count_events(EventFilter()) == len(
            cluster_reports([e for r in testset for e in r.events])
        )
        reports = store.db.query_one("SELECT COUNT(*) AS n FROM reports")
        assert reports is not None and reports["n"] == sum(len(r.events) for r in testset)
