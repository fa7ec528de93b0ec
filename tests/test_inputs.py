import gzip
import io
import sys
from datetime import date
from pathlib import Path

import pytest

from dateline.inputs import InputError, ReadOptions, parse_date, read_inputs
from dateline.model import Article

OPTIONS = ReadOptions(published=date(2024, 3, 14), source="Test Wire")


def _read(*paths: Path | str) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], OPTIONS))


def test_plain_text_takes_id_from_file_name_and_options(tmp_path: Path) -> None:
    path = tmp_path / "kidal-report.txt"
    path.write_text("Gunmen attacked a market in Kidal on Tuesday.", encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.id == "kidal-report"
    assert article.published == date(2024, 3, 14)
    assert article.source == "Test Wire"


def test_bad_inputs_are_reported_and_do_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Police dispersed protesters in Nairobi.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Manifestation à Bamako".encode("latin-1"))
    results = _read(empty, binary, tmp_path / "missing.txt", latin1, good)
    errors = [r for r in results if isinstance(r, InputError)]
    assert [Path(e.origin).name for e in errors] == [
        "empty.txt", "image.txt", "missing.txt", "latin1.txt"
    ]  # fmt: skip
    assert "empty" in errors[0].reason
    assert "binary" in errors[1].reason
    assert "no such file" in errors[2].reason
    assert "UTF-8" in errors[3].reason
    assert [r.id for r in results if isinstance(r, Article)] == ["good"]


def test_jsonl_lines_are_validated_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"id": "a1", "text": "Clashes in Mogadishu.", "published": "2023-05-02"}\n'
        "{not json}\n"
        '{"id": "a3", "text": ""}\n'
        '{"id": "a4", "text": "Protest in Dhaka.", "published": "2023-02-30"}\n'
        "\n"
        '{"id": "a5", "text": "Strike in Gao.", "title": "T", "url": "http://x/5"}\n',
        encoding="utf-8",
    )
    results = _read(path)
    assert [r.id for r in results if isinstance(r, Article)] == ["a1", "a5"]
    errors = [str(r) for r in results if isinstance(r, InputError)]
    assert errors[0].endswith("corpus.jsonl:2: malformed JSON (Expecting property name enclosed "
                              "in double quotes at column 2)")  # fmt: skip
    assert "corpus.jsonl:3" in errors[1] and "empty 'text'" in errors[1]
    assert "corpus.jsonl:4" in errors[2] and "2023-02-30" in errors[2]
    first, last = (r for r in results if isinstance(r, Article))
    assert first.published == date(2023, 5, 2)
    assert last.published == OPTIONS.published  # falls back to --published
    assert last.title == "T" and last.url == "http://x/5"


def test_directories_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("First report.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("ignored", encoding="utf-8")
    assert [r.id for r in _read(tmp_path) if isinstance(r, Article)] == ["two", "one"]


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    [error] = _read(tmp_path)
    assert isinstance(error, InputError) and "no files" in error.reason


def test_parse_date_rejects_impossible_dates() -> None:
    assert parse_date("2018-06-09") == date(2018, 6, 9)
    for bad in ("2018-02-30", "09/06/2018", "yesterday"):
        try:
            parse_date(bad)
        except ValueError as exc:
            assert bad in str(exc)
        else:
            raise AssertionError(f"{bad} accepted")


def test_jsonl_line_without_id_is_named_by_url_or_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gdelt-export.jsonl"
    path.write_text(
        '{"text": "Troops shelled Avdiivka on Monday.", "url": "https://example.org/7"}\n'
        '{"text": "Riot police charged marchers in Lima on Friday."}\n'
        '{"id": "", "text": "Rebels took Rubaya on Sunday."}\n',
        encoding="utf-8",
    )
    ids = [r.id for r in _read(path) if isinstance(r, Article)]
    assert ids == ["https://example.org/7", "gdelt-export:2", "gdelt-export:3"]


def test_jsonl_from_stdin_without_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    line = b'{"text": "Gunmen killed two traders in Gao on Monday."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line * 2)))
    assert [r.id for r in _read("-") if isinstance(r, Article)] == ["stdin:1", "stdin:2"]


def test_non_utf8_text_naming_no_encoding_is_refused_with_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "dakar.txt"
    path.write_bytes("Des manifestants ont été arrêtés à Dakar.".encode("cp1252"))
    [error] = _read(path)
    assert isinstance(error, InputError) and "0xe9" in error.reason and "UTF-8" in error.reason


def test_declared_encoding_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "liar.html"
    path.write_bytes(b'<html><head><meta charset="nonsense-8"></head><body>\xe9t\xe9</body></html>')
    [error] = _read(path)
    assert isinstance(error, InputError) and "not valid UTF-8" in error.reason


def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes("Protesters marched in Lomé on Monday.".encode("utf-16"))  # BOM first
    [article] = _read(path)
    assert isinstance(article, Article) and article.text == "Protesters marched in Lomé on Monday."
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"\xff\xfe" + b"\x00\xd8")  # a lone surrogate: not UTF-16
    [error] = _read(odd)
    assert isinstance(error, InputError) and "UTF-16" in error.reason


def test_jsonl_corpus_larger_than_one_article_may_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dateline.inputs.MAX_BYTES", 1_000)  # a corpus of many small lines
    path = tmp_path / "big.jsonl"
    line = '{"id": "a%d", "text": "Clashes were reported in Mogadishu on Monday."}\n'
    path.write_text("".join(line % i for i in range(100)), encoding="utf-8")
    assert path.stat().st_size > 1_000
    assert len([r for r in _read(path) if isinstance(r, Article)]) == 100
    long_line = tmp_path / "long.jsonl"
    long_line.write_text('{"id": "x", "text": "%s"}\n' % ("y" * 2_000), encoding="utf-8")
    [error] = _read(long_line)
    assert isinstance(error, InputError) and error.origin.endswith("long.jsonl:1")
    assert "line too long" in error.reason


def test_one_bad_line_of_a_jsonl_file_costs_only_that_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "a1", "text": "Troops shelled Avdiivka on Monday."}\n'
        b'{"id": "a2", "text": "Manifestation \xe0 Dakar."}\n'
        b'{"id": "a3", "text": "Riot police charged marchers in Lima."}\n'
    )
    results = _read(path)
    assert [r.id for r in results if isinstance(r, Article)] == ["a1", "a3"]
    [error] = [r for r in results if isinstance(r, InputError)]
    assert error.origin.endswith("mixed.jsonl:2") and "UTF-8" in error.reason


def test_empty_binary_and_utf16_jsonl_files_are_one_error_each(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n", encoding="utf-8")
    binary = tmp_path / "packed.jsonl"
    binary.write_bytes(b"\x1f\x8b\x08\x00" + bytes(64))
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes('{"id": "a", "text": "b"}\n'.encode("utf-16"))
    errors = _read(empty, binary, wide)
    assert all(isinstance(e, InputError) for e in errors) and len(errors) == 3
    reasons = [e.reason for e in errors if isinstance(e, InputError)]
    assert reasons[0] == "empty input" and "binary" in reasons[1] and "UTF-16" in reasons[2]


def test_jsonl_on_stdin_is_read_line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "Gunmen killed two in Gao."}\n{"id": "s2", "text": "\xff"}'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    first, second = _read("-")
    assert isinstance(first, Article) and first.id == "s1"
    assert isinstance(second, InputError) and second.origin == "stdin:2"


def test_text_longer_than_the_model_reads_is_refused_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dateline.inputs.MAX_CHARS", 100)
    book = tmp_path / "book.txt"
    book.write_text("Clashes were reported in Mogadishu. " * 10, encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "long", "text": "%s"}\n{"id": "ok", "text": "Short."}\n' % ("x" * 101)
    )
    book_error, line_error, short = _read(book, corpus)
    assert isinstance(book_error, InputError) and book_error.origin.endswith("book.txt")
    assert "text too long (360 characters; the limit is 100" in book_error.reason
    assert isinstance(line_error, InputError) and line_error.origin.endswith("c.jsonl:1")
    assert isinstance(short, Article) and short.id == "ok"


def test_folder_files_of_other_kinds_are_named_not_read(tmp_path: Path) -> None:
    (tmp_path / "acled-export.csv").write_text("event_id_cnty,event_date\nX1,2024-01-01\n")
    (tmp_path / "report.TXT").write_text("Clashes in Gao on Monday.", encoding="utf-8")
    (tmp_path / "README").write_text("Notes on the folder.", encoding="utf-8")
    results = _read(tmp_path)
    assert sorted(r.id for r in results if isinstance(r, Article)) == ["README", "report"]
    [error] = [r for r in results if isinstance(r, InputError)]
    assert error.origin.endswith("acled-export.csv") and "(.csv)" in error.reason
    named = tmp_path / "acled-export.csv"
    assert isinstance(_read(named)[0], Article)  # named on the command line: read as text


def test_gzipped_inputs_are_read_as_what_they_hold(tmp_path: Path) -> None:
    corpus = tmp_path / "week.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.write('{"text": "Troops shelled Avdiivka on Monday."}\nnot json\n')
    page = tmp_path / "report.txt.gz"
    page.write_bytes(gzip.compress(b"Riot police charged marchers in Lima."))
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(gzip.compress(b"Clashes in Gao.")[:-12])  # truncated
    first, bad_line, text, truncated = _read(corpus, page, broken)
    assert isinstance(first, Article) and first.id == "week:1"
    assert isinstance(bad_line, InputError) and bad_line.origin.endswith("week.jsonl.gz:2")
    assert isinstance(text, Article) and text.id == "report" and text.text.startswith("Riot")
    assert isinstance(truncated, InputError) and truncated.origin.endswith("broken.txt.gz")


def test_folder_reads_gzipped_articles_and_skips_other_archives(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(b'{"id": "g1", "text": "Strike in Gao."}'))
    (tmp_path / "photos.tar.gz").write_bytes(gzip.compress(b"\x00" * 100))
    results = _read(tmp_path)
    assert [r.id for r in results if isinstance(r, Article)] == ["g1"]
    [error] = [r for r in results if isinstance(r, InputError)]
    assert error.origin.endswith("photos.tar.gz") and "(.gz)" in error.reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [("42", "'text' must be a string, not a number"),
     ('["a", "b"]', "'text' must be a string, not a list"),
     ('{"body": "x"}', "'text' must be a string, not an object"),
     ('"  "', "missing or empty 'text'"), ("null", "missing or empty 'text'")],
)  # fmt: skip
def test_a_jsonl_text_that_is_no_string_is_named_as_such(
    tmp_path: Path, text: str, reason: str
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(f'{{"id": "a1", "text": {text}}}\n', encoding="utf-8")
    (error,) = read_inputs([str(corpus)], ReadOptions())
    assert isinstance(error, InputError) and str(error) == f"{corpus}:1: {reason}"
