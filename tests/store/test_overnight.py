"""Round 10 of issue #5: one night's demonstration dated "late on" one day by one outlet and
"early on" the next by another (store/overnight.py); own scenes."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.dedup import cluster_reports, compare
from dateline.store.overnight import overnight_pair
from dateline.store.testing import report_event

# Protesters and police clash outside Congress in Lima on the night of Thursday 5 November.
CLASH = {
    "event_date": date(2026, 11, 5), "time_precision": 1, "disorder_type": "Demonstrations",
    "event_type": "Protests", "sub_event_type": "Protest with intervention",
    "actor1": "Protesters (Peru)", "inter1": 6, "actor2": "Police Forces of Peru (2026-)",
    "inter2": 1, "country": "Peru", "admin1": "Lima", "location": "Lima",
    "latitude": -12.0432, "longitude": -77.0282, "geo_precision": 1,
}  # fmt: skip
TEXTS = {
    "larepublica": "Police fired tear gas at marchers outside Congress late on Thursday.",
    "andina": "Rioters threw stones at officers in central Lima early on Friday; 9 were held.",
    "evening": "Police fired tear gas at marchers outside Congress on Thursday evening.",
    "morning_late": "Officers detained the march organisers at their homes late on Friday.",
}


def _report(article_id: str, **changes: object) -> Event:
    return report_event(article_id, CLASH, **changes)


def _riot(article_id: str) -> Event:
    return _report(article_id, event_date=date(2026, 11, 6), disorder_type="Political violence",
                   event_type="Riots", sub_event_type="Violent demonstration",
                   actor1="Rioters (Peru)", inter1=5)  # fmt: skip


def _text(article_id: str) -> str:
    return TEXTS.get(article_id, "")


def test_late_on_one_day_and_early_on_the_next_are_one_night() -> None:
    late, early = _report("larepublica"), _riot("andina")
    assert not compare(late, early).same  # the records alone: two days' demonstrations
    assert overnight_pair(late, early, _text) and overnight_pair(early, late, _text)
    assert compare(late, early, _text).same
    assert sorted(map(len, cluster_reports([early, late], _text))) == [2]


def test_without_both_phrases_the_days_stay_two_events() -> None:
    assert not compare(_report("evening"), _riot("andina"), _text).same  # no "late"
    assert not compare(_report("larepublica"), _riot("morning_late"), _text).same  # no "early"
    reversed_days = _report("andina", event_date=date(2026, 11, 4))  # "early" on the earlier day
    assert not overnight_pair(reversed_days, _report("larepublica"), _text)
    two_days = _riot("andina")
    two_days.event_date = date(2026, 11, 7)
    assert not overnight_pair(_report("larepublica"), two_days, _text)
    assert not compare(_report("larepublica"), _riot("andina"), None).same  # texts needed


# Round 11: gunmen raid a village near Kafanchan (Kaduna) through the night of Friday 12 June.
RAID = {
    "event_date": date(2026, 6, 12), "time_precision": 1, "disorder_type": "Political violence",
    "event_type": "Violence against civilians", "sub_event_type": "Attack",
    "actor1": "Fulani Ethnic Militia (Nigeria)", "inter1": 4, "actor2": "Civilians (Nigeria)",
    "inter2": 7, "country": "Nigeria", "admin1": "Kaduna", "location": "Kafanchan",
    "latitude": 9.5833, "longitude": 8.2925, "geo_precision": 1,
}  # fmt: skip
RAID_TEXTS = {
    "daily": "Herders killed nine villagers in an attack near Kafanchan late on Friday.",
    "police": "In the early hours of Saturday, armed men attacked a community near Kafanchan.",
    "brief": "On 12 June, Fulani militia attacked a village near Kafanchan, killing nine.",
}


def _raid(article_id: str, day: int = 12, **changes: object) -> Event:
    return report_event(article_id, RAID, event_date=date(2026, 6, day), **changes)


def test_a_report_of_either_day_joins_an_event_that_spans_the_night() -> None:
    daily, brief = _raid("daily"), _raid("brief")
    police = _raid("police", 13, actor1="Unidentified Armed Group (Nigeria)", inter1=3)
    assert not compare(brief, police, RAID_TEXTS.get).same  # alone: two days' attacks
    for order in ([daily, police, brief], [brief, daily, police], [police, brief, daily]):
        assert [len(c) for c in cluster_reports(order, RAID_TEXTS.get)] == [3], order


def test_without_the_night_pair_the_days_stay_apart() -> None:
    brief = _raid("brief")
    police = _raid("police", 13, actor1="Unidentified Armed Group (Nigeria)", inter1=3)
    other_brief = _raid("daily", actor1="Unidentified Armed Group (Nigeria)", inter1=3)
    texts = dict(RAID_TEXTS, daily="Gunmen killed nine villagers near Kafanchan on Friday.")
    clusters = cluster_reports([brief, other_brief, police], texts.get)
    assert sorted(map(len, clusters)) == [1, 2]  # no "late" phrase: Friday's and Saturday's
    riot = _raid("brief", 12, event_type="Riots", sub_event_type="Mob violence",
                 disorder_type="Political violence", actor1="Rioters (Nigeria)", inter1=5)
    # another act the day before is not vouched for by the night pair of the attack reports
    clusters = cluster_reports([_raid("police", 13), _raid("daily"), riot], RAID_TEXTS.get)
    assert sorted(map(len, clusters)) == [1, 2]
