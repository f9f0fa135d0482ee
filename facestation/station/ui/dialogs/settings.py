"""Settings, behind the admin PIN: server, camera, photo checks, times, privacy, appearance, kiosk mode, and
copying the settings to other stations (export / import a file, facestation.station.core.settings_transfer).

The dialog opens on `PinGate` (the PIN is checked with argon2 in a worker: it takes a noticeable fraction of a
second on purpose). Once unlocked, a column of sections on the left and the chosen section on the right; Save
checks the values, writes the settings file in a worker, applies the theme at once and emits
`settingsChanged`; Cancel (or Escape) changes nothing. The controller listens for `settingsChanged` (restart
the camera, re-arm the timers, switch kiosk mode) and `changeServerRequested` (run the first-run setup again).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facestation.station.core.camera.sources import IMAGE_SUFFIXES, VIDEO_SUFFIXES
from facestation.station.core.config import (
    DEFAULT_CONSENT_TEXT,
    THEMES,
    ConfigError,
    StationConfig,
    default_config_path,
)
from facestation.station.core.pin_throttle import (
    PinThrottle,
    shared_throttle,
    throttle_path_for,
)
from facestation.station.core.session import Session
from facestation.station.core.settings_transfer import (
    ImportPlan,
    SettingsFileError,
    load_import,
    write_settings_file,
)
from facestation.station.ui.camera_choice import CameraChoice, CameraOption
from facestation.station.ui.dialogs import (
    field_label,
    mark_invalid,
    password_field,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import BusyBar, Operations, OpHandle, Problem
from facestation.station.ui.theme import apply_theme
from facestation.station.ui.translations import available_languages

__all__ = ["PinGate", "SettingsDialog"]

RESOLUTIONS: tuple[tuple[int, int], ...] = ((640, 480), (1280, 720), (1920, 1080))
CONTROL_HEIGHT = 48


def size_key(size: tuple[int, int]) -> str:
    """The resolution picker's item data for a size: "1280x720" (a tuple would not survive Qt's QVariant)."""
    return f"{size[0]}x{size[1]}"


def _parse_size(key: str) -> tuple[int, int]:
    width, height = key.split("x")
    return int(width), int(height)


def _touch_sized(widget: QWidget) -> QWidget:
    widget.setMinimumHeight(CONTROL_HEIGHT)
    return widget


def _grid() -> QGridLayout:
    """Labels on the left, fields (with their explanations) on the right, as wide as the page allows."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(14)
    grid.setColumnStretch(1, 1)
    return grid


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(16)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class PinGate(QWidget):
    """Asks for the admin PIN; `unlocked` when it is right, `cancelled` on Cancel. The check runs in a worker
    (`ops.run_blocking(config.check_admin_pin, pin)`); a wrong PIN is said under the field. Every PIN prompt of
    the station counts its wrong tries in one `PinThrottle` (a file next to the settings at `settings_path`):
    after a few, the next try has to wait, with a countdown, in this prompt and in any prompt opened later."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, config: StationConfig, ops: Operations, parent: QWidget | None = None, *,
                 settings_path: Path | None = None, throttle: PinThrottle | None = None,
                 wording: Callable[[], tuple[str, str, str]] | None = None) -> None:
        """`wording` gives (title, purpose, button text) for a prompt that does not open the settings."""
        super().__init__(parent)
        self.setObjectName("pinGate")
        self.wording = wording
        self.config = config
        self.ops = ops
        self.throttle = throttle or shared_throttle(throttle_path_for(settings_path or default_config_path()))
        self._handle: OpHandle | None = None
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self.refresh_wait)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = role_label("title", self)
        self.intro = role_label("subtitle", self)
        form = _form()
        self.pin = password_field(self)
        self.pin.setObjectName("adminPin")
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.setMaxLength(12)
        self.pin.setMaximumWidth(320)
        _touch_sized(self.pin)
        self.pin_label = QLabel(self)
        field_label(self.pin_label, self.pin)
        self.pin_label.setMinimumHeight(CONTROL_HEIGHT)
        form.addRow(self.pin_label, self.pin)
        self.message = role_label("error", self)
        self.message.setObjectName("pinMessage")
        self.hint = role_label("hint", self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = _touch_sized(QPushButton(self))
        self.cancel_button.setObjectName("pinCancel")
        self.unlock_button = primary_button(self)
        self.unlock_button.setObjectName("pinUnlock")
        self.unlock_button.setMinimumHeight(64)
        self.unlock_button.setMinimumWidth(200)
        row.addWidget(self.cancel_button)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.cancelled)
        self.unlock_button.clicked.connect(self.submit)
        self.retranslate_ui()
        show_message(self.message, "")
        self.refresh_wait()  # wrong tries in an earlier prompt (or run) still count

    @property
    def wrong_tries(self) -> int:
        return self.throttle.wrong_tries

    def retranslate_ui(self) -> None:
        # A prompt for something other than the settings (PinDialog) gives its own title, purpose and button
        # through `wording`; asked here, so a language change (which reaches this widget too) keeps them.
        title, intro, unlock = self.wording() if self.wording is not None else (
            self.tr("Settings"),
            self.tr("The settings are for the administrator. Type the admin PIN to open them."),
            self.tr("Open settings"))
        self.title.setText(title)
        self.intro.setText(intro)
        self.pin_label.setText(self.tr("Admin &PIN"))
        self.hint.setText(self.tr("Do not know the PIN? Ask your administrator. Press Cancel to go back to work."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.unlock_button.setText(unlock)

    def reset(self) -> None:
        """Empty field, no message: ready for the next try (the waiting time after wrong tries stays)."""
        self.pin.clear()
        mark_invalid(self.pin, False)
        if not self._wait_timer.isActive():
            show_message(self.message, "")
        self.pin.setFocus()

    @property
    def checking(self) -> bool:
        return self._handle is not None and not self._handle.done

    def cancel_check(self) -> None:
        """Forget a check still running (the dialog closes): its answer must not reach closed widgets."""
        if self._handle is not None:
            self._handle.cancel()

    @Slot()
    def submit(self) -> None:
        if self.checking or self._wait_timer.isActive():
            return
        if self.throttle.wait_seconds():  # a wrong try in another prompt, or in another run of the station
            self.refresh_wait()
            return
        pin = self.pin.text()
        if not pin:
            mark_invalid(self.pin, True)
            show_message(self.message, self.tr("Type the admin PIN first."))
            return
        self._set_checking(True)
        self._handle = self.ops.run_blocking(
            self.config.check_admin_pin, pin, on_success=self._checked, on_error=self._check_failed,
            busy=self.tr("Checking the PIN\u2026"))
        self._handle.finished.connect(lambda: self._set_checking(False))

    def _set_checking(self, checking: bool) -> None:
        waiting = self._wait_timer.isActive()
        self.pin.setEnabled(not checking and not waiting)
        self.unlock_button.setEnabled(not checking and not waiting)

    def _checked(self, right: bool) -> None:
        self.pin.clear()
        if right:
            self.throttle.record_right()
            mark_invalid(self.pin, False)
            show_message(self.message, "")
            self.unlocked.emit()
            return
        mark_invalid(self.pin, True)
        if not self.throttle.record_wrong():
            show_message(self.message, self.tr("That PIN is not right. Type it again."))
        self.refresh_wait()

    def _check_failed(self, problem: Problem) -> None:
        show_message(self.message, problem.text)

    @Slot()
    def refresh_wait(self) -> None:
        """Say how long the next try waits (the one-second timer calls it), or free the field when it is over."""
        left = self.throttle.wait_seconds()
        if left:
            if left < 120:
                text = self.tr("That PIN is not right. Wait {0} seconds before trying again.").format(left)
            else:
                text = self.tr("That PIN is not right. Wait {0} minutes before trying again.").format(
                    (left + 59) // 60)
            show_message(self.message, text)
            if not self._wait_timer.isActive():
                self._wait_timer.start()
            self._set_checking(self.checking)
            return
        if self._wait_timer.isActive():
            self._wait_timer.stop()
            self._set_checking(self.checking)
            show_message(self.message, self.tr("You can type the PIN again."))
            self.pin.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SettingsDialog(QDialog):
    """The station's settings. Open it with `open()`; it asks for the admin PIN first (when one is set).

    Signals: `settingsChanged` after Save wrote the file and applied the theme (the session's config holds the
    new values); `changeServerRequested` when the administrator wants to set the server up again (the dialog
    closes without saving)."""

    settingsChanged = Signal()
    changeServerRequested = Signal()

    PAGE_PIN, PAGE_SETTINGS = range(2)
    SECTIONS = ("server", "camera", "checks", "times", "privacy", "appearance", "kiosk", "transfer")

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None, *,
                 camera_choice: CameraChoice | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.session = session
        self.ops = ops
        self.camera_choice = camera_choice if camera_choice is not None else CameraChoice(session.config)
        self._save_handle: OpHandle | None = None
        self.saved_fields: list[str] = []  # the fields the last save changed (names only)
        self._probe_handle: OpHandle | None = None
        self._camera_index = 0  # the picker's entry before "Photo or video file…" was chosen
        self._file_dialog: QFileDialog | None = None
        self._transfer_handle: OpHandle | None = None
        self.import_plan: ImportPlan | None = None  # a settings file read and shown, waiting for "Use these"
        self._initial: dict[str, object] = {}
        self.resize(1000, 700)
        self.setMinimumSize(820, 600)
        # A check box's box big enough to hit with a finger (the size only: the theme keeps its colours).
        # Combo and spin boxes are drawn natively (light) in every theme, so their text keeps the palette's dark colour
        # instead of the theme's (white in the dark themes would vanish on them).
        self.setStyleSheet(
            "QCheckBox::indicator { width: 24px; height: 24px; } QCheckBox { spacing: 12px; } "
            "QComboBox, QComboBox QAbstractItemView, QAbstractSpinBox { color: palette(text); }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)

        gate_page = QWidget(self.pages)
        gate_layout = QVBoxLayout(gate_page)
        gate_layout.setContentsMargins(32, 28, 32, 20)
        self.gate = PinGate(session.config, ops, gate_page, settings_path=session.config_path)
        gate_layout.addWidget(self.gate)
        self.pages.addWidget(gate_page)
        self.gate.unlocked.connect(self.unlock)
        self.gate.cancelled.connect(self.reject)

        self._build_settings_page()
        self.busy_bar = BusyBar(ops, self)
        self.busy_bar.setContentsMargins(24, 0, 24, 8)
        layout.addWidget(self.busy_bar)
        self.retranslate_ui()
        self.load_from_config()
        if session.config.has_admin_pin:
            self._show(self.PAGE_PIN)
        else:  # a station set up without a PIN (not possible through the first run): nothing to ask
            self.unlock()

    # -- building ----------------------------------------------------------------------------------------

    def _build_settings_page(self) -> None:
        page = QWidget(self.pages)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QHBoxLayout()
        body.setSpacing(0)
        self.navigation = QWidget(page)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(250)
        nav = QVBoxLayout(self.navigation)
        nav.setContentsMargins(14, 20, 14, 16)
        nav.setSpacing(8)
        self.nav_title = role_label("title", self.navigation, wrap=False)
        nav.addWidget(self.nav_title)
        nav.addSpacing(8)
        self.section_group = QButtonGroup(self)
        self.section_group.setExclusive(True)
        self.section_buttons: dict[str, QPushButton] = {}
        self.sections = QStackedWidget(page)
        self.section_pages: dict[str, QWidget] = {}
        builders = {"server": self._build_server, "camera": self._build_camera, "checks": self._build_checks,
                    "times": self._build_times, "privacy": self._build_privacy, "appearance": self._build_appearance, "kiosk": self._build_kiosk,
                    "transfer": self._build_transfer}
        # Every section button first, then the sections: Tab goes down the column, then into the section shown.
        for index, name in enumerate(self.SECTIONS):
            button = QPushButton(self.navigation)
            button.setObjectName(f"section_{name}")
            button.setProperty("role", "nav")
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.section_group.addButton(button, index)
            self.section_buttons[name] = button
            nav.addWidget(button)
        for name in self.SECTIONS:
            section = QWidget(self.sections)
            section.setObjectName(f"settings_{name}")
            section_layout = QVBoxLayout(section)
            section_layout.setContentsMargins(28, 24, 28, 12)
            section_layout.setSpacing(12)
            builders[name](section, section_layout)
            section_layout.addStretch(1)
            self.sections.addWidget(section)
            self.section_pages[name] = section
        nav.addStretch(1)
        self.section_group.idClicked.connect(lambda index: self.show_section(self.SECTIONS[index]))
        body.addWidget(self.navigation)
        body.addWidget(self.sections, 1)
        outer.addLayout(body, 1)

        footer = QVBoxLayout()
        footer.setContentsMargins(24, 8, 24, 16)
        footer.setSpacing(8)
        self.save_error = role_label("error", page)
        self.save_error.setObjectName("saveError")
        footer.addWidget(self.save_error)
        row = QHBoxLayout()
        self.footer_hint = role_label("hint", page)
        row.addWidget(self.footer_hint, 1)
        self.cancel_button = _touch_sized(QPushButton(page))
        self.cancel_button.setObjectName("settingsCancel")
        self.save_button = primary_button(page)
        self.save_button.setObjectName("settingsSave")
        self.save_button.setMinimumHeight(64)
        self.save_button.setMinimumWidth(180)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        footer.addLayout(row)
        outer.addLayout(footer)
        self.pages.addWidget(page)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        show_message(self.save_error, "")

    def _section_head(self, section: QWidget, layout: QVBoxLayout, name: str) -> tuple[QLabel, QLabel]:
        title = role_label("title", section)
        title.setObjectName(f"{name}Title")
        intro = role_label("subtitle", section)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        return title, intro

    def _build_server(self, section: QWidget, layout: QVBoxLayout) -> None:
        self.server_title, self.server_intro = self._section_head(section, layout, "server")
        form = _form()
        self.server_kind_label, self.server_address_label = QLabel(section), QLabel(section)
        self.server_kind = QLabel(section)
        self.server_kind.setObjectName("serverKind")
        self.server_kind.setWordWrap(True)
        self.server_address = QLabel(section)
        self.server_address.setObjectName("serverAddress")
        self.server_address.setWordWrap(True)
        self.server_address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for value in (self.server_kind, self.server_address):
            value.setStyleSheet("font-weight: 600;")
        form.addRow(self.server_kind_label, self.server_kind)
        form.addRow(self.server_address_label, self.server_address)
        layout.addLayout(form)
        layout.addSpacing(12)
        self.change_server_button = _touch_sized(QPushButton(section))
        self.change_server_button.setObjectName("changeServer")
        row = QHBoxLayout()
        row.addWidget(self.change_server_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.change_server_hint = role_label("hint", section)
        layout.addWidget(self.change_server_hint)
        self.change_server_button.clicked.connect(self._change_server)

    def _build_transfer(self, section: QWidget, layout: QVBoxLayout) -> None:
        """Export / import of the portable settings (settings_transfer): one kiosk seeds the next."""
        self.transfer_title, self.transfer_intro = self._section_head(section, layout, "transfer")
        row = QHBoxLayout()
        self.export_button = _touch_sized(QPushButton(section))
        self.export_button.setObjectName("exportSettings")
        self.import_button = _touch_sized(QPushButton(section))
        self.import_button.setObjectName("importSettings")
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.transfer_hint = role_label("hint", section)
        layout.addWidget(self.transfer_hint)
        self.transfer_message = role_label("hint", section)
        self.transfer_message.setObjectName("transferMessage")
        self.transfer_message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.transfer_message)
        self.transfer_error = role_label("error", section)
        self.transfer_error.setObjectName("transferError")
        layout.addWidget(self.transfer_error)
        # The changes a file makes can be a dozen lines: a box that scrolls, so the buttons stay in view.
        self.import_preview = QPlainTextEdit(section)
        self.import_preview.setObjectName("importPreview")
        self.import_preview.setReadOnly(True)
        self.import_preview.setMinimumHeight(140)
        layout.addWidget(self.import_preview, 10)  # takes the room the section's closing stretch would
        row = QHBoxLayout()
        self.discard_import_button = _touch_sized(QPushButton(section))
        self.discard_import_button.setObjectName("discardImport")
        self.apply_import_button = primary_button(section)
        self.apply_import_button.setObjectName("applyImport")
        self.apply_import_button.setMinimumHeight(64)
        row.addWidget(self.discard_import_button)
        row.addWidget(self.apply_import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.export_button.clicked.connect(self._ask_export_file)
        self.import_button.clicked.connect(self._ask_import_file)
        self.apply_import_button.clicked.connect(self.apply_import)
        self.discard_import_button.clicked.connect(self.discard_import)
        self._show_import_plan(None)
        show_message(self.transfer_message, "")
        show_message(self.transfer_error, "")

    def _row(self, grid: QGridLayout, label: QLabel, field: QWidget, hint: QLabel | None = None) -> None:
        """A labelled field with its explanation right under it; the label stays level with the field."""
        field_label(label, field)
        label.setFixedHeight(CONTROL_HEIGHT)
        row = grid.rowCount() if grid.count() else 0
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(field)
        if hint is not None:
            column.addWidget(hint)
        grid.addLayout(column, row, 1)

    def _build_camera(self, section: QWidget, layout: QVBoxLayout) -> None:
        self.camera_title, self.camera_intro = self._section_head(section, layout, "camera")
        form = _grid()
        self.camera_picker = _touch_sized(QComboBox(section))
        self.camera_picker.setObjectName("cameraPicker")
        self.camera_picker.setMaximumWidth(520)
        self.resolution_picker = _touch_sized(QComboBox(section))
        self.resolution_picker.setObjectName("resolutionPicker")
        self.resolution_picker.setMaximumWidth(520)
        self.camera_label, self.resolution_label = QLabel(section), QLabel(section)
        self.camera_state = role_label("hint", section)
        self.camera_state.setObjectName("cameraState")
        self._row(form, self.camera_label, self.camera_picker, self.camera_state)
        self._row(form, self.resolution_label, self.resolution_picker)
        layout.addLayout(form)
        layout.addSpacing(8)
        self.mirror = _touch_sized(QCheckBox(section))
        self.mirror.setObjectName("mirrorPreview")
        layout.addWidget(self.mirror)
        self.mirror_hint = role_label("hint", section)
        self.mirror_hint.setContentsMargins(36, 0, 0, 0)  # under the check box's text, not its box
        layout.addWidget(self.mirror_hint)
        self.override_warning = role_label("warning", section)
        self.override_warning.setObjectName("cameraOverride")
        layout.addWidget(self.override_warning)
        self.camera_picker.activated.connect(self._camera_picked)

    def _build_checks(self, section: QWidget, layout: QVBoxLayout) -> None:
        self.checks_title, self.checks_intro = self._section_head(section, layout, "checks")
        self.auto_capture = _touch_sized(QCheckBox(section))
        self.auto_capture.setObjectName("autoCapture")
        layout.addWidget(self.auto_capture)
        form = _grid()
        self.frames = _touch_sized(QSpinBox(section))
        self.frames.setObjectName("autoCaptureFrames")
        self.frames.setRange(1, 60)
        self.stillness = _touch_sized(QDoubleSpinBox(section))
        self.stillness.setObjectName("autoCaptureStillness")
        # Below 2.5 % the gate's per-frame limit (0.8 x this, in inter-eye distances) is under dlib's landmark
        # jitter on a face that is really still, so nobody would be captured; above 25 % a person may step
        # half an eye distance aside during the countdown.
        self.stillness.setRange(2.5, 25.0)
        self.stillness.setDecimals(1)
        self.stillness.setSingleStep(0.5)
        for spin in (self.frames, self.stillness):
            spin.setMaximumWidth(220)
        self.frames_label, self.stillness_label = QLabel(section), QLabel(section)
        self.frames_hint, self.stillness_hint = role_label("hint", section), role_label("hint", section)
        self._row(form, self.frames_label, self.frames, self.frames_hint)
        self._row(form, self.stillness_label, self.stillness, self.stillness_hint)
        layout.addLayout(form)
        self.auto_capture.toggled.connect(self._auto_capture_toggled)
        self.frames.valueChanged.connect(self._update_frames_hint)

    def _build_times(self, section: QWidget, layout: QVBoxLayout) -> None:
        self.times_title, self.times_intro = self._section_head(section, layout, "times")
        form = _grid()
        self.idle_lock = _touch_sized(QSpinBox(section))
        self.idle_lock.setObjectName("idleLockMinutes")
        self.idle_lock.setRange(0, 24 * 60)
        self.result_clear = _touch_sized(QSpinBox(section))
        self.result_clear.setObjectName("resultClearSeconds")
        self.result_clear.setRange(0, 3600)
        for spin in (self.idle_lock, self.result_clear):
            spin.setMaximumWidth(220)
        self.idle_lock_label, self.result_clear_label = QLabel(section), QLabel(section)
        self.idle_lock_hint, self.result_clear_hint = role_label("hint", section), role_label("hint", section)
        self._row(form, self.idle_lock_label, self.idle_lock, self.idle_lock_hint)
        self._row(form, self.result_clear_label, self.result_clear, self.result_clear_hint)
        layout.addLayout(form)

    def _build_appearance(self, section: QWidget, layout: QVBoxLayout) -> None:
        self.appearance_title, self.appearance_intro = self._section_head(section, layout, "appearance")
        form = _grid()
        self.language = _touch_sized(QComboBox(section))
        self.language.setObjectName("language")
        self.theme = _touch_sized(QComboBox(section))
        self.theme.setObjectName("theme")
        for combo in (self.language, self.theme):
            combo.setMaximumWidth(360)
        self.language_label, self.theme_label = QLabel(section), QLabel(section)
        self.language_hint = role_label("hint", section)
        self.theme_hint = role_label("hint", section)
        self._row(form, self.language_label, self.language, self.language_hint)
        self._row(form, self.theme_label, self.theme, self.theme_hint)
        layout.addLayout(form)
        self.language.addItem("", None)  # the computer's language
        for code, name in available_languages().items():
            self.language.addItem(name, code)
        for theme in THEMES:
            self.theme.addItem("", theme)

    def _build_privacy(self, section: QWidget, layout: QVBoxLayout) -> None:
        self.privacy_title, self.privacy_intro = self._section_head(section, layout, "privacy")
        self.consent_required = _touch_sized(QCheckBox(section))
        self.consent_required.setObjectName("consentRequired")
        layout.addWidget(self.consent_required)
        self.consent_text_label = QLabel(section)
        self.consent_text = _touch_sized(QLineEdit(section))
        self.consent_text.setObjectName("consentText")
        self.consent_text.setMaxLength(300)
        self.consent_text_label.setBuddy(self.consent_text)
        layout.addWidget(self.consent_text_label)
        layout.addWidget(self.consent_text)
        self.consent_hint = role_label("hint", section)
        layout.addWidget(self.consent_hint)
        self.consent_required.toggled.connect(self.consent_text.setEnabled)

    def _build_kiosk(self, section: QWidget, layout: QVBoxLayout) -> None:
        self.kiosk_title, self.kiosk_intro = self._section_head(section, layout, "kiosk")
        self.kiosk = _touch_sized(QCheckBox(section))
        self.kiosk.setObjectName("kiosk")
        layout.addWidget(self.kiosk)
        self.kiosk_hint = role_label("hint", section)
        self.kiosk_hint.setContentsMargins(36, 0, 0, 0)
        layout.addWidget(self.kiosk_hint)

    # -- texts -------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("FaceStation: settings"))
        self.gate.retranslate_ui()
        self.nav_title.setText(self.tr("Settings"))
        names = {"server": self.tr("&Server"), "camera": self.tr("&Camera"), "checks": self.tr("&Photo checks"),
                 "times": self.tr("&Times"), "privacy": self.tr("P&rivacy"), "appearance": self.tr("&Appearance"), "kiosk": self.tr("&Kiosk mode"),
                 "transfer": self.tr("Cop&y settings")}
        for name, text in names.items():
            self.section_buttons[name].setText(text)
        self.footer_hint.setText(self.tr("Save keeps the changes on every section; Cancel forgets them."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))

        self.server_title.setText(self.tr("Server"))
        self.server_intro.setText(self.tr("Where this station checks faces and keeps the records."))
        self.server_kind_label.setText(self.tr("Service"))
        self.server_address_label.setText(self.tr("Address"))
        self.change_server_button.setText(self.tr("Cha&nge server\u2026"))
        self.change_server_hint.setText(self.tr(
            "Sets up the connection again, as on the first start. Changes on the other sections that are not "
            "saved yet are forgotten, and the operator signs in again afterwards."))
        self._update_server_texts()
        self.transfer_title.setText(self.tr("Copy to other stations"))
        self.transfer_intro.setText(self.tr(
            "Set up one station, export its settings to a file, and import that file on the next station."))
        self.export_button.setText(self.tr("E&xport settings\u2026"))
        self.import_button.setText(self.tr("&Import settings\u2026"))
        self.transfer_hint.setText(self.tr(
            "The file holds the camera quality, photo checks, times, privacy, look and kiosk mode. It never holds "
            "the admin PIN, passwords or the client secret; each station keeps its own server and camera."))
        self.apply_import_button.setText(self.tr("&Use these settings"))
        self.discard_import_button.setText(self.tr("&Do not import"))
        self._show_import_plan(self.import_plan)

        self.camera_title.setText(self.tr("Camera"))
        self.camera_intro.setText(self.tr("The camera that takes the portraits. Choose a photo or video file to "
                                          "try the station without a camera."))
        self.camera_label.setText(self.tr("Camera to &use"))
        self.resolution_label.setText(self.tr("&Resolution"))
        self.mirror.setText(self.tr("&Mirror the preview"))
        self.mirror_hint.setText(self.tr("People see themselves as in a mirror, which feels natural. The photo "
                                         "that is saved is never mirrored."))
        self._retranslate_resolutions()
        self._update_camera_texts()

        self.checks_title.setText(self.tr("Photo checks"))
        self.checks_intro.setText(self.tr("When every check passes, the station can take the photo by itself."))
        self.auto_capture.setText(self.tr("Take the photo a&utomatically when every check passes"))
        self.frames_label.setText(self.tr("&Frames to hold still"))
        self.frames.setSuffix(self.tr(" frames"))
        self.stillness_label.setText(self.tr("Allowed &movement"))
        self.stillness.setSuffix(self.tr(" %"))
        self.stillness_hint.setText(self.tr(
            "How far the face may drift while the photo is being taken, as a share of the face's width. "
            "Smaller is stricter; the default, 7.5 %, allows for breathing and a slight sway."))
        self._update_frames_hint()

        self.times_title.setText(self.tr("Times"))
        self.times_intro.setText(self.tr("When the station clears the screen by itself, for privacy."))
        self.idle_lock_label.setText(self.tr("&Lock the station after"))
        self.idle_lock.setSuffix(self.tr(" minutes"))
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        self.idle_lock_hint.setText(self.tr(
            "Without a touch or key press for this long, the operator is signed out. 0 means never."))
        self.result_clear_label.setText(self.tr("Clear a &result after"))
        self.result_clear.setSuffix(self.tr(" seconds"))
        self.result_clear.setSpecialValueText(self.tr("Never"))
        self.result_clear_hint.setText(self.tr(
            "A check's result (name, photo, match) disappears from the screen after this long. 0 means never."))

        self.appearance_title.setText(self.tr("Appearance"))
        self.appearance_intro.setText(self.tr("The language and colours of the station."))
        self.language_label.setText(self.tr("&Language"))
        self.language.setItemText(0, self.tr("Same as this computer"))
        self.language_hint.setText(self.tr("The new language shows as soon as you save."))
        self.theme_label.setText(self.tr("T&heme"))
        theme_names = {"light": self.tr("Light"), "dark": self.tr("Dark"), "high-contrast": self.tr("High contrast")}
        for index in range(self.theme.count()):
            self.theme.setItemText(index, theme_names.get(self.theme.itemData(index), self.theme.itemData(index)))
        self.theme_hint.setText(self.tr("High contrast: white and yellow on black, for people who see less well. "
                                        "The new colours show as soon as you save."))

        self.privacy_title.setText(self.tr("Privacy"))
        self.privacy_intro.setText(self.tr("What the operator confirms before a person's face is stored."))
        self.consent_required.setText(self.tr("Ask for the person's &consent before enrolling"))
        self.consent_text_label.setText(self.tr("&What the operator confirms"))
        self.consent_hint.setText(self.tr(
            "The Enrol page shows this sentence with a tick box; Enrol works only once it is ticked, and the "
            "activity log records that it was."))

        self.kiosk_title.setText(self.tr("Kiosk mode"))
        self.kiosk_intro.setText(self.tr("For a station that stands at the desk all day."))
        self.kiosk.setText(self.tr("&Full-screen kiosk mode"))
        self.kiosk_hint.setText(self.tr(
            "The station fills the screen and cannot be closed or left without the admin PIN. Turn it off to "
            "use the computer for other things."))

    def _update_server_texts(self) -> None:
        session = self.session
        if session.kind == "hosted":
            self.server_kind.setText(self.tr("FaceCheck hosted service"))
            self.server_address.setText(session.config.hosted_endpoint)
        elif session.kind == "local":
            self.server_kind.setText(self.tr("The built-in service on this computer"))
            self.server_address.setText(session.base_url or self.tr("not running at the moment (it starts with "
                                                                    "the station)"))
        else:
            self.server_kind.setText(self.tr("Not set up yet"))
            self.server_address.setText("\u2014")

    def _retranslate_resolutions(self) -> None:
        notes = {(640, 480): self.tr("{0} \u00d7 {1} (fastest)"), (1280, 720): self.tr("{0} \u00d7 {1} (recommended)"),
                 (1920, 1080): self.tr("{0} \u00d7 {1} (sharpest, slower)")}
        for index in range(self.resolution_picker.count()):
            width, height = _parse_size(self.resolution_picker.itemData(index))
            template = notes.get((width, height), self.tr("{0} \u00d7 {1}"))
            self.resolution_picker.setItemText(index, template.format(width, height))

    def _update_frames_hint(self) -> None:
        seconds = self.frames.value() / 15
        self.frames_hint.setText(self.tr(
            "How many checked frames in a row must pass with the head still: {0} is about {1:.1f} s. More is "
            "steadier but slower.").format(self.frames.value(), seconds))

    def _update_camera_texts(self) -> None:
        choice = self.camera_choice
        show_message(self.override_warning, self.tr(
            "This station was started with a camera of its own choosing ({0}): it uses that one until it is "
            "started without it. The choice here is kept for then.").format(choice.override)
            if choice.override else "")
        if self._probe_handle is not None and not self._probe_handle.done:
            self.camera_state.setText(self.tr("Looking for cameras\u2026"))
        elif not any(option.kind in ("qt", "opencv") for option in self._camera_options()):
            self.camera_state.setText(self.tr(
                "No camera found. Connect a USB camera and open the settings again, or choose a photo or video "
                "file."))
        else:
            self.camera_state.setText(self.tr("The camera starts again with the new choice when you save."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- navigation --------------------------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.gate.unlock_button.setDefault(page == self.PAGE_PIN)
        self.save_button.setDefault(page == self.PAGE_SETTINGS)
        if page == self.PAGE_PIN:
            self.gate.reset()

    @property
    def unlocked(self) -> bool:
        return self.pages.currentIndex() == self.PAGE_SETTINGS

    @Slot()
    def unlock(self) -> None:
        """The PIN was right: show the settings, filled from the current config."""
        self.load_from_config()
        self._show(self.PAGE_SETTINGS)
        self.show_section("server")
        self._probe_opencv_if_needed()

    def show_section(self, name: str) -> None:
        self.section_buttons[name].setChecked(True)
        self.sections.setCurrentWidget(self.section_pages[name])

    @property
    def current_section(self) -> str:
        return self.SECTIONS[self.sections.currentIndex()]

    def reject(self) -> None:
        if self.saving:
            return  # the file is being written: Escape waits for it, like the disabled Cancel button
        super().reject()

    def done(self, result: int) -> None:
        self.gate.cancel_check()
        if self._probe_handle is not None:
            self._probe_handle.cancel()
        super().done(result)

    @Slot()
    def _change_server(self) -> None:
        self.changeServerRequested.emit()
        self.reject()

    # -- the fields and the config -----------------------------------------------------------------------

    def _camera_options(self) -> list[CameraOption]:
        return [self.camera_picker.itemData(index) for index in range(self.camera_picker.count())]

    def _fill_camera_picker(self, selected: tuple[str, str] | None) -> None:
        """The picker's entries from the camera choice; `selected` (kind, key) or the default camera."""
        self.camera_picker.clear()
        options = self.camera_choice.options()
        for option in options:
            self.camera_picker.addItem(option.label, option)
        index = -1
        if selected is not None:
            index = next((i for i, option in enumerate(options) if (option.kind, option.key) == selected), -1)
            if index < 0 and selected[0] in ("qt", "opencv"):
                # The chosen camera is not connected: keep it as an entry, so saving does not lose it.
                self.camera_picker.insertItem(0, self.tr("Chosen camera (not connected)"),
                                              CameraOption(selected[0], selected[1], ""))  # type: ignore[arg-type]
                index = 0
        if index < 0:
            index = next((i for i, option in enumerate(options) if option.kind in ("qt", "opencv", "file")), 0)
            if options[index].kind == "choose-file":
                index = -1  # nothing to choose but a file: leave the picker empty rather than open a file dialog
        self.camera_picker.setCurrentIndex(index)
        self._camera_index = index

    def _selected_camera(self) -> tuple[str, str] | None:
        option = self.camera_picker.currentData()
        if not isinstance(option, CameraOption) or option.kind == "choose-file":
            return None
        return option.kind, option.key

    def load_from_config(self) -> None:
        """Every field from the session's config (and the camera choice)."""
        config = self.session.config
        self._fill_camera_picker(self.camera_choice.current_key())
        self.resolution_picker.clear()
        sizes = list(RESOLUTIONS)
        if tuple(config.resolution) not in sizes:
            sizes.append(tuple(config.resolution))  # type: ignore[arg-type]
        for size in sizes:
            self.resolution_picker.addItem("", size_key(size))
        self._retranslate_resolutions()
        self.resolution_picker.setCurrentIndex(sizes.index(tuple(config.resolution)))  # type: ignore[arg-type]
        self.mirror.setChecked(config.mirror_preview)
        self.auto_capture.setChecked(config.auto_capture)
        self.frames.setValue(config.auto_capture_frames)
        self.stillness.setValue(config.auto_capture_stillness * 100)
        self.idle_lock.setValue(round(config.idle_lock_seconds / 60))
        self.result_clear.setValue(config.result_clear_seconds)
        language = self.language.findData(config.language)
        if language < 0 and config.language is not None:
            self.language.addItem(config.language, config.language)  # a translation that is not installed
            language = self.language.count() - 1
        self.language.setCurrentIndex(max(language, 0))
        self.theme.setCurrentIndex(max(self.theme.findData(config.theme), 0))
        self.kiosk.setChecked(config.kiosk)
        self.consent_required.setChecked(config.consent_required)
        self.consent_text.setText(config.consent_text)
        self.consent_text.setEnabled(config.consent_required)
        self._auto_capture_toggled(config.auto_capture)
        self._initial = self._field_values()
        self._update_server_texts()
        self._update_camera_texts()
        show_message(self.save_error, "")

    def _field_values(self) -> dict[str, object]:
        return {
            "camera": self._selected_camera(), "resolution": self.resolution_picker.currentData(),
            "mirror": self.mirror.isChecked(), "auto_capture": self.auto_capture.isChecked(),
            "frames": self.frames.value(), "stillness": round(self.stillness.value(), 1),
            "idle_lock": self.idle_lock.value(), "result_clear": self.result_clear.value(),
            "language": self.language.currentData(), "theme": self.theme.currentData(),
            "kiosk": self.kiosk.isChecked(), "consent_required": self.consent_required.isChecked(),
            "consent_text": self.consent_text.text().strip(),
        }

    def changed_fields(self) -> set[str]:
        """The fields that differ from the config they were loaded from."""
        now = self._field_values()
        return {name for name, value in now.items() if self._initial.get(name) != value}

    def settings_from_fields(self) -> StationConfig:
        """A copy of the session's config with the changed fields applied (unchanged fields keep their exact
        values, e.g. an idle time that is not a whole number of minutes)."""
        config = copy.deepcopy(self.session.config)
        values = self._field_values()
        changed = self.changed_fields()
        if "camera" in changed and values["camera"] is not None:
            kind, key = values["camera"]  # type: ignore[misc]
            if kind == "file":
                config.camera_path = key
            else:
                config.camera_path = None
                config.camera_id = key
        if "resolution" in changed:
            config.resolution = _parse_size(str(values["resolution"]))
        if "mirror" in changed:
            config.mirror_preview = bool(values["mirror"])
        if "auto_capture" in changed:
            config.auto_capture = bool(values["auto_capture"])
        if "frames" in changed:
            config.auto_capture_frames = int(values["frames"])  # type: ignore[call-overload]
        if "stillness" in changed:
            config.auto_capture_stillness = round(float(values["stillness"]) / 100, 4)  # type: ignore[arg-type]
        if "idle_lock" in changed:
            config.idle_lock_seconds = int(values["idle_lock"]) * 60  # type: ignore[call-overload]
        if "result_clear" in changed:
            config.result_clear_seconds = int(values["result_clear"])  # type: ignore[call-overload]
        if "language" in changed:
            config.language = values["language"]  # type: ignore[assignment]
        if "theme" in changed:
            config.theme = values["theme"]  # type: ignore[assignment]
        if "kiosk" in changed:
            config.kiosk = bool(values["kiosk"])
        if "consent_required" in changed:
            config.consent_required = bool(values["consent_required"])
        if "consent_text" in changed:
            config.consent_text = str(values["consent_text"]) or DEFAULT_CONSENT_TEXT
        return config

    # -- camera picker -----------------------------------------------------------------------------------

    @Slot(int)
    def _camera_picked(self, index: int) -> None:
        option = self.camera_picker.itemData(index)
        if isinstance(option, CameraOption) and option.kind == "choose-file":
            self._ask_for_file()
        else:
            self._camera_index = index

    def _ask_for_file(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES | VIDEO_SUFFIXES))
        dialog = QFileDialog(self, self.tr("Choose a photo or video"))
        dialog.setObjectName("cameraFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Photos and videos ({0})").format(patterns), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.set_camera_file)
        dialog.rejected.connect(lambda: self.camera_picker.setCurrentIndex(self._camera_index))
        self._file_dialog = dialog
        dialog.open()

    @Slot(str)
    def set_camera_file(self, path: str) -> None:
        """Use a photo or video file instead of a camera (selected in the picker; saved with Save)."""
        for index, option in enumerate(self._camera_options()):
            if option.kind == "file":
                self.camera_picker.removeItem(index)
                break
        position = self.camera_picker.count() - 1  # before "Photo or video file…"
        self.camera_picker.insertItem(position, CameraChoice.file_label(path), CameraOption("file", path,
                                                                                         CameraChoice.file_label(path)))
        self.camera_picker.setCurrentIndex(position)
        self._camera_index = position

    def _probe_opencv_if_needed(self) -> None:
        """QtMultimedia found no camera: ask OpenCV in a worker (it takes seconds), then fill the picker."""
        choice = self.camera_choice
        if choice.override or choice.opencv_cameras is not None or choice.qt_cameras():
            return
        if self._probe_handle is not None and not self._probe_handle.done:
            return
        self._probe_handle = self.ops.run_blocking(choice.probe_opencv_cameras, on_success=self._probed,
                                                   quiet=True)
        self._probe_handle.finished.connect(self._update_camera_texts)
        self._update_camera_texts()

    def _probed(self, _found: object) -> None:
        selected = self._selected_camera()
        untouched = selected == self._initial.get("camera")
        self._fill_camera_picker(selected if selected is not None else self.camera_choice.current_key())
        if untouched:  # the camera the settings already mean, now with a name: not a change to save
            self._initial["camera"] = self._selected_camera()
        self._update_camera_texts()

    # -- checks ------------------------------------------------------------------------------------------

    @Slot(bool)
    def _auto_capture_toggled(self, on: bool) -> None:
        for widget in (self.frames, self.stillness, self.frames_label, self.stillness_label, self.frames_hint,
                       self.stillness_hint):  # the hints too: they explain settings that do nothing now
            widget.setEnabled(on)

    # -- saving ------------------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self._save_handle is not None and not self._save_handle.done

    @Slot()
    def save(self) -> None:
        """Check the values, write the settings file in a worker, then apply them (see the class doc)."""
        if self.saving or not self.unlocked:
            return
        candidate = self.settings_from_fields()
        try:
            candidate.validate()
        except ConfigError as error:
            show_message(self.save_error, self.tr("These settings cannot be used: {0}. Correct them and save "
                                                  "again.").format(str(error).rstrip(".")))
            return
        show_message(self.save_error, "")
        self.saved_fields = sorted(self.changed_fields())  # names only: the activity log records what changed
        self._set_saving(True)
        self._save_handle = self.ops.run_blocking(
            candidate.save, self.session.config_path, on_success=lambda _none: self._saved(candidate),
            on_error=self._save_failed, busy=self.tr("Saving the settings\u2026"))
        self._save_handle.finished.connect(lambda: self._set_saving(False))

    def _set_saving(self, saving: bool) -> None:
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)
        self.change_server_button.setEnabled(not saving)
        for button in (self.export_button, self.import_button, self.apply_import_button):
            button.setEnabled(not saving)

    def _saved(self, candidate: StationConfig) -> None:
        config = self.session.config
        for spec in dataclasses.fields(StationConfig):
            setattr(config, spec.name, getattr(candidate, spec.name))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, config.theme)
        self.settingsChanged.emit()
        self.accept()

    def _save_failed(self, problem: Problem) -> None:
        show_message(self.save_error, self.tr("The settings were not saved. {0}").format(problem.text))

    # -- export and import of the settings (settings_transfer) -------------------------------------------

    @property
    def transferring(self) -> bool:
        return self._transfer_handle is not None and not self._transfer_handle.done

    def _settings_file_dialog(self, title: str, save: bool) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("settingsFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Station settings (*.json)"), self.tr("All files (*)")])
        dialog.setDefaultSuffix("json")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._file_dialog = dialog
        return dialog

    @Slot()
    def _ask_export_file(self) -> None:
        dialog = self._settings_file_dialog(self.tr("Export the settings to a file"), save=True)
        dialog.selectFile("facestation-settings.json")
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    @Slot()
    def _ask_import_file(self) -> None:
        dialog = self._settings_file_dialog(self.tr("Choose a settings file"), save=False)
        dialog.fileSelected.connect(self.import_from)
        dialog.open()

    @Slot(str)
    def export_to(self, path: str) -> None:
        """Write the settings as shown on the sections (saved or not) to `path`, in a worker."""
        if self.transferring or self.saving:
            return
        candidate = self.settings_from_fields()
        try:
            candidate.validate()
        except ConfigError as error:
            self._transfer_failed_text(self.tr("These settings cannot be exported: {0}. Correct them first.").format(
                str(error).rstrip(".")))
            return
        self._transfer_handle = self.ops.run_blocking(
            write_settings_file, candidate, Path(path),
            on_success=lambda _none: self._exported(path), on_error=self._transfer_failed,
            busy=self.tr("Exporting the settings\u2026"))

    def _exported(self, path: str) -> None:
        show_message(self.transfer_error, "")
        show_message(self.transfer_message, self.tr(
            "Exported to {0}. On the next station: Settings, Server, Import settings.").format(path))

    @Slot(str)
    def import_from(self, path: str) -> None:
        """Read a settings file in a worker and show what it would change; nothing changes until "Use these"."""
        if self.transferring or self.saving:
            return
        self._transfer_handle = self.ops.run_blocking(
            load_import, copy.deepcopy(self.session.config), Path(path), on_success=self._show_import_plan,
            on_error=self._transfer_failed, busy=self.tr("Reading the settings file\u2026"))

    def _show_import_plan(self, plan: ImportPlan | None) -> None:
        self.import_plan = plan
        waiting = plan is not None and bool(plan.changes)
        self.apply_import_button.setVisible(waiting)
        self.discard_import_button.setVisible(waiting)
        self.import_preview.setVisible(plan is not None)
        if plan is None:
            self.import_preview.clear()
            return
        show_message(self.transfer_error, "")
        if not plan.changes:
            show_message(self.transfer_message, self.tr(
                "This station already has the settings in that file: nothing to change."))
        else:
            show_message(self.transfer_message, self.tr(
                "The file changes the settings listed below. Press Use these settings to save them now (changes "
                "not saved yet on the other sections are forgotten), or Do not import."))
        lines = [f"\u2022 {self._setting_name(change.name)}: {change.before} \u2192 {change.after}"
                 for change in plan.changes]
        lines += [f"\u24d8 {note}" for note in plan.notes]
        self.import_preview.setPlainText("\n".join(lines))
        self.import_preview.setVisible(bool(lines))
        if waiting:
            self.apply_import_button.setFocus()

    def _setting_name(self, name: str) -> str:
        names = {
            "resolution": self.tr("Resolution"), "mirror_preview": self.tr("Mirror the preview"),
            "auto_capture": self.tr("Automatic photo"), "auto_capture_frames": self.tr("Frames to hold still"),
            "auto_capture_stillness": self.tr("Allowed movement"), "idle_lock_seconds": self.tr("Lock after (s)"),
            "result_clear_seconds": self.tr("Clear a result after (s)"),
            "consent_required": self.tr("Ask for consent"), "consent_text": self.tr("Consent sentence"),
            "external_id_pattern": self.tr("Member number pattern"), "language": self.tr("Language"),
            "theme": self.tr("Theme"), "kiosk": self.tr("Kiosk mode"),
            "remember_operator_password": self.tr("Remember the operator's password"),
        }
        return names.get(name, name)

    @Slot()
    def apply_import(self) -> None:
        """Save the imported settings (as Save does: file in a worker, theme applied, `settingsChanged`)."""
        plan = self.import_plan
        if plan is None or not plan.changes or self.saving or not self.unlocked:
            return
        self.saved_fields = plan.changed_names  # names only, for the activity log
        candidate = plan.config
        self._set_saving(True)
        self._save_handle = self.ops.run_blocking(
            candidate.save, self.session.config_path, on_success=lambda _none: self._saved(candidate),
            on_error=self._save_failed, busy=self.tr("Saving the settings\u2026"))
        self._save_handle.finished.connect(lambda: self._set_saving(False))

    @Slot()
    def discard_import(self) -> None:
        self._show_import_plan(None)
        show_message(self.transfer_message, self.tr("Nothing was imported."))

    def _transfer_failed(self, problem: Problem) -> None:
        error = problem.error
        if isinstance(error, SettingsFileError):
            text = self.tr("This file cannot be imported. {0}").format(str(error))
        elif isinstance(error, OSError):
            text = self.tr("The file could not be written ({0}). Choose another folder, or a USB stick that is "
                           "not write-protected.").format(error.strerror or str(error))
        else:
            text = problem.text
        self._transfer_failed_text(text)

    def _transfer_failed_text(self, text: str) -> None:
        self._show_import_plan(None)
        show_message(self.transfer_message, "")
        show_message(self.transfer_error, text)
