"""Does an article's text name a place? A second look for reports the pipeline left unplaced.

When extraction finds no place in a report (a village the gazetteer lacks, an accented or
school-prefixed spelling: "Oïcha", "GSS Kankara"), the report cannot be compared by place, and
dedup would need a shared named actor to tie it to anything. If its text names the place of the
other report word for word (accents and case aside), the two agree on the place after all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from dateline.gazetteer.normalize import strip_accents
from dateline.model import Event
from dateline.store.fields import settings

TextOf = Callable[[str], str]  # article id -> the article's text ('' when unknown)
MIN_NAME_LENGTH = 4  # shorter names ("Bol", "Ain") occur inside too many ordinary texts


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", strip_accents(text.casefold())).split())


def place_names(event: Event) -> list[str]:
    """The names a text could use for the event's place: the location, and the province when
    the report locates it only that far."""
    names = [event.location]
    if event.geo_precision >= 3:
        names.append(event.admin1)
    return [n for n in dict.fromkeys(names) if len(_fold(n)) >= MIN_NAME_LENGTH]


def named_place(text: str, event: Event) -> str | None:
    """The first of ``event``'s place names that ``text`` contains as whole words."""
    folded = f" {_fold(text)} "
    return next((n for n in place_names(event) if f" {_fold(n)} " in folded), None)


def named_province(text: str, event: Event, common_words: Collection[str]) -> str | None:
    """``event``'s province when ``text`` names it as whole words and the name is distinctive:
    some word of it is not a common word ("Far North" names Cameroon's province; "Western" or
    "Central" alone name nothing in particular)."""
    name = event.admin1
    words = _fold(name).split() if name else []
    if len(_fold(name)) < MIN_NAME_LENGTH or all(w in common_words for w in words):
        return None
    return name if f" {_fold(name)} " in f" {_fold(text)} " else None


def placed_by_bearing(event: Event, text_of: TextOf | None) -> bool:
    """The report is "near" a place (``geo_precision`` 2) that its text names as a bearing
    ("west of El Fasher", "20 km north-west of Goma": a compass direction and "of" right
    before the location mention, not "the west of Khartoum", a part of the town): it happened
    somewhere else, in that direction (``bearing_from_place``)."""
    rule = settings()["bearing_from_place"]
    if not rule["enabled"] or text_of is None or event.geo_precision != 2:
        return False
    text = text_of(event.article_id)
    directions = set(rule["directions"])  # folded: "north-west" reads "north west"
    for mention in (e for e in event.evidence if e.field == "location"):
        before = _fold(text[max(0, mention.start - 40) : mention.start]).split()
        if _bearing_before(before, directions):
            return True
    return False


def named_only_as_bearing(text: str, name: str) -> bool:
    """Every mention of ``name`` in ``text`` is a bearing ("Dilling, north of Kadugli": a
    compass direction and "of" right before it, not "the west of Kadugli", a part of the
    town): the text places its own incident elsewhere, in that direction, and names the place
    only to say where (``bearing_from_place``)."""
    rule = settings()["bearing_from_place"]
    if not rule["enabled"]:
        return False
    directions = set(rule["directions"])
    words, target = _fold(text).split(), _fold(name).split()
    starts = [i for i in range(len(words)) if words[i : i + len(target)] == target]
    return bool(starts) and all(_bearing_before(words[max(0, i - 3) : i], directions)
                                for i in starts)  # fmt: skip


def _bearing_before(before: list[str], directions: set[str]) -> bool:
    """The words before a mention end in a compass direction and "of", not after "the"."""
    bearing = len(before) >= 2 and before[-1] == "of" and before[-2] in directions
    return bearing and before[-3:-2] != ["the"]
