"""Frames, days, places and counts of the events stage on the round-6 probes.

``data/events_round6_probes.tsv``: reports written for the requests other helpers left (an
analyst note's "1 fatality." closing its paragraph, "more than a dozen" restated, a later death
from wounds, both sides' dead added, a run of days told as one act, a figure per town, truce
extensions, parties dissolved, claims, foiled attacks and encounters). A probe is right when
the article's events have exactly the probe's day, time precision, sub-event type, fatalities
and location. Before the round-6 fixes they scored 9/33, after them 33/33; the floor sits slightly
below that.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
FLOOR = 0.95

Probe = tuple[str, date, str, str]


def _probes() -> list[Probe]:
    rows = []
    for line in (DATA / "events_round6_probes.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        request, published, expected, text = line.split("\t")
        expected = ";".join(sorted(expected.split(";")))
        rows.append((request, date.fromisoformat(published), expected, text.replace("\\n", "\n")))
    return rows


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _reading(pipeline: Pipeline, text: str, published: date) -> str:
    events = pipeline(Article("probe", text, published)).events
    rows = sorted(
        f"{e.event_date.isoformat()}|{e.time_precision}|{e.sub_event_type}|{e.fatalities}|"
        f"{e.location}"
        for e in events
    )
    return ";".join(rows) or "NONE"


def test_round6_probes_meet_their_floor(pipeline: Pipeline) -> None:
    probes = _probes()
    wrong = [
        (text[:70], expected, got)
        for _, published, expected, text in probes
        if (got := _reading(pipeline, text, published)) != expected
    ]
    accuracy = 1 - len(wrong) / len(probes)
    assert accuracy >= FLOOR, (accuracy, wrong)


@pytest.mark.parametrize("request_id", ["1", "3", "5"])
def test_each_request_is_met_on_most_of_its_probes(pipeline: Pipeline, request_id: str) -> None:
    mine = [p for p in _probes() if p[0] == request_id]
    right = sum(_reading(pipeline, text, day) == expected for _, day, expected, text in mine)
    assert right >= len(mine) - 1, request_id


def test_a_claim_after_an_act_told_town_by_town_names_the_doer_of_each(pipeline: Pipeline) -> None:
    text = (
        "Jihadists killed 6 gendarmes in Tera and 4 in Gotheye on Sunday, the interior ministry "
        "said. JNIM claimed the attacks. Residents of Tera said the market stayed shut."
    )
    events = pipeline(Article("probe", text, date(2024, 5, 15))).events
    assert sorted((e.location, e.fatalities) for e in events) == [("Gotheye", 4), ("Tera", 6)]
    assert {e.actor1 for e in events} == {"JNIM: Group for Support of Islam and Muslims"}


# ``data/clash_split_probes.tsv`` (issue #4, NONE -> Armed clash): each text tells ONE armed
# clash that the stage used to split in two, grouped by kind. Before the rules 13/20 held
# (casualty_day 0/5, follow_up 3/5); duration_end_before made it 18/20, same_parties 20/20.
CLASH_SPLIT_FLOOR = 0.85


def _clash_probes() -> list[tuple[str, date, str]]:
    rows = []
    for line in (DATA / "clash_split_probes.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, text = line.split("\t")
            rows.append((kind, date.fromisoformat(published), text))
    return rows


def _one_clash(pipeline: Pipeline, text: str, published: date) -> bool:
    events = pipeline(Article("probe", text, published)).events
    return [e.sub_event_type for e in events] == ["Armed clash"]


def test_one_clash_told_in_two_sentences_stays_one_event(pipeline: Pipeline) -> None:
    probes = _clash_probes()
    wrong = [text[:70] for _, day, text in probes if not _one_clash(pipeline, text, day)]
    assert 1 - len(wrong) / len(probes) >= CLASH_SPLIT_FLOOR, wrong


def test_a_fight_that_ran_past_midnight_is_one_event_on_its_first_day(
    pipeline: Pipeline,
) -> None:
    mine = [p for p in _clash_probes() if p[0] == "casualty_day"]
    for _, day, text in mine:
        events = pipeline(Article("probe", text, day)).events
        assert len(events) == 1, text
        # coded on the day the first sentence names (the night's first day), not the next
        assert events[0].event_date.strftime("%A") in text.split(".")[0], text


@pytest.mark.parametrize(
    "second",
    [
        # the fight reaches a day three days on: told day by day, not one night
        "Three policemen were killed in a gunfight that lasted until dawn on Wednesday.",
        # the next day without 'until': another act of its own
        "On Monday, three policemen were killed in a gunfight in Quetta.",
    ],
)
def test_only_a_fight_running_into_the_next_day_is_joined(pipeline: Pipeline, second: str) -> None:
    text = f"Gunmen attacked a police post in Zhob district late on Sunday. {second}"
    assert len(pipeline(Article("probe", text, date(2024, 8, 28))).events) == 2


def test_the_two_sides_going_on_elsewhere_also_is_another_fight(pipeline: Pipeline) -> None:
    text = (
        "Al-Shabaab fighters clashed with government soldiers in Afgoye on Monday, residents "
        "said. Fighters of both sides also exchanged fire in Balcad."
    )
    events = pipeline(Article("probe", text, date(2024, 8, 28))).events
    assert sorted(e.location for e in events) == ["Afgooye", "Balcad"]


# ``data/segment_round11_probes.tsv`` (issue #4, spurious and split events): 60 whole short
# articles written at once before any rule ran on them: 25 telling ONE event across sentences
# (follow-ups, the army's "repelled", a toll update, the other side's account, a claim the next
# day, an origin or destination place, background of a past year), 20 telling NO codable event
# (analysis, verdicts, anniversaries, warnings, aid updates, accidents, talks, rulings, a monthly
# monitor report) and 15 telling two separate events. Scored once before any fix: 52/60 (one
# 21/25, none 18/20, two 13/15; 56/60 had the right number of events). One label was then
# corrected (see the table's header), which makes that first score 53/60. The rules kept this
# round (segment_retold: a part of the same town named with no day of its own; follow_up:
# forces that only came to the scene) fix dev-corpus splits, not this table's misses: it stays
# 53/60 (56/60 with the right number of events). Left: a claim dated the next day opens a
# second event (joining it cost actors held-out, so it is left), typing ("air force bombed"
# read as an IED, detentions as an attack, a highway blockade as an intervention), a past act
# in a relative clause after an anniversary, allegations about "last December", and a border
# clash read with no actors. After round 13 (past_acts: the anniversary's relative clause, the
# allegation "last December", the lead that told only quiet news) 55/60 (none 20/20), 58/60
# with the right number of events; floors raised.
SEGMENT_ROUND11_FLOOR = 0.9
SEGMENT_ROUND11_COUNT_FLOOR = 0.95
CONVOY_BLAST = "Two bombs struck a police convoy in Mogadishu on Tuesday, killing four officers."


def _round11_probes() -> list[tuple[str, date, int, str, str]]:
    rows = []
    path = DATA / "segment_round11_probes.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, count, types, text = line.split("\t")
            day = date.fromisoformat(published)
            rows.append((kind, day, int(count), types, text.replace("\\n", "\n")))
    return rows


@pytest.fixture(scope="module")
def round11_readings(pipeline: Pipeline) -> list[tuple[str, int, str, list[str]]]:
    """(kind, expected count, expected types, the sub-event types read) per probe."""
    readings = []
    for kind, day, count, types, text in _round11_probes():
        events = pipeline(Article("probe", text, day)).events
        readings.append((kind, count, types, sorted(e.sub_event_type for e in events)))
    return readings


def test_round11_articles_yield_their_events(
    round11_readings: list[tuple[str, int, str, list[str]]],
) -> None:
    wrong = [
        (kind, types, got)
        for kind, _, types, got in round11_readings
        if (";".join(got) or "NONE") != types
    ]
    assert 1 - len(wrong) / len(round11_readings) >= SEGMENT_ROUND11_FLOOR, wrong


def test_round11_articles_yield_the_right_number_of_events(
    round11_readings: list[tuple[str, int, str, list[str]]],
) -> None:
    wrong = [(kind, count, got) for kind, count, _, got in round11_readings if len(got) != count]
    assert 1 - len(wrong) / len(round11_readings) >= SEGMENT_ROUND11_COUNT_FLOOR, wrong


@pytest.mark.parametrize(
    "follow_up",
    [
        # the doer's claim naming the act as part of a wider one
        "Al-Shabaab claimed the blasts as part of a campaign against the security forces.",
        # a part of the same town, named with no day of its own
        "One of the bombs hit a house in the Hodan district.",
        # the side that struck gives its own account (joined before this round; kept as a guard)
        "The army said its forces had struck a hideout of the militants.",
    ],
)
def test_a_sentence_retelling_the_act_adds_no_event(pipeline: Pipeline, follow_up: str) -> None:
    text = f"{CONVOY_BLAST} {follow_up}"
    assert len(pipeline(Article("probe", text, date(2025, 4, 17))).events) == 1


@pytest.mark.parametrize(
    "second",
    [
        # a claim that names another town tells an act not told before
        "On Wednesday, Al-Shabaab claimed an attack on an army base in Baidoa.",
        # a part of a town given a day of its own is another event
        "On Thursday, a bomb hit a market in the Hodan district.",
    ],
)
def test_a_sentence_with_its_own_town_or_day_still_opens_an_event(
    pipeline: Pipeline, second: str
) -> None:
    text = f"{CONVOY_BLAST} {second}"
    assert len(pipeline(Article("probe", text, date(2025, 4, 18))).events) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead four villagers in Kauru, Kaduna State, on Monday night. Soldiers "
        "reached the village after the attack, a local official said.",
        "Gunmen killed four farmers near Kidal on Sunday, residents said. Soldiers arrived after "
        "the attack and searched the area.",
    ],
)
def test_forces_that_only_came_to_the_scene_are_no_side(pipeline: Pipeline, text: str) -> None:
    # before follow_up.arrived_afterwards the soldiers were read as the attackers
    events = pipeline(Article("probe", text, date(2025, 4, 16))).events
    assert [(e.actor1[:19], e.actor2[:9]) for e in events] == [("Unidentified Armed ", "Civilians")]


# ``data/segment_round13_probes.tsv`` (issue #4, no-event articles): 50 whole short articles
# written at once before any rule ran on them: 25 telling NO codable event (trials, inquiries,
# commemorations, policy, calls for strikes, sanctions, visits, monitor tallies, background-only
# features, soldiers killed in accidents, ordinary crime) and 25 telling ONE event with
# background, restatements or a headline and a body figure. Scored once before any fix: 35/50
# (none 13/25, one 22/25; 37/50 with the right number of events). After the round-13 rules
# (past_acts: a relative clause off a dated noun, a chain of prepositions to a past year, what a
# court case or sanctions are about, a call for a march, what a gathering remembers, an
# allegation with the accusation's day, burglaries and military accidents; segment: undated
# acts after a lead that told only the past or quiet news) 45/50 (none 23/25, one 22/25).
SEGMENT_ROUND13_FLOOR = 0.88
SEGMENT_ROUND13_NONE_FLOOR = 0.88


@pytest.fixture(scope="module")
def round13_readings(pipeline: Pipeline) -> list[tuple[str, str, str]]:
    """(kind, expected types, the sorted sub-event types read) per round-13 probe."""
    readings = []
    path = DATA / "segment_round13_probes.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, _, types, text = line.split("\t")
            article = Article("probe", text.replace("\\n", "\n"), date.fromisoformat(published))
            got = ";".join(sorted(e.sub_event_type for e in pipeline(article).events)) or "NONE"
            readings.append((kind, types, got))
    return readings


def test_round13_articles_yield_their_events(round13_readings: list[tuple[str, str, str]]) -> None:
    wrong = [r for r in round13_readings if r[1] != r[2]]
    assert 1 - len(wrong) / len(round13_readings) >= SEGMENT_ROUND13_FLOOR, wrong


def test_round13_no_event_articles_stay_empty(round13_readings: list[tuple[str, str, str]]) -> None:
    nulls = [r for r in round13_readings if r[0].startswith("none")]
    wrong = [r for r in nulls if r[2] != "NONE"]
    assert 1 - len(wrong) / len(nulls) >= SEGMENT_ROUND13_NONE_FLOOR, wrong


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause off a noun dated long ago
        "A court in Rabat on Tuesday jailed three men over the 2011 protests, when police shot "
        "dead four demonstrators in Al Hoceima.",
        "Residents of Gatumba gathered on Sunday at the site of the 2004 camp raid, where rebels "
        "killed 166 refugees.",
        # a past year reached from the act through prepositions only
        "A court in Moscow sentenced 9 Ukrainian marines captured during the siege of Azovstal in "
        "2022 on Tuesday.",
        # what a court case is about
        "A tribunal in Dhaka on Monday convicted two officers of shooting students in Rangpur.",
        # a call for a march on a coming day
        "The union called on Monday for a march through Lusaka on Friday against fuel prices.",
        # an allegation made on the day told, of an act with no day
        "Amnesty accused Burundian police on Tuesday of torturing detainees in Bujumbura.",
        # soldiers killed in an accident
        "An army truck overturned near Kidal on Sunday, killing five soldiers, officials said.",
        # ordinary crime
        "Two men shot a shopkeeper during a burglary in Kumasi on Saturday, police said.",
    ],
)
def test_acts_of_the_past_a_case_or_a_call_open_no_event(pipeline: Pipeline, text: str) -> None:
    assert pipeline(Article("probe", text, date(2025, 9, 17))).events == []


def test_undated_acts_after_a_quiet_lead_are_its_background(pipeline: Pipeline) -> None:
    text = (
        "The African Union renewed on Monday the mandate of its mission in Somalia for a year. "
        "Al-Shabaab fighters attacked bases of the mission in Lower Shabelle, diplomats said."
    )
    assert pipeline(Article("probe", text, date(2025, 9, 17))).events == []


@pytest.mark.parametrize(
    "text",
    [
        # the act after the quiet lead has a day of its own: still an event
        "The African Union renewed on Monday the mandate of its mission in Somalia. On Tuesday, "
        "Al-Shabaab fighters attacked a base of the mission in Lower Shabelle, officials said.",
        # a sentence in a subordinate clause: the gathering is the news
        "On Tuesday, thousands gathered outside the court in Sibay as an activist was "
        "sentenced. Police used tear gas to disperse the crowd and detained dozens.",
        # the accusation's day comes after the act: the act is told
        "Residents accused soldiers of killing five herders near Djibo on Sunday.",
    ],
)
def test_an_act_with_its_own_day_or_the_main_news_stays(pipeline: Pipeline, text: str) -> None:
    assert len(pipeline(Article("probe", text, date(2025, 9, 17))).events) == 1


@pytest.mark.parametrize(
    ("second", "days"),
    [
        # the same act given its own day after a statement's day: one event on that day
        ("Its fighters had captured the camp on Saturday, the statement said.", ["2025-09-13"]),
        # an act told as more ('also') on another day stays another event
        ("Its fighters had also captured a camp on Saturday.", ["2025-09-13", "2025-09-15"]),
    ],
)
def test_a_statement_day_gives_way_to_the_day_of_the_act(
    pipeline: Pipeline, second: str, days: list[str]
) -> None:
    lead = "The Kachin Independence Army said on Monday it had seized an army camp near Bhamo."
    text = f"{lead} {second}"
    events = pipeline(Article("probe", text, date(2025, 9, 16))).events
    assert sorted(e.event_date.isoformat() for e in events) == days


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a total with the attacker, then a lower count of the victims: the total stands
        (
            "A suicide bomber struck a wedding in Maiduguri on Tuesday, killing nine people "
            "including the bomber. Police said eight guests had died.",
            9,
        ),
        # no attacker among the first figure: the lower official count stands (lowest credible)
        (
            "Gunmen struck a wedding in Maiduguri on Tuesday, killing nine guests. Police said "
            "eight guests had died.",
            8,
        ),
    ],
)
def test_a_total_with_the_attacker_is_not_replaced_by_the_victims_count(
    pipeline: Pipeline, text: str, dead: int
) -> None:
    events = pipeline(Article("probe", text, date(2025, 9, 17))).events
    assert [e.fatalities for e in events] == [dead]


@pytest.mark.parametrize(
    "second",
    [
        # the act named as a definite noun, in a clause with no day of its own
        "Officials did not say whether the raid was linked to the Goma attack.",
        # the act inside the other side's quoted account (held before this round: a guard)
        "The army said soldiers had been sent after reports of \"a violent confrontation between "
        "miners and Wazalendo fighters\".",
    ],
)
def test_a_clause_that_only_speaks_of_acts_told_opens_no_event(
    pipeline: Pipeline, second: str
) -> None:
    text = f"Gunmen killed three miners near Rubaya on Tuesday, residents said. {second}"
    assert len(pipeline(Article("probe", text, date(2025, 9, 17))).events) == 1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day of the relative clause's verb does not date the arrests
        (
            "On 15 September 2025, students gathered in Tunis to protest. Police dispersed the "
            "crowd and detained 12 students, who were freed the next day.",
            "2025-09-15",
        ),
        # a comma closes the relative clause: the day after it is the act's
        ("Rockets were fired at Ain al-Asad base, which hosts US troops, on Monday.", "2025-09-15"),
    ],
)
def test_a_day_inside_a_relative_clause_dates_its_own_verb(
    pipeline: Pipeline, text: str, day: str
) -> None:
    events = pipeline(Article("probe", text, date(2025, 9, 17))).events
    assert [e.event_date.isoformat() for e in events] == [day]


@pytest.mark.parametrize(
    ("second", "count"),
    [
        # taking position the day before, told in the past perfect: how the act was prepared
        ("The unit had set up camp near the village the previous night.", 1),
        # a camp set up after the act, on a day of its own: an event of its own
        ("On Monday, the unit set up a base in the village.", 2),
    ],
)
def test_a_position_taken_before_the_act_is_its_preparation(
    pipeline: Pipeline, second: str, count: int
) -> None:
    text = f"On 14 September 2025, soldiers raided Kyaukmyaung and burned 30 houses. {second}"
    assert len(pipeline(Article("probe", text, date(2025, 9, 17))).events) == count


# ``data/segment_round14_probes.tsv`` (issue #4, requests of other helpers): 44 whole short
# articles in our own wording, written at once before any round-14 rule ran on them (a next-day
# act after a night's act, a gang's attack then police fighting the gang, two kinds of act in
# two towns in one sentence, a new day telling only a withdrawal, "several" dead in a second
# sentence, both sides' dead with "several", a death restated by the victim's age, bombings with
# the next day's aftermath). Scored once before any fix: 27/44 exact, 32/44 with the right number
# of events (one label then corrected: a suicide bomber counts among the dead, DESIGN.md). After
# the round-14 rules (segment_turns: act_points, forces_take_on_attackers, leaves_the_scene;
# frame_joins: dead_told_after, restates_the_dead; past_acts: tells_a_habit) 39/44 and 40/44.
SEGMENT_ROUND14_FLOOR = 0.86
SEGMENT_ROUND14_COUNT_FLOOR = 0.88


@pytest.fixture(scope="module")
def round14_readings(pipeline: Pipeline) -> list[tuple[str, str, str, int]]:
    """(kind, expected, read, events read) per round-14 probe; readings 'type|fatalities'."""
    return _typed_dead_readings(pipeline, "segment_round14_probes.tsv")


def _typed_dead_readings(pipeline: Pipeline, name: str) -> list[tuple[str, str, str, int]]:
    """(kind, expected, read, events read) per probe of ``name``; readings 'type|fatalities'."""
    readings = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, expected, text = line.split("\t")
            article = Article("probe", text.replace("\\n", "\n"), date.fromisoformat(published))
            events = pipeline(article).events
            got = ";".join(sorted(f"{e.sub_event_type}|{e.fatalities}" for e in events))
            readings.append((kind, expected, got or "NONE", len(events)))
    return readings


def test_round14_articles_yield_their_events(
    round14_readings: list[tuple[str, str, str, int]],
) -> None:
    wrong = [r for r in round14_readings if r[1] != r[2]]
    assert 1 - len(wrong) / len(round14_readings) >= SEGMENT_ROUND14_FLOOR, wrong


def test_round14_articles_yield_the_right_number_of_events(
    round14_readings: list[tuple[str, str, str, int]],
) -> None:
    wrong = [r for r in round14_readings if len(r[1].split(";")) != r[3]]
    assert 1 - len(wrong) / len(round14_readings) >= SEGMENT_ROUND14_COUNT_FLOOR, wrong


@pytest.mark.parametrize(
    "kind", ["several_second", "both_sides", "restated_death", "withdrawal", "gang_then_police"]
)
def test_each_round14_request_is_met_on_most_of_its_probes(
    round14_readings: list[tuple[str, str, str, int]], kind: str
) -> None:
    mine = [r for r in round14_readings if r[0] == kind]
    assert sum(r[1] == r[2] for r in mine) >= len(mine) - 1, mine


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act told as a habit over time is background, not an event of its own
        (
            "Soldiers set fire to 40 houses in the village of Kani on Monday, residents said.\n\n"
            "Troops have repeatedly burned villages in the township.",
            ["Looting/property destruction"],
        ),
        # a death told in the perfect over a war is a tally, not the dead of the act told
        (
            "Rebels and soldiers fought near Rutshuru on Monday, residents said. More than "
            "7,000 people have been killed in the conflict since January.",
            ["Armed clash"],
        ),
    ],
)
def test_habits_and_tallies_add_no_event(
    pipeline: Pipeline, text: str, expected: list[str]
) -> None:
    events = pipeline(Article("probe", text, date(2025, 9, 17))).events
    assert [e.sub_event_type for e in events] == expected
    assert all(e.fatalities == 0 for e in events)


def test_a_tally_is_no_dead_of_the_act_but_a_second_death_is(pipeline: Pipeline) -> None:
    base = "A soldier was killed when gunmen attacked a checkpoint near Ngaoundere on Monday. "
    restated = pipeline(Article("p", base + "The victim, a 24-year-old corporal, died at the "
                                "scene.", date(2025, 9, 17))).events
    added = pipeline(Article("p", base + "Another soldier later died of his wounds.",
                             date(2025, 9, 17))).events
    assert [e.fatalities for e in restated] == [1]
    assert [e.fatalities for e in added] == [2]


# ``data/segment_round15_probes.tsv`` (issue #4, spurious/split clashes and missed protests): 30
# whole short articles in our own wording, written at once before any round-15 rule ran on them
# (15 one-clash stories with restatements, toll updates, the other side's claim, a route or
# origin town; 15 protests in unusual words). Scored once before any fix: 24/30 exact, 25/30
# with the right number of events. After the round-15 rules (triggers: a crowd's grievance
# after its demand is no non-event clause and its dead are no casualties; "thronged", "to voice
# opposition", a motorcade driven in protest; a crowd dispersing after officials accepted its
# petition is no intervention; frame_joins: a toll risen on a later day joins its event) 29/30
# and 30/30. Left: a side's claim to have overrun a position in a clash is read as a capture.
SEGMENT_ROUND15_FLOOR = 0.93
SEGMENT_ROUND15_COUNT_FLOOR = 0.96


@pytest.fixture(scope="module")
def round15_readings(pipeline: Pipeline) -> list[tuple[str, str, str, int]]:
    """(kind, expected, read, events read) per round-15 probe; readings 'type|fatalities'."""
    return _typed_dead_readings(pipeline, "segment_round15_probes.tsv")


def test_round15_articles_yield_their_events(
    round15_readings: list[tuple[str, str, str, int]],
) -> None:
    wrong = [r for r in round15_readings if r[1] != r[2]]
    assert 1 - len(wrong) / len(round15_readings) >= SEGMENT_ROUND15_FLOOR, wrong


def test_round15_articles_yield_the_right_number_of_events(
    round15_readings: list[tuple[str, str, str, int]],
) -> None:
    wrong = [r for r in round15_readings if len(r[1].split(";")) != r[3]]
    assert 1 - len(wrong) / len(round15_readings) >= SEGMENT_ROUND15_COUNT_FLOOR, wrong


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mourners held a vigil in Accra on Friday, demanding justice for a boy killed in a "
            "road accident involving a police car.",
            "Peaceful protest|0",
        ),
        (
            "Protesters marched in Lagos on Monday against military exercises near their homes.",
            "Peaceful protest|0",
        ),
        ("A bus crashed near Kisumu on Monday, killing four passengers.", "NONE"),
        (
            "Militants and soldiers fought near Gao on Monday. Four soldiers were killed. On "
            "Tuesday the death toll rose to six. The militants said they had killed many soldiers "
            "in the fighting.",
            "Armed clash|6",
        ),
        (
            "Gunmen killed two farmers near Jos on Sunday. Hours later, early on Monday, "
            "militants attacked a police post in Bokkos. Three policemen and two attackers were "
            "killed in a gunfight that lasted until dawn.",
            "Armed clash|5;Attack|2",
        ),
    ],
)
def test_a_grievance_or_a_later_toll_opens_no_event_of_its_own(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    events = pipeline(Article("probe", text, date(2025, 9, 17))).events
    got = ";".join(sorted(f"{e.sub_event_type}|{e.fatalities}" for e in events)) or "NONE"
    assert got == expected
