"""Fatalities and event dates on probe reports written to test generalisation, not dev wording.

``data/fatality_date_probes.tsv``: 155 short reports (analyst notes, wire, local, headlines)
from many countries, 9-12 per kind of trouble: ACLED-note summaries ("Fatalities unknown.",
"2 fatalities.", "(coded as 3)", "[size=...]"), approximate days ("Around 3 May (between 1 and
3 May)", "on or around", "the week of"), "the previous night" after "yesterday", relative
periods ("late last month", "earlier this week"), headline vs body dates, wounded who later
died, bodies found later, competing tolls (the lowest credible), attackers among the dead,
coordinated groups ("two soldiers and a civilian", "a dozen"), figures of another event in the
same sentence and running tallies of a war or a year. Written before the rules were run on
them: 0.697 fatalities / 0.813 date (both need an event); the rules were then fixed on their
failures by general rules. "On or around 8 May" was first expected at precision 2 and is now
expected at 1, as the third-edition analyst notes of the corpus (written blind) code it.

``data/fatality_date_probes_heldout.tsv``: 60 more, written after that tuning and scored once
before any further change: fatalities 0.817, date 0.900 (5 without an event). Later fixes may
raise it, but the first figure is the honest estimate of how the rules generalise.

``data/fatality_date_probes_r4.tsv``: 60 more (round 4, 35+ countries), written before the
rules were run on them and scored once: fatalities 0.917, date 0.867. New there: ranges
("between 8 and 10", "3 to 5"), "up to" as a competing claim, both sides to add, wounded or
missing only, a month's tally, "scores"/"a number of"/"more than a dozen", the eve of a day,
"early hours of", "last weekend", numeric dates of month-first and day-first countries
("1/2/2025" in Houston and Abuja), month ranges, a headline date vs the body's weekday, and
translated local wording ("martyred", "lost their lives"). Two rows (the numeric dates) were
moved to a publication date 32 days after the event instead of 49, which the history window
(45 days) had made background; both failed the first score either way.

``data/fatality_date_probes_r4_heldout.tsv``: 24 more, written after the round-4 fixes and
scored once before any further change: fatalities 0.625, date 0.833 (4 without an event). The
honest estimate: new wording still falls through ("a suicide car bomber" not counted, "found
death", "pronounced dead", a long relative clause before "succumbed", "raising the toll of the
offensive to 1,600" taken as the event's toll); the first four were then fixed by general
rules.

``data/fatality_date_probes_r5.tsv``: 54 more (round 5, 35+ countries, wordings unlike r4's),
written before the rules were run on them and scored once on the session-start tree:
fatalities 0.741, date 0.870. The misses: a long attribute of place or duty ("A soldier on
patrol on the road to Kidal was killed"), a relative clause with its own act ("whom gunmen had
kidnapped ... was found dead", "whose bus came under fire ... died"), "aged 12" read as a
count, "twin brothers", "killing all four crew", "..., along with two policemen", the toll of a
campaign ("raising the toll of the two-week-old offensive to over 200"), a target figure inside
a toll phrase ("the toll of the attack on two army positions has risen to 54"), "Fatalities: 9
(ENDF).", "on the 14th", and reports the events stage finds no event in. After the round's
general rules: 0.926 / 0.889 (the four without an event, "on the 14th" and a kidnapping day
taken for the day the body was found remain).

``data/fatality_date_probes_r5_heldout.tsv``: 20 more, written after those fixes to test
them on other wording and scored once before any further change: fatalities 0.700, date
0.900 (a possessive in the attribute, "who" after a noun not in the person list, "seven of his
men" after "together with", "the week-long fighting", "were found dead on Tuesday" after a
kidnapping "last month"); then fixed by general rules (0.950 / 0.950).

``data/fatality_date_probes_r6.tsv``: 25 more (round 6: feasts with a year, bodies brought
to a clinic or morgue, "on the 14th", a taking told before "was found dead", an attacker who
then killed himself), written before the rules were run on them and scored once on the
session tree: fatalities 0.640, date 0.560. After the round's general rules, a self-killing
that only ends a clause's violent act no longer makes the clause a non-event
(``events/cues.json`` non_event_clause) and a death figure told right after an act joins it:
0.960 / 1.000.

``data/fatality_date_probes_r7.tsv``: 54 more (round 7, 30+ countries, note/wire/local/headline):
ranges ("between 3 and 5 May", "between Friday and Sunday"), "on or around", "overnight into",
"at the weekend", tolls revised up and down, tolls split by side, bodies recovered,
"(coded as 3)", "Fatalities unknown", "at least a dozen", perpetrators among the dead and
wounded-only reports. Written before the rules were run on them and scored once on the
session tree: fatalities 0.944, date 0.981 (misses: "the number of people killed in Monday's
blast had climbed to 27", "Up to 30 ... may have been killed ..., though only 13 deaths were
confirmed", and "lost their lives ... when herdsmen invaded", where the events stage finds no
event). After the round's general rules (gerunds before a figure: "shooting dead three
residents"; "the number of people killed" as a toll noun; a partitive aside "Six Maoists, two
of them women, were killed"; "9 recruits and the bomber"; a quoted vague figure; "a total of",
"a family of"; "another trader"; a figure stated as confirmed competing): 0.981 / 0.981.

``data/fatality_date_probes_r7_heldout.tsv``: 25 more in new wording, written after those
fixes to test them and scored once before any further change: fatalities 0.880, date 0.920
("has reached 41" far from "the number of dead", "officials confirmed only nine deaths",
"spearing to death" in a report the events stage finds no event in, and "the weekend of 7-8
December" split by the events stage into two one-day events); then "reached"/"hit" joined a far
toll and "confirmed" became a source of a competing claim (0.960 / 0.920).

``data/fatality_date_probes_r8.tsv``: 50 more (round 8, 35 countries, note/wire/local/headline):
"Among the dead were three soldiers" after a total or alone, "was among those killed", "the
army lost 9 soldiers", "5 people on each side", "earlier in the week", "within the last week",
"June 9 and 10", Islamic feasts (Eid al-Fitr/al-Adha, Ashura, the first day of Ramadan, the eve
of Eid), "the night of Saturday to Sunday", "at dawn/dusk on", "in the early hours of", numeric
dates of day- and month-first countries, "mid-May", "the past 48 hours", tolls split by
nationality ("three people, two Lebanese and a Syrian"), "the bodies of X and Y", "(coded as
N)". Written before the rules were run on them and scored once on the session tree:
fatalities 0.720, date 0.720. One row (Gulu, "03/04/2025") was then moved to a publication
date 37 days after the event instead of 47, which the history window (45 days) had made
background; it failed the first score for that reason alone. After the round's general rules
(an Umm al-Qura table of lunar feasts 2015-2030; "earlier in the week", a rolling "within the
last week", "June 9 and 10" as a range; "lost"/"loses" before a group; "on each side"/"from
each community" doubling a figure; a part of the dead given way to a figure at least as large;
a breakdown after a total noun not added; full names after "the bodies of"): 0.960 / 0.940
(left: two "bodies ... were found" reports the events stage finds no event in, and "on July 26
and 27" split by the events stage into two one-day events).

``data/fatality_date_probes_r8_heldout.tsv``: 25 more in new wording of the same kinds, written
after those fixes to test them and scored once before any further change: fatalities 0.800,
date 0.800 ("left four dead on each side", "from each faction", "The dead, four Ethiopians and
a Kenyan, were shot", "Eid el-Kabir", "the second day of Eid al-Fitr"; and three the events
stage decides: "bodies ... were recovered" and "cartel violence ... has left 25 people dead"
find no event, "on Aug. 12 and 13" is split into two one-day events). Then "on each side"
after the casualty phrase, "from each <noun>", a group in commas after "the dead", any
spelling of an Eid, "the second day of" and "the last day of Ramadan" became general rules
(0.920 / 0.880).

``data/fatality_date_probes_r9.tsv``: 50 more (round 9, 37 countries, note/wire/local/feature),
written before the rules were run on them and scored once on the session tree: fatalities
0.600, date 0.980. The kinds: a toll whose group has a companion ("Four jawans of the Central
Reserve Police Force and their driver", "Two gendarmes and their interpreter") or a long aside
("Eight people, among them a pastor who had refused to leave his church, were killed"), "lost
his life", bodies recovered in a later sentence, figures that are no deaths (arrests, marchers,
vehicles burned, hostages), tolls of an earlier event or a cumulative, regional or national
weekly toll, a second source's higher toll ("Residents put the death toll at 20") against a
revised one ("had risen to 12"), a bomber or attacker whose death is told apart ("The attacker
was also killed"), the dead a withdrawing side left behind beside the other side's dead, one
victim told twice ("was shot ...; he died on the way to hospital") or with "the other later in
hospital", and deaths a crowd reacts to ("angered by the death of", "demand justice for a
blogger who died in police custody"). After the round's general rules (any possessed companion
before the casualty verb; a capitalised name running past the group's word limit; an aside
naming some of the group may run on; a relative clause of another person ends the search; a
head noun only right after its figure; one casualty phrase, one subject; a grievance cue before
a death; "; he"/"where he" open a clause; "the other" sharing a fate; "six of their dead"; and,
across sentences, a second source's higher claim, a lone doer's own death and the dead left
behind, in ``pipeline/casualty_context.py``): 0.940 / 0.980 (left: three reports the events
stage reads otherwise: bodies recovered in a later sentence of a raid typed as looting, a
retold March attack made an event of its own, and a note of remains found with no event).

``data/fatality_date_probes_r9_heldout.tsv``: 25 more in new wording of the same kinds, written
after those fixes to test them and scored once before any further change: fatalities 0.840,
date 1.000 (an aside opened by "most of them", "She also died" after a bomber's victims,
"leaving 8 corpses on the ground" beside "Three gendarmes were killed", and "was stabbed during
a robbery ... and later died in hospital"). Then partitive words opening an aside, a pronoun's
death told with "also", "corpses", and "and (later) died" after a harm in the passive became
general rules, and the dead left behind join the named side's figure (the one its act's clause
holds): 1.000 / 1.000.

``data/fatality_date_probes_r10.tsv``: 40 more (round 10, 35 countries, note/wire/local/feature),
written before the rules were run on them and scored once on the session tree: fatalities
0.875, date 0.925. The kinds: a toll told in another sentence ("The number of civilians killed
in Sunday's attack ... has risen to 19. An earlier toll had put the dead at 12."), "the bodies
of", cumulative, regional and monthly tolls ("The blast brought to 31 the number of security
personnel killed in ... last month"), a bomber's own death, both sides' dead ("the loss of two
soldiers, while the rebels said eight of their fighters had fallen"), wounded only, arrests and
marchers, "late Thursday", "overnight (into Sunday)", "last week", "in May", "early June",
"over the weekend", "on the eve of Eid al-Adha / Sunday's election", and explicit dates in
many formats ("2025-07-04:", "the 6th of March", "Aug. 3, 2025", "12.06.2025", "04/05/2025" in
the Philippines, "Monday, 14 April"). After the round's general rules ("the number of <any
people> killed" is a toll noun; a killed figure told as an earlier/initial count is superseded
by the one a sentence or two before it; a written figure right before a determiner names no
group; "the loss of" counts a figure): 0.950 / 0.925. Left (not the numbers or dates stages):
the event of "raided ... overnight into Sunday" takes "on Sunday" told earlier for the
recovery of the bodies; an arrest clause without a day of its own takes the dateline's day
instead of "the eve of Sunday's election"; "She died instantly, along with 11 traders" gives
two figures of unknown sides, of which the event keeps the larger; "Suspected NPA rebels shot
dead a village watchman" yields no event.
``data/fatality_date_probes_r10_heldout.tsv``: 16 more in new wording of the same kinds, written
after those fixes to test them and scored once before any further change: fatalities 0.938,
date 0.938 (the one miss: "An Israeli strike on a motorcycle ... earlier this week killed two
Hezbollah members" yields no event; its date and figure are read).
``data/fatality_date_probes_r11.tsv``: 30 more (round 11, 24 countries, on the kinds of the
ninth edition's dev fatality errors), written before the rules were run on them and scored
once on the session tree (22:22 UTC, 26 Nov 2026): fatalities 0.700, date 0.967. Misses: an
attacker shot dead after his victims ("before police shot him dead", "and was then shot dead
by police", "was himself killed"), a breakdown aside ("Three men, two from one clan and one
from the other, were killed" read as nothing), "2 soldiers killed; militant fatalities coded
as 3" (3: the coded side superseded the other), a death that brought a crowd out ("gathered
... after a student was stabbed to death"), a risen toll against "Nine had been reported
killed", "An initial report spoke of two ...; ... four had died", "The dead included the
attacker" (the bomber added again) and a protest dated on the day of the killing it
protests. After the round's general rules: 0.933 / 0.967 (also with the frame vote on); left:
the bomber counted twice ("The dead included the attacker": pipeline/bombers.py), "four had
died" after "an initial report spoke of two", and that date.
``data/fatality_date_probes_r12.tsv``: 30 more (round 12, 26 countries, on the kinds of the
tenth edition's dev fatality errors), written before the rules were run on them and scored
once on the session tree (01:16 UTC, 27 Nov 2026): fatalities 0.300, date 1.000. Misses: a
note's closing total given again to the later protest, arrest or truce the note told after
the first event (11 of 11: "killing 3 men. On 23 February, sheikhs signed a pact. 3
fatalities." read 3 + 3), an age in words read as the dead ("a man of about forty died":
40), an anniversary's old toll ("the protests of June 2024, when at least 19 people were shot
dead"), the sources listed after the dead ("killing at least five officers, two residents and
a health worker ... said": 8), pairs ("beat them to death" after "a village headman and his
son", "killing himself and a guard", "the councillor and his guard were martyred"), the other
side's dead after an aside, and "3 men were killed on each day" of a two-day note. After the
round's general rules: 1.000 / 1.000 (also with the frame vote on).
``data/fatality_date_probes_r13.tsv``: 30 more (round 13, 22 countries, weighted to translated
local reports' dates, on the kinds of the eleventh edition's dev date and fatality errors),
written before the rules were run on them and scored once on the session tree (03:37 UTC, 27
Nov 2026, frame vote off): fatalities 0.767, date 0.900. Misses: 'Following Friday prayers ...
last week' dated to the week (precision 2), 'On the 14th of this month' read as the month, the
toll 'from Saturday's clashes between two tribes rose to four' read as 2, 'an investigation into
the killing of three herders' (two rows) counting none, a headline's bare victim ('Mob lynches
suspected cattle thief') counting none, two strikes' tolls (the second strike's one victim
given to the first, the second not detected: not the numbers stage), and an abduction whose
bodies were found later (no event; 0 dead). After the round's general rules: 0.867 / 0.967 (the
same with the frame vote on); left: 'suspected cattle thief' ('cattle' marks no people), the
two strikes and the two abductions (detection).
A probe's fatalities are the sum over the article's events; its date and precision are those
of the first event. The floors sit slightly below the measured accuracy.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.pipeline import Pipeline

DATA = Path(__file__).parent / "data"
FLOORS = {  # file: (fatalities, date)
    "fatality_date_probes.tsv": (0.88, 0.92),
    "fatality_date_probes_heldout.tsv": (0.90, 0.90),
    "fatality_date_probes_r4.tsv": (0.95, 0.95),
    "fatality_date_probes_r4_heldout.tsv": (0.93, 0.93),
    "fatality_date_probes_r5.tsv": (0.90, 0.87),
    "fatality_date_probes_r5_heldout.tsv": (0.90, 0.90),
    "fatality_date_probes_r6.tsv": (0.94, 0.98),
    "fatality_date_probes_r7.tsv": (0.96, 0.96),
    "fatality_date_probes_r7_heldout.tsv": (0.94, 0.90),
    "fatality_date_probes_r8.tsv": (0.92, 0.92),
    "fatality_date_probes_r8_heldout.tsv": (0.90, 0.86),
    "fatality_date_probes_r9.tsv": (0.92, 0.96),
    "fatality_date_probes_r9_heldout.tsv": (0.96, 0.96),
    "fatality_date_probes_r10.tsv": (0.92, 0.90),
    "fatality_date_probes_r10_heldout.tsv": (0.90, 0.90),
    "fatality_date_probes_r11.tsv": (0.91, 0.94),
    "fatality_date_probes_r12.tsv": (0.97, 0.97),
    "fatality_date_probes_r13.tsv": (0.84, 0.94),
}


def _probes(name: str) -> list[tuple[str, date, int, str, int, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _register, published, dead, day, precision, text = line.split("\t")
        text = text.replace("\\n", "\n")
        rows.append((kind, date.fromisoformat(published), int(dead), day, int(precision), text))
    return rows


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_fatalities_and_dates_are_above_their_floors(pipeline: Pipeline, name: str) -> None:
    probes = _probes(name)
    dead_right = day_right = 0
    misses: Counter[str] = Counter()
    for kind, published, dead, day, precision, text in probes:
        events = pipeline(Article("probe", text, published)).events
        got_dead = bool(events) and sum(e.fatalities for e in events) == dead
        first = (events[0].event_date.isoformat(), events[0].time_precision) if events else None
        got_day = first == (day, precision)
        dead_right += got_dead
        day_right += got_day
        misses.update([f"{kind}:fatalities"] * (not got_dead) + [f"{kind}:date"] * (not got_day))
    dead_accuracy, day_accuracy = dead_right / len(probes), day_right / len(probes)
    print(f"{name}: fatalities {dead_accuracy:.3f}, date {day_accuracy:.3f}; {misses}")
    dead_floor, day_floor = FLOORS[name]
    assert dead_accuracy >= dead_floor, misses.most_common(10)
    assert day_accuracy >= day_floor, misses.most_common(10)


def test_probe_file_covers_every_kind_ten_times() -> None:
    kinds = Counter(kind for kind, *_ in _probes("fatality_date_probes.tsv"))
    assert len(kinds) >= 15 and min(kinds.values()) >= 9
