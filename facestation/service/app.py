"""Builds the FastAPI application: routes under /api, error bodies of the guide, middleware, lifespan."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from facestation import __version__
from facestation.private_files import make_private_dir
from facestation.service import errors
from facestation.service.context import Services, authenticate, in_thread
from facestation.service.engine import RecognitionEngine
from facestation.service.middleware import AccessLogMiddleware, BodySizeLimitMiddleware
from facestation.service.models import NO_NUL_PATTERN, ErrorMessageResponse
from facestation.service.openapi_document import add_links, document_rate_limit_400
from facestation.service.routes import (
    health,
    list_report,
    lists,
    recognition,
    records,
    token,
)
from facestation.service.settings import ServiceSettings
from facestation.service.tokens import TokenIssuer, load_or_create_signing_key
from facestation.service.warm_up import warm_up_large_lists
from facestation.store import open_data_dir_store, open_store
from facestation.store.database import describe_url

API_PREFIX = "/api"
logger = logging.getLogger(__name__)

# Create/update endpoints answer validation errors with their own response object (api-decisions).
_ERROR_SHAPES = {
    ("POST", f"{API_PREFIX}/v1/face"): "create",
    ("PUT", f"{API_PREFIX}/v1/face"): "update",
    ("POST", f"{API_PREFIX}/v1/face/list"): "create_list",
    ("PUT", f"{API_PREFIX}/v1/face/list"): "update",
}


def create_app(settings: ServiceSettings, *, clock: Callable[[], float] | None = None) -> FastAPI:
    """The service as an ASGI app; the store, keys and worker processes open in its lifespan. `clock` (epoch
    seconds, the wall clock by default) decides token expiry, refresh-token lifetimes and login lock-outs."""
    now = clock or time.time

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        data_dir = settings.data_dir
        make_private_dir(data_dir)
        store = await in_thread(
            open_store if settings.database_url else open_data_dir_store,
            settings.database_url or data_dir,  # type: ignore[arg-type]
        )
        tokens = TokenIssuer(
            await in_thread(load_or_create_signing_key, data_dir, store),
            issuer=settings.issuer,
            audience=settings.audience,
            access_ttl=settings.access_token_ttl,
            clock=now,
        )
        engine = RecognitionEngine(workers=settings.engine_workers, max_pixels=settings.max_image_pixels)
        shared = Services(settings=settings, store=store, tokens=tokens, engine=engine, clock=now)
        app.state.services = shared
        try:
            await engine.start()
            logger.info("FaceCheck service ready: data dir %s, %d recognition workers", data_dir, engine.workers)
            if not await in_thread(store.accounts.list_clients):
                # The admin command must open the same database: the data dir's, or the PostgreSQL one (the
                # password hidden; the operator has it, or FACESTATION_DATABASE_URL set, which admin reads too).
                where = (f"--data-dir {data_dir}" if settings.database_url is None
                         else f"--database {describe_url(settings.database_url)}")
                logger.warning(
                    "No API client yet, so nobody can sign in. Create one and a user with:\n"
                    "  facestation admin %s create-client --client-id NAME\n"
                    "  facestation admin %s create-user --client-id NAME --username USER",
                    where, where,
                )
            warming = asyncio.create_task(warm_up_large_lists(shared), name="gallery-warm-up")
            yield
            warming.cancel()
            with suppress(asyncio.CancelledError):
                await warming  # a build already running in its thread finishes before the store closes
        finally:
            engine.close()
            store.close()

    app = FastAPI(
        title="FaceCheck API (FaceStation local service)",
        version=__version__,
        description="The FaceCheck API of the NeoCheck developers' guide, served locally, with the extensions "
        "of FaceStation's api-decisions (list lists, list members, remove from list, record search, health).",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        # FastAPI's default puts this Swagger UI helper at /docs/oauth2-redirect, outside /api and out of the
        # document; keep every route the service serves under the prefix.
        swagger_ui_oauth2_redirect_url=f"{API_PREFIX}/docs/oauth2-redirect",
        redoc_url=None,
        lifespan=lifespan,
    )
    for router in (token.router, health.router, list_report.router, lists.router, recognition.router, records.router):
        app.include_router(router, prefix=API_PREFIX)
    _install_error_handlers(app)
    _document_real_error_codes(app)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(AccessLogMiddleware, route_prefix=API_PREFIX)  # added last: outermost, so it times and logs everything
    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(errors.ErrorMessage)
    async def _error_message(_request: Request, error: errors.ErrorMessage) -> Response:
        body: dict[str, Any] = {"error": error.message}
        if error.code:
            body.update(code=error.code, description=error.description)
        return JSONResponse(body, status_code=error.status, headers=error.headers)

    @app.exception_handler(errors.Unauthorized)
    async def _unauthorized(_request: Request, _error: errors.Unauthorized) -> Response:
        return Response(status_code=401, headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(errors.NotFound)
    async def _not_found(_request: Request, error: errors.NotFound) -> Response:
        return JSONResponse(
            {"error": errors.NOT_FOUND, "code": error.code, "description": error.description}, status_code=404
        )

    @app.exception_handler(errors.ValidationFailed)
    async def _validation_failed(_request: Request, error: errors.ValidationFailed) -> Response:
        return JSONResponse(_shaped_errors(error.shape, [e.to_json() for e in error.errors]), status_code=400)

    async def _invalid_request_answer(request: Request, description: str, *, body_unread: bool) -> Response:
        # FastAPI decodes a JSON body before it runs the route's dependencies, so a body that is not JSON at
        # all would be answered without authentication and without counting the call: check both first.
        if body_unread and request.url.path.startswith(f"{API_PREFIX}/v1/"):
            try:
                await authenticate(request)
            except errors.Unauthorized as refused:
                return await _unauthorized(request, refused)
            except errors.ErrorMessage as refused:
                return await _error_message(request, refused)
        shape = _ERROR_SHAPES.get((request.method, request.url.path))
        if shape is not None:
            item = {"code": errors.INVALID_REQUEST, "description": description}
            return JSONResponse(_shaped_errors(shape, [item]), status_code=400)
        return JSONResponse(
            {"error": errors.INVALID_CONTENT, "code": errors.INVALID_REQUEST, "description": description},
            status_code=400,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, error: RequestValidationError) -> Response:
        return await _invalid_request_answer(request, _describe_validation_error(error),
                                             body_unread=_is_json_decode_error(error))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException) -> Response:
        if error.status_code == 400 and error.detail == _FASTAPI_BODY_PARSE_ERROR:
            # A body FastAPI could not even decode as text (not UTF-8): the same invalid-request answer, in the
            # endpoint's documented 400 shape, as for any other body that is not the JSON it takes.
            return await _invalid_request_answer(request, "the body is not valid JSON (it is not UTF-8 text)",
                                                 body_unread=True)
        # Unknown paths and wrong methods: the guide's ErrorMessage object rather than FastAPI's {"detail"}.
        message = errors.NOT_FOUND if error.status_code == 404 else str(error.detail)
        return JSONResponse({"error": message}, status_code=error.status_code, headers=error.headers)


def _document_real_error_codes(app: FastAPI) -> None:
    """Drop FastAPI's default 422 from the OpenAPI document (this service answers invalid bodies with 400), and
    add what FastAPI cannot infer: the rate limit's 400 beside the create/update bodies, the links."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    operation.get("responses", {}).pop("422", None)
            for unused in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(unused, None)
            document_rate_limit_400(schema, list(_ERROR_SHAPES), ErrorMessageResponse.__name__)
            add_links(schema, API_PREFIX)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _shaped_errors(shape: str, items: list[dict[str, str]]) -> dict[str, Any]:
    if shape == "update":
        return {"result": False, "errors": items}
    return {"identifier": None, "errors": items}


_FASTAPI_BODY_PARSE_ERROR = "There was an error parsing the body"


def _is_json_decode_error(error: RequestValidationError) -> bool:
    return any(item.get("type") == "json_invalid" for item in error.errors())


def _describe_validation_error(error: RequestValidationError) -> str:
    """One readable sentence naming the offending property, never echoing the (possibly huge) input."""
    problems = []
    for item in error.errors()[:5]:
        location = ".".join(str(part) for part in item.get("loc", ()) if part != "body") or "body"
        if item.get("type") == "json_invalid":
            problems.append("the body is not valid JSON")
        elif item.get("type") == "string_pattern_mismatch" and (item.get("ctx") or {}).get("pattern") == NO_NUL_PATTERN:
            problems.append(f"{location}: must not contain a NUL character (U+0000)")
        else:
            problems.append(f"{location}: {item.get('msg', 'invalid')}")
    return "; ".join(problems) or "The request is not valid."
