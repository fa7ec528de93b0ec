"""Deduplication's day rules (``one_day_gap`` in data/store/dedup.json) on records built here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.model import Event
from dateline.store.dedup import cluster_reports, compare
from dateline.store.testing import report_event


def attack(article_id: str, **changes: object) -> Event:
    """Police shooting civilians in Kisumu (own wording, no corpus article)."""
    scene = dict(
        event_date=date(2025, 7, 7),
        time_precision=1, disorder_type="Political violence",
        event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Police Forces of Kenya (2022-)", inter1=1, actor2="Civilians (Kenya)", inter2=7,
        country="Kenya", admin1="Kisumu", location="Kisumu", latitude=-0.10221,
        longitude=34.76171, geo_precision=1, fatalities=2,
    )  # fmt: skip
    return report_event(article_id, scene, **changes)


def test_violence_against_civilians_a_day_apart_is_two_days_events() -> None:
    """Police shoot two men in Kisumu on Monday; on Tuesday an outlet's report of arrests in
    the town, read by extraction as another police attack on civilians: two events, as ACLED
    codes violence against civilians per day and place."""
    monday, tuesday = attack("a"), attack("b", event_date=date(2025, 7, 8))
    decision = compare(monday, tuesday)
    assert not decision.same
    assert "one event per day" in " ".join(decision.reasons)
    assert compare(monday, replace(tuesday, event_date=monday.event_date)).same
    # unnamed gunmen raiding one village on two nights are two raids as well
    gunmen = dict(actor1="Unidentified Armed Group (Kenya)", inter1=3)
    assert not compare(replace(monday, **gunmen), replace(tuesday, **gunmen)).same  # type: ignore[arg-type]
    assert [len(c) for c in cluster_reports([monday, tuesday])] == [1, 1]


def test_an_overnight_attack_on_civilians_stays_one_event_when_something_ties_the_days() -> None:
    """A massacre "late on Sunday" for one outlet and "on Monday" for another is one event when
    both name the group, or when one dates it only by the publication day or over a span."""
    group = dict(actor1="Al Shabaab", inter1=2)
    sunday = attack("a", **group)
    monday = attack("b", event_date=date(2025, 7, 8), **group)
    assert compare(sunday, monday).same
    monday_unnamed = attack("c", event_date=date(2025, 7, 8))
    assert compare(attack("d"), replace(monday_unnamed, date_known=False)).same
    assert compare(attack("d"), replace(monday_unnamed, time_precision=2)).same
    # other event types keep the overnight tolerance for the same sub-event type
    clash = dict(event_type="Battles", sub_event_type="Armed clash",
                 actor2="Unidentified Armed Group (Kenya)", inter2=3)  # fmt: skip
    assert compare(attack("e", **clash), attack("f", event_date=date(2025, 7, 8), **clash)).same
