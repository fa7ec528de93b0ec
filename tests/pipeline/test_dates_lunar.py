"""Islamic feasts and the round-8 relative periods, resolved against a publication day."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.pipeline.dates import find_periods


def first_period(text: str, published: date) -> tuple[date, int]:
    [(_, period)] = find_periods(text, published)
    return period.value, period.precision


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Shelling resumed on Eid al-Fitr.", date(2023, 4, 25), (date(2023, 4, 21), 1)),
        ("Shelling resumed on Eid-ul-Adha.", date(2022, 7, 12), (date(2022, 7, 9), 1)),
        ("A raid came on Eid el-Kebir 2019.", date(2024, 1, 5), (date(2019, 8, 11), 1)),
        ("A raid came on the third day of Eid al-Adha.", date(2021, 7, 30), (date(2021, 7, 22), 1)),
        ("Mourners were hit on Ashura.", date(2020, 9, 2), (date(2020, 8, 29), 1)),
        ("Bombs fell on the first day of Ramadan.", date(2026, 2, 25), (date(2026, 2, 18), 1)),
        ("Bombs fell on the last day of Ramadan.", date(2022, 5, 6), (date(2022, 5, 1), 1)),
        ("Attacks rose during Ramadan.", date(2019, 6, 20), (date(2019, 5, 20), 2)),
        ("A bomb went off at Tabaski.", date(2018, 8, 30), (date(2018, 8, 21), 1)),
    ],
)
def test_lunar_feasts_come_from_the_table(
    text: str, published: date, expected: tuple[date, int]
) -> None:
    assert first_period(text, published) == expected


def test_a_feast_far_ahead_is_last_years() -> None:
    assert first_period("They struck on Eid al-Adha.", date(2025, 3, 1)) == (date(2024, 6, 16), 1)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Two died earlier in the week.", date(2024, 3, 9), (date(2024, 3, 6), 2)),
        ("Two died within the last week.", date(2024, 3, 9), (date(2024, 3, 5), 2)),
        ("Two died over the last week.", date(2024, 3, 9), (date(2024, 3, 5), 2)),
        ("Two died in the last week of February.", date(2024, 3, 9), (date(2024, 2, 26), 2)),
        ("Two died on March 4 and 5.", date(2024, 3, 9), (date(2024, 3, 4), 2)),
    ],
)
def test_round_eight_periods(text: str, published: date, expected: tuple[date, int]) -> None:
    assert first_period(text, published) == expected
