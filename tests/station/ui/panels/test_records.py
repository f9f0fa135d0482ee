"""RecordsPanel against the real built-in service: search by name and number (and exactly, without the search
extension), the chosen person's photo and details, edit with the service's field errors, lists, turn off,
replace the photo, save the attached file, delete after a confirmation, paging, sign-out; and screenshots."""

from __future__ import annotations

import os
import stat
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import cv2
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from facestation.api import Capabilities, errors
from facestation.station.core import attachments as attachments_module
from facestation.station.core.records import search as search_module
from facestation.station.ui.panels.records import RecordsPanel
from facestation.station.ui.panels.records import files as files_module
from facestation.station.ui.widgets.file_dialogs import photo_name_filters
from facestation.vision.faces import BGRImage
from tests.station.support import wait_until

RunCoro = Callable[..., Any]


@pytest.fixture(scope="module")
def portrait_jpeg(compliant_portrait: BGRImage) -> bytes:
    ok, data = cv2.imencode(".jpg", compliant_portrait, [cv2.IMWRITE_JPEG_QUALITY, 92])
    assert ok
    return data.tobytes()


@pytest.fixture
def panel(station_context: Any, qtbot: Any) -> Iterator[RecordsPanel]:
    panel = RecordsPanel(station_context)
    panel.resize(1020, 760)
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.clear_personal_data()
    wait_until(lambda: not panel.busy)


class People:
    """Enrols people with names and numbers of this test only."""

    def __init__(self, context: Any, run_coro: RunCoro, jpeg: bytes) -> None:
        self.context, self.run_coro, self.jpeg = context, run_coro, jpeg
        self.tag = uuid.uuid4().hex[:8]

    def enrol(self, name: str, surname: str, number: str | None = None, **options: Any) -> str:
        return self.run_coro(self.context.client.records.create(
            face_image=self.jpeg, name=name, surname1=surname, external_identifier=number, **options), timeout=30)

    def get(self, record_id: str) -> Any:
        return self.run_coro(self.context.client.records.get(record_id))


@pytest.fixture
def people(station_context: Any, run_coro: RunCoro, portrait_jpeg: bytes) -> People:
    return People(station_context, run_coro, portrait_jpeg)


def search(panel: RecordsPanel, qtbot: Any, text: str) -> list[list[str]]:
    """Type the text and press Enter (as a barcode scanner does); the rows found."""
    panel.search_field.setFocus()
    panel.search_field.setText(text)
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    wait_until(lambda: not panel.busy)
    return rows(panel)


def rows(panel: RecordsPanel) -> list[list[str]]:
    table = panel.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def choose(panel: RecordsPanel, qtbot: Any, record_id: str) -> None:
    """Click the person's row; wait until their details are shown."""
    row = next(index for index, record in enumerate(panel.shown) if record.identifier == record_id)
    rect = panel.table.visualRect(panel.table.model().index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_until(lambda: panel.record is not None and panel.record.identifier == record_id and not panel.busy)


def open_editor(panel: RecordsPanel, qtbot: Any) -> None:
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.editing and not panel.busy)


def test_search_by_part_of_the_name_and_by_number(panel: RecordsPanel, people: People, qtbot: Any) -> None:
    tag = people.tag
    first = people.enrol("Ada", f"Lovelace{tag}", f"M-{tag}-1")
    people.enrol("Charles", f"Babbage{tag}", f"M-{tag}-2", enabled=False)

    found = search(panel, qtbot, tag)
    assert sorted(row[0] for row in found) == [f"Ada Lovelace{tag}", f"Charles Babbage{tag}"]
    by_name = {row[0]: row for row in found}
    assert by_name[f"Charles Babbage{tag}"][1:3] == [f"M-{tag}-2", "Turned off"]
    assert by_name[f"Ada Lovelace{tag}"][2] == "Yes" and by_name[f"Ada Lovelace{tag}"][3]  # enrolled when
    assert panel.results_label.text() == "2 people found"
    assert not panel.search_hint.isVisible() and not panel.more_button.isVisible()

    assert search(panel, qtbot, f"m-{tag}-1") == [by_name[f"Ada Lovelace{tag}"]]  # part of the number
    assert panel.shown[0].identifier == first

    assert search(panel, qtbot, f"nobody-{tag}") == []
    assert "Nobody found" in panel.results_label.text()


def test_the_empty_search_lists_the_newest_first_and_pages(panel: RecordsPanel, people: People, qtbot: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "PAGE_SIZE", 2)
    tag = people.tag
    ids = [people.enrol("Grace", f"Page{tag}", f"P-{tag}-0")]
    time.sleep(1.1)  # the service gives the enrolment time to the second
    ids += [people.enrol("Grace", f"Page{tag}", f"P-{tag}-{index}") for index in (1, 2)]

    panel.activate()  # the first time: the empty search
    wait_until(lambda: not panel.busy and panel.table.rowCount() > 0)
    assert {record.identifier for record in panel.shown} == {ids[1], ids[2]}  # not the older one
    assert panel.results_label.text().startswith("Newest first: 2 of ")

    found = search(panel, qtbot, f"Page{tag}")
    assert len(found) == 2 and panel.more_button.isVisible()
    assert panel.results_label.text() == "Showing 2 of 3 people found"
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.busy and panel.table.rowCount() == 3)
    assert {record.identifier for record in panel.shown} == set(ids)
    assert not panel.more_button.isVisible()


def test_choosing_a_person_shows_photo_and_details(panel: RecordsPanel, people: People, station_context: Any,
                                                   run_coro: RunCoro, qtbot: Any) -> None:
    tag = people.tag
    list_id = run_coro(station_context.directory.create_list(f"Members {tag}"))
    record_id = people.enrol("Ada", f"Lovelace{tag}", f"M-{tag}", surname2="Byron", face_list_id=list_id,
                             additional_data=b"%PDF-1.4 consent", additional_data_file_name="consent.pdf")
    people.enrol("Charles", f"Babbage{tag}")
    search(panel, qtbot, tag)
    assert panel.person_stack.currentWidget() is panel.empty_page  # two found: the operator chooses
    assert "choose them in the list" in panel.empty_hint.text()
    choose(panel, qtbot, record_id)

    shown = panel.record_view.texts()
    assert panel.record_view.title.text() == f"Ada Lovelace{tag} Byron"
    assert shown["name"] == "Ada" and shown["surnames"] == f"Lovelace{tag} Byron"
    assert shown["external_identifier"] == f"M-{tag}"
    assert shown["status"].startswith("Active")
    assert shown["main_list"] == f"Members {tag}"
    assert shown["attachment"] == "consent.pdf"
    assert shown["created"]
    assert panel.record_view.has_photo
    pixmap = panel.record_view.photo.pixmap()
    assert pixmap.height() > 200 and pixmap.width() > 150
    assert panel.person_stack.currentWidget() is panel.details_page
    assert panel.save_file_button.isEnabled() and panel.open_file_button.isEnabled()
    assert panel.enable_button.text().replace("&", "") == "Turn off"

    # The keyboard: from the search field through the results to the actions.
    panel.search_field.setFocus()
    chain = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    assert chain == [panel.search_button, panel.table, panel.edit_button, panel.replace_photo_button,
                     panel.enable_button]
    assert all(button.minimumHeight() >= 48 for button in chain[2:])


def test_edit_name_number_and_lists(panel: RecordsPanel, people: People, station_context: Any,
                                    run_coro: RunCoro, qtbot: Any) -> None:
    tag = people.tag
    directory = station_context.directory
    first_list = run_coro(directory.create_list(f"Staff {tag}"))
    second_list = run_coro(directory.create_list(f"Gym {tag}"))
    record_id = people.enrol("Ada", f"Lovelace{tag}", f"M-{tag}", face_list_id=first_list,
                             additional_data=b"consent", additional_data_file_name="consent.txt")
    changed: list[bool] = []
    panel.dataChanged.connect(lambda: changed.append(True))
    search(panel, qtbot, tag)
    choose(panel, qtbot, record_id)
    open_editor(panel, qtbot)

    form = panel.form
    assert form.name.text() == "Ada" and form.external_identifier.text() == f"M-{tag}"
    assert form.checked_list_ids() == [first_list]  # from the list's members on the server
    assert panel.edit_title.text() == f"Edit Ada Lovelace{tag}"
    form.name.setText("Augusta")
    form.external_identifier.setText(f"N-{tag}")
    form.set_checked_lists([second_list])
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.busy and not panel.editing)

    stored = people.get(record_id)
    assert (stored.name, stored.external_identifier) == ("Augusta", f"N-{tag}")
    assert (stored.additional_data, stored.additional_data_file_name) == (b"consent", "consent.txt")  # kept
    members = {list_id: [member.identifier for member in run_coro(directory.members(list_id)).records]
               for list_id in (first_list, second_list)}
    assert members == {first_list: [], second_list: [record_id]}
    assert changed
    assert panel.record_view.texts()["name"] == "Augusta"
    assert rows(panel)[0][:2] == [f"Augusta Lovelace{tag}", f"N-{tag}"]  # the search ran again
    assert not panel.action_error.isVisible()


def test_a_number_someone_else_has_is_shown_on_the_number_field(panel: RecordsPanel, people: People,
                                                                qtbot: Any) -> None:
    tag = people.tag
    record_id = people.enrol("Ada", f"Lovelace{tag}", f"M-{tag}-1")
    people.enrol("Charles", f"Babbage{tag}", f"M-{tag}-2")
    search(panel, qtbot, tag)
    choose(panel, qtbot, record_id)
    open_editor(panel, qtbot)
    panel.form.external_identifier.setText(f"M-{tag}-2")
    panel.form.surname1.setFocus()
    qtbot.keyClick(panel.form.surname1, Qt.Key.Key_Return)  # Enter in a name field saves
    wait_until(lambda: not panel.busy)

    assert panel.editing
    assert "Someone else already has this number" in panel.form.error_texts["external_identifier"]
    assert panel.form.external_identifier.property("invalid")
    assert people.get(record_id).external_identifier == f"M-{tag}-1"

    qtbot.keyClick(panel.form.name, Qt.Key.Key_Escape)  # Cancel
    assert not panel.editing and panel.person_stack.currentWidget() is panel.details_page


def test_turn_off_and_on(panel: RecordsPanel, people: People, qtbot: Any) -> None:
    record_id = people.enrol("Ada", f"Lovelace{people.tag}", additional_data=b"x", additional_data_file_name="x.txt")
    search(panel, qtbot, people.tag)
    choose(panel, qtbot, record_id)
    qtbot.mouseClick(panel.enable_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.busy and not panel.record.enabled)
    assert people.get(record_id).enabled is False
    assert panel.enable_button.text().replace("&", "") == "Turn on"
    assert rows(panel)[0][2] == "Turned off"
    assert panel.record_view.texts()["status"].startswith("Turned off")

    qtbot.mouseClick(panel.enable_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.busy and panel.record.enabled)
    assert people.get(record_id).enabled is True


def test_replace_photo_checked_by_the_service(panel: RecordsPanel, people: People, qtbot: Any,
                                              empty_file: Path, compliant_file: Path) -> None:
    record_id = people.enrol("Ada", f"Lovelace{people.tag}", additional_data=b"x", additional_data_file_name="x.txt")
    before = people.get(record_id).face_image
    search(panel, qtbot, people.tag)
    choose(panel, qtbot, record_id)
    dialog = panel.open_photo_dialog()
    assert dialog is not None and dialog.nameFilters() == photo_name_filters()  # .JPG from a camera too
    dialog.reject()

    panel.replace_photo(empty_file)
    wait_until(lambda: not panel.busy and panel.photo_error.isVisible())
    assert "No face was found" in panel.photo_error.text()
    assert people.get(record_id).face_image == before

    panel.replace_photo(compliant_file)
    wait_until(lambda: not panel.busy and not panel.photo_error.isVisible())
    assert people.get(record_id).face_image != before
    assert panel.record_view.has_photo


def test_save_the_attached_file(panel: RecordsPanel, people: People, qtbot: Any, tmp_path: Path) -> None:
    content = bytes(range(256)) * 40
    record_id = people.enrol("Ada", f"Lovelace{people.tag}", additional_data=content,
                             additional_data_file_name="../consent form.pdf")
    search(panel, qtbot, people.tag)
    choose(panel, qtbot, record_id)
    dialog = panel.open_save_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("consent form.pdf")  # no folder part from the service
    dialog.reject()

    target = tmp_path / "saved" / "consent.pdf"
    target.parent.mkdir()
    panel.save_attachment(target)
    wait_until(lambda: not panel.busy)
    assert target.read_bytes() == content

    panel.save_attachment(tmp_path / "no such folder" / "x.pdf")
    wait_until(lambda: not panel.busy)
    assert "could not be saved" in panel.action_error.text() and panel.action_error.isVisible()


class RecordedDesktop:
    """Stands in for QDesktopServices: the OS opening a file cannot run in a test; the panel's calls are kept."""

    opened: ClassVar[list[QUrl]] = []

    @staticmethod
    def openUrl(url: QUrl) -> bool:  # Qt's name
        RecordedDesktop.opened.append(url)
        return True


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> type[RecordedDesktop]:
    RecordedDesktop.opened = []
    monkeypatch.setattr(files_module, "QDesktopServices", RecordedDesktop)
    return RecordedDesktop


@pytest.fixture
def marked(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the station marked as downloaded (the Zone.Identifier write itself runs on Windows only)."""
    paths: list[Path] = []
    monkeypatch.setattr(attachments_module, "mark_as_downloaded", lambda path: paths.append(Path(path)) or True)
    return paths


WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 50 + b"This program cannot be run in DOS mode."


@pytest.mark.parametrize(("content", "name", "what"), [
    (WINDOWS_PROGRAM, "..\\..\\setup.exe", "program"),
    (WINDOWS_PROGRAM, "consent.pdf", "program"),  # a .pdf that is really a Windows program
    (b"@echo off\r\ndel /q *\r\n", "run.bat", "script"),
    (b"<html><script>alert(1)</script></html>", "page.html", "web page"),
], ids=["exe", "exe-named-pdf", "bat", "html"])
def test_a_file_that_could_run_programs_is_only_saved(panel: RecordsPanel, people: People, qtbot: Any,
                                                      tmp_path: Path, desktop: type[RecordedDesktop],
                                                      marked: list[Path], content: bytes, name: str,
                                                      what: str) -> None:
    record_id = people.enrol("Ada", f"Lovelace{people.tag}", additional_data=content, additional_data_file_name=name)
    search(panel, qtbot, people.tag)
    choose(panel, qtbot, record_id)

    assert not panel.open_file_button.isEnabled() and panel.save_file_button.isEnabled()
    assert what in panel.open_file_button.text()  # the button says what it is
    assert panel.file_note.isVisible()
    assert "could run programs, so FaceStation only saves it" in panel.file_note.text()
    qtbot.mouseClick(panel.open_file_button, Qt.MouseButton.LeftButton)
    panel.open_attachment()  # even called directly (a shortcut, a stale button): nothing is written or opened
    wait_until(lambda: not panel.busy)
    assert desktop.opened == []
    assert panel.temp_dir is None or not any(panel.temp_dir.rglob("*"))

    target = tmp_path / "saved.bin"
    panel.save_attachment(target)
    wait_until(lambda: not panel.busy)
    assert target.read_bytes() == content and marked == [target]  # saved, and marked as downloaded
    assert desktop.opened == []


def test_a_pdf_opens_from_a_fresh_private_copy(panel: RecordsPanel, people: People, qtbot: Any,
                                               desktop: type[RecordedDesktop], marked: list[Path]) -> None:
    content = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    record_id = people.enrol("Ada", f"Lovelace{people.tag}", additional_data=content,
                             additional_data_file_name="..\\..\\CON.PDF")
    search(panel, qtbot, people.tag)
    choose(panel, qtbot, record_id)
    assert panel.open_file_button.isEnabled() and not panel.file_note.isVisible()
    assert panel.open_file_button.text().replace("&", "") == "Open file"

    qtbot.mouseClick(panel.open_file_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.busy and len(desktop.opened) == 1)
    qtbot.mouseClick(panel.open_file_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.busy and len(desktop.opened) == 2)
    first, second = (Path(url.toLocalFile()) for url in desktop.opened)
    assert first.name == second.name == "_CON.pdf"  # no folder part, no device name, the allowed extension
    assert first.parent != second.parent  # each open its own folder: a viewer holding the first is not touched
    assert panel.temp_dir is not None and first.parent.parent == panel.temp_dir
    assert first.read_bytes() == content and marked == [first, second]
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
        assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700


def test_a_person_without_a_file_cannot_save_one(panel: RecordsPanel, people: People, qtbot: Any) -> None:
    record_id = people.enrol("Ada", f"Lovelace{people.tag}")
    search(panel, qtbot, people.tag)
    choose(panel, qtbot, record_id)
    assert not panel.save_file_button.isEnabled() and not panel.open_file_button.isEnabled()
    assert panel.record_view.texts()["attachment"] == "No file attached"


def test_delete_asks_first(panel: RecordsPanel, people: People, qtbot: Any) -> None:
    tag = people.tag
    record_id = people.enrol("Ada", f"Lovelace{tag}", f"M-{tag}")
    other_id = people.enrol("Charles", f"Babbage{tag}")
    search(panel, qtbot, tag)
    choose(panel, qtbot, record_id)

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    box = panel.delete_dialog
    assert box is not None and box.isVisible()
    assert f"Ada Lovelace{tag}" in box.text() and f"M-{tag}" in box.text()
    assert box.defaultButton() is box.keep_button
    box.keep_button.click()
    wait_until(lambda: not panel.busy)
    assert people.get(record_id).name == "Ada"
    assert panel.record is not None

    box = panel.ask_delete()
    assert box is not None
    box.delete_button.click()
    wait_until(lambda: not panel.busy and panel.record is None)
    with pytest.raises(errors.NotFoundError):
        people.get(record_id)
    assert [record.identifier for record in panel.shown] == [other_id]
    assert panel.person_stack.currentWidget() is panel.empty_page


def test_a_person_deleted_elsewhere(panel: RecordsPanel, people: People, run_coro: RunCoro,
                                    station_context: Any, qtbot: Any) -> None:
    record_id = people.enrol("Ada", f"Lovelace{people.tag}")
    search(panel, qtbot, people.tag)
    choose(panel, qtbot, record_id)
    run_coro(station_context.client.records.delete(record_id))
    qtbot.mouseClick(panel.enable_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not panel.busy and panel.record is None)
    assert panel.search_error.text() == "This person was deleted meanwhile. Search again."
    assert rows(panel) == []


def test_without_the_search_extension_the_number_is_looked_up_exactly(panel: RecordsPanel, people: People,
                                                                      station_context: Any, qtbot: Any) -> None:
    tag = people.tag
    record_id = people.enrol("Ada", f"Lovelace{tag}", f"M-{tag}")
    station_context.client._capabilities = Capabilities()  # as the hosted service: no extensions

    assert search(panel, qtbot, f"M-{tag}")[0][:2] == [f"Ada Lovelace{tag}", f"M-{tag}"]
    assert panel.search_hint.isVisible()
    assert "only by their exact number or record id" in panel.search_hint.text()
    assert panel.results_label.text() == "Found: 1"
    wait_until(lambda: not panel.busy)
    assert panel.record is not None and panel.record.identifier == record_id  # one found: shown at once
    assert panel.record_view.has_photo

    assert [row[0] for row in search(panel, qtbot, record_id)] == [f"Ada Lovelace{tag}"]  # by record id

    assert search(panel, qtbot, f"Lovelace{tag}") == []
    assert "Nobody has the number or record id" in panel.search_error.text()
    assert panel.search_hint.isVisible()

    search(panel, qtbot, f"M-{tag}")
    choose(panel, qtbot, record_id)
    open_editor(panel, qtbot)  # the lists come from the station's catalogue
    assert panel.form.checked_list_ids() == []


def test_clear_personal_data_leaves_nothing(panel: RecordsPanel, people: People, qtbot: Any) -> None:
    record_id = people.enrol("Ada", f"Lovelace{people.tag}", f"M-{people.tag}")
    search(panel, qtbot, people.tag)
    choose(panel, qtbot, record_id)
    open_editor(panel, qtbot)

    panel.clear_personal_data()
    QApplication.processEvents()
    assert panel.search_field.text() == ""
    assert panel.table.rowCount() == 0 and panel.results_label.text() == ""
    assert panel.record is None and not panel.record_view.has_photo
    assert all(text == "" for text in panel.record_view.texts().values()) and panel.record_view.title.text() == ""
    assert panel.form.name.text() == "" and panel.form.external_identifier.text() == ""
    assert panel.person_stack.currentWidget() is panel.empty_page
    panel.refresh()  # nothing to run again
    assert not panel.busy


def test_screenshots(panel: RecordsPanel, people: People, station_context: Any, run_coro: RunCoro, qtbot: Any,
                     screenshots: Path, qapp: QApplication) -> None:
    from facestation.station.ui.theme import apply_theme

    tag = people.tag
    list_id = run_coro(station_context.directory.create_list(f"Members {tag[:4]}"))
    run_coro(station_context.directory.create_list(f"Staff {tag[:4]}"))
    chosen = people.enrol("Amara", "Okonkwo", f"M-{tag[:6]}", surname2="Reyes", face_list_id=list_id,
                          additional_data=b"%PDF-1.4", additional_data_file_name="consent-form.pdf")
    people.enrol("Chidi", "Okonkwo", f"M-{tag[:6]}-2")
    people.enrol("Ngozi", "Okonkwo", None, enabled=False)
    old_font, old_sheet = qapp.font(), qapp.styleSheet()
    apply_theme(qapp)
    try:
        search(panel, qtbot, "okonkwo")
        choose(panel, qtbot, chosen)
        QApplication.processEvents()
        panel.grab().save(str(screenshots / "panel-records.png"))
        open_editor(panel, qtbot)
        panel.form.external_identifier.setText(f"M-{tag[:6]}-2")
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: not panel.busy)
        assert list(panel.form.error_texts) == ["external_identifier"]
        QApplication.processEvents()
        panel.grab().save(str(screenshots / "panel-records-edit.png"))
    finally:
        qapp.setStyleSheet(old_sheet)
        qapp.setFont(old_font)
    for name in ("panel-records", "panel-records-edit"):
        assert (screenshots / f"{name}.png").stat().st_size > 10_000
