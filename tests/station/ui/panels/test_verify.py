"""VerifyPanel against the real built-in service: a person enrolled here is looked up by number and verified
(Match), a different face is not (No match), 1:N against a list, a reference photo from a file or the camera,
an unknown number, a switched-off record, the card that clears itself and takes the next person, and
clear_personal_data; screenshots of a Match, a No match and the list mode."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import cv2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from facestation.station.ui.panels.verify import VerifyMode, VerifyPanel
from facestation.station.ui.theme import apply_theme
from facestation.station.ui.widgets.result_card import Verdict
from facestation.vision.faces import BGRImage
from tests.station.support import GreySource, settle, wait_until

VERIFY_TIMEOUT = 40.0  # auto-capture of a still photo plus one identification on a busy 2-core machine


def jpeg_of(image: BGRImage) -> bytes:
    ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 92])
    assert ok
    return buffer.tobytes()


@contextmanager
def themed() -> Iterator[None]:
    """The station's light theme and type size, as the application sets them, for the length of a screenshot."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_theme(app, "light")
    try:
        yield
    finally:
        apply_theme(app, "light")
        app.setStyleSheet(sheet)
        app.setFont(font)


def save_in_both_themes(widget: QWidget, screenshots: Path, stem: str, *, wait: float = 0.2) -> None:
    """`<stem>.png` in the light theme and `<stem>-high-contrast.png` in the high-contrast one (light after)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme, name in (("light", f"{stem}.png"), ("high-contrast", f"{stem}-high-contrast.png")):
        apply_theme(app, theme)
        settle(wait)
        widget.grab().save(str(screenshots / name))
        assert (screenshots / name).stat().st_size > 10_000
    apply_theme(app, "light")


@pytest.fixture
def panel(station_context: Any, qtbot) -> Iterator[VerifyPanel]:
    panel = VerifyPanel(station_context)
    panel.capture.view.set_sound_enabled(False)
    panel.resize(1020, 760)
    qtbot.addWidget(panel)
    panel.show()
    panel.activate()
    wait_until(lambda: panel.lists_loaded)
    yield panel
    panel.deactivate()
    panel.capture.stop(wait=True)


@pytest.fixture
def enrol(station_context: Any, run_coro: Callable[..., Any]) -> Callable[..., tuple[str, str]]:
    """`enrol(jpeg, name, surname, **options)` -> (record id, its new unique number)."""

    def make(face: bytes, name: str, surname: str, **options: Any) -> tuple[str, str]:
        number = f"V-{uuid.uuid4().hex[:10]}"
        record_id = run_coro(station_context.client.records.create(
            face_image=face, name=name, surname1=surname, external_identifier=number, **options), timeout=30)
        return record_id, number

    return make


@pytest.fixture
def grace_jpeg(compliant_portrait: BGRImage) -> bytes:
    return jpeg_of(compliant_portrait)


def look_up(panel: VerifyPanel, qtbot, number: str) -> None:
    panel.number_field.setFocus()
    panel.number_field.clear()
    qtbot.keyClicks(panel.number_field, number)  # as a barcode scanner types it...
    qtbot.keyClick(panel.number_field, Qt.Key.Key_Return)  # ...and Enter


def wait_for_result(panel: VerifyPanel) -> None:
    wait_until(lambda: panel.showing_result or panel.error_label.isVisibleTo(panel), timeout=VERIFY_TIMEOUT)
    assert not panel.error_label.isVisibleTo(panel), panel.error_label.text()


def test_match_against_a_person(panel: VerifyPanel, enrol, grace_jpeg: bytes, compliant_file: Path, qtbot) -> None:
    record_id, number = enrol(grace_jpeg, "Grace", "Hopper-Verify")
    assert panel.mode is VerifyMode.PERSON
    assert "number" in panel.next_step.text()
    look_up(panel, qtbot, number)
    wait_until(lambda: panel.expected_person is not None)
    # The operator sees who is expected before the photo is taken.
    assert panel.expected_name.text() == "Grace Hopper-Verify" and number in panel.expected_detail.text()
    assert not panel.expected_photo.pixmap().isNull()
    assert "Load photo from file" in panel.next_step.text()  # no camera here: the file is the way
    panel.capture.load_photo(compliant_file)
    wait_for_result(panel)
    card = panel.card
    assert card.verdict is Verdict.MATCH and card.verdict_label.text() == "Match"
    assert card.person_name.text() == "Grace Hopper-Verify" and number in card.person_number.text()
    assert card.gauge.value() >= 75
    assert card.has_photo(card.enrolled_photo) and card.has_photo(card.probe_photo)
    assert card.result is not None and card.result.identifier == record_id
    assert card.next_button.hasFocus()  # Enter or Space goes on to the next person


def test_a_different_face_is_no_match(panel: VerifyPanel, enrol, astronaut: BGRImage, compliant_file: Path,
                                      qtbot) -> None:
    _record_id, number = enrol(jpeg_of(astronaut), "Eileen", "Collins-Verify")
    look_up(panel, qtbot, number)
    wait_until(lambda: panel.expected_person is not None)
    panel.capture.load_photo(compliant_file)
    wait_for_result(panel)
    card = panel.card
    assert card.verdict is Verdict.NO_MATCH and card.verdict_label.text() == "No match"
    assert "not the expected person" in card.sentence.text()
    # The service names nobody on a failed comparison: the card shows who was expected.
    assert card.person_name.text() == "Eileen Collins-Verify" and card.has_photo(card.enrolled_photo)
    assert card.gauge.value() < 25


def test_photo_first_then_the_number(panel: VerifyPanel, enrol, grace_jpeg: bytes, compliant_file: Path,
                                     qtbot) -> None:
    _record_id, number = enrol(grace_jpeg, "Grace", "Hopper-Later")
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.probe is not None, timeout=VERIFY_TIMEOUT)
    assert not panel.verifying and "Now type or scan" in panel.next_step.text()
    look_up(panel, qtbot, number)
    wait_for_result(panel)  # the check starts by itself once both are there
    assert panel.card.verdict is Verdict.MATCH


def test_one_to_many_against_a_list(panel: VerifyPanel, station_context: Any, run_coro, enrol, grace_jpeg: bytes,
                                    compliant_file: Path, qtbot) -> None:
    list_name = f"Verify staff {uuid.uuid4().hex[:6]}"
    list_id = run_coro(station_context.directory.create_list(list_name))
    record_id, number = enrol(grace_jpeg, "Grace", "Hopper-List")
    run_coro(station_context.directory.add_member(list_id, record_id))
    panel.load_lists()
    wait_until(lambda: any(item.identifier == list_id for item in panel.lists))
    qtbot.mouseClick(panel.mode_buttons[VerifyMode.LIST], Qt.MouseButton.LeftButton)
    assert panel.mode is VerifyMode.LIST and panel.list_combo.isVisible()
    assert panel.select_list(list_id)
    assert panel.list_combo.currentText().startswith(list_name)
    panel.capture.load_photo(compliant_file)
    wait_for_result(panel)
    card = panel.card
    assert card.verdict is Verdict.MATCH and card.person_name.text() == "Grace Hopper-List"
    assert number in card.person_number.text() and card.has_photo(card.enrolled_photo)
    assert card.sentence.text() == "This person is on the list."


def test_a_list_deleted_meanwhile_is_a_message_on_the_list(panel: VerifyPanel, station_context: Any, run_coro,
                                                            compliant_file: Path) -> None:
    list_name = f"Gone {uuid.uuid4().hex[:6]}"
    list_id = run_coro(station_context.directory.create_list(list_name))
    panel.load_lists()
    wait_until(lambda: any(item.identifier == list_id for item in panel.lists))
    panel.set_mode(VerifyMode.LIST)
    assert panel.select_list(list_id)
    run_coro(station_context.directory.delete_list(list_id))  # someone deletes it on another station
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.lists_error.isVisibleTo(panel), timeout=VERIFY_TIMEOUT)
    assert panel.lists_error.text() == f"The list “{list_name}” no longer exists. Choose another list."
    assert panel.list_combo.currentData() is None and panel.list_combo.findData(list_id) < 0
    settle(0.3)
    assert not panel.verifying and not panel.showing_result  # no other list was chosen in its place
    assert panel.next_step.text() == "Choose the list to check against."


def test_cancel_then_try_again(panel: VerifyPanel, enrol, grace_jpeg: bytes, compliant_file: Path, qtbot) -> None:
    _record_id, number = enrol(grace_jpeg, "Grace", "Hopper-Cancel")
    look_up(panel, qtbot, number)
    wait_until(lambda: panel.expected_person is not None)
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.verifying, timeout=VERIFY_TIMEOUT)
    assert panel.next_step.text().startswith("Checking the face")
    panel.ops.cancel_current()  # the busy bar's Cancel
    wait_until(lambda: not panel.verifying)
    assert not panel.showing_result and panel.retry_button.isVisibleTo(panel)
    assert "cancelled" in panel.next_step.text()
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    wait_for_result(panel)
    assert panel.card.verdict is Verdict.MATCH


def test_the_panel_passes_review_decisions_on(panel: VerifyPanel, qtbot) -> None:
    from facestation.api import IdentifyResult, ResultCode

    review = IdentifyResult(result=ResultCode.WARNING, confidence=45.0, description="", identifier="rec-7",
                            name="Ada", surname1="Lovelace")
    panel.card.show_result(review, mode="person")
    with qtbot.waitSignal(panel.reviewDecided, timeout=1000) as signal:
        panel.card.confirm("Checked the ID document")
    assert signal.args[0]["decision"] == "confirmed" and signal.args[0]["record_identifier"] == "rec-7"


def test_reference_photo_from_a_file(panel: VerifyPanel, grace_hopper: BGRImage, compliant_file: Path,
                                     tmp_path: Path, qtbot) -> None:
    reference = tmp_path / "id-document.jpg"
    reference.write_bytes(jpeg_of(grace_hopper))  # the original photo, not the probe's crop
    qtbot.mouseClick(panel.mode_buttons[VerifyMode.PHOTO], Qt.MouseButton.LeftButton)
    assert "reference photo" in panel.next_step.text()
    qtbot.mouseClick(panel.choose_reference_button, Qt.MouseButton.LeftButton)
    dialog = panel.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()  # open(), not exec()
    dialog.selectFile(str(reference))
    dialog.accept()
    wait_until(lambda: panel.reference is not None)
    assert panel.reference.name == "id-document.jpg" and "id-document.jpg" in panel.reference_status.text()
    assert not panel.reference_photo.pixmap().isNull()
    panel.capture.load_photo(compliant_file)
    wait_for_result(panel)
    card = panel.card
    assert card.verdict is Verdict.MATCH and card.enrolled_title.text() == "Reference photo"
    assert card.has_photo(card.enrolled_photo)


def test_reference_photo_with_the_camera(panel: VerifyPanel, compliant_file: Path, qtbot) -> None:
    panel.set_mode("photo")
    qtbot.mouseClick(panel.camera_reference_button, Qt.MouseButton.LeftButton)
    assert panel.awaiting_reference and "hold the ID document" in panel.next_step.text()
    panel.capture.load_photo(compliant_file)  # the "document" held up to the camera
    wait_until(lambda: panel.reference is not None, timeout=VERIFY_TIMEOUT)
    assert not panel.awaiting_reference and panel.reference.name == ""
    assert panel.reference_status.text() == "Reference photo taken with the camera."
    # The photo file is still in front of the "camera": the retake takes the person's photo next.
    wait_for_result(panel)
    assert panel.card.verdict is Verdict.MATCH


def test_a_broken_reference_file_is_a_readable_message(panel: VerifyPanel, tmp_path: Path) -> None:
    broken = tmp_path / "scan.jpg"
    broken.write_bytes(b"this is not a photo")
    panel.set_mode(VerifyMode.PHOTO)
    panel.load_reference(broken)
    wait_until(lambda: panel.reference_error.isVisibleTo(panel))
    assert panel.reference_error.text().startswith("This file cannot be used as a photo")
    assert panel.reference is None


def test_unknown_number_says_so_on_the_field(panel: VerifyPanel, compliant_file: Path, qtbot) -> None:
    problems: list[Any] = []
    panel.ops.problemReported.connect(problems.append)
    number = f"NOPE-{uuid.uuid4().hex[:8]}"
    look_up(panel, qtbot, number)
    wait_until(lambda: panel.number_error.isVisibleTo(panel))
    assert panel.number_error.text().startswith(f"No person with number {number}.")
    assert panel.number_field.property("invalid") is True and panel.expected_person is None
    assert not panel.expected_photo.isVisible()
    # Typing again removes the message.
    qtbot.keyClick(panel.number_field, Qt.Key.Key_Backspace)
    assert not panel.number_error.isVisibleTo(panel) and not panel.number_field.property("invalid")
    # No target: a photo is taken but no check runs.
    panel.capture.load_photo(compliant_file)
    wait_until(lambda: panel.probe is not None, timeout=VERIFY_TIMEOUT)
    settle(0.3)
    assert not panel.verifying and not panel.showing_result
    assert QApplication.activeModalWidget() is None  # no message box, the message sits on the field


def test_an_empty_number_asks_for_one(panel: VerifyPanel, qtbot) -> None:
    qtbot.mouseClick(panel.lookup_button, Qt.MouseButton.LeftButton)
    assert panel.number_error.text() == "Type or scan the person's number first."


def test_a_switched_off_record_is_not_checked(panel: VerifyPanel, enrol, grace_jpeg: bytes, compliant_file: Path,
                                              qtbot) -> None:
    _record_id, number = enrol(grace_jpeg, "Grace", "Hopper-Off", enabled=False)
    look_up(panel, qtbot, number)
    wait_until(lambda: panel.expected_person is not None)
    assert "switched off" in panel.expected_detail.text()
    panel.capture.load_photo(compliant_file)
    wait_for_result(panel)
    assert panel.card.verdict is Verdict.NOT_CHECKED and panel.card.verdict_label.text() == "Not checked"
    assert "switched off" in panel.card.sentence.text()


def test_the_result_clears_itself_and_the_next_person_starts(panel: VerifyPanel, station_context: Any, enrol,
                                                             grace_jpeg: bytes, compliant_file: Path,
                                                             qtbot) -> None:
    station_context.config.result_clear_seconds = 2
    _record_id, number = enrol(grace_jpeg, "Grace", "Hopper-Clear")
    look_up(panel, qtbot, number)
    wait_until(lambda: panel.expected_person is not None)
    panel.capture.load_photo(compliant_file)
    wait_for_result(panel)
    assert panel.card.countdown.text() == "Clears in 2 s"
    started = time.monotonic()
    wait_until(lambda: not panel.showing_result, timeout=6)
    assert time.monotonic() - started >= 1.0
    # Nothing of the previous person stays; ready for the next one.
    assert panel.card.result is None and panel.number_field.text() == "" and panel.expected_person is None
    assert panel.probe is None and panel.capture.capture is None
    assert panel.number_field.hasFocus()
    assert panel.next_step.text() == "Type or scan the person's number and press Enter."


def test_with_a_camera_the_next_person_goes_back_to_it(station_context: Any, enrol, grace_jpeg: bytes,
                                                       compliant_file: Path, qtbot) -> None:
    cameras: list[GreySource] = []
    station_context.camera = lambda: (lambda: cameras.append(GreySource(interval=0.03)) or cameras[-1])
    panel = VerifyPanel(station_context)
    panel.capture.view.set_sound_enabled(False)
    panel.resize(1020, 760)
    qtbot.addWidget(panel)
    panel.show()
    try:
        panel.activate()
        wait_until(lambda: isinstance(panel.capture.bridge.source, GreySource))
        assert panel.next_step.text() == "Type or scan the person's number and press Enter."
        _record_id, number = enrol(grace_jpeg, "Grace", "Hopper-Camera")
        look_up(panel, qtbot, number)
        wait_until(lambda: panel.expected_person is not None)
        assert panel.next_step.text() == "Ask the person to look at the camera. The photo is taken by itself."
        panel.capture.load_photo(compliant_file)  # the operator loads a photo instead
        wait_for_result(panel)
        qtbot.mouseClick(panel.card.next_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: len(cameras) == 2 and panel.capture.bridge.source is cameras[1])
        assert not panel.showing_result and panel.probe is None and not panel.capture.showing_file
        panel.deactivate()  # one camera, one page: it stops
        wait_until(lambda: panel.capture.bridge.source is None)
    finally:
        panel.capture.stop(wait=True)


def test_clear_personal_data(panel: VerifyPanel, enrol, grace_jpeg: bytes, compliant_file: Path,
                             grace_hopper: BGRImage, tmp_path: Path, qtbot) -> None:
    _record_id, number = enrol(grace_jpeg, "Grace", "Hopper-Private")
    look_up(panel, qtbot, number)
    wait_until(lambda: panel.expected_person is not None)
    panel.capture.load_photo(compliant_file)
    wait_for_result(panel)
    reference = tmp_path / "reference.jpg"
    reference.write_bytes(jpeg_of(grace_hopper))
    panel.load_reference(reference)
    wait_until(lambda: panel.reference is not None)

    panel.clear_personal_data()
    assert not panel.showing_result and panel.card.result is None
    assert panel.card.person_name.text() == "" and not panel.card.has_photo(panel.card.probe_photo)
    assert panel.number_field.text() == "" and panel.expected_person is None
    assert panel.expected_name.text() == "" and not panel.expected_photo.isVisible()
    assert panel.reference is None and panel.reference_photo.pixmap().isNull()
    assert panel.probe is None and panel.capture.capture is None and not panel.capture.view.has_frame


def test_modes_are_big_and_every_text_is_set(panel: VerifyPanel) -> None:
    for button in panel.mode_buttons.values():
        assert button.text() and button.toolTip() and button.height() >= 48
    assert [button.text() for button in panel.mode_buttons.values()] == [
        "Against a &person", "Against a ph&oto", "Against a l&ist"]
    assert panel.lookup_button.height() >= 48 and panel.number_field.placeholderText()
    # No mnemonic repeats another on the page, or the main window's (Alt+E, V, R, L, S, T).
    texts = [button.text() for button in panel.mode_buttons.values()] + [
        panel.number_label.text(), panel.lookup_button.text(), panel.choose_reference_button.text(),
        panel.camera_reference_button.text(), panel.list_label.text(), panel.retry_button.text(),
        panel.card.reason_label.text(), panel.card.confirm_button.text(), panel.card.reject_button.text(),
        panel.card.next_button.text()]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(keys) == len(set(keys)) and not set(keys) & set("evrlst")


# -- screenshots ----------------------------------------------------------------------------------------------


def test_screenshots_of_match_and_no_match(panel: VerifyPanel, enrol, grace_jpeg: bytes, astronaut: BGRImage,
                                           compliant_file: Path, screenshots: Path, qtbot) -> None:
    with themed():
        _record_id, number = enrol(grace_jpeg, "Grace", "Hopper")
        look_up(panel, qtbot, number)
        wait_until(lambda: panel.expected_person is not None)
        save_in_both_themes(panel, screenshots, "panel-verify-expected")
        panel.capture.load_photo(compliant_file)
        wait_for_result(panel)
        save_in_both_themes(panel, screenshots, "panel-verify-match")

        qtbot.mouseClick(panel.card.next_button, Qt.MouseButton.LeftButton)
        _record_id, other = enrol(jpeg_of(astronaut), "Eileen", "Collins")
        look_up(panel, qtbot, other)
        wait_until(lambda: panel.expected_person is not None)
        panel.capture.load_photo(compliant_file)
        wait_for_result(panel)
        settle(0.2)
        assert panel.card.verdict is Verdict.NO_MATCH
        save_in_both_themes(panel, screenshots, "panel-verify-no-match")


def test_screenshot_of_the_photo_mode(panel: VerifyPanel, grace_hopper: BGRImage, tmp_path: Path,
                                      screenshots: Path) -> None:
    with themed():
        reference = tmp_path / "id-document.jpg"
        reference.write_bytes(jpeg_of(grace_hopper))
        panel.set_mode(VerifyMode.PHOTO)
        panel.load_reference(reference)
        wait_until(lambda: panel.reference is not None)
        save_in_both_themes(panel, screenshots, "panel-verify-photo")


def test_screenshot_of_the_list_mode(panel: VerifyPanel, station_context: Any, run_coro, enrol,
                                     grace_jpeg: bytes, compliant_file: Path, screenshots: Path) -> None:
    with themed():
        list_id = run_coro(station_context.directory.create_list("Front desk staff"))
        record_id, _number = enrol(grace_jpeg, "Grace", "Hopper")
        run_coro(station_context.directory.add_member(list_id, record_id))
        panel.load_lists()
        wait_until(lambda: any(item.identifier == list_id for item in panel.lists))
        panel.set_mode(VerifyMode.LIST)
        panel.select_list(list_id)
        panel.capture.load_photo(compliant_file)
        wait_until(lambda: panel.capture.bridge.last_result is not None, timeout=VERIFY_TIMEOUT)
        save_in_both_themes(panel, screenshots, "panel-verify-list", wait=0.05)  # before the capture
        wait_for_result(panel)
        save_in_both_themes(panel, screenshots, "panel-verify-list-match")
