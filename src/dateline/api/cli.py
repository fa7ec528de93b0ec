"""``dateline serve``: the REST API on a local port (uvicorn)."""

from __future__ import annotations

import click

from dateline.settings import db_url_problem, get_settings


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--db",
    envvar="DATELINE_DB",
    default=None,
    help="SQLite file or postgresql:// URL (default: DATELINE_DB, else the user data dir).",
)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
def serve(host: str, port: int, db: str | None, workers: int) -> None:
    """Serve the event store over HTTP (OpenAPI docs at /docs). Writes need DATELINE_API_TOKEN."""
    import os

    import uvicorn

    url = db or get_settings().db_url
    check_database(url)
    if db:
        os.environ["DATELINE_DB"] = db  # the app (and any worker process) reads it from there
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    click.echo(f"dateline: serving {url} at {where} (OpenAPI docs at {where}/docs); "
               f"{_write_access()}", err=True)  # fmt: skip
    uvicorn.run("dateline.api.app:create_app", factory=True, host=host, port=port, workers=workers)


def _write_access() -> str:
    """Whether writes will work (a refused POST is puzzling when nobody said why)."""
    import os

    if os.environ.get("DATELINE_API_TOKEN"):
        return "writes need the bearer token in DATELINE_API_TOKEN"
    return "DATELINE_API_TOKEN is not set: writes (POST, PATCH) are refused"


def check_database(url: str) -> None:
    """Open the store once before serving (and bring its schema up to date), so a wrong URL or
    an unreachable server is one line at start-up, not a 500 on every request."""
    from dateline.store.backend import StoreError
    from dateline.store.store import EventStore

    problem = db_url_problem(url)
    if problem is not None:
        raise click.BadParameter(problem, param_hint="--db")
    try:
        EventStore(url).close()
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
