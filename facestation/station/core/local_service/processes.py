"""The built-in service's child processes, without the supervisor's state: the command line that runs
`facestation` (also in a frozen build), the child's environment and process group, ending a process group,
recognising a service an earlier station left running (Linux: /proc), and the data dir's instance lock."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

__all__ = [
    "FROZEN_CONSOLE_NAME",
    "LINUX",
    "child_environment",
    "end_process_group",
    "facestation_command",
    "is_leftover_service",
    "new_process_group",
    "no_window",
    "terminate",
    "try_lock",
    "wait_for_group_to_end",
]

# The logger name of the module this code was split from: the station log reads as before.
logger = logging.getLogger("facestation.station.core.local_service")

LINUX = sys.platform.startswith("linux")

FROZEN_CONSOLE_NAME = "facestation.exe" if sys.platform == "win32" else "facestation"


def facestation_command(program: str) -> list[str]:
    """The start of a command line that runs `facestation`: `program -m facestation` where `program` is a Python
    interpreter (a source checkout or a pip install).

    A frozen build (PyInstaller: `sys.frozen`) has no interpreter: `sys.executable`, the default `program`, is
    FaceStation itself, and the subcommand follows it directly. The children then run as the console executable
    next to it (facestation.exe rather than the windowed facestation-station.exe: a windowed program may have
    no usable stdout for the service log or the admin command's answer; CREATE_NO_WINDOW hides its console).
    """
    if not getattr(sys, "frozen", False):
        return [program, "-m", "facestation"]
    console = Path(program).with_name(FROZEN_CONSOLE_NAME)
    return [str(console) if console.is_file() else program]


def child_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["PYTHONUNBUFFERED"] = "1"  # the log is complete up to a crash
    return environment


def no_window() -> dict[str, Any]:
    # A windowed station (pythonw) would otherwise flash a console window for each child.
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NO_WINDOW}
    return {}


def new_process_group() -> dict[str, Any]:
    """Options that put the child in its own process group: its recognition workers can be ended with it, and
    a Ctrl+C meant for the station does not kill the service under its feet."""
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW}
    return {"start_new_session": True}


def try_lock(handle: IO[bytes]) -> bool:
    """Take an exclusive lock on an open file without waiting; the OS drops it when the process ends."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def terminate(process: subprocess.Popen[bytes], timeout: float) -> None:
    """End the service gracefully if it lets us, by force if not, and whatever it left in its process group."""
    if process.poll() is None:
        with contextlib.suppress(OSError):
            if sys.platform == "win32":
                process.terminate()
            else:
                process.send_signal(signal.SIGTERM)  # uvicorn shuts down cleanly: workers, then the database
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            logger.warning("The built-in service did not stop within %g s; killing it", timeout)
            end_process_group(process.pid, grace=0)
            with contextlib.suppress(OSError):
                process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(5)
    end_process_group(process.pid, grace=2)


def end_process_group(pgid: int, *, grace: float) -> None:
    """Wait up to `grace` s for the process group to empty, then kill what is left (POSIX; a no-op on Windows)."""
    if sys.platform == "win32":
        return
    if grace > 0:
        wait_for_group_to_end(pgid, grace)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def wait_for_group_to_end(pgid: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not group_alive(pgid):
            return
        time.sleep(0.05)


def group_alive(pgid: int) -> bool:
    if LINUX:
        return bool(live_group_members(pgid))
    if sys.platform == "win32":
        return False
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def live_group_members(pgid: int) -> list[int]:
    """Linux: the processes of a process group that are not zombies."""
    members = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="utf-8", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # After the command name: state, ppid, pgrp, ...
        if len(fields) > 2 and fields[2] == str(pgid) and fields[0] not in ("Z", "X"):
            members.append(int(entry.name))
    return members


def is_leftover_service(pid: int, data_dir: Path) -> bool:
    """Linux: is `pid` (or, if it is gone, its process group) still a `facestation serve` on this data dir?

    A pid cannot be reused while a process group of that id exists, so a group whose members are
    multiprocessing children is the old service's recognition workers, outliving their server.
    """
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
            arguments = cmdline.read().decode("utf-8", errors="replace").split("\0")
    except OSError:
        arguments = []
    if arguments and arguments[0]:
        # `python -m facestation serve ...`, or a frozen build's `/opt/FaceStation/facestation serve ...`.
        program = Path(arguments[0]).name in ("facestation", "facestation.exe")
        return (program or "facestation" in arguments) and "serve" in arguments and str(data_dir) in arguments
    for member in live_group_members(pid):
        try:
            with open(f"/proc/{member}/cmdline", "rb") as cmdline:
                if b"multiprocessing" not in cmdline.read():
                    return False
        except OSError:
            continue
    return bool(live_group_members(pid))
