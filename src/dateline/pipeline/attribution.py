"""Stage 'attribution' (placeholder: assigns nothing yet)."""

from __future__ import annotations

from dateline.model import Document
from dateline.pipeline.base import Stage


class Attributor(Stage):
    name = "attribution"
    requires = ("events", "entities",)
    assigns = ("events.source", "events.disputed", "events.notes",)

    def __call__(self, doc: Document) -> Document:
        return doc
