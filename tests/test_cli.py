import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import cli, iter_articles
from dateline.inputs import ReadOptions
from dateline.model import Article, Document

REPORT = (
    "Gunmen attacked an army post near Tessalit in Mali's Kidal region on Tuesday, "
    "killing nine soldiers, the army said.\n"
)


def _run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def test_extract_writes_json_lines_and_reports_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "tessalit.txt"
    good.write_text(REPORT, encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    result = _run("extract", str(bad), str(good), "--published", "2024-03-14")
    assert result.exit_code == 3  # the good input is written; the skipped one is signalled
    assert "bad.jsonl:1: malformed JSON" in result.stderr
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert record["article_id"] == "tessalit"


def test_nothing_processable_exits_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = _run("extract", str(empty), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "empty.txt: empty input" in result.stderr
    assert "nope.txt: no such file or directory" in result.stderr
    assert "no input could be processed" in result.stderr


def test_impossible_published_date_is_a_usage_error(tmp_path: Path) -> None:
    result = _run("extract", "-", "--published", "2024-02-30", stdin=REPORT)
    assert result.exit_code == 2
    assert "2024-02-30" in result.stderr


def test_parquet_needs_an_output_file() -> None:
    result = _run("extract", "-", "--format", "parquet", stdin=REPORT)
    assert result.exit_code == 2 and "needs -o" in result.stderr


def test_csv_to_file_from_stdin(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = _run("extract", "-", "--published", "2024-03-14", "--format", "csv", "-o", str(out),
                  stdin=REPORT)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year,")


def test_geoparse_prints_one_line_per_article(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Protest in Nairobi."}) + "\n"
        + json.dumps({"id": "b", "text": "Shelling hit Kharkiv."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    result = _run("geoparse", str(corpus))
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article_id"] for r in records] == ["a", "b"]
    assert all(isinstance(r["places"], list) for r in records)


def test_every_command_has_help() -> None:
    for command in ("extract", "geoparse", "classify"):
        result = _run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout


def test_unwritable_output_is_refused_before_any_work(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "events.jsonl"
    result = _run("extract", "-", "--published", "2024-03-14", "-o", str(target), stdin=REPORT)
    assert result.exit_code == 2
    assert "no-such-folder" in result.stderr and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr and not target.exists()


def test_undated_article_gets_one_warning_with_the_remedy() -> None:
    result = _run("extract", "-", stdin=REPORT)
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "publication date" in line]
    assert len(warnings) == 1 and "stdin" in warnings[0]
    assert warnings[0].endswith("(give --published YYYY-MM-DD)")


def test_geoparse_does_not_ask_for_a_publication_date() -> None:
    result = _run("geoparse", "-", stdin=REPORT)
    assert result.exit_code == 0 and "publication date" not in result.stderr
    assert json.loads(result.stdout)["article_id"] == "stdin"


def test_skipped_inputs_are_summed_up_at_the_end(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    result = _run("extract", str(tmp_path), str(tmp_path / "gone.txt"), "--published", "2024-03-14")
    assert result.exit_code == 3
    last = result.stderr.splitlines()[-1]
    assert last == "dateline: 1 article(s) processed, 2 input(s) skipped (reasons above)"
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["good"]


def test_workers_must_be_a_positive_count() -> None:
    for bad in ("0", "-3"):
        result = _run("extract", "-", "--workers", bad, stdin=REPORT)
        assert result.exit_code == 2 and "--workers" in result.stderr


def test_text_beyond_the_model_limit_does_not_stop_the_batch(tmp_path: Path) -> None:
    book = tmp_path / "book.txt"
    book.write_text(REPORT * (1_000_000 // len(REPORT) + 1), encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    result = _run("extract", str(book), str(good), "--published", "2024-03-14")
    assert result.exit_code == 3, result.stderr
    assert "book.txt: text too long" in result.stderr
    assert {json.loads(line)["article_id"] for line in result.stdout.splitlines()} == {"good"}


def test_dash_output_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = _run("extract", "-", "--published", "2024-03-14", "-o", "-", stdin=REPORT)
    assert result.exit_code == 0 and json.loads(result.stdout.splitlines()[0])["article_id"]
    assert list(tmp_path.iterdir()) == []  # no file named "-"


def test_output_to_an_existing_file_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "events.jsonl"
    target.write_text("", encoding="utf-8")
    folder.chmod(0o555)
    try:
        result = _run("extract", "-", "--published", "2024-03-14", "-o", str(target), stdin=REPORT)
        assert result.exit_code == 0, result.stderr
        assert target.read_text(encoding="utf-8").startswith('{"article_id"')
    finally:
        folder.chmod(0o755)


def test_geoparse_signals_a_skipped_input_too(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    result = _run("geoparse", str(good), str(tmp_path / "gone.txt"))
    assert result.exit_code == 3 and "gone.txt: no such file" in result.stderr
    assert json.loads(result.stdout)["article_id"] == "good"


def test_reading_stdin_from_a_terminal_says_how_to_end(monkeypatch: pytest.MonkeyPatch) -> None:
    class Keyboard(io.BytesIO):
        def isatty(self) -> bool:
            return True

    keyboard = Keyboard(b"Gunmen killed two traders in Gao on Monday.\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(keyboard))
    told = io.StringIO()
    monkeypatch.setattr(sys, "stderr", told)
    stats = {"articles": 0, "errors": 0}
    [article] = iter_articles(["-"], ReadOptions(), stats)
    assert article.id == "stdin" and "end it with Ctrl-D" in told.getvalue()


def test_missing_spacy_model_is_one_line_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATELINE_SPACY_MODEL", "en_core_web_nonexistent")
    out = tmp_path / "events.csv"
    for command in (["extract", "-", "-o", str(out), "--format", "csv"], ["geoparse", "-"]):
        result = _run(*command, stdin=REPORT)
        assert result.exit_code == 1 and "Traceback" not in result.stderr
        assert "'en_core_web_nonexistent' is not installed" in result.stderr
    assert not out.exists()


def _interrupted_run(inputs, options, workers, stats, stages=None):  # type: ignore[no-untyped-def]
    stats["articles"] = 2
    yield Document(Article("a1", REPORT))
    raise KeyboardInterrupt  # the user's Ctrl-C while the second article runs


@pytest.mark.parametrize(
    ("fmt", "left"),
    [
        ("jsonl", "holds the events written so far"),
        ("geojson", "an earlier file there is unchanged"),
    ],
)
def test_ctrl_c_says_what_it_left_and_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, left: str
) -> None:
    monkeypatch.setattr("dateline.cli.run_pipeline", _interrupted_run)
    out = tmp_path / f"events.{fmt}"
    result = _run("extract", "any.txt", "--format", fmt, "-o", str(out))
    assert result.exit_code == 130  # not 1, which means 'nothing could be processed'
    assert "interrupted after 1 of 2 article(s)" in result.stderr
    assert left in result.stderr and "Aborted!" not in result.stderr


@pytest.mark.parametrize("command", ["extract", "geoparse", "classify"])
def test_help_states_the_exit_codes_the_readme_documents(command: str) -> None:
    shown = " ".join(_run(command, "--help").stdout.split())  # unwrapped
    for code in ("0 every input read", "3 some inputs skipped", "1 no input", "2 usage error"):
        assert code in shown
    assert ("130 interrupted" in shown) == (command != "classify")


def test_classify_help_says_one_description_per_input() -> None:
    shown = " ".join(_run("classify", "--help").stdout.split())
    assert "Each input is one description" in shown and "JSONL" in shown


def test_lazy_commands_listed_with_their_own_help_without_importing_them() -> None:
    from dateline.cli import LAZY_COMMANDS, LAZY_HELP, LazyGroup

    assert set(LAZY_HELP) == set(LAZY_COMMANDS)
    for name, short in LAZY_HELP.items():
        command = LazyGroup._load(name)
        assert command is not None and command.help is not None
        assert short == " ".join(command.help.split("\n\n")[0].split())  # the same words
    listing = subprocess.run(
        [sys.executable, "-c", "import sys; from dateline.cli import cli\n"
         "try: cli(['--help'])\nexcept SystemExit: print('fastapi' in sys.modules)"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert listing.strip().endswith("False")  # the web app was not imported to list `serve`
    for name in LAZY_COMMANDS:
        assert f"\n  {name} " in listing


def test_an_undated_jsonl_line_is_told_to_carry_published_itself() -> None:
    from dateline.cli import date_warnings

    line = Document(Article("g1", REPORT, origin="gdelt.jsonl:7"))  # its date was under "date"
    text = Document(Article("tessalit", REPORT, origin="/data/tessalit.txt"))
    (on_line,) = date_warnings(line)
    (on_text,) = date_warnings(text)
    assert '"published": "YYYY-MM-DD" on the line' in on_line and "--published" in on_line
    assert on_text.endswith("(give --published YYYY-MM-DD)")


def test_ctrl_c_in_geoparse_exits_130_after_the_finished_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("dateline.cli.run_pipeline", _interrupted_run)
    result = _run("geoparse", "any.txt")
    assert result.exit_code == 130
    assert json.loads(result.stdout)["article_id"] == "a1"  # the line before the interrupt
    assert "interrupted after 1 of 2 article(s); the lines above are complete" in result.stderr


def test_a_path_given_twice_is_read_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Gunmen attacked a village on Monday.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    stats = {"articles": 0, "errors": 0}
    inputs = ["a.txt", "b.txt", "a.txt", str(tmp_path / "b.txt")]
    articles = list(iter_articles(inputs, ReadOptions(), stats))
    assert len(articles) == 2 and stats["articles"] == 2
    said = capsys.readouterr().err
    assert "a.txt given twice: read once" in said and "b.txt given twice" in said


def test_a_story_read_twice_under_one_id_is_written_once(tmp_path: Path) -> None:
    line = json.dumps({"id": "a1", "text": REPORT, "published": "2024-03-14"})
    (tmp_path / "monday.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "export.jsonl").write_text(line + "\n", encoding="utf-8")
    result = _run("extract", str(tmp_path / "monday.jsonl"), str(tmp_path / "export.jsonl"))
    assert result.exit_code == 0, result.output
    assert "export.jsonl:1: same id and text as " in result.stderr and "read once" in result.stderr
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(records) == len({r["event_id"] for r in records}) > 0  # no event written twice
    later = REPORT + "Two more died later.\n"
    changed = json.dumps({"id": "a1", "text": later, "published": "2024-03-14"})
    (tmp_path / "export.jsonl").write_text(changed + "\n", encoding="utf-8")
    again = _run("extract", str(tmp_path / "monday.jsonl"), str(tmp_path / "export.jsonl"))
    assert "export.jsonl:1: id 'a1' already names another text" in again.stderr
    assert again.exit_code == 0 and len(again.stdout.splitlines()) == 2 * len(records)


def test_the_output_suffix_names_the_format_unless_format_is_given(tmp_path: Path) -> None:
    report = tmp_path / "tessalit.txt"
    report.write_text(REPORT, encoding="utf-8")
    dated = ("extract", str(report), "--published", "2024-03-14")
    table = tmp_path / "events.csv"
    assert _run(*dated, "-o", str(table)).exit_code == 0
    assert table.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")
    lake = tmp_path / "events.parquet"
    assert _run(*dated, "-o", str(lake)).exit_code == 0
    assert lake.read_bytes()[:4] == b"PAR1"
    lines = tmp_path / "events.txt"  # a suffix naming no format: the default
    _run("extract", str(report), "--published", "2024-03-14", "-o", str(lines))
    assert lines.read_text(encoding="utf-8").startswith("{")
    asked = _run("extract", str(report), "--published", "2024-03-14", "--format", "jsonl",
                 "-o", str(table))  # fmt: skip
    assert "writing jsonl to" in asked.stderr and "its suffix says csv" in asked.stderr
    assert table.read_text(encoding="utf-8").startswith("{")  # what was asked for


def test_jsonl_fields_dateline_does_not_read_are_named_once_per_file(tmp_path: Path) -> None:
    lines = [{"id": "a1", "text": REPORT, "date": "2024-03-14", "lang": "en"},
             {"id": "a2", "text": REPORT + "More.\n", "date": "2024-03-15"},
             {"id": "a3", "text": REPORT + "Again.\n", "published": "2024-03-14"}]  # fmt: skip
    corpus = tmp_path / "gdelt.jsonl"
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = _run("extract", str(corpus), "--published", "2024-03-16")
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "fields not read" in line]
    expected = (f"dateline: note: {corpus}: fields not read: 'date' (line 1), 'lang' (line 1); "
                "dateline reads id, text, published, title, source, url")  # fmt: skip
    assert notes == [expected]
    clean = tmp_path / "clean.jsonl"
    clean.write_text(json.dumps(lines[2]) + "\n", encoding="utf-8")
    assert "fields not read" not in _run("extract", str(clean)).stderr
