"""Stage 'numbers' (placeholder: assigns nothing yet)."""

from __future__ import annotations

from dateline.model import Document
from dateline.pipeline.base import Stage


class CasualtyCounter(Stage):
    name = "numbers"
    requires = ("sentences", "entities",)
    assigns = ("numbers",)

    def __call__(self, doc: Document) -> Document:
        return doc
