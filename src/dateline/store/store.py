"""The event store: one object over a database URL, used by the CLI, the REST API and Python.

from dateline.store import open_store, EventFilter
with open_store("events.sqlite") as store:
    store.ingest(articles)
    page = store.list_events(EventFilter(country=("Nigeria",)), limit=20)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dateline.model import Article, Document, Event
from dateline.settings import get_settings
from dateline.store import ingest as writes
from dateline.store import query as reads
from dateline.store import review
from dateline.store.backend import Database
from dateline.store.query import EventFilter
from dateline.store.schema import current_version, has_postgis, migrate

Extractor = Callable[[list[Article]], Iterable[Document]]


def pipeline_extract(articles: list[Article]) -> Iterable[Document]:
    from dateline.pipeline import process

    return process(articles, workers=1 if len(articles) <= 4 else None)


class EventStore:
    """Articles, event reports and deduplicated events in SQLite or PostgreSQL."""

    def __init__(self, url: str | None = None, migrate_schema: bool = True) -> None:
        self.url = url or get_settings().db_url
        self.db = Database(self.url)
        self.schema_version = migrate(self.db) if migrate_schema else current_version(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @property
    def postgis(self) -> bool:
        return has_postgis(self.db)

    # writing
    def needs_processing(self, article: Article) -> bool:
        """False when this article's text is already stored (so the NLP can be skipped: an
        exact copy changes nothing, a syndicated copy reuses the stored copy's reports)."""
        return writes.find_stored(self.db, article)[0] not in ("unchanged", "syndicated")

    def ingest_document(self, doc: Document) -> writes.IngestResult:
        return writes.ingest_document(self.db, doc)

    def ingest(
        self, articles: Iterable[Article], extract: Extractor = pipeline_extract
    ) -> Iterator[writes.IngestResult]:
        """Process and store articles, committing each; already stored ones are skipped.

        Which articles need the NLP is decided first, so that one ``extract`` call (one pool
        of worker processes, each loading the models once) handles all of them.
        """
        pending: list[Article] = []
        for article in articles:
            if self.needs_processing(article):
                pending.append(article)
            else:  # unchanged, or a syndicated copy (written without the NLP)
                yield self.ingest_document(Document(article))
        if pending:
            for doc in extract(pending):
                yield self.ingest_document(doc)

    # reading
    def list_events(self, flt: EventFilter, sort: str = "-event_date", limit: int = 50,
                    offset: int = 0) -> list[dict[str, Any]]:  # fmt: skip
        return reads.list_events(self.db, flt, sort, limit, offset)

    def page_records(self, flt: EventFilter, sort: str = "-event_date", limit: int = 50,
                     offset: int = 0) -> list[Event]:  # fmt: skip
        return reads.page_records(self.db, flt, sort, limit, offset)

    def count_events(self, flt: EventFilter) -> int:
        return reads.count_events(self.db, flt)

    def iter_events(self, flt: EventFilter, sort: str = "event_date") -> Iterator[Event]:
        return reads.iter_events(self.db, flt, sort)

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        return reads.get_event(self.db, event_id)

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        return reads.get_article(self.db, article_id)

    def stats(
        self, flt: EventFilter, period: str = "month", group: str = "country"
    ) -> list[dict[str, Any]]:
        return reads.stats(self.db, flt, period, group)

    # reviewing
    def correct_event(
        self, event_id: str, changes: dict[str, Any], reviewer: str, note: str = ""
    ) -> None:
        review.correct_event(self.db, event_id, changes, reviewer, note)

    def split_report(self, event_id: str, report_id: str, reviewer: str) -> str:
        return review.split_report(self.db, event_id, report_id, reviewer)

    def merge_events(self, keep_id: str, other_id: str, reviewer: str) -> None:
        review.merge_events(self.db, keep_id, other_id, reviewer)


def open_store(url: str | None = None) -> EventStore:
    """The store at ``url`` (default: ``DATELINE_DB`` or the user data directory), migrated."""
    return EventStore(url)
