"""`facestation audit`: check, list and export the station's audit trail (facestation.station.core.audit).

    facestation audit verify [--file PATH]          exit 0: "N entries, chain intact."; 1: the first broken entry
    facestation audit list [--last N] [filters]     the newest entries as a table (local time)
    facestation audit export --csv OUT [filters]    filters: --since/--until DATE, --operator, --action, --record

Safe while the station runs: the log is a SQLite file in WAL mode, read here in short transactions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from facestation.cli.output import positive_int, print_table
from facestation.station.core.audit import (
    ACTIONS,
    AuditError,
    AuditLog,
    default_audit_path,
    details_text,
    parse_time,
)

EXIT_OK = 0
EXIT_FAILED = 1
DEFAULT_LAST = 20


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "audit",
        help="check, list and export the station's audit trail",
        description="Check, list and export the station's audit trail: who did what at this station, when.",
    )
    commands = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    def command(name: str, help_text: str, action: Callable[[AuditLog, argparse.Namespace], int]
                ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--file", type=Path, default=None, metavar="PATH",
                         help=f"the audit log (default: {default_audit_path()})")
        sub.set_defaults(run=_with_log(action))
        return sub

    command("verify", "check that no entry was changed, removed, added or reordered; names the first broken one",
            _verify)
    sub = command("list", "show the newest entries as a table (times in local time)", _list)
    sub.add_argument("--last", "-n", type=positive_int, default=DEFAULT_LAST, metavar="N",
                     help=f"how many entries (default {DEFAULT_LAST})")
    _add_filters(sub)
    sub = command("export", "write entries to a CSV file (all of them, or those the filters choose)", _export)
    sub.add_argument("--csv", type=Path, required=True, metavar="OUT", help="the CSV file to write")
    _add_filters(sub)


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=_since, metavar="DATE",
                        help="from this day (YYYY-MM-DD, local time) or time (YYYY-MM-DDTHH:MM) on")
    parser.add_argument("--until", type=_until, metavar="DATE",
                        help="up to and including this day (YYYY-MM-DD), or up to this time (YYYY-MM-DDTHH:MM)")
    parser.add_argument("--operator", metavar="NAME", help="only this operator's entries")
    parser.add_argument("--action", choices=ACTIONS, metavar="ACTION",
                        help="only this action: " + ", ".join(ACTIONS))
    parser.add_argument("--record", metavar="ID", help="only entries naming this record (or list) identifier")


def _with_log(action: Callable[[AuditLog, argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        path: Path = args.file or default_audit_path()
        if not path.is_file():
            print(f"facestation audit: there is no audit log at {path} (give its place with --file)",
                  file=sys.stderr)
            return EXIT_FAILED
        try:
            with AuditLog(path) as log:
                return action(log, args)
        except (AuditError, OSError) as error:
            print(f"facestation audit: {error}", file=sys.stderr)
            return EXIT_FAILED

    return run


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {"since": args.since, "until": args.until, "operator": args.operator, "action": args.action,
            "record_id": args.record}


def _verify(log: AuditLog, args: argparse.Namespace) -> int:
    report = log.verify()
    if report.ok:
        print(f"{_entries(report.checked)}, chain intact.\nHead hash (note it elsewhere to detect a later "
              f"rewrite): {report.head_hash}")
        return EXIT_OK
    when = f" (written {_local(report.first_broken_time)})" if report.first_broken_time else ""
    print(f"facestation audit: the chain is broken at entry {report.first_broken_sequence}{when}: "
          f"{report.reason}.\n{_intact(report.checked)}Keep the file {log.path} as it is and tell your "
          "administrator.", file=sys.stderr)
    return EXIT_FAILED


def _list(log: AuditLog, args: argparse.Namespace) -> int:
    newest = log.entries(**_filters(args), limit=args.last, newest_first=True)
    rows = [(str(entry.sequence), _local(entry.time), entry.operator, entry.action,
             " ".join(entry.record_ids + entry.list_ids), details_text(entry.details))
            for entry in reversed(newest)]
    print_table(("SEQ", "TIME", "OPERATOR", "ACTION", "RECORDS/LISTS", "DETAILS"), rows,
                 empty="No entries (with these filters)." if any(_filters(args).values()) else "No entries yet.")
    return EXIT_OK


def _export(log: AuditLog, args: argparse.Namespace) -> int:
    count = log.export_csv(args.csv, log.entries(**_filters(args)))
    print(f"Exported {_entries(count)} to {args.csv}.")
    return EXIT_OK


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _intact(checked: int) -> str:
    return f"Entries 1 to {checked} are intact. " if checked > 1 else "Entry 1 is intact. " if checked else ""


def _local(utc_text: str) -> str:
    try:
        moment = datetime.fromisoformat(utc_text.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return utc_text
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _since(text: str) -> datetime:
    try:
        return parse_time(text)
    except AuditError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _until(text: str) -> datetime:
    try:
        return parse_time(text, end_of_day=True)
    except AuditError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
