"""Stage 'places' (placeholder: assigns nothing yet)."""

from __future__ import annotations

from dateline.model import Document
from dateline.pipeline.base import Stage


class PlaceRecognizer(Stage):
    name = "places"
    requires = ("sentences", "entities", "actors",)
    assigns = ("places",)

    def __call__(self, doc: Document) -> Document:
        return doc
