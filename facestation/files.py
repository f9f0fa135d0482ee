"""Writing small files safely: the one atomic-replace helper of the package (config, secrets, call budget)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` so a crash leaves the old file or the new one, never half of one.

    The temporary file sits next to the target (os.replace is atomic only within one file system) and is
    created 0600 by mkstemp, so a secret is never readable by others, not even for a moment. `durable` syncs the
    data to disk before the rename and the folder after it, so the rename itself survives a power cut; skip it
    for files rewritten on every call, where losing the last write after a power cut is harmless and a sync per
    call is not.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name[:32]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            if durable:
                file.flush()
                os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if durable:
        _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder to sync it; NTFS journals the rename itself
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
