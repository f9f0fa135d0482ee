"""ASGI middleware: one access-log line per request, the 500 answer, rate-limit headers, the body size cap.

Pure ASGI rather than BaseHTTPMiddleware, so request bodies stream through untouched and an exception
anywhere below still gets a well-formed JSON answer.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from facestation.service import errors

DATABASE_RETRY_AFTER = 2  # seconds: a restarting PostgreSQL is usually back by then

access_logger = logging.getLogger("facestation.service.access")
error_logger = logging.getLogger("facestation.service.errors")


class AccessLogMiddleware:
    """Logs method, route template, status and milliseconds; never bodies, query strings or identifiers.

    The path logged is the matched route's template (`/api/v1/face/{identifier}`), so external identifiers
    and record ids (which name people) stay out of the log. Also adds the X-RateLimit headers the auth
    dependency left in the request state, and turns any unhandled exception into 500 with a trace id.
    """

    def __init__(self, app: ASGIApp, route_prefix: str = "") -> None:
        self.app = app
        self.route_prefix = route_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status = message["status"]
                response_started = True
                headers = list(message.get("headers", []))
                headers.extend(_rate_limit_headers(scope))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as failure:
            if _database_unreachable(failure) and not response_started:
                # The database is restarting or gone for a moment: nothing was written (each request is one
                # transaction), the connection pool reconnects by itself; the client may try again.
                error_logger.warning("database not reachable (%s); answered 503", type(failure).__name__)
                status = 503
                await _send_json(send, 503, {"error": errors.SERVICE_UNAVAILABLE,
                                             "description": "The database is not reachable; try again in a few "
                                                            "seconds."}, retry_after=DATABASE_RETRY_AFTER)
                return
            trace_id = uuid.uuid4().hex
            error_logger.exception("internal error, traceId=%s", trace_id)
            if not response_started:
                status = 500
                await _send_json(send, 500, {"error": errors.INTERNAL_ERROR, "traceId": trace_id})
        finally:
            milliseconds = (time.perf_counter() - started) * 1000
            route = _route_template(scope, self.route_prefix)
            access_logger.info("%s %s %d %.1f ms", scope["method"], route, status, milliseconds)


# connect/token takes a small form and needs no authentication: a large body there is only a way to make the
# service read and parse megabytes for nobody, so its limit is small.
TOKEN_PATH = "/api/connect/token"
TOKEN_MAX_BODY_BYTES = 8 * 1024
SMALL_BODY_LIMITS: dict[str, int] = {TOKEN_PATH: TOKEN_MAX_BODY_BYTES}


class BodySizeLimitMiddleware:
    """Answers 413 for bodies over `max_bytes` (or the path's own smaller limit in `path_limits`): at once from
    Content-Length, or as soon as a chunked body passes it."""

    def __init__(self, app: ASGIApp, max_bytes: int, path_limits: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.path_limits = SMALL_BODY_LIMITS if path_limits is None else path_limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = min(self.max_bytes, self.path_limits.get(scope["path"].rstrip("/"), self.max_bytes))
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_bytes:
            await _send_too_large(send, max_bytes)
            return
        received = 0
        exceeded = False

        async def counting_receive() -> Message:
            nonlocal received, exceeded
            if exceeded:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    # Stop reading here; whatever the app makes of the cut body is replaced by the 413 below.
                    exceeded = True
                    return {"type": "http.disconnect"}
            return message

        answered = False

        async def guarded_send(message: Message) -> None:
            nonlocal answered
            if not exceeded:
                await send(message)
            elif not answered:
                answered = True
                await _send_too_large(send, max_bytes)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise  # a real failure: the access-log middleware answers 500
        if exceeded and not answered:
            await _send_too_large(send, max_bytes)


def _rate_limit_headers(scope: Scope) -> list[tuple[bytes, bytes]]:
    count = scope.get("state", {}).get("rate_limit")
    if count is None:
        return []
    return [
        (b"x-ratelimit-limit", str(count.limit).encode()),
        (b"x-ratelimit-remaining", str(count.remaining).encode()),
    ]


def _route_template(scope: Scope, prefix: str) -> str:
    route = scope.get("route")
    # path_format drops convertors: "{identifier:path}" logs as "{identifier}", as the API guide writes it.
    path = getattr(route, "path_format", None) or getattr(route, "path", None)
    if path is None:
        return "(no route)"
    # Newer FastAPI versions report an included router's route without the router's prefix.
    return path if path.startswith(prefix) else prefix + path


async def _send_too_large(send: Send, max_bytes: int) -> None:
    await _send_json(
        send,
        413,
        {
            "error": errors.REQUEST_TOO_LARGE,
            "code": errors.REQUEST_BODY_TOO_LARGE,
            "description": f"The request body is over {_readable_size(max_bytes)}; "
                           + ("send a smaller image." if max_bytes >= 1024 * 1024 else "send a smaller request."),
        },
    )


def _readable_size(size: int) -> str:
    # Whole megabytes for the usual limits; a smaller configured limit must not read "over 0 MB".
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    return f"{size / 1024:g} KB" if size >= 1024 else f"{size} bytes"


def _database_unreachable(failure: BaseException) -> bool:
    """A lost or refused database connection (not a bug in a query): the pool marks the connection invalid, or
    the driver reports an operational failure (connection refused, terminated, database locked)."""
    return isinstance(failure, DBAPIError) and (failure.connection_invalidated or isinstance(failure, OperationalError))


async def _send_json(send: Send, status: int, body: dict[str, Any], *, retry_after: int | None = None) -> None:
    payload = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
