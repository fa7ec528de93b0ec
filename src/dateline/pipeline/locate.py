"""Stage 'locate' (placeholder: assigns nothing yet)."""

from __future__ import annotations

from dateline.model import Document
from dateline.pipeline.base import Stage


class EventLocator(Stage):
    name = "locate"
    requires = ("events", "places",)
    assigns = ("events.location",)

    def __call__(self, doc: Document) -> Document:
        return doc
