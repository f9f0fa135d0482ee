"""`facestation import people.csv --photos DIR`: enrol many people at once from a CSV file and a folder of photos.

The CSV's first line names the columns: name, surname1, surname2, externalIdentifier, photo, list (surname2,
externalIdentifier and list may be left out). `photo` is a file name in the photo folder; `list` a list name
(created when missing; --list gives one to rows without their own).

Every photo passes the station's own quality checks first; failing photos are skipped with the reason. People
already in the service (same externalIdentifier) are skipped, so running the same import again after an
interruption goes on where it stopped. A person without an externalIdentifier gets one made from the name and
the photo ("IMP-" and 16 characters), shown in the result file. The result file has one line per person with
what happened (imported, skipped, failed QA, error, not done) and the record id.

Connection: the station's own settings on this computer (its server and API client; the built-in service is
used, or started for the import when the station is closed), or --server, --client-id and --username. The
password is asked for, or read from $FACESTATION_PASSWORD; with --server the client secret is asked for, or read
from $FACESTATION_CLIENT_SECRET.

Exit code: 0 when every person is in the service, 1 when some were not imported (see the result file), 2 when
the import could not start (the file, the photo folder, the connection or the sign-in).
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

EXIT_COMPLETE = 0
EXIT_INCOMPLETE = 1
EXIT_NOT_STARTED = 2
PASSWORD_VARIABLE = "FACESTATION_PASSWORD"
SECRET_VARIABLE = "FACESTATION_CLIENT_SECRET"
PROG = "facestation import"


class CannotStart(Exception):
    """The import cannot start; the message says why and what to do."""


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "import",
        help="enrol many people from a CSV file and a folder of photos",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("csv", type=Path, metavar="PEOPLE.CSV", help="the people, one per line")
    parser.add_argument("--photos", type=Path, required=True, metavar="DIR", help="the folder with the photos")
    parser.add_argument("--list", metavar="NAME", help="the list for people whose line names none")
    parser.add_argument("--result", type=Path, metavar="RESULT.CSV",
                        help="where to write the result (default: PEOPLE-result.csv beside the CSV)")
    parser.add_argument("--workers", type=_workers, default=None, metavar="N",
                        help="people imported at the same time (default: 3)")
    connection = parser.add_argument_group("connection (default: this computer's station settings)")
    connection.add_argument("--server", metavar="URL", help="the FaceCheck API address, e.g. https://host/api")
    connection.add_argument("--client-id", metavar="ID", help="the API client (its secret: $%s or asked)"
                            % SECRET_VARIABLE)
    connection.add_argument("--username", metavar="U", help="the operator to sign in as (password: $%s or asked)"
                            % PASSWORD_VARIABLE)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from facestation.importer import PeopleFileError, read_people

    try:
        people = read_people(args.csv, default_list=args.list)
        if not args.photos.is_dir():
            raise CannotStart(f"The photo folder {args.photos} was not found: give the folder that holds the "
                              "photos named in the CSV with --photos.")
        connection = _connection(args)
    except (PeopleFileError, CannotStart) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_NOT_STARTED
    try:
        return asyncio.run(_import(args, people, connection, sys.stdout, sys.stderr))
    finally:
        connection.close()


# -- connection --------------------------------------------------------------------------------------------------


@dataclass
class Connection:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    username: str
    password: str = field(repr=False)
    on_close: Callable[[], None] | None = None

    def close(self) -> None:
        if self.on_close is not None:
            self.on_close()
            self.on_close = None


def _connection(args: argparse.Namespace) -> Connection:
    if args.server or args.client_id:
        if not (args.server and args.client_id and args.username):
            raise CannotStart("Give --server, --client-id and --username together (or none of them, to use this "
                              "computer's station settings).")
        secret = _secret(SECRET_VARIABLE, "Client secret: ", "the API client's secret")
        password = _secret(PASSWORD_VARIABLE, f"Password of {args.username}: ", "the operator's password")
        return Connection(args.server.rstrip("/"), args.client_id, secret, args.username, password)
    return _station_connection(args)


def _station_connection(args: argparse.Namespace) -> Connection:
    from facestation.station.core.config import StationConfig
    from facestation.station.core.connect import (
        StationNotSetUp,
        connect_as_station,
        station_identity,
    )
    from facestation.station.core.credentials import SecretStore, SecretStoreUnavailable
    from facestation.station.core.local_service import LocalServiceError

    config = StationConfig.load()
    try:
        identity = station_identity(config, SecretStore())
    except SecretStoreUnavailable as error:
        raise CannotStart(str(error)) from None
    except StationNotSetUp as missing:
        if missing.missing == "setup":
            raise CannotStart("This computer has no station set up yet. Set the station up first, or give "
                              "--server, --client-id and --username.") from None
        raise CannotStart("The station's client secret is not in this computer's secret store (run the import as "
                          "the user who set the station up, or give --server, --client-id and --username.") from None
    username = args.username or config.operator_username
    if not username:
        raise CannotStart("Give the operator to sign in as with --username.")
    password = _secret(PASSWORD_VARIABLE, f"Password of {username}: ", "the operator's password")

    def starting() -> None:
        print(f"{PROG}: starting the built-in service (the station is not running)…", file=sys.stderr)

    try:
        station = connect_as_station(config, identity, use_running_service=True, starting=starting)
    except LocalServiceError as error:
        raise CannotStart(f"The built-in service did not start: {error}") from None
    base_url = station.base_url.rstrip("/") if identity.kind == "hosted" else station.base_url
    return Connection(base_url, identity.client_id, identity.client_secret, username, password,
                      on_close=station.close if station.service is not None else None)


def _secret(variable: str, prompt: str, what: str) -> str:
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CannotStart(f"Set {variable} to {what} (there is no terminal to ask for it).")
    try:
        value = getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        value = ""
    if not value:
        raise CannotStart(f"No {what} given: nothing was imported.")
    return value


# -- the import --------------------------------------------------------------------------------------------------


async def _import(args: argparse.Namespace, people: Any, connection: Connection, out: TextIO, err: TextIO) -> int:
    from tqdm import tqdm

    from facestation.api import FaceCheckClient, errors
    from facestation.importer import (
        DEFAULT_WORKERS,
        Importer,
        ImportProgress,
        default_result_path,
        write_result_csv,
    )

    result_path: Path = args.result or default_result_path(args.csv)
    async with FaceCheckClient(connection.base_url, connection.client_id, connection.client_secret) as client:
        try:
            await client.login(connection.username, connection.password)
        except errors.AuthenticationError:
            print(f"{PROG}: the service did not accept the sign-in of {connection.username} (user name, password "
                  "or API client): check them and try again. Nothing was imported.", file=err)
            return EXIT_NOT_STARTED
        except errors.FaceCheckError as error:
            print(f"{PROG}: cannot sign in at {connection.base_url}: {error.message} Nothing was imported.",
                  file=err)
            return EXIT_NOT_STARTED

        bar = tqdm(total=len(people.rows), unit="person", desc="Importing", file=err, dynamic_ncols=True,
                   disable=None)  # None: off when not a terminal (logs, CI)

        def show(progress: ImportProgress) -> None:
            bar.update(progress.done - bar.n)
            postfix = (f"{progress.imported} imported, {progress.already_there} already there, "
                       f"{progress.failed_qa} failed QA, {progress.errors} errors")
            if progress.waiting > 0:
                postfix += f" | hourly call limit: waiting {progress.waiting / 60:.0f} min"
            bar.set_postfix_str(postfix, refresh=True)

        importer = Importer(client, people, args.photos, workers=args.workers or DEFAULT_WORKERS, on_progress=show)
        loop = asyncio.get_running_loop()

        def interrupted(*_: object) -> None:
            # The first Ctrl+C stops gracefully (people in flight finish, the result is written); a second
            # one is the usual hard stop.
            signal.signal(signal.SIGINT, signal.default_int_handler)
            loop.call_soon_threadsafe(importer.stop)

        previous = signal.signal(signal.SIGINT, interrupted)
        try:
            report = await importer.run()
        finally:
            signal.signal(signal.SIGINT, previous)
            bar.close()
        await client.logout()

    counts = report.counts
    from facestation.importer import RowStatus

    summary = (f"{counts[RowStatus.IMPORTED]} imported, {counts[RowStatus.ALREADY_THERE]} already there, "
               f"{counts[RowStatus.FAILED_QA]} failed QA, {counts[RowStatus.ERROR]} errors")
    if counts[RowStatus.NOT_DONE]:
        summary += f", {counts[RowStatus.NOT_DONE]} not done"
    print(f"{summary} (of {len(report.outcomes)}, in {report.elapsed:.0f} s).", file=out)
    if report.stopped:
        print(f"{PROG}: {report.stopped}", file=err)
    try:
        write_result_csv(result_path, report, delimiter=people.delimiter)
    except OSError as error:
        print(f"{PROG}: the result could not be written to {result_path} ({error.strerror or error}); give "
              "another place with --result.", file=err)
        return EXIT_INCOMPLETE
    print(f"Result: {result_path}", file=out)
    return EXIT_COMPLETE if report.complete else EXIT_INCOMPLETE


def _workers(text: str) -> int:
    from facestation.importer.engine import MAX_WORKERS

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"give 1 to {MAX_WORKERS}")
    return value
