"""Serving the app with uvicorn, with the service's own one-line-per-request log."""

from __future__ import annotations

import logging
import sys
from contextlib import suppress
from pathlib import Path

import uvicorn

from facestation.service.app import create_app
from facestation.service.settings import ServiceSettings
from facestation.service.slow_clients import header_deadline_protocol

STARTUP_FAILURE = 3  # uvicorn's own exit status when the server could not start
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format=LOG_FORMAT)


def uvicorn_config(settings: ServiceSettings, *, host: str, port: int, ssl_certfile: Path | None = None,
                   ssl_keyfile: Path | None = None) -> uvicorn.Config:
    """The service's app on uvicorn, with the bounds a public endpoint needs: connections at once (past them
    uvicorn answers 503 instead of taking more memory), idle keep-alive, a deadline and a size cap for request
    heads (slowloris: heads sent a byte at a time would otherwise hold connections for ever)."""
    tls = {"ssl_certfile": str(ssl_certfile), "ssl_keyfile": str(ssl_keyfile)} if ssl_certfile and ssl_keyfile else {}
    # uvicorn's own access log would print raw paths (record identifiers); ours logs route templates only.
    return uvicorn.Config(
        create_app(settings), host=host, port=port, access_log=False, log_config=None, server_header=False,
        http=header_deadline_protocol(settings.header_timeout_seconds),
        limit_concurrency=settings.max_connections,
        timeout_keep_alive=settings.keep_alive_seconds,
        h11_max_incomplete_event_size=settings.max_header_bytes,
        **tls,  # type: ignore[arg-type]
    )


def run(settings: ServiceSettings, *, host: str, port: int, ssl_certfile: Path | None = None,
        ssl_keyfile: Path | None = None) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM stop it cleanly: workers and database are closed); over HTTPS
    when the site's certificate and key are given."""
    configure_logging()
    server = uvicorn.Server(uvicorn_config(settings, host=host, port=port, ssl_certfile=ssl_certfile,
                                           ssl_keyfile=ssl_keyfile))
    with suppress(KeyboardInterrupt):
        server.run()
    if not server.started:
        sys.exit(STARTUP_FAILURE)  # the port was taken, or the app failed to start: as uvicorn.run exits
