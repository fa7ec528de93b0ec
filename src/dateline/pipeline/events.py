"""Stage 'events': ACLED events from the article's clauses.

``segment`` groups the clauses about one event into a frame (atomic by day, actors and place;
background, future, hypothetical and negated mentions left out); ``assemble`` reads the frame's
actors, sub-event type and casualties (the tactics its words add up to: ``event_tactics``).
This module turns each frame into ``Event`` records: one per reported day (a bounded multi-day
span is split per day with its casualties spread evenly), each field backed by ``Evidence``.
The statistical classifier (``dateline.classify``), when installed, types frames the rules
cannot, tempers confidence, and overrules the rules in the few cases its table names
(``classify.vote``, data/classifier/overrule.csv). Then "two votes": where the frame model
and the classifier, both reading the frame's whole text, name the same sub-type against the
rules', it wins (evidence ``sub_event_type:two_votes``; ``DATELINE_FRAME_VOTE=0`` turns it off).
``DATELINE_FRAME_VOTE=gate`` (opt-in, not the default) instead lets a probe-trained frame model
type every event where the codebook gate allows its type for the actors (``classify.gate``).
Each event's frame text and rules' type are kept in ``doc.extras[TYPING_KEY]`` (training and
measures read them there).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from dateline.model import ActorMention, DateMention, Document, Event, Evidence, NumberMention, Span
from dateline.pipeline import assemble
from dateline.pipeline.actors import in_context, police_by_task, resolve_actor_name
from dateline.pipeline.assemble import count, default_actor, rules, sub_event_for, type_trigger
from dateline.pipeline.attribution import main_country
from dateline.pipeline.base import Stage
from dateline.pipeline.dates import date_for_sentence
from dateline.pipeline.event_days import event_dates, is_background
from dateline.pipeline.event_tactics import frame_tactics
from dateline.pipeline.orient import one_side_per_mention
from dateline.pipeline.roles import NONSTATE_ARMED, Roles, assign_roles, blamed_later, orient
from dateline.pipeline.segment import Frame, frames, has_headline
from dateline.pipeline.triggers import cue_pattern, cues
from dateline.resources import load_csv
from dateline.taxonomy import NONE, sub_event

RULE_CONFIDENCE = 0.9  # a frame typed by the codebook rules alone
UNDATED_PRECISION = 2  # publication day used for an event the report does not date
RANGE_PRECISION = 2  # the middle day of a span in which one act happened on a day not told
ARMED = (1, 2, 3, 4, 5, 8)  # actor types that can make an event on their own (not civilians)
TYPING_KEY = "events.typing"  # doc.extras: event_id -> Typing (not output)
TWO_VOTES_FIELD = "sub_event_type:two_votes"  # evidence: the frame text both learners read
GATED_FIELD = "sub_event_type:learned_gate"  # evidence (gated mode): + ":<the type replaced>"


@dataclass(frozen=True, slots=True)
class Typing:
    """How an event's frame was typed: the frame's whole text (what the learners read), the
    rules' type (after the narrow overrule; None when the classifier alone typed it) and
    whether two votes replaced it."""

    frame_text: str
    rule_type: str | None
    two_votes: bool
    replaced: str | None = None  # gated mode: the type the learned type replaced


@cache
def _classifier() -> Callable[[Sequence[str]], list[Any]] | None:
    """``dateline.classify.classify_texts`` if that package is installed (it is optional)."""
    try:
        from dateline.classify import classify_texts
    except ImportError:
        return None
    return classify_texts


def _predictions(doc: Document, found: list[Frame]) -> list[Any]:
    classify = _classifier()
    if classify is None or not found:
        return [None] * len(found)
    texts = [doc.text[f.clauses[0].span.start : f.clauses[0].span.end] for f in found]
    try:
        return list(classify(texts))
    except Exception as exc:  # the classifier is an aid: the rules still code the events
        doc.warnings.append(f"classifier failed ({type(exc).__name__}: {exc}); rules only")
        return [None] * len(found)


Vote = tuple[Callable[..., bool], Callable[..., str | None], Callable[..., list[Any]]]


@cache
def _vote() -> Vote | None:
    """``classify.vote``'s test and verdict and ``classify_proba``, if installed."""
    try:
        from dateline.classify import classify_proba
        from dateline.classify.vote import may_overrule, overruled
    except ImportError:
        return None
    return may_overrule, overruled, classify_proba


FrameVote = tuple[Callable[..., Any], ...]  # switch, learned types, two votes, gated pick
# what the learners hand a frame: two votes' agreed type, or the gated mode's ranked types
Learned = str | tuple[str, ...] | None


@cache
def _frame_vote() -> FrameVote | None:
    """``classify.vote``'s switch, ``learned_types``, ``two_votes`` and ``gated``."""
    try:
        from dateline.classify.vote import frame_vote_on, gated, learned_types, two_votes
    except ImportError:
        return None
    return frame_vote_on, learned_types, two_votes, gated


def _agreed(doc: Document, found: list[Frame]) -> list[Learned]:
    """Per frame, the sub-type the frame model and the classifier agree on (one batch); in
    the gated mode, the learned types to try instead (a tuple, best first)."""
    vote = _frame_vote()
    if vote is None or not found or not vote[0]():
        return [None] * len(found)
    try:
        return list(vote[1]([f.text for f in found]))
    except Exception as exc:  # the models are an aid: the rules' types stand
        doc.warnings.append(f"frame model failed ({type(exc).__name__}: {exc}); rules only")
        return [None] * len(found)


def _two_votes(rule_type: str | None, agreed: Learned) -> str | None:
    """The agreed type where it replaces the rules' (``classify.vote.two_votes``), else None."""
    vote = _frame_vote()
    return None if vote is None or not isinstance(agreed, str) else vote[2](rule_type, agreed)


def _gated(
    doc: Document, roles: Roles, typing: Typing, sub_type: str, ranked: Learned
) -> str | None:
    """Gated mode: the first learned type the codebook allows for the actors it would get
    (oriented and policed as for that type), when it is not ``sub_type``; else None."""
    vote = _frame_vote()
    if vote is None or not isinstance(ranked, tuple) or not ranked:
        return None

    def inters(candidate: str) -> tuple[int | None, int | None]:
        typed = _roles_as(doc, candidate, roles)
        first, second = typed.actor1, typed.actor2
        return (first.inter if first else None, second.inter if second else None)

    chosen = vote[3](ranked, inters, typing.rule_type)
    return chosen if chosen is not None and chosen != sub_type else None


@cache
def _type_tactics(sub_type: str) -> frozenset[str]:
    """Every tactic some codebook rule for ``sub_type`` requires."""
    return frozenset().union(*(r.requires for r in rules() if r.sub_event_type == sub_type))


def _voted(doc: Document, frame: Frame, rule_type: str | None, tactics: set[str]) -> str | None:
    """The rules' type, unless the classifier, reading the frame's whole text, overrules it
    (an Attack the rules typed from a death alone that the text tells as an exchange of fire)."""
    vote = _vote()
    if vote is None or rule_type is None:
        return rule_type
    may_overrule, overruled, proba = vote
    decisive = frozenset(tactics) & _type_tactics(rule_type)
    if not may_overrule(rule_type, decisive):
        return rule_type
    text = frame.text
    try:
        return overruled(rule_type, decisive, proba([text])[0]) or rule_type
    except Exception as exc:  # the classifier is an aid: the rules' type stands
        doc.warnings.append(f"classifier failed ({type(exc).__name__}: {exc}); rules only")
        return rule_type


def _typed(rule_type: str | None, prediction: Any) -> tuple[str | None, float]:
    """Combine the rule's sub-event type with the classifier's prediction (if any)."""
    if prediction is None:
        return rule_type, RULE_CONFIDENCE
    predicted, score = str(prediction.sub_event_type), float(prediction.score)
    if rule_type is None:
        return (None, 0.0) if predicted == NONE else (predicted, min(score, RULE_CONFIDENCE) * 0.8)
    if predicted == rule_type:
        return rule_type, max(RULE_CONFIDENCE, score)
    return rule_type, 0.6 if predicted == NONE else 0.75


@cache
def _country_defaults() -> tuple[dict[str, str], ...]:
    return load_csv("events/country_defaults.csv")


def _country_default(
    keys: tuple[str, ...], slot: str, iso2: str | None, day: date
) -> tuple[str, int]:
    """The actor one country's reports leave unnamed (events/country_defaults.csv), or ("", 0)."""
    for key in keys:
        for row in _country_defaults():
            if (row["iso2"], row["key"], row["slot"]) == (iso2, key, slot):
                return resolve_actor_name(row["name"], row["home"], day), int(row["inter"])
    return "", 0


def _slot(
    mention: ActorMention | None,
    keys: tuple[str, ...],
    slot: str,
    where: tuple[str | None, date],
    inter1: int | None = None,
) -> tuple[str, int]:
    if mention is not None:
        return mention.name, mention.inter
    name, inter = _country_default(keys, slot, *where)
    return (name, inter) if name else default_actor(keys, slot, inter1)


def _days(doc: Document, frame: Frame) -> list[tuple[date, int, bool]]:
    """(day, time_precision, known) for each event day of the frame."""
    mention = frame.date or _paragraph_date(doc, frame)
    if mention is None:
        published = doc.article.published
        return [(published, UNDATED_PRECISION, False)] if published else []
    run = next((c.run_of_days for c in frame.clauses if c.date is mention and c.run_of_days), ())
    if run:  # "killed six on Monday and Tuesday": the total shared among the days
        return [(d.value, d.precision, True) for d in run]
    span_days = (mention.last - mention.first).days
    text = doc.text[max(0, mention.span.start - 20) : mention.span.end]  # "the night of" + span
    ranged = any(re.search(p, text, re.IGNORECASE) for p in cues()["range"])
    if re.search(str(cues()["no_split"]), text, re.IGNORECASE):  # "the night of Tuesday to ..."
        return [(mention.first, 1, True)]
    if ranged and 0 < span_days < int(cues()["max_split_days"]):
        if not _day_by_day(doc, frame):  # one act somewhere in the span: its middle day
            return [(mention.first + timedelta(days=span_days // 2), RANGE_PRECISION, True)]
        return [(mention.first + timedelta(days=i), 1, True) for i in range(span_days + 1)]
    return [(mention.value, mention.precision, True)]


def _day_by_day(doc: Document, frame: Frame) -> bool:
    """The frame tells an activity that goes on each day of its span ("fighting", "clashes",
    "shelling", "daily raids", "clashed for three days"), not one act at some point in it
    ("Between 1 and 3 May, militants clashed with the army": ACLED codes one event on the
    span's middle day, precision 2)."""
    ongoing = cue_pattern("ongoing_word")
    if any(
        t.tactic in cues()["ongoing_tactics"] and ongoing.search(t.span.text)
        for t in frame.triggers
    ):
        return True
    text = frame.text
    return bool(re.search(str(cues()["per_day"]), text, re.IGNORECASE))


def _paragraph_date(doc: Document, frame: Frame) -> DateMention | None:
    """The day an undated frame's paragraph set earlier ("On Monday, mourners gathered ...
    Gunmen later opened fire"), which beats the publication day."""
    if not frame.sentence_ids:
        return None
    return date_for_sentence(doc, frame.sentence_ids[0]) or _lead_date(doc, frame)


def _lead_date(doc: Document, frame: Frame) -> DateMention | None:
    """An undated headline frame ("Army officers say they have seized power") takes the first
    event day of the lead paragraph under it, which tells the same story."""
    if frame.sentence_ids != (0,) or not has_headline(doc):
        return None
    sentences = doc.sentences
    last = 1
    while last + 1 < len(sentences) and "\n" not in doc.text[
        sentences[last].end : sentences[last + 1].start
    ]:
        last += 1
    lead = doc.span(sentences[1].start, sentences[last].end)
    days = [d for d in event_dates(doc, lead) if d.kind == "date" and not is_background(doc, d)]
    return min(days, key=lambda d: d.span.start, default=None)


def _anchor(frame: Frame) -> Span | None:
    """Where a town's share of an act is told ("11 in Nioro du Sahel"): the place is found
    there, not by the act's word that all the towns share."""
    return next((c.anchor for c in frame.clauses if c.anchor is not None), None)


def _split_evenly(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _place_key(frame: Frame) -> str:
    places = [p for c in frame.clauses for p in c.places]
    places.sort(key=lambda p: p.kind != "place")
    return places[0].span.text.lower() if places else ""


def event_id(article_id: str, day: date, sub_type: str, place_key: str, index: int) -> str:
    """Stable id: the same article read twice gives the same ids."""
    key = f"{article_id}|{day.isoformat()}|{sub_type}|{place_key}|{index}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _roles_as(doc: Document, sub_type: str, roles: Roles) -> Roles:
    """The roles as ``sub_type`` gives them: oriented, policed by task, allies named."""
    oriented = orient(sub_type, roles)
    pair = police_by_task(sub_type, oriented.pair, doc.article.published)
    policed = one_side_per_mention(pair)  # a mention in both slots is one side
    return Roles(*policed, _named_allies(oriented.actor1, oriented.assoc1), oriented.assoc2)


def _named_allies(actor1: ActorMention | None, allies: list[ActorMention]) -> list[ActorMention]:
    """"Gunmen ... attacked; JNIM claimed the assault": once a named group leads, unnamed
    attackers of its own kind are that group, not a second, associated one."""
    if actor1 is None or actor1.role_hint != "named" or actor1.inter not in NONSTATE_ARMED:
        return allies
    return [
        a
        for a in allies
        if not (a.role_hint in ("generic", "anaphoric") and a.inter in NONSTATE_ARMED)
    ]

def _evidence(
    day: DateMention | None,
    roles: Roles,
    type_span: Span | None,
    numbers: dict[str, list[NumberMention]],
) -> list[Evidence]:
    found = []
    if type_span is not None:
        found += [Evidence.of("event_type", type_span), Evidence.of("sub_event_type", type_span)]
    slots = [("actor1", roles.actor1), ("actor2", roles.actor2)]
    slots += [("assoc_actor_1", a) for a in roles.assoc1]
    slots += [("assoc_actor_2", a) for a in roles.assoc2]
    for slot, mention in slots:
        if mention is not None:
            found.append(Evidence.of(slot, mention.span))
    if day is not None:
        found.append(Evidence.of("event_date", day.span))
    for field_name, mentions in numbers.items():
        found += [Evidence.of(field_name, n.span) for n in mentions]
    return found


@dataclass(slots=True)
class _Reading:
    """What a frame says, before it is spread over its days."""

    sub_type: str
    confidence: float
    roles: Roles
    killed: int
    injured: int
    trigger: Span | None
    evidence: list[Evidence]
    typing: Typing


def _frame_evidence(doc: Document, frame: Frame, field: str) -> Evidence:
    """The frame's stretch of text, where the learners read the type they gave it."""
    start = min(c.span.start for c in frame.clauses)
    end = max(c.span.end for c in frame.clauses)
    return Evidence(field, start, end, doc.text[start:end])


def read_frame(
    doc: Document,
    frame: Frame,
    prediction: Any,
    next_start: int | None = None,
    agreed: Learned = None,
) -> _Reading | None:
    """The frame's type, roles and casualties; ``next_start`` is the first sentence of the
    next frame (the sentences before it may still speak of this event); ``agreed``: the
    sub-type the frame model and the classifier both gave the frame's text, if any."""
    roles = blamed_later(doc, frame, assign_roles(doc, frame), next_start)
    tactics = frame_tactics(doc, frame, roles)
    rule_type = sub_event_for(
        tactics,
        roles.actor1.inter if roles.actor1 else None,
        roles.actor2.inter if roles.actor2 else None,
    )
    rule_type = _voted(doc, frame, rule_type, tactics)
    voted = _two_votes(rule_type, agreed)
    typing = Typing(frame.text, rule_type, voted is not None)
    rule_type = voted or rule_type
    if rule_type is None and not any(a.inter in ARMED for a in frame.actors):
        return None  # the classifier alone never codes an event without an armed party
    if rule_type is None and all(t.tactic in cues()["speech_tactics"] for t in frame.triggers):
        return None  # "the trial of soldiers accused of ...": talk of an act, no act
    sub_type, confidence = _typed(rule_type, prediction)
    if sub_type is None:
        return None
    gated = _gated(doc, roles, typing, sub_type, agreed)
    if gated is not None:
        typing, sub_type = Typing(frame.text, typing.rule_type, False, sub_type), gated
    roles = _roles_as(doc, sub_type, roles)
    killed, killed_numbers = count(doc, frame, "killed")
    injured, injured_numbers = count(doc, frame, "injured")
    trigger = type_trigger(frame, sub_type)
    span = trigger.span if trigger else None
    numbers = {"fatalities": killed_numbers, "injuries": injured_numbers}
    evidence = _evidence(frame.date or _paragraph_date(doc, frame), roles, span, numbers)
    if typing.two_votes:
        evidence.append(_frame_evidence(doc, frame, TWO_VOTES_FIELD))
    if typing.replaced is not None:
        evidence.append(_frame_evidence(doc, frame, f"{GATED_FIELD}:{typing.replaced}"))
    return _Reading(sub_type, confidence, roles, killed, injured, span, evidence, typing)


def frame_events(
    doc: Document,
    frame: Frame,
    prediction: Any,
    first_index: int,
    next_start: int | None = None,
    agreed: Learned = None,
) -> list[Event]:
    """The Event records of one frame (several when it spans several reported days)."""
    reading = read_frame(doc, frame, prediction, next_start, agreed)
    days = _days(doc, frame)
    if reading is None or not days:
        return []
    entry = sub_event(reading.sub_type)
    keys = (entry.name, entry.event_type)
    where = (main_country(doc), days[0][0])
    actor1, inter1 = _slot(reading.roles.actor1, keys, "actor1", where)
    keys2 = assemble.default_keys(doc, frame, keys, reading.killed + reading.injured)
    actor2, inter2 = _slot(reading.roles.actor2, keys2, "actor2", where, inter1)
    # civilians as the target of political violence (not of arrests or looting)
    violent = "Political violence" in entry.disorder_type
    targeting = entry.civilian_targeting or (inter2 == 7 and violent)
    dead = _split_evenly(reading.killed, len(days))
    hurt = _split_evenly(reading.injured, len(days))
    events = []
    for i, (day, precision, known) in enumerate(days):
        key = event_id(doc.article.id, day, entry.name, _place_key(frame), first_index + i)
        events.append(
            Event(
                article_id=doc.article.id, event_id=key, event_date=day,
                time_precision=precision, disorder_type=entry.disorder_type,
                event_type=entry.event_type, sub_event_type=entry.name,
                actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2,
                assoc_actor_1="; ".join(a.name for a in reading.roles.assoc1),
                assoc_actor_2="; ".join(a.name for a in reading.roles.assoc2),
                civilian_targeting="Civilian targeting" if targeting else "",
                fatalities=dead[i], injuries=hurt[i],
                cameo_code=entry.cameo_code, plover_type=entry.plover_type,
                confidence=reading.confidence if known else reading.confidence * 0.8,
                date_known=known, evidence=list(reading.evidence),
                trigger=_anchor(frame) or reading.trigger, sentence_ids=frame.sentence_ids,
            )
        )
    doc.extras.setdefault(TYPING_KEY, {}).update((e.event_id, reading.typing) for e in events)
    return events


def _actors_in_context(doc: Document) -> None:
    """Unnamed parties read as the group the article's country means by them ("separatists" in
    Cameroon), before roles compare sides."""
    iso2 = main_country(doc)
    doc.actors = [in_context(a, iso2, doc.article.published) for a in doc.actors]


def detect_events(doc: Document) -> list[Event]:
    _actors_in_context(doc)
    found = frames(doc)
    events: list[Event] = []
    headline: list[Event] = []
    starts = [f.sentence_ids[0] if f.sentence_ids else None for f in found]
    typed = zip(found, _predictions(doc, found), _agreed(doc, found), strict=True)
    for i, (frame, prediction, agreed) in enumerate(typed):
        next_start = starts[i + 1] if i + 1 < len(starts) else None
        made = frame_events(
            doc, frame, prediction, len(events) + len(headline), next_start, agreed
        )
        if frame.sentence_ids == (0,) and has_headline(doc):
            headline += made
        else:
            events.extend(made)
    told = {e.sub_event_type for e in events}
    # a headline restates the story the text tells ("Junta air strike kills a dozen ..."),
    # on the day the body gives it (an undated headline only borrows the lead's day)
    events[:0] = [e for e in headline if e.sub_event_type not in told]
    if found and doc.article.published is None and any(f.date is None for f in found):
        doc.warnings.append("events without a date in the text and no publication date: skipped")
    return events


class EventDetector(Stage):
    name = "events"
    requires = ("sentences", "actors", "places", "dates", "numbers")
    assigns = ("events",)

    def __call__(self, doc: Document) -> Document:
        doc.events = detect_events(doc)
        return doc
