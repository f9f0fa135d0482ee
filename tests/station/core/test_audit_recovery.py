"""Opening the activity log at start (facestation.station.core.audit_recovery): a damaged log is set aside WITH its
-wal and -shm (its newest entries live there) and a new one starts; a log that cannot be opened right now
(locked, no permission, disk full, something in the way) is left exactly where it is and the station runs
without an activity log, saying so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facestation.station.core.audit_recovery import open_activity_log


def damaged_log_with_companions(path: Path) -> dict[str, bytes]:
    """A log as a crash on a failing disk may leave it: the main file unreadable, a torn -wal and a -shm beside
    it. Their bytes, by suffix."""
    files = {"": b"\xee" * 8192, "-wal": b"torn write-ahead log " * 300, "-shm": bytes(range(256)) * 128}
    for suffix, data in files.items():
        path.with_name(path.name + suffix).write_bytes(data)
    return files


def test_a_damaged_log_is_set_aside_with_its_wal_and_shm(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    files = damaged_log_with_companions(path)
    opened = open_activity_log(path)
    assert opened.log is not None and opened.kept is not None
    try:
        assert ".damaged-" in opened.kept.name and opened.unavailable == ""
        for suffix in ("", "-wal"):  # the data kept byte for byte
            assert opened.kept.with_name(opened.kept.name + suffix).read_bytes() == files[suffix]
        # The -shm is an index SQLite rebuilds from the -wal (looking at the file may rewrite it): moved along.
        assert opened.kept.with_name(opened.kept.name + "-shm").is_file()
        assert opened.log.entries() == [] and opened.log.verify().ok  # the new log did not take the old WAL
        opened.log.append("sign_in", operator="reception")
        assert [entry.operator for entry in opened.log.entries()] == ["reception"]
    finally:
        opened.log.close()
    again = open_activity_log(path)  # the next start opens the new log as it is
    assert again.log is not None and again.kept is None and len(again.log.entries()) == 1
    again.log.close()


def test_a_log_that_cannot_be_opened_now_is_left_alone(tmp_path: Path) -> None:
    in_the_way = tmp_path / "audit.sqlite3"
    in_the_way.mkdir()
    (in_the_way / "keep-me").write_text("untouched")
    opened = open_activity_log(in_the_way)
    assert opened.log is None and opened.kept is None
    assert (in_the_way / "keep-me").read_text() == "untouched"
    assert [item.name for item in tmp_path.iterdir()] == ["audit.sqlite3"]  # nothing set aside, nothing new
    assert "cannot be opened right now (unable to open database file)" in opened.unavailable


def test_a_healthy_log_opens_without_a_problem(tmp_path: Path) -> None:
    opened = open_activity_log(tmp_path / "audit.sqlite3")
    assert opened.log is not None and opened.kept is None and opened.unavailable == ""
    opened.log.close()


def test_the_station_runs_without_a_log_it_cannot_open_and_says_so(tmp_path: Path, qtbot: Any, make_session: Any,
                                                                   make_station: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from facestation.station.ui.dialogs.pin import PinDialog
    from tests.station.ui.test_app import closed_port

    in_the_way = tmp_path / "audit.sqlite3"
    in_the_way.mkdir()
    session = make_session()
    session.setup_hosted(f"http://127.0.0.1:{closed_port()}/api", "frontdesk", "secret", admin_pin="2468")
    station = make_station(session, audit_path=in_the_way)
    assert station.audit is None and station.context.audit is None
    station.show_main_window()  # as after a sign-in: records "sign_in", which must not fail without a log
    window = station.main_window
    message = window.statusBar().currentMessage()
    assert message.startswith("The activity log cannot be opened right now") and "left as it is" in message
    window.statusBar().clearMessage()
    station.open_activity()  # no PIN asked for a log that is not there: the operator is told why
    assert window.statusBar().currentMessage() == message
    assert not any(isinstance(widget, PinDialog) and widget.isVisible() for widget in QApplication.topLevelWidgets())
    assert in_the_way.is_dir() and [item.name for item in tmp_path.iterdir() if "audit" in item.name] == [
        "audit.sqlite3"]
