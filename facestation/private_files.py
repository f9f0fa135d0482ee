"""Files only this OS account may read: data folders 0700, databases, keys and queues 0600 (service and station).

The folders and files hold photos, face descriptors, names and secrets. Modes are set when a file or folder is
made (never created readable and tightened a moment later where that can be avoided), an existing looser one is
tightened, and `check_private` tells what is still readable by others, for one warning at start.

Windows: `os.chmod` only sets or clears the read-only flag there, so nothing here changes access; a folder
gets the ACL of its parent, and the per-user folders FaceStation uses by default (under the user profile's
AppData) are readable only by that user, SYSTEM and administrators. `check_private` reports nothing on Windows
rather than guess from mode bits that mean nothing there.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_GROUP_AND_OTHERS = 0o077
_MODES_APPLY = os.name != "nt"


def make_private_dir(path: Path) -> None:
    """Create the folder `path` 0700 (missing parents get the usual mode), or tighten an existing one so only
    its owner can enter it. Raises OSError when the folder cannot be created; a mode the file system will not
    take is left for `check_private` to report."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    _tighten(path)


def make_private_file(path: Path) -> None:
    """Create the empty file `path` 0600 if it is missing (so whoever opens it next, e.g. SQLite, never makes it
    readable by others), or tighten an existing one. The content of an existing file is left alone. Raises
    OSError when the file cannot be created; a mode the file system will not take is `check_private`'s to say."""
    try:
        # O_EXCL: create it ourselves with the mode, or learn that it is already there.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        _tighten(path)
    else:
        os.close(descriptor)
        _tighten(path)  # the umask can only remove bits, but a file system that ignores modes shows 0644/0755


def tighten_if_present(paths: Iterable[Path]) -> None:
    """Take group and others' access away from those of `paths` that exist (e.g. a database's -wal/-shm)."""
    for path in paths:
        _tighten(path)


def check_private(paths: Iterable[Path]) -> list[str]:
    """One sentence per existing path that other users of this computer can still read or enter (e.g. the
    file system ignores modes, as FAT on a USB stick does, or the file belongs to another account). Missing
    paths are fine: they are made private when they are created. Always empty on Windows (module docstring)."""
    if not _MODES_APPLY:
        return []
    warnings = []
    for path in paths:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            continue
        except OSError as error:
            warnings.append(f"{path}: its access rights cannot be read ({error.strerror or error})")
            continue
        if mode & _GROUP_AND_OTHERS:
            warnings.append(f"{path} is readable by other users of this computer (mode {mode:04o}) and could "
                            "not be made private")
    return warnings


def check_private_folder(folder: Path) -> list[str]:
    """`check_private` of a folder that holds private data alone, and of everything directly in it."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        entries = []  # a missing folder is fine; one that cannot be listed shows in its own check
    return check_private([folder, *entries])


def private_files_warning(warnings: list[str]) -> str | None:
    """The one log line for a start's `check_private` findings (None when there are none)."""
    if not warnings:
        return None
    return ("Private data is not protected from other users of this computer: " + "; ".join(warnings)
            + ". Keep the data on a local disk that supports access rights (not a FAT/exFAT USB stick or a "
            "network share), owned by the account that runs FaceStation.")


def _tighten(path: Path) -> None:
    if not _MODES_APPLY:
        return  # os.chmod would only toggle the read-only flag on Windows (module docstring)
    try:
        status = path.lstat()
    except FileNotFoundError:
        return
    mode = stat.S_IMODE(status.st_mode)
    if stat.S_ISLNK(status.st_mode) or not mode & _GROUP_AND_OTHERS:
        return  # a link's own mode means nothing; what it points to is checked by check_private
    try:
        os.chmod(path, mode & ~_GROUP_AND_OTHERS)
    except OSError:
        pass  # another account's file, a read-only or mode-less file system: check_private reports it
