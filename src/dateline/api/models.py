"""Request and response bodies of the REST API (pydantic: validation and the OpenAPI schema)."""

from __future__ import annotations

from datetime import date
from difflib import get_close_matches
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dateline.gazetteer.countries import all_countries
from dateline.inputs import MAX_CHARS
from dateline.store.query import acled_country
from dateline.taxonomy import sub_event_types

Period = Literal["day", "week", "month"]
StatsGroup = Literal["country", "admin1", "event_type"]


class ArticleIn(BaseModel):
    """An article to ingest (the same fields as a line of JSONL input)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=500, pattern=r"\S")
    text: str = Field(min_length=1, max_length=MAX_CHARS, pattern=r"\S")  # the model's limit
    published: date | None = None
    title: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=4000)


class IngestOut(BaseModel):
    article_id: str
    status: Literal["added", "updated", "unchanged"]
    reports: int
    new_events: list[str]
    merged_into: list[str]
    # what the pipeline could not do with the text (no publication date for relative dates...)
    warnings: list[str] = []


class EventCorrection(BaseModel):
    """A reviewer's correction: the fields to change, who makes it and why.

    The machine's values are kept; the correction is recorded with the reviewer and time.
    """

    model_config = ConfigDict(extra="forbid")

    reviewer: str = Field(min_length=1, max_length=200, pattern=r"\S")
    note: str = Field(default="", max_length=2000)
    event_date: date | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3)
    sub_event_type: str | None = Field(
        default=None, json_schema_extra={"enum": list(sub_event_types())}
    )
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = Field(default=None, ge=0, le=8)
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = Field(default=None, ge=0, le=8)
    country: str | None = Field(  # the schema lists ACLED's names; aliases, ISO3, any case too
        default=None, json_schema_extra={"enum": ["", *(c.name for c in all_countries())]}
    )
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    fatalities: int | None = Field(default=None, ge=0, le=1_000_000)
    notes: str | None = None
    tags: str | None = None
    civilian_targeting: Literal["", "Civilian targeting"] | None = None
    disputed: bool | None = None

    @field_validator("sub_event_type")
    @classmethod
    def _known_sub_event_type(cls, value: str | None) -> str | None:
        if value is not None and value not in sub_event_types():
            closest = get_close_matches(value, sub_event_types(), n=1)
            hint = f" (did you mean {closest[0]!r}?)" if closest else ""
            raise ValueError(f"unknown sub_event_type {value!r}{hint}")
        return value

    @field_validator("country")
    @classmethod
    def _acled_country(cls, value: str | None) -> str | None:
        """ACLED's name for a name, alias or ISO3 in any case ('nigeria' -> 'Nigeria'); an
        unknown one is a 422 (the event would drop out of every ?country= list)."""
        return None if value is None else acled_country(value)

    def changes(self) -> dict[str, Any]:
        values = self.model_dump(exclude_none=True, exclude={"reviewer", "note"})
        if "event_date" in values:
            values["event_date"] = values["event_date"].isoformat()
        return values


class SplitIn(BaseModel):
    """Move one report (see ``sources[].report_id``) off an event into an event of its own."""

    model_config = ConfigDict(extra="forbid")

    report_id: str = Field(min_length=1)
    reviewer: str = Field(min_length=1, max_length=200, pattern=r"\S")


class SplitOut(BaseModel):
    event_id: str
    new_event_id: str


class EventSummary(BaseModel):
    event_id: str
    event_date: str
    country: str
    admin1: str
    location: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    fatalities: int
    n_reports: int
    latitude: float | None
    longitude: float | None
    reviewed: bool


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[EventSummary]


class EventDetail(BaseModel):
    event: dict[str, Any]
    machine: dict[str, Any]
    reviewed: bool
    sources: list[dict[str, Any]]
    corrections: list[dict[str, Any]]


class ArticleOut(BaseModel):
    article_id: str
    url: str | None
    title: str | None
    source: str | None
    published: str | None
    text: str
    content_hash: str
    ingested_at: str
    updated_at: str
    event_ids: list[str]


class StatRow(BaseModel):
    period: str
    group: str
    events: int
    fatalities: int


class Stats(BaseModel):
    period: Period
    group: StatsGroup
    rows: list[StatRow]


class Problem(BaseModel):
    detail: str
