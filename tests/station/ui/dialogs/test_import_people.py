"""The station's "Import people" dialog against the real built-in service: progress, stop and resume, the summary
with what was not imported, saving the result, and the Records page's button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facestation.importer import ImportProgress, ImportReport, RowStatus
from facestation.station.ui.dialogs.import_people import ImportPeopleDialog
from facestation.vision.faces import BGRImage
from tests.importer.photos import make_case, read_result
from tests.support.portraits import CompliantBase

WAIT_MS = 120_000


@pytest.fixture
def dialog(station_context: Any, qtbot: Any, themed: None) -> ImportPeopleDialog:
    widget = ImportPeopleDialog(station_context)
    qtbot.addWidget(widget)
    widget.resize(860, 640)
    widget.show()
    return widget


def run_to_end(qtbot: Any, dialog: ImportPeopleDialog) -> ImportReport:
    with qtbot.waitSignal(dialog.finished_import, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def test_stop_midway_then_resume(dialog: ImportPeopleDialog, qtbot: Any, tmp_path: Path,
                                 compliant_base: CompliantBase, astronaut: BGRImage, screenshots: Path,
                                 run_coro: Any, station_context: Any) -> None:
    case = make_case(tmp_path, compliant_base, astronaut, good=7, with_generated=False, extra_bad=False)
    dialog.set_sources(case.csv_path, case.photos, case.list_name)
    shots: list[ImportProgress] = []

    def on_progress(progress: ImportProgress) -> None:
        # The progress view as the operator sees it, once someone is in and others are on their way.
        if progress.imported >= 1 and progress.current and not shots:
            shots.append(progress)
            dialog.grab().save(str(screenshots / "import-progress.png"))
            qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)

    dialog.progressChanged.connect(on_progress)
    report = run_to_end(qtbot, dialog)
    assert shots, "the progress view never showed a person being imported"
    assert dialog.pages.currentIndex() == 2
    assert report.cancelled and 1 <= report.counts[RowStatus.IMPORTED] < 7
    not_done = report.counts[RowStatus.NOT_DONE]
    assert not_done >= 1 and report.counts[RowStatus.IMPORTED] + not_done == 7
    assert dialog.title.text() == "Import stopped"
    assert "You stopped the import" in dialog.stopped_label.text() and dialog.stopped_label.isVisible()
    imported_first = [o.record_id for o in report.outcomes if o.status is RowStatus.IMPORTED]

    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0 and dialog.csv_field.text() == str(case.csv_path)
    resumed = run_to_end(qtbot, dialog)
    assert resumed.complete and resumed.stopped is None
    assert resumed.counts[RowStatus.ALREADY_THERE] == len(imported_first)
    assert resumed.counts[RowStatus.IMPORTED] == not_done
    assert [o.record_id for o in resumed.outcomes if o.status is RowStatus.ALREADY_THERE] == imported_first
    assert dialog.title.text() == "Import finished"
    assert "Everyone in the file is now stored" in dialog.problems_label.text()

    members = run_coro(station_context.directory.all_lists())
    assert [face_list.record_count for face_list in members if face_list.name == case.list_name] == [7]


def test_summary_lists_what_was_not_imported_and_saves_the_result(
        dialog: ImportPeopleDialog, qtbot: Any, tmp_path: Path, compliant_base: CompliantBase,
        astronaut: BGRImage, screenshots: Path) -> None:
    case = make_case(tmp_path, compliant_base, astronaut, good=3)
    dialog.set_sources(case.csv_path, case.photos, "")
    report = run_to_end(qtbot, dialog)
    assert report.counts[RowStatus.IMPORTED] == 4 and report.counts[RowStatus.FAILED_QA] == 1
    assert dialog.problems.rowCount() == 5
    cells = [[dialog.problems.item(row, column).text() for column in range(3)] for row in range(5)]
    assert cells[0][0] == "6" and cells[0][1].startswith("Eileen Collins")
    assert cells[0][2].startswith("Photo smile.jpg: ") and "mouth is open" in cells[0][2]
    assert "not in the photo folder" in cells[1][2]
    assert "4 of 9 people imported" in dialog.summary_label.text()
    assert "5 could not be imported" in dialog.summary_label.text()
    dialog.grab().save(str(screenshots / "import-summary.png"))

    target = tmp_path / "saved" / "result.csv"
    dialog.save_result_to(str(target))
    qtbot.waitUntil(dialog.save_message.isVisible, timeout=10_000)
    assert str(target) in dialog.save_message.text()
    lines = read_result(target)
    assert [line["status"] for line in lines] == [o.status.value for o in report.outcomes]


def test_the_choices_are_checked_before_anything_is_sent(dialog: ImportPeopleDialog, qtbot: Any,
                                                         tmp_path: Path, screenshots: Path) -> None:
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "Choose the people file first" in dialog.choose_error.text()
    bad = tmp_path / "people.csv"
    bad.write_text("name;photo\nAda;ada.jpg\n", encoding="utf-8")
    dialog.set_sources(bad, tmp_path, "Staff")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lacks the column(s) surname1" in dialog.choose_error.text(), timeout=10_000)
    assert dialog.pages.currentIndex() == 0
    dialog.set_sources(bad, tmp_path / "nowhere", "Staff")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "photo folder" in dialog.choose_error.text(), timeout=10_000)
    dialog.set_sources(bad, tmp_path, "Staff")
    show = dialog.choose_error
    show.setText("")
    show.setVisible(False)
    dialog.grab().save(str(screenshots / "import-choose.png"))


def test_records_page_opens_the_dialog(station_context: Any, qtbot: Any) -> None:
    from facestation.station.ui.panels.records import RecordsPanel

    panel = RecordsPanel(station_context)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.import_button.text() == "Import people…" and panel.import_button.minimumHeight() >= 48
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    dialog = panel.import_dialog
    assert isinstance(dialog, ImportPeopleDialog) and dialog.isVisible()
    assert panel.open_import_dialog() is dialog  # one at a time
    dialog.reject()
