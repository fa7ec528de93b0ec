"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

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
        source=getattr(extracted, "sitename", None) or options.source,  # fills gaps, as dates
        url=getattr(extracted, "url", None),
        origin=origin,
    )


def _page_date(value: str | None) -> date | None:
    """The page's own publication date (it wins over ``--published``, which fills gaps)."""
    from dateline.inputs import parse_date

    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError:
        return None
