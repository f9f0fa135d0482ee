"""facestation.private_files: folders 0700 and files 0600 on creation, looser ones tightened, what is left
readable reported. On real files in a temporary folder; mode checks mean nothing on Windows, so they skip there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facestation.private_files import (
    check_private,
    make_private_dir,
    make_private_file,
    private_files_warning,
    tighten_if_present,
)
from tests.support.modes import mode_of

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows access is ACLs, not mode bits")




def test_a_new_folder_is_0700_with_the_usual_umask(tmp_path: Path, usual_umask: None) -> None:
    folder = tmp_path / "a" / "data"
    make_private_dir(folder)
    assert mode_of(folder) == 0o700


def test_an_existing_open_folder_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o755)
    make_private_dir(folder)
    assert mode_of(folder) == 0o700


def test_a_new_file_is_created_0600_and_empty(tmp_path: Path, usual_umask: None) -> None:
    path = tmp_path / "facecheck.sqlite3"
    make_private_file(path)
    assert mode_of(path) == 0o600
    assert path.read_bytes() == b""


def test_an_existing_file_keeps_its_content_and_loses_group_and_others(tmp_path: Path) -> None:
    path = tmp_path / "queue.sqlite3"
    path.write_bytes(b"pending enrolments")
    path.chmod(0o664)
    make_private_file(path)
    assert mode_of(path) == 0o600
    assert path.read_bytes() == b"pending enrolments"


def test_tighten_if_present_skips_missing_files(tmp_path: Path) -> None:
    wal = tmp_path / "db-wal"
    wal.write_bytes(b"x")
    wal.chmod(0o644)
    tighten_if_present([wal, tmp_path / "db-shm"])
    assert mode_of(wal) == 0o600
    assert not (tmp_path / "db-shm").exists()


def test_check_reports_each_readable_path_and_ignores_private_and_missing_ones(tmp_path: Path) -> None:
    # A file system that ignores chmod (FAT, some network shares) cannot be made here, so the check is driven
    # with a file left 0644, which is what such a file system shows.
    readable = tmp_path / "facecheck.sqlite3"
    readable.write_bytes(b"")
    readable.chmod(0o644)
    private = tmp_path / "signing.key"
    private.write_bytes(b"")
    private.chmod(0o600)
    warnings = check_private([readable, private, tmp_path / "facecheck.sqlite3-wal"])
    assert warnings == [(f"{readable} is readable by other users of this computer (mode 0644) and could not be "
                        "made private")]


def test_one_warning_sentence_for_all_findings() -> None:
    assert private_files_warning([]) is None
    message = private_files_warning(["a is readable", "b is readable"])
    assert message is not None
    assert "a is readable; b is readable" in message
    assert "FAT" in message


@pytest.fixture()
def read_only_mount(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(source, mount): `source` bind-mounted read-only at `mount`, a real file system that refuses chmod (as
    FAT or a read-only share do). Needs root and mount rights: skipped elsewhere."""
    source, mount = tmp_path / "source", tmp_path / "mount"
    source.mkdir()
    mount.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a read-only bind mount needs Linux and root")
    made = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {made.stderr.decode(errors='replace').strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], capture_output=True, check=True)
        yield source, mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True, check=False)


def test_a_file_system_that_refuses_the_mode_is_reported(read_only_mount: tuple[Path, Path]) -> None:
    source, mount = read_only_mount
    (source / "facecheck.sqlite3").write_bytes(b"")
    (source / "facecheck.sqlite3").chmod(0o644)
    database = mount / "facecheck.sqlite3"
    make_private_file(database)  # chmod fails (read-only file system): no exception, the check says it
    assert mode_of(database) == 0o644
    assert check_private([database]) == [
        f"{database} is readable by other users of this computer (mode 0644) and could not be made private"]
