"""A place read from a translation note is no place (issue #5, round 11).

Local outlets in translation open with a note, "[Translated from French]", and the pipeline may
read the language as the country (France) or the country's capital as the place ("French" →
Paris, gp 3), or choose a namesake of the real place in that country (Diéma read as Deyme,
France). Such a place says nothing about where the incident happened, and its country keeps the
report from every report of the incident (another country never merges). When a report's
location, province or country rests on words inside a translation note, the store keeps the
report as one whose text gave no place or country (as the pipeline reads texts that never say
where): the placeless rules then decide it by the place its text names, shared named actors and
the wording; generic actors lose the note's country qualifier ("Civilians (France)"). A place
named elsewhere in the text is unaffected, and so (round 12) is a place the text names after
the note in the one country where the note's language is at home (``home_languages``: a
Ukrainian outlet's Odesa). Round 13: a report the pipeline left without place or country keeps
no country qualifier that the text names only inside its note ("[Translated from Portuguese]"
→ "Civilians (Portugal)" for a riot in Maputo): the qualifier would keep it from every report of
its incident (``actor_countries_agree``). ``translation_note`` in ``data/store/dedup.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dateline.model import Event, Evidence
from dateline.store.fields import actor_kind, norm, settings

PLACE_FIELDS = ("location", "admin1", "country")


@cache
def _note() -> re.Pattern[str]:
    return re.compile(settings()["translation_note"]["pattern"], re.IGNORECASE)


def placed_by_note(event: Event, text: str) -> bool:
    """Some evidence of the report's place lies inside a translation note of its text, and
    the note does not vouch for it (``_home_language_place``)."""
    notes = [m.span() for m in _note().finditer(text)]
    in_note = any(_inside(e, notes) for e in event.evidence if e.field in PLACE_FIELDS)
    return in_note and not _home_language_place(event, text, notes)


def _inside(evidence: Evidence, notes: list[tuple[int, int]]) -> bool:
    """The evidence lies within one of the notes' character spans."""
    return any(start <= evidence.start and evidence.end <= end for start, end in notes)


def _home_language_place(event: Event, text: str, notes: list[tuple[int, int]]) -> bool:
    """A place the text names outside the note, in the one country where the note's language
    is at home ("[Translated from Ukrainian] ... drones hit a building in Odesa": the country
    read from the note is the place's own; "French" or "Arabic" are spoken in many countries,
    so a namesake in France proves nothing). ``translation_note.home_languages``."""
    said = " ".join(f" {norm(text[start:end])} " for start, end in notes)
    homes = settings()["translation_note"]["home_languages"].items()
    home = {norm(country) for language, country in homes if f" {norm(language)} " in said}
    named_outside = any(e.field == "location" and not _inside(e, notes) for e in event.evidence)
    return named_outside and event.geo_precision < 3 and norm(event.country) in home


def without_note_place(event: Event, text: str) -> Event:
    """The report as if its text gave no place or country, when its place came from a note."""
    if not settings()["translation_note"]["enabled"]:
        return event
    if not event.country:
        return _without_note_qualifiers(event, text)
    if not placed_by_note(event, text):
        return event
    country = event.country
    return replace(
        event, location="", admin1="", admin2="", admin3="", country="", iso=0, region="",
        latitude=None, longitude=None, geonameid=None, geo_precision=3,
        actor1=_unqualified(event.actor1, country), actor2=_unqualified(event.actor2, country),
        evidence=[e for e in event.evidence if e.field not in PLACE_FIELDS],
    )  # fmt: skip


def _unqualified(actor: str, country: str) -> str:
    """A generic actor without the note's country: "Civilians (France)" → "Civilians"."""
    suffix = f" ({country})"
    if country and actor_kind(actor) == "generic" and actor.endswith(suffix):
        return actor[: -len(suffix)]
    return actor


def _without_note_qualifiers(event: Event, text: str) -> Event:
    """A report without country: generic actors lose a country qualifier that its text names
    only inside a translation note (or not at all), when it has one."""
    notes = [m.span() for m in _note().finditer(text)]
    if not notes or not settings()["translation_note"]["unplaced_qualifiers"]:
        return event
    outside = norm(_outside(text, notes))
    actors = []
    for actor in (event.actor1, event.actor2):
        qualifier = re.search(r"\(([^)\d]+)\)\s*$", actor)
        named = qualifier is not None and f" {norm(qualifier.group(1))} " in f" {outside} "
        actors.append(actor if qualifier is None or named else _unqualified(actor, qualifier[1]))
    return replace(event, actor1=actors[0], actor2=actors[1])


def _outside(text: str, notes: list[tuple[int, int]]) -> str:
    """The text without its translation notes."""
    kept, last = [], 0
    for start, end in notes:
        kept.append(text[last:start])
        last = end
    return " ".join([*kept, text[last:]])
