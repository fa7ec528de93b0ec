"""Stage 'attribution' (after locate): according to whom, how sure, and the finishing touches.

- ``source``: the reporting organisations named in the event's sentences ("the Syrian
  Observatory for Human Rights said", "according to the observatory" -> the last monitor
  named), then the outlet (``article.source``), joined with "; " as ACLED does.
- ``source_scale``: each source's scale from ``data/attribution/sources.csv`` (unknown outlets
  "Other"); several scales are written lowest-highest ("National-International").
- ``disputed``: a denial ("dismissed ... as having nothing to do with reality") in the event's
  sentences or the few after them, before the next event begins.
- hedged attribution ("thought to have been carried out by", "suspected") keeps the actor
  and lowers ``confidence``.
- ``{country}`` in generic actor names is filled from the event's country (falling back to
  the article's main country); state forces get their regime era for the event date.
- ``notes``: one ACLED-style sentence generated from the fields.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from dateline.gazetteer.countries import country_by_name
from dateline.model import Document, Event, Evidence, Span
from dateline.pipeline.actors import countries_named, resolve_actor_name
from dateline.pipeline.base import Stage
from dateline.pipeline.defenders import home_defender
from dateline.pipeline.prefilter import fold, may_match, required_keys
from dateline.resources import load_csv, load_json


@dataclass(frozen=True, slots=True)
class SourceMention:
    span: Span
    name: str
    kind: str
    scale: str


@cache
def cues() -> dict[str, Any]:
    return dict(load_json("attribution/cues.json"))


# a source row: its regex, the row, and its prefilter keys
SourcePattern = tuple[re.Pattern[str], dict[str, str], tuple[str, ...] | None]


@cache
def _source_patterns() -> tuple[SourcePattern, ...]:
    """Each source row compiled, with the literals one of which every match contains (so a
    row whose literals are absent from the article is skipped without running its regex)."""
    return tuple(
        (
            re.compile(
                rf"(?<![\w-])(?:{row['pattern']})(?![\w-])",
                0 if row["case"] == "cs" else re.IGNORECASE,
            ),
            row,
            required_keys(row["pattern"]),
        )
        for row in load_csv("attribution/sources.csv")
    )


@cache
def _anaphor_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"\b(?:{row['pattern']})\b", re.IGNORECASE), row["kind"])
        for row in load_csv("attribution/anaphors.csv")
    )


@cache
def _cue_regex(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in cues()[key]), re.IGNORECASE)


def find_sources(doc: Document) -> list[SourceMention]:
    """Every named source in the article, then anaphors resolved to the last one of their kind."""
    folded = fold(doc.text)
    named = [
        SourceMention(doc.span(m.start(), m.end()), row["name"], row["kind"], row["scale"])
        for regex, row, keys in _source_patterns()
        if may_match(keys, folded)
        for m in regex.finditer(doc.text)
    ]
    named.sort(key=lambda s: s.span.start)
    resolved = list(named)
    for regex, kind in _anaphor_patterns():
        for m in regex.finditer(doc.text):
            earlier = [s for s in named if s.kind == kind and s.span.end <= m.start()]
            if earlier:
                last = earlier[-1]
                span = doc.span(m.start(), m.end())
                resolved.append(SourceMention(span, last.name, kind, last.scale))
    return sorted(resolved, key=lambda s: s.span.start)


def _in_sentences(
    doc: Document, spans: list[SourceMention], ids: tuple[int, ...]
) -> list[SourceMention]:
    return [s for s in spans if doc.sentence_index(s.span.start) in ids]


def _outlet_scale(outlet: str) -> str:
    for regex, row, _keys in _source_patterns():
        if regex.fullmatch(outlet.strip()):
            return row["scale"]
    return str(cues()["outlet_scale"])


def combined_scale(scales: list[str]) -> str:
    """ACLED writes several scales as lowest-highest: "National-International"."""
    order = list(cues()["scale_order"])
    known = sorted({s for s in scales if s}, key=lambda s: order.index(s) if s in order else 99)
    if len(known) <= 1:
        return known[0] if known else ""
    return f"{known[0]}-{known[-1]}"


def attribute_sources(doc: Document, event: Event, sources: list[SourceMention]) -> None:
    ids = event.sentence_ids
    near = _in_sentences(doc, sources, ids)
    if not near and ids:  # "..., the observatory said." often closes the previous sentence
        near = _in_sentences(doc, sources, (ids[0] - 1, ids[-1] + 1))
    names = list(dict.fromkeys(s.name for s in near))
    scales = [next(s.scale for s in near if s.name == n) for n in names]
    outlet = (doc.article.source or "").strip()
    if outlet and outlet not in names:
        names.append(outlet)
        scales.append(_outlet_scale(outlet))
    event.source = "; ".join(names)
    event.source_scale = combined_scale(scales)
    event.evidence.extend(Evidence.of("source", s.span) for s in near)


def _following_sentences(doc: Document, event: Event, next_start: int | None) -> list[int]:
    """The event's sentences and the few after it that still speak of it."""
    if not event.sentence_ids:
        return []
    last = event.sentence_ids[-1]
    stop = min(len(doc.sentences), last + 1 + int(cues()["denial_lookahead"]))
    if next_start is not None:
        stop = min(stop, next_start)
    return list(range(event.sentence_ids[0], max(stop, last + 1)))


def mark_disputed(doc: Document, event: Event, next_start: int | None) -> None:
    for index in _following_sentences(doc, event, next_start):
        sentence = doc.sentences[index]
        match = _cue_regex("denial").search(sentence.text)
        if match and not _disputes_a_number(sentence.text[match.end() :]):
            event.disputed = True
            event.confidence *= float(cues()["denial_factor"])
            start = sentence.start + match.start()
            span = doc.span(start, sentence.start + match.end())
            event.evidence.append(Evidence.of("disputed", span))
            return


def _disputes_a_number(after: str) -> bool:
    """"The Taliban rejected the figure": the toll is disputed, not the event."""
    words = " ".join(after.split()[:3])
    return bool(re.search(str(cues()["not_a_denial"]), words, re.IGNORECASE))


def mark_hedged(doc: Document, event: Event) -> None:
    """Hedged attribution keeps the actor but lowers confidence."""
    for index in event.sentence_ids:
        if _cue_regex("hedge").search(doc.sentences[index].text):
            event.confidence *= float(cues()["hedge_factor"])
            return


def main_country(doc: Document) -> str | None:
    """ISO2 of the country most places in the article lie in; without resolved places, the
    country most named in the text ("Syria's", "Syrian"), then the home country of the groups
    it names; None when there is none."""
    resolved = [p for p in doc.places if p.place and p.place.country_code]
    # where it happens, not whose people: "Rwandan forces clashed ... near Mocimboa da Praia"
    located = [p for p in resolved if p.kind != "demonym"] or resolved
    codes = Counter(p.place.country_code for p in located if p.place)
    if not codes:
        codes = Counter(countries_named(doc.text))
    if not codes:  # "the army and M23 rebels": the home country of the named groups
        codes = Counter(a.country for a in doc.actors if a.country)
    return codes.most_common(1)[0][0] if codes else None


def _event_iso2(doc: Document, event: Event) -> str | None:
    country = country_by_name(event.country) if event.country else None
    return country.iso2 if country else main_country(doc)


def _named(template: str, iso2: str | None, day: date) -> str:
    """The actor's name for the event's country; with no country known at all, the name
    without its placeholder ("Civilians", "Military Forces") rather than a raw template."""
    name = successor_name(resolve_actor_name(template, iso2, day), day)
    return name.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "")


@cache
def _successors() -> dict[str, tuple[date, str]]:
    """actors/successors.csv: name -> (the day its successor took over, the successor)."""
    return {
        row["name"]: (date.fromisoformat(row["start"]), row["successor"])
        for row in load_csv("actors/successors.csv")
    }


def successor_name(name: str, day: date) -> str:
    """A mission re-founded under a new mandate by the event's day takes its new name (in
    turn: AMISOM -> ATMIS -> AUSSOM)."""
    while name in _successors() and day >= _successors()[name][0]:
        name = _successors()[name][1]
    return name


def fill_actor_names(doc: Document, event: Event) -> None:
    iso2 = _event_iso2(doc, event)
    day = event.event_date
    event.actor1 = _named(event.actor1, iso2, day)
    event.actor2 = _named(event.actor2, iso2, day)
    if not event.actor2:
        event.actor2 = home_defender(event.actor1, event.sub_event_type, iso2, day)
    for slot, main in (("assoc_actor_1", event.actor1), ("assoc_actor_2", event.actor2)):
        names = [_named(n, iso2, day) for n in getattr(event, slot).split("; ") if n]
        # "an al Qaeda-linked group ... JNIM": al Qaeda named as JNIM's Malian branch is JNIM
        # itself, and an actor is never its own associate (nor listed twice).
        setattr(event, slot, "; ".join(dict.fromkeys(n for n in names if n != main)))


@cache
def _note_templates() -> dict[str, tuple[str, str]]:
    return {r["key"]: (r["with"], r["alone"]) for r in load_csv("attribution/notes.csv")}


def _place_phrase(event: Event) -> str:
    if event.location:
        inside = event.admin1 if event.admin1 and event.admin1 != event.location else event.country
        return f" in {event.location}" + (f" ({inside})" if inside else "")
    return f" in {event.country}" if event.country else ""


def write_note(event: Event) -> str:
    """"On 8 June 2018, Islamic State (Syria) clashed with ... in Albu Kamal (Deir ez-Zor). 43
    fatalities." Generated from the fields, so it never says more than they do."""
    templates = _note_templates()
    with_actor2, alone = templates.get(event.sub_event_type) or templates.get(
        event.event_type, ("{actor1}: {sub_event_type}{place}", "{actor1}: {sub_event_type}{place}")
    )
    body = (with_actor2 if event.actor2 else alone).format(
        actor1=event.actor1 or "Unidentified actors",
        actor2=event.actor2,
        place=_place_phrase(event),
        sub_event_type=event.sub_event_type.lower(),
    )
    day = f"{event.event_date.day} {event.event_date:%B %Y}"
    month = f"In {event.event_date:%B %Y}"
    when = {1: f"On {day}", 2: f"Around {day}"}.get(event.time_precision, month)
    note = f"{when}, {body}."
    if event.fatalities:
        note += f" {event.fatalities} {'fatality' if event.fatalities == 1 else 'fatalities'}."
    return note


class Attributor(Stage):
    name = "attribution"
    requires = ("events", "entities")
    assigns = ("events.source", "events.disputed", "events.notes")

    def __call__(self, doc: Document) -> Document:
        sources = find_sources(doc)
        starts = sorted(e.sentence_ids[0] for e in doc.events if e.sentence_ids)
        for event in doc.events:
            last = event.sentence_ids[-1] if event.sentence_ids else -1
            next_start = next((s for s in starts if s > last), None)
            attribute_sources(doc, event, sources)
            mark_disputed(doc, event, next_start)
            mark_hedged(doc, event)
            fill_actor_names(doc, event)
            event.notes = write_note(event)
        return doc
