"""``dateline ingest | events | export | review`` through click's runner."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.formats.output import ACLED_COLUMNS
from dateline.model import Document
from dateline.store import EventFilter, EventStore
from dateline.store.cli import describe_event
from dateline.store.dedup_eval import Report


@pytest.fixture
def filled(store_url: str, testset: list[Report]) -> str:
    with EventStore(store_url) as store:
        for report in testset:
            store.ingest_document(Document(report.article, events=list(report.events)))
    return store_url


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ingest_end_to_end_with_the_pipeline(
    store_url: str, testset: list[Report], tmp_path: Path
) -> None:
    """Real extraction on a few articles: stored once, evidence points into the stored text."""
    corpus = tmp_path / "articles.jsonl"
    rows = [
        {"id": r.article.id, "text": r.article.text, "published": str(r.article.published),
         "source": r.article.source, "url": r.article.url}
        for r in testset if r.clusters[0] in ("C01", "C05")
    ]  # fmt: skip
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    first = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", store_url])
    assert first.exit_code == 0, first.output
    assert f"{len(rows)} articles added" in first.output
    again = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", store_url])
    assert f"{len(rows)} unchanged" in again.output
    with EventStore(store_url) as store:
        events = store.list_events(EventFilter(), limit=1000)
        assert len(events) <= sum(1 for _ in rows)  # reports of one incident are merged
        for summary in events:
            detail = store.get_event(summary["event_id"])
            assert detail is not None
            for source in detail["sources"]:
                article = store.get_article(source["article_id"])
                assert article is not None
                for evidence in source["evidence"]:
                    assert article["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_ingest_reports_unreadable_inputs(store_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "missing.txt"), "--db", store_url])
    assert result.exit_code == 1 and "no such file" in result.output


def test_events_list_and_show(filled: str) -> None:
    listing = run("events", "list", "--db", filled, "--country", "Nigeria", "--sort", "-fatalities")
    assert "Bama" in listing and "Maiduguri" in listing
    as_json = [json.loads(line) for line in run("events", "list", "--db", filled, "--json",
                                                "--actor", "hezbollah").splitlines()]  # fmt: skip
    assert len(as_json) == 1 and as_json[0]["location"] == "Tyre"
    shown = run("events", "show", as_json[0]["event_id"], "--db", filled)
    assert "2 report(s)" in shown and "why:" in shown and "actors agree" in shown
    missing = CliRunner().invoke(cli, ["events", "show", "DLNOPE", "--db", filled])
    assert missing.exit_code != 0 and "no event" in missing.output


@pytest.mark.parametrize("fmt", ["acled-csv", "jsonl", "geojson", "parquet"])
def test_export_formats(filled: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    run("export", "--db", filled, "--format", fmt, "-o", str(out), "--country", "Syria",
        "--from", "2023-10-01", "--to", "2023-10-31")  # fmt: skip
    if fmt == "acled-csv":
        with out.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
        assert tuple(reader.fieldnames or ())[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
        assert all(int(r["timestamp"]) > 1_600_000_000 for r in rows)  # when the store wrote it
        countries = {r["country"] for r in rows}
    elif fmt == "jsonl":
        countries = {json.loads(line)["country"] for line in out.read_text().splitlines()}
    elif fmt == "geojson":
        features = json.loads(out.read_text())["features"]
        assert all(f["geometry"]["coordinates"][0] > 30 for f in features)  # lon, lat order
        countries = {f["properties"]["country"] for f in features}
    else:
        countries = set(pq.read_table(out).column("country").to_pylist())
    assert countries == {"Syria"}


def test_export_to_stdout_and_filters(filled: str) -> None:
    text = run("export", "--db", filled, "--format", "jsonl", "--bbox", "36,49.8,36.5,50.1")
    assert {json.loads(line)["location"] for line in text.splitlines()} == {"Kharkiv"}
    bad = CliRunner().invoke(cli, ["export", "--db", filled, "--bbox", "1,2"])
    assert bad.exit_code == 2 and "MIN_LON" in bad.output


def test_review_correct_split_merge(filled: str) -> None:
    event_id = json.loads(run("events", "list", "--db", filled, "--json", "--text", "Bama"))[
        "event_id"
    ]
    run("review", "correct", event_id, "fatalities=16", "notes=checked by phone", "--reviewer",
        "ann", "--db", filled)  # fmt: skip
    detail = json.loads(run("events", "show", event_id, "--json", "--db", filled))
    assert detail["event"]["fatalities"] == 16 and detail["event"]["notes"] == "checked by phone"
    assert detail["corrections"][0]["reviewer"] == "ann"
    report_id = detail["sources"][-1]["report_id"]
    new_id = run(
        "review", "split", event_id, report_id, "--db", filled, "--reviewer", "ann"
    ).strip()
    assert new_id.startswith("DL") and new_id != event_id
    run("review", "merge", event_id, new_id, "--db", filled, "--reviewer", "bob")
    assert (
        len(json.loads(run("events", "show", event_id, "--json", "--db", filled))["sources"]) == 3
    )
    bad = CliRunner().invoke(cli, ["review", "correct", event_id, "fatalities=-2", "--db", filled])
    assert bad.exit_code == 1 and "negative" in bad.output


def test_unknown_database_scheme_is_refused_not_made_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["events", "list"], ["export"], ["ingest", "x.txt"]):
        result = CliRunner().invoke(cli, [*command, "--db", "mysql://me@db/x"])
        assert result.exit_code == 1 and "unknown database URL scheme 'mysql://'" in result.output
    assert list(tmp_path.iterdir()) == []  # no "mysql:" folder or SQLite file


def test_export_refuses_an_unwritable_output_before_work(filled: str, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "x.csv"
    result = CliRunner().invoke(cli, ["export", "--db", filled, "-o", str(target)])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_filters_read_as_the_api_reads_them(filled: str) -> None:
    def ids(*args: str) -> set[str]:
        text = run("events", "list", "--db", filled, "--json", "--limit", "1000", *args)
        return {json.loads(line)["event_id"] for line in text.splitlines()}

    assert ids("--bbox", "36.5,50.1,36,49.8") == ids("--bbox", "36,49.8,36.5,50.1") != set()
    nigeria = ids("--country", "Nigeria")
    assert nigeria and ids("--country", "nigeria") == ids("--country", "NGA") == nigeria
    battles = ids("--event-type", "Battles")
    assert battles and ids("--event-type", "battles") == battles
    typo = CliRunner().invoke(cli, ["events", "list", "--db", filled, "--event-type", "Battle"])
    assert typo.exit_code == 2 and "did you mean 'Battles'" in typo.output
    assert "Riots" in typo.output  # the valid names are listed
    unknown = CliRunner().invoke(cli, ["events", "list", "--db", filled, "--country", "Nigerai"])
    assert unknown.exit_code == 2 and "did you mean 'Nigeria'" in unknown.output


def test_export_refuses_an_unknown_country_before_writing(filled: str, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    result = CliRunner().invoke(
        cli, ["export", "--db", filled, "--country", "Narnia", "-o", str(target)]
    )
    assert result.exit_code == 2 and "'Narnia'" in result.output
    assert not target.exists()
    typo = CliRunner().invoke(cli, ["export", "--db", filled, "--country", "Syrai"])
    assert typo.exit_code == 2 and "did you mean 'Syria'" in typo.output


def test_review_correct_says_what_changed(filled: str) -> None:
    row = json.loads(run("events", "list", "--db", filled, "--json", "--limit", "1").strip())
    said = run("review", "correct", row["event_id"], "location=Tessalit", "--db", filled)
    assert said.strip() == f"{row['event_id']}: location {row['location']!r} -> 'Tessalit'"


def test_review_correct_refuses_an_unknown_sub_event_type(filled: str) -> None:
    row = json.loads(run("events", "list", "--db", filled, "--json", "--limit", "1").strip())
    args = ["review", "correct", row["event_id"], "sub_event_type=Armed clashes", "--db", filled]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "did you mean 'Armed clash'" in result.output
    assert "Peaceful protest" in result.output  # the valid values are named
    fixed = run("review", "correct", row["event_id"], "sub_event_type=armed clash", "--db", filled)
    assert "-> 'Armed clash'" in fixed


def test_ingest_help_matches_extract_on_published_and_workers() -> None:
    ingest_help = " ".join(run("ingest", "--help").split())  # help text wraps lines
    assert "--workers" in ingest_help
    assert "pages, feeds" in ingest_help and "JSONL lines keep their own" in ingest_help


def test_json_flags_plural_and_empty_sources(filled: str) -> None:
    row = json.loads(run("events", "list", "--db", filled, "--json", "--limit", "1").strip())
    assert row["reviewed"] is False
    one = CliRunner().invoke(cli, ["export", "--db", filled, "--format", "jsonl", "--text", "Bama"])
    assert "exported 1 event\n" in one.stderr
    detail = json.loads(run("events", "show", row["event_id"], "--json", "--db", filled))
    detail["event"]["source"] = ""
    assert not any(line.strip().startswith("sources:") for line in describe_event(detail))


def test_ingest_warns_counts_skips_and_names_duplicates(store_url: str, tmp_path: Path) -> None:
    text = (
        "Gunmen killed four farmers in Zamfara State on Monday, police said. "
        "The attackers also burned houses in the village."
    )
    (tmp_path / "first.txt").write_text(text, encoding="utf-8")
    (tmp_path / "second.txt").write_text(text, encoding="utf-8")
    inputs = [str(tmp_path / "first.txt"), str(tmp_path / "second.txt"), str(tmp_path / "gone.txt")]
    result = CliRunner().invoke(cli, ["ingest", *inputs, "--db", store_url])
    assert result.exit_code == 3, result.output
    assert "warning: " in result.output and "--published" in result.output
    assert "duplicate of first" in result.output and "1 duplicates of another id" in result.output
    assert "1 input(s) skipped" in result.output and "0 unchanged" in result.output


def test_review_correct_stores_a_country_under_its_acled_name(filled: str) -> None:
    row = json.loads(run("events", "list", "--db", filled, "--json", "--country", "Syria",
                         "--limit", "1").strip())  # fmt: skip
    said = run("review", "correct", row["event_id"], "country=nigeria", "--db", filled)
    assert said.strip().endswith("-> 'Nigeria'")
    listed = run("events", "list", "--db", filled, "--json", "--country", "Nigeria",
                 "--limit", "1000")  # fmt: skip
    assert row["event_id"] in listed  # still found by the country it was corrected to
    run("review", "correct", row["event_id"], "country=SYR", "--db", filled)
    typo = CliRunner().invoke(cli, ["review", "correct", row["event_id"], "country=Syrai",
                                    "--db", filled])  # fmt: skip
    assert typo.exit_code == 2 and "did you mean 'Syria'" in typo.output
    shown = json.loads(run("events", "show", row["event_id"], "--json", "--db", filled))
    assert shown["event"]["country"] == "Syria"  # the refused typo changed nothing


def test_review_merge_says_what_it_did_and_names_an_unknown_event(filled: str) -> None:
    listed = run("events", "list", "--db", filled, "--json", "--limit", "2")
    rows = [json.loads(line) for line in listed.splitlines()]
    keep, other = rows[0]["event_id"], rows[1]["event_id"]
    said = run("review", "merge", keep, other, "--db", filled)
    reports = rows[0]["n_reports"] + rows[1]["n_reports"]
    assert said.strip() == f"{keep}: merged {other} into it ({reports} reports)"
    unknown = CliRunner().invoke(cli, ["review", "merge", keep, "DLNOPE", "--db", filled])
    assert unknown.exit_code == 1 and "cannot merge: no event 'DLNOPE'" in unknown.output


def test_an_event_located_nowhere_says_so() -> None:
    event = {"event_id": "DL1", "sub_event_type": "Air/drone strike", "event_type": "X",
             "event_date": "2024-03-13", "location": "", "admin1": "", "country": "",
             "actor1": "A", "actor2": "", "fatalities": 10, "source": ""}  # fmt: skip
    lines = describe_event({"event": event, "sources": [], "corrections": []})
    assert lines[0].endswith("on 2024-03-13 at (no place found)")
    partly = describe_event({"event": {**event, "admin1": "Borno", "country": "Nigeria"},
                             "sources": [], "corrections": []})  # fmt: skip
    assert partly[0].endswith("at Borno, Nigeria")


def test_ingest_stopped_by_ctrl_c_says_what_is_stored_and_exits_130(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dateline.store.cli as store_cli

    def one_then_ctrl_c(articles: list, workers: int | None = None):  # type: ignore[no-untyped-def]
        yield Document(articles[0])
        raise KeyboardInterrupt  # the user's Ctrl-C while the second article is processed

    monkeypatch.setattr(store_cli, "_extract_with_progress", one_then_ctrl_c)
    corpus = tmp_path / "week.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Report number {i}.",
                                          "published": "2024-03-14"}) + "\n" for i in range(3)))
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", store_url])
    assert result.exit_code == 130 and "Aborted" not in result.output
    assert "interrupted after 1 article(s) stored" in result.stderr
    assert "1 articles added" in result.stderr  # the summary of what was done
    with EventStore(store_url) as store:
        assert store.get_article("a0") is not None and store.get_article("a1") is None


def test_a_filter_matching_nothing_in_a_filled_database_gets_no_hint(filled: str) -> None:
    unmatched = CliRunner().invoke(cli, ["export", "--db", filled, "--country", "Iceland"])
    assert "exported 0 events" in unmatched.stderr and "holds no events" not in unmatched.stderr


def test_a_forgotten_db_names_the_empty_database_it_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATELINE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for command in (["events", "list"], ["export", "--country", "Nigeria"]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 0 and "dateline.sqlite holds no events" in result.stderr
        assert "--db" in result.stderr


def test_review_revert_puts_corrected_fields_back_to_the_machine_values(filled: str) -> None:
    row = json.loads(run("events", "list", "--db", filled, "--json", "--limit", "1").strip())
    event_id = row["event_id"]
    run("review", "correct", event_id, "fatalities=99", "location=Elsewhere",
        "sub_event_type=Looting/property destruction", "--db", filled)  # fmt: skip
    said = run("review", "revert", event_id, "fatalities", "--db", filled)
    assert said.strip() == f"{event_id}: fatalities 99 -> {row['fatalities']}"
    run("review", "revert", event_id, "--db", filled)  # every corrected field
    event = json.loads(run("events", "show", event_id, "--json", "--db", filled))["event"]
    assert (event["location"], event["sub_event_type"], event["event_type"]) == (
        row["location"], row["sub_event_type"], row["event_type"])  # fmt: skip
    untouched = CliRunner().invoke(cli, ["review", "revert", event_id, "notes", "--db", filled])
    assert untouched.exit_code == 2 and "not corrected: notes" in untouched.output


def test_export_reads_the_format_from_the_output_suffix(filled: str, tmp_path: Path) -> None:
    geo, lake = tmp_path / "map.geojson", tmp_path / "week.parquet"
    run("export", "--db", filled, "-o", str(geo), "--country", "Syria")
    run("export", "--db", filled, "-o", str(lake), "--country", "Syria")
    assert json.loads(geo.read_text())["type"] == "FeatureCollection"
    assert set(pq.read_table(lake).column("country").to_pylist()) == {"Syria"}


def test_events_placed_in_no_country_are_listed_by_an_empty_country(filled: str) -> None:
    row = json.loads(run("events", "list", "--db", filled, "--json", "--limit", "1").strip())
    run("review", "correct", row["event_id"], "country=", "--db", filled)
    unplaced = run("events", "list", "--db", filled, "--json", "--country", "")
    assert [json.loads(line)["event_id"] for line in unplaced.splitlines()] == [row["event_id"]]
