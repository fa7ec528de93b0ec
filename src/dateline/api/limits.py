"""Bounds on what one request may cost: body size, and how much of a bad value an error echoes.

FastAPI reads a whole body before validating it and its 422 detail repeats the offending
value; without these bounds a 150 MB POST is held in memory and then sent straight back.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

# ArticleIn allows 1,000,000 characters of text; JSON escapes and UTF-8 need room beyond that
MAX_BODY_BYTES = 16_000_000
ECHO_CHARS = 200  # of an invalid value repeated in a 422 detail
ECHO_ITEMS = 20  # of a list or object repeated in a 422 detail

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Scope, Receive, Send], Awaitable[None]]


def too_large(size: int | None = None) -> HTTPException:
    got = f"{size:,} bytes; " if size is not None else ""
    return HTTPException(413, f"request body too large ({got}the limit is {MAX_BODY_BYTES:,})")


class BodyLimit:
    """ASGI middleware: 413 for a declared Content-Length over the limit, and for a chunked
    body as soon as it passes the limit (the rest is never read)."""

    def __init__(self, app: Asgi, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            error = too_large(int(declared))
            response = JSONResponse({"detail": error.detail}, status_code=error.status_code)
            await response(scope, receive, send)
            return
        await self.app(scope, self._counted(receive), send)

    def _counted(self, receive: Receive) -> Receive:
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise too_large()  # FastAPI turns it into the 413 response
            return message

        return counted


def clip(value: Any) -> Any:
    """A short stand-in for a value echoed in an error (long texts cut, long lists trimmed)."""
    if isinstance(value, str):
        return value if len(value) <= ECHO_CHARS else value[:ECHO_CHARS] + "..."
    if isinstance(value, dict):
        return {k: clip(v) for k, v in list(value.items())[:ECHO_ITEMS]}
    if isinstance(value, list | tuple):
        return [clip(v) for v in value[:ECHO_ITEMS]]
    return value


def validation_handler(
    pattern_hints: Mapping[str, str],
) -> Callable[[Request, Exception], Awaitable[JSONResponse]]:
    """FastAPI's own 422 body (which parameter, what was wrong), with the input clipped and a
    regular-expression mismatch said in words: 'String should match pattern ^-?\\d+...' tells
    a user of ``bbox=1,2,3`` nothing; ``pattern_hints`` maps a parameter to what it expects."""

    async def validation_error(request: Request, exc: Exception) -> JSONResponse:
        errors = exc.errors() if isinstance(exc, RequestValidationError) else []
        sent_as = request.headers.get("content-type", "no Content-Type")
        detail = [_readable(error, pattern_hints, sent_as) for error in errors]
        return JSONResponse({"detail": jsonable_encoder(detail)}, status_code=422)

    return validation_error


def _readable(
    error: Mapping[str, Any], pattern_hints: Mapping[str, str], sent_as: str
) -> dict[str, Any]:
    readable = {**error, "input": clip(error.get("input"))}
    hint = pattern_hints.get(str(error.get("loc", ("",))[-1]))
    if error.get("type") == "string_pattern_mismatch" and hint:
        readable["msg"] = f"expected {hint}"  # the pattern itself stays in ctx
    body_unread = error.get("loc") == ("body",) and isinstance(error.get("input"), str | bytes)
    if body_unread and "json" not in sent_as:  # curl -d without -H sends a form
        readable["msg"] = (
            f"the body must be JSON sent as Content-Type: application/json, not {sent_as}"
        )
    return readable


def add_limits(app: FastAPI, pattern_hints: Mapping[str, str] | None = None) -> None:
    app.add_middleware(BodyLimit)
    app.add_exception_handler(RequestValidationError, validation_handler(pattern_hints or {}))
