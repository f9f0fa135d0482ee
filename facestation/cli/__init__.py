"""The one entry point: `facestation [SUBCOMMAND]`; without one, the station window.

Each subcommand lives in its own module and registers itself here; this module only wires argparse. The station
(PySide6) is imported only when it is started, so `facestation --help` and `facestation check` stay quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from facestation import __version__
from facestation.cli import admin, audit, capture, check, importer, liveness, serve
from facestation.cli import settings as settings_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facestation",
        description="Face enrolment and verification station for the FaceCheck API.",
    )
    parser.add_argument("--version", action="version", version=f"facestation {__version__}")
    station = parser.add_argument_group("the station window (no COMMAND)")
    station.add_argument("--camera", metavar="PATH|INDEX",
                         help="use this camera number, photo, folder of photos or video file as the camera")
    station.add_argument("--kiosk", action="store_true",
                         help="full screen; closing the station needs the admin PIN")
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check.register(subcommands)
    capture.register(subcommands)
    liveness.register(subcommands)
    serve.register(subcommands)
    admin.register(subcommands)
    audit.register(subcommands)
    importer.register(subcommands)
    settings_command.register(subcommands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return run_station(camera=args.camera, kiosk=args.kiosk)
    return int(args.run(args))


def run_station(*, camera: str | None, kiosk: bool) -> int:
    """Open the station window (imports Qt only now)."""
    try:
        from facestation.station.ui.app import run
    except ImportError as error:
        # A missing Qt library (e.g. libEGL, libpulse on a bare Linux) surfaces here: say what to install.
        print(f"facestation: the station window cannot start: {error}\n"
              "Install PySide6 (pip install PySide6) and, on Linux, the system libraries it needs "
              "(see docs/troubleshooting.md, \"The station window does not open on Linux\").", file=sys.stderr)
        return 1
    return run(camera=camera, kiosk=kiosk)
