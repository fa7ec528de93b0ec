"""Actors and dates follow-ups of session 8 (issue #4), scored on ``data/actdates8.tsv``.

``data/actdates8.tsv``: 24 short reports of my own wording (19 countries; analyst notes, wire
copy, translated local news, headlines) written before any fix of this round, on the kinds the
detection helper found on the ninth edition's dev part, both sides of each: a crowd stoning
peacekeepers or police vs forces firing on a crowd; young people of two communities fighting
with machetes vs unnamed gunmen; aid seekers fired on vs protesters demanding aid; a party
suspended by a minister vs an armed group announcing its own change; "the next evening", "that
afternoon", "the following morning" counted from a day told earlier, and "early/late/mid-<month>".

Scored once before the fixes (frame vote off): actor1 0.542 (13/24), actor2 0.667 (16/24), date
and precision 0.917 (22/24).

The fixes: a crowd that is the subject of a riot act ("residents threw stones at a UNIFIL
patrol") does it (``roles.json`` crowd_acts takes "riot"), so a UN mission it stones is the side
hit, as the police are; MINUSCA and UNMISS by their short names; "paramilitary fighters" is one
mention (Sudan's RSF by context); a minister or ministry of the interior, justice, security or
territorial administration acts for the government (``groups.csv``: a party to the government's
own acts, such as suspending a party); every part of a day told relative to a day named before
("the next evening", "early the following morning", "late the previous night", "that
afternoon") counts from that day (``lexicon.json`` anchored_leads x anchored_parts); "early in
March" and "early-March" are early March (the 1st, precision 3, as CONVENTIONS.md codes "early
May"). Then, from the ninth edition's dev part (civ-1601, coded there as rioters on both
sides), a pair worded as a crowd ("young people of two communities", or "the two groups" shortly
after such crowds) told with machetes, clubs or stones and no firearm is rioters on both sides
(``orient._unarmed_crowd_pair``, ``_crowds_pointed_at``); two rows of mine that expected
communal militias there were corrected to rioters, as the corpus codes it (with that gold the
first score would have been actor1 0.458, actor2 0.583); crowds waiting for food, flour or
aid trucks, and "aid seekers", are civilians, not protesters (``groups.csv``; pse-1702's
shooting is still typed a protest with intervention by the rules, which then makes them
protesters: a typing matter); a party or group a government bans or suspends is the
government's actor2 in a Change to group/activity (``orient._changed_by_government``; a group
announcing its own change stays alone), "the federal cabinet" is the government, and the
PPRD by name. One expected name of mine was
corrected to the lexicon's ACLED name ("Ansar Allah" for "Houthi Movement").
Scored after: actor1 0.792 (19/24), actor2 0.792 (0.833 with the frame vote on), date 0.958
(23/24). Left: triggers not read ("stoned a MONUSCO convoy", "suspended the UFDG
party", "dissolved the regional office of a party": triggers.csv), an arrest and a later
shooting joined in one frame (segment), an armed group's "suspending its offensive operations"
read as a clash.

``data/actdates8_after.tsv``: 12 more reports of the same kinds in new wording, written after
the fixes and scored once, untuned: actor1 0.917, actor2 0.917 (0.833 with the frame vote on),
date 0.917 (misses: a rally typed instead of a party's suspension, which no trigger reads; my
own "Police Forces of Democratic Republic of Congo" for the lexicon's "... of the Democratic
Republic ..."; an ADF raid told a day before the one the row dates, which the scorer picked by
its actor).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dateline.evaluation.compare import actors_match
from dateline.model import Article, Event
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
Row = tuple[str, str, str, str, str, str, int]


def _rows(name: str) -> list[Row]:
    """(kind, published, text, actor1, actor2, event_date, precision); "-" is no actor."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _register, published, text, actor1, actor2, day, precision = line.split("\t")
            rows.append(
                (kind, published, text, actor1.strip("-"), actor2.strip("-"), day, int(precision))
            )
    return rows


def _pick(events: list[Event], actor1: str) -> Event:
    """The event whose doer is the expected one (a report may tell an earlier act first)."""
    return next((e for e in events if actors_match(actor1, e.actor1)), events[0])


def _hits(pipeline: Pipeline, row: Row) -> tuple[int, int, int]:
    """actor1, actor2 and (day, precision) agreement of one report's event."""
    _kind, published, text, actor1, actor2, day, precision = row
    doc = pipeline(Article("probe", text, date.fromisoformat(published)))
    if not doc.events:
        return 0, 0, 0
    event = _pick(doc.events, actor1)
    when = str(event.event_date) == day and event.time_precision == precision
    return (
        int(actors_match(actor1, event.actor1)),
        int(actors_match(actor2, event.actor2)),
        int(when),
    )


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


TABLES = [  # name, rows, floors of (actor1, actor2, date)
    # measured actor1 0.792 (19/24), frame vote off and on; actor2 0.792 off, 0.833 on; date
    # 0.958 (23/24)
    ("actdates8.tsv", 24, (0.75, 0.75, 0.91)),
    # first and only score, untuned: actor1 0.917 (11/12); actor2 0.917 (0.833 with the frame
    # vote on); date 0.917
    ("actdates8_after.tsv", 12, (0.85, 0.80, 0.85)),
]


@pytest.mark.parametrize(("name", "size", "floors"), TABLES)
def test_actdates8_tables_score_above_their_floors(
    pipeline: Pipeline, name: str, size: int, floors: tuple[float, float, float]
) -> None:
    rows = _rows(name)
    assert len(rows) == size
    hits = [_hits(pipeline, row) for row in rows]
    scores = [sum(h[i] for h in hits) / len(rows) for i in range(3)]
    for column, (score, floor) in enumerate(zip(scores, floors, strict=True)):
        assert score >= floor, (name, column, score)


def _pair(pipeline: Pipeline, text: str, published: str = "2025-04-12") -> tuple[str, str]:
    doc = pipeline(Article("probe", text, date.fromisoformat(published)))
    assert doc.events, text
    return doc.events[0].actor1, doc.events[0].actor2


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # a crowd that stones peacekeepers does it: the mission is the side hit ...
        ("Residents of a village near Tibnin threw stones at a UNIFIL patrol on Friday, "
         "damaging a vehicle.", "Rioters (Lebanon)", "UNIFIL"),
        ("On 10 April 2025, youths hurled rocks at a MINUSCA convoy in Bria (Haute-Kotto).",
         "Rioters (Central African Republic)", "MINUSCA"),
        # ... as a crowd that stones police does ...
        ("Villagers threw stones at a police patrol in Kasese on Friday, injuring two "
         "officers.", "Rioters (Uganda)", "Police Forces of Uganda"),
        # ... while forces firing on a crowd lead
        ("Police opened fire on protesters in Kasese on Friday, killing one, witnesses said.",
         "Police Forces of Uganda", "Protesters (Uganda)"),
    ],
)
def test_a_crowd_stoning_forces_leads(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    found = _pair(pipeline, text)
    assert actors_match(actor1, found[0]), found
    assert actors_match(actor2, found[1]), found


@pytest.mark.parametrize(
    "text",
    [
        "Niger's interior minister suspended the activities of an opposition party on Tuesday.",
        "Niger's ministry of territorial administration dissolved two opposition parties on "
        "Tuesday.",
    ],
)
def test_a_minister_suspending_a_party_is_the_government(
    pipeline: Pipeline, text: str
) -> None:
    doc = pipeline(Article("probe", text, date(2025, 4, 10)))
    assert doc.events
    assert doc.events[0].actor1.startswith("Government of Niger"), doc.events[0].actor1


def test_an_armed_group_announcing_its_own_change_is_no_government(pipeline: Pipeline) -> None:
    text = "The TTP announced on Tuesday that it was ending its ceasefire with the government."
    doc = pipeline(Article("probe", text, date(2025, 4, 10)))
    assert all(not e.actor1.startswith("Government") for e in doc.events)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("The next evening", "2025-03-04"),
        ("The following afternoon", "2025-03-04"),
        ("Early the next morning", "2025-03-04"),
        ("That afternoon", "2025-03-03"),
        ("Later that evening", "2025-03-03"),
        ("Late the previous night", "2025-03-02"),
    ],
)
def test_a_part_of_a_day_counts_from_the_day_told_before(phrase: str, expected: str) -> None:
    text = f"Elders met in Gao on Monday 3 March. {phrase}, gunmen attacked a village nearby."
    doc = Pipeline(stages=("dates",))(Article("t", text, date(2025, 3, 6)))
    found = {m.span.text: (str(m.value), m.precision) for m in doc.dates}
    assert found.get(phrase) == (expected, 1), found


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in early March", ("2025-03-01", 3)),
        ("early in March", ("2025-03-01", 3)),
        ("in early-March", ("2025-03-01", 3)),
        ("late in February", ("2025-02-28", 3)),
        ("earlier in March", ("2025-03-15", 3)),  # only "early", not "earlier", is the start
    ],
)
def test_early_or_late_in_a_month_is_its_first_or_last_day(
    phrase: str, expected: tuple[str, int]
) -> None:
    text = f"Gunmen killed three farmers in Bama {phrase}, residents said."
    doc = Pipeline(stages=("dates",))(Article("t", text, date(2025, 3, 28)))
    assert [(str(m.value), m.precision) for m in doc.dates] == [expected]


@pytest.mark.parametrize(
    ("text", "rioters"),
    [
        # young people of two communities with machetes: rioters on both sides ...
        ("Young people of two communities armed with machetes clashed on Sunday in Bouafle; "
         "three people were killed.", True),
        ("Clashes erupted on Sunday in Kananga between residents of two neighbouring villages. "
         "The two groups fought with machetes and clubs; four people were killed.", True),
        # ... with firearms they are armed sides, not a mob
        ("Young men of two families exchanged fire with rifles in Bouafle on Sunday; three "
         "people were killed.", False),
        ("Clashes erupted on Sunday in Kananga between residents of two neighbouring villages. "
         "The two groups fought with rifles; four people were killed.", False),
    ],
)
def test_two_communities_youths_with_machetes_are_rioters(
    pipeline: Pipeline, text: str, rioters: bool
) -> None:
    actor1, actor2 = _pair(pipeline, text, "2025-05-06")
    assert actor1.startswith("Rioters") is rioters, (actor1, actor2)
    assert actor2.startswith("Rioters") is rioters, (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # people waiting for food or aid trucks who are fired on are civilians ...
        ("Gunmen opened fire on crowds waiting for food rations at a camp in Dikwa on "
         "Sunday, killing three.", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
        ("Israeli soldiers shot dead four aid seekers near a distribution point in Rafah on "
         "Sunday, medics said.", "Military Forces of Israel", "Civilians (Palestine)"),
        # ... people protesting over aid are protesters
        ("Police fired tear gas at a crowd protesting in Les Cayes against the slow delivery "
         "of food aid on Sunday.", "Protesters (Haiti)", "Police Forces of Haiti"),
    ],
)
def test_aid_seekers_are_civilians_protesters_stay_protesters(
    pipeline: Pipeline, text: str, actor1: str, actor2: str
) -> None:
    found = _pair(pipeline, text, "2025-06-03")
    assert actors_match(actor1, found[0]), found
    assert actors_match(actor2, found[1]), found


def test_a_party_the_government_suspends_is_actor2(pipeline: Pipeline) -> None:
    text = (
        "On 22 April 2025, the interior minister in Kinshasa (Kinshasa) suspended all activities "
        "of the PPRD party across the country, accusing its leaders of backing the rebellion."
    )
    actor1, actor2 = _pair(pipeline, text, "2025-04-23")
    assert actor1.startswith("Government of the Democratic Republic of Congo"), actor1
    assert actor2.startswith("PPRD"), actor2
