"""`facestation serve`: the local FaceCheck service (HTTPS with `--ssl-certfile/--ssl-keyfile`, PEM files the site
provides: stations on a network send face images and tokens, so they should not travel in clear)."""

from __future__ import annotations

import argparse
import os
import ssl
import sys
from pathlib import Path
from typing import Any

from facestation.cli.output import positive_int
from facestation.service.datadir import default_data_dir

DATABASE_URL_ENVIRONMENT_VARIABLE = "FACESTATION_DATABASE_URL"


def add_database_option(parser: argparse.ArgumentParser) -> None:
    """`--database URL` (serve and admin): PostgreSQL instead of the data dir's built-in SQLite database."""
    parser.add_argument("--database", metavar="URL", default=None,
                        help="keep everything in this PostgreSQL database, e.g. postgresql://USER:PASS@HOST:5432/DB "
                        "(the schema is created or upgraded on start); several services can share one. Default: "
                        f"${DATABASE_URL_ENVIRONMENT_VARIABLE}, else the built-in SQLite database in the data dir")


def database_url(args: argparse.Namespace) -> str | None:
    """The database the command works on: --database, else $FACESTATION_DATABASE_URL, else None (SQLite)."""
    return args.database or os.environ.get(DATABASE_URL_ENVIRONMENT_VARIABLE) or None


def database_problem(url: str) -> str | None:
    """Why `url` cannot be opened (unsupported, unreachable, refused), as one sentence; None when it opens.

    Opening also brings the schema up to date, so the service that starts next finds it ready.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from facestation.store import open_store
    from facestation.store.database import UnsupportedDatabaseError, describe_url

    try:
        shown = describe_url(url)
        open_store(url).close()
    except UnsupportedDatabaseError as error:
        return str(error)
    except ImportError as error:
        return f"the PostgreSQL driver is missing ({error}); install it with: pip install 'psycopg[binary]'"
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        return (f"cannot use the database {shown}: {reason}. Check that PostgreSQL runs there, that the database "
                "exists (createdb) and that the user and password are right")
    return None


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "serve",
        help="run the local FaceCheck service",
        description="Serve the FaceCheck API under http://HOST:PORT/api (https:// with --ssl-certfile and "
                    "--ssl-keyfile), with its data in DATA_DIR.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s, this "
                        "computer only; 0.0.0.0 serves other stations on the network)")
    parser.add_argument("--port", type=int, default=8080, help="TCP port (default: %(default)s)")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="where the database and signing key live (default: $FACESTATION_DATA_DIR, else "
                        f"{default_data_dir()})")
    add_database_option(parser)
    parser.add_argument("--rate-limit-per-hour", type=positive_int, default=3600,
                        help="calls per user over any sliding hour (default: %(default)s)")
    parser.add_argument("--access-token-ttl", type=positive_int, default=3600,
                        help="access token lifetime in seconds (default: %(default)s)")
    parser.add_argument("--workers", type=positive_int, default=None,
                        help="face recognition processes (default: one per CPU core)")
    parser.add_argument("--warm-up-from", type=int, default=None, metavar="MEMBERS",
                        help="build the 1:N index of lists this large right after the start, before anyone "
                        "searches them (default: 20000, where the approximate index starts; 0 turns it off)")
    parser.add_argument("--login-hashing-concurrency", type=positive_int, default=None, metavar="N",
                        help="password checks (argon2, 64 MiB each) running at once; other logins wait their turn "
                        "(default: one per CPU core)")
    parser.add_argument("--login-address-max-failures", type=_non_negative_int, default=30, metavar="N",
                        help="failed logins from one client address within 5 minutes before that address is "
                        "answered 429 for a while (default: %(default)s; 0 turns the throttle off)")
    parser.add_argument("--max-connections", type=positive_int, default=512, metavar="N",
                        help="open connections at once; past them requests are answered 503 (default: %(default)s)")
    parser.add_argument("--ssl-certfile", type=Path, default=None, metavar="PEM",
                        help="serve HTTPS with this certificate (PEM; with the chain after it when there is one)")
    parser.add_argument("--ssl-keyfile", type=Path, default=None, metavar="PEM",
                        help="the certificate's private key (PEM, not password-protected)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    problem = _tls_problem(args.ssl_certfile, args.ssl_keyfile)
    if problem:
        print(f"facestation serve: {problem}", file=sys.stderr)
        return 2
    url = database_url(args)
    if url is not None:
        problem = database_problem(url)
        if problem:
            print(f"facestation serve: {problem}", file=sys.stderr)
            return 2
    # The service stack loads only for this command.
    from facestation.service import server
    from facestation.service.settings import ServiceSettings

    warm_up = {} if args.warm_up_from is None else {"warm_up_from": args.warm_up_from if args.warm_up_from > 0 else None}
    settings = ServiceSettings(
        data_dir=args.data_dir or default_data_dir(),
        database_url=url,
        rate_limit_per_hour=args.rate_limit_per_hour,
        access_token_ttl=args.access_token_ttl,
        engine_workers=args.workers,
        login_hashing_concurrency=args.login_hashing_concurrency,
        login_address_max_failures=args.login_address_max_failures,
        max_connections=args.max_connections,
        **warm_up,
    )
    server.run(settings, host=args.host, port=args.port, ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile)
    return 0


def _non_negative_int(text: str) -> int:
    value = int(text) if text.strip().isdigit() else -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return value


def _tls_problem(certfile: Path | None, keyfile: Path | None) -> str | None:
    """Why the HTTPS options cannot work (checked before the service loads), or None."""
    if (certfile is None) != (keyfile is None):
        return "give both --ssl-certfile and --ssl-keyfile (the certificate and its private key), or neither"
    for option, path in (("--ssl-certfile", certfile), ("--ssl-keyfile", keyfile)):
        if path is not None and not path.is_file():
            return f"{option}: there is no file {path}"
    if certfile is not None and keyfile is not None:
        try:  # a wrong file would otherwise surface as a traceback from inside uvicorn
            ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(certfile, keyfile, password="")
        except (ssl.SSLError, OSError) as error:
            return (f"the certificate {certfile} and key {keyfile} cannot be used ({error}); give a PEM "
                    "certificate and its matching unencrypted private key")
    return None
