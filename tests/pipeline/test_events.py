"""Event detection: segmentation into frames, typing by codebook rules, roles, casualties.

Two kinds of tests: Documents built by hand (sentences, dates and figures given directly, so
the events logic is tested on its own), and short multi-event articles in several registers
and countries run through the whole pipeline.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from tests.pipeline.test_typing_probes import _probes, _types

from dateline.model import Article, DateMention, Document, Event, NumberMention, PlaceMention
from dateline.pipeline import Pipeline
from dateline.pipeline.actors import find_actors
from dateline.pipeline.assemble import sub_event_for
from dateline.pipeline.events import detect_events, event_id
from dateline.pipeline.segment import frames
from dateline.pipeline.triggers import find_triggers, is_reporter


def _find(doc: Document, phrase: str) -> tuple[int, int]:
    start = doc.text.index(phrase)
    return start, start + len(phrase)


def _doc(
    text: str,
    published: date = date(2024, 3, 9),
    dates: tuple[tuple[str, date, int, date, date], ...] = (),
    numbers: tuple[tuple[str, int, str], ...] = (),
) -> Document:
    """A Document with sentences split at '. ', actors found, and the given dates/figures."""
    doc = Document(Article("hand", text, published))
    doc.sentences = [doc.span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    doc.sentences = [s for s in doc.sentences if s.text.strip()]
    doc.actors = find_actors(doc)
    for phrase, value, precision, first, last in dates:
        start, end = _find(doc, phrase)
        sentence = doc.sentence_index(start)
        doc.dates.append(DateMention(doc.span(start, end), value, precision, first, last, sentence))
    for phrase, count, kind in numbers:
        start, end = _find(doc, phrase)
        doc.numbers.append(
            NumberMention(doc.span(start, end), count, kind, sentence=doc.sentence_index(start))
        )
    return doc


def _day(d: date, precision: int = 1) -> tuple[date, int, date, date]:
    return d, precision, d, d


# --- codebook rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tactics", "inter1", "inter2", "expected"),
    [
        ({"seize", "clash", "suicide"}, 2, 1, "Non-state actor overtakes territory"),
        ({"seize"}, 1, 2, "Government regains territory"),
        ({"air", "clash"}, 1, 2, "Armed clash"),  # remote violence inside a battle is the battle
        ({"air", "kill"}, 1, 7, "Air/drone strike"),
        ({"attack", "kill"}, 2, 7, "Attack"),
        ({"attack", "kill"}, 2, 1, "Armed clash"),
        ({"protest", "intervene"}, 6, 1, "Protest with intervention"),
        ({"protest", "kill"}, 1, 6, "Excessive force against protesters"),
        ({"protest"}, 6, None, "Peaceful protest"),
        ({"riot"}, 5, None, "Violent demonstration"),
        ({"protest", "clash"}, 6, 1, "Violent demonstration"),  # protesters fighting police
        ({"protest", "looting", "intervene"}, 6, 1, "Violent demonstration"),
        ({"abduction"}, 3, 7, "Abduction/forced disappearance"),
        ({"arrest"}, 1, 3, "Arrests"),
        ({"explosive", "kill"}, 2, 1, "Remote explosive/landmine/IED"),
        ({"injure"}, 2, None, "Attack"),
        ({"other"}, 1, None, "Other"),  # a coup
        ({"change", "clash"}, 3, 1, "Armed clash"),  # a group's announcement inside a battle
        ({"kill"}, None, 7, None),  # deaths alone: a crash or a flood, not an event
    ],
)
def test_sub_event_rules(
    tactics: set[str], inter1: int | None, inter2: int | None, expected: str | None
) -> None:
    assert sub_event_for(tactics, inter1, inter2) == expected


def test_no_rule_for_no_tactic() -> None:
    assert sub_event_for(set(), 1, 2) is None


# --- triggers and assertion -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants attacked the convoy.", ["attack"]),
        ("Militants could launch deadly attacks against troops.", []),
        ("The group threatened to attack the town.", []),
        ("No one was killed in the fire.", []),
        ("The army denied that the base had been overrun.", []),
        ("Gunmen shot dead two farmers.", ["murder"]),  # the longer trigger wins
        ("Suicide attackers stormed the base.", ["suicide", "attack"]),
        ("Riot police fired tear gas.", ["intervene"]),  # "riot police" are no riot
        ("The bomber blew himself up.", ["suicide"]),
    ],
)
def test_triggers_are_asserted_only(text: str, expected: list[str]) -> None:
    doc = _doc(text)
    assert [t.tactic for t in find_triggers(doc, doc.sentences[0])] == expected


def test_month_may_is_not_a_modal() -> None:
    doc = _doc("In May militants attacked the convoy.")
    assert [t.tactic for t in find_triggers(doc, doc.sentences[0])] == ["attack"]


# --- segmentation ---------------------------------------------------------------------------


def test_two_days_in_one_sentence_make_two_events() -> None:
    doc = _doc(
        "Al-Shabaab attacked Afgoye on Sunday and Balad on Thursday.",
        dates=(("Sunday", *_day(date(2024, 3, 3))), ("Thursday", *_day(date(2024, 3, 7)))),
    )
    events = detect_events(doc)
    assert [(e.event_date, e.actor1) for e in events] == [
        (date(2024, 3, 3), "Al Shabaab"),
        (date(2024, 3, 7), "Al Shabaab"),
    ]


def test_follow_up_sentences_join_the_event_and_sides_add_up() -> None:
    doc = _doc(
        "Taliban fighters attacked an army checkpoint in Kunduz on Friday. "
        "At least 25 soldiers were killed in the assault. "
        "Eight Taliban fighters were also killed, officials said.",
        dates=(("Friday", *_day(date(2024, 3, 8))),),
        numbers=(("At least 25 soldiers", 25, "killed"), ("Eight Taliban fighters", 8, "killed")),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == ("Taliban", "Military Forces of {country}")
    assert event.fatalities == 33
    assert event.sentence_ids == (0, 1, 2)


def test_restated_figure_counts_once() -> None:
    doc = _doc(
        "Gunmen killed five villagers in Zamfara on Monday. "
        "The five villagers were killed as they worked on their farms.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
        numbers=(("five villagers in", 5, "killed"), ("The five villagers", 5, "killed")),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Attack"
    assert event.civilian_targeting == "Civilian targeting"
    assert event.fatalities == 5


def test_background_future_and_hypothetical_are_not_coded() -> None:
    doc = _doc(
        "The insurgency has killed 40,000 people since 2009. "
        "Rebels seized the town in 2015. "
        "Officials fear the group will attack again. "
        "Protesters plan to march on Monday.",
        dates=(
            ("2009", date(2009, 7, 1), 3, date(2009, 1, 1), date(2009, 12, 31)),
            ("2015", date(2015, 7, 1), 3, date(2015, 1, 1), date(2015, 12, 31)),
            ("Monday", *_day(date(2024, 3, 11))),
        ),
        numbers=(("40,000 people", 40000, "killed"),),
    )
    assert detect_events(doc) == []


def test_new_event_cue_and_other_actors_open_a_new_frame() -> None:
    doc = _doc(
        "ISWAP fighters attacked a military base in Borno on Tuesday. "
        "Meanwhile, bandits abducted 20 students in Kaduna. ",
        dates=(("Tuesday", *_day(date(2024, 3, 5))),),
    )
    found = frames(doc)
    assert len(found) == 2
    events = detect_events(doc)
    assert [e.sub_event_type for e in events] == ["Armed clash", "Abduction/forced disappearance"]
    assert events[1].event_date == date(2024, 3, 5)  # no day of its own: the story's day


def test_undated_first_event_falls_back_to_publication_day() -> None:
    doc = _doc("Bandits abducted 20 students in Kaduna.")
    (event,) = detect_events(doc)
    assert event.date_known is False and event.event_date == date(2024, 3, 9)
    assert event.time_precision == 2


def test_multi_day_span_is_split_per_day_with_deaths_spread() -> None:
    doc = _doc(
        "Clashes between the army and M23 rebels between Monday and Wednesday killed 31 people.",
        dates=(("between Monday and Wednesday", date(2024, 3, 5), 2, date(2024, 3, 4),
                date(2024, 3, 6)),),
        numbers=(("31 people", 31, "killed"),),
    )
    events = detect_events(doc)
    assert [e.event_date.day for e in events] == [4, 5, 6]
    assert [e.fatalities for e in events] == [11, 10, 10]
    assert all(e.time_precision == 1 for e in events)
    assert len({e.event_id for e in events}) == 3


def test_every_field_has_evidence() -> None:
    doc = _doc(
        "Police arrested 12 al-Shabaab suspects in Mombasa on Friday.",
        dates=(("Friday", *_day(date(2024, 3, 8))),),
        numbers=(("12 al-Shabaab suspects", 12, "arrested"),),
    )
    (event,) = detect_events(doc)
    fields = {ev.field: doc.text[ev.start : ev.end] for ev in event.evidence}
    assert fields["event_type"] == "arrested"
    assert fields["actor1"] == "Police"
    assert fields["actor2"] == "al-Shabaab"
    assert fields["event_date"] == "Friday"
    assert event.sub_event_type == "Arrests"


def test_event_ids_are_stable_and_distinct() -> None:
    a = event_id("art", date(2024, 1, 1), "Attack", "kabul", 0)
    assert a == event_id("art", date(2024, 1, 1), "Attack", "kabul", 0)
    assert a != event_id("art", date(2024, 1, 1), "Attack", "kabul", 1)


def test_no_crash_on_empty_stages() -> None:
    doc = Document(Article("empty", "Nothing happened here.", None))
    assert detect_events(doc) == []


# --- whole pipeline on short articles in several registers ------------------------------------


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _run(pipeline: Pipeline, text: str, published: date) -> list[Event]:
    return pipeline(Article("t", text, published)).events


NIGERIA_WIRE = """Boko Haram kills 12 villagers in Borno; army jets strike camp

MAIDUGURI, Nigeria (Reuters) - Boko Haram militants killed 12 villagers in an overnight raid \
on a village in Borno state on Tuesday, residents said.

The insurgents stormed the village on motorcycles, shooting residents and burning homes, a \
local leader told Reuters.

Separately, Nigerian Air Force jets bombed an ISWAP camp near Lake Chad on Wednesday, the \
military said in a statement.

Boko Haram has waged an insurgency since 2009 that has killed more than 35,000 people.
"""


def test_wire_report_with_two_events_and_background(pipeline: Pipeline) -> None:
    events = _run(pipeline, NIGERIA_WIRE, date(2024, 5, 15))
    assert [(e.event_date, e.sub_event_type) for e in events] == [
        (date(2024, 5, 14), "Attack"),
        (date(2024, 5, 15), "Air/drone strike"),
    ]
    attack, strike = events
    assert attack.actor1.startswith("Boko Haram")
    assert attack.actor2 == "Civilians (Nigeria)" and attack.fatalities == 12
    assert strike.actor1 == "Military Forces of Nigeria (2023-)"
    assert strike.actor2 == "Islamic State (West Africa)"


KENYA_LOCAL = """Police fire tear gas at Nairobi protesters

Kenyan police fired tear gas on Tuesday to disperse hundreds of protesters who marched through \
central Nairobi against new taxes, witnesses said.

At least 30 demonstrators were arrested, a police spokesman said. Two protesters were wounded.

In Mombasa, traders held a peaceful protest on Wednesday outside the county offices.

Opposition leaders have threatened to hold more protests next week if the bill is not withdrawn.
"""


def test_protests_with_and_without_intervention(pipeline: Pipeline) -> None:
    events = _run(pipeline, KENYA_LOCAL, date(2024, 6, 26))
    assert [(e.event_date, e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        (date(2024, 6, 25), "Protest with intervention", "Protesters (Kenya)",
         "Police Forces of Kenya (2022-)"),
        (date(2024, 6, 26), "Peaceful protest", "Protesters (Kenya)", ""),
    ]
    assert events[0].injuries == 2
    assert events[0].interaction == 16


def test_protesters_hit_by_an_injuring_act_are_not_its_doers(pipeline: Pipeline) -> None:
    text = "Riot police fired rubber bullets at demonstrators in Harare on Monday, injuring 9.\n"
    [event] = _run(pipeline, text, date(2023, 8, 29))
    assert event.sub_event_type != "Violent demonstration"
    assert event.event_type == "Protests" and event.actor1 == "Protesters (Zimbabwe)"
    doers = "Demonstrators in Harare hurled stones at police on Monday, injuring 9 officers.\n"
    [riot] = _run(pipeline, doers, date(2023, 8, 29))
    assert riot.sub_event_type == "Violent demonstration"


SOMALIA_DISPATCH = """MOGADISHU, March 14 (AP) — A roadside bomb killed four Somali soldiers near \
Afgoye on Monday, a military officer said, in an attack claimed by al-Shabaab.

On Tuesday, al-Shabaab fighters attacked an army base in Lower Shabelle, sparking heavy fighting \
that left 7 soldiers and 11 militants dead, officials said.

The government denied that the base had been overrun.
"""


def test_dispatch_dateline_is_not_the_event_day(pipeline: Pipeline) -> None:
    events = _run(pipeline, SOMALIA_DISPATCH, date(2023, 3, 14))
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        (date(2023, 3, 13), "Remote explosive/landmine/IED", 4),
        (date(2023, 3, 14), "Armed clash", 18),
    ]
    assert all(e.actor1 == "Al Shabaab" for e in events)
    assert all(e.actor2 == "Military Forces of Somalia (2022-)" for e in events)


def test_translated_local_report_codes_violence_against_civilians(pipeline: Pipeline) -> None:
    text = (
        "According to local sources, elements of the Rapid Support Forces yesterday launched an "
        "attack on the village of Umm Kadada in North Darfur, and killed 15 citizens and looted "
        "the market. The residents fled to El Fasher."
    )
    (event,) = _run(pipeline, text, date(2024, 6, 10))
    assert (event.event_date, event.sub_event_type) == (date(2024, 6, 9), "Attack")
    assert (event.actor1, event.actor2) == ("Rapid Support Forces", "Civilians (Sudan)")
    assert event.fatalities == 15


def test_demonyms_as_victims_and_trailing_sources(pipeline: Pipeline) -> None:
    text = (
        "Israeli airstrikes killed at least 20 Palestinians in Rafah overnight, health officials "
        "said. Hamas fired rockets toward Tel Aviv on Saturday, the Israeli military said."
    )
    strike, rockets = _run(pipeline, text, date(2024, 5, 12))
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.actor1.startswith("Military Forces of Israel")
    assert strike.actor2.startswith("Civilians (")
    assert strike.civilian_targeting == "Civilian targeting"
    assert rockets.sub_event_type == "Shelling/artillery/missile attack"
    assert (rockets.actor1, rockets.actor2) == ("Hamas Movement", "")  # the military only reports


def test_claimed_capture_and_allied_perpetrators(pipeline: Pipeline) -> None:
    capture = _run(
        pipeline,
        "The Arakan Army said it had captured a junta base in Rakhine state on Monday after weeks "
        "of fighting. The military did not comment.",
        date(2024, 3, 20),
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in capture] == [
        ("Non-state actor overtakes territory", "AA: Arakan Army",
         "Military Forces of Myanmar (2021-)"),
    ]
    (killing,) = _run(
        pipeline,
        "The army denied reports that troops had killed civilians in Kidal last week. Human "
        "Rights Watch said at least 12 villagers were executed by soldiers and Wagner fighters "
        "in central Mali on Tuesday.",
        date(2022, 4, 8),
    )
    assert killing.sub_event_type == "Attack" and killing.event_date == date(2022, 4, 5)
    assert killing.actor1.startswith("Military Forces of Mali")
    assert killing.assoc_actor_1 == "Wagner Group"
    assert killing.actor2.startswith("Civilians (") and killing.fatalities == 12
    assert killing.source == "Human Rights Watch"


def test_analyst_note_register(pipeline: Pipeline) -> None:
    text = (
        "On 12 February 2024, Fano militia clashed with Ethiopian army troops in Bahir Dar town "
        "(Amhara). 5 fatalities."
    )
    (event,) = _run(pipeline, text, date(2024, 2, 14))
    assert (event.event_date, event.sub_event_type) == (date(2024, 2, 12), "Armed clash")
    assert (event.actor1, event.actor2) == ("Fano Militia", "Military Forces of Ethiopia (2018-)")


def test_accidents_disasters_diplomacy_and_sport_are_not_events(pipeline: Pipeline) -> None:
    text = (
        "A bus crash killed 12 people on the highway near Nakuru on Monday, police said.\n\n"
        "Floods have killed at least 40 people in Sindh province this week, officials said.\n\n"
        "The foreign ministers of Kenya and Somalia met in Nairobi on Tuesday.\n\n"
        "Arsenal fought back to beat Chelsea 3-2 in a thrilling battle on Sunday.\n"
    )
    assert _run(pipeline, text, date(2024, 3, 20)) == []


def test_claim_of_responsibility_names_the_perpetrator() -> None:
    doc = _doc(
        "A suicide bomber rammed a police van in Quetta on Monday, killing four policemen, "
        "police said. The TTP claimed responsibility.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
        numbers=(("four policemen", 4, "killed"),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Suicide bomb"
    assert event.actor1 == "TTP: Tehreek-i-Taliban Pakistan"
    assert event.actor2 == "Police Forces of {country}"


def test_unnamed_attackers_said_to_belong_to_a_group_are_that_group() -> None:
    doc = _doc(
        "Gunmen believed to belong to the Abu Sayyaf seized two fishermen off Jolo on Sunday.",
        dates=(("Sunday", *_day(date(2024, 3, 3))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert (event.actor1, event.actor2) == ("Abu Sayyaf Group", "Civilians ({country})")


def test_intercepted_rockets_are_disrupted_weapons_use() -> None:
    doc = _doc(
        "Two rockets fired by Hamas were intercepted over Ashkelon on Monday.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Disrupted weapons use"


def test_the_reason_for_arrests_is_not_an_event_of_the_clause() -> None:
    doc = _doc(
        "Police arrested three men in Amritsar on Monday over a grenade attack on a police post.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("events/triggers.csv", {"pattern", "tactic"}),
        ("events/rules.csv", {"requires", "actor1", "actor2", "sub_event_type"}),
        ("events/default_actors.csv", {"key", "slot", "name", "inter", "actor1"}),
        ("actors/groups.csv", {"pattern", "name", "inter", "country", "case", "role"}),
        ("attribution/sources.csv", {"pattern", "name", "kind", "scale", "case"}),
    ],
)
def test_data_tables_parse_cleanly(name: str, columns: set[str]) -> None:
    """Every row has exactly its columns (a regex comma outside quotes would shift them)."""
    from dateline.resources import load_csv
    from dateline.taxonomy import sub_event_types

    rows = load_csv(name)
    assert rows
    for row in rows:
        assert set(row) == columns and all(v is not None for v in row.values()), row
        if "pattern" in row:
            re.compile(row["pattern"])
        if "sub_event_type" in row:
            assert row["sub_event_type"] in sub_event_types()


def test_unnamed_side_first_is_not_an_anaphor_and_battles_oppose_armed_sides() -> None:
    doc = _doc(
        "A militia clashed with Comando Vermelho members in Rio on Tuesday; 3 people were killed.",
        dates=(("Tuesday", *_day(date(2024, 3, 5))),),
        numbers=(("3 people", 3, "killed"),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 == "Militia (Brazil)"  # ACLED's name for Brazil's milicias
    assert event.actor2 == "Comando Vermelho"


def test_explicit_agent_leads_and_leading_reporter_is_no_party() -> None:
    doc = _doc(
        "A community leader was shot dead by armed miscreants in Ukhia on Friday. "
        "Police said the killing was under investigation.",
        dates=(("Friday", *_day(date(2024, 3, 8))),),
        numbers=(("A community leader", 1, "killed"),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Attack"
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group ({country})", "Civilians ({country})"
    )


def test_scare_quoted_labels_do_not_make_a_riot() -> None:
    doc = _doc(
        "Security forces opened fire on protesters in Sanandaj on Saturday, killing two people. "
        "State media said 'rioters' had attacked a police station.",
        dates=(("Saturday", *_day(date(2024, 3, 2))),),
        numbers=(("two people", 2, "killed"),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2 == "Protesters ({country})"


def test_since_a_recent_day_dates_the_looting() -> None:
    doc = _doc(
        "RSF fighters entered the city on Monday. "
        "Since Tuesday, RSF fighters have looted the main market and broke into shops.",
        dates=(("Monday", *_day(date(2024, 3, 4))), ("Tuesday", *_day(date(2024, 3, 5)))),
    )
    events = detect_events(doc)
    assert [(e.event_date.day, e.sub_event_type) for e in events] == [
        (4, "Non-state actor overtakes territory"),
        (5, "Looting/property destruction"),
    ]


def test_unnamed_militants_are_the_group_the_article_names() -> None:
    doc = _doc(
        "JNIM has expanded its campaign in the region. "
        "Militants attacked an army post near Djibo on Friday, killing five soldiers. "
        "Unknown gunmen killed two traders in Dori on Saturday.",
        dates=(("Friday", *_day(date(2024, 3, 8))), ("Saturday", *_day(date(2024, 3, 9)))),
        numbers=(("five soldiers", 5, "killed"), ("two traders", 2, "killed")),
    )
    clash, killing = detect_events(doc)
    assert clash.actor1 == "JNIM: Group for Support of Islam and Muslims"
    assert killing.actor1 == "Unidentified Armed Group ({country})"  # explicitly unknown


def test_rioters_lead_riots_and_mobs_lead_mob_violence() -> None:
    doc = _doc(
        "Protesters threw stones at police and set fire to a police station in Kisumu on Monday. "
        "On Tuesday, a mob lynched a man accused of theft in Kisii.",
        dates=(("Monday", *_day(date(2024, 3, 4))), ("Tuesday", *_day(date(2024, 3, 5)))),
    )
    riot, mob = detect_events(doc)
    assert (riot.sub_event_type, riot.actor1, riot.inter1) == (
        "Violent demonstration", "Rioters ({country})", 5
    )
    assert riot.actor2 == "Police Forces of {country}"
    assert (mob.sub_event_type, mob.actor1, mob.actor2) == (
        "Mob violence", "Rioters ({country})", "Civilians ({country})"
    )


def test_reported_run_of_days_is_split_through_the_whole_pipeline(pipeline: Pipeline) -> None:
    text = (
        "Fighting between the army and M23 rebels around Sake from Monday to Wednesday killed "
        "30 people, local officials said on Thursday."
    )
    events = _run(pipeline, text, date(2024, 2, 9))
    assert [e.event_date.day for e in events] == [5, 6, 7]
    assert [e.fatalities for e in events] == [10, 10, 10]
    assert all(e.actor2 == "M23: March 23 Movement" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 6.3 earthquake struck western Afghanistan on Wednesday, killing 12 people.",
        "The rebels handed over two soldiers they had held to the Red Cross on Monday.",
        "The navy began annual military exercises on Monday, including missile firing drills.",
        "No group has claimed it; the group has claimed several previous attacks on Monday.",
        "The colonels who seized power in July addressed the nation on Monday.",
        "Fighting in the north has killed 40 people since the army ousted the president in July.",
    ],
)
def test_not_political_violence(text: str) -> None:
    dates = [("Monday", *_day(date(2024, 3, 4)))] if "Monday" in text else []
    if "July" in text:  # as the dates stage reads it: a month long past
        dates.append(("July", date(2023, 7, 15), 3, date(2023, 7, 1), date(2023, 7, 31)))
    doc = _doc(text, dates=tuple(dates))
    assert detect_events(doc) == []


def test_a_night_across_two_days_is_one_event() -> None:
    doc = _doc(
        "CODECO militiamen attacked a displacement site on the night of Tuesday to Wednesday, "
        "killing 22 people.",
        dates=(("Tuesday to Wednesday", date(2024, 3, 5), 2, date(2024, 3, 5), date(2024, 3, 6)),),
        numbers=(("22 people", 22, "killed"),),
    )
    (event,) = detect_events(doc)
    assert (event.event_date, event.time_precision, event.fatalities) == (date(2024, 3, 5), 1, 22)


def test_separate_acts_in_other_towns_are_separate_events_and_rebuttals_are_not() -> None:
    doc = _doc(
        "Russian forces shelled Nikopol on Monday; one man was wounded. "
        "A kamikaze drone hit a house in Marhanets, injuring two women. "
        "The army said its forces had struck military targets near Kherson and denied hitting "
        "homes.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    spans = [doc.span(*_find(doc, town)) for town in ("Nikopol", "Marhanets", "Kherson")]
    doc.places = [PlaceMention(s, None, sentence=doc.sentence_index(s.start)) for s in spans]
    events = detect_events(doc)
    assert [e.sub_event_type for e in events] == [
        "Shelling/artillery/missile attack", "Air/drone strike",
    ]
    assert events[1].event_date == date(2024, 3, 4)  # the story's day


def test_group_announcements_and_handovers_are_strategic_developments() -> None:
    doc = _doc(
        "Kataib Hezbollah said on Tuesday it was suspending military operations against US "
        "forces. On Wednesday, French troops handed over the Gao base to Malian forces.",
        dates=(("Tuesday", *_day(date(2024, 3, 5))), ("Wednesday", *_day(date(2024, 3, 6)))),
    )
    change, transfer = detect_events(doc)
    assert change.sub_event_type == "Change to group/activity"
    assert change.actor1 == "Kataib Hezbollah"
    assert transfer.sub_event_type == "Non-violent transfer of territory"
    # ACLED codes the side that gains the place as actor1 of a transfer
    assert transfer.actor1.startswith("Military Forces of Mali")
    assert transfer.actor2.startswith("Military Forces of France")


def test_statement_day_dates_an_event_the_report_gives_no_day_for() -> None:
    doc = _doc(
        "The army said on Tuesday it had taken control of Kidal. "
        "A Turkish drone killed two members of the Asayish in Qamishli on Wednesday, according "
        "to a statement by the Asayish.",
        dates=(("Tuesday", *_day(date(2024, 3, 5))), ("Wednesday", *_day(date(2024, 3, 6)))),
        numbers=(("two members of the Asayish", 2, "killed"),),
    )
    capture, strike = detect_events(doc)
    assert (capture.event_date, capture.date_known) == (date(2024, 3, 5), True)
    assert capture.sub_event_type == "Government regains territory"
    assert strike.actor1.startswith("Military Forces of Turkey") and strike.actor2 == "Asayish"


def test_figures_count_the_group_named_with_them_not_the_next_actor() -> None:
    doc = _doc(
        "Police shot dead two protesters in Nairobi on Tuesday. "
        "A rights group said the two were killed by police bullets.",
        dates=(("Tuesday", *_day(date(2024, 3, 5))),),
        numbers=(("shot dead two protesters", 2, "killed"), ("the two were killed", 2, "killed")),
    )
    (event,) = detect_events(doc)
    assert event.fatalities == 2  # not 2 protesters + 2 "police"


def test_headline_subject_leads_a_clash() -> None:
    doc = _doc(
        "Five killed as soldiers clash with NPA rebels in Negros. "
        "Four NPA rebels and a soldier were killed on Tuesday, the army said.",
        dates=(("Tuesday", *_day(date(2024, 3, 5))),),
        numbers=(("Five killed", 5, "killed"), ("Four NPA rebels and a soldier", 5, "killed")),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "Military Forces of {country}"
    assert event.actor2 == "NPA: New People's Army"
    assert event.fatalities == 5


@pytest.mark.parametrize(
    "text",
    [
        "A court in Niamey sentenced two men to death on Monday for the 2021 attack on a convoy.",
        "Thousands attended a campaign rally for the opposition candidate in Lagos on Monday.",
        "Arsenal's striker scored twice as his side fought back to win the match on Monday.",
        "A gas explosion at a restaurant killed four people in Nairobi on Monday.",
    ],
)
def test_courts_campaigns_sport_and_accidents_are_not_events(text: str) -> None:
    doc = _doc(text, dates=(("Monday", *_day(date(2024, 3, 4))),))
    assert detect_events(doc) == []


def test_counter_accusations_do_not_replace_the_named_doer() -> None:
    doc = _doc(
        "DPR separatists shelled Ukrainian army positions near Avdiivka on Tuesday, killing one "
        "soldier. The DPR accused Ukrainian forces of firing first.",
        dates=(("Tuesday", *_day(date(2024, 3, 5))),),
        numbers=(("one soldier", 1, "killed"),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "DPR: Donetsk People's Republic"
    assert event.actor2.startswith("Military Forces of Ukraine")


def test_whom_someone_blamed_is_the_doer_when_no_other_is_named() -> None:
    doc = _doc(
        "Two bombs struck a displacement camp near Goma on Friday, killing nine people. "
        "The Congolese army blamed the M23 rebels; the M23 denied firing on the camp.",
        dates=(("Friday", *_day(date(2024, 3, 8))),),
        numbers=(("nine people", 9, "killed"),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "M23: March 23 Movement"


def test_non_state_group_fighting_an_unnamed_side_fights_state_forces() -> None:
    doc = _doc(
        "Al-Shabaab fighters attacked a checkpoint near Afgoye on Monday.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Armed clash"
    assert (event.actor2, event.inter2) == ("Military Forces of {country}", 1)


def test_a_murder_has_a_doer_even_unnamed() -> None:
    doc = _doc(
        "A prayer leader was gunned down in Farah on Monday. "
        "Two policemen were shot dead at a checkpoint in Quetta on Tuesday.",
        dates=(("Monday", *_day(date(2024, 3, 4))), ("Tuesday", *_day(date(2024, 3, 5)))),
    )
    doc.places = [
        PlaceMention(doc.span(*_find(doc, t)), None, sentence=doc.sentence_index(_find(doc, t)[0]))
        for t in ("Farah", "Quetta")
    ]
    attack, clash = detect_events(doc)
    assert (attack.sub_event_type, attack.actor1) == (
        "Attack", "Unidentified Armed Group ({country})"
    )
    assert attack.actor2 == "Civilians ({country})"
    assert (clash.sub_event_type, clash.actor2) == ("Armed clash", "Police Forces of {country}")


# --- roles: blame, context, police work, disruption ------------------------------------------


def test_named_group_blamed_for_unnamed_gunmen_is_the_doer() -> None:
    doc = _doc(
        "Gunmen killed four farmers near Dikwa on Monday, and police blamed ISWAP for it.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "Islamic State (West Africa)"
    assert event.actor2 == "Civilians ({country})" and event.sub_event_type == "Attack"


def test_blame_in_the_next_sentence_names_the_doer() -> None:
    doc = _doc(
        "Two traders were shot dead at a market in Kidal on Monday. "
        "Local officials blamed JNIM. Prices rose in the market.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_blame_after_the_next_event_does_not_reach_back() -> None:
    doc = _doc(
        "Two traders were shot dead in Kidal on Monday. "
        "Soldiers clashed with JNIM fighters near Gao on Tuesday, and residents blamed JNIM.",
        dates=(("Monday", *_day(date(2024, 3, 4))), ("Tuesday", *_day(date(2024, 3, 5)))),
    )
    first = detect_events(doc)[0]
    assert first.actor1 == "Unidentified Armed Group ({country})"


def test_a_named_doer_is_not_replaced_by_the_group_it_blames() -> None:
    doc = _doc(
        "Separatist fighters of the DPR shelled Avdiivka on Tuesday. "
        "The DPR blamed Ukrainian forces.",
        dates=(("Tuesday", *_day(date(2024, 3, 5))),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "DPR: Donetsk People's Republic"


def test_security_forces_doing_police_work_are_police() -> None:
    doc = _doc(
        "Security forces arrested 14 students in Kano on Monday.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Police Forces of {country}")


def test_security_forces_in_a_battle_stay_military() -> None:
    doc = _doc(
        "Security forces clashed with Boko Haram fighters near Bama on Monday.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "Military Forces of {country}"


def test_whoever_defuses_the_bomb_is_actor1() -> None:
    doc = _doc(
        "On Monday soldiers defused an IED planted by Al-Shabaab on the road to Afgoye.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Disrupted weapons use"
    assert (event.actor1, event.actor2) == ("Military Forces of {country}", "Al Shabaab")


def test_road_blockade_broken_up_by_arrests_is_a_protest(pipeline: Pipeline) -> None:
    text = "Police arrested 30 activists who blocked a highway outside Lyon on Tuesday."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 == "Protesters (France)"


def test_separatists_in_cameroon_are_the_ambazonians(pipeline: Pipeline) -> None:
    text = "Suspected separatists killed a chief in Kumbo, Cameroon, on Monday."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.actor1 == "Ambazonian Separatists"


def test_the_enemy_in_a_ukrainian_report_is_russia(pipeline: Pipeline) -> None:
    text = "The enemy shelled Kherson, Ukraine, on Monday night, wounding one woman."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.actor2 == "Civilians (Ukraine)"


def test_host_country_forces_lead_a_joint_operation(pipeline: Pipeline) -> None:
    text = "Rwandan and Mozambican troops retook Mocimboa da Praia, Mozambique, on Monday."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.actor1 == "Military Forces of Mozambique (2015-)"
    assert "Rwanda" in event.assoc_actor_1


@pytest.mark.parametrize(
    "text",
    [
        "The Lakers fought off a late rally to beat the Celtics 110-104 on Friday night.",
        "Rovers battled back to draw 2-2 with United in a bruising derby on Saturday.",
        "The trial of six soldiers accused of killing protesters in 2022 opened in Conakry "
        "on Monday.",
        "A bus plunged into a ravine near Kasese, Uganda, on Sunday, killing 14 passengers.",
        "The opposition called on supporters to protest in Nairobi next week.",
        "The opposition leader attacked the government's economic policy in Harare on Monday.",
        "Residents marked the tenth anniversary of the Westgate mall attack on Thursday.",
        "The Senate debated a bill on Monday that would give police wider powers to break up "
        "protests.",
        "Police seized 2 tonnes of cocaine at the port of Guayaquil on Monday.",
        "The government said on Monday it would deploy more troops to protect schools after a "
        "spate of attacks.",
        "Gunmen have killed hundreds of people in Zamfara in recent years.",
        "Kidnappings for ransom have become a lucrative business in north-western Nigeria.",
        "Police arrested a man on Tuesday for stealing a car in Nairobi.",
        "A man stabbed his wife to death in a domestic dispute in Lahore on Sunday.",
        "Hundreds of mourners attended the funeral of the soldiers killed in last week's ambush.",
        "The bank's decision triggered an explosion of protests on social media on Monday.",
        "The film about the 2008 Mumbai attacks premiered in Mumbai on Friday.",
        "Police killed a leopard that had strayed into a village near Pune on Monday.",
        "Hackers attacked the website of the electoral commission in Nairobi on Monday.",
        "A soldier accidentally shot himself at a checkpoint in Kabul on Monday.",
    ],
)
def test_sport_trials_accidents_and_calls_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert _run(pipeline, text, date(2024, 5, 9)) == []


def test_a_real_clash_still_counts_next_to_a_score(pipeline: Pipeline) -> None:
    text = "Soldiers clashed with ADF rebels near Beni, Congo, on Friday, killing 12 of them."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.sub_event_type == "Armed clash"


def test_an_anniversary_protest_is_still_a_protest(pipeline: Pipeline) -> None:
    text = (
        "On 18 March 2021, dozens of residents gathered in Homs to mark the tenth anniversary "
        "of the uprising, chanting against the government."
    )
    (event,) = _run(pipeline, text, date(2021, 3, 19))
    assert event.sub_event_type == "Peaceful protest"


def test_a_group_claiming_an_attack_in_a_statement_is_not_a_verbal_attack(
    pipeline: Pipeline,
) -> None:
    text = (
        "A car bomb killed six people in Mogadishu on Monday. "
        "Al-Shabaab claimed the attack in a statement."
    )
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.actor1 == "Al Shabaab"


def test_a_crowd_that_burns_a_police_station_riots(pipeline: Pipeline) -> None:
    # round 13: a crowd that burns or storms a police station, town hall or electoral office
    # riots against the state (the corpus gold codes such crowds a violent demonstration)
    text = "Angry youths torched a police station in Ikorodu, Nigeria, on Monday."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.sub_event_type == "Violent demonstration"
    assert (event.actor1, event.inter1) == ("Rioters (Nigeria)", 5)
    assert event.actor2 == "Police Forces of Nigeria (2023-)"


def test_villagers_who_kill_suspected_thieves_are_a_mob(pipeline: Pipeline) -> None:
    text = "Villagers beat two suspected thieves to death in Kisii, Kenya, on Sunday."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Kenya)")


def test_civilians_acted_upon_stay_victims(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a market in Kisii, Kenya, on Sunday, killing three traders."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Kenya)")


def test_suspected_herders_held_responsible_in_nigeria_are_the_fulani_militia(
    pipeline: Pipeline,
) -> None:
    text = (
        "Armed men attacked Mushu village in Bokkos, Plateau State, Nigeria, on Tuesday night, "
        "killing 17 residents. Police said suspected herders were responsible."
    )
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.actor1 == "Fulani Ethnic Militia (Nigeria)"


def test_armed_youths_are_a_militia_not_a_mob(pipeline: Pipeline) -> None:
    text = "Armed youths attacked a village near Bor, South Sudan, on Monday, killing five people."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.sub_event_type == "Attack"
    assert event.actor1 == "Unidentified Communal Militia (South Sudan)"


def test_a_headline_passive_leaves_the_crowd_the_victim(pipeline: Pipeline) -> None:
    text = "Villagers attacked in overnight raid on Gwoza, Nigeria, on Monday"
    events = _run(pipeline, text, date(2024, 5, 9))
    assert all(e.sub_event_type != "Mob violence" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters smashed windows and damaged cars in Santiago, Chile, on Friday before police "
        "dispersed them with water cannon.",
        "A protest over fuel prices in Lagos, Nigeria, turned violent on Monday and police fired "
        "tear gas.",
        "Demonstrators stormed the parliament building in Nairobi, Kenya, on Tuesday; police used "
        "tear gas to push them back.",
        "Several police officers were injured by protesters in Dhaka, Bangladesh, on Sunday; "
        "police fired rubber bullets to disperse the crowd.",
        "Students fought running battles with police in Dhaka, Bangladesh, on Sunday.",
    ],
)
def test_protesters_doing_violence_make_a_violent_demonstration(
    pipeline: Pipeline, text: str
) -> None:
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.sub_event_type == "Violent demonstration"
    assert event.inter1 == 5 and event.inter2 == 1


def test_police_dispersing_a_protest_is_an_intervention(pipeline: Pipeline) -> None:
    text = "Police dispersed hundreds of protesters with tear gas in Kinshasa, Congo, on Monday."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.sub_event_type == "Protest with intervention"


def test_violence_between_communities_is_no_riot(pipeline: Pipeline) -> None:
    text = (
        "Violence broke out between Hema and Lendu militias near Djugu, Congo, on Monday, "
        "killing 12 people."
    )
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.event_type != "Riots"


def test_police_standing_by_a_peaceful_protest_are_no_second_actor(pipeline: Pipeline) -> None:
    text = (
        "Thousands of protesters marched peacefully through Accra, Ghana, on Saturday, watched "
        "by police officers."
    )
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert (event.sub_event_type, event.actor2) == ("Peaceful protest", "")


def test_a_base_established_has_no_second_actor() -> None:
    doc = _doc(
        "On Monday the army established a new military base near Sabha, near the militia's lines.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Headquarters or base established"
    assert event.actor2 == ""


def test_fighters_from_a_named_militia_are_that_militia() -> None:
    doc = _doc(
        "Fighters from the Fano militia took control of Lalibela on Wednesday after clashes "
        "with federal troops.",
        dates=(("Wednesday", *_day(date(2024, 3, 6))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert (event.actor1, event.actor2) == ("Fano Militia", "Military Forces of {country}")


def test_forces_accompanying_the_doer_are_its_allies() -> None:
    doc = _doc(
        "On Monday, FAMa soldiers accompanied by Wagner personnel executed five herders.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "Military Forces of Mali (2021-)"
    assert event.assoc_actor_1 == "Wagner Group"


def test_a_police_command_confirming_an_attack_only_reports_it() -> None:
    doc = _doc(
        "Gunmen killed ten worshippers at a mosque in Mashegu on Friday. "
        "The State Police Command confirmed the attack.",
        dates=(("Friday", *_day(date(2024, 3, 8))),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "Unidentified Armed Group ({country})"


def test_a_leading_day_without_comma_does_not_make_the_doer_a_target() -> None:
    doc = _doc(
        "On Sunday Islamic State fighters attacked an army post near Mayadin, killing four "
        "soldiers.",
        dates=(("Sunday", *_day(date(2024, 3, 3))),),
    )
    (event,) = detect_events(doc)
    assert event.actor1 == "Islamic State ({country})"
    assert event.actor2 == "Military Forces of {country}"


def test_an_unattributed_strike_in_ukraine_is_russias(pipeline: Pipeline) -> None:
    text = "A kamikaze drone hit a house in Marhanets, Ukraine, on Monday, injuring two women."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.actor2 == "Civilians (Ukraine)"


def test_an_unattributed_strike_elsewhere_stays_unidentified(pipeline: Pipeline) -> None:
    text = "A drone hit a house in Goma, Congo, on Monday, injuring two women."
    (event,) = _run(pipeline, text, date(2024, 5, 9))
    assert event.actor1.startswith("Unidentified Armed Group")


def test_a_vehicle_that_hits_a_mine_is_the_target() -> None:
    doc = _doc(
        "On Monday, a vehicle of the army hit a mine near Goundam, killing two soldiers.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
        numbers=(("two soldiers", 2, "killed"),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert (event.actor1, event.actor2) == (
        "Unidentified Armed Group ({country})", "Military Forces of {country}"
    )


def test_a_roadside_explosive_going_off_is_an_ied() -> None:
    doc = _doc(
        "On Monday, a roadside explosive went off against an army vehicle near Afgooye, killing "
        "two soldiers. Al-Shabaab claimed responsibility.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert (event.sub_event_type, event.actor1) == ("Remote explosive/landmine/IED", "Al Shabaab")


def test_a_drone_operated_by_a_group_is_an_air_strike() -> None:
    doc = _doc(
        "On Friday, a drone operated by FARC dissidents dropped explosives on a police station.",
        dates=(("Friday", *_day(date(2024, 3, 8))),),
    )
    (event,) = detect_events(doc)
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "FARC Dissidents")


def test_a_coup_with_the_president_under_house_arrest_is_other() -> None:
    doc = _doc(
        "On Wednesday, officers seized power and placed the president under house arrest.",
        dates=(("Wednesday", *_day(date(2024, 3, 6))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Other"


def test_ending_a_ceasefire_and_ordering_attacks_is_a_change_not_a_clash() -> None:
    doc = _doc(
        "On Monday, the TTP announced the end of its ceasefire and ordered its fighters to "
        "carry out attacks.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Change to group/activity"
    assert (event.actor1, event.actor2) == ("TTP: Tehreek-i-Taliban Pakistan", "")


def test_clashes_between_a_named_and_an_unnamed_group_set_them_against_each_other() -> None:
    doc = _doc(
        "Four people were killed on Sunday in clashes between members of the Fatah movement and "
        "Islamist militants in the camp.",
        dates=(("Sunday", *_day(date(2024, 3, 3))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Armed clash"
    assert (event.actor1, event.actor2) == (
        "Fatah Movement", "Unidentified Armed Group ({country})"
    )


def test_burning_houses_after_the_residents_fled_is_property_destruction() -> None:
    doc = _doc(
        "Mai-Mai fighters set fire to forty houses in a village on Thursday. "
        "The residents had fled before the attack and no one was killed.",
        dates=(("Thursday", *_day(date(2024, 3, 7))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Looting/property destruction"


def test_a_grenade_blast_is_a_grenade_attack() -> None:
    doc = _doc(
        "On Monday, a grenade blast at a bus terminal in Cotabato wounded six passengers.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Grenade"


def test_grenades_with_irritant_gas_are_a_chemical_weapon() -> None:
    doc = _doc(
        "On Monday, Russian forces dropped grenades with irritant gas on positions near Robotyne.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Chemical weapon"


def test_a_peace_deal_ending_months_of_clashes_is_an_agreement() -> None:
    doc = _doc(
        "On Tuesday, elders of two clans signed a peace agreement in Mandera, ending months of "
        "clashes over water points.",
        dates=(("Tuesday", *_day(date(2024, 3, 5))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Agreement"


def test_a_police_operation_of_arrests_is_no_battle() -> None:
    doc = _doc(
        "On Monday, police detained dozens of young men in Addis Ababa. Police said the "
        "operation was part of the state of emergency and those held were suspected of "
        "supporting armed groups.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Arrests"


def test_a_later_official_toll_replaces_the_earlier_counts(pipeline: Pipeline) -> None:
    text = (
        "Gunmen on Friday killed 22 farmers in an attack on Dogo village in Plateau State, "
        "residents said. Survivors said the attackers came on foot and burned granaries. "
        "Police later confirmed the attack and put the death toll at 17."
    )
    (event,) = _run(pipeline, text, date(2024, 3, 10))
    assert event.fatalities == 17


def test_a_toll_clause_after_a_semicolon_joins_its_event(pipeline: Pipeline) -> None:
    text = (
        "Militants killed villagers in an attack in the Kembata district on Sunday, officials "
        "said. Witnesses said about 40 people were killed; a district administrator put the "
        "toll at 26."
    )
    (event,) = _run(pipeline, text, date(2024, 3, 12))
    assert event.fatalities == 26


def test_an_undated_event_takes_the_day_its_paragraph_set_earlier(pipeline: Pipeline) -> None:
    text = (
        "On Monday, hundreds of mourners gathered in Gidan Waya for the burial of a local chief. "
        "Gunmen later opened fire on the mourners, killing four people."
    )
    (event,) = _run(pipeline, text, date(2024, 3, 14))
    assert (event.event_date, event.time_precision) == (date(2024, 3, 11), 1)
    assert any(e.field == "event_date" and e.text == "Monday" for e in event.evidence)


def _weekend_doc(text: str) -> Document:
    return _doc(
        text,
        dates=(("Friday and Sunday", date(2024, 3, 2), 2, date(2024, 3, 1), date(2024, 3, 3)),),
        numbers=(("eleven herders", 11, "killed"),),
    )


def test_one_act_within_a_span_of_days_is_one_event_at_its_middle() -> None:
    doc = _weekend_doc(
        "Between Friday and Sunday, gunmen killed eleven herders in raids on two hamlets."
    )
    (event,) = detect_events(doc)
    assert (event.event_date, event.time_precision, event.fatalities) == (
        date(2024, 3, 2), 2, 11
    )


def test_an_act_reported_daily_over_a_span_is_split_per_day() -> None:
    doc = _weekend_doc(
        "Between Friday and Sunday, gunmen killed eleven herders in daily raids on two hamlets."
    )
    events = detect_events(doc)
    assert [(e.event_date.day, e.time_precision) for e in events] == [(1, 1), (2, 1), (3, 1)]
    assert [e.fatalities for e in events] == [4, 4, 3]


def test_a_total_told_over_two_days_is_shared_between_them() -> None:
    doc = _doc(
        "Drone strikes by the RSF on markets in Omdurman killed seven civilians on Monday and "
        "Tuesday, medics said.",
        dates=(("Monday", *_day(date(2024, 3, 4))), ("Tuesday", *_day(date(2024, 3, 5)))),
        numbers=(("seven civilians", 7, "killed"),),
    )
    events = detect_events(doc)
    assert [(e.event_date.day, e.fatalities) for e in events] == [(4, 4), (5, 3)]
    assert all(e.actor2 == "Civilians ({country})" for e in events)



def test_a_death_that_set_off_the_clashes_counts_in_them(pipeline: Pipeline) -> None:
    text = (
        "Four people were killed on Tuesday in clashes between ASWJ fighters and al-Shabaab in "
        "Guriel, after an ASWJ commander was shot dead at a checkpoint."
    )
    (event,) = _run(pipeline, text, date(2024, 3, 8))
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 5)


def test_an_undated_headline_takes_the_day_of_its_lead(pipeline: Pipeline) -> None:
    text = (
        "Soldiers in Niger say they have seized power\n\n"
        "Members of the presidential guard appeared on national television in Niamey late on "
        "Wednesday to announce that they had removed the president and closed the borders."
    )
    events = _run(pipeline, text, date(2024, 7, 27))
    assert events and (events[0].event_date, events[0].time_precision) == (date(2024, 7, 24), 1)


HEADLINE_AND_LEAD = (
    "Army drone strike kills nine at Tillaberi market\n\n"
    "A Nigerien army drone strike on a weekly market in Bankilare, in the Tillaberi region, "
    "killed nine people on Friday, including two children, residents said."
)


def test_a_headline_restating_its_lead_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    events = _run(pipeline, HEADLINE_AND_LEAD, date(2024, 5, 12))
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        (date(2024, 5, 10), "Air/drone strike", 9)
    ]
    assert events[0].sentence_ids == (1,)


def test_the_killing_that_set_off_a_riot_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Residents burned tyres and threw stones at police in Kibera on Sunday evening, hours "
        "after a police officer shot dead a boda boda rider at a checkpoint, witnesses said. "
        "Police fired tear gas to disperse them."
    )
    events = _run(pipeline, text, date(2024, 3, 18))
    coded = [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events]
    assert coded == [
        ("Attack", "Police Forces of Kenya (2022-)", "Civilians (Kenya)", 1),
        ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2022-)", 0),
    ]
    assert all(e.event_date == date(2024, 3, 17) for e in events)


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ("A police officer said two men were arrested.", True),
        ("A police officer shot dead two men at a roadblock.", False),
    ],
)
def test_an_officer_who_acts_is_no_reporter(text: str, reports: bool) -> None:
    doc = _doc(text)
    police = next(a for a in doc.actors if a.inter == 1)
    assert is_reporter(doc, doc.sentences[0], police) is reports


def test_a_crowd_reacting_hours_later_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "A soldier shot dead a trader at a roadblock outside Bamenda on Friday, witnesses "
        "said. Hours later, angry traders blocked the road and set fire to an army truck."
    )
    events = _run(pipeline, text, date(2024, 3, 18))
    assert [(e.sub_event_type, e.fatalities, e.sentence_ids) for e in events] == [
        ("Attack", 1, (0,)),
        ("Violent demonstration", 0, (1,)),
    ]


def test_an_act_days_before_the_one_told_is_no_part_of_it() -> None:
    doc = _doc(
        "On Monday the militia announced it was ending its attacks on government forces. The "
        "announcement came days after a rocket attack on an army base killed five soldiers.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
        numbers=(("killed five soldiers", 5, "killed"),),
    )
    assert all(e.fatalities == 0 and e.sub_event_type != "Shelling/artillery/missile attack"
               for e in detect_events(doc))
    assert find_triggers(doc, doc.sentences[1]) == []


def test_forces_arriving_after_a_mob_act_are_no_side_of_it(pipeline: Pipeline) -> None:
    text = (
        "On Saturday, angry youths in Kaduna attacked two traders accused of theft at a market, "
        "beating them to death before police restored order."
    )
    (event,) = _run(pipeline, text, date(2024, 3, 18))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)"
    )


def test_talk_of_an_earlier_attack_after_an_announcement_is_no_event() -> None:
    doc = _doc(
        "On Monday the Ansar militia said it was suspending military operations against foreign "
        "forces. The government has blamed that attack on the Ansar militia.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    assert [t.tactic for t in find_triggers(doc, doc.sentences[1])] == ["claim", "refer"]
    (event,) = detect_events(doc)
    assert event.sub_event_type == "Change to group/activity"
    assert event.sentence_ids == (0,)


def test_acts_a_group_did_in_the_past_are_no_event() -> None:
    doc = _doc(
        "On Monday gunmen abducted two nurses in Bamenda. Separatists have abducted aid workers "
        "and teachers in the past, accusing them of working for the government.",
        dates=(("Monday", *_day(date(2024, 3, 4))),),
    )
    events = detect_events(doc)
    assert [e.sentence_ids for e in events] == [(0,)]


@pytest.mark.parametrize(
    "text",
    [
        "The two clans signed a truce on Monday, pledging to release abducted herders.",
        "Militias shell and attack the town almost daily, residents say.",
    ],
)
def test_pledges_and_habits_are_no_events(text: str) -> None:
    dates = (("Monday", *_day(date(2024, 3, 4))),) if "Monday" in text else ()
    doc = _doc(text, dates=dates)
    tactics = {t.tactic for f in frames(doc) for t in f.triggers}
    assert "attack" not in tactics and "clash" not in tactics and "shelling" not in tactics
    assert all(e.sub_event_type not in ("Abduction/forced disappearance", "Armed clash")
               for e in detect_events(doc))


def test_talk_of_a_truce_is_no_agreement() -> None:
    doc = _doc(
        "Fighting went on in Darfur this week despite American and Saudi talk of a truce, "
        "aid workers said.",
    )
    assert all(e.sub_event_type != "Agreement" for e in detect_events(doc))
    assert all(t.tactic != "agreement" for t in find_triggers(doc, doc.sentences[0]))


def test_every_trigger_tactic_is_read_by_a_rule_or_a_cue() -> None:
    """A misquoted row of triggers.csv (a pattern with a comma) would make a tactic nobody reads."""
    from dateline.pipeline.assemble import rules
    from dateline.pipeline.triggers import cues, trigger_patterns

    read = {t for rule in rules() for t in rule.requires}
    read |= set(cues()["speech_tactics"]) | set(cues()["leaving_tactics"])
    # words the triggers stage itself turns into another tactic or drops (round 22: a person
    # "taken away" becomes an abduction, a crowd's demand its protest)
    read |= set(cues()["relabelled_tactics"])
    assert {tactic for _, tactic in trigger_patterns()} <= read


# nulls9 (issue #4): the sports cue no longer hides fans who fight police or each other, and
# the non-event cues of that round keep real events that share their words.
FAN_VIOLENCE = ["Violent demonstration", "Mob violence"]


@pytest.mark.parametrize(
    "text",
    [
        "Football fans clashed with police outside the stadium in Cairo after the match on "
        "Sunday, injuring 12 officers.",
        "Hundreds of football fans attacked police with stones and flares after the semi-final "
        "in Belgrade on Saturday.",
        "Angry soccer fans stoned police in Lubumbashi on Sunday after their team lost 2-0.",
        "Rival football fans fought each other with knives in Marseille on Tuesday, leaving "
        "three wounded.",
        "Rival supporters clashed with machetes after a campaign rally in Lagos on Saturday, "
        "leaving two dead.",
    ],
)
def test_fans_or_supporters_who_fight_make_a_crowd_event(text: str) -> None:
    events = Pipeline()(Article("probe", text, date(2024, 5, 15))).events
    assert events and {e.sub_event_type for e in events} <= set(FAN_VIOLENCE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Real Madrid stormed to victory over Bayern in a bruising semi-final battle", []),
        ("Thousands of Napoli fans celebrated in the streets after the league title.", []),
        ("A court in Madrid jailed two men on Monday over the 2017 Barcelona van attack.", []),
        ("Gunmen attacked a military parade in Ahvaz on Saturday, killing 25 people.",
         ["Armed clash"]),
        ("Kiir and Machar agreed in Juba on Thursday to form a unity government, resolving "
         "the last issues of their 2018 peace deal.", ["Agreement"]),
        ("Police in Dhaka arrested 40 opposition activists on Monday ahead of a planned "
         "campaign rally.", ["Arrests"]),
    ],
)
def test_non_event_cues_keep_the_events_that_share_their_words(
    text: str, expected: list[str]
) -> None:
    events = Pipeline()(Article("probe", text, date(2024, 5, 15))).events
    assert sorted({e.sub_event_type for e in events}) == expected


def test_a_definite_act_told_after_only_a_past_one_is_that_past_act() -> None:
    text = (
        "A court in Bamako on Monday sentenced three men to death for helping the gunmen who "
        "raided a hotel in the capital in November 2015, an attack that killed 20 people.\n\n"
        "Their lawyers said they would appeal.\n\n"
        "The assault ended after nine hours when Malian and French special forces stormed the "
        "building and shot dead the two attackers."
    )
    assert Pipeline()(Article("probe", text, date(2024, 5, 15))).events == []
    later = text + "\n\nOn Tuesday, gunmen attacked a police post in Segou, killing two officers."
    events = Pipeline()(Article("probe", later, date(2024, 5, 15))).events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        # round 14: people "neutralised" by forces are killed; a mine that strikes a bus is a
        # remote explosive, its toll the event's
        ("Four gunmen were neutralised by gendarmes near Kaya on Sunday, the army said.",
         "Armed clash", 4),
        ("The army said on Tuesday it had neutralised 12 terrorists in the Sambisa forest.",
         "Armed clash", 12),
        ("A mine later struck a lorry near Menaka on Monday, killing three passengers.",
         "Remote explosive/landmine/IED", 3),
    ],
)  # fmt: skip
def test_neutralised_and_mine_strikes_carry_their_kills(
    text: str, sub_event_type: str, fatalities: int
) -> None:
    events = Pipeline()(Article("probe", text, date(2024, 5, 15))).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(sub_event_type, fatalities)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A landslide blocked the main road to Bukavu on Monday.", []),
        ("Residents blocked the road to Bukavu on Monday over a fuel shortage.", ["protest"]),
        ("Fallen trees blocked the road after the storm.", []),
    ],
)
def test_a_road_blocked_by_nature_is_no_protest(text: str, expected: list[str]) -> None:
    doc = _doc(text)
    sentence = doc.sentences[0]
    found = find_triggers(doc, sentence)
    assert [t.tactic for t in found] == expected


# vote17 (issue #4): the classifier overrules the rules only where classify.vote's table says.
# vote_probes.tsv: 40 reports on the confusable boundaries, scored once before any change: 0.900
# (the rules alone; the policy changes none of them). vote_probes_policy.tsv: 16 written after
# the policy was chosen on fifth+sixth dev, scored once before it was implemented: 0.750; after
# it: 0.875.
VOTE_FLOORS = {"vote_probes.tsv": 0.875, "vote_probes_policy.tsv": 0.85}


@pytest.mark.parametrize("name", sorted(VOTE_FLOORS))
def test_vote_probe_tables_stay_above_their_floors(name: str) -> None:
    pipeline = Pipeline()
    probes = _probes(name)  # the typing probes' table format: label, register, date, text
    wrong = []
    for label, _register, published, text in probes:
        got = _types(pipeline, text, published)
        if got != [label]:
            wrong.append((label, got, text[:60]))
    assert 1 - len(wrong) / len(probes) >= VOTE_FLOORS[name], wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death alone, told as a fight with armed men the actors stage reads as civilians
        ("A soldier and two armed farmers were killed on Sunday when troops and farmers exchanged "
         "fire during a land dispute near Kapoeta.", "Armed clash"),
        # the same kind of side, but the text tells an attack: the rules stand
        ("Gunmen opened fire on farmers harvesting maize near Kapoeta on Sunday, killing two.",
         "Attack"),
    ],
)
def test_the_classifier_overrules_an_attack_read_from_a_death_only_when_sure(
    text: str, expected: str
) -> None:
    events = Pipeline()(Article("probe", text, date(2025, 9, 9))).events
    assert [e.sub_event_type for e in events] == [expected]
