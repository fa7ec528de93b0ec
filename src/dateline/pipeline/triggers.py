"""Trigger words and the cue data of the events stage.

A *trigger* is an asserted word of violence, protest or a strategic act with the tactic it
expresses (``data/events/triggers.csv``); hypothetical, negated, denied, quoted, historical
and judicial mentions are not asserted. The cue words (``cues.json``) and role cues
(``roles.json``) are loaded once in ``trigger_cues`` and re-exported here.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.model import ActorMention, Document, Span
from dateline.pipeline.prefilter import fold, required_keys
from dateline.pipeline.segment_counted import reaction_spared
from dateline.pipeline.segment_leads import earlier_act_before
from dateline.pipeline.trigger_cues import Trigger as Trigger
from dateline.pipeline.trigger_cues import alternation as alternation
from dateline.pipeline.trigger_cues import cue_pattern as cue_pattern
from dateline.pipeline.trigger_cues import cue_regex as cue_regex
from dateline.pipeline.trigger_cues import cues as cues
from dateline.pipeline.trigger_cues import non_event_cue
from dateline.pipeline.trigger_cues import role_cues as role_cues
from dateline.pipeline.trigger_cues import role_regex as role_regex
from dateline.resources import load_csv

# a trigger regex, its tactic, and the keys one of which each match contains (None: always run)
TriggerRow = tuple[re.Pattern[str], str, tuple[str, ...] | None]


def is_reporter(doc: Document, clause: Span, actor: ActorMention) -> bool:
    """"a police spokesman said", "..., the Israeli military said.": a source, not a party."""
    after = doc.text[actor.span.end : clause.end]
    titled = role_regex("reporter_after").match(after)
    if titled and _acts_right_after(doc, actor.span.end + titled.end(), clause.end):
        return False  # "a police officer shot dead a teenager": the officer acts
    if titled or role_regex("leading_reporter_after").match(after):
        return True
    before = doc.text[clause.start : actor.span.start]
    if role_regex("reporter_before").search(before):
        return True
    return bool(
        role_regex("trailing_reporter_before").search(before)
        and role_regex("trailing_reporter_after").match(after)
    )


def _acts_right_after(doc: Document, start: int, end: int) -> bool:
    """A violent act follows at once ("officer shot dead ..."), not a statement."""
    if start >= end:
        return False
    found = find_triggers(doc, doc.span(start, end))
    acts = [t for t in found if t.tactic not in cues()["speech_tactics"]]
    return bool(acts) and not doc.text[start : acts[0].span.start].strip()


@cache
def trigger_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"(?<![\w-])(?:{row['pattern']})(?![\w-])", re.IGNORECASE), row["tactic"])
        for row in load_csv("events/triggers.csv")
    )


@cache
def _keyed_patterns() -> tuple[TriggerRow, ...]:
    """Each trigger pattern with the literal keys one of which every match contains, so that
    a clause without them skips the regex (the lookaheads rule out windows)."""
    rows = load_csv("events/triggers.csv")
    return tuple(
        (regex, tactic, required_keys(row["pattern"]))
        for (regex, tactic), row in zip(trigger_patterns(), rows, strict=True)
    )


@cache
def _all_keys() -> tuple[str, ...]:
    """Every key of every trigger row once: each is looked up once per clause."""
    return tuple(dict.fromkeys(k for _, _, keys in _keyed_patterns() for k in keys or ()))


_IN_ARTICLE: dict[int, tuple[str, tuple[str, ...], tuple[TriggerRow, ...]]] = {}


def _article_rows(text: str) -> tuple[tuple[str, ...], tuple[TriggerRow, ...]]:
    """The trigger keys the article contains and the rows that may match in it, found once per
    article: a clause (a part of its text) can only contain keys the article contains. The
    cache keeps the text alive, so its id is not reused while cached."""
    entry = _IN_ARTICLE.get(id(text))
    if entry is None or entry[0] is not text:
        if len(_IN_ARTICLE) >= 16:
            _IN_ARTICLE.clear()  # earlier articles
        folded = fold(text)
        keys = {key for key in _all_keys() if key in folded}
        rows = tuple(r for r in _keyed_patterns() if r[2] is None or not keys.isdisjoint(r[2]))
        entry = _IN_ARTICLE[id(text)] = (text, tuple(keys), rows)
    return entry[1], entry[2]


def _words_before(doc: Document, clause: Span, end: int) -> str:
    """The last few words before ``end`` in the clause, not crossing a clause break (; :),
    nor back into a relative clause with a negated verb of its own that ends right before
    ``end`` ("homebuyers whose flats had not been delivered held banners": the negation is
    that clause's, so the act after it is read from the words before it; round 21). A note's
    tag ("[size=no report]") is no words of the report (round 23)."""
    head = re.split(r"[;:]", doc.text[clause.start : end])[-1]
    head = cue_pattern("note_tag").sub(" ", head)  # "[size=no report] youths set fire" (r23)
    relative = cue_pattern("relative_negation").search(head)
    if relative is not None:
        head = head[: relative.start()]
    return " ".join(head.split()[-int(cues()["hypothetical_window_words"]) :])


def _quoted_label(doc: Document, clause: Span, trigger: Span) -> bool:
    """The act word stands inside a short quotation ('its "martyrdom operation" had targeted
    "apostate forces"'): a speaker's label for an act, no act of its own (round 21). A long
    quotation (a witness's sentence) is read as told."""
    before = doc.text[clause.start : trigger.start]
    opening = cue_pattern("quote_label_before").search(before)
    if opening is None or len(re.findall(r'["\u201c\u201d]', before)) % 2 == 0:
        return False  # no quotation mark opened right before, or it was closed already
    return bool(cue_pattern("quote_label_after").match(doc.text[trigger.end : clause.end]))


def is_non_event_clause(doc: Document, clause: Span, found: list[Trigger] | None = None) -> bool:
    """A drill, disaster, match, crime, ... clause: none of its triggers is asserted (a match
    clause where fans clash with police or rivals is a riot, not sport; a campaign rally where
    people fight, riot or are arrested is an event). A disaster named in a clause where a crowd
    protests or riots (``found``) is its grievance."""
    text = doc.text[clause.start : clause.end]
    if non_event_cue(doc, clause):
        return grievance_start(doc, clause, found) is None
    if cue_regex("sport_clause").search(text):  # a match, a "battle" on the pitch: unless
        return not cue_pattern("sport_violence").search(text)  # fans fight police or rivals
    if cue_pattern("campaign_clause").search(text):  # a campaign rally is no protest, but a
        return all(t.tactic == "protest" for t in found or ())  # fight or arrests at it are
    if not cue_pattern("disaster_clause").search(text):
        return False
    return not any(t.tactic in cues()["crowd_tactics"] for t in found or ())


def grievance_start(doc: Document, clause: Span, found: list[Trigger] | None) -> int | None:
    """Where a crowd's grievance opens, when the clause's non-event words come after a crowd's
    act and a word of its demand ("a vigil demanding justice for a student killed in a road
    accident"): the accident is what the crowd protests, not the clause's own news."""
    non_event = non_event_cue(doc, clause)
    if non_event is None:
        return None
    cue_at = clause.start + non_event.start()
    for trig in found or ():
        if trig.tactic in cues()["crowd_tactics"] and trig.span.end <= cue_at:
            between = doc.text[trig.span.end : cue_at]
            link = cue_pattern("grievance_link").search(between)
            if link:
                return trig.span.end + link.start()
    return None


def is_asserted(
    doc: Document, clause: Span, trigger: Span, non_event: bool | None = None
) -> bool:
    """False when a hypothetical or negation cue stands just before the trigger, or a denial
    anywhere before it in the clause ("denied that the base had been overrun"). ``non_event``
    is ``is_non_event_clause`` when the caller knows it (it holds for the whole clause)."""
    window = reaction_spared(doc, clause, trigger, _words_before(doc, clause, trigger.start))
    window = cue_pattern("reaction_that").sub(" ", window)  # "denounced that ..." reports (r23)
    window = cue_pattern("time_opener").sub(" ", window)  # "Hours earlier, a guided bomb hit"
    # "without warning", "SUVs without plates": what the doers lacked negates no act (round 20)
    unnegated = cue_pattern("negation_idiom").sub(" ", window)
    if cue_regex("hypothetical").search(window) or cue_regex("negation").search(unnegated):
        return False
    if cue_pattern("plan_after").match(doc.text[trigger.end : clause.end]):
        return False  # "an army operation to secure the harvest is being prepared" (round 22)
    before = doc.text[clause.start : trigger.start]
    if re.search(str(cues()["scare_quotes"]), before):  # state media said "rioters" attacked
        return False
    if _quoted_label(doc, clause, trigger):  # its "martyrdom operation" had targeted ...
        return False
    if cue_regex("history_markers").search(before) or earlier_act_before(before):
        return False  # "20 years since the attacks that ...", "came days after a drone attack"
    if non_event is None:
        non_event = is_non_event_clause(doc, clause)
    if non_event:
        return False
    if cue_pattern("source_phrase").search(before):
        return False  # "according to local vigilantes": the source, not an act
    return not cue_regex("denial_before").search(before)


def find_triggers(doc: Document, span: Span) -> list[Trigger]:
    """Asserted trigger words inside ``span``; where two overlap the longer one wins."""
    article_keys, rows = _article_rows(doc.text)
    text = doc.text[span.start : span.end]
    folded = fold(text)
    present = {key for key in article_keys if key in folded}
    candidates = [
        Trigger(doc.span(span.start + m.start(), span.start + m.end()), tactic)
        for regex, tactic, keys in rows
        if keys is None or not present.isdisjoint(keys)  # prefilter.may_match, shared lookups
        for m in regex.finditer(text)
    ]
    candidates.sort(key=lambda t: (t.span.start - t.span.end, t.span.start))
    found: list[Trigger] = []
    for trig in candidates:
        if not any(trig.span.overlaps(t.span) for t in found):
            found.append(trig)
    if not found or is_non_event_clause(doc, span, found):  # a drill, a match: none counts
        return []
    grievance = grievance_start(doc, span, found)
    if grievance is not None:  # the acts of a crowd's grievance are not the clause's news
        found = [t for t in found if t.span.start < grievance]
    asserted = [t for t in found if is_asserted(doc, span, t.span, non_event=False)]
    if not asserted:
        return []  # the checks below only ever drop triggers
    asserted = _arrest_readings(doc, span, asserted)
    asserted = _crowd_demands(doc, span, asserted)
    asserted = [_people_taken(doc, t) for t in asserted]
    asserted = [t for t in asserted if t.tactic != "prisoners" and not _entered_no_town(doc, t)]
    asserted = [t for t in asserted if not _describes_actor(doc, span, t)]
    asserted = [t for t in asserted if not _described_arrest(doc, span, t)]
    if cue_pattern("tally").search(span.text):
        asserted = [t for t in asserted if not _in_tally(doc, span, t)]
    if any(t.tactic == "protest" for t in asserted):
        asserted = [t for t in asserted if not _grievance(doc, asserted, t)]
    asserted = [t for t in asserted if not _backs_an_assault(doc, span, t)]
    asserted = [t for t in asserted if not _accused_crowd(doc, span, t)]
    asserted = [t for t in asserted if not _named_by_year(doc, span, t)]
    asserted = [t for t in asserted if not _names_a_site(doc, span, t)]
    asserted = [t for t in asserted if not _judicial_execution(doc, span, t)]
    return sorted(asserted, key=lambda t: t.span.start)


def _arrest_readings(doc: Document, span: Span, asserted: list[Trigger]) -> list[Trigger]:
    """A clause of arrests or a court case: the acts it names as their reason are no news of
    their own, nor the raids or the weapons that only made the arrests; arrests for ordinary
    crime (and a place entered to make them) are no political event, unless those held are
    journalists or activists or the charges are called fabricated."""
    judicial = cue_pattern("judicial").search(span.text)
    if judicial or any(t.tactic == "arrest" for t in asserted):
        # "arrested three men over a grenade attack", "jailed for the 2019 bombing"
        asserted = [t for t in asserted if t.tactic == "arrest" or not _is_reason(doc, span, t)]
    if any(t.tactic == "arrest" for t in asserted):
        asserted = _without_arrest_raids(asserted)
        asserted = _without_weapons_held(doc, span, asserted)
        crime = cue_pattern("ordinary_crime").search(span.text)
        if crime and not cue_pattern("political_detainees").search(span.text):
            # journalists held on smuggling charges "their lawyers called fabricated" (round 22)
            asserted = [t for t in asserted if t.tactic != "arrest" and not _entering(t)]
    return asserted


def _describes_actor(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """"the officers who seized power", "which is fighting to topple the government",
    "militants who attack Pakistan": an act that says who the actors are, not an event."""
    before = doc.text[clause.start : trigger.span.start]
    if cue_pattern("described_before").search(before):
        return True  # "Al Shabaab, which is fighting to topple ...", "areas the army has retaken"
    if trigger.tactic in cues()["reason_tactics"] and cue_pattern("victims_of_before").search(
        before
    ):
        return True  # "relatives of people killed by soldiers last year"
    if _fighting_participle(doc, trigger):
        return True  # "Fano commanders fighting the federal government announced ..."
    first_word = trigger.span.text.split()[0]
    if cue_pattern("present_act").match(first_word):  # "militants who attack Pakistan"
        return bool(cue_pattern("present_relative_before").search(before))
    if trigger.tactic not in cues()["relative_tactics"]:
        return False
    return bool(cue_pattern("relative_before").search(before))


def _fighting_participle(doc: Document, trigger: Trigger) -> bool:
    """"Militia commanders fighting the federal government announced ..." (round 20): a fight
    participle right after the actors it follows, with its object, says who they are."""
    if trigger.tactic != "clash" or not trigger.span.text.lower().endswith("ing"):
        return False
    if not cue_pattern("participle_object_after").match(doc.text, trigger.span.end):
        return False
    start = trigger.span.start
    plain = cue_pattern("actor_noun_gap")  # "Fano militia commanders fighting": nouns, no verb
    return any(
        a.span.end < start and plain.fullmatch(doc.text[a.span.end : start]) for a in doc.actors
    )


def _entering(trigger: Trigger) -> bool:
    """"Police entered the district and arrested 11 members of a drug gang" (round 18): a
    place entered to make arrests for ordinary crime is taken from nobody."""
    return trigger.tactic == "seize" and bool(cue_pattern("entering").match(trigger.span.text))


def _people_taken(doc: Document, trigger: Trigger) -> Trigger:
    """"Militants captured a village chief", "took several travellers hostage", "carried off
    12 villagers": a seizing of people is an abduction (setting fire to one, an attack); of
    fighters in a battle, prisoners (tactic 'prisoners', dropped); either way no place is
    taken. Escaped inmates "recaptured" are arrested again (ACLED: arrests)."""
    if trigger.tactic not in ("seize", "looting", "take_away"):
        return trigger
    after = doc.text[trigger.span.end : trigger.span.end + 80]
    if trigger.tactic == "take_away":  # "picked up four bloggers"; "picked up the pace": nothing
        taken = cue_pattern("person_object").match(after)
        return Trigger(trigger.span, "abduction" if taken else "prisoners")
    if cue_pattern("retaking").match(trigger.span.text) and cue_pattern("escapee_object").match(
        after
    ):
        return Trigger(trigger.span, "arrest")  # "recaptured six inmates": an arrest (round 18)
    if cue_pattern("person_object").match(after):
        if cue_pattern("burning_act").match(trigger.span.text):
            return Trigger(trigger.span, "attack")  # "set fire to a man": violence on him
        return Trigger(trigger.span, "abduction")
    if trigger.tactic == "looting":
        return trigger  # "carried off 12 villagers" is taken above; "carried off cattle" is looting
    if cue_pattern("combatant_object").match(after):
        return Trigger(trigger.span, "prisoners")
    if cue_pattern("vehicle_object").match(after):
        return Trigger(trigger.span, "looting")  # "seized two trucks": taken goods, no place
    return trigger


def _entered_no_town(doc: Document, trigger: Trigger) -> bool:
    """"Troops entered Anefis" takes a town; "soldiers entered Kenya" crosses a border: a
    seizing told by "entered <Name>" needs the name to be a town or village of the text."""
    words = trigger.span.text.split()
    if trigger.tactic != "seize" or words[0].lower() != "entered" or words[-1].islower():
        return False  # "entered the city" names no place to check
    span = trigger.span
    return not any(p.kind == "place" and span.start < p.span.start < span.end for p in doc.places)


def _described_arrest(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """"the release of the activists detained in April", "remains in detention": an arrest
    named as the object of a demand or a state of the person, not an arrest the report tells."""
    if trigger.tactic != "arrest":
        return False
    before = doc.text[clause.start : trigger.span.start]
    if cue_pattern("arrest_described_before").search(before):
        return True
    if not trigger.span.text.endswith("ed"):
        return False  # "the arrest of X on Monday" still tells an arrest
    if cue_pattern("arrest_year_after").match(doc.text, trigger.span.end, clause.end):
        return True  # "people arrested during the 2022 protests": history
    if cue_pattern("participle_before").search(before):
        return True  # "the detained journalist"
    judicial = cue_pattern("judicial").search(doc.text[clause.start : clause.end])
    return bool(judicial and cue_pattern("judicial_participle_before").search(before))


def _in_tally(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """"200 people have been arrested since the start of the year": a count over a long run
    (the clause has a tally cue), told in the perfect tense, is no event of one day; so is
    "similar demonstrations have been held in several towns this summer" (round 20: the
    perfect right after the act's noun)."""
    before = doc.text[clause.start : trigger.span.start]
    if cue_pattern("tally_before").search(before):
        return True
    return bool(cue_pattern("tally_after").match(doc.text, trigger.span.end, clause.end))


def _grievance(doc: Document, found: list[Trigger], trigger: Trigger) -> bool:
    """"protested against the killing of a taxi driver", "demanding justice for a youth shot
    dead by officers": violence named as what a protest is about is not done at the protest."""
    if trigger.tactic not in cues()["reason_tactics"]:
        return False
    protests = [t for t in found if t.tactic == "protest" and t.span.end <= trigger.span.start]
    if not protests:
        return False
    # from the protest's start: a protest worded with its purpose ("gathered ... in solidarity
    # with detained journalists") names its grievance inside the trigger (round 20)
    between = doc.text[protests[-1].span.start : trigger.span.start]
    if cue_pattern("claimed_grievance").search(between):
        return True  # "protested, claiming that 4 villagers had been killed" (round 23)
    if not cue_pattern("protest_reason").search(between):
        return False
    return not _finite_act(doc, trigger)


def _finite_act(doc: Document, trigger: Trigger) -> bool:
    """"Youths demonstrating against the curfew in Labe attacked a gendarmerie post": a verb in
    the past with its object is what the protesters did, not what they protest about (which is
    a noun or a participle: "against the killing of", "over a teenager shot by police")."""
    verb = trigger.span.text.split(" ", 1)[0]
    # the object may be inside the trigger's words ("smashed the windows of", round 16)
    after = doc.text[trigger.span.start + len(verb) : trigger.span.start + len(verb) + 20]
    finite = verb.endswith("ed")
    return finite and bool(cue_pattern("object_after").match(after))


def _backs_an_assault(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """"troops backed by tanks and mortars attacked": the weapons of a ground assault."""
    if trigger.tactic not in cues()["support_tactics"]:
        return False
    before = doc.text[clause.start : trigger.span.start]
    return bool(cue_pattern("support_before").search(before))


def _accused_crowd(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """"accused police of using excessive force against demonstrators": the crowd named in an
    accusation is its victim, not a protest the report tells."""
    if trigger.tactic not in cues()["crowd_tactics"]:
        return False
    before = doc.text[clause.start : trigger.span.start]
    return bool(cue_pattern("accusation_before").search(before))


HARM_TACTICS = frozenset({"kill", "murder", "injure", "gunfire"})


def _without_arrest_raids(found: list[Trigger]) -> list[Trigger]:
    """Arrests "in raids" or "in an operation" with nobody killed, hurt or shot: the raid is
    how the arrests were made, not an attack or a battle of its own."""
    if any(t.tactic in HARM_TACTICS for t in found):
        return found
    raid = cue_pattern("arrest_raid")
    return [t for t in found if not raid.match(t.span.text)]


def _without_weapons_held(doc: Document, clause: Span, found: list[Trigger]) -> list[Trigger]:
    """"Arrested two men carrying hand grenades", "seized 2 pistols and 3 grenades from them"
    (round 20): in a clause reporting arrests with nobody killed, hurt or shot, a weapon the
    arrested held or the police seized is evidence of the arrest, not an act of its own."""
    if any(t.tactic in HARM_TACTICS for t in found):
        return found
    held = cue_pattern("weapon_held_before")
    kept = []
    for trig in found:
        before = doc.text[max(clause.start, trig.span.start - 60) : trig.span.start]
        if trig.tactic in cues()["weapon_tactics"] and held.search(before):
            continue
        kept.append(trig)
    return kept


def _is_reason(doc: Document, clause: Span, trigger: Trigger) -> bool:
    before = doc.text[clause.start : trigger.span.start]
    return bool(cue_pattern("arrest_reason").search(before))


def _named_by_year(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """'the 2016 truck attack', 'the 2019 protests': an act named by its year is history (an
    agreement so named, 'their 2018 peace deal', is what a new deal completes: kept)."""
    if trigger.tactic not in (*cues()["violent_tactics"], *cues()["crowd_tactics"]):
        return False
    before = doc.text[clause.start : trigger.span.start]
    return bool(cue_pattern("year_named_before").search(before))


def _names_a_site(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """"the blast site", "returned to the bomb site", "near the site of Monday's roadside
    blast" (round 23): the act's noun names the place where an act was, no act of the clause."""
    if cue_pattern("act_site_after").match(doc.text[trigger.span.end : clause.end]):
        return True
    return bool(cue_pattern("act_site_before").search(doc.text[clause.start : trigger.span.start]))


def _judicial_execution(doc: Document, clause: Span, trigger: Trigger) -> bool:
    """"Saudi Arabia executed a man convicted of smuggling heroin", "hanged two men who had been
    convicted of ..." (round 23): an execution in a clause about a conviction or a sentence is a
    judicial act, no political violence; "executed them in a nearby orchard" stays an act."""
    if not cue_pattern("judicial_execution").match(trigger.span.text):
        return False
    clause_text = doc.text[clause.start : clause.end]
    return bool(cue_pattern("judicial_execution_clause").search(clause_text))


def _crowd_demands(doc: Document, clause: Span, found: list[Trigger]) -> list[Trigger]:
    """A demand told after a group's act in a clause with no other act word ("about 200 taxi
    drivers parked their cars across the avenue ..., demanding lower fuel prices", "fishermen
    moored their boats across the harbour to denounce ...") is their protest (round 22); a
    demand beside an act already told, or made by no group of people, adds nothing."""
    demands = [t for t in found if t.tactic == "demand"]
    if not demands:
        return found
    others = [t for t in found if t.tactic != "demand"]
    if any(t.tactic not in cues()["speech_tactics"] for t in others):
        return others
    first = demands[0]
    crowds = [
        a
        for a in doc.actors
        if clause.start <= a.span.start and a.span.end <= first.span.start
        and a.inter in cues()["crowd_inters"]
        and cue_pattern("people_group").search(a.span.text)
    ]
    if not crowds:
        return others
    between = doc.text[crowds[0].span.end : first.span.start]
    if not cue_pattern("crowd_act_between").search(between) or " had " in between:
        return others  # "vendors had received letters demanding ...": no act of theirs now
    if not between.rstrip().endswith(",") and not first.span.text.startswith("to "):
        return others  # the demand of the thing named just before it ("letters demanding")
    return sorted([*others, Trigger(first.span, "protest")], key=lambda t: t.span.start)
