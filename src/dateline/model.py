"""Typed records that flow through the pipeline.

Every mention carries character offsets into ``Article.text`` so that each field of
an output event can be traced back to the words it came from (``Evidence``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Article:
    """One input article. ``published`` is None when no date was given or found."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""  # where it came from (file path, "stdin", "corpus.jsonl:12") for messages


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from spaCy's NER (label is spaCy's: GPE, ORG, PERSON, DATE, ...)."""

    span: Span
    label: str


@dataclass(slots=True)
class Place:
    """A gazetteer entry (GeoNames-style)."""

    geonameid: int | None
    name: str
    latitude: float
    longitude: float
    country_code: str  # ISO 3166-1 alpha-2
    admin1: str | None = None  # ACLED spelling of the first-level division
    admin2: str | None = None
    # GeoNames feature class: P populated place, A admin, H water, T terrain, L area
    feature_class: str = "P"
    feature_code: str = "PPL"
    population: int = 0


@dataclass(slots=True)
class PlaceMention:
    """A place named in the text and the gazetteer entry it was resolved to (if any)."""

    span: Span
    place: Place | None
    kind: str = "place"  # place | country | admin1 | feature | demonym | district | organisation
    score: float = 1.0
    sentence: int = -1


# ACLED actor type codes (``inter``) the stages test by name
STATE_FORCES = 1
CIVILIANS = 7


@dataclass(slots=True)
class ActorMention:
    """An actor named in the text, already mapped to its ACLED-style canonical name.

    ``name`` may contain ``{country}`` for generic actors ("Civilians ({country})") that take
    the country of the event's location.
    """

    span: Span
    name: str
    inter: int  # ACLED actor type code 1..8
    country: str | None = None  # ISO2 of the actor's home state, when known
    role_hint: str | None = None  # e.g. "victim", "perpetrator", "reporter"
    sentence: int = -1


@dataclass(slots=True)
class DateMention:
    """A date expression resolved against the publication date.

    ``value`` is the day to code (the middle of a span for precision 2, mid-month for 3);
    ``first``/``last`` bound the period the expression denotes.

    ``kind``: "date" (an event can be coded to it), "report" (the day something was said:
    "said on Friday"), "year" (only a year is known: background, never an event date) or
    "unresolved" (relative, and the article has no publication date; ``value`` is then
    ``date.min``). ``history`` marks periods that ended well before publication;
    ``future`` periods that start after it; ``age_days`` is publication minus ``value``.
    """

    span: Span
    value: date
    precision: int  # ACLED time_precision: 1 day, 2 span of days/week, 3 month
    first: date
    last: date
    sentence: int = -1
    kind: str = "date"  # date | report | year | unresolved
    relative: bool = False  # resolved against the publication date ("Friday", "last month")
    future: bool = False
    history: bool = False
    age_days: int | None = None  # None when there is no publication date


@dataclass(slots=True)
class NumberMention:
    """A casualty figure: ``value`` people ``kind`` (killed | injured | abducted | arrested |
    displaced | casualties, the last for killed and injured undivided: "30 killed and wounded")."""

    span: Span
    value: int
    kind: str
    who: str | None = None  # the group the figure is about, as written ("militants", "civilians")
    qualifier: str | None = None  # "at least", "up to", "about", ...
    sentence: int = -1


@dataclass(frozen=True, slots=True)
class Evidence:
    """Character offsets in the article text that support one output field."""

    field: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, field_name: str, span: Span) -> Evidence:
        return cls(field_name, span.start, span.end, span.text)


@dataclass(slots=True)
class Event:
    """One ACLED-style event record (field names are ACLED's)."""

    article_id: str
    event_id: str
    event_date: date
    time_precision: int
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int
    actor2: str = ""
    inter2: int = 0
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    civilian_targeting: str = ""  # ACLED writes "Civilian targeting" or leaves it empty
    iso: int = 0  # ISO 3166-1 numeric, as ACLED
    region: str = ""
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 3
    geonameid: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    injuries: int = 0
    tags: str = ""
    cameo_code: str = ""
    plover_type: str = ""
    confidence: float = 1.0
    disputed: bool = False
    date_known: bool = True  # False when the date fell back to the publication day (or none known)
    timestamp: int = 0  # ACLED's column: Unix time the record was last written (by the store)
    evidence: list[Evidence] = field(default_factory=list)
    # Internal to the pipeline, not written out: the words that signalled the event and the
    # sentences it was read from (later stages look for its place, source, etc. there).
    trigger: Span | None = None
    sentence_ids: tuple[int, ...] = ()

    @property
    def interaction(self) -> int:
        codes = sorted(c for c in (self.inter1, self.inter2) if c)
        if not codes:
            return 0
        if len(codes) == 1:
            return codes[0] * 10  # ACLED: sole actor, e.g. 60 for protesters alone
        return codes[0] * 10 + codes[1]


@dataclass(slots=True)
class Document:
    """An article and everything the pipeline stages found in it.

    Stages fill the lists in order; each declares what it requires and assigns.
    """

    article: Article
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # stage-private scratch (not output)

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.article.text[start:end])

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (-1 if none)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return -1
