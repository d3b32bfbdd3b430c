"""The Starlette application: the route table over HTTP, with limits and JSON errors.

Imported only when the service starts (it needs ``globalcs[serve]``). Each request
is read within the size and time limits, its path and query decoded as strict
UTF-8, its body (POST) as a JSON object; the handler runs in a worker thread under
the time limit, and any error comes back as ``{"error": {status, type, message}}``
with no traceback, file path or internal detail.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import decimal
import json
import logging
import urllib.parse
from collections.abc import MutableMapping
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route as StarletteRoute

from .._errors import (
    DataError,
    GlobalcsError,
    MissingExtraError,
    TemplateError,
    UnknownIntentError,
    UnknownLanguageError,
    UnknownMarketError,
)
from .._record import record
from ._openapi import openapi
from ._routes import ROUTES, Route, arguments

log = logging.getLogger("globalcs.serve")


@record
class Limits:
    """What one request may take: body bytes, seconds, requests in flight, threads."""

    max_body: int = 256 * 1024
    timeout: float = 10.0
    max_in_flight: int = 64
    threads: int = 4


class RequestRefusedError(Exception):
    """A request refused before the library sees it: the HTTP status, type and message."""

    def __init__(self, status: int, kind: str, message: str):
        super().__init__(message)
        self.status = status
        self.kind = kind


def status_of(exc: GlobalcsError) -> int:
    """The HTTP status of a library error: 404 for an unknown name, 422 for bad input,
    500 where the fault is the installation's (its data or a missing extra)."""
    if isinstance(exc, DataError | MissingExtraError):
        return 500
    if isinstance(exc, UnknownMarketError | UnknownLanguageError | UnknownIntentError):
        return 404
    if isinstance(exc, ValueError | TypeError | KeyError | TemplateError):
        return 422
    return 400


def error_body(status: int, kind: str, message: str) -> bytes:
    """The JSON of an error, its message on one line of printable characters."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)[:1000]
    payload = {"error": {"status": status, "type": kind, "message": shown}}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


def _json(status: int, content: bytes) -> Response:
    return Response(content, status, headers=_HEADERS, media_type="application/json")


def _refusal(exc: Exception) -> Response:
    if isinstance(exc, RequestRefusedError):
        return _json(exc.status, error_body(exc.status, exc.kind, str(exc)))
    if isinstance(exc, GlobalcsError):
        status = status_of(exc)
        if status == 500:  # the installation's fault: its details stay in the server log
            log.error("%s: %s", type(exc).__name__, exc)
            return _json(500, error_body(500, type(exc).__name__, "see the server log"))
        return _json(status, error_body(status, type(exc).__name__, str(exc)))
    log.exception("unexpected error")
    return _json(500, error_body(500, "InternalError", "an unexpected error; see the server log"))


def _query(raw: bytes) -> dict[str, str]:
    try:
        pairs = urllib.parse.parse_qsl(
            raw.decode("ascii"),
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=32,
        )
    except UnicodeError:
        raise RequestRefusedError(400, "BadRequest", "the query string is not UTF-8") from None
    except ValueError:
        raise RequestRefusedError(400, "BadRequest", "too many query parameters") from None
    query: dict[str, str] = {}
    for name, value in pairs:
        if name in query:
            raise RequestRefusedError(
                400, "BadRequest", f"the query parameter {name!r} is given twice"
            )
        query[name] = value
    return query


def _check_path(scope: MutableMapping[str, Any]) -> None:
    raw = scope.get("raw_path") or scope["path"].encode("utf-8")
    try:
        urllib.parse.unquote_to_bytes(raw).decode("utf-8")
    except UnicodeError:
        raise RequestRefusedError(400, "BadRequest", "the path is not UTF-8") from None


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"the key {key!r} is given twice")
        found[key] = value
    return found


def parse_body(data: bytes) -> object:
    """A request body: strict UTF-8 JSON, numbers with a fraction read as ``Decimal``."""
    try:
        text = data.decode("utf-8")
    except UnicodeError:
        raise RequestRefusedError(400, "BadRequest", "the body is not UTF-8") from None
    try:
        return json.loads(
            text,
            parse_float=decimal.Decimal,
            parse_constant=_no_constant,
            object_pairs_hook=_unique,
        )
    except RecursionError:
        raise RequestRefusedError(400, "BadRequest", "the body is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, duplicate keys, over-long integers
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise RequestRefusedError(
            400, "BadRequest", f"the body is not valid JSON: {reason}"
        ) from None


async def _read_body(request: Request, limits: Limits) -> bytes:
    media = request.headers.get("content-type", "").split(";")
    charset = [p.strip().lower() for p in media[1:]]
    if media[0].strip().lower() != "application/json" or charset not in ([], ["charset=utf-8"]):
        raise RequestRefusedError(
            415, "UnsupportedMediaType", "the body must be application/json in UTF-8"
        )
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limits.max_body):
        raise RequestRefusedError(
            413, "PayloadTooLarge", f"the body is over {limits.max_body} bytes"
        )
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.max_body:
            raise RequestRefusedError(
                413, "PayloadTooLarge", f"the body is over {limits.max_body} bytes"
            )
        chunks.append(chunk)
    return b"".join(chunks)


class _Endpoint:
    """One route of the table as an ASGI endpoint."""

    def __init__(self, route: Route, state: _State) -> None:
        self.route = route
        self.state = state

    async def respond(self, request: Request) -> Response:
        state = self.state
        if state.in_flight >= state.limits.max_in_flight:
            return _refusal(
                RequestRefusedError(503, "ServiceUnavailable", "too many requests; retry")
            )
        state.in_flight += 1
        try:
            return await self._answer(request)
        except Exception as exc:
            return _refusal(exc)
        finally:
            state.in_flight -= 1

    async def _answer(self, request: Request) -> Response:
        limits = self.state.limits
        _check_path(request.scope)
        query = _query(request.scope.get("query_string", b""))
        body: object = None
        if self.route.method == "POST":
            try:
                data = await asyncio.wait_for(_read_body(request, limits), limits.timeout)
            except TimeoutError:
                raise RequestRefusedError(
                    408, "RequestTimeout", "the body did not arrive in time"
                ) from None
            body = parse_body(data)
        args = arguments(self.route, request.path_params, query, body, request.headers)
        loop = asyncio.get_running_loop()
        work = loop.run_in_executor(self.state.pool, self.route.handler, args)
        try:
            result = await asyncio.wait_for(work, limits.timeout)
        except TimeoutError:
            raise RequestRefusedError(504, "GatewayTimeout", "the answer took too long") from None
        content = json.dumps(result, ensure_ascii=False, allow_nan=False).encode("utf-8")
        return _json(200, content)


class _State:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.in_flight = 0
        self.pool = concurrent.futures.ThreadPoolExecutor(
            limits.threads, thread_name_prefix="globalcs-serve"
        )


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    kinds = {404: "NotFound", 405: "MethodNotAllowed"}
    kind = kinds.get(status, "HTTPError")
    message = "no such route; see /openapi.json" if status == 404 else "method not allowed"
    return _json(status, error_body(status, kind, message))


def create_app(limits: Limits | None = None, routes: tuple[Route, ...] = ROUTES) -> Starlette:
    """The ASGI application of every route in the table, and ``/openapi.json``."""
    from .. import __version__

    state = _State(limits or Limits())
    document = json.dumps(openapi(__version__), ensure_ascii=False).encode("utf-8")

    async def openapi_json(request: Request) -> Response:
        return _json(200, document)

    mounted = [
        StarletteRoute(
            r.path, _Endpoint(r, state).respond, methods=[r.method], name=r.handler.__name__
        )
        for r in routes
    ]
    mounted.append(StarletteRoute("/openapi.json", openapi_json, methods=["GET"]))
    app = Starlette(routes=mounted, exception_handlers={HTTPException: _http_error})
    app.state.pool = state.pool
    return app
