"""Reading user inputs into Articles: text, HTML, RSS/Atom, JSONL, directories and stdin.

Every problem with one input becomes an ``InputError`` naming the input and the reason;
the reader then carries on with the next input, so one bad file never sinks a batch.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path

from dateline.model import Article

MAX_BYTES = 20_000_000  # larger inputs are refused: no news article is 20 MB of text
MAX_CHARS = 1_000_000  # spaCy's default nlp.max_length: longer texts would stop the whole run
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
GZIP_ERRORS = (OSError, EOFError, zlib.error)  # unreadable, truncated or corrupt (gzip)


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read, and why (shown to the user as ``origin: reason``)."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    published: date | None = None  # applies to plain-text inputs and fills gaps elsewhere
    source: str | None = None
    # where a reader notes what it read past (JSONL fields it does not use); None: not noted
    notes: list[str] | None = field(default=None, compare=False)


JSONL_FIELDS = ("id", "text", "published", "title", "source", "url")


def parse_date(value: str) -> date:
    """A strict YYYY-MM-DD date; ValueError with a readable reason otherwise."""
    try:
        return datetime.strptime(value.strip()[:10], "%Y-%m-%d").date()
    except ValueError:
        raise ValueError(f"impossible or malformed date {value!r} (expected YYYY-MM-DD)") from None


def read_inputs(paths: Iterable[str], options: ReadOptions) -> Iterator[Article | InputError]:
    """Articles from every path (files, directories, ``-`` for stdin), in the order given."""
    for raw in paths:
        for item in _read_path(raw, options):
            yield within_length(item) if isinstance(item, Article) else item


def _read_path(raw: str, options: ReadOptions) -> Iterator[Article | InputError]:
    if raw == "-":
        yield from _read_bytes(sys.stdin.buffer.read(), "stdin", "", options)
        return
    path = Path(raw)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        if not files:
            yield InputError(raw, "directory contains no files")
        for file in files:
            if name_and_suffix(file)[1] in KNOWN_SUFFIXES:
                yield from _read_file(file, options)
            else:  # a folder's spreadsheets, PDFs and images are not articles; a named file is
                yield InputError(str(file), f"not a text, HTML, feed or JSONL file ({file.suffix})")
    elif path.is_file():
        yield from _read_file(path, options)
    else:
        yield InputError(raw, "no such file or directory")


def within_length(article: Article) -> Article | InputError:
    """The article, or why it is too long for the language model to read in one piece."""
    if len(article.text) <= MAX_CHARS:
        return article
    return InputError(
        article.origin or article.id,
        f"text too long ({len(article.text):,} characters; the limit is {MAX_CHARS:,}, "
        "the spaCy model's): split it into articles",
    )


def _read_file(path: Path, options: ReadOptions) -> Iterator[Article | InputError]:
    name, suffix = name_and_suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, name, options)
        return
    data = _file_bytes(path)
    if isinstance(data, InputError):
        yield data
        return
    yield from _read_bytes(data, str(path), suffix, options, stem=name)


def name_and_suffix(path: Path) -> tuple[str, str]:
    """The file's name without extension and its kind of suffix, looking inside ``.gz``
    (``corpus.jsonl.gz`` is JSONL named ``corpus``)."""
    if path.suffix.lower() == ".gz":
        inner = Path(path.stem)
        return inner.stem, inner.suffix.lower()
    return path.stem, path.suffix.lower()


def _open(path: Path) -> io.BufferedIOBase:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")


def _file_bytes(path: Path) -> bytes | InputError:
    """The file's bytes (unpacked when gzipped), refusing more than an article may hold."""
    try:
        with _open(path) as handle:
            data = handle.read(MAX_BYTES + 1)
    except GZIP_ERRORS as exc:
        return InputError(str(path), f"cannot be read ({getattr(exc, 'strerror', None) or exc})")
    if len(data) > MAX_BYTES:
        return InputError(str(path), f"too large (over {MAX_BYTES:,} bytes)")
    return data


def _read_jsonl_file(path: Path, name: str, options: ReadOptions) -> Iterator[Article | InputError]:
    """A JSONL corpus (gzipped or not) is read line by line: it may be far larger than one
    article may be, and one bad line (not UTF-8, not JSON) costs only that line."""
    try:
        with _open(path) as handle:
            head = handle.read(8192)
            if head.startswith(UTF16_BOMS):
                yield InputError(str(path), "JSON lines in UTF-16; re-encode the file as UTF-8")
                return
            if b"\x00" in head:
                yield InputError(str(path), "binary file (contains NUL bytes), not JSON lines")
                return
            handle.seek(0)
            yield from read_jsonl_lines(handle, str(path), options, name)
    except GZIP_ERRORS as exc:  # the lines read before a broken stretch are kept
        yield InputError(str(path), f"cannot be read on ({getattr(exc, 'strerror', None) or exc})")


def _read_bytes(
    data: bytes, origin: str, suffix: str, options: ReadOptions, stem: str | None = None
) -> Iterator[Article | InputError]:
    if _is_jsonl(suffix, data):
        yield from read_jsonl_lines(data.splitlines(), origin, options, stem or origin)
        return
    if len(data) > MAX_BYTES:
        yield InputError(origin, f"too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
        return
    text = _decode(data, origin)
    if isinstance(text, InputError):
        yield text
        return
    if not text.strip():
        yield InputError(origin, "empty input")
        return
    yield from _read_text(text, _kind(suffix, text), origin, stem or origin, options)


def _read_text(
    text: str, kind: str, origin: str, article_id: str, options: ReadOptions
) -> Iterator[Article | InputError]:
    if kind == "feed":
        from dateline.formats.feeds import read_feed

        yield from read_feed(text, origin, options, article_id)
    elif kind == "html":
        from dateline.formats.html import read_html

        yield read_html(text, origin, article_id, options)
    else:
        yield Article(
            id=article_id,
            text=text,
            published=options.published,
            source=options.source,
            origin=origin,
        )


def _decode(data: bytes, origin: str) -> str | InputError:
    if data.startswith(UTF16_BOMS):  # "Unicode" text as Windows editors save it
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return InputError(origin, "starts like UTF-16 text but does not decode as UTF-16")
    if b"\x00" in data[:8192]:
        return InputError(origin, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_text(data)
        if declared is not None:
            return declared
        return InputError(
            origin,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-encode the file as UTF-8",
        )


# <meta charset="...">, http-equiv "...; charset=...", <?xml ... encoding="..."?>
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""")


def _declared_text(data: bytes) -> str | None:
    """A page or feed that is not UTF-8 but names its own encoding (many older news sites
    serve windows-1252 or ISO-8859-x) is read in that encoding; None when it names none."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return data.decode(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _is_jsonl(suffix: str, data: bytes) -> bool:
    """JSONL by its suffix, or (stdin and names without one) by a first line that opens an
    object; binary data is never read as lines."""
    if b"\x00" in data[:8192] or data.startswith(UTF16_BOMS):
        return False
    return suffix in JSONL_SUFFIXES or (not suffix and data.lstrip()[:1] == b"{")


def _kind(suffix: str, text: str) -> str:
    """Guess the format from the suffix, then from the first bytes (for stdin and odd names)."""
    if suffix in HTML_SUFFIXES:
        return "html"
    head = text.lstrip()[:1000].lower()
    if suffix in FEED_SUFFIXES or any(tag in head for tag in ("<rss", "<feed", "<rdf:rdf")):
        return "feed"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def read_jsonl_lines(
    lines: Iterable[bytes], origin: str, options: ReadOptions, name: str | None = None
) -> Iterator[Article | InputError]:
    """One article per line: ``{"id", "text", "published"?, "title"?, "source"?, "url"?}``.

    A line without an id is named by its url, else ``NAME:LINE`` (the file name without
    extension), so that an article with text is never dropped for want of a label."""
    seen = False
    unread: dict[str, int] = {}  # field -> first line holding it
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen = True
        where, default_id = f"{origin}:{lineno}", f"{name or origin}:{lineno}"
        noted = partial(_note_unread, lineno=lineno, unread=unread)
        yield _jsonl_line(raw, where, options, default_id, noted)
    if not seen:
        yield InputError(origin, "empty input")
    if unread and options.notes is not None:
        fields = ", ".join(f"{key!r} (line {line})" for key, line in list(unread.items())[:8])
        options.notes.append(f"{origin}: fields not read: {fields}; dateline reads "
                             f"{', '.join(JSONL_FIELDS)}")  # fmt: skip


def _note_unread(keys: Iterable[str], lineno: int, unread: dict[str, int]) -> None:
    """Fields a user gave that no reader uses ("date", "body"): named once per file, since a
    date under another key than "published" is not the publication date."""
    for key in keys:
        if key not in JSONL_FIELDS:
            unread.setdefault(key, lineno)


def _jsonl_line(
    raw: bytes,
    where: str,
    options: ReadOptions,
    default_id: str,
    keys_seen: Callable[[Iterable[str]], None] | None = None,
) -> Article | InputError:
    if len(raw) > MAX_BYTES:
        return InputError(where, f"line too long ({len(raw):,} bytes; the limit is {MAX_BYTES:,})")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(
            where, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
        )
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
    if keys_seen is not None and isinstance(record, dict):
        keys_seen(record)
    return article_from_record(record, where, options, default_id)


def _json_kind(value: object) -> str:
    """The JSON name of a value's type, as a user wrote it."""
    kinds = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
    }
    return kinds.get(type(value), type(value).__name__)


def article_from_record(
    record: object, where: str, options: ReadOptions, default_id: str | None = None
) -> Article | InputError:
    """Validate one JSON article record; its id is ``id``, else ``url``, else ``default_id``."""
    if not isinstance(record, dict):
        return InputError(where, "expected a JSON object with a 'text' (and an 'id')")
    text = record.get("text")
    if text is not None and not isinstance(text, str):  # 42, a list: say so, not 'missing'
        return InputError(where, f"'text' must be a string, not {_json_kind(text)}")
    if not text or not text.strip():
        return InputError(where, "missing or empty 'text'")
    article_id = _record_id(record, default_id)
    if article_id is None:
        return InputError(where, "missing 'id'")
    published = options.published
    if record.get("published"):
        try:
            published = parse_date(str(record["published"]))
        except ValueError as exc:
            return InputError(where, f"'published': {exc}")
    return Article(
        id=article_id,
        text=text,
        published=published,
        title=_opt_str(record.get("title")),
        source=_opt_str(record.get("source")) or options.source,
        url=_opt_str(record.get("url")),
        origin=where,
    )


def _record_id(record: dict[str, object], default_id: str | None) -> str | None:
    for candidate in (record.get("id"), record.get("url"), default_id):
        if candidate is not None and str(candidate).strip():
            return str(candidate)
    return None


def _opt_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
