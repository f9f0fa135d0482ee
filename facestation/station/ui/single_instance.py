"""One station per user session: a second copy says "FaceStation is already running" and opens nothing.

Two copies would fight over the camera, the built-in service's data folder and the kiosk screen. The first copy
holds a lock for as long as it runs; the operating system drops it when the process ends, even after a crash.

- Windows: a named mutex, the one the installer's `AppMutex` names (packaging/installer.iss), so Setup and
  Uninstall also see a running station and ask to close it first. The session's own name decides (one station per
  signed-in user); the same name under `Global\\` is created too, so Setup sees a station in any session.
- Elsewhere: a `QLockFile` in the per-user config dir (its owner's pid inside: a lock left by a killed station is
  recognised as stale and taken over).

    instance = acquire()
    if instance is None:
        return refuse_second_copy()
    ...                      # keep `instance` referenced while the station runs
    instance.release()
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer

logger = logging.getLogger(__name__)

# Must equal AppMutex in packaging/installer.iss (the installer checks both names).
MUTEX_NAME = "FaceStation.Station.9afdb5ac-2017-4c18-9c06-4a13843208e3"
LOCK_FILE_NAME = "station.lock"
MESSAGE_SECONDS = 8  # the refusal closes itself: on a kiosk nobody may be there to dismiss it

_ERROR_ALREADY_EXISTS = 183


class StationInstance:
    """The lock of the running station; released by `release()` or when the process ends."""

    def __init__(self, *, handles: list[int] | None = None, lock_file: QLockFile | None = None) -> None:
        self._handles = handles or []
        self._lock_file = lock_file

    def release(self) -> None:
        """Let another copy start (tests; a station that ends just exits). Safe to call twice."""
        if self._lock_file is not None:
            self._lock_file.unlock()
            self._lock_file = None
        if self._handles:
            kernel32 = _kernel32()
            for handle in self._handles:
                kernel32.CloseHandle(handle)
            self._handles = []


def acquire(lock_dir: Path | None = None, *, name: str = MUTEX_NAME) -> StationInstance | None:
    """Take the station's lock; None when another copy holds it. `lock_dir` (default: the per-user config dir)
    is where the lock file goes on systems other than Windows.

    When the lock cannot be checked at all (a folder that cannot be written), the station starts anyway and the
    log says why: refusing to start would lock a kiosk out over a lock."""
    if sys.platform == "win32":
        return _acquire_mutex(name)
    return _acquire_lock_file(lock_dir if lock_dir is not None else _default_lock_dir())


def already_running_message() -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "FaceStation is already running on this computer. Use the FaceStation window that is already open; if "
        "you cannot see it, look for it in the taskbar.")


def refuse_second_copy() -> int:
    """Tell the person who started a second copy that one is running (on stderr, and in a message that closes
    itself after a few seconds when there is a screen); returns the exit code, 1."""
    message = already_running_message()
    print(f"facestation: {message}", file=sys.stderr)
    logger.info("A second copy of the station was started and refused: another one is running")
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    if isinstance(app, QApplication) and QApplication.platformName() not in ("offscreen", "minimal"):
        box = QMessageBox(QMessageBox.Icon.Information, "FaceStation", message, QMessageBox.StandardButton.Ok)
        box.finished.connect(app.quit)
        QTimer.singleShot(MESSAGE_SECONDS * 1000, box.accept)
        box.open()
        app.exec()
    return 1


def _default_lock_dir() -> Path:
    from facestation.station.core.credentials import default_config_dir

    return default_config_dir()


def _acquire_lock_file(lock_dir: Path) -> StationInstance | None:
    try:
        lock_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        logger.warning("Cannot create %s for the single-instance lock (%s); starting without it", lock_dir, error)
        return StationInstance()
    lock_file = QLockFile(str(lock_dir / LOCK_FILE_NAME))
    lock_file.setStaleLockTime(0)  # never stale by age: a station runs for weeks; a dead owner's pid still frees it
    if lock_file.tryLock(0):
        return StationInstance(lock_file=lock_file)
    if lock_file.error() == QLockFile.LockError.LockFailedError:
        return None
    logger.warning("Cannot write the single-instance lock in %s (%s); starting without it", lock_dir,
                   lock_file.error())
    return StationInstance()


def _kernel32() -> Any:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateMutexW.argtypes = [wintypes.LPVOID, wintypes.BOOL, wintypes.LPCWSTR]
    kernel32.CreateMutexW.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel32.CloseHandle.restype = wintypes.BOOL
    return kernel32


def _acquire_mutex(name: str) -> StationInstance | None:
    import ctypes

    kernel32 = _kernel32()
    handle = kernel32.CreateMutexW(None, False, name)
    error = ctypes.get_last_error()  # type: ignore[attr-defined]
    if not handle:
        logger.warning("Cannot create the station's mutex %s (Windows error %d); starting without it", name, error)
        return StationInstance()
    if error == _ERROR_ALREADY_EXISTS:
        kernel32.CloseHandle(handle)
        return None
    handles = [handle]
    # For Setup in another session (an administrator installing while the kiosk user's station runs); another
    # user's station may hold it already, which is fine: this session's name above is what decides.
    global_handle = kernel32.CreateMutexW(None, False, "Global\\" + name)
    if global_handle:
        handles.append(global_handle)
    return StationInstance(handles=handles)
