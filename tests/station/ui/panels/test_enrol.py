"""EnrolPanel against the real built-in service: a compliant portrait is auto-captured and enrolled into two
lists with its attachment; required fields are marked without a request; a face already enrolled in the chosen
list opens the possible-matches dialog (Cancel creates nothing, "Enrol anyway" creates); the service's field and
photo errors land where they belong; a further list that fails is said plainly; clear_personal_data leaves
nothing; and screenshots of the page and the dialog."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from facestation.api import FaceList, errors
from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.ui.context import StationContext
from facestation.station.ui.panels.enrol import EnrolPanel
from facestation.station.ui.theme import apply_theme
from facestation.vision import quality
from tests.station.support import settle, unique, wait_until

RunCoro = Callable[..., Any]


@pytest.fixture
def panel(station_context: StationContext, qtbot: Any) -> Iterator[EnrolPanel]:
    panel = EnrolPanel(station_context)
    panel.capture.view.set_sound_enabled(False)
    panel.resize(1020, 760)
    qtbot.addWidget(panel)
    panel.show()
    panel.activate()  # no camera in the context: the "no camera" state, photos come from files
    yield panel
    if panel.duplicates_dialog is not None:
        panel.duplicates_dialog.reject()
    panel.capture.stop(wait=True)


def make_lists(context: StationContext, run_coro: RunCoro, *names: str) -> list[str]:
    return [run_coro(context.directory.create_list(name)) for name in names]


def wait_for_lists(panel: EnrolPanel, list_ids: list[str]) -> None:
    panel.load_lists()
    wait_until(lambda: set(list_ids) <= {face_list.identifier for face_list in panel.lists})
    wait_until(lambda: not panel.lists_loading)


def capture_portrait(panel: EnrolPanel, photo: Path) -> CaptureResult:
    panel.capture.load_photo(photo)
    wait_until(lambda: panel.portrait is not None, timeout=30)
    assert panel.portrait is not None
    return panel.portrait


def fill(panel: EnrolPanel, qtbot: Any, name: str, surname1: str, surname2: str = "", number: str = "") -> None:
    for line, text in ((panel.form.name, name), (panel.form.surname1, surname1), (panel.form.surname2, surname2),
                       (panel.form.external_identifier, number)):
        line.clear()
        if text:
            qtbot.keyClicks(line, text)


def press_enrol(panel: EnrolPanel, qtbot: Any) -> None:
    assert panel.enrol_button.isEnabled()
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)


def wait_done(panel: EnrolPanel) -> None:
    wait_until(lambda: not panel.busy, timeout=60)


def member_ids(context: StationContext, run_coro: RunCoro, list_id: str) -> set[str]:
    page = run_coro(context.client.lists.members(list_id, limit=500))
    return {record.identifier for record in page.records}


def faceless_capture() -> CaptureResult:
    """A real capture of an empty room: the pipeline's own result type with an image that has no face."""
    gradient = np.linspace(90, 170, 480, dtype=np.float32)[None, :, None]
    image = np.ascontiguousarray(np.broadcast_to(gradient, (640, 480, 3)).astype(np.uint8))
    ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    report = quality.analyze(image)
    assert report.face is None
    return CaptureResult(image=image, timestamp=time.monotonic(), report=report, portrait=image,
                         jpeg=jpeg.tobytes(), manual=True)


def test_the_next_step_says_who_takes_the_photo(panel: EnrolPanel) -> None:
    """With auto-capture off the hint must not promise a photo that takes itself."""
    assert "automatic when every check is green" in panel.next_step.text()
    panel.capture.set_auto_capture(None)
    panel.clear_personal_data()  # any change of state refreshes the hint
    assert "press Take photo now" in panel.next_step.text()


def test_enrol_creates_the_record_in_two_lists_with_its_file(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro, compliant_file: Path, qtbot: Any,
        tmp_path: Path) -> None:
    tag = unique()
    first, second = make_lists(station_context, run_coro, f"Enrol staff {tag}", f"Enrol visitors {tag}")
    wait_for_lists(panel, [first, second])
    assert not panel.enrol_button.isEnabled()  # no photo yet
    assert "First take the photo" in panel.next_step.text()
    capture = capture_portrait(panel, compliant_file)
    assert capture.report.passed and panel.enrol_button.isEnabled()
    consent = tmp_path / "consent.pdf"
    consent.write_bytes(b"%PDF-1.4 signed consent " + tag.encode())
    fill(panel, qtbot, "Ada", f"Lovelace{tag}", "Byron", f"EN-{tag}")
    assert panel.form.attach_file(consent)
    panel.form.set_checked_lists([second, first])
    panel.form.enabled.setChecked(False)
    enrolled: list[tuple[str, str]] = []
    changed: list[bool] = []
    panel.enrolled.connect(lambda record_id, name: enrolled.append((record_id, name)))
    panel.dataChanged.connect(lambda: changed.append(True))

    press_enrol(panel, qtbot)
    assert panel.busy and not panel.enrol_button.isEnabled()
    wait_done(panel)

    full_name = f"Ada Lovelace{tag} Byron"
    assert panel.confirmation.isVisible() and panel.confirmation.text() == f"{full_name} is enrolled."
    assert not panel.message.isVisible() and not panel.notice.isVisible()
    assert len(enrolled) == 1 and enrolled[0][1] == full_name and changed
    record = run_coro(station_context.client.records.get(enrolled[0][0]))
    assert (record.name, record.surname1, record.surname2) == ("Ada", f"Lovelace{tag}", "Byron")
    assert record.external_identifier == f"EN-{tag}" and not record.enabled
    assert record.additional_data == consent.read_bytes() and record.additional_data_file_name == "consent.pdf"
    assert record.face_list_id in (first, second) and record.face_image[:2] == b"\xff\xd8"
    assert record.identifier in member_ids(station_context, run_coro, first)
    assert record.identifier in member_ids(station_context, run_coro, second)
    # Ready for the next person: the form is empty, the photo is being taken again.
    assert panel.form.name.text() == "" and panel.form.external_identifier.text() == ""
    assert panel.form.checked_list_ids() == [] and panel.form.attachment_name is None
    assert panel.form.enabled.isChecked()
    # The photo file is closed (it would be captured again for the next person); the confirmation stays
    # until the operator types the next person.
    settle(1.0)
    assert panel.portrait is None and not panel.enrol_button.isEnabled() and not panel.capture.view.has_frame
    assert panel.confirmation.isVisible()
    qtbot.keyClicks(panel.form.name, "B")
    assert not panel.confirmation.isVisible()


def test_required_fields_are_marked_and_nothing_is_sent(
        panel: EnrolPanel, station_context: StationContext, compliant_file: Path, qtbot: Any) -> None:
    panel.load_lists()
    wait_until(lambda: not panel.lists_loading)
    panel.enrol()  # Ctrl+Enter before any photo: says what to do first
    assert panel.message.isVisible() and "Take the photo first" in panel.message.text()
    capture_portrait(panel, compliant_file)
    used_before = station_context.client.budget.status.used
    fill(panel, qtbot, "", "", "Second")
    panel.form.enabled.setFocus()  # a checkbox does nothing with Enter: only the shortcut can enrol here
    qtbot.keyClick(panel.form.enabled, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not panel.message.isVisible()  # "take the photo first" went with the new attempt
    assert not panel.busy and station_context.ops.running == []
    errors_shown = panel.form.error_texts
    assert set(errors_shown) == {"name", "surname1"}
    assert "first name" in errors_shown["name"] and "surname" in errors_shown["surname1"]
    assert panel.form.name.hasFocus() and panel.form.name.property("invalid")
    settle(0.3)
    assert station_context.client.budget.status.used == used_before
    assert not panel.message.isVisible() and not panel.confirmation.isVisible()


def test_with_consent_required_enrol_waits_for_the_tick(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro, compliant_file: Path,
        qtbot: Any) -> None:
    station_context.config.consent_required = True
    station_context.config.consent_text = "The person agrees to be recognised at the gym desk."
    # A list of its own: the duplicate check looks only there (other tests enrolled the same face elsewhere).
    list_ids = make_lists(station_context, run_coro, f"Consent {unique()}")
    panel.activate()  # the page reads the setting when it comes to the front
    assert panel.consent.isVisibleTo(panel) and "gym desk" in panel.consent_sentence.text()
    wait_for_lists(panel, list_ids)
    panel.form.set_checked_lists(list_ids)
    capture_portrait(panel, compliant_file)
    number = f"C-{unique()}"
    fill(panel, qtbot, "Consuelo", "Agree", number=number)
    wait_until(lambda: station_context.ops.running == [])  # the lists the page loaded are in
    used_before = station_context.client.budget.status.used
    press_enrol(panel, qtbot)
    assert panel.consent_error.isVisible() and "consent" in panel.consent_error.text()
    assert panel.focusWidget() is panel.consent and not panel.busy
    settle(0.3)
    assert station_context.client.budget.status.used == used_before  # nothing was sent
    started: list[bool] = []
    panel.enrolmentStarted.connect(lambda request: started.append(request.consent_given))
    qtbot.keyClick(panel.consent, Qt.Key.Key_Space)  # it has the focus: Space ticks it
    assert panel.consent.isChecked() and not panel.consent_error.isVisible()
    press_enrol(panel, qtbot)
    wait_done(panel)
    assert started == [True]
    assert run_coro(station_context.client.records.get_by_external_id(number)).name == "Consuelo"
    assert not panel.consent.isChecked()  # the next person gives their own consent

    station_context.config.consent_required = False
    panel.activate()
    assert not panel.consent.isVisibleTo(panel) and not panel.consent_sentence.isVisibleTo(panel)


def test_a_face_already_in_the_list_opens_the_possible_matches(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro, compliant_file: Path,
        qtbot: Any) -> None:
    tag = unique()
    (list_id,) = make_lists(station_context, run_coro, f"Enrol members {tag}")
    wait_for_lists(panel, [list_id])
    capture = capture_portrait(panel, compliant_file)
    existing = run_coro(station_context.client.records.create(
        face_image=capture.jpeg, name="Grace", surname1=f"Hopper{tag}", external_identifier=f"OLD-{tag}",
        face_list_id=list_id))
    fill(panel, qtbot, "Amazing", f"Grace{tag}", number=f"NEW-{tag}")
    panel.form.set_checked_lists([list_id])

    press_enrol(panel, qtbot)
    wait_done(panel)
    dialog = panel.duplicates_dialog
    assert dialog is not None and dialog.isVisible() and not panel.enrol_button.isEnabled()
    assert [row.duplicate.identifier for row in dialog.rows] == [existing]
    row = dialog.rows[0]
    assert row.name.text() == f"Grace Hopper{tag}" and f"OLD-{tag}" in row.number.text()
    assert row.verdict_text.startswith("Same person") and "%" in row.verdict_text
    assert row.duplicate.confidence > 80 and row.duplicate.list_names == (f"Enrol members {tag}",)
    assert not row.enrolled_photo.pixmap().isNull() and not row.probe_photo.pixmap().isNull()
    assert dialog.cancel_button.isDefault()

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.duplicates_dialog is None)
    assert "Not enrolled" in panel.notice.text() and panel.notice.isVisible()
    assert panel.form.name.text() == "Amazing"  # the details stay for a second look
    with pytest.raises(errors.NotFoundError):
        run_coro(station_context.client.records.get_by_external_id(f"NEW-{tag}"))

    press_enrol(panel, qtbot)
    wait_done(panel)
    dialog = panel.duplicates_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.enrol_anyway_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.duplicates_dialog is None and not panel.busy, timeout=60)
    assert panel.confirmation.text() == f"Amazing Grace{tag} is enrolled."
    created = run_coro(station_context.client.records.get_by_external_id(f"NEW-{tag}"))
    assert created.identifier != existing and created.face_list_id == list_id
    assert member_ids(station_context, run_coro, list_id) == {existing, created.identifier}


def test_a_taken_number_lands_on_its_field(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro, compliant_file: Path,
        qtbot: Any) -> None:
    tag = unique()
    (list_id,) = make_lists(station_context, run_coro, f"Enrol empty {tag}")
    wait_for_lists(panel, [list_id])
    capture = capture_portrait(panel, compliant_file)
    run_coro(station_context.client.records.create(face_image=capture.jpeg, name="First", surname1=f"Owner{tag}",
                                                   external_identifier=f"TAKEN-{tag}"))
    fill(panel, qtbot, "Second", f"Person{tag}", number=f"TAKEN-{tag}")
    panel.form.set_checked_lists([list_id])
    press_enrol(panel, qtbot)
    wait_done(panel)
    assert panel.duplicates_dialog is None  # the list was empty: nobody to resemble
    shown = panel.form.error_texts
    assert list(shown) == ["external_identifier"] and "already has this number" in shown["external_identifier"]
    assert panel.form.external_identifier.property("invalid") and panel.form.external_identifier.hasFocus()
    assert not panel.message.isVisible() and not panel.confirmation.isVisible()
    assert not panel.photo_problem.isVisible()
    assert panel.form.name.text() == "Second" and panel.portrait is capture  # nothing lost: correct and retry
    assert member_ids(station_context, run_coro, list_id) == set()


def test_a_photo_without_a_face_is_said_on_the_photo_side(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro, qtbot: Any) -> None:
    tag = unique()
    (list_id,) = make_lists(station_context, run_coro, f"Enrol faceless {tag}")
    wait_for_lists(panel, [list_id])
    panel.capture.bridge.captured.emit(faceless_capture())  # as the pipeline delivers a "Take photo now"
    wait_until(lambda: panel.portrait is not None)
    fill(panel, qtbot, "Nobody", f"There{tag}", number=f"NOFACE-{tag}")
    panel.form.set_checked_lists([list_id])
    press_enrol(panel, qtbot)
    wait_done(panel)
    assert panel.photo_problem.isVisible() and "no face" in panel.photo_problem.text()
    assert "Retake the photo" in panel.photo_problem.text() and panel.retake_photo_button.isVisible()
    assert panel.form.error_texts == {} and not panel.message.isVisible() and not panel.confirmation.isVisible()
    with pytest.raises(errors.NotFoundError):
        run_coro(station_context.client.records.get_by_external_id(f"NOFACE-{tag}"))
    qtbot.mouseClick(panel.retake_photo_button, Qt.MouseButton.LeftButton)
    assert not panel.photo_problem.isVisible() and not panel.retake_photo_button.isVisible()
    assert panel.portrait is None and panel.capture.card.capture is None


def test_a_further_list_that_fails_is_said_plainly(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro, compliant_file: Path,
        qtbot: Any) -> None:
    tag = unique()
    kept, gone = make_lists(station_context, run_coro, f"Enrol A kept {tag}", f"Enrol B gone {tag}")
    wait_for_lists(panel, [kept, gone])
    capture_portrait(panel, compliant_file)
    fill(panel, qtbot, "Half", f"Way{tag}", number=f"HALF-{tag}")
    panel.form.set_checked_lists([kept, gone])
    assert panel.form.checked_list_ids() == [kept, gone]  # shown by name: "A kept" comes first
    run_coro(station_context.directory.delete_list(gone))  # someone deletes it on another station meanwhile
    press_enrol(panel, qtbot)
    wait_done(panel)
    assert panel.confirmation.text() == f"Half Way{tag} is enrolled."
    notice = panel.notice.text()
    assert panel.notice.isVisible() and f"Half Way{tag} IS enrolled" in notice
    assert f"“Enrol B gone {tag}”" in notice and "Lists page" in notice
    record = run_coro(station_context.client.records.get_by_external_id(f"HALF-{tag}"))
    assert record.identifier in member_ids(station_context, run_coro, kept)


def test_without_credits_the_check_is_skipped_and_the_person_enrolled(
        panel: EnrolPanel, station_context: StationContext, shared_service: dict[str, Any], run_coro: RunCoro,
        compliant_file: Path, qtbot: Any) -> None:
    from facestation.cli import main

    tag = unique()
    (list_id,) = make_lists(station_context, run_coro, f"Enrol no credits {tag}")
    wait_for_lists(panel, [list_id])
    capture = capture_portrait(panel, compliant_file)
    existing = run_coro(station_context.client.records.create(face_image=capture.jpeg, name="Already",
                                                              surname1=f"There{tag}", face_list_id=list_id))
    fill(panel, qtbot, "Credit", f"Less{tag}", number=f"CREDIT-{tag}")
    panel.form.set_checked_lists([list_id])
    admin = ["admin", "--data-dir", str(shared_service["data_dir"]), "set-credits", "--client-id",
             shared_service["client_id"]]
    assert main([*admin, "0"]) == 0
    try:
        press_enrol(panel, qtbot)
        wait_done(panel)
    finally:
        assert main([*admin, "unlimited"]) == 0
    assert panel.duplicates_dialog is None  # she IS in the list, but nobody could look
    assert panel.confirmation.text() == f"Credit Less{tag} is enrolled."
    assert "skipped" in panel.notice.text() and "credits" in panel.notice.text()
    created = run_coro(station_context.client.records.get_by_external_id(f"CREDIT-{tag}"))
    assert member_ids(station_context, run_coro, list_id) == {existing, created.identifier}


def test_cancel_before_anything_was_sent_saves_nothing(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro, compliant_file: Path,
        qtbot: Any) -> None:
    tag = unique()
    (list_id,) = make_lists(station_context, run_coro, f"Enrol cancel {tag}")
    wait_for_lists(panel, [list_id])
    capture_portrait(panel, compliant_file)
    fill(panel, qtbot, "Changed", f"Mind{tag}", number=f"CANCEL-{tag}")
    panel.form.set_checked_lists([list_id])
    press_enrol(panel, qtbot)
    assert panel.busy and station_context.ops.current_busy is not None
    station_context.ops.cancel_current()  # the status bar's Cancel
    wait_done(panel)
    assert "Nothing was saved" in panel.notice.text() and not panel.confirmation.isVisible()
    assert panel.enrol_button.isEnabled() and panel.form.isEnabled() and panel.form.name.text() == "Changed"
    settle(0.5)
    with pytest.raises(errors.NotFoundError):
        run_coro(station_context.client.records.get_by_external_id(f"CANCEL-{tag}"))


def test_clear_personal_data_leaves_nothing(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro, compliant_file: Path,
        qtbot: Any, tmp_path: Path) -> None:
    tag = unique()
    (list_id,) = make_lists(station_context, run_coro, f"Enrol clear {tag}")
    wait_for_lists(panel, [list_id])
    capture = capture_portrait(panel, compliant_file)
    run_coro(station_context.client.records.create(face_image=capture.jpeg, name="Secret", surname1=f"Agent{tag}",
                                                   face_list_id=list_id))
    fill(panel, qtbot, "Private", f"Person{tag}", "Hidden", f"PRIV-{tag}")
    attachment = tmp_path / "id-card.txt"
    attachment.write_text("private")
    panel.form.attach_file(attachment)
    panel.form.set_checked_lists([list_id])
    press_enrol(panel, qtbot)
    wait_done(panel)
    dialog = panel.duplicates_dialog
    assert dialog is not None and dialog.isVisible()
    panel.notice.setText("x")  # something personal in a message too
    panel.notice.show()

    panel.clear_personal_data()
    settle(1.0)  # a photo file would be captured again within this time if it were still the source
    assert panel.duplicates_dialog is None
    assert not any(isinstance(widget, QDialog) and widget.isVisible() for widget in QApplication.topLevelWidgets())
    assert panel.portrait is None and panel.capture.capture is None and panel.capture.card.capture is None
    assert panel.capture.card.photo_label().pixmap().isNull() and not panel.capture.view.has_frame
    assert panel.form.details().attachment is None and panel.form.checked_list_ids() == []
    for label in (panel.confirmation, panel.notice, panel.message, panel.photo_problem):
        assert not label.isVisible()
    texts = [widget.text() for widget in panel.findChildren(QLabel) + panel.findChildren(QLineEdit)]
    assert not [text for text in texts if tag in text or "Private" in text or "id-card" in text]
    assert not panel.enrol_button.isEnabled() and not panel.busy


def save_in_both_themes(widget: QWidget, screenshots: Path, stem: str) -> None:
    """`<stem>.png` in the light theme and `<stem>-high-contrast.png` in the high-contrast one (light after)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme, name in (("light", f"{stem}.png"), ("high-contrast", f"{stem}-high-contrast.png")):
        apply_theme(app, theme)
        settle(0.3)
        widget.grab().save(str(screenshots / name))
        assert (screenshots / name).stat().st_size > 10_000
    apply_theme(app, "light")
    settle(0.1)


def test_screenshots(themed: None, panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro,
                     compliant_file: Path, qtbot: Any, screenshots: Path, tmp_path: Path) -> None:
    tag = unique()
    staff, visitors = make_lists(station_context, run_coro, f"Staff {tag}", f"Visitors {tag}")
    wait_for_lists(panel, [staff, visitors])
    # Only this test's lists on the picture (the shared service holds every other test's lists too).
    panel.show_lists([face_list for face_list in panel.lists if face_list.identifier in (staff, visitors)])
    capture = capture_portrait(panel, compliant_file)
    fill(panel, qtbot, "Grace", "Hopper", "Murray", "NAVY-1906")
    consent = tmp_path / "consent-form.pdf"
    consent.write_bytes(b"%PDF" + bytes(48_000))
    panel.form.attach_file(consent)
    panel.form.set_checked_lists([staff])
    settle(0.5)
    # At 1280x800 the page gets 1020x760: nothing may be squeezed below its minimum.
    assert panel.minimumSizeHint().width() <= 1020 and panel.minimumSizeHint().height() <= 760
    save_in_both_themes(panel, screenshots, "panel-enrol")

    existing = run_coro(station_context.client.records.create(
        face_image=capture.jpeg, name="Grace", surname1="Hopper", external_identifier=f"G-{tag}",
        face_list_id=staff))
    press_enrol(panel, qtbot)
    wait_done(panel)
    dialog = panel.duplicates_dialog
    assert dialog is not None and [row.duplicate.identifier for row in dialog.rows] == [existing]
    save_in_both_themes(dialog, screenshots, "panel-enrol-duplicates")

    qtbot.mouseClick(dialog.enrol_anyway_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: panel.duplicates_dialog is None and not panel.busy, timeout=60)
    assert panel.confirmation.isVisible()
    settle(0.5)
    save_in_both_themes(panel, screenshots, "panel-enrol-done")


def test_lists_field_offers_the_directory_lists(panel: EnrolPanel, station_context: StationContext,
                                                run_coro: RunCoro) -> None:
    tag = unique()
    (list_id,) = make_lists(station_context, run_coro, f"Enrol offered {tag}")
    wait_for_lists(panel, [list_id])
    names = [panel.form.lists.item(row).text() for row in range(panel.form.lists.count())]
    assert f"Enrol offered {tag}" in names
    assert all(isinstance(face_list, FaceList) for face_list in panel.lists)


def test_keyboard_order_runs_from_the_photo_through_the_details_to_enrol(panel: EnrolPanel) -> None:
    chain, widget = [], panel.capture.load_button
    while len(chain) < 9:
        widget = widget.nextInFocusChain()
        if widget.isVisibleTo(panel) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    form = panel.form
    assert chain[:8] == [form.name, form.surname1, form.surname2, form.external_identifier, form.attach_button,
                         form.lists, form.enabled, panel.enrol_button]


def test_details_stacked_beside_a_compact_camera_with_mnemonics_that_clash_with_nothing(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro) -> None:
    tag = unique()
    (list_id,) = make_lists(station_context, run_coro, f"Enrol rows {tag}")
    wait_for_lists(panel, [list_id])
    QApplication.processEvents()
    form = panel.form
    assert form.stacked and panel.capture.compact
    for key, field in (("name", form.name), ("surname1", form.surname1), ("surname2", form.surname2),
                       ("external_identifier", form.external_identifier), ("lists", form.lists)):
        label = form.labels[key]
        assert label.buddy() is field
        # Above its field, not beside it.
        assert label.mapTo(panel, QPoint(0, label.height())).y() <= field.mapTo(panel, QPoint(0, 0)).y() + 1
    # Rows a finger can tick.
    row = form.lists.visualItemRect(form.lists.item(0))
    assert row.height() >= 40
    # Form mnemonics: unique, and none of the main window's (E, V, R, L, S, T), the Enrol button's (E) or the
    # Records page's (F, E, P, D, O, V, M, N), where the same form is shown.
    texts = [label.text() for label in form.labels.values() if "&" in label.text()]
    texts += [form.attach_button.text(), form.enabled.text()]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(keys) == 7 and len(set(keys)) == len(keys)
    assert not set(keys) & set("evrlstfpdomn")
    margins = panel.capture.layout().contentsMargins()
    assert margins.left() == margins.top() == margins.right() == margins.bottom() == 0


def test_lists_asked_for_while_a_load_is_on_its_way_are_loaded_again_after_it(
        panel: EnrolPanel, station_context: StationContext, run_coro: RunCoro,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The answer on its way may predate a list created meanwhile: a second request must not be dropped."""
    wait_until(lambda: not panel.lists_loading)
    directory = station_context.directory
    real_all_lists = directory.all_lists
    loads: list[int] = []
    first_read: list[int] = []
    hold_first_answer = asyncio.Event()

    async def counted_all_lists() -> Any:
        loads.append(1)
        lists = await real_all_lists()
        if len(loads) == 1:  # the real answer, held back until the list below exists
            first_read.append(1)
            await hold_first_answer.wait()
        return lists

    monkeypatch.setattr(directory, "all_lists", counted_all_lists)
    panel.load_lists()
    wait_until(lambda: first_read)
    (list_id,) = make_lists(station_context, run_coro, f"Created meanwhile {unique()}")
    panel.load_lists()  # while the first is still on its way, with lists read before the new one
    hold_first_answer.set()
    wait_until(lambda: list_id in {face_list.identifier for face_list in panel.lists})
    assert len(loads) == 2
