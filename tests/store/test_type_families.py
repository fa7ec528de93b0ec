"""A place named in the other report's text bridges confusable event types (round 7).

Records and texts are written here (own wording, invented outlets), not taken from the corpus.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.model import Article, Document, Event
from dateline.store import EventStore
from dateline.store.dedup import compare
from dateline.store.testing import report_event
from dateline.store.type_families import confusable, named_place_types

TEXTS = {
    "clash": "Soldiers fought gunmen of the Islamic State Sahel Province outside Tillia on "
    "Tuesday; the army said nine attackers were killed.",
    "attack": "Jihadists of the Islamic State Sahel Province stormed Tillia on Tuesday and "
    "killed eleven villagers before soldiers arrived, residents said.",
}


def _report(article_id: str, **changes: object) -> Event:
    scene = dict(
        event_date=date(2025, 4, 8),
        time_precision=1, disorder_type="Political violence", event_type="Battles",
        sub_event_type="Armed clash", actor1="Islamic State Sahel Province", inter1=2,
        actor2="Military Forces of Niger (2023-)", inter2=1, country="Niger", admin1="Tahoua",
        location="Tillia", latitude=16.13, longitude=4.79, geo_precision=1, fatalities=9,
    )  # fmt: skip
    return report_event(article_id, scene, **changes)


# The attack report placed at a namesake far away in another province (the gazetteer's error).
ELSEWHERE = dict(event_type="Violence against civilians", sub_event_type="Attack",
                 actor2="Civilians (Niger)", inter2=7, admin1="Zinder", location="Tilla",
                 latitude=13.8, longitude=8.99, fatalities=11)  # fmt: skip


def test_confusable_pairs_are_the_acts_of_direct_violence() -> None:
    assert confusable("Battles", "Violence against civilians")
    assert confusable("Riots", "Violence against civilians")
    assert not confusable("Protests", "Violence against civilians")
    assert not confusable("Explosions/Remote violence", "Battles")
    assert named_place_types("Battles") == ["Battles", "Riots", "Violence against civilians"]
    assert named_place_types("Protests") == ["Protests"]


def test_a_place_named_in_the_text_bridges_a_clash_and_an_attack() -> None:
    """One outlet's clash at Tillia, another's attack on Tillia's villagers that the gazetteer put
    at a namesake in Zinder: the attack report's text names Tillia, so they are one event."""
    clash = _report("clash")
    attack = _report("attack", **ELSEWHERE)
    assert not compare(clash, attack).same  # without the texts: two provinces
    assert compare(clash, attack, TEXTS.__getitem__).same
    # an air strike is no clash on the ground, even at a named place
    strike = replace(attack, event_type="Explosions/Remote violence",
                     sub_event_type="Air/drone strike")  # fmt: skip
    assert not compare(clash, strike, TEXTS.__getitem__).same
    # two days apart, or with another group blamed, they stay two events
    later = replace(attack, event_date=date(2025, 4, 10))
    assert not compare(clash, later, TEXTS.__getitem__).same
    other = replace(attack, actor1="Jama'at Nasr al-Islam wal Muslimin")
    assert not compare(clash, other, TEXTS.__getitem__).same


def test_the_store_finds_the_confusable_event_anywhere_in_the_country(store: EventStore) -> None:
    """Candidate search looks country-wide for this rule, for the confusable types too."""
    reports = {"clash": _report("clash"), "attack": _report("attack", **ELSEWHERE)}
    for article_id, event in reports.items():
        article = Article(id=article_id, text=TEXTS[article_id], published=date(2025, 4, 9),
                          source=article_id)  # fmt: skip
        store.ingest_document(Document(article, events=[event]))
    assert store.get_article("clash")["event_ids"] == store.get_article("attack")["event_ids"]  # type: ignore[index]
