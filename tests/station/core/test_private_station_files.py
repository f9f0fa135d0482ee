"""The station's own databases (queue of unsent changes, activity log) are private to the OS account: folders
0700, files 0600 with their -wal/-shm, and one left open by an older version is tightened. The station log:
tests/station/core/test_station_log.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from facestation.station.core.audit import AuditLog
from facestation.station.core.outbox.store import Outbox
from tests.support.modes import mode_of

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows keeps files private with ACLs, not mode bits")



def loosen(folder: Path, *files: Path) -> None:
    """What an older version left: a 0755 folder and 0644 files (the usual umask 022)."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    for file in files:
        file.touch()
        file.chmod(0o644)


@pytest.mark.parametrize("left_open", [False, True], ids=["new", "left-open"])
def test_the_queue_and_its_wal_are_private(tmp_path: Path, left_open: bool) -> None:
    path = tmp_path / "outbox" / "outbox-x.sqlite3"
    if left_open:
        loosen(path.parent)
    with Outbox(path, os.urandom(32)) as queue:
        queue.enqueue("create_list", {"name": "Staff", "description": "Everyone"})
        assert mode_of(path.parent) == 0o700
        for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
            assert mode_of(path.parent / name) == 0o600, name


@pytest.mark.parametrize("left_open", [False, True], ids=["new", "left-open"])
def test_the_activity_log_and_its_wal_are_private(tmp_path: Path, left_open: bool) -> None:
    path = tmp_path / "audit" / "audit.sqlite3"
    if left_open:
        loosen(path.parent)
    with AuditLog(path) as log:
        log.append("sign_in", operator="ana")
        assert mode_of(path.parent) == 0o700
        for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
            assert mode_of(path.parent / name) == 0o600, name
