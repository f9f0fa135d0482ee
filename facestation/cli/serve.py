"""`facestation serve`: the local FaceCheck service."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facestation.service.datadir import default_data_dir


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "serve",
        help="run the local FaceCheck service",
        description="Serve the FaceCheck API under http://HOST:PORT/api, with its data in DATA_DIR.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s, this "
                        "computer only; 0.0.0.0 serves other stations on the network)")
    parser.add_argument("--port", type=int, default=8080, help="TCP port (default: %(default)s)")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="where the database and signing key live (default: $FACESTATION_DATA_DIR, else "
                        f"{default_data_dir()})")
    parser.add_argument("--rate-limit-per-hour", type=_positive_int, default=3600,
                        help="calls per user over any sliding hour (default: %(default)s)")
    parser.add_argument("--access-token-ttl", type=_positive_int, default=3600,
                        help="access token lifetime in seconds (default: %(default)s)")
    parser.add_argument("--workers", type=_positive_int, default=None,
                        help="face recognition processes (default: one per CPU core)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # The service stack loads only for this command.
    from facestation.service import server
    from facestation.service.settings import ServiceSettings

    settings = ServiceSettings(
        data_dir=args.data_dir or default_data_dir(),
        rate_limit_per_hour=args.rate_limit_per_hour,
        access_token_ttl=args.access_token_ttl,
        engine_workers=args.workers,
    )
    server.run(settings, host=args.host, port=args.port)
    return 0


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value
