"""The REST API over the event store (FastAPI): events, articles, statistics, ingest, review.

Reads are open unless the operator sets ``DATELINE_API_PROTECT_READS=1``; every write needs
the bearer token in ``DATELINE_API_TOKEN`` (with no token configured, writes are refused).
Each worker thread keeps its own database connection (SQLite connections are not shared
across threads; WAL lets them read while an ingest writes).
"""

from __future__ import annotations

import io
import os
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi_offline import FastAPIOffline

from dateline.api import models
from dateline.api.limits import add_limits
from dateline.cli import date_warnings
from dateline.formats.output import write_events
from dateline.model import Article, Document
from dateline.store.query import (
    PAGE_LIMIT_MAX,
    SORT_COLUMNS,
    EventFilter,
    acled_countries,
    bbox_corners,
)
from dateline.store.review import ReviewError
from dateline.store.store import EventStore, Extractor, pipeline_extract
from dateline.taxonomy import event_types, sub_event_types

NUMBER = r"-?\d+(\.\d+)?"
BBOX_PATTERN = rf"^{NUMBER},{NUMBER},{NUMBER},{NUMBER}$"
SORT_PATTERN = rf"^-?({'|'.join(SORT_COLUMNS)})$"
PATTERN_HINTS = {  # what a query parameter with a pattern expects, said in its 422
    "bbox": "four numbers min_lon,min_lat,max_lon,max_lat (two opposite corners, either order)",
    "sort": f"one of {', '.join(SORT_COLUMNS)}, with a '-' first for descending",
}
MEDIA_TYPES = {"json": "application/json", "csv": "text/csv", "geojson": "application/geo+json",
               "jsonl": "application/x-ndjson"}  # fmt: skip
PAGE_HEADERS = {
    "X-Total-Count": {"description": "Events matching the filters", "schema": {"type": "integer"}},
    "Link": {"description": "First, prev, next and last pages (RFC 8288)",
             "schema": {"type": "string"}},
}  # fmt: skip
TABLE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}},
                      "application/geo+json": {"schema": {"type": "object"}},
                      "application/x-ndjson": {"schema": {"type": "string"}}},
          "headers": PAGE_HEADERS},
}  # fmt: skip
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": models.Problem}, 401: {"model": models.Problem}, 403: {"model": models.Problem},
    404: {"model": models.Problem}, 409: {"model": models.Problem},
}  # fmt: skip


class ApiConfig:
    """What the operator configured: database, tokens, and how to extract events."""

    def __init__(
        self,
        db_url: str | None = None,
        token: str | None = None,
        protect_reads: bool | None = None,
        extract: Extractor | None = None,
    ) -> None:
        self.db_url = db_url
        self.token = token if token is not None else os.environ.get("DATELINE_API_TOKEN") or None
        if protect_reads is None:
            protect_reads = os.environ.get("DATELINE_API_PROTECT_READS", "") in ("1", "true", "yes")
        self.protect_reads = protect_reads
        self.extract = extract or pipeline_extract
        # browser dashboards served from another origin (a dev server on another port) may
        # call the API only when the operator names their origins: "http://localhost:5173,..."
        origins = os.environ.get("DATELINE_API_CORS_ORIGINS", "")
        self.cors_origins = [o.strip().rstrip("/") for o in origins.split(",") if o.strip()]
        self._local = threading.local()
        self._migrated = False

    def store(self) -> EventStore:
        """This thread's store (the first one opened also brings the schema up to date)."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = EventStore(self.db_url, migrate_schema=not self._migrated)
            self._migrated = True
            self._local.store = store
        return store


bearer = HTTPBearer(auto_error=False, description="The operator's DATELINE_API_TOKEN.")


def _check_token(config: ApiConfig, credentials: HTTPAuthorizationCredentials | None) -> None:
    if config.token is None:
        raise HTTPException(403, "writes are disabled: the operator has set no DATELINE_API_TOKEN")
    if credentials is None:
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(credentials.credentials.encode(), config.token.encode()):
        raise HTTPException(401, "invalid bearer token", headers={"WWW-Authenticate": "Bearer"})


def _one_of(names: Iterable[str], description: str) -> Any:
    """A repeatable query parameter whose values the schema lists (bad ones are 422s)."""
    items = {"type": "string", "enum": list(names)}
    return Query(description=description, json_schema_extra={"items": items})


def event_filter(
    date_from: Annotated[date | None, Query(description="First event date")] = None,
    date_to: Annotated[date | None, Query(description="Last event date")] = None,
    country: Annotated[
        list[str], Query(description="Country (repeatable; ACLED name, alias, ISO3 or ISO2)")
    ] = [],  # noqa: B006
    admin1: Annotated[list[str], Query(description="Admin1 (repeatable)")] = [],  # noqa: B006
    event_type: Annotated[list[str], _one_of(event_types(), "Event type (repeatable)")] = [],  # noqa: B006
    sub_event_type: Annotated[
        list[str], _one_of(sub_event_types(), "Sub-event type (repeatable)")
    ] = [],  # noqa: B006
    actor: Annotated[str | None, Query(description="Text in actor1/actor2")] = None,
    q: Annotated[str | None, Query(description="Text in notes, location or actors")] = None,
    bbox: Annotated[
        str | None, Query(description="min_lon,min_lat,max_lon,max_lat", pattern=BBOX_PATTERN)
    ] = None,
) -> EventFilter:
    known("event_type", event_type, event_types())
    known("sub_event_type", sub_event_type, sub_event_types())
    return EventFilter(
        date_from=date_from, date_to=date_to, country=acled_countries(country),
        admin1=tuple(admin1), event_type=tuple(event_type), sub_event_type=tuple(sub_event_type),
        actor=actor or None, text=q or None, bbox=parse_bbox(bbox),
    )  # fmt: skip


def known(parameter: str, values: list[str], names: Iterable[str]) -> None:
    """A 422 like FastAPI's own for a value outside the schema's enum (a typo would otherwise
    match nothing and look like an empty database)."""
    allowed = list(names)
    for value in values:
        if value not in allowed:
            raise RequestValidationError([{
                "type": "enum", "loc": ("query", parameter), "input": value,
                "msg": f"Input should be one of: {', '.join(repr(a) for a in allowed)}",
            }])  # fmt: skip


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """The box spanned by two corners (in either order): min_lon, min_lat, max_lon, max_lat."""
    if value is None or value == "":
        return None
    try:
        return bbox_corners(value)
    except ValueError:
        message = "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat"
        raise HTTPException(400, message) from None


def _wanted_format(request: Request, fmt: str | None) -> str:
    """The response format: ``format=`` wins, then the Accept header, then JSON."""
    if fmt:
        return fmt
    accept = request.headers.get("accept", "")
    for name, media in MEDIA_TYPES.items():
        if name != "json" and media in accept:
            return name
    return "json"


def create_app(config: ApiConfig | None = None) -> FastAPI:
    """The FastAPI application over one store (configured from the environment by default)."""
    config = config or ApiConfig()
    # /docs and /redoc from bundled Swagger UI and ReDoc files: FastAPI's own pages load them
    # from a CDN, which leaves them blank on an offline machine
    app = FastAPIOffline(title="dateline", version="1", description=__doc__ or "")
    add_limits(app, PATTERN_HINTS)
    _allow_origins(app, config.cors_origins)
    reads = _read_guard(config)
    writes = _write_guard(config)
    _add_event_reads(app, config, reads)
    _add_event_writes(app, config, writes)
    _add_other_routes(app, config, reads, writes)
    return app


def _allow_origins(app: FastAPI, origins: list[str]) -> None:
    """CORS for the origins the operator named (none by default): a dashboard in a browser may
    then read, send the bearer token, and see the page headers."""
    if not origins:
        return
    from fastapi.middleware.cors import CORSMiddleware

    app.add_middleware(
        CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST", "PATCH"],
        allow_headers=["Authorization", "Content-Type"], expose_headers=list(PAGE_HEADERS),
    )  # fmt: skip


def _read_guard(config: ApiConfig) -> Callable[..., None]:
    """Open reads declare no security in the OpenAPI schema; protected ones need the token."""
    if not config.protect_reads:
        return lambda: None
    return _write_guard(config)


def _write_guard(config: ApiConfig) -> Callable[..., None]:
    def guard(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        _check_token(config, credentials)

    return guard


def _add_event_reads(app: FastAPI, config: ApiConfig, reads: Any) -> None:
    @app.get("/events", response_model=models.EventPage, dependencies=[Depends(reads)],
             responses={**TABLE_RESPONSES, **ERRORS})  # fmt: skip
    def list_events(
        request: Request,
        response: Response,
        flt: Annotated[EventFilter, Depends(event_filter)],
        sort: Annotated[
            str,
            Query(
                description=f"One of {', '.join(SORT_COLUMNS)}; '-' = descending",
                pattern=SORT_PATTERN,
            ),
        ] = "-event_date",
        limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT_MAX)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        format: Annotated[str | None, Query(pattern="^(json|csv|geojson|jsonl)$")] = None,  # noqa: A002
    ) -> Any:
        """Events matching the filters, one page at a time (JSON, CSV, GeoJSON or JSONL).
        Every format carries the total in ``X-Total-Count`` and links to the first, previous,
        next and last pages in ``Link`` (RFC 8288)."""
        store = config.store()
        fmt = _wanted_format(request, format)
        try:
            if fmt != "json":
                records = store.page_records(flt, sort, limit, offset)
                table = _table_response(records, fmt)
            else:
                rows = store.list_events(flt, sort, limit, offset)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from None
        total = store.count_events(flt)
        headers = page_headers(str(request.url), total, limit, offset)
        if fmt != "json":
            table.headers.update(headers)
            return table
        response.headers.update(headers)
        return {"total": total, "limit": limit, "offset": offset, "events": rows}

    @app.get("/events/{event_id}", response_model=models.EventDetail, dependencies=[Depends(reads)],
             responses=ERRORS)  # fmt: skip
    def get_event(event_id: str) -> Any:
        """An event with every contributing report, its evidence, merge reasons and corrections."""
        return _detail_or_404(config.store(), event_id)


def _add_event_writes(app: FastAPI, config: ApiConfig, writes: Any) -> None:
    @app.patch("/events/{event_id}", response_model=models.EventDetail,
               dependencies=[Depends(writes)], responses=ERRORS)  # fmt: skip
    def correct_event(event_id: str, correction: models.EventCorrection) -> Any:
        """A reviewer's correction (recorded with who and when; machine values are kept)."""
        store = config.store()
        changes = correction.changes()
        if not changes:  # nothing to correct: the event as it stands
            return _detail_or_404(store, event_id)
        try:
            store.correct_event(event_id, changes, correction.reviewer, correction.note)
        except KeyError:
            raise HTTPException(404, f"no event {event_id!r}") from None
        except ReviewError as exc:
            raise HTTPException(400, str(exc)) from None
        return store.get_event(event_id)

    @app.post("/events/{event_id}/split", response_model=models.SplitOut,
              dependencies=[Depends(writes)], responses=ERRORS)  # fmt: skip
    def split_event(event_id: str, body: models.SplitIn) -> Any:
        """Undo a merge: move one report into an event of its own (it will stay apart)."""
        try:
            new_id = config.store().split_report(event_id, body.report_id, body.reviewer)
        except ReviewError as exc:
            raise HTTPException(404 if "not part of" in str(exc) else 409, str(exc)) from None
        return {"event_id": event_id, "new_event_id": new_id}


def _add_other_routes(app: FastAPI, config: ApiConfig, reads: Any, writes: Any) -> None:
    # ids may hold slashes: feed entries are named by their URL ("https://example.org/a1")
    @app.get("/articles/{article_id:path}", response_model=models.ArticleOut,
             dependencies=[Depends(reads)], responses=ERRORS)  # fmt: skip
    def get_article(article_id: str) -> Any:
        """A stored article (its text is what evidence offsets point into) and its events."""
        article = config.store().get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return article

    already = {"model": models.IngestOut, "description": "Already stored, or updated in place"}

    @app.post("/articles", response_model=models.IngestOut, status_code=201,
              dependencies=[Depends(writes)], responses={200: already, **ERRORS})  # fmt: skip
    def post_article(body: models.ArticleIn, response: Response) -> Any:
        """Extract events from an article and store them: 201 when new, 200 when it was already
        stored (unchanged) or replaced an earlier version (same URL or id)."""
        article = Article(id=body.id, text=body.text, published=body.published, title=body.title,
                          source=body.source, url=body.url, origin="api")  # fmt: skip
        warnings: list[str] = []
        extract = _noting_warnings(config.extract, warnings)
        result = next(iter(config.store().ingest([article], extract)))
        if result.status != "added":
            response.status_code = 200
        return {"article_id": result.article_id, "status": result.status, "reports": result.reports,
                "new_events": result.new_events, "merged_into": result.merged_into,
                "warnings": warnings}  # fmt: skip

    @app.get("/stats", response_model=models.Stats, dependencies=[Depends(reads)], responses=ERRORS)
    def get_stats(
        flt: Annotated[EventFilter, Depends(event_filter)],
        period: models.Period = "month",
        group: models.StatsGroup = "country",
    ) -> Any:
        """Event and fatality counts by day, week or month x country, admin1 or event type."""
        return {"period": period, "group": group, "rows": config.store().stats(flt, period, group)}


def _noting_warnings(extract: Extractor, warnings: list[str]) -> Extractor:
    """The extractor, also collecting what it warns of (a client sees why no event came)."""

    def noting(articles: list[Article]) -> Iterator[Document]:
        for doc in extract(articles):
            warnings.extend(date_warnings(doc, hint=' (send "published": "YYYY-MM-DD")'))
            yield doc

    return noting


def _detail_or_404(store: EventStore, event_id: str) -> dict[str, Any]:
    detail = store.get_event(event_id)
    if detail is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return detail


def page_headers(url: str, total: int, limit: int, offset: int) -> dict[str, str]:
    """``X-Total-Count`` and a ``Link`` header to the first, previous, next and last pages of
    ``url`` (its other parameters kept): a dashboard paging CSV or GeoJSON has no JSON body to
    read the total from, and a client need not build page URLs itself."""
    from starlette.datastructures import URL

    pages = {"first": 0, "prev": max(offset - limit, 0), "next": offset + limit,
             "last": max(total - 1, 0) // limit * limit}  # fmt: skip
    if offset == 0:
        del pages["prev"]
    if offset + limit >= total:
        del pages["next"]
    here = URL(url)
    links = [f'<{here.include_query_params(limit=limit, offset=at)}>; rel="{rel}"'
             for rel, at in pages.items()]  # fmt: skip
    return {"X-Total-Count": str(total), "Link": ", ".join(links)}


def _table_response(events: Iterator[Any] | list[Any], fmt: str) -> Response:
    buffer = io.StringIO()
    write_events(events, "csv" if fmt == "csv" else fmt, buffer)
    # a dashboard's download link saves events.csv, not a file named 'events'
    named = {"Content-Disposition": f'inline; filename="events.{fmt}"'}
    return Response(buffer.getvalue(), media_type=MEDIA_TYPES[fmt], headers=named)
