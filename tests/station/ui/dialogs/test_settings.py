"""The settings dialog: the admin PIN gate (argon2 in a worker), saving to the file on disk, the theme applied at
once, Cancel changing nothing, the camera picker, and screenshots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from facestation.station.core.config import StationConfig
from facestation.station.ui.camera import choice as camera_choice_module
from facestation.station.ui.camera.choice import CameraChoice
from facestation.station.ui.camera.qt_camera import QtCameraInfo
from facestation.station.ui.dialogs.settings import SettingsDialog
from facestation.station.ui.ops import Operations
from facestation.station.ui.theme import apply_theme, style_sheet
from tests.station.support import wait_until
from tests.station.ui.dialogs.conftest import ADMIN_PIN

PIN = ADMIN_PIN  # the `session` fixture's (conftest.py)


@pytest.fixture
def cameras(monkeypatch: pytest.MonkeyPatch) -> list[QtCameraInfo]:
    """Two cameras as QtMultimedia would list them (this machine has none)."""
    listed = [QtCameraInfo("/dev/video0", "Integrated Camera", is_default=True),
              QtCameraInfo("/dev/video2", "Logitech BRIO 4K")]
    monkeypatch.setattr(camera_choice_module, "list_qt_cameras", lambda: list(listed))
    return listed


@pytest.fixture
def make_dialog(themed: None, qtbot: Any, ops: Operations, session: Any) -> Callable[..., SettingsDialog]:
    """Open a settings dialog on the session (in the station's look, restored afterwards: Save applies a theme)."""

    def make(**options: Any) -> SettingsDialog:
        dialog = SettingsDialog(session, ops, **options)
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    return make


def type_pin(dialog: SettingsDialog, qtbot: Any, pin: str) -> None:
    dialog.gate.pin.clear()
    qtbot.keyClicks(dialog.gate.pin, pin)
    qtbot.keyClick(dialog.gate.pin, Qt.Key.Key_Return)


def unlock(dialog: SettingsDialog, qtbot: Any) -> None:
    type_pin(dialog, qtbot, PIN)
    wait_until(lambda: dialog.unlocked, timeout=10)


# -- the PIN gate -------------------------------------------------------------------------------------------


def test_a_wrong_pin_is_refused(make_dialog: Callable[..., SettingsDialog], qtbot: Any) -> None:
    dialog = make_dialog()
    assert not dialog.unlocked
    assert dialog.gate.pin.hasFocus() or dialog.pages.currentIndex() == SettingsDialog.PAGE_PIN
    type_pin(dialog, qtbot, "1357")
    wait_until(lambda: dialog.gate.wrong_tries == 1, timeout=10)
    assert not dialog.unlocked
    assert dialog.gate.message.isVisibleTo(dialog)
    assert dialog.gate.message.text() == "That PIN is not right. Type it again."
    assert dialog.gate.pin.text() == "" and dialog.gate.pin.property("invalid") is True
    assert dialog.isVisible()


def test_the_right_pin_opens_the_settings(make_dialog: Callable[..., SettingsDialog], qtbot: Any) -> None:
    dialog = make_dialog()
    type_pin(dialog, qtbot, "0000")
    wait_until(lambda: dialog.gate.wrong_tries == 1, timeout=10)
    unlock(dialog, qtbot)
    assert dialog.current_section == "server"
    assert dialog.gate.pin.text() == ""
    assert dialog.save_button.isDefault()


def test_repeated_wrong_pins_have_to_wait(make_dialog: Callable[..., SettingsDialog], qtbot: Any) -> None:
    dialog = make_dialog()
    for tries in range(1, 4):
        type_pin(dialog, qtbot, "9999")
        wait_until(lambda tries=tries: dialog.gate.wrong_tries == tries and not dialog.gate.checking, timeout=10)
    assert "Wait 30 seconds before trying again." in dialog.gate.message.text()
    assert not dialog.gate.unlock_button.isEnabled() and not dialog.gate.pin.isEnabled()
    dialog.gate.submit()  # ignored while waiting
    assert not dialog.gate.checking


def test_an_empty_pin_asks_for_one(make_dialog: Callable[..., SettingsDialog], qtbot: Any) -> None:
    dialog = make_dialog()
    qtbot.mouseClick(dialog.gate.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.gate.message.text() == "Type the admin PIN first."
    assert not dialog.gate.checking


def test_cancel_on_the_pin_page_closes(make_dialog: Callable[..., SettingsDialog], qtbot: Any) -> None:
    dialog = make_dialog()
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.mouseClick(dialog.gate.cancel_button, Qt.MouseButton.LeftButton)


# -- saving and cancelling ----------------------------------------------------------------------------------


def test_save_writes_the_file_and_applies_the_theme(themed: None, make_dialog: Callable[..., SettingsDialog],
                                                    session: Any, qtbot: Any, qapp: QApplication,
                                                    cameras: list[QtCameraInfo]) -> None:
    dialog = make_dialog()
    unlock(dialog, qtbot)
    dialog.show_section("appearance")
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    dialog.show_section("times")
    dialog.idle_lock.setValue(10)
    dialog.result_clear.setValue(30)
    dialog.show_section("checks")
    dialog.frames.setValue(12)
    dialog.stillness.setValue(3.5)
    dialog.show_section("camera")
    dialog.camera_picker.setCurrentIndex(1)
    dialog.resolution_picker.setCurrentIndex(dialog.resolution_picker.findData("1920x1080"))
    dialog.mirror.setChecked(False)
    dialog.show_section("kiosk")
    dialog.kiosk.setChecked(True)
    dialog.show_section("privacy")
    assert not dialog.consent_text.isEnabled()
    dialog.consent_required.setChecked(True)
    assert dialog.consent_text.isEnabled()
    dialog.consent_text.setText("Agreed to be recognised at reception.")
    before = session.config_path.read_text(encoding="utf-8")
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.config_path.read_text(encoding="utf-8") != before
    saved = StationConfig.load(session.config_path)
    assert saved.theme == "high-contrast"
    assert saved.consent_required and saved.consent_text == "Agreed to be recognised at reception."
    assert saved.idle_lock_seconds == 600 and saved.result_clear_seconds == 30
    assert saved.auto_capture_frames == 12 and saved.auto_capture_stillness == pytest.approx(0.035)
    assert saved.camera_id == "/dev/video2" and saved.camera_path is None
    assert saved.resolution == (1920, 1080)
    assert saved.mirror_preview is False
    assert saved.kiosk is True
    assert saved.check_admin_pin(PIN)  # the PIN and the server survive
    assert saved.server_kind == "local" and saved.client_id == "station"
    assert session.config.theme == "high-contrast" and session.config.kiosk is True  # the session sees it too
    assert qapp.styleSheet() == style_sheet("high-contrast")


def test_cancel_changes_nothing(themed: None, make_dialog: Callable[..., SettingsDialog], session: Any,
                                qtbot: Any, qapp: QApplication) -> None:
    before = session.config_path.read_bytes()
    config_before = session.config.to_dict()
    dialog = make_dialog()
    unlock(dialog, qtbot)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.idle_lock.setValue(1)
    dialog.kiosk.setChecked(True)
    dialog.auto_capture.setChecked(False)
    assert dialog.changed_fields() == {"theme", "idle_lock", "kiosk", "auto_capture"}
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not dialog.isVisible(), timeout=2)
    assert session.config_path.read_bytes() == before
    assert session.config.to_dict() == config_before
    assert qapp.styleSheet() == style_sheet("light")


def test_save_without_changes_keeps_odd_values(make_dialog: Callable[..., SettingsDialog], session: Any,
                                               qtbot: Any) -> None:
    session.config.idle_lock_seconds = 90  # not whole minutes: shown as 2, kept as 90 unless changed
    session.config.save(session.config_path)
    dialog = make_dialog()
    unlock(dialog, qtbot)
    assert dialog.idle_lock.value() == 2
    assert dialog.changed_fields() == set()
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        dialog.save()
    assert StationConfig.load(session.config_path).idle_lock_seconds == 90


def test_a_file_instead_of_a_camera(make_dialog: Callable[..., SettingsDialog], session: Any, qtbot: Any,
                                    tmp_path: Path, cameras: list[QtCameraInfo]) -> None:
    dialog = make_dialog()
    unlock(dialog, qtbot)
    dialog.show_section("camera")
    labels = [dialog.camera_picker.itemText(i) for i in range(dialog.camera_picker.count())]
    assert labels == ["Integrated Camera", "Logitech BRIO 4K", "Photo or video file\u2026"]
    assert dialog.camera_picker.currentIndex() == 0  # the default camera, as the settings name none
    video = tmp_path / "walk-up.mp4"
    dialog.set_camera_file(str(video))
    assert dialog.camera_picker.currentText() == "Photo or video: walk-up.mp4"
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        dialog.save()
    assert StationConfig.load(session.config_path).camera_path == str(video)


def test_no_camera_says_so(make_dialog: Callable[..., SettingsDialog], qtbot: Any,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(camera_choice_module, "list_qt_cameras", lambda: [])
    monkeypatch.setattr(camera_choice_module, "_linux_has_no_video_devices", lambda: True)
    dialog = make_dialog()
    unlock(dialog, qtbot)
    wait_until(lambda: not dialog.camera_state.text().startswith("Looking"), timeout=10)
    assert dialog.camera_state.text().startswith("No camera found.")
    assert dialog.camera_picker.currentIndex() == -1
    assert dialog.changed_fields() == set()


def test_the_override_is_explained(make_dialog: Callable[..., SettingsDialog], session: Any, qtbot: Any,
                                   cameras: list[QtCameraInfo]) -> None:
    dialog = make_dialog(camera_choice=CameraChoice(session.config, override="0"))
    unlock(dialog, qtbot)
    dialog.show_section("camera")
    assert dialog.override_warning.isVisibleTo(dialog)
    assert "(0)" in dialog.override_warning.text()


def test_change_server_asks_the_controller(make_dialog: Callable[..., SettingsDialog], session: Any,
                                           qtbot: Any) -> None:
    dialog = make_dialog()
    unlock(dialog, qtbot)
    assert dialog.server_kind.text() == "The built-in service on this computer"
    with qtbot.waitSignal(dialog.changeServerRequested, timeout=2000):
        qtbot.mouseClick(dialog.change_server_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- what it looks like -------------------------------------------------------------------------------------


def test_screenshots(themed: None, station_context: Any, qtbot: Any, screenshots: Path,
                     cameras: list[QtCameraInfo]) -> None:
    session = station_context.session
    session.config.set_admin_pin(PIN)
    dialog = SettingsDialog(session, station_context.ops)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.open()
    type_pin(dialog, qtbot, "1111")
    wait_until(lambda: dialog.gate.wrong_tries == 1, timeout=10)
    dialog.gate.pin.setText("24")
    dialog.grab().save(str(screenshots / "settings-pin.png"))
    unlock(dialog, qtbot)
    assert session.base_url and session.base_url in dialog.server_address.text()
    for name in SettingsDialog.SECTIONS:
        dialog.show_section(name)
        dialog.grab().save(str(screenshots / f"settings-{name}.png"))
    # After saving the high-contrast theme, as the administrator sees the dialog next time.
    apply_theme(QApplication.instance(), "high-contrast")  # type: ignore[arg-type]
    dialog.show_section("appearance")
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    dialog.grab().save(str(screenshots / "settings-high-contrast.png"))
    dialog.show_section("times")
    dialog.grab().save(str(screenshots / "settings-high-contrast-times.png"))
    dialog.reject()


def test_keyboard_order_and_enter_saves(make_dialog: Callable[..., SettingsDialog], session: Any, qtbot: Any,
                                        cameras: list[QtCameraInfo]) -> None:
    dialog = make_dialog()
    unlock(dialog, qtbot)
    dialog.section_buttons["times"].setFocus()
    qtbot.keyClick(dialog.section_buttons["times"], Qt.Key.Key_Space)
    assert dialog.current_section == "times"
    order = [dialog.section_buttons[name] for name in SettingsDialog.SECTIONS] + [dialog.idle_lock]
    for widget, following in zip(order, order[1:]):
        assert _next_focusable(widget) is following
    dialog.idle_lock.setFocus()
    dialog.idle_lock.setValue(7)
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        qtbot.keyClick(dialog.idle_lock, Qt.Key.Key_Return)
    assert StationConfig.load(session.config_path).idle_lock_seconds == 7 * 60


def _next_focusable(widget: Any) -> Any:
    """The next visible, enabled widget in the focus chain that takes the focus at all (the offscreen platform
    gives buttons click focus only, so "takes Tab" cannot be asked here)."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget and not (candidate.isVisible() and candidate.isEnabled()
                                           and candidate.focusPolicy() != Qt.FocusPolicy.NoFocus):
        candidate = candidate.nextInFocusChain()
    return candidate


def test_closing_during_the_pin_check_drops_its_answer(make_dialog: Callable[..., SettingsDialog], qtbot: Any,
                                                       ops: Operations) -> None:
    problems: list[Any] = []
    ops.problemReported.connect(problems.append)
    dialog = make_dialog()
    type_pin(dialog, qtbot, PIN)
    assert dialog.gate.checking
    dialog.reject()
    wait_until(lambda: not ops.running, timeout=10)
    qtbot.wait(50)
    assert not dialog.unlocked and problems == []
