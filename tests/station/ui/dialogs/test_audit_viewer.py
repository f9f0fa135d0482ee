"""The audit trail viewer: a real log file read in a worker, the filters, checking the chain (intact and
tampered with raw sqlite3), the CSV export through the save dialog to a real file, and a screenshot."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from facestation.station.core.audit import ACTIONS, AuditLog
from facestation.station.ui.dialogs.audit_viewer import NO_DATE, AuditViewer
from facestation.station.ui.ops import Operations
from tests.station.support import wait_until

RECORDS = ["3f9c2a1e-7b4d-4c1a-9e2f-5a6b7c8d9e01", "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
           "c0ffee00-1234-4abc-8def-0123456789ab"]
WATCH_LIST = "list-2b7e9d"


@pytest.fixture
def audit_log(tmp_path: Path) -> Iterator[AuditLog]:
    """A morning at the desk, as the panels will log it."""
    log = AuditLog(tmp_path / "audit.sqlite3")
    log.append("sign_in", operator="maria")
    log.append("enrol", operator="maria", record_ids=[RECORDS[0]], details={"consent": True})
    log.append("list_add_member", operator="maria", record_ids=[RECORDS[0]], list_ids=[WATCH_LIST])
    log.append("verify", operator="maria", record_ids=[RECORDS[0]],
               details={"result": "match", "confidence": 0.94, "mode": "1:1"})
    log.append("verify", operator="maria", record_ids=[RECORDS[1]],
               details={"result": "review", "confidence": 0.71, "mode": "1:1", "override": "accepted",
                        "reason": "ID card checked at the desk"})
    log.append("lock", operator="maria")
    log.append("sign_in", operator="admin")
    log.append("settings_change", operator="admin", details={"settings": ["theme", "idle_lock_minutes"]})
    log.append("update", operator="maria", record_ids=[RECORDS[1]])
    log.append("outbox_discard", operator="maria", record_ids=[RECORDS[2]], details={"reason_code": "validation"})
    log.append("delete", operator="maria", record_ids=[RECORDS[2]])
    log.append("sign_out", operator="maria")
    yield log
    log.close()


@pytest.fixture
def make_viewer(themed: None, qtbot: Any, ops: Operations, audit_log: AuditLog) -> Callable[[], AuditViewer]:
    def make() -> AuditViewer:
        viewer = AuditViewer(audit_log, ops)
        qtbot.addWidget(viewer)
        with qtbot.waitSignal(viewer.loaded, timeout=10_000):
            viewer.open()
        return viewer

    return make


def column(viewer: AuditViewer, index: int) -> list[str]:
    return [viewer.table.item(row, index).text() for row in range(viewer.table.rowCount())]


def reload(viewer: AuditViewer, qtbot: Any, change: Callable[[], object]) -> None:
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        change()


def tamper(path: Path, statement: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("DROP TRIGGER IF EXISTS entries_no_update")
    connection.execute("DROP TRIGGER IF EXISTS entries_no_delete")
    connection.execute(statement)
    connection.commit()
    connection.close()


def test_it_shows_the_log_newest_first_in_plain_words(make_viewer: Callable[[], AuditViewer]) -> None:
    viewer = make_viewer()
    assert viewer.table.rowCount() == 12
    assert column(viewer, 2)[:3] == ["Signed out", "Deleted a record", "Discarded a pending change"]
    assert column(viewer, 2)[-1] == "Signed in"
    verify_row = column(viewer, 2).index("Checked a face")
    assert column(viewer, 3)[verify_row] == RECORDS[1]
    assert column(viewer, 4)[verify_row] == ("needs review; confidence 71%; mode: 1:1; override: accepted; "
                                             "reason: \u201cID card checked at the desk\u201d")
    assert column(viewer, 4)[column(viewer, 2).index("Enrolled a person")] == "consent obtained"
    assert column(viewer, 3)[column(viewer, 2).index("Added to a list")] == f"{RECORDS[0]}, list {WATCH_LIST}"
    assert column(viewer, 4)[column(viewer, 2).index("Changed settings")] == "settings: theme, idle lock minutes"
    first = viewer.entries[-1]
    assert column(viewer, 0)[-1] == first.timestamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert [viewer.operator_filter.itemText(i) for i in range(viewer.operator_filter.count())] == [
        "All operators", "admin", "maria"]
    assert viewer.action_filter.count() == len(ACTIONS) + 1
    assert viewer.summary.text() == "Showing 12 entries."
    assert not viewer.chain_result.isVisibleTo(viewer) and not viewer.message.isVisibleTo(viewer)
    for button in (viewer.check_button, viewer.export_button, viewer.close_button):
        assert button.height() >= 64
    for field in (viewer.operator_filter, viewer.action_filter, viewer.from_date, viewer.record_filter,
                  viewer.clear_button):
        assert field.height() >= 48
    assert all(viewer.table.rowHeight(row) >= 44 for row in range(viewer.table.rowCount()))


def test_filters(make_viewer: Callable[[], AuditViewer], qtbot: Any, audit_log: AuditLog) -> None:
    viewer = make_viewer()
    reload(viewer, qtbot, lambda: viewer.operator_filter.setCurrentIndex(viewer.operator_filter.findData("admin")))
    assert set(column(viewer, 1)) == {"admin"} and viewer.table.rowCount() == 2
    reload(viewer, qtbot, lambda: viewer.operator_filter.setCurrentIndex(0))
    reload(viewer, qtbot, lambda: viewer.action_filter.setCurrentIndex(viewer.action_filter.findData("verify")))
    assert column(viewer, 2) == ["Checked a face", "Checked a face"]
    reload(viewer, qtbot, lambda: viewer.action_filter.setCurrentIndex(0))
    # A record number: typed, then Enter applies it at once (it does not press Export).
    viewer.record_filter.setFocus()
    qtbot.keyClicks(viewer.record_filter, RECORDS[2])
    reload(viewer, qtbot, lambda: qtbot.keyClick(viewer.record_filter, Qt.Key.Key_Return))
    assert column(viewer, 2) == ["Deleted a record", "Discarded a pending change"]
    assert viewer._file_dialog is None
    reload(viewer, qtbot, lambda: viewer.record_filter.setText(WATCH_LIST))
    assert column(viewer, 2) == ["Added to a list"]
    reload(viewer, qtbot, viewer.clear_filters)
    # Days are local and "to" includes its whole day.
    today = QDate.currentDate()
    reload(viewer, qtbot, lambda: viewer.from_date.setDate(today.addDays(1)))
    assert viewer.table.rowCount() == 0
    assert viewer.summary.text().startswith("No entries match these filters.")
    reload(viewer, qtbot, lambda: viewer.from_date.setDate(today))
    assert viewer.table.rowCount() == 12
    reload(viewer, qtbot, lambda: viewer.to_date.setDate(today))
    assert viewer.table.rowCount() == 12
    reload(viewer, qtbot, lambda: viewer.to_date.setDate(today.addDays(-1)))
    assert viewer.table.rowCount() == 0
    filters = viewer.filters()
    assert filters["since"] > filters["until"] - timedelta(days=2)
    reload(viewer, qtbot, viewer.clear_filters)
    assert viewer.table.rowCount() == 12 and viewer.from_date.date() == NO_DATE
    assert viewer.from_date.text() == "Any day"
    # New entries and operators appear on the next read.
    audit_log.append("sign_in", operator="zoe")
    reload(viewer, qtbot, viewer.refresh)
    assert viewer.operator_filter.findData("zoe") > 0 and column(viewer, 1)[0] == "zoe"


def test_check_the_chain_intact_then_tampered(make_viewer: Callable[[], AuditViewer], qtbot: Any,
                                              audit_log: AuditLog) -> None:
    viewer = make_viewer()
    with qtbot.waitSignal(viewer.chainChecked, timeout=10_000) as intact:
        qtbot.mouseClick(viewer.check_button, Qt.MouseButton.LeftButton)
    assert intact.args[0].ok
    assert viewer.chain_result.text() == "The audit trail is intact: all 12 entries are as they were written."
    assert viewer.chain_result.property("role") == "success" and viewer.chain_result.isVisibleTo(viewer)
    fifth = audit_log.entries()[4]
    tamper(audit_log.path, "UPDATE entries SET details = '{\"result\":\"match\"}' WHERE sequence = 5")
    with qtbot.waitSignal(viewer.chainChecked, timeout=10_000) as broken:
        viewer.check_chain()
    assert broken.args[0].first_broken_sequence == 5
    local = fifth.timestamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert viewer.chain_result.property("role") == "error"
    assert viewer.chain_result.text() == (
        f"The audit trail is not intact. Entry 5 (written {local}) was changed after it was written. The 4 "
        "entries before it are intact. Keep this station's files as they are and tell your administrator.")
    tamper(audit_log.path, "DELETE FROM entries WHERE sequence = 3")
    with qtbot.waitSignal(viewer.chainChecked, timeout=10_000):
        viewer.check_chain()
    assert "Entry 3 was removed from the audit trail. The 2 entries before it are intact." in \
        viewer.chain_result.text()


def test_export_through_the_save_dialog(make_viewer: Callable[[], AuditViewer], qtbot: Any, tmp_path: Path) -> None:
    viewer = make_viewer()
    reload(viewer, qtbot, lambda: viewer.operator_filter.setCurrentIndex(viewer.operator_filter.findData("maria")))
    qtbot.mouseClick(viewer.export_button, Qt.MouseButton.LeftButton)
    dialog = viewer._file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    out = tmp_path / "handover" / "maria"  # no suffix typed: .csv is added
    out.parent.mkdir()
    with qtbot.waitSignal(viewer.exported, timeout=10_000) as exported:
        dialog.selectFile(str(out))
        dialog.accept()
    path, count = exported.args
    assert Path(path) == out.with_suffix(".csv") and count == 10
    with Path(path).open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 10 and {row["operator"] for row in rows} == {"maria"}
    assert [int(row["sequence"]) for row in rows] == sorted(int(row["sequence"]) for row in rows)
    assert viewer.chain_result.text() == f"Saved 10 entries to {path}."


def test_a_failed_export_says_what_to_do(make_viewer: Callable[[], AuditViewer], qtbot: Any, tmp_path: Path) -> None:
    viewer = make_viewer()
    target = tmp_path / "missing-folder" / "audit.csv"
    viewer.export_to(str(target))
    wait_until(lambda: viewer.message.isVisibleTo(viewer), timeout=10)
    assert viewer.message.text().startswith(f"The audit trail was not saved to {target}: No such file or directory.")
    assert "Choose another folder" in viewer.message.text()
    assert not target.exists() and viewer.export_button.isEnabled()


def test_screenshot(make_viewer: Callable[[], AuditViewer], qtbot: Any, screenshots: Path, tmp_path: Path,
                    audit_log: AuditLog) -> None:
    viewer = make_viewer()
    viewer.resize(1020, 760)
    with qtbot.waitSignal(viewer.chainChecked, timeout=10_000):
        viewer.check_chain()
    qtbot.wait(50)
    viewer.grab().save(str(screenshots / "audit-viewer.png"))
    tamper(audit_log.path, "UPDATE entries SET operator = 'eve' WHERE sequence = 5")
    reload(viewer, qtbot, lambda: viewer.action_filter.setCurrentIndex(viewer.action_filter.findData("verify")))
    with qtbot.waitSignal(viewer.chainChecked, timeout=10_000):
        viewer.check_chain()
    qtbot.wait(50)
    viewer.grab().save(str(tmp_path / "audit-viewer-broken.png"))
    (screenshots / "audit-viewer-broken.png").unlink(missing_ok=True)
    assert (screenshots / "audit-viewer.png").stat().st_size > 10_000
    print(tmp_path / "audit-viewer-broken.png")


def test_every_text_goes_through_tr(make_viewer: Callable[[], AuditViewer], qtbot: Any, tmp_path: Path) -> None:
    from facestation.station.ui.translations import install_translation
    from tests.station.ui.test_translations import (
        pseudo_translation,
        qt_tool,
        untranslated_texts,
    )

    template = tmp_path / "facestation.ts"
    source = Path(__file__).resolve().parents[4] / "facestation" / "station" / "ui" / "dialogs" / "audit_viewer.py"
    subprocess.run([qt_tool("lupdate"), "-silent", str(source), "-ts", str(template)], check=True, timeout=120)
    (tmp_path / "qm").mkdir()
    folder = pseudo_translation(template, tmp_path / "qm")
    viewer = make_viewer()
    with qtbot.waitSignal(viewer.chainChecked, timeout=10_000):
        viewer.check_chain()
    try:
        assert install_translation("eo", folder)
        qtbot.waitUntil(lambda: viewer.close_button.text().startswith("\u27e6"), timeout=3000)
        assert untranslated_texts(viewer) == []
        assert viewer.chain_result.text().startswith("\u27e6")
        assert all(text.startswith("\u27e6") for text in column(viewer, 2))
        assert viewer.action_filter.itemText(0).startswith("\u27e6")
    finally:
        install_translation("en", folder)
