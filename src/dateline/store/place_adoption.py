"""Reports the pipeline left without place or country take a place their text names.

A report whose text never gave the pipeline a place it could resolve (a village the gazetteer
lacks, "Oïcha", "GSS Kankara") takes the place of another report whose place its own article
text names as whole words (``placeless_report.named_in_text``), or failing that the province
another report lies in (``placeless_report.named_province_in_text``), provided the two agree
on the kind of act (``type_families.family_agrees``). Moved out of ``store/dedup.py`` in
round 8 of issue #5 (unchanged).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dateline.model import Event
from dateline.store.corroboration import undistinctive_words
from dateline.store.fields import settings
from dateline.store.mentions import TextOf, named_place, named_province
from dateline.store.type_families import family_agrees


def place_unknown(event: Event) -> bool:
    """No location, province or coordinates (the country may still be known)."""
    return not (event.location or event.admin1) and event.latitude is None


def unplaced(event: Event) -> bool:
    """Neither place nor country: the text never said where (as the pipeline read it)."""
    return place_unknown(event) and not event.country


def place_from_text(reports: Sequence[Event], text_of: TextOf | None) -> list[Event]:
    """Each report the pipeline left without place or country takes the place of another
    report whose place its own text names word for word (the pipeline missed it there: a
    village the gazetteer lacks, "Oïcha", "GSS Kankara"); the others are returned unchanged."""
    if text_of is None or not settings()["placeless_report"]["named_in_text"]:
        return list(reports)
    placed = sorted((r for r in reports if not unplaced(r)), key=lambda r: r.geo_precision)
    return [_adopt_named_place(r, placed, text_of) if unplaced(r) else r for r in reports]


def _adopt_named_place(report: Event, placed: Sequence[Event], text_of: TextOf) -> Event:
    text = text_of(report.article_id)
    source = next(
        (p for p in placed if text and named_place(text, p) and _may_adopt(report, p)), None
    )
    if source is None:
        return _adopt_named_province(report, placed, text)
    return replace(
        report, country=source.country, admin1=source.admin1, location=source.location,
        latitude=source.latitude, longitude=source.longitude, geonameid=source.geonameid,
        geo_precision=max(source.geo_precision, 2),  # the name, not the spot, is known
    )  # fmt: skip


def _adopt_named_province(report: Event, placed: Sequence[Event], text: str) -> Event:
    """Failing a place, the province another report lies in, when the unplaced report's text
    names it ("Boko Haram kills 7 in Far North village"): the report is then province-level."""
    if not text or not settings()["placeless_report"].get("named_province_in_text"):
        return report
    common = undistinctive_words()
    source = next((p for p in placed if p.admin1 and named_province(text, p, common)
                   and _may_adopt(report, p)), None)  # fmt: skip
    if source is None:
        return report
    return replace(report, country=source.country, admin1=source.admin1, location=source.admin1,
                   latitude=source.latitude, longitude=source.longitude, geonameid=None,
                   geo_precision=3)  # fmt: skip


def _may_adopt(report: Event, placed: Event) -> bool:
    """Whose place an unplaced report may take: a report of the same sub-event type, or of an
    event type confused with its own for one act of direct violence (``confusable_types``)."""
    if not settings()["placeless_report"]["same_sub_event_type"]:
        return True
    return family_agrees(report, placed)
