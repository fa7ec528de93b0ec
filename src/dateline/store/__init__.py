"""The event store: articles, event reports, deduplicated events, reviews (SQLite or PostgreSQL)."""

from dateline.store.backend import StoreError
from dateline.store.query import EventFilter
from dateline.store.review import ReviewError
from dateline.store.store import EventStore, open_store

__all__ = ["EventFilter", "EventStore", "ReviewError", "StoreError", "open_store"]
