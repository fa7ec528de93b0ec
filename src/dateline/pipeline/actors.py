"""Stage 'actors' (placeholder: assigns nothing yet)."""

from __future__ import annotations

from dateline.model import Document
from dateline.pipeline.base import Stage


class ActorRecognizer(Stage):
    name = "actors"
    requires = ("article.text", "sentences", "entities",)
    assigns = ("actors",)

    def __call__(self, doc: Document) -> Document:
        return doc
