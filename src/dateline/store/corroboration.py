"""Evidence from the article texts that two reports describe one incident.

Extraction leaves gaps the field-by-field comparison cannot bridge: a report without place or
country ("gunmen attacked a bar in the zone of Gatumba", the village missing from the
gazetteer) or with only generic actors has nothing that identifies the incident, and a place
name the gazetteer resolved to a namesake elsewhere in the country looks like another place.
What the outlets wrote still overlaps: the same village, brigade or hospital is named in both
event passages, their wording is close, their death tolls agree, and one text names the place
the other report was located at. Every threshold is in ``data/store/dedup.json``
(``text_evidence``), and none of these signals is used alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from dateline.gazetteer.countries import country_by_name
from dateline.gazetteer.normalize import strip_accents
from dateline.model import Event
from dateline.resources import load_json
from dateline.store.mentions import TextOf, named_only_as_bearing, named_place

PASSAGE_FIELDS_SKIPPED = frozenset({"source"})  # "..., the prefect told AFP" says nothing of it
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])|\n+")
WORD = re.compile(r"[^\W_][\w'’-]*")
POSSESSIVE = re.compile(r"['’]s?$")


@cache
def rules() -> dict[str, Any]:
    return dict(load_json("store/dedup.json")["text_evidence"])


@cache
def undistinctive_words() -> frozenset[str]:
    """Capitalised words that name no particular incident (days, months, titles, compass
    points, generic institutions), case-folded."""
    return frozenset(w.casefold() for w in rules()["undistinctive_words"])


def passage(event: Event, text: str) -> str:
    """The sentences the event was read from: those its evidence spans touch (the whole text
    when the record carries no offsets, as hand-coded records do)."""
    spans = [(e.start, e.end) for e in event.evidence if e.field not in PASSAGE_FIELDS_SKIPPED]
    spans = [(s, e) for s, e in spans if 0 <= s < e <= len(text)]
    if not spans:
        return text
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]
    starts = sorted(set(bounds))
    chosen = [
        (begin, end) for begin, end in zip(starts, starts[1:], strict=False)
        if any(s < end and e > begin for s, e in spans)
    ]  # fmt: skip
    return " ".join(text[begin:end].strip() for begin, end in chosen)


def distinctive_words(text: str) -> set[str]:
    """Names in a passage: capitalised words (or words with digits: "444th") that do not
    open a sentence, are long enough to be names and are not in the undistinctive list."""
    found: set[str] = set()
    minimum = int(rules()["min_word_length"])
    for sentence in SENTENCE_END.split(text):
        words = WORD.findall(sentence)
        for word in words[1:]:  # a sentence's first word is capitalised whatever it is
            word = POSSESSIVE.sub("", word)
            named = word[:1].isupper() or any(c.isdigit() for c in word)
            key = _fold(word)
            if named and len(key) >= minimum and _distinctive(key):
                found.add(key)
    return found


@cache
def _distinctive(key: str) -> bool:
    """Not a listed common word, nor a country or its people ("Cameroon", "Beninese"): every
    report of a country's incidents names those."""
    return key not in undistinctive_words() and country_by_name(key) is None


def shared_names(a: Event, b: Event, text_of: TextOf) -> set[str]:
    """Distinctive words both reports' passages use (accents and case aside)."""
    return distinctive_words(passage(a, text_of(a.article_id))) & distinctive_words(
        passage(b, text_of(b.article_id))
    )


def wording_similarity(a: Event, b: Event, text_of: TextOf) -> float:
    """Token-set similarity (0-100) of the two event passages, on words of three or more
    letters (articles and prepositions would make any two news sentences look alike)."""
    texts = [passage(e, text_of(e.article_id)) for e in (a, b)]
    if not all(texts):
        return 0.0
    content = [" ".join(w for w in WORD.findall(_fold(t)) if len(w) >= 3) for t in texts]
    return float(fuzz.token_set_ratio(content[0], content[1]))


def tolls_agree(a: Event, b: Event) -> bool | None:
    """True when both give a death toll and they are close (22 vs 23), False when both give
    one and they are far apart, None when either is silent (silence is not zero)."""
    if a.fatalities <= 0 or b.fatalities <= 0:
        return None
    low, high = sorted((a.fatalities, b.fatalities))
    return low / high >= float(rules()["toll_ratio"])


def strongly_agree(a: Event, b: Event, text_of: TextOf | None) -> tuple[bool, str]:
    """Whether the texts identify one incident where the records' places or actors cannot:
    shared names in the event passages (or near-identical wording), and no contradicting toll."""
    if text_of is None:
        return False, "no article texts to compare"
    if tolls_agree(a, b) is False:
        return False, f"death tolls disagree ({a.fatalities} / {b.fatalities})"
    names = shared_names(a, b, text_of)
    if len(names) >= int(rules()["min_shared_names"]):
        return True, f"both texts name {', '.join(sorted(names))}"
    similarity = wording_similarity(a, b, text_of)
    if similarity >= float(rules()["min_wording_similarity"]) and tolls_agree(a, b):
        return True, f"near-identical wording ({similarity:.0f}) and death tolls"
    return False, "the texts share no name of the incident"


def text_names_other_place(a: Event, b: Event, text_of: TextOf | None) -> str | None:
    """The place of one report that the other report's own article names (a namesake the
    gazetteer resolved elsewhere, a province the other text calls by name), or None."""
    if text_of is None:
        return None
    for own, other in ((a, b), (b, a)):
        text = text_of(own.article_id)
        named = named_place(text, other) if text else None
        # "Katsina State" names the report's own province, not the town Katsina elsewhere.
        own_names = {_fold(n) for n in (own.location, own.admin1, own.country) if n}
        # "Dilling, north of Kadugli" names Kadugli to say the incident was elsewhere.
        if named and _fold(named) not in own_names and not named_only_as_bearing(text, named):
            return named
    return None


def same_place_name(a: Event, b: Event) -> bool:
    """Both reports name one place (the same name, accents and case aside, in one country)
    even if the gazetteer resolved the name to different namesakes."""
    if not (a.location and a.country) or _fold(a.country) != _fold(b.country):
        return False
    return _fold(a.location) == _fold(b.location)


def _fold(text: str) -> str:
    return strip_accents(text.casefold())
