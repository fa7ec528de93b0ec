"""Finding a report's place in the text of another report the pipeline left unplaced."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.model import Event, Evidence
from dateline.store.mentions import named_place, place_names, placed_by_bearing


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


# Own wording: how outlets place an incident relative to a town (True: a bearing, the place is
# somewhere else in that direction; False: at or around the town itself).
BEARINGS = [
    ("Gunmen attacked a displacement camp 15 km north-west of Goma on Friday.", "Goma", True),
    ("The raid hit Kanyaruchinya, north of Goma, before dawn.", "Goma", True),
    ("Militants struck a village some 30 kilometres southeast of Maiduguri.", "Maiduguri", True),
    ("Two herders were shot dead east of Bawku late on Sunday.", "Bawku", True),
    ("South of Mosul, an IED hit a patrol.", "Mosul", True),
    ("A roadside bomb struck a minibus near Afgooye on Wednesday.", "Afgooye", False),
    ("One strike hit a car on the outskirts of Tyre.", "Tyre", False),
    ("IS cells fired on a post in the countryside of Deir al-Zour.", "Deir al-Zour", False),
    ("Police dispersed traders in eastern Kisumu on Tuesday.", "Kisumu", False),
    ("Fighting spread through the west of Khartoum.", "Khartoum", False),
    ("Attackers stormed the Chingola mine, police said.", "Chingola", False),
]


def test_a_place_given_as_a_bearing_from_a_town_is_not_the_town() -> None:
    hits = 0
    for text, town, bearing in BEARINGS:
        start = text.index(town)
        near = replace(_placed(town, "North Kivu", geo_precision=2),
                       evidence=[Evidence("location", start, start + len(town), town)])  # fmt: skip
        hits += placed_by_bearing(near, lambda _a, text=text: text) == bearing
        exact = replace(near, geo_precision=1)  # the pipeline placed it at the town itself
        assert not placed_by_bearing(exact, lambda _a, text=text: text)
    assert hits == len(BEARINGS)
    assert not placed_by_bearing(near, None)  # no texts: nothing to read
