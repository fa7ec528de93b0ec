"""Overlap queries over many spans in O(log n + k), so long articles stay linear."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Generic, TypeVar

from dateline.model import Span

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items keyed by their text span; ``overlapping`` returns those that share characters."""

    def __init__(self, items: Iterable[tuple[Span, T]]) -> None:
        self._pairs = sorted(items, key=lambda pair: pair[0].start)
        self._starts = [span.start for span, _ in self._pairs]
        self._longest = max((span.end - span.start for span, _ in self._pairs), default=0)

    def overlapping(self, span: Span) -> list[T]:
        lo = bisect_left(self._starts, span.start - self._longest)
        hi = bisect_left(self._starts, span.end)
        return [item for s, item in self._pairs[lo:hi] if s.end > span.start]

    def any_overlap(self, span: Span) -> bool:
        return bool(self.overlapping(span))
