"""Attribution: sources and their scale, disputed and hedged reports, country fill, notes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from dateline.inputs import ReadOptions, read_inputs
from dateline.model import Article, Document, Event, Place, PlaceMention
from dateline.pipeline import process
from dateline.pipeline.attribution import (
    Attributor,
    combined_scale,
    fill_actor_names,
    find_sources,
    main_country,
    write_note,
)


def _doc(text: str, source: str | None = None) -> Document:
    doc = Document(Article("a", text, date(2024, 3, 9), source=source))
    doc.sentences = [doc.span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    doc.sentences = [s for s in doc.sentences if s.text.strip()]
    return doc


def _event(sentence_ids: tuple[int, ...], **fields: object) -> Event:
    base: dict[str, object] = dict(
        article_id="a", event_id="e", event_date=date(2024, 3, 8), time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Islamic State ({country})", inter1=2,
        actor2="Military Forces of {country}", inter2=1,
    )
    base.update(fields)
    return Event(sentence_ids=sentence_ids, **base)  # type: ignore[arg-type]


def test_anaphors_take_the_last_named_source_of_their_kind() -> None:
    doc = _doc(
        "The Syrian Observatory for Human Rights reported clashes. "
        "According to the observatory, 20 died. Reuters said more."
    )
    names = [(s.span.text, s.name) for s in find_sources(doc)]
    assert names == [
        ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("the observatory", "Syrian Observatory for Human Rights"),
        ("Reuters", "Reuters"),
    ]


def test_sources_of_the_event_sentences_plus_outlet() -> None:
    doc = _doc(
        "IS fighters attacked troops in Homs on Friday, the observatory said. "
        "The Syrian Observatory for Human Rights counted 12 dead. "
        "Reuters reported a separate attack.",
        source="The New Arab",
    )
    event = _event((1,))
    doc.events = [event]
    Attributor()(doc)
    assert event.source == "Syrian Observatory for Human Rights; The New Arab"
    assert event.source_scale == "Other-International"
    assert any(ev.field == "source" for ev in event.evidence)


def test_scales_join_lowest_and_highest() -> None:
    assert combined_scale(["National", "International", "National"]) == "National-International"
    assert combined_scale(["Subnational"]) == "Subnational"
    assert combined_scale([]) == ""


def test_denial_after_the_event_marks_it_disputed() -> None:
    doc = _doc(
        "Air strikes on Zardanah killed 51 civilians, monitors said. "
        "Moscow dismissed the reports as having nothing to do with reality. "
        "Separately, rebels shelled a town."
    )
    disputed, other = _event((0,)), _event((2,))
    doc.events = [disputed, other]
    Attributor()(doc)
    assert disputed.disputed and disputed.confidence < 1
    assert not other.disputed
    assert any(ev.field == "disputed" and ev.text == "dismissed" for ev in disputed.evidence)


def test_hedged_attribution_keeps_actor_but_lowers_confidence() -> None:
    doc = _doc("Strikes thought to have been carried out by Russian jets hit a market.")
    event = _event((0,), actor1="Military Forces of Russia (2000-)", inter1=1)
    doc.events = [event]
    Attributor()(doc)
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.confidence < 1


def test_country_fill_uses_event_country_then_article_places() -> None:
    doc = _doc("Fighting near the border.")
    located = _event((0,), country="Syria", event_date=date(2018, 6, 8))
    unlocated = _event((0,))
    doc.places = [
        PlaceMention(doc.span(0, 8), Place(1, "Mosul", 36.3, 43.1, "IQ"), sentence=0),
    ]
    doc.events = [located, unlocated]
    Attributor()(doc)
    assert (located.actor1, located.actor2) == (
        "Islamic State (Syria)", "Military Forces of Syria (2000-2024)"
    )
    assert unlocated.actor1 == "Islamic State (Iraq)"
    assert main_country(doc) == "IQ"



def test_main_country_is_where_it_happens_not_whose_people() -> None:
    doc = _doc("Rwandan forces fought near Mbau. Rwandan officers said so.")
    rwandan = Place(2, "Rwanda", -2.0, 30.0, "RW")
    doc.places = [
        PlaceMention(doc.span(0, 7), rwandan, sentence=0, kind="demonym"),
        PlaceMention(doc.span(33, 40), rwandan, sentence=1, kind="demonym"),
        PlaceMention(doc.span(27, 31), Place(3, "Mbau", -11.5, 40.3, "MZ"), sentence=0),
    ]
    assert main_country(doc) == "MZ"

def test_country_fill_without_places_reads_country_names() -> None:
    doc = _doc("Kenyan lawmakers met. Protests spread across Kenya.")
    assert main_country(doc) == "KE"


def test_notes_are_generated_from_fields() -> None:
    event = _event(
        (0,), actor1="Islamic State (Syria)", actor2="Military Forces of Syria (2000-)",
        location="Albu Kamal", admin1="Deir ez-Zor", country="Syria", fatalities=43,
    )
    assert write_note(event) == (
        "On 8 March 2024, Islamic State (Syria) clashed with Military Forces of Syria (2000-) "
        "in Albu Kamal (Deir ez-Zor). 43 fatalities."
    )
    protest = _event(
        (0,), event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Kenya)",
        actor2="", time_precision=2, country="Kenya",
    )
    assert write_note(protest) == "Around 8 March 2024, Protesters (Kenya) held a protest in Kenya."


def test_attributor_tolerates_no_events() -> None:
    doc = _doc("Nothing to report.")
    assert Attributor()(doc).events == []


def test_month_precision_note_names_the_month() -> None:
    event = _event((0,), time_precision=3, event_date=date(2018, 5, 15), country="Syria")
    assert write_note(event).startswith("In May 2018, ")


def test_no_country_known_leaves_no_placeholder() -> None:
    doc = _doc("Fighting near the river.")
    event = _event((0,), actor2="Civilians ({country})", inter2=7)
    doc.events = [event]
    Attributor()(doc)
    assert (event.actor1, event.actor2) == ("Islamic State", "Civilians")


def test_country_fill_falls_back_to_the_named_groups_home() -> None:
    from dateline.model import ActorMention

    doc = _doc("The army fought M23 rebels.")
    doc.actors = [ActorMention(doc.span(16, 19), "M23: March 23 Movement", 2, "CD", "named")]
    assert main_country(doc) == "CD"


def test_disputing_the_toll_is_not_disputing_the_event() -> None:
    doc = _doc(
        "Afghan forces killed hundreds of Taliban fighters in Lashkar Gah on Tuesday. "
        "The Taliban rejected the figure."
    )
    event = _event((0,))
    doc.events = [event]
    Attributor()(doc)
    assert not event.disputed


def test_a_counter_accusation_disputes_the_event() -> None:
    doc = _doc(
        "Separatists shelled army positions near Avdiivka on Tuesday. "
        "The separatists accused Ukrainian forces of firing first."
    )
    event = _event((0,))
    doc.events = [event]
    Attributor()(doc)
    assert event.disputed


CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "dev" / "gold.jsonl"
ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "notes")


def test_no_country_placeholder_is_left_anywhere_in_the_corpus() -> None:
    """Every article of the corpus (all splits, all registers): no "{country}" reaches output."""
    articles = [a for a in read_inputs([str(CORPUS)], ReadOptions()) if isinstance(a, Article)]
    assert len(articles) > 300
    leftovers = [
        (doc.article.id, field, getattr(event, field))
        for doc in process(articles, workers=1)
        for event in doc.events
        for field in ACTOR_FIELDS
        if "{" in getattr(event, field) or "}" in getattr(event, field)
    ]
    assert leftovers == []


def test_an_actor_is_never_its_own_associate() -> None:
    event = _event((0,), country="Mali", actor1="JNIM: Group for Support of Islam and Muslims",
                   assoc_actor_1="JNIM: Group for Support of Islam and Muslims; Civilians (Mali)",
                   actor2="Protesters (Mali)", assoc_actor_2="Protesters (Mali); Protesters (Mali)")
    fill_actor_names(_doc("Fighting in Mali."), event)
    assert event.assoc_actor_1 == "Civilians (Mali)"
    assert event.assoc_actor_2 == ""
