"""The span index behind clause_dates and the clause lists (same answers as a full scan), and
the day that dates a clause."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import pytest

from dateline.model import Article, Span
from dateline.pipeline import Pipeline
from dateline.pipeline.event_days import SpanIndex, span_index


@dataclass(frozen=True)
class Mention:
    span: Span


def _mention(start: int, end: int) -> Mention:
    return Mention(Span(start, end, "x" * (end - start)))


def test_inside_gives_the_contained_mentions_in_list_order() -> None:
    rng = random.Random(7)
    starts = [rng.randint(0, 200) for _ in range(80)]
    mentions = [_mention(s, s + rng.randint(0, 9)) for s in starts]
    index = SpanIndex(mentions)
    for _ in range(300):
        start = rng.randint(0, 210)
        clause = Span(start, start + rng.randint(0, 60), "")
        expected = [m for m in mentions if clause.contains(m.span)]
        assert index.inside(clause) == expected


def test_an_empty_mention_at_the_clause_end_is_inside() -> None:
    assert SpanIndex([_mention(10, 10)]).inside(Span(0, 10, "")) == [_mention(10, 10)]


def test_the_index_is_rebuilt_when_its_list_changes() -> None:
    mentions = [_mention(0, 3)]
    assert span_index(mentions).inside(Span(0, 20, "")) == mentions
    mentions.append(_mention(5, 9))
    assert span_index(mentions).inside(Span(0, 20, "")) == mentions
    other = [_mention(1, 2)]
    assert span_index(other).inside(Span(0, 20, "")) == other


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The body of a trader abducted last week was discovered on Monday near Jos.",
         date(2024, 5, 13)),
        ("The bodies of two farmers kidnapped by gunmen earlier this month were discovered"
         " near Kaduna on Tuesday.", date(2024, 5, 14)),
        ("The bodies of 3 farmers killed by gunmen on Monday night were found on Tuesday.",
         date(2024, 5, 13)),
        # round 6: a day-precise taking gives way to the finding; a killing keeps its day
        ("A pastor whom gunmen had kidnapped on Saturday was found dead on Tuesday in Kogi.",
         date(2024, 5, 14)),
        ("Two traders seized by bandits on 10 May were found dead on 13 May near Gusau.",
         date(2024, 5, 13)),
        ("A chief shot by gunmen on Monday was found dead on Tuesday.", date(2024, 5, 13)),
    ],
)
def test_found_bodies_are_dated_by_the_finding_when_the_killing_is_not(
    text: str, value: date
) -> None:
    doc = Pipeline()(Article("t", text, date(2024, 5, 16)))
    assert [e.event_date for e in doc.events][:1] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 7 May 2024, police fired on protesters marching against the results of the"
         " 29 April general elections in Maputo. 3 protesters were killed.", date(2024, 5, 7)),
        ("Militants killed 12 people in the 7 May attack on a market in Gao, officials said.",
         date(2024, 5, 7)),
    ],
)
def test_a_day_naming_another_thing_gives_way_to_the_event_day(text: str, value: date) -> None:
    doc = Pipeline()(Article("t", text, date(2024, 5, 16)))
    assert [e.event_date for e in doc.events][:1] == [value]
