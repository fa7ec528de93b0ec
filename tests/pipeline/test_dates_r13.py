"""Dates round 13 (issue #4): a weekday and the week it falls in told in one clause, and a
day of this or last month as translated local reports write it."""

from __future__ import annotations

from datetime import date

from dateline.pipeline.dates import find_periods


def days(text: str, published: date) -> list[tuple[str, str, int]]:
    return [(s.text, p.value.isoformat(), p.precision) for s, p in find_periods(text, published)]


def test_a_weekday_told_with_last_week_is_that_weeks_day():
    # published on a Thursday: last week's Friday, not the week as a span
    found = days("Quetta - After Friday prayers at the central mosque last week, traders "
                 "marched to the press club.", date(2025, 5, 15))
    assert found == [("Friday", "2025-05-09", 1), ("last week", "2025-05-09", 1)]
    found = days("Last week, on Tuesday, police raided a hostel.", date(2025, 5, 15))
    assert found == [("Last week", "2025-05-06", 1), ("Tuesday", "2025-05-06", 1)]


def test_a_weekday_of_another_clause_leaves_the_week_alone():
    found = days("On Tuesday police said that last week gunmen attacked a bus.",
                 date(2025, 5, 15))
    assert found == [("Tuesday", "2025-05-13", 1), ("last week", "2025-05-08", 2)]


def test_a_day_of_this_or_last_month():
    assert days("On the 3rd of this month, gunmen abducted a chief.", date(2025, 8, 20)) == [
        ("the 3rd of this month", "2025-08-03", 1)]
    assert days("in the night of the 28th of last month", date(2025, 8, 20))[-1] == (
        "the 28th of last month", "2025-07-28", 1)


def test_a_weekday_of_a_later_clause_is_not_a_day_of_last_week():
    found = days("A farmer kidnapped by bandits last week was found dead on Thursday in "
                 "Katsina.", date(2021, 2, 12))
    assert found == [("last week", "2021-02-04", 2), ("Thursday", "2021-02-11", 1)]
