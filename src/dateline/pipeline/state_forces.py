"""State forces and governments by country, kind and regime era, and by the work they do.

``data/actors/state_forces.csv`` names each country's forces per regime era ("Military Forces of
Syria (2000-)"). A government as a party to an agreement, a change to a group or another
strategic development is "Government of <Country> (<era>)": the era of the country's military
forces unless the table gives a government row. Forces named by ambiguous words ("security
forces") doing police work are the police; a government that arrests is its police, and no
party to other acts (``actors/police_work.json``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from dateline.gazetteer.countries import country_by_iso2
from dateline.model import ActorMention
from dateline.resources import data_regex, load_csv, load_json, read_text

KIND_PREFIX = {
    "military": "Military Forces of", "police": "Police Forces of", "government": "Government of",
}
FORMER = " {former}"  # marks a template for the forces of the regime before the event's
GOVERNMENTS = "governments"  # doc.extras key: government mentions, kept out of doc.actors
STATE_TEMPLATE = re.compile(r"^(?:(Military|Police) Forces|(Government)) of \{country\}$")


@cache
def _state_eras() -> dict[tuple[str, str], list[tuple[date, str]]]:
    eras: dict[tuple[str, str], list[tuple[date, str]]] = {}
    for row in load_csv("actors/state_forces.csv"):
        eras.setdefault((row["iso2"], row["kind"]), []).append(
            (date.fromisoformat(row["start"]), row["name"])
        )
    for rows in eras.values():
        rows.sort()
    return eras


def _era_rows(iso2: str, kind: str) -> list[tuple[date, str]]:
    """A kind's eras; a government without rows of its own follows its military's eras."""
    rows = _state_eras().get((iso2, kind), [])
    if rows or kind != "government":
        return rows
    prefix = KIND_PREFIX["military"]
    return [
        (start, KIND_PREFIX["government"] + name[len(prefix) :].split(")", 1)[0] + ")")
        for start, name in _state_eras().get((iso2, "military"), [])
        if name.startswith(prefix) and ")" in name
    ]


def has_named_eras(iso2: str, kind: str) -> bool:
    """Whether ACLED names this country's forces of ``kind`` by era (a row in the table)."""
    return bool(_era_rows(iso2, kind))


def state_force_name(iso2: str, kind: str, day: date | None, former: bool = False) -> str:
    """ACLED name of a country's state forces ("military" or "police") or its government on
    ``day``; ``former``: those of the regime before ("the ousted government's forces")."""
    rows = _era_rows(iso2, kind)
    chosen = [name for start, name in rows if day is None or start <= day]
    if chosen:
        return chosen[-2] if former and len(chosen) > 1 else chosen[-1]
    if rows:  # before the first era we know: the earliest is the best guess
        return rows[0][1]
    country = country_by_iso2(iso2)
    label = country.name if country else iso2
    if label in _definite_names():  # ACLED: "Military Forces of the Philippines"
        label = f"the {label}"
    return f"{KIND_PREFIX.get(kind, KIND_PREFIX['military'])} {label}"


def former_template(template: str) -> tuple[str, bool]:
    """"Military Forces of {country} {former}" -> ("Military Forces of {country}", True)."""
    if template.endswith(FORMER):
        return template[: -len(FORMER)], True
    return template, False


def template_kind(template: str) -> str | None:
    """"Police Forces of {country}" -> "police"; None for other templates."""
    match = STATE_TEMPLATE.match(template)
    if match is None:
        return None
    return (match.group(1) or match.group(2)).lower()


@cache
def _definite_names() -> frozenset[str]:
    """Country names ACLED writes with "the" in actor names (actors/definite_article.txt)."""
    return frozenset(line.strip() for line in read_text("actors/definite_article.txt").splitlines())


def is_government(actor: ActorMention | None) -> bool:
    return actor is not None and actor.name.startswith(KIND_PREFIX["government"])


@cache
def _police_work() -> dict[str, Any]:
    return dict(load_json("actors/police_work.json"))


def _as_kind(actor: ActorMention, kind: str, day: date | None) -> ActorMention:
    if actor.country:
        return replace(actor, name=state_force_name(actor.country, kind, day))
    return replace(actor, name=f"{KIND_PREFIX[kind]} {{country}}")


def _as_police(actor: ActorMention | None, day: date | None) -> ActorMention | None:
    """"Security forces" named for crowd control or arrests are the police."""
    if actor is None or actor.inter != 1 or not actor.name.startswith("Military Forces of"):
        return actor
    if not re.match(str(_police_work()["words"]), actor.span.text, re.IGNORECASE):
        return actor
    return _as_kind(actor, "police", day)


def _government_at_work(
    sub_event_type: str, actor: ActorMention | None, day: date | None
) -> ActorMention | None:
    """A government is a party as such only to the developments ACLED codes it in; when it
    arrests it is its police ("the authorities arrested"); to other acts ("a mob chanting
    against the ousted government") it is no party."""
    if not is_government(actor) or sub_event_type in _police_work()["government_types"]:
        return actor
    assert actor is not None
    return _as_kind(actor, "police", day) if sub_event_type == "Arrests" else None


def police_by_task(
    sub_event_type: str, pair: tuple[ActorMention | None, ActorMention | None], day: date | None
) -> tuple[ActorMention | None, ActorMention | None]:
    """State forces doing police work, named by ambiguous words, are coded as the police; a
    government outside its own developments by the forces that act for it."""
    first, second = (_government_at_work(sub_event_type, a, day) for a in pair)
    if sub_event_type not in _police_work()["tasks"]:
        return first, second
    return _as_police(first, day), _as_police(second, day)


OFF_DUTY = "actors/off_duty.json"


def is_state_force(mention: ActorMention) -> bool:
    """A state force named by its own noun or name ("soldiers", "the Malian army", "FAMa")."""
    return mention.inter == 1 and mention.role_hint in ("state", "country-state", "state-named")


def _out_of_service(text: str, mention: ActorMention) -> bool:
    before = text[max(0, mention.span.start - 40) : mention.span.start]
    after = text[mention.span.end : mention.span.end + 40]
    return is_state_force(mention) and bool(
        data_regex(OFF_DUTY, "before").search(before)
        or data_regex(OFF_DUTY, "after").match(after)
    )


def off_duty_as_civilians(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"a retired army colonel", "an off-duty constable", "a former soldier of the Colombian
    army": forces out of service when hit are civilians, and the force they once served in,
    named right after them, is no second party."""
    unit_after = data_regex(OFF_DUTY, "unit_after")
    kept: list[ActorMention] = []
    retired: ActorMention | None = None  # the last force member found out of service
    for mention in mentions:
        gap = text[retired.span.end : mention.span.start] if retired else ""
        if retired and is_state_force(mention) and unit_after.match(gap):
            continue  # "a former soldier of the Colombian army": one person, a civilian
        retired = None
        if _out_of_service(text, mention):
            retired = mention
            mention = replace(
                mention, name="Civilians ({country})", inter=7, role_hint="generic", country=None
            )
        kept.append(mention)
    return kept
