from dateline.gazetteer.spans import SpanIndex
from dateline.model import Span


def test_overlapping_finds_exactly_the_spans_sharing_characters():
    spans = [Span(0, 5, "a"), Span(3, 40, "b"), Span(10, 12, "c"), Span(50, 55, "d")]
    index = SpanIndex((s, s.text) for s in spans)
    assert sorted(index.overlapping(Span(11, 13, "x"))) == ["b", "c"]
    assert index.overlapping(Span(40, 50, "x")) == []
    assert index.overlapping(Span(4, 5, "x")) == ["a", "b"]
    assert index.any_overlap(Span(54, 60, "x")) and not index.any_overlap(Span(60, 70, "x"))


def test_empty_index_overlaps_nothing():
    assert SpanIndex([]).overlapping(Span(0, 10, "x")) == []
