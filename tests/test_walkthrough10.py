"""The analyst's week from the README, end to end with the real pipeline: a saved page, a feed
and a JSONL export (one story in two files) ingested into a fresh SQLite file, a country
corrected under an alias, the week exported as ACLED CSV and Parquet and read the way analysts
read them (pyarrow), then the same store paged through the API as a dashboard pages it."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dateline.api import ApiConfig, create_app
from dateline.cli import cli
from dateline.formats.output import ACLED_COLUMNS

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Gunmen kill six traders near Jos | Plateau Courier</title></head>
<body><nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav><article>
<h1>Gunmen kill six traders near Jos</h1>
<p>Gunmen shot dead six traders on the road between Jos and Bokkos in Plateau State on
Wednesday evening, a police spokesman said on Thursday.</p>
<p>The traders were returning from a market when the attackers opened fire on their bus.</p>
</article><section class="comments"><p>Reader: This must stop now.</p></section>
<footer>Plateau Courier. All rights reserved.</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lake Chad Wire</title>
<item><title>Insurgents attack army base in Borno</title><link>https://wire.example/1</link>
<pubDate>Fri, 15 Mar 2024 09:00:00 +0100</pubDate>
<description>Insurgents attacked an army base in Monguno, Borno State, on Thursday, and soldiers
killed eight of them in the fighting, the army said.</description></item>
<item><title>Traders protest new market levy in Kano</title><link>https://wire.example/2</link>
<pubDate>Sat, 16 Mar 2024 09:00:00 +0100</pubDate>
<description>Hundreds of traders marched peacefully through Kano on Friday to protest a new
market levy.</description></item></channel></rss>"""

STORY = {"id": "ng-77", "text": "A mob beat a suspected kidnapper to death in Kaduna on Tuesday, "
         "witnesses said.", "published": "2024-03-13", "source": "Northern Post"}  # fmt: skip


@pytest.fixture
def week(tmp_path: Path) -> Path:
    folder = tmp_path / "week"
    folder.mkdir()
    (folder / "jos.html").write_text(PAGE, encoding="utf-8")
    (folder / "wire.xml").write_text(FEED, encoding="utf-8")
    (folder / "export.jsonl").write_text(json.dumps(STORY) + "\n", encoding="utf-8")
    (folder / "export-copy.jsonl").write_text(json.dumps(STORY) + "\n", encoding="utf-8")
    return folder


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_analysts_week_from_pages_to_acled_tables(week: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'week.db'}"
    ingested = CliRunner().invoke(cli, ["ingest", str(week), "--published", "2024-03-17",
                                        "--db", db])  # fmt: skip
    assert ingested.exit_code == 0, ingested.output
    assert "same id and text as" in ingested.stderr  # the story in both exports: read once
    listed = [json.loads(line) for line in run("events", "list", "--json", "--db", db,
                                                  "--country", "nigeria").splitlines()]  # fmt: skip
    assert len(listed) >= 3 and len({e["event_id"] for e in listed}) == len(listed)
    first = listed[0]["event_id"]
    assert run("review", "correct", first, "country=NGA", "--db", db).strip().endswith(
        "-> 'Nigeria'"
    )
    table_path = tmp_path / "nigeria.csv"
    run("export", "--format", "acled-csv", "-o", str(table_path), "--country", "Nigeria",
        "--from", "2024-03-11", "--to", "2024-03-17", "--db", db)  # fmt: skip
    table = pacsv.read_csv(table_path)
    assert tuple(table.column_names[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert str(table.schema.field("event_date").type).startswith(("date32", "timestamp"))
    assert str(table.schema.field("fatalities").type) == "int64"
    assert first in table.column("event_id").to_pylist()  # the corrected event stays in
    sources = set(table.column("source").to_pylist())
    assert "Plateau Courier" in sources and "Lake Chad Wire" in sources
    parquet_path = tmp_path / "nigeria.parquet"
    run("export", "--format", "parquet", "-o", str(parquet_path), "--country", "Nigeria",
        "--db", db)  # fmt: skip
    assert str(pq.read_schema(parquet_path).field("event_date").type) == "date32[day]"
    api = TestClient(create_app(ApiConfig(db_url=db)))
    csv_page = {"Accept": "text/csv"}
    page = api.get("/events", params={"country": "Nigeria", "limit": 1}, headers=csv_page)
    assert page.headers["x-total-count"] == str(len(listed))
    assert 'rel="next"' in page.headers["link"]
