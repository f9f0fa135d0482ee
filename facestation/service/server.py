"""Serving the app with uvicorn, with the service's own one-line-per-request log."""

from __future__ import annotations

import logging
from pathlib import Path

import uvicorn

from facestation.service.app import create_app
from facestation.service.settings import ServiceSettings

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format=LOG_FORMAT)


def run(settings: ServiceSettings, *, host: str, port: int, ssl_certfile: Path | None = None,
        ssl_keyfile: Path | None = None) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM stop it cleanly: workers and database are closed); over HTTPS
    when the site's certificate and key are given."""
    configure_logging()
    app = create_app(settings)
    tls = {"ssl_certfile": str(ssl_certfile), "ssl_keyfile": str(ssl_keyfile)} if ssl_certfile and ssl_keyfile else {}
    # uvicorn's own access log would print raw paths (record identifiers); ours logs route templates only.
    uvicorn.run(app, host=host, port=port, access_log=False, log_config=None, server_header=False, **tls)
