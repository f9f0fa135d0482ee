"""CapturePanel: auto-capture and manual capture give portraitCaptured with a JPEG, retake starts again, a
photo file goes through the same checks (through a file dialog opened with open()), "no camera" is a state
with the file option, the keyboard works; and screenshots of the states for the docs."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.core.camera.sources import (
    NO_CAMERA_MESSAGE,
    CameraError,
    ImageFileSource,
)
from facestation.station.ui.theme import apply_theme
from facestation.station.ui.translations import install_translation
from facestation.station.ui.widgets.capture_panel import CapturePanel
from facestation.station.ui.widgets.guidance_banner import BannerState
from facestation.vision.capture import AutoCaptureSettings
from facestation.vision.quality import RESOLUTION
from tests.station.fit_checks import FitChecks
from tests.station.support import GreySource, settle, wait_until


def decoded(jpeg: bytes) -> np.ndarray:
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None, "not a JPEG"
    return image


def tab_chain(panel: CapturePanel) -> list:
    """The panel's widgets that Tab stops at, in focus-chain order from the preview."""
    chain, widget = [], panel.view
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and panel.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is panel.view or len(chain) > 20:
            return chain


def test_auto_capture_on_a_compliant_photo(panel: CapturePanel, compliant_file: Path) -> None:
    captured: list[CaptureResult] = []
    panel.portraitCaptured.connect(captured.append)
    assert not panel.take_button.isEnabled()  # nothing to photograph yet
    panel.load_photo(compliant_file)
    wait_until(lambda: captured)
    settle(0.3)
    capture = captured[0]
    assert len(captured) == 1 and panel.capture is capture and not capture.manual
    assert capture.jpeg[:2] == b"\xff\xd8" and decoded(capture.jpeg).shape[:2] == capture.portrait.shape[:2]
    assert capture.report.passed
    assert panel.banner.state == BannerState.CAPTURED
    assert panel.card.capture is capture and "Passes" in panel.card.verdict_text
    assert not panel.card.photo_label().pixmap().isNull()
    assert all(panel.checklist.states().values())
    assert not panel.take_button.isEnabled() and panel.retake_button.isEnabled()
    assert panel.view.frozen


def test_manual_capture_of_a_photo_that_fails(panel: CapturePanel, far_file: Path, qtbot) -> None:
    captured: list[CaptureResult] = []
    panel.portraitCaptured.connect(captured.append)
    panel.load_photo(far_file)
    wait_until(lambda: panel.banner.text == "Come closer")
    assert panel.take_button.isEnabled()
    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: captured)
    capture = captured[0]
    assert capture.manual and not capture.report.passed
    decoded(capture.jpeg)
    assert "Does not pass" in panel.card.verdict_text and "Right distance" in panel.card.verdict_text
    assert panel.checklist.state(RESOLUTION) is False
    assert "does not pass" in panel.banner.text


def test_take_photo_without_a_face_explains_why(panel: CapturePanel, empty_file: Path) -> None:
    panel.load_photo(empty_file)
    wait_until(lambda: panel.bridge.last_result is not None)
    panel.take_photo()
    wait_until(lambda: panel.notice.isVisible())
    assert "No face" in panel.notice.text() and panel.capture is None


def test_retake_starts_a_new_attempt(panel: CapturePanel, compliant_file: Path, qtbot) -> None:
    captured: list[CaptureResult] = []
    cleared: list[bool] = []
    panel.portraitCaptured.connect(captured.append)
    panel.portraitCleared.connect(lambda: cleared.append(True))
    panel.load_photo(compliant_file)
    wait_until(lambda: captured)
    qtbot.mouseClick(panel.retake_button, Qt.MouseButton.LeftButton)
    assert cleared == [True] and panel.capture is None and not panel.view.frozen
    assert panel.banner.state != BannerState.CAPTURED and panel.card.capture is None
    wait_until(lambda: len(captured) == 2)  # the still photo passes again: a new auto-capture
    assert captured[1] is not captured[0] and panel.capture is captured[1]


def test_retake_after_a_file_goes_back_to_the_camera(panel: CapturePanel, compliant_file: Path) -> None:
    cameras: list[GreySource] = []
    panel.use_camera(lambda: cameras.append(GreySource(interval=0.02)) or cameras[-1])
    wait_until(lambda: isinstance(panel.bridge.source, GreySource))
    panel.load_photo(compliant_file)
    wait_until(lambda: panel.capture is not None)
    assert panel.showing_file
    panel.retake()
    wait_until(lambda: len(cameras) == 2 and panel.bridge.source is cameras[1])
    assert not panel.showing_file and panel.capture is None


def test_load_photo_through_the_file_dialog(panel: CapturePanel, compliant_file: Path, qtbot) -> None:
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    dialog = panel.file_dialog
    # open(), not exec(): the click returned while the dialog is up, window-modal, with no nested loop.
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    captured: list[CaptureResult] = []
    panel.portraitCaptured.connect(captured.append)
    dialog.selectFile(str(compliant_file))
    dialog.accept()
    wait_until(lambda: isinstance(panel.bridge.source, ImageFileSource))
    assert panel.bridge.source.path == compliant_file and panel.showing_file
    wait_until(lambda: captured)  # checked the same way as the camera: auto-captured
    assert panel.file_dialog is None


def test_no_camera_state_keeps_the_file_option(panel: CapturePanel, compliant_file: Path) -> None:
    def no_camera():
        raise CameraError(NO_CAMERA_MESSAGE)

    panel.use_camera(no_camera)
    wait_until(lambda: panel.view.no_camera)
    assert panel.banner.state == BannerState.PROBLEM and panel.banner.text == "No camera"
    assert not panel.take_button.isEnabled() and panel.load_button.isEnabled()
    assert panel.load_button.property("primary") and not panel.take_button.property("primary")  # the way on
    assert all(state is None for state in panel.checklist.states().values())
    panel.load_photo(compliant_file)  # the file option works from there
    wait_until(lambda: panel.capture is not None)
    assert not panel.view.no_camera


def test_a_broken_photo_file_is_a_readable_message(panel: CapturePanel, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a photo")
    panel.load_photo(broken)
    wait_until(lambda: panel.view.no_camera)
    assert panel.banner.state == BannerState.PROBLEM and panel.banner.text == "This photo cannot be used"


def test_keyboard_space_takes_the_photo_and_presses_focused_buttons(panel: CapturePanel, far_file: Path,
                                                                    qtbot) -> None:
    captured: list[CaptureResult] = []
    panel.portraitCaptured.connect(captured.append)
    panel.load_photo(far_file)
    wait_until(lambda: panel.take_button.isEnabled() and panel.bridge.last_result is not None)
    panel.activateWindow()
    panel.setFocus()
    assert panel.view.hasFocus()  # the preview takes the panel's focus
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    wait_until(lambda: captured)
    assert captured[0].manual
    # Tab order: preview -> Take photo -> Retake -> Load.
    assert tab_chain(panel) == [panel.view, panel.take_button, panel.retake_button, panel.load_button]
    panel.retake_button.setFocus()
    cleared: list[bool] = []
    panel.portraitCleared.connect(lambda: cleared.append(True))
    qtbot.keyClick(panel.retake_button, Qt.Key.Key_Space)  # the focused button, not "take photo"
    wait_until(lambda: cleared)
    assert panel.capture is None
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_R)  # R retakes too (nothing to retake now: harmless)
    assert panel.capture is None


def test_all_strings_are_set_and_buttons_are_big(panel: CapturePanel) -> None:
    for button in (panel.take_button, panel.retake_button, panel.load_button):
        assert button.text() and button.toolTip() and button.height() >= 60
    assert panel.load_button.text().endswith("…")


def test_compact_leaves_room_for_a_form_beside_it(panel: CapturePanel, compliant_file: Path, qtbot) -> None:
    compact = CapturePanel(compact=True)
    compact.view.set_sound_enabled(False)
    qtbot.addWidget(compact)
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_theme(app, "light")
    try:
        compact.resize(622, 690)  # what the Enrol page gives it at 1280x800, beside the details
        compact.show()
        QApplication.processEvents()
        full, small = panel.minimumSizeHint(), compact.minimumSizeHint()
        assert compact.compact and not panel.compact
        assert small.width() <= 560 and small.width() < full.width() - 150 and small.height() <= 690
        margins = compact.layout().contentsMargins()
        assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (0, 0, 0, 0)
        for button in (compact.take_button, compact.retake_button, compact.load_button):
            assert 48 <= button.height() < panel.take_button.height()
        assert panel.take_button.height() >= 64  # the theme's min-height does not shrink the full-size ones
        # The preview gets the width the narrower side column gives up.
        assert compact.view.width() >= 340
        compact.load_photo(compliant_file)
        wait_until(lambda: compact.capture is not None)
        assert "Passes" in compact.card.verdict_text
    finally:
        compact.stop(wait=True)
        apply_theme(app, "light")
        app.setStyleSheet(sheet)
        app.setFont(font)


# -- screenshots ----------------------------------------------------------------------------------------------


def test_screenshots_of_the_states(panel: CapturePanel, screenshots: Path, far_file: Path,
                                        webcam_file: Path) -> None:
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_theme(app, "light")  # the station's look: its accent marks the next button to press
    try:
        take_screenshots(panel, screenshots, far_file, webcam_file)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def take_screenshots(panel: CapturePanel, screenshots: Path, far_file: Path, webcam_file: Path) -> None:
    bridge = panel.bridge
    # Slower auto-capture than the default, so the countdown can be caught halfway.
    bridge.set_auto_capture_settings(AutoCaptureSettings(frames_required=24))
    try:
        panel.load_photo(far_file)
        wait_until(lambda: panel.banner.text == "Come closer")
        settle(0.2)
        assert panel.checklist.state(RESOLUTION) is False
        panel.grab().save(str(screenshots / "camera_guiding.png"))

        panel.load_photo(webcam_file)
        wait_until(lambda: bridge.last_result is not None and bridge.last_result.state.all_passed
                   and 0.4 <= bridge.last_result.capture_progress <= 0.75)
        # No events between the check and the grab: the picture shows exactly that state.
        panel.view.set_result(bridge.last_result)
        panel.grab().save(str(screenshots / "camera_countdown.png"))
        assert panel.banner.state == BannerState.ALL_GOOD

        wait_until(lambda: panel.capture is not None)
        settle(0.7)  # the flash fades
        panel.grab().save(str(screenshots / "camera_captured.png"))
        assert panel.banner.state == BannerState.CAPTURED

        def no_camera():
            raise CameraError(NO_CAMERA_MESSAGE)

        panel.stop(wait=True)
        panel.use_camera(no_camera)
        wait_until(lambda: panel.view.no_camera and panel.banner.text == "No camera")
        panel.grab().save(str(screenshots / "camera_no_camera.png"))
    finally:
        panel.stop(wait=True)
    for name in ("camera_guiding", "camera_countdown", "camera_captured", "camera_no_camera"):
        assert (screenshots / f"{name}.png").stat().st_size > 10_000


def test_narrow_puts_the_photo_card_under_the_preview_so_no_check_is_squeezed(compliant_file: Path,
                                                                            qtbot) -> None:
    compact = CapturePanel(compact=True)
    compact.view.set_sound_enabled(False)
    qtbot.addWidget(compact)
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_theme(app, "light")
    try:
        compact.set_narrow(True)
        compact.resize(460, 660)  # what the Enrol page gives it at 1024x768
        compact.show()
        QApplication.processEvents()
        card, view, checklist = compact.card.geometry(), compact.view.geometry(), compact.checklist
        assert card.top() > view.bottom() and card.left() == view.left()
        assert checklist.mapTo(compact, checklist.rect().topLeft()).x() > view.right()
        for name in checklist.names:
            row = checklist.row(name)
            assert row.height() >= row.minimumSizeHint().height() and row.height() >= 34, name
        compact.load_photo(compliant_file)
        wait_until(lambda: compact.capture is not None)
        photo = compact.card.photo_label()
        assert photo.pixmap().height() <= photo.height()
        compact.set_narrow(False)  # the window widened: the card goes back above the checklist
        compact.resize(622, 690)
        QApplication.processEvents()
        assert compact.card.mapTo(compact, compact.card.rect().topLeft()).x() > compact.view.geometry().right()
        assert photo.pixmap().height() <= photo.height() and photo.height() > 100
    finally:
        compact.stop(wait=True)
        apply_theme(app, "light")
        app.setStyleSheet(sheet)
        app.setFont(font)


NARROW_CLIPPING_EXCLUSIONS: dict[str, str] = {}


@pytest.mark.parametrize("language", ["en", "es"])
def test_narrow_fits_a_failed_photo_and_its_reasons(language: str, far_file: Path, qtbot) -> None:
    """The longest card there is (a photo that fails, with the checks it fails) under the preview at 1024x768."""
    compact = CapturePanel(compact=True)
    compact.view.set_sound_enabled(False)
    qtbot.addWidget(compact)
    app = QApplication.instance()
    font, sheet = app.font(), app.styleSheet()
    apply_theme(app, "light")
    try:
        assert install_translation(language) or language == "en"
        compact.set_narrow(True)
        compact.resize(460, 660)
        compact.show()
        compact.load_photo(far_file)
        wait_until(lambda: compact.take_button.isEnabled())
        qtbot.mouseClick(compact.take_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: compact.capture is not None)
        qtbot.wait(100)
        assert not compact.capture.report.passed
        # The card keeps the headline; the checks not passed are marked in the checklist beside it, and the
        # whole verdict is the headline's tooltip.
        verdict, shown = compact.card.verdict_text, compact.card.findChild(QLabel, "captureVerdict")
        assert len(verdict.splitlines()) == 2 and shown.text() == verdict.splitlines()[0]
        assert shown.toolTip() == verdict and compact.checklist.state(RESOLUTION) is False
        problems = FitChecks(clipping=NARROW_CLIPPING_EXCLUSIONS).problems(compact)
        assert not problems, "\n".join(problems)
    finally:
        compact.stop(wait=True)
        install_translation("en")
        apply_theme(app, "light")
        app.setStyleSheet(sheet)
        app.setFont(font)
