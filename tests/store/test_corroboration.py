"""Article texts vouching for what extraction left open (store/corroboration.py and the dedup
rules that use it), on event records built directly, in several countries and registers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.model import Event, Evidence
from dateline.store.corroboration import (
    distinctive_words,
    passage,
    strongly_agree,
    text_names_other_place,
    tolls_agree,
    wording_similarity,
)
from dateline.store.dedup import cluster_reports, compare, joins_cluster
from dateline.store.testing import report_event


def _event(article_id: str, **changes: object) -> Event:
    """An attack on villagers near Bandiagara (Mali) as a wire report would give it."""
    scene = dict(
        event_date=date(2026, 2, 1),
        time_precision=1, disorder_type="Political violence",
        event_type="Violence against civilians", sub_event_type="Attack",
        actor1="Unidentified Armed Group (Mali)", inter1=3, actor2="Civilians (Mali)", inter2=7,
        country="Mali", admin1="Mopti", location="Bandiagara", latitude=14.35005,
        longitude=-3.61038, geo_precision=2, fatalities=20,
    )  # fmt: skip
    return report_event(article_id, scene, **changes)


def _unplaced(article_id: str, **changes: object) -> Event:
    blank = {"country": "", "admin1": "", "location": "", "latitude": None, "longitude": None}
    return _event(article_id, geo_precision=3, **{**blank, **changes})


def _texts(texts: dict[str, str]) -> object:
    return lambda article_id: texts.get(article_id, "")


TAMANI = ("Unidentified armed men stormed the village of Djiguibombo, in the Bandiagara circle, "
          "on the night of Sunday, killing 23 civilians and burning granaries.")  # fmt: skip
NGO = ("Fighters of an affiliate of JNIM massacred at least 23 Dogon villagers in Djiguibombo "
       "on 1 February 2026, according to witnesses interviewed by a rights group.")  # fmt: skip
WIRE = ("Suspected jihadists killed about 20 villagers in an attack on a village in the "
        "Bandiagara area of central Mali on Sunday, local officials said.")  # fmt: skip


def test_distinctive_words_are_names_not_days_titles_or_countries() -> None:
    words = distinctive_words(
        "On Monday, Police said Cameroon's army and Beninese troops fought JNIM near "
        "Djiguibombo in March; the 444th Brigade's commander was there."
    )
    assert words == {"jnim", "djiguibombo", "444th"}
    assert distinctive_words("Gunmen killed five people on Sunday, officials said.") == set()


def test_the_passage_is_the_sentences_the_evidence_comes_from() -> None:
    text = "Markets reopened in Kano. Gunmen killed five in Bakassi on Sunday. Police said so."
    start = text.index("killed")
    event = _event("a", evidence=[Evidence("fatalities", start, start + 15, "killed five in"),
                                  Evidence("source", 70, 75, "Polic")])  # fmt: skip
    assert passage(event, text) == "Gunmen killed five in Bakassi on Sunday."
    assert passage(_event("a"), text) == text  # hand-coded records carry no offsets


def test_tolls_agree_when_close_disagree_when_far_and_silence_is_not_zero() -> None:
    assert tolls_agree(_event("a", fatalities=20), _event("b", fatalities=23))
    assert tolls_agree(_event("a", fatalities=3), _event("b", fatalities=30)) is False
    assert tolls_agree(_event("a", fatalities=0), _event("b", fatalities=30)) is None


def test_texts_naming_the_same_village_vouch_for_an_unplaced_report() -> None:
    texts = _texts({"tamani": TAMANI, "ngo": NGO, "wire": WIRE})
    ngo = _unplaced("ngo", actor1="JNIM: Group for Support of Islam and Muslims", inter1=2,
                    actor2="Civilians", fatalities=23)  # fmt: skip
    tamani = _event("tamani", fatalities=23)
    agree, why = strongly_agree(ngo, tamani, texts)  # type: ignore[arg-type]
    assert agree and "djiguibombo" in why
    assert compare(ngo, tamani, texts).same  # type: ignore[arg-type]
    assert not compare(ngo, tamani).same  # without the texts: generic actors, no place
    # The wire names neither the village nor the group: it cannot vouch, but it does not
    # contradict either, so the NGO report joins the event the village report belongs to.
    wire = _event("wire")
    assert not compare(ngo, wire, texts).same  # type: ignore[arg-type]
    assert compare(ngo, wire, texts).uncorroborated  # type: ignore[arg-type]
    assert cluster_reports([wire, tamani, ngo], texts) == [[0, 1, 2]]  # type: ignore[arg-type]


def test_shared_names_do_not_bridge_a_contradicting_toll_or_another_kind_of_event() -> None:
    texts = _texts({"tamani": TAMANI, "ngo": NGO})
    ngo = _unplaced("ngo", actor1="Unidentified Armed Group", actor2="Civilians", fatalities=23)
    assert not compare(ngo, _event("tamani", fatalities=2), texts).same  # type: ignore[arg-type]
    strike = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    assert not compare(replace(ngo, **strike), _event("tamani", fatalities=23),  # type: ignore[arg-type]
                       texts).same  # type: ignore[arg-type]  # fmt: skip
    # Only undistinctive words shared ("Sunday", "Mali"): nothing identifies the incident.
    plain = _texts({"ngo": "Gunmen killed 23 people in Mali on Sunday.", "tamani": TAMANI})
    assert not compare(ngo, _event("tamani", fatalities=23), plain).same  # type: ignore[arg-type]


def test_near_identical_wording_with_agreeing_tolls_vouches() -> None:
    texts = _texts({
        "a": "Gunmen on motorbikes killed 23 villagers and burned granaries in a dawn raid.",
        "b": "Gunmen on motorbikes killed 23 villagers and burned their granaries in a raid.",
    })  # fmt: skip
    unplaced = _unplaced("b", actor2="Civilians", fatalities=23)
    assert wording_similarity(unplaced, _event("a"), texts) >= 85  # type: ignore[arg-type]
    assert compare(unplaced, _event("a", fatalities=23), texts).same  # type: ignore[arg-type]
    assert not compare(unplaced, _event("a", fatalities=0), texts).same  # type: ignore[arg-type]


def _papua(article_id: str, **changes: object) -> Event:
    """A clash in Sugapa (Central Papua, Indonesia), split from Papua province in 2022."""
    clash = dict(
        event_type="Battles", sub_event_type="Armed clash",
        actor1="Unidentified Armed Group (Indonesia)", inter1=3,
        actor2="Military Forces of Indonesia (2024-)", inter2=1, country="Indonesia",
        admin1="Central Papua", location="Sugapa", latitude=-3.73, longitude=137.03,
        geo_precision=1, fatalities=2,
    )  # fmt: skip
    return _event(article_id, **{**clash, **changes})


def test_a_text_naming_the_other_reports_province_bridges_a_split_province() -> None:
    province = _papua("wire", admin1="Papua", location="Jayapura", latitude=-2.53,
                      longitude=140.72, geo_precision=3)  # fmt: skip
    texts = _texts({"local": "Two soldiers were killed at their post in Sugapa, Central Papua.",
                    "wire": "Separatist rebels in Indonesia's restive Papua region killed two "
                            "soldiers on Friday."})  # fmt: skip
    assert not compare(_papua("local"), province).same
    assert text_names_other_place(_papua("local"), province, texts) == "Papua"  # type: ignore[arg-type]
    assert compare(_papua("local"), province, texts).same  # type: ignore[arg-type]
    # Not across a day's gap > 1, nor between different event types.
    later = replace(province, event_date=date(2026, 2, 3))
    assert not compare(_papua("local"), later, texts).same  # type: ignore[arg-type]
    shelling = replace(province, event_type="Explosions/Remote violence",
                       sub_event_type="Shelling/artillery/missile attack")  # fmt: skip
    assert not compare(_papua("local"), shelling, texts).same  # type: ignore[arg-type]


def test_a_text_naming_its_own_province_does_not_name_a_namesake_town() -> None:
    """"Katsina State" is the report's own province, not the town of Katsina 120 km away."""
    town = _event("town", country="Nigeria", admin1="Katsina", location="Katsina",
                  latitude=12.99, longitude=7.60, geo_precision=1)  # fmt: skip
    village = replace(town, article_id="village", event_id="village#1", location="Kankara",
                      latitude=11.93, longitude=7.41)  # fmt: skip
    texts = _texts({"village": "Bandits killed 20 villagers in Kankara, Katsina State."})
    assert text_names_other_place(village, town, texts) is None  # type: ignore[arg-type]
    assert not compare(village, town, texts).same  # type: ignore[arg-type]


def test_an_unplaced_mob_violence_report_takes_the_place_of_the_attack_its_text_names() -> None:
    """Burundi: one outlet's raid on a bar is another's mob violence; the text names Gatumba."""
    attack = _event("afp", country="Burundi", admin1="Bujumbura Rural", location="Gatumba",
                    latitude=-3.33333, longitude=29.25, geo_precision=1, fatalities=6,
                    actor1="Unidentified Armed Group (Burundi)",
                    actor2="Civilians (Burundi)")  # fmt: skip
    mob = _unplaced("iwacu", event_type="Riots", sub_event_type="Mob violence",
                    actor1="Rioters (Burundi)", inter1=5, fatalities=7)  # fmt: skip
    texts = _texts({"iwacu": "Armed men opened fire on a bar in the zone of Gatumba on Saturday "
                             "night; the provisional toll is seven dead."})  # fmt: skip
    assert joins_cluster(mob, [attack], texts).same  # type: ignore[arg-type]
    assert not joins_cluster(mob, [attack]).same


def test_a_place_named_only_as_a_bearing_does_not_bridge_two_towns() -> None:
    """"in Wanlaweyn, north-west of Afgooye" names Afgooye to say where Wanlaweyn lies: the
    mortar attack there is not the shelling of Afgooye the same day (Somalia, 40 km apart)."""
    afgooye = _event("wire", country="Somalia", admin1="Lower Shabelle", location="Afgooye",
                     latitude=2.14, longitude=45.12, geo_precision=1,
                     event_type="Explosions/Remote violence",
                     sub_event_type="Shelling/artillery/missile attack",
                     actor1="Al Shabaab", actor2="Civilians (Somalia)")  # fmt: skip
    wanlaweyn = replace(afgooye, article_id="local", event_id="local#1", location="Wanlaweyn",
                        latitude=2.62, longitude=44.90, sub_event_type="Air/drone strike")
    bearing = _texts({"local": "The same day a drone hit a market in Wanlaweyn, 40 km "
                               "north-west of Afgooye, killing four traders."})  # fmt: skip
    assert text_names_other_place(wanlaweyn, afgooye, bearing) is None  # type: ignore[arg-type]
    assert not compare(wanlaweyn, afgooye, bearing).same  # type: ignore[arg-type]
    # Named as a place of its own elsewhere in the text, it still bridges a namesake.
    named = _texts({"local": "A drone hit a market in Wanlaweyn, north of Afgooye, after "
                             "the shelling of Afgooye district on Sunday."})  # fmt: skip
    assert text_names_other_place(wanlaweyn, afgooye, named) == "Afgooye"  # type: ignore[arg-type]
    # "the west of Afgooye" is a part of the town, not a bearing.
    part = _texts({"local": "Mortars fell on the west of Afgooye on Sunday."})
    assert text_names_other_place(wanlaweyn, afgooye, part) == "Afgooye"  # type: ignore[arg-type]
