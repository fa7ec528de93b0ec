"""RSS/Atom feeds through feedparser: each entry is one article."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

import feedparser

from dateline.model import Article

if TYPE_CHECKING:
    from dateline.inputs import InputError, ReadOptions

_TAG = re.compile(r"<[^>]+>")


def read_feed(
    text: str, origin: str, options: ReadOptions, name: str | None = None
) -> Iterator[Article | InputError]:
    """Each entry an article, named by its id or link, else ``NAME#N`` (``name`` is the file
    name without extension, so the id does not change when the file moves)."""
    from dateline.inputs import InputError

    parsed = feedparser.parse(text)
    items = list(_entries(parsed, origin, name or origin, options))
    broken = getattr(parsed, "bozo_exception", "unreadable") if parsed.bozo else None
    if broken is not None and not any(isinstance(item, Article) for item in items):
        yield InputError(origin, f"malformed feed XML ({broken})")  # one line, not one per scrap
        return
    if not items:
        yield InputError(origin, "feed has no entries")
        return
    yield from items
    if broken is not None:  # feedparser read what it could before the XML broke
        yield InputError(
            origin, f"whatever follows entry {len(items)} (malformed feed XML: {broken})"
        )


def _entries(
    parsed: Any, origin: str, name: str, options: ReadOptions
) -> Iterator[Article | InputError]:
    from dateline.inputs import InputError

    feed_title = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{index}"
        body = _entry_text(entry)
        if not body:
            yield InputError(where, "feed entry has neither text nor title")
            continue
        yield Article(
            id=str(entry.get("id") or entry.get("link") or f"{name}#{index}"),
            text=body,
            published=_entry_date(entry) or options.published,
            title=entry.get("title"),
            source=feed_title or options.source,  # --source names inputs that do not say
            url=entry.get("link"),
            origin=where,
        )


def _entry_text(entry: Any) -> str:
    """The page text when the feed carries it (content:encoded), else the summary, else the
    headline (feeds of headlines and links carry nothing more, and headlines report events)."""
    for content in entry.get("content") or []:
        value = content.get("value", "")
        if value.strip():
            return _strip_html(value)
    return _strip_html(entry.get("summary", "") or "") or _strip_html(entry.get("title") or "")


def _strip_html(value: str) -> str:
    if "<" not in value:
        return value.strip()
    paragraphs = re.split(r"(?i)</p>|<br\s*/?>", value)
    text = "\n\n".join(html_lib.unescape(_TAG.sub("", p)).strip() for p in paragraphs)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
