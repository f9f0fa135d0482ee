"""Writing small files safely: the one atomic-replace helper of the package (config, secrets, call budget), and
the one way to set a damaged SQLite file aside with its -wal and -shm."""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import datetime
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


# Companions SQLite keeps beside a database: the write-ahead log (the newest commits live there until a
# checkpoint), its shared-memory index, and the rollback journal.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def set_aside(path: Path, reason: str = "damaged", *, now: datetime | None = None) -> Path:
    """Rename `path` and its SQLite companions (-wal, -shm, -journal) to `<name>.<reason>-<YYYYmmdd-HHMMSS>`
    (with `-2`, `-3`, … if taken) and return the new main name; companions keep their suffix after it.

    The companions go with the file: the -wal holds the newest entries of the kept copy, and left behind it
    would be read into the next database created at `path`. They move first and the main file last, so a crash
    halfway leaves a damaged file that is set aside again, never a new database next to an old -wal.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.{reason}-{stamp}")
    number = 1
    while any(kept.with_name(kept.name + suffix).exists() for suffix in ("", *SQLITE_COMPANIONS)):
        number += 1
        kept = path.with_name(f"{path.name}.{reason}-{stamp}-{number}")
    for suffix in (*SQLITE_COMPANIONS, ""):
        source = path.with_name(path.name + suffix)
        if source.exists():
            os.replace(source, kept.with_name(kept.name + suffix))
    return kept
