"""Segmentation probe tables of rounds 16, 17 and 18 (issue #4), each held to its own floors.

Spurious and missed events on fresh text, segmentation round 16 (issue #4).

``data/segment_round16.tsv``: 40 whole short articles in our own wording (28 countries; wire,
local and analyst-note registers), written at once before any round-16 rule ran on them: one
fight told in parts, an act restated, the other side's account, a follow-up (a search, a
patrol, a sweep), arrests after an act, plans and threats, background history, no-event
stories, two acts, a dissolution and a forced disappearance. Scored ONCE before any fix:
31/40 exact ("sub_event_type|fatalities" of every event), 34/40 with the right number of
events. After the round-16 rules (segment_retold: the dead told in the passive join the act
told whichever side they were on; a definite noun of the told act, or a relative clause naming
its victim, on a later day opens no event; the named doer's own account of its act opens no
event; a day a state still held ("still unknown as of Monday night") moves no story there;
segment_clauses: a ";" piece borrows no act; past_acts: a perfect-tense count of
attacks is a habit) 34/40 and 37/40. Left: arrests of suspects on a later day (the corpus
gold codes such arrests as events of their own: the probe labels say otherwise, kept as
written), a dissolution and a detention to an unknown place (trigger words, not segmentation),
two typing errors.

Split and merged events and event days on fresh text, segmentation round 17 (issue #4).

``data/segment_round17.tsv``: 40 whole short articles in our own wording (27 countries; wire,
headline and analyst-note registers), written at once before any round-17 rule ran on them: a
note's day against an earlier death told in a relative clause, a counter-attack told after the
attack, a capture that also kills, one operation told over several sentences, the dead told in
the next sentence, a headline's dead restated in the body, an act claimed by a doer named only
after it, a march of a jailed leader's supporters, a fighter's past inside a strike story, two
acts in two places the same day, and arrests after an act. Each row is scored on the
sub-type, the fatalities and the day of every event.

Scored ONCE before any fix: 27/40 exact, 34/40 with the right number of events; three labels
were then corrected to the corpus conventions (an interception is Disrupted weapons use,
"overnight into Tuesday" is the Monday, a lynching is Mob violence): 30/40 and 34/40. After the
round-17 rules (past_acts: a day told in a relative clause, earlier than a day the clause named
before it, dates that clause's verb and its acts are not the clause's news; a court's word used
as an adjective, "the jailed opposition leader", is no case the clause is about;
segment_turns: a side answering the act just told, "counter-attacked", "hit back", with no town
of its own but where it drove the other side, fights the same fight; a clause placing its acts
"in the operation" told is part of it; "..., and in a separate incident" splits a sentence;
shells, rockets or drones hitting civilians after a ground fight that had none are an event of
their own;
frame_joins: the dead told right after an ambush or a raid are its dead) 37/40 and 39/40.
Left (not segmentation): "captured two of them" read as a place taken (Government regains
territory), "supporters of former prime minister X marched" read as hypothetical.

Split and merged events on fresh text, segmentation round 18 (issue #4).

``data/segment_round18.tsv``: 30 whole short articles in our own wording (28 countries; wire,
headline and analyst-note registers), written at once before any round-18 rule ran on them: an
earlier operation told in a relative clause or as what the act followed, a capture followed by
killings of civilians, an act claimed by a doer named only in the claim, a retaliation on a
later day, a death in custody as a riot's grievance, and plain one-act stories. Each row is
scored on the sub-type, the fatalities and the day of every event.

Scored ONCE before any fix: 18/30 exact, 21/30 with the right number of events; two labels were
then corrected to the codebook and corpus conventions (a town taken after the forces withdrew
is a Non-violent transfer; a main clause in the past perfect with its own day, place and dead is
an event): 19/30 and 22/30. After the round-18 rules (past_acts.told_as_earlier: a relative
clause in the past perfect or "The clash followed an encounter on 28 October", dated before the
event told, is background; segment_turns.harms_after_capture: doers killing civilians in the
active voice after a place taken is an attack of its own; segment_retold: a group's account
"its fighters had detonated the vehicle" claims an act whose doer the frame never named, and a
leader's account said on a later day ("in a video released on Monday ... his men had seized the
travellers") retells the act; past_acts custody grievance: a death in custody told as what set
a crowd off is neither its act nor its dead) 29/30 and 30/30. Left: "the air force retaliated
with strikes on the insurgents' camps" is typed Armed clash, since "strikes" alone is no air
trigger (the typing files are not segmentation's).

``data/segment_round18_guards.tsv``: 8 contrasts written after the rules, which they must leave
alone (a statement of the day before, a main clause in the past perfect, the passive dead of a
capture, a rioter shot after a death in custody, another side's account): 8/8.

Spurious and missed events on fresh text, segmentation round 19 (issue #4).

``data/segment_round19.tsv``: 30 whole short articles in our own wording (25 countries; wire,
translated local, feature and analyst-note registers), written at once before any round-19 rule
ran on them, on the kinds of error the seventh edition's dev part showed: the other side's
account of the same fight, a lead in the perfect dated by its statement with the act's day in
the body, the intervention on a crowd told in a sentence of its own, a local dateline
("Guwahati, Nov 11:"), the hurt of a disaster named again ("the injured were taken ..."), acts
named as what the news followed days before, an act of others in another town tied on by
"hours after", a feature whose day is set by a sentence with no act, families or tribes
fighting, and plain stories. Scored ONCE before any fix: 15/30 exact, 18/30 with the right
number of events. After the round-19 rules (segment: a clause with no act on a recent day
after background brings the story to that day; a definite noun for the hurt with nothing told
is no event; an act tied on by "hours after" is told in full by a later clause naming its town;
event_days: a local dateline's day is the dispatch's; segment_clauses: "hours after" splits an
act in another town; past_acts: acts a sentence follows, dated only vaguely before its news day,
are background; segment_retold: the other side's account of a fight is that fight, a town in
the closing attribution is the sources'; segment_turns: the intervention on a crowd told after
it is the crowd's event) 27/30 and 29/30; assemble (the dead told after "days after" are that
earlier act's) 28/30. Left:
"shortly after ... raided the village and detained three residents" after a strike on a road
(no town of the strike to tell the two apart) and "fired on a councillor ..., killing him" (no
figure read: numbers). segment_clauses also splits a note's two days at a full stop the
sentence splitter missed ("... a canister. [size=dozens] On 4 March ..."), and past_acts makes
a clause counting acts as a series over a span ("a wave of bombings in the province in recent
weeks, killing dozens") background: an official's summary of several events (no dev article
has one; the targeted cases below hold it and its contrast).

``data/segment_round19_heldout.tsv``: 12 articles in new wording (12 countries) on the same
kinds, written after the rules and scored once: 11/12 exact and count (8/12 with the code
before round 19); the miss ("The violence came back to Ayorou on Friday": a mere reference is
no act, so the day still brings the story to it) was then fixed: 12/12.

``data/segment_round19_guards.tsv``: 10 contrasts written after the rules: 7/10 (6/10 before
them; "hours after" no longer splits a crowd's own earlier act off its dispersal). Left, not
these rules': the other side's drone strike on a town the geoparser does not know, a policeman
shot typed Armed clash, and a present-tense habit after "Today".

Spurious and missed events on fresh text, segmentation round 20 (issue #4).

``data/segment_round20.tsv``: 30 whole short articles in our own wording (24 countries; wire,
translated local, feature and analyst-note registers), written at once before any round-20 rule
ran on them, on the kinds of error the eighth edition's dev part showed: a day in a "since ..."
aside splitting the act's sentence, a note's second day, "similar protests have been held ...",
the crowd that "then marched" on, a lead's acts restated town by town, an official's count over
the whole country, the launcher's claim of an intercepted or defused weapon, an anniversary
feature, plans and threats, the attackers' moves told after the act, one crowd act in a list of
towns. Scored ONCE before any fix: 18/30 exact, 23/30 with the right number of events. After the
round-20 rules (event_days: a "since ..." phrase of any length ends on a reference day, no event
day, and its acts are history; past_acts: acts in the perfect over a span reaching back weeks or
more, and strikes counted over a whole country, are background; place_pieces: a crowd's act in a
list of towns is an event per town; segment_turns: the crowd going on ("then marched") is the
same protest, and two strikes from afar in two towns are two events; segment_retold: the
launcher's account of an intercepted weapon claims it; segment: an act named again in its town
by a definite noun, or in a clause opening on that town with acts of the frame's family, tells
the frame's act) 30/30 and 30/30. The targeted cases in ``test_segment_round20.py`` hold the
contrasts (a span of the news week, the towns of a demand, a march's route, another town).
Two more rules came after the table: a frame opened with no day of its own takes the day the
paragraph last told, with the clause that told it if it had no act word ("On 14 June 2025,
Russian troops tried to land ... The command reported 6 Russian servicemen killed"), and a
clause opening on the doers named again ("The attackers arrived ... on Saturday") gives a frame
dated by its statement the act's day.

``data/segment_round20_heldout.tsv``: 14 articles in new wording (14 countries) on the same
kinds, written after all the round-20 rules and scored once: 13/14 exact, 14/14 count (8/14 and
10/14 with the code before round 20). The miss is a day word ("this morning") under a local
dateline of the day before, which the dates stage reads against the publication day.

Missed and spurious events on fresh text, segmentation round 21 (issue #4).

``data/segment_round21.tsv``: 30 whole short articles in our own wording (27 countries; wire,
translated local, feature and analyst-note registers), written at once before any round-21 rule
ran on them, on the kinds of error the ninth edition's dev part showed: a second crowd "on the
same day" or "the following evening" in another town, the destruction and the arrests of one
raid, a span "between 5 and 6 December", a night "of 6 to 7 December" with a fire the strike
started, one fight whose consequence is dated "by yesterday", protest acts with no protest verb,
a crowd stoning a patrol, a device or arson told in the passive, accidents with an arrest, a
bomb defused, a feature's routine in the present, idioms ("taken over the investigation"), and
"killed when warplanes bombed". Scored ONCE before any fix: 15/30 exact, 18/30 with the right
number of events. After the round-21 rules (segment_clauses: a note's tag cut off by the
sentence splitter ends the sentence, a day a state was reached "by" splits no clause;
segment_retold: the crowd named by its act on a later day is the protest told; past_acts: an act
in the present passive in a body sentence with no day, or with "daily" after it, is a routine,
acts "vowed" with no "to" are plans; segment: arrests after dead told with no act of ours, and a
headline over such a body, are no event; segment_apart: the destruction and the arrests of one
raid are two events; triggers: a negated relative clause negates no act after it, a short
quotation after a determiner is a label, and words for passive arson, explosive charges, aircraft
by model, pots banged, flares fired; crowds: police named only after a crowd's harm, doing none
in their own clause, came afterwards, so the crowd is the doer) 28/30 and 30/30. Left: "the
following evening" (no day read by the dates stage) and residents stoning a MONUSCO convoy typed
Attack because the actors stage names the convoy actor1.

``data/segment_round21_heldout.tsv``: 15 articles in new wording (15 countries) on the same
kinds, written after all the round-21 rules and scored once: 15/15 exact and count (6/15 and
7/15 with the code before round 21).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
ROUND16_PUBLISHED = date(2025, 9, 17)
ROUND17_PUBLISHED = date(2025, 10, 22)  # a Wednesday
# table -> (scored on the day of every event too, exact floor, right-number-of-events floor)
ROUND_TABLES = {
    "segment_round16.tsv": (False, 0.82, 0.9),
    "segment_round17.tsv": (True, 0.9, 0.95),
    "segment_round18.tsv": (True, 0.93, 0.96),
    "segment_round19.tsv": (True, 0.9, 0.95),
    "segment_round19_heldout.tsv": (True, 0.9, 0.9),
    "segment_round20.tsv": (True, 0.93, 0.96),
    "segment_round20_heldout.tsv": (True, 0.9, 0.95),
    "segment_round21.tsv": (True, 0.9, 0.96),
    "segment_round21_heldout.tsv": (True, 0.93, 0.93),
}
GUARDS_FLOOR = 0.87
GUARDS19_FLOOR = 0.65
# the kinds of each table that must each be met on all but one of their probes
KINDS_MET = [
    *(
        ("segment_round16.tsv", kind)
        for kind in ["split", "restated", "other_side", "follow_up", "background"]
    ),
    *(
        ("segment_round17.tsv", kind)
        for kind in ["note_day", "counter", "retake_kill", "operation", "perished", "headline"]
        + ["two_acts"]
    ),
    *(
        ("segment_round19.tsv", kind)
        for kind in ["other_side", "lead_day", "intervention", "dateline", "disaster"]
        + ["following", "hours_after", "feature_day", "clan", "control"]
    ),
    *(
        ("segment_round20.tsv", kind)
        for kind in ["since_day", "note_day", "similar", "then", "restated", "summary"]
        + ["doer_claim", "anniversary", "plan", "attackers", "towns"]
    ),
    *(
        ("segment_round21.tsv", kind)
        for kind in ["same_day", "next_day", "two_acts", "day_span", "one_fight", "protest_verb"]
        + ["crowd_harm", "passive_device", "accident", "habit", "idiom"]
    ),
]

Reading = tuple[str, str, str, int]  # kind, expected, read, events read
TableReader = Callable[[str], list[Reading]]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _read(pipeline: Pipeline, text: str, published: date, with_day: bool = True) -> str:
    events = pipeline(Article("probe", text, published)).events
    found = sorted(
        f"{e.sub_event_type}|{e.fatalities}" + (f"|{e.event_date}" if with_day else "")
        for e in events
    )
    return ";".join(found) or "NONE"


def _readings(pipeline: Pipeline, name: str, with_day: bool) -> list[Reading]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, published, expected, text = line.split("\t")
            text = text.replace("\\n", "\n")  # a headline stands on a line of its own
            got = _read(pipeline, text, date.fromisoformat(published), with_day)
            rows.append((kind, expected, got, 0 if got == "NONE" else len(got.split(";"))))
    return rows


@pytest.fixture(scope="module")
def table(pipeline: Pipeline) -> TableReader:
    """Reads each round's table once for the whole module (the pipeline run is the cost)."""
    read: dict[str, list[Reading]] = {}

    def readings(name: str) -> list[Reading]:
        if name not in read:
            read[name] = _readings(pipeline, name, ROUND_TABLES[name][0])
        return read[name]

    return readings


def _expected_count(expected: str) -> int:
    return 0 if expected == "NONE" else len(expected.split(";"))


@pytest.mark.parametrize("name", list(ROUND_TABLES))
def test_round_articles_yield_their_events(table: TableReader, name: str) -> None:
    readings = table(name)
    wrong = [r for r in readings if r[1] != r[2]]
    assert 1 - len(wrong) / len(readings) >= ROUND_TABLES[name][1], wrong


@pytest.mark.parametrize("name", list(ROUND_TABLES))
def test_round_articles_yield_the_right_number_of_events(table: TableReader, name: str) -> None:
    readings = table(name)
    wrong = [r for r in readings if _expected_count(r[1]) != r[3]]
    assert 1 - len(wrong) / len(readings) >= ROUND_TABLES[name][2], wrong


@pytest.mark.parametrize(("name", "kind"), KINDS_MET)
def test_each_kind_is_met_on_most_of_its_probes(table: TableReader, name: str, kind: str) -> None:
    mine = [r for r in table(name) if r[0] == kind]
    assert sum(_expected_count(r[1]) == r[3] for r in mine) >= len(mine) - 1, mine


@pytest.mark.parametrize(
    ("name", "floor"),
    [("segment_round18_guards.tsv", GUARDS_FLOOR), ("segment_round19_guards.tsv", GUARDS19_FLOOR)],
)
def test_round_rules_leave_their_contrasts_alone(
    pipeline: Pipeline, name: str, floor: float
) -> None:
    guards = _readings(pipeline, name, with_day=True)
    wrong = [r for r in guards if r[1] != r[2]]
    assert 1 - len(wrong) / len(guards) >= floor, wrong


# Round 16: targeted cases (scored without the day of the event)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side's dead, told in the passive: the dead of the fight told
        (
            "Soldiers raided a rebel camp in the hills above Kalehe on Monday, the army said. "
            "Nine rebels, among them a commander, were killed.",
            "Armed clash|9",
        ),
        # a dead figure with a doer of its own is another act
        (
            "Troops fought ADF rebels near Beni on Monday. Nine civilians were killed by Mai-Mai "
            "militiamen.",
            "Armed clash|0;Attack|9",
        ),
        # the act named again, by a definite noun, on the day it was reported
        (
            "Masked men seized a lawyer outside a court in Harare on Friday, witnesses said. "
            "His colleagues reported the abduction to the police on Sunday.",
            "Abduction/forced disappearance|0",
        ),
        # the act named again, with its dead, on the day it was condemned
        (
            "Gunmen attacked a church in Owo on Sunday, killing 20 people. The attack was "
            "condemned by the pope on Monday.",
            "Attack|20",
        ),
        # a new act on a later day is still an event
        (
            "Masked men seized a lawyer outside a court in Harare on Friday, witnesses said. "
            "On Sunday, masked men abducted a journalist in Bulawayo.",
            "Abduction/forced disappearance|0;Abduction/forced disappearance|0",
        ),
        # the doer's own account of its act; another side's strike stays an event
        (
            "Russian missiles hit an energy plant in Kremenchuk on Tuesday, killing one worker, "
            "officials said. Russia's defence ministry said its forces had struck "
            "'military-industrial targets'.",
            "Shelling/artillery/missile attack|1",
        ),
        (
            "Houthi missiles struck the port of Eilat on Monday, damaging a warehouse, Israeli "
            "officials said. The Israeli army said its jets had struck Houthi positions in "
            "Hodeidah in response.",
            "Air/drone strike|0;Shelling/artillery/missile attack|0",
        ),
        # a day a state still held ("as of Monday") moves no story there: a witness's words
        # after it tell the act told
        (
            "Police detained an opposition activist in Harare on Friday, his lawyer said. He was "
            "still being held without charge as of Monday. \"They took him from his office in "
            "handcuffs,\" a colleague said.",
            "Arrests|0",
        ),
        # a perfect-tense count of attacks is a habit, not an act
        (
            "The Taliban warned on Monday that it would target any foreign contractor in "
            "Kunar. The group has carried out dozens of attacks on road crews since 2023.",
            "NONE",
        ),
    ],
)
def test_retold_acts_open_no_event_and_new_acts_do(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert _read(pipeline, text, ROUND16_PUBLISHED, with_day=False) == expected



# Round 17: targeted cases (scored with the day of every event)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side answering: the same fight
        (
            "Houthi fighters attacked government positions in Hays on Saturday. Government "
            "forces hit back, pushing the rebels back into the mountains. Eleven fighters were "
            "killed on both sides.",
            "Armed clash|11|2025-10-18",
        ),
        # ... but not on another day in another town
        (
            "Gunmen attacked a village in Plateau on Sunday, killing 12 people. Soldiers "
            "launched a counter-offensive in Mangu on Monday.",
            "Armed clash|0|2025-10-20;Attack|12|2025-10-19",
        ),
        # a death the crowd grieves, told in a relative clause with its own earlier day
        (
            "On 14 October 2025, the families of two miners who were shot dead by soldiers on "
            "3 August held a sit-in in front of the provincial assembly in Bukavu (South Kivu).",
            "Peaceful protest|0|2025-10-14",
        ),
        (
            "On 13 October 2025, traders whose shops were burned by a mob on 20 September "
            "marched to the town hall in Kumasi (Ashanti).",
            "Peaceful protest|0|2025-10-13",
        ),
        (
            "On 15 October 2025, about 200 residents of Soacha (Cundinamarca) protested the "
            "murder of a community leader, who was shot dead on 11 October.",
            "Peaceful protest|0|2025-10-15",
        ),
        # a court's word as an adjective names a person, no case
        (
            "Thousands of supporters of the jailed rapper marched in Tunis on Sunday.",
            "Peaceful protest|0|2025-10-19",
        ),
        # the dead in the next sentence, in words that are no act
        (
            "Militants attacked a checkpoint near Mosul on Monday. Three soldiers perished.",
            "Armed clash|3|2025-10-20",
        ),
        # acts placed inside the operation told
        (
            "Russian troops seized the village of Kurakhivka on Sunday, the Russian defence "
            "ministry said. Ten Ukrainian soldiers were killed and three were taken prisoner "
            "during the assault.",
            "Government regains territory|10|2025-10-19",
        ),
        # a sentence going on to a separate act
        (
            "Police raided a gang hideout in Port-au-Prince on Monday. Two officers were "
            "wounded in the raid, and in a separate incident gunmen killed a bus driver in "
            "Carrefour.",
            "Armed clash|0|2025-10-20;Attack|1|2025-10-20",
        ),
        # a strike on civilians told after a ground fight: another event; strikes on the
        # other side's positions back the fight
        (
            "Troops fought ADF rebels near Beni on Monday. Rebel mortars also hit a market in "
            "the town, killing three traders.",
            "Armed clash|0|2025-10-20;Shelling/artillery/missile attack|3|2025-10-20",
        ),
        (
            "Sudanese army forces clashed with RSF fighters near El Fasher on Monday. Army jets "
            "also bombed RSF positions east of the city.",
            "Armed clash|0|2025-10-20",
        ),
    ],
)
def test_round17_rules_on_other_wording(pipeline: Pipeline, text: str, expected: str) -> None:
    assert _read(pipeline, text, ROUND17_PUBLISHED) == expected


# Round 19: targeted cases (scored with the day of every event)
ROUND19_PUBLISHED = date(2025, 11, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a full stop the sentence splitter missed before a note's second day: the death told
        # before it is the first day's
        (
            "On 3 March 2025, traders protesting against new taxes blocked the main road in "
            "Bukavu (South Kivu) and threw stones at police, who fired tear gas; a trader died "
            "after being hit by a canister. [size=dozens] On 4 March 2025, traders marched "
            "again to the governor's office in Bukavu (South Kivu). [size=hundreds]",
            date(2025, 3, 6),
            "Peaceful protest|0|2025-03-04;Violent demonstration|1|2025-03-03",
        ),
        # the dead of an act the news came days after are that act's
        (
            "Police detained an opposition mayor in Bamenda on Monday, days after a clash "
            "between separatists and soldiers near the town left four people dead.",
            ROUND19_PUBLISHED,
            "Arrests|0|2025-11-10",
        ),
        # a local dateline, then the act's own day
        (
            "Lahore, Nov 12: Hundreds of farmers blocked the Ferozepur Road on Tuesday to "
            "protest against low wheat prices.",
            ROUND19_PUBLISHED,
            "Peaceful protest|0|2025-11-11",
        ),
        # an official's summary of several events over a span: no act, no dead of the act told
        (
            "Security forces arrested 30 suspects in Kirkuk on Tuesday. Iraqi officials said "
            "insurgents had carried out a wave of bombings in the province in recent weeks, "
            "killing dozens.",
            ROUND19_PUBLISHED,
            "Arrests|0|2025-11-11",
        ),
        # ... but a series told on one day is that day's event
        (
            "Militants carried out a series of attacks on police posts in Kandahar on Monday, "
            "killing six officers.",
            ROUND19_PUBLISHED,
            "Armed clash|6|2025-11-10",
        ),
        # the hurt of a crash named again opens no event
        (
            "A minibus collided with a lorry near Mbeya on Monday, killing nine passengers. "
            "The wounded were taken to the regional hospital by soldiers.",
            ROUND19_PUBLISHED,
            "NONE",
        ),
    ],
)
def test_round19_rules_on_other_wording(
    pipeline: Pipeline, text: str, published: date, expected: str
) -> None:
    assert _read(pipeline, text, published) == expected


# Round 21: contrasts the round's rules must leave alone (scored with the day of every event)
ROUND21_PUBLISHED = date(2025, 12, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crowd named by its act on a later day, going on: the act again
        (
            "Thousands of people marched in Quito on Monday against fuel prices. On Tuesday, "
            "the marchers returned to the square in front of the palace.",
            "Peaceful protest|0|2025-12-08;Peaceful protest|0|2025-12-09",
        ),
        # the negation of the main verb still negates, a relative clause before it or not
        ("Students who had been expelled did not march in Dhaka on Monday, police said.", "NONE"),
        # arrests told first, or a crowd's riot: one event
        (
            "Soldiers detained five men in Kyauk Sin village (Myinmu, Sagaing) on Saturday and "
            "burned their houses.",
            "Arrests|0|2025-12-06",
        ),
        (
            "On 6 December 2025, rioters set fire to shops in Kisumu (Kisumu Central, Kisumu) and "
            "police arrested 20 of them.",
            "Violent demonstration|0|2025-12-06",
        ),
        # a doer's claim in quotation marks with no determiner before it is its act
        (
            "Russia's defence ministry said on Tuesday that its forces had \"completely "
            'liberated" the town of Siversk.',
            "Government regains territory|0|2025-12-09",
        ),
    ],
)
def test_round21_rules_leave_their_contrasts_alone(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    assert _read(pipeline, text, ROUND21_PUBLISHED) == expected
