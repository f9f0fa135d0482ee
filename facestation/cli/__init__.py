"""The one entry point: `facestation [SUBCOMMAND]`.

Each subcommand lives in its own module and registers itself here; this module only wires argparse.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from facestation import __version__
from facestation.cli import admin, check, serve


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facestation",
        description="Face enrolment and verification station for the FaceCheck API.",
    )
    parser.add_argument("--version", action="version", version=f"facestation {__version__}")
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check.register(subcommands)
    serve.register(subcommands)
    admin.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # The station window is the default command once it exists (issue 5); until then, say so plainly.
        print(
            "The FaceStation window is not part of this version yet.\n"
            "Check a portrait photo against the ICAO quality rules with:  facestation check PHOTO.jpg",
            file=sys.stderr,
        )
        parser.print_help(sys.stderr)
        return 0
    return int(args.run(args))
