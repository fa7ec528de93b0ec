"""The stage protocol every pipeline component follows (after spaCy's requires/assigns)."""

from __future__ import annotations

from typing import ClassVar

from dateline.model import Document


class Stage:
    """A pipeline component: reads the ``requires`` fields of a Document, fills ``assigns``.

    Subclasses keep construction cheap; heavy resources (models, gazetteers) are loaded
    lazily through cached loaders so that importing dateline stays fast.
    """

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - interface
        raise NotImplementedError
