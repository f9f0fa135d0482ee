"""facestation.files.set_aside: a damaged SQLite file moves aside together with its -wal / -shm / -journal,
under a name that never overwrites an earlier kept copy."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facestation.files import set_aside

MOMENT = datetime(2026, 12, 7, 9, 30, 15)


def test_the_file_and_its_companions_move_together(tmp_path: Path) -> None:
    path = tmp_path / "queue.sqlite3"
    contents = {"": b"main", "-wal": b"newest commits", "-shm": b"index"}
    for suffix, data in contents.items():
        path.with_name(path.name + suffix).write_bytes(data)
    kept = set_aside(path, now=MOMENT)
    assert kept == tmp_path / "queue.sqlite3.damaged-20261207-093015"
    assert {suffix: kept.with_name(kept.name + suffix).read_bytes() for suffix in contents} == contents
    assert not any(path.with_name(path.name + suffix).exists() for suffix in contents)
    assert not kept.with_name(kept.name + "-journal").exists()  # absent companions are not made up


def test_an_earlier_kept_copy_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    path.write_bytes(b"first")
    first = set_aside(path, "unreadable", now=MOMENT)
    path.write_bytes(b"second")
    path.with_name(path.name + "-wal").write_bytes(b"second wal")
    second = set_aside(path, "unreadable", now=MOMENT)
    assert first.name == "audit.sqlite3.unreadable-20261207-093015"
    assert second.name == "audit.sqlite3.unreadable-20261207-093015-2"
    assert first.read_bytes() == b"first" and second.read_bytes() == b"second"
    assert second.with_name(second.name + "-wal").read_bytes() == b"second wal"
