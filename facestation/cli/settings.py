"""`facestation settings`: copy this station's settings to other stations (facestation.station.core.settings_transfer).

    facestation settings export FILE                  the portable settings, no secrets, no PIN, no camera
    facestation settings import FILE [--dry-run|--yes] shows what changes, asks, then saves
    facestation settings reset-pin [--pin-stdin|--remove]  a new admin PIN (asked twice), or none; ends the wait

Import never changes the server, the admin PIN, the camera or the last operator (see the transfer module). Close
the station first: it writes its own settings file when they change in its Settings dialog.

`reset-pin` is the administrator's way back from a forgotten PIN or from the wait after wrong PINs
(facestation.station.core.pin_throttle): it needs nothing but the OS account the station runs under (its settings
folder), which is exactly what the PIN cannot protect against anyway.
"""

from __future__ import annotations

import argparse
import sys
from getpass import getpass
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1


def register(subcommands: Any) -> None:
    parser: argparse.ArgumentParser = subcommands.add_parser(
        "settings",
        help="export this station's settings to a file, or import them from one",
        description="Copy the station's settings (camera quality, photo checks, times, privacy, look, kiosk mode) "
                    "between stations. Secrets, the admin PIN, the server, the camera and the last operator are "
                    "never in the file.",
    )
    parser.add_argument("--config", type=Path, default=None, metavar="PATH",
                        help="this station's settings file (default: station.json in the per-user config folder, "
                        "e.g. ~/.config/FaceStation)")
    commands = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    sub = commands.add_parser("export", help="write the portable settings to FILE",
                              description="Write this station's portable settings to FILE (JSON, no secrets).")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.set_defaults(run=_export)
    sub = commands.add_parser("import", help="show what FILE changes, then apply it",
                              description="Read a settings file, show what it changes here and, once confirmed, "
                                          "save it. The server, admin PIN, camera and last operator stay.")
    sub.add_argument("file", type=Path, metavar="FILE")
    choice = sub.add_mutually_exclusive_group()
    choice.add_argument("--dry-run", action="store_true", help="only show what would change")
    choice.add_argument("--yes", "-y", action="store_true", help="apply without asking")
    sub.set_defaults(run=_import)
    sub = commands.add_parser("reset-pin", help="set a new admin PIN (or remove it) and end the wait after wrong PINs",
                              description="Set a new admin PIN, asked twice without echo (or read from standard "
                                          "input with --pin-stdin), or remove it with --remove; either way the "
                                          "wait after wrong PINs ends. Close the station first.")
    choice = sub.add_mutually_exclusive_group()
    choice.add_argument("--pin-stdin", action="store_true", help="read the new PIN from the first line of standard "
                        "input (for scripts)")
    choice.add_argument("--remove", action="store_true", help="remove the admin PIN: settings, the activity log and "
                        "leaving kiosk mode no longer ask for one")
    sub.set_defaults(run=_reset_pin)


# The station's config module loads argon2: imported only when a settings command runs, so that
# `facestation --help` and `facestation check` stay quick.


def _config_path(args: argparse.Namespace) -> Path:
    from facestation.station.core.config import default_config_path

    return args.config or default_config_path()


def _has_settings(path: Path, what_to_do: str) -> bool:
    """True when the station's settings file exists; else says so, with what to do, on stderr."""
    if path.is_file():
        return True
    print(f"facestation settings: this station has no settings yet ({path}); {what_to_do}.", file=sys.stderr)
    return False


def _export(args: argparse.Namespace) -> int:
    from facestation.station.core.config import ConfigError, StationConfig
    from facestation.station.core.settings_transfer import write_settings_file

    path = _config_path(args)
    if not _has_settings(path, "start the station once, or give the settings file with --config"):
        return EXIT_FAILED
    config = StationConfig.load(path)
    try:
        write_settings_file(config, args.file)
    except (OSError, ConfigError) as error:
        print(f"facestation settings: could not write {args.file}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Exported the settings to {args.file} (no secrets, admin PIN, server, camera or operator).")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from facestation.station.core.config import ConfigError, StationConfig
    from facestation.station.core.settings_transfer import (
        SettingsFileError,
        load_import,
    )

    path = _config_path(args)
    current = StationConfig.load(path)
    try:
        plan = load_import(current, args.file)
    except SettingsFileError as error:
        print(f"facestation settings: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Importing {args.file} into {path}")
    print(plan.describe())
    if not plan.changes:
        return EXIT_OK
    if args.dry_run:
        print("Nothing was saved (--dry-run).")
        return EXIT_OK
    if not args.yes:
        if not sys.stdin.isatty():
            print("facestation settings: nothing was saved; add --yes to apply without a question.", file=sys.stderr)
            return EXIT_FAILED
        if input("Apply these changes? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was saved.")
            return EXIT_FAILED
    try:
        plan.config.save(path)
    except (OSError, ConfigError) as error:
        print(f"facestation settings: could not save {path}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Saved: {len(plan.changes)} setting{'s' if len(plan.changes) != 1 else ''} changed. They take effect "
          "the next time the station starts.")
    return EXIT_OK


def _reset_pin(args: argparse.Namespace) -> int:
    from facestation.station.core.config import ConfigError, StationConfig
    from facestation.station.core.pin_throttle import PinThrottle, throttle_path_for

    path = _config_path(args)
    if not _has_settings(path, "give the settings file with --config"):
        return EXIT_FAILED
    config = StationConfig.load(path)
    if args.remove:
        config.admin_pin_hash = None
    else:
        pin = _new_pin(args)
        if pin is None:
            return EXIT_FAILED
        try:
            config.set_admin_pin(pin)
        except ConfigError as error:
            print(f"facestation settings: {error} Nothing was changed.", file=sys.stderr)
            return EXIT_FAILED
    try:
        config.save(path)
        # After the PIN is saved, not before: a failed save must not end the wait for the old PIN.
        PinThrottle(throttle_path_for(path)).reset()
    except (OSError, ConfigError) as error:
        print(f"facestation settings: could not save {path}: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.remove:
        print("The admin PIN was removed and the wait after wrong PINs is over; from the station's next start, "
              "settings, the activity log and leaving kiosk mode no longer ask for a PIN.")
    else:
        print("The admin PIN was changed and the wait after wrong PINs is over; the station uses the new PIN from "
              "its next start.")
    return EXIT_OK


def _new_pin(args: argparse.Namespace) -> str | None:
    """The new PIN from standard input (--pin-stdin) or typed twice at the terminal; None after saying why not."""
    if args.pin_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        print("facestation settings: not at a terminal, so the PIN cannot be asked; give it with --pin-stdin, or "
              "remove it with --remove.", file=sys.stderr)
        return None
    pin = getpass("New admin PIN: ")
    if getpass("The same PIN again: ") != pin:
        print("facestation settings: The two PINs differ; nothing was changed.", file=sys.stderr)
        return None
    return pin
