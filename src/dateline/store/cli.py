"""``dateline ingest | events | export | review``: the event store from the command line."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import click

from dateline.cli import (
    EXIT_CODES_HELP_INTERRUPTIBLE,
    date_option_value,
    published_opt,
    workers_opt,
)
from dateline.formats.output import FORMATS, write_events
from dateline.inputs import ReadOptions
from dateline.model import Article, Document
from dateline.store.backend import StoreError
from dateline.store.query import (
    SORT_COLUMNS,
    EventFilter,
    acled_country,
    bbox_corners,
    did_you_mean,
)
from dateline.store.review import ReviewError
from dateline.store.store import EventStore

F = TypeVar("F", bound=Callable[..., Any])
EXPORT_FORMATS = {"acled-csv": "csv", **{f: f for f in FORMATS}}

db_opt = click.option(
    "--db", envvar="DATELINE_DB", default=None,
    help="SQLite file or postgresql:// URL (default: DATELINE_DB, else the user data dir).",
)  # fmt: skip


def _open(db: str | None) -> EventStore:
    try:
        return EventStore(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def _empty_store_hint(store: EventStore, db: str | None) -> str:
    """'' unless the database holds no event at all: then which database that is (a forgotten
    --db opens an empty one in the user data dir, and '0 events' looks like a filter result)."""
    if store.count_events(EventFilter()) > 0:
        return ""
    from dateline.settings import get_settings

    url = re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", db or get_settings().db_url)
    return f" ({url} holds no events: ingest first, or name your database with --db or DATELINE_DB)"


def _bbox(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> tuple[float, ...] | None:
    """Two corners in either order, as the API takes them (the same box from both)."""
    if not value:
        return None
    try:
        return bbox_corners(value)
    except ValueError:  # the API's HTTP 400; here a usage error naming the option
        message = "expected MIN_LON,MIN_LAT,MAX_LON,MAX_LAT (two corners, either order)"
        raise click.BadParameter(message) from None


def _named(
    canonical: tuple[str, ...], kind: str, values: tuple[str, ...], where: str | None = None
) -> tuple[str, ...]:
    """Taxonomy names in any case ('battles' -> 'Battles'); a typo is refused with the valid
    names (it would otherwise match nothing and look like an empty store)."""
    by_key = {name.casefold(): name for name in canonical}
    names = []
    for value in values:
        name = by_key.get(value.strip().casefold())
        if name is None:
            hint = did_you_mean(value, canonical)
            raise click.BadParameter(
                f"unknown {kind} {value!r}; {hint}valid: {', '.join(canonical)}",
                param_hint=where or f"--{kind.replace(' ', '-')}",
            )
        names.append(name)
    return tuple(names)


def _countries(values: tuple[str, ...], where: str = "--country") -> tuple[str, ...]:
    """ACLED names for names, aliases and ISO3 codes, as the API reads them; an unknown one
    is a usage error (it would match nothing: an empty export that looks like an empty store).
    The API keeps answering 200 with no events for it."""
    try:
        return tuple(acled_country(value) for value in values)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=where) from None


def filter_options(func: F) -> F:
    """The event filters shared by ``events list`` and ``export``."""
    options = [
        click.option("--from", "date_from", callback=date_option_value,
                     help="First event date (YYYY-MM-DD)."),
        click.option("--to", "date_to", callback=date_option_value,
                     help="Last event date (YYYY-MM-DD)."),
        click.option("--country", multiple=True,
                     help="Country: ACLED name, alias, ISO3 or ISO2 (repeatable)."),
        click.option("--admin1", multiple=True, help="First-level division (repeatable)."),
        click.option("--event-type", multiple=True, help="ACLED event type (repeatable)."),
        click.option("--sub-event-type", multiple=True, help="ACLED sub-event type (repeatable)."),
        click.option("--actor", help="Text in actor1 or actor2 (case-insensitive)."),
        click.option("--text", "text", help="Words (all of them) in notes, location or actors."),
        click.option("--bbox", callback=_bbox,
                     help="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT (two corners, either order)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def build_filter(options: dict[str, Any]) -> EventFilter:
    from dateline.taxonomy import event_types, sub_event_types

    return EventFilter(
        date_from=options.get("date_from"), date_to=options.get("date_to"),
        country=_countries(tuple(options.get("country") or ())),
        admin1=tuple(options.get("admin1") or ()),
        event_type=_named(event_types(), "event type", tuple(options.get("event_type") or ())),
        sub_event_type=_named(tuple(sub_event_types()), "sub event type",
                              tuple(options.get("sub_event_type") or ())),
        actor=options.get("actor"), text=options.get("text"), bbox=options.get("bbox"),
    )  # fmt: skip


@click.command(epilog=EXIT_CODES_HELP_INTERRUPTIBLE.replace("written", "stored"))
@click.argument("inputs", nargs=-1, required=True)
@published_opt
@click.option("--source", help="Name of the outlet, for inputs that do not say.")
@workers_opt
@db_opt
def ingest(
    inputs: tuple[str, ...],
    published: date | None,
    source: str | None,
    workers: int | None,
    db: str | None,
) -> None:
    """Extract events from articles and store them, merging reports of the same event."""
    from dateline.cli import finish_batch, iter_articles

    stats = {"articles": 0, "errors": 0}
    counts = dict.fromkeys(("added", "updated", "unchanged", "reports", "new_events", "copies",
                            "duplicates"), 0)  # fmt: skip
    try:
        with _open(db) as store:
            articles = iter_articles(inputs, ReadOptions(published, source), stats)
            extract = partial(_extract_with_progress, workers=workers)
            for result in store.ingest(articles, extract):
                _count(result, counts)
    except KeyboardInterrupt:
        _stop_interrupted(counts)
    click.echo(_ingest_summary(counts), err=True)
    finish_batch(stats)


def _count(result: Any, counts: dict[str, int]) -> None:
    duplicate = result.status == "unchanged" and result.copy_of is not None
    counts["duplicates" if duplicate else result.status] += 1
    counts["copies"] += result.status == "added" and result.copy_of is not None
    counts["reports"] += result.reports
    counts["new_events"] += len(result.new_events)
    if duplicate:
        click.echo(f"dateline: duplicate of {result.copy_of} (same text)", err=True)


def _stop_interrupted(counts: dict[str, int]) -> None:
    """What a Ctrl-C left in the store (click's bare 'Aborted!' said nothing) and exit 130:
    each article is one transaction, so the stored ones are whole and the one being written
    is not there at all."""
    from dateline.cli import EXIT_INTERRUPTED

    stored = sum(counts[k] for k in ("added", "updated", "unchanged", "duplicates"))
    said = (f"interrupted after {stored} article(s) stored, each whole; the same command "
            "again stores the rest (stored ones come back unchanged)")  # fmt: skip
    click.echo(f"\ndateline: {said}", err=True)
    click.echo(_ingest_summary(counts), err=True)
    sys.exit(EXIT_INTERRUPTED)


def _extract_with_progress(
    articles: list[Article], workers: int | None = None
) -> Iterator[Document]:
    """The store's extraction (a pool as ``extract --workers`` uses for more than 4 articles),
    with the terminal progress bar and each article's warnings (an undated article's relative
    dates stay unresolved: its events must not vanish unsaid)."""
    from dateline.cli import progress, report_warnings
    from dateline.pipeline import process

    docs = process(articles, workers=workers if len(articles) > 4 else 1)
    for doc in progress(docs, len(articles)):
        report_warnings(doc)
        yield doc


def _ingest_summary(counts: dict[str, int]) -> str:
    n_duplicates = counts["duplicates"]
    duplicates = f"{n_duplicates} duplicates of another id, " if n_duplicates else ""
    return (
        f"dateline: {counts['added']} articles added ({counts['copies']} syndicated copies), "
        f"{counts['updated']} updated, {duplicates}"
        f"{counts['unchanged']} unchanged; {counts['reports']} event reports, "
        f"{counts['new_events']} new events"
    )


@click.group(invoke_without_command=True)
@click.pass_context
def events(ctx: click.Context) -> None:
    """List stored events (``events list``) or show one with its sources (``events show ID``)."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@events.command("list")
@filter_options
@click.option(
    "--sort",
    default="-event_date",
    show_default=True,
    help=f"Column ({', '.join(SORT_COLUMNS)}), '-' first for descending.",
)
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@db_opt
def list_command(
    sort: str, limit: int, offset: int, as_json: bool, db: str | None, **filters: Any
) -> None:
    """Events matching the filters, newest first."""
    flt = build_filter(filters)
    with _open(db) as store:
        try:
            rows = store.list_events(flt, sort, limit, offset)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--sort") from None
        total = store.count_events(flt)
        hint = _empty_store_hint(store, db) if total == 0 else ""
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    for row in rows:
        click.echo(_summary_line(row))
    click.echo(f"{len(rows)} of {total} events{hint}", err=True)


def _place(row: dict[str, Any]) -> str:
    """'Maru, Zamfara, Nigeria', or what is known of it; an event located nowhere says so."""
    place = ", ".join(p for p in (row["location"], row["admin1"], row["country"]) if p)
    return place or "(no place found)"


def _summary_line(row: dict[str, Any]) -> str:
    place = _place(row)
    actors = " vs ".join(a for a in (row["actor1"], row["actor2"]) if a)
    return (
        f"{row['event_id']}  {row['event_date']}  {row['sub_event_type']:<34} "
        f"{row['fatalities']:>4} dead  {row['n_reports']} rep.  {place}  | {actors}"
    )


@events.command("show")
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="The full record as JSON.")
@db_opt
def show_command(event_id: str, as_json: bool, db: str | None) -> None:
    """An event, every report that contributed to it, and why they were merged."""
    with _open(db) as store:
        detail = store.get_event(event_id)
    if detail is None:
        raise click.ClickException(f"no event {event_id!r}")
    if as_json:
        click.echo(json.dumps(detail, ensure_ascii=False, indent=2))
        return
    for line in describe_event(detail):
        click.echo(line)


def describe_event(detail: dict[str, Any]) -> list[str]:
    event = detail["event"]
    lines = [
        f"{event['event_id']}: {event['sub_event_type']} ({event['event_type']}) on "
        f"{event['event_date']} at {_place(event)}",
        f"  actors: {event['actor1']} / {event['actor2'] or '-'}; fatalities {event['fatalities']}",
    ]
    if event["source"]:
        lines.append(f"  sources: {event['source']}")
    lines.append(f"  {len(detail['sources'])} report(s):")
    for source in detail["sources"]:
        report = source["report"]
        lines.append(
            f"  - {source['report_id']} [{source['source'] or '?'}] {report.get('event_date')} "
            f"{report.get('location')} {report.get('sub_event_type')}, "
            f"{report.get('fatalities')} dead"
        )
        lines.append(f"      why: {source['merge_reason']}")
    for correction in detail["corrections"]:
        lines.append(
            f"  corrected {correction['field']}: {correction['old_value']!r} -> "
            f"{correction['new_value']!r} by {correction['reviewer']} at {correction['created_at']}"
        )
    return lines


@click.command()
@filter_options
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORT_FORMATS)), default=None,
              help="[default: the one -o's suffix names, else acled-csv]")  # fmt: skip
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file (default: standard output; parquet needs a file).",
)
@db_opt
def export(fmt: str | None, output: Path | None, db: str | None, **filters: Any) -> None:
    """Write the stored events matching the filters as ACLED CSV, JSONL, GeoJSON or Parquet."""
    from dateline.cli import check_output, output_format

    target_format = EXPORT_FORMATS[output_format(fmt, output, "acled-csv")]
    if target_format == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    flt = build_filter(filters)  # an unknown filter value is refused before any file is made
    check_output(output)
    with _open(db) as store:
        stream = store.iter_events(flt)
        if output is not None:
            count = write_events(stream, target_format, output)
        else:
            count = write_events(stream, target_format, sys.stdout)
        hint = _empty_store_hint(store, db) if count == 0 else ""
    click.echo(f"dateline: exported {count} event{'' if count == 1 else 's'}{hint}", err=True)


@click.group()
def review() -> None:
    """A reviewer's changes: split a report off an event, merge events, correct fields."""


reviewer_opt = click.option("--reviewer", envvar="USER", default="reviewer", show_default=True,
                            help="Who is making the change (recorded).")  # fmt: skip


@review.command("split")
@click.argument("event_id")
@click.argument("report_id")
@reviewer_opt
@db_opt
def split_command(event_id: str, report_id: str, reviewer: str, db: str | None) -> None:
    """Move REPORT_ID (see ``events show``) off EVENT_ID into an event of its own."""
    with _open(db) as store:
        try:
            new_id = store.split_report(event_id, report_id, reviewer)
        except ReviewError as exc:
            raise click.ClickException(str(exc)) from None
    click.echo(new_id)


@review.command("merge")
@click.argument("keep_id")
@click.argument("other_id")
@reviewer_opt
@db_opt
def merge_command(keep_id: str, other_id: str, reviewer: str, db: str | None) -> None:
    """Fold every report of OTHER_ID into KEEP_ID."""
    with _open(db) as store:
        try:
            store.merge_events(keep_id, other_id, reviewer)
        except ReviewError as exc:
            raise click.ClickException(f"cannot merge: {exc}") from None
        except KeyError as exc:  # the store names the id it could not find
            raise click.ClickException(f"cannot merge: no event {exc.args[0]!r}") from None
        kept = store.get_event(keep_id)
    reports = len(kept["sources"]) if kept else 0
    click.echo(f"{keep_id}: merged {other_id} into it ({reports} reports)")


@review.command("correct")
@click.argument("event_id")
@click.argument("changes", nargs=-1, required=True)
@click.option("--note", default="", help="Why (recorded with the correction).")
@reviewer_opt
@db_opt
def correct_command(event_id: str, changes: tuple[str, ...], note: str, reviewer: str,
                    db: str | None) -> None:  # fmt: skip
    """Correct fields: FIELD=VALUE ... (VALUE is read as JSON when it parses, else as text).
    Prints each change made: the field, old -> new, and the event id."""
    parsed = dict(_field_value(change) for change in changes)
    _canonical_changes(parsed)
    with _open(db) as store:
        before = store.get_event(event_id)
        try:
            store.correct_event(event_id, parsed, reviewer, note)
        except ReviewError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyError:
            raise click.ClickException(f"no event {event_id!r}") from None
        after = store.get_event(event_id)
    old = before["event"] if before else {}
    new = after["event"] if after else {}
    for name in parsed:
        click.echo(f"{event_id}: {name} {old.get(name)!r} -> {new.get(name, parsed[name])!r}")


@review.command("revert")
@click.argument("event_id")
@click.argument("fields", nargs=-1)
@click.option("--note", default="back to the machine's value", show_default=True,
              help="Why (recorded with the correction).")  # fmt: skip
@reviewer_opt
@db_opt
def revert_command(event_id: str, fields: tuple[str, ...], note: str, reviewer: str,
                   db: str | None) -> None:  # fmt: skip
    """Undo corrections: FIELDS (default: every corrected field) back to the machine's values,
    recorded as one more correction. A merge is undone with ``review split``."""
    with _open(db) as store:
        detail = store.get_event(event_id)
        if detail is None:
            raise click.ClickException(f"no event {event_id!r}")
        changes = _machine_values(detail, fields)
        try:
            store.correct_event(event_id, changes, reviewer, note)
        except ReviewError as exc:
            raise click.ClickException(str(exc)) from None
        after = store.get_event(event_id)
    new = after["event"] if after else {}
    for name in changes:
        click.echo(f"{event_id}: {name} {detail['event'].get(name)!r} -> {new.get(name)!r}")


def _machine_values(detail: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The machine's value of each field to revert: the ones named, else every corrected one
    (the types that follow a sub-event type come back with it)."""
    from dateline.store.review import EDITABLE_FIELDS

    corrected = [c["field"] for c in detail["corrections"] if c["field"] in EDITABLE_FIELDS]
    names = list(dict.fromkeys(fields or corrected))
    if not names:
        raise click.ClickException(f"event {detail['event']['event_id']!r} has no corrections")
    not_corrected = [name for name in names if name not in corrected]
    if not_corrected:
        raise click.BadParameter(f"not corrected: {', '.join(not_corrected)}; corrected: "
                                 f"{', '.join(dict.fromkeys(corrected)) or 'none'}",
                                 param_hint="FIELDS")  # fmt: skip
    machine = detail.get("machine") or detail["event"]
    empty = [name for name in names if machine.get(name) is None]
    if empty:  # the store takes no empty value for these (a number is expected)
        raise click.ClickException(f"cannot revert {', '.join(empty)}: the machine had no value")
    return {name: machine[name] for name in names}


def _canonical_changes(changes: dict[str, Any]) -> None:
    """Names as the store keeps them, in any case: a sub-event type of the taxonomy ('armed
    clash' is 'Armed clash'; a typo is refused with the closest one and the list, as the API's
    PATCH does) and a country under its ACLED name ('nigeria', 'NGA' are 'Nigeria'; an unknown
    one is refused: the event would drop out of every --country list and export)."""
    from dateline.taxonomy import sub_event_types

    value = changes.get("sub_event_type")
    if isinstance(value, str):
        valid = tuple(sub_event_types())
        changes["sub_event_type"] = _named(valid, "sub_event_type", (value,), "CHANGES")[0]
    country = changes.get("country")
    if isinstance(country, str):
        changes["country"] = _countries((country,), "CHANGES")[0]


def _field_value(change: str) -> tuple[str, Any]:
    name, sep, raw = change.partition("=")
    if not sep:
        raise click.BadParameter(f"{change!r} is not FIELD=VALUE")
    try:
        return name.strip(), json.loads(raw)
    except json.JSONDecodeError:
        return name.strip(), raw
