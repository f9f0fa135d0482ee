"""Serving the app with uvicorn, with the service's own one-line-per-request log."""

from __future__ import annotations

import logging

import uvicorn

from facestation.service.app import create_app
from facestation.service.settings import ServiceSettings

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format=LOG_FORMAT)


def run(settings: ServiceSettings, *, host: str, port: int) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM stop it cleanly: workers and database are closed)."""
    configure_logging()
    app = create_app(settings)
    # uvicorn's own access log would print raw paths (record identifiers); ours logs route templates only.
    uvicorn.run(app, host=host, port=port, access_log=False, log_config=None, server_header=False)
