"""Benchmark of the event store and the REST API on synthetic databases.

    .venv/bin/python bench/store_bench.py --events 100000
    .venv/bin/python bench/store_bench.py --events 1000000 --db /tmp/dateline-1m.sqlite
    .venv/bin/python bench/store_bench.py --events 100000 --db postgresql://...  (PostgreSQL)

Measures:
- ingest rate through the real write path (dedup, fusion, rollup; one transaction per
  article) on ``--ingest-sample`` synthetic articles, a fifth of which re-report an earlier
  incident so that the dedup path is exercised;
- the rest of the database is bulk-loaded with the same row layout (single-report events);
- GET /events with a country + 90-day range + event type filter (p50/p95, in-process HTTP);
- GET /stats (month x admin1 for one country over a year; month x country over everything);
- the size of the database on disk.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dateline.model import Article, Document, Event
from dateline.store import EventFilter, EventStore
from dateline.store.codec import event_to_json
from dateline.store.fuse import canonical_event_id
from dateline.store.ingest import content_hash, now
from dateline.store.rollup import period_keys
from dateline.taxonomy import sub_event_types

FIRST_DAY = date(2018, 1, 1)
DAYS = 8 * 365
COUNTRIES = [(f"Country{i:02d}", 1.0 / (i + 1)) for i in range(40)]  # Zipf-like activity
BATCH = 5000


def synthetic_event(rng: random.Random, serial: int) -> Event:
    country = rng.choices([c for c, _ in COUNTRIES], weights=[w for _, w in COUNTRIES])[0]
    entry = rng.choice(list(sub_event_types().values()))
    region = rng.randrange(8)
    return Event(
        article_id=f"a{serial}", event_id=f"a{serial}#1",
        event_date=FIRST_DAY + timedelta(days=rng.randrange(DAYS)), time_precision=1,
        disorder_type=entry.disorder_type, event_type=entry.event_type, sub_event_type=entry.name,
        actor1=f"Armed Group {rng.randrange(300)}", inter1=2, actor2=f"Civilians ({country})",
        inter2=7, country=country, admin1=f"{country} Province {region}",
        location=f"Town {rng.randrange(5000)}", latitude=rng.uniform(-30, 40),
        longitude=rng.uniform(-20, 100), geo_precision=rng.choice((1, 1, 2, 3)),
        fatalities=int(rng.expovariate(0.3)), source=f"Outlet {rng.randrange(200)}",
        notes=f"Synthetic report {serial} of an incident in {country}.",
    )  # fmt: skip


def measure_ingest(store: EventStore, count: int, rng: random.Random, first: int = 0) -> float:
    """Articles per second through ingest_document (with dedup against what is stored)."""
    documents: list[Document] = []
    for serial in range(first, first + count):
        event = synthetic_event(rng, serial)
        if documents and rng.random() < 0.2:  # another outlet's report of an earlier incident
            earlier = rng.choice(documents).events[0]
            event = replace(earlier, article_id=f"a{serial}", event_id=f"a{serial}#1",
                            source=event.source, fatalities=event.fatalities)  # fmt: skip
        text = f"{event.notes} Serial {serial}."
        article = Article(id=f"a{serial}", text=text, published=event.event_date)
        documents.append(Document(article, events=[event]))
    started = time.perf_counter()
    for doc in documents:
        store.ingest_document(doc)
    return count / (time.perf_counter() - started)


def bulk_load(store: EventStore, start: int, total: int, rng: random.Random) -> None:
    """Single-report events written straight into the tables, in large transactions."""
    rollup: dict[tuple[str, ...], list[int]] = {}
    for first in range(start, total, BATCH):
        events = [
            synthetic_event(rng, serial) for serial in range(first, min(first + BATCH, total))
        ]
        with store.db.transaction():
            _insert_batch(store, events, rollup)
    with store.db.transaction():
        _add_rollup(store, rollup)


def _insert_batch(
    store: EventStore, events: list[Event], rollup: dict[tuple[str, ...], list[int]]
) -> None:
    stamp = now()
    articles, reports, rows = [], [], []
    for event in events:
        text = f"{event.notes} Serial {event.article_id}."
        article = Article(id=event.article_id, text=text)
        articles.append((event.article_id, None, content_hash(article), None, event.source,
                         event.event_date.isoformat(), text, "bench", stamp, stamp))  # fmt: skip
        report_json = event_to_json(event)
        event_id = canonical_event_id(event.event_id)
        reports.append((event.event_id, event.article_id, event_id, report_json, "bench", stamp))
        event.event_id = event_id
        rows.append((event_id, event.event_date.isoformat(), event.event_date.year, event.country,
                     event.admin1, event.event_type, event.sub_event_type, event.actor1,
                     event.actor2, event.location, event.latitude, event.longitude,
                     event.fatalities, 1, event.notes, event_to_json(event), "", 0, stamp,
                     stamp))  # fmt: skip
        day, week, month = period_keys(event.event_date)
        counts = rollup.setdefault(
            (day, week, month, event.country, event.admin1, event.event_type), [0, 0]
        )
        counts[0] += 1
        counts[1] += event.fatalities
    store.db.executemany(f"INSERT INTO articles VALUES ({', '.join('?' * 10)})", articles)
    store.db.executemany(f"INSERT INTO reports VALUES ({', '.join('?' * 6)})", reports)
    store.db.executemany(
        "INSERT INTO events (event_id, event_date, year, country, admin1, event_type, "
        "sub_event_type, actor1, actor2, location, latitude, longitude, fatalities, n_reports, "
        "notes, record, machine_record, reviewed, created_at, updated_at) "
        f"VALUES ({', '.join('?' * 20)})",
        rows,
    )


def _add_rollup(store: EventStore, rollup: dict[tuple[str, ...], list[int]]) -> None:
    upsert = (
        " DO UPDATE SET events = {t}.events + excluded.events, "
        "fatalities = {t}.fatalities + excluded.fatalities"
    )
    store.db.executemany(
        "INSERT INTO rollup VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day, country, admin1, event_type)" + upsert.format(t="rollup"),
        [(*key, n, f) for key, (n, f) in rollup.items()],
    )
    monthly: dict[tuple[str, ...], list[int]] = {}
    for (_day, _week, month, *rest), (n, f) in rollup.items():
        counts = monthly.setdefault((month, *rest), [0, 0])
        counts[0] += n
        counts[1] += f
    store.db.executemany(
        "INSERT INTO rollup_month VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (month, country, admin1, event_type)" + upsert.format(t="rollup_month"),
        [(*key, n, f) for key, (n, f) in monthly.items()],
    )


def latencies(client: Any, path: str, params_list: list[dict[str, Any]]) -> dict[str, float]:
    timings = []
    for params in params_list:
        started = time.perf_counter()
        response = client.get(path, params=params)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.text
    timings.sort()
    return {"p50_ms": round(statistics.median(timings), 2),
            "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 2)}  # fmt: skip


def query_benchmarks(store: EventStore, queries: int, rng: random.Random) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from dateline.api import ApiConfig, create_app

    client = TestClient(create_app(ApiConfig(db_url=store.url, token="bench")))
    types = sorted({e.event_type for e in sub_event_types().values()})
    filtered = []
    for _ in range(queries):
        start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 90))
        country = rng.choices([c for c, _ in COUNTRIES], weights=[w for _, w in COUNTRIES])[0]
        filtered.append({"country": country, "event_type": rng.choice(types),
                         "date_from": start.isoformat(),
                         "date_to": (start + timedelta(days=90)).isoformat()})  # fmt: skip
    one_country = [{"country": rng.choice(COUNTRIES[:10])[0], "date_from": "2022-01-01",
                    "date_to": "2022-12-31", "period": "month", "group": "admin1"}
                   for _ in range(max(10, queries // 4))]  # fmt: skip
    everything = [{"period": "month", "group": "country"} for _ in range(10)]
    return {
        "events_country_type_90days": latencies(client, "/events", filtered),
        "stats_country_year_by_month_admin1": latencies(client, "/stats", one_country),
        "stats_all_by_month_country": latencies(client, "/stats", everything),
    }


def disk_size(url: str, store: EventStore) -> int:
    if store.dialect == "postgresql":
        row = store.db.query_one("SELECT pg_database_size(current_database()) AS n")
        return int(row["n"]) if row else 0
    return sum(os.path.getsize(p) for p in (url, f"{url}-wal", f"{url}-shm") if os.path.exists(p))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", default=None, help="SQLite file or postgresql:// URL")
    parser.add_argument("--ingest-sample", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--reuse", action="store_true", help="query an existing database only")
    args = parser.parse_args()
    url = args.db or f"/tmp/dateline-bench-{args.events}.sqlite"
    if not args.reuse and not url.startswith("postgres") and Path(url).exists():
        for suffix in ("", "-wal", "-shm"):
            Path(url + suffix).unlink(missing_ok=True)
    rng = random.Random(42)
    store = EventStore(url)
    rate, load_seconds, full_rate = 0.0, 0.0, 0.0
    if not args.reuse:
        rate = measure_ingest(store, min(args.ingest_sample, args.events), rng)
        started = time.perf_counter()
        bulk_load(store, min(args.ingest_sample, args.events), args.events, rng)
        load_seconds = time.perf_counter() - started

    stored = store.db.query_one("SELECT COUNT(*) AS n FROM articles")
    fresh_serials = 10 * args.events + (int(stored["n"]) if stored else 0)  # never used before
    full_rate = measure_ingest(store, 1000, rng, first=fresh_serials)
    if store.dialect == "sqlite":
        store.db.execute("ANALYZE")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        store.db.execute("ANALYZE")
    result = {
        "backend": store.dialect, "events": store.count_events(EventFilter()),
        "ingest_articles_per_s": round(rate, 1), "bulk_load_s": round(load_seconds, 1),
        "ingest_into_full_db_articles_per_s": round(full_rate, 1),
        **query_benchmarks(store, args.queries, rng),
        "db_size_mb": round(disk_size(url, store) / 1e6, 1),
    }  # fmt: skip
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
