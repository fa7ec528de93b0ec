"""Finding a report's place in the text of another report the pipeline left unplaced."""

from __future__ import annotations

from datetime import date

from dateline.model import Event
from dateline.store.mentions import named_place, place_names


def _placed(location: str, admin1: str, geo_precision: int = 1) -> Event:
    return Event(
        article_id="a", event_id="a#1", event_date=date(2026, 3, 4), time_precision=1,
        disorder_type="Political violence", event_type="Violence against civilians",
        sub_event_type="Attack", actor1="ADF: Allied Democratic Forces", inter1=2,
        country="Democratic Republic of Congo", admin1=admin1, location=location,
        geo_precision=geo_precision,
    )  # fmt: skip


def test_names_match_as_whole_words_whatever_the_accents_and_case() -> None:
    oicha = _placed("Oicha", "North Kivu")
    assert named_place("OÏCHA: 14 dead in an attack on the hospital.", oicha) == "Oicha"
    assert named_place("Rebels raided Oichaville overnight.", oicha) is None
    assert named_place("Rebels raided a village overnight.", oicha) is None


def test_short_names_are_not_looked_for_and_provinces_only_for_province_level_reports() -> None:
    assert place_names(_placed("Bol", "Lac")) == []
    assert place_names(_placed("Beni", "North Kivu")) == ["Beni"]
    assert place_names(_placed("Goma", "North Kivu", geo_precision=3)) == ["Goma", "North Kivu"]
