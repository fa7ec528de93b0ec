"""Stage 'events' (placeholder: assigns nothing yet)."""

from __future__ import annotations

from dateline.model import Document
from dateline.pipeline.base import Stage


class EventDetector(Stage):
    name = "events"
    requires = ("sentences", "actors", "places", "dates", "numbers",)
    assigns = ("events",)

    def __call__(self, doc: Document) -> Document:
        return doc
