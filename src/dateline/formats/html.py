"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import html as html_text
import re
from datetime import date
from typing import TYPE_CHECKING, Any

import trafilatura

from dateline.model import Article

if TYPE_CHECKING:
    from dateline.inputs import InputError, ReadOptions


def read_html(
    html: str, origin: str, article_id: str, options: ReadOptions
) -> Article | InputError:
    from dateline.inputs import InputError

    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_recall=True
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        return InputError(origin, f"malformed HTML ({type(exc).__name__}: {exc})")
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return InputError(origin, "no article text found in the HTML page")
    return Article(
        id=article_id,
        text=text,
        published=_page_date(getattr(extracted, "date", None)) or options.published,
        title=getattr(extracted, "title", None),
        source=site_name(html, extracted) or options.source,  # fills gaps, as dates
        url=getattr(extracted, "url", None),
        origin=origin,
    )


TITLE_ELEMENT = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
SITE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014\u00b7\u2022:]+\s+")  # ' | ', ' - ', ' – '...
HOST_NAME = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)+$")
MAX_SITE_CHARS = 80


def site_name(html: str, extracted: Any) -> str | None:
    """The outlet: the page's declared site name (og:site_name), else the part of its <title>
    after the headline ('Police confirm nine dead | Premium Times Nigeria'), which trafilatura
    cuts off the title and drops; a bare host name ('dailytrust.example') only when the title
    names no outlet, since ACLED's source column names outlets."""
    declared = getattr(extracted, "sitename", None)
    if declared and not HOST_NAME.match(declared):
        return str(declared)
    return title_suffix(html, getattr(extracted, "title", None)) or declared


def title_suffix(html: str, headline: str | None) -> str | None:
    """What the <title> adds after ``headline`` behind a separator, last part first."""
    found = TITLE_ELEMENT.search(html[:200_000])  # the head; a page may be megabytes
    if not found or not headline:
        return None
    title = " ".join(html_text.unescape(found.group(1)).split())
    if not title.startswith(headline) or title == headline:
        return None
    parts = [p for p in SITE_SEPARATOR.split(" " + title[len(headline) :] + " ") if p.strip()]
    suffix = parts[-1].strip() if parts else ""
    return suffix if 0 < len(suffix) <= MAX_SITE_CHARS else None


def _page_date(value: str | None) -> date | None:
    """The page's own publication date (it wins over ``--published``, which fills gaps)."""
    from dateline.inputs import parse_date

    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError:
        return None
