"""Issue 15 row 6: the service's data dir (photos, descriptors, names) is 0700 and its SQLite database with its
-wal/-shm 0600, on a fresh data dir and on one an older version left open; a start on files it cannot make
private logs one warning. The real service on loopback, as the rest of the suite runs it."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from facestation.store.database import DATABASE_FILE_NAME
from tests.service.conftest import start_service
from tests.support.modes import mode_of

pytestmark = [pytest.mark.skipif(os.name == "nt", reason="Windows access is ACLs, not mode bits"),
              pytest.mark.usefixtures("usual_umask")]




def use_the_database(data_dir: Path) -> None:
    """Start the service, write through it (a sign-in), and check the files while it still runs (-wal and -shm
    exist only while the database is open)."""
    service = start_service(data_dir, engine_workers=1)
    try:
        tenant = service.new_tenant()
        tenant.http.close()
        database = data_dir / DATABASE_FILE_NAME
        companions = [Path(f"{database}-wal"), Path(f"{database}-shm")]
        assert all(path.exists() for path in companions)
        assert {path.name: mode_of(path) for path in [database, *companions]} == {
            path.name: 0o600 for path in [database, *companions]}
        assert mode_of(data_dir) == 0o700
    finally:
        service.stop()


def test_a_fresh_data_dir_is_private(tmp_path: Path) -> None:
    use_the_database(tmp_path / "data")


def test_an_open_data_dir_from_before_is_tightened(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    start_service(data_dir, engine_workers=1).stop()
    data_dir.chmod(0o755)
    for path in data_dir.iterdir():
        path.chmod(0o644)
    use_the_database(data_dir)


def test_a_database_that_stays_readable_is_reported_once_at_start(tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    # A file system that ignores modes (a FAT USB stick) cannot be mounted in a test; a database file that is
    # a symbolic link to a 0644 file is one whose mode the start does not change (it tightens no link target
    # outside the data dir), and so stays readable, which is what such a file system looks like.
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    target = outside / "facecheck.sqlite3"
    target.write_bytes(b"")
    target.chmod(0o644)
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    (data_dir / DATABASE_FILE_NAME).symlink_to(target)
    with caplog.at_level(logging.WARNING):
        start_service(data_dir, engine_workers=1).stop()
    warnings = [record.getMessage() for record in caplog.records
                if "not protected from other users" in record.getMessage()]
    assert len(warnings) == 1
    assert f"{data_dir / DATABASE_FILE_NAME} is readable by other users of this computer (mode 0644)" in warnings[0]
