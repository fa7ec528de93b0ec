"""Stage 'dates' (placeholder: assigns nothing yet)."""

from __future__ import annotations

from dateline.model import Document
from dateline.pipeline.base import Stage


class DateResolver(Stage):
    name = "dates"
    requires = ("sentences", "entities",)
    assigns = ("dates",)

    def __call__(self, doc: Document) -> Document:
        return doc
