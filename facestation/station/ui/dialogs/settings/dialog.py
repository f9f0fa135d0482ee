"""The settings dialog: the admin PIN first (`PinGate`), then a column of sections on the left and the chosen
section on the right; Save checks the values, writes the settings file in a worker, applies the theme at once and
emits `settingsChanged`; Cancel (or Escape) changes nothing.

The sections are page classes (pages.py, camera_page.py, transfer_page.py); their fields come from one table
(fields.py over facestation.station.core.settings_fields), which loads them from the config, tells what changed
and writes the changes back. The dialog keeps the widget names the controller and the tests use (`theme`,
`idle_lock`, `camera_picker`, ...) as plain attributes pointing into the pages.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facestation.api import CalibrationTarget
from facestation.station.core.config import ConfigError, StationConfig
from facestation.station.core.session import Session
from facestation.station.core.settings_transfer import ImportPlan
from facestation.station.ui.camera.choice import CameraChoice
from facestation.station.ui.dialogs.settings.calibration_target import (
    CalibrationTargetField,
)
from facestation.station.ui.dialogs.settings.camera_page import CameraPage
from facestation.station.ui.dialogs.settings.fields import FieldSet
from facestation.station.ui.dialogs.settings.layout import touch_sized
from facestation.station.ui.dialogs.settings.pages import (
    AccessibilityPage,
    AppearancePage,
    ChecksPage,
    KioskPage,
    LivenessPage,
    PrivacyPage,
    ServerPage,
    SettingsSection,
    TimesPage,
)
from facestation.station.ui.dialogs.settings.pin_gate import PinGate
from facestation.station.ui.dialogs.settings.transfer_page import TransferPage
from facestation.station.ui.kit import (
    RetranslateMixin,
    SideNavigation,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import BusyBar, Operations, OpHandle, Problem
from facestation.station.ui.theme import apply_theme

__all__ = ["SettingsDialog"]


class SettingsDialog(RetranslateMixin, QDialog):
    """The station's settings. Open it with `open()`; it asks for the admin PIN first (when one is set).

    Signals: `settingsChanged` after Save wrote the file and applied the theme (the session's config holds the
    new values); `changeServerRequested` when the administrator wants to set the server up again (the dialog
    closes without saving)."""

    settingsChanged = Signal()
    changeServerRequested = Signal()

    PAGE_PIN, PAGE_SETTINGS = range(2)
    SECTIONS = ("server", "camera", "checks", "liveness", "times", "privacy", "appearance", "accessibility",
                "kiosk", "transfer")

    def __init__(self, session: Session, ops: Operations, parent: QWidget | None = None, *,
                 camera_choice: CameraChoice | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.session = session
        self.ops = ops
        self.camera_choice = camera_choice if camera_choice is not None else CameraChoice(session.config)
        self.field_set = FieldSet()
        self._save_handle: OpHandle | None = None
        self.saved_fields: list[str] = []  # the fields the last save changed (names only)
        self.resize(1000, 700)
        self.setMinimumSize(820, 600)

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
        # Every section button first, then the sections: Tab goes down the column, then into the section shown.
        self.navigation = SideNavigation(self.SECTIONS, page, width=250, margins=(14, 20, 14, 16), spacing=8,
                                         title_gap=8, button_prefix="section_")
        # Nine sections in a 700-pixel dialog (a 1024x768 screen): the theme gives these section buttons less
        # height than the main window's (QDialog#settingsDialog), still a finger's height.
        self.nav_title = self.navigation.title
        self.section_buttons = self.navigation.buttons
        self.navigation.chosen.connect(self.show_section)
        self.sections = QStackedWidget(page)
        self._build_sections()
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
        self.cancel_button = touch_sized(QPushButton(page))
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

    def _build_sections(self) -> None:
        """One page per section, their fields in `field_set`, and the names the controller and tests use."""
        stack = self.sections
        self.server_page = ServerPage(self.session, stack)
        self.camera_page = CameraPage(self.camera_choice, self.ops, self.field_set, stack)
        self.checks_page = ChecksPage(stack)
        self.liveness_page = LivenessPage(stack)
        self.times_page = TimesPage(stack)
        self.privacy_page = PrivacyPage(stack)
        self.appearance_page = AppearancePage(stack)
        self.accessibility_page = AccessibilityPage(stack)
        self.kiosk_page = KioskPage(stack)
        self.transfer_page = TransferPage(self.session, self.ops, self.settings_from_fields, lambda: self.saving,
                                          stack)
        # Kept on the server (per API client), not in the settings file: read on unlock, written on Save.
        self.calibration_target = CalibrationTargetField(self.session, self.ops, self.server_page)
        self.server_page.body.addSpacing(8)
        self.server_page.body.addWidget(self.calibration_target)
        self.section_pages: dict[str, SettingsSection] = {}
        for section in (self.server_page, self.camera_page, self.checks_page, self.liveness_page, self.times_page,
                        self.privacy_page,
                        self.appearance_page, self.accessibility_page, self.kiosk_page, self.transfer_page):
            section.body.addStretch(1)
            stack.addWidget(section)
            self.section_pages[section.name] = section
            self.field_set.add(section.fields.editors)
        self.server_page.changeServerRequested.connect(self._change_server)
        self.transfer_page.apply_import_button.clicked.connect(self.apply_import)

        # The widgets by the names they had before the sections were pages of their own.
        server, camera, transfer = self.server_page, self.camera_page, self.transfer_page
        self.server_kind, self.server_address = server.server_kind, server.server_address
        self.change_server_button = server.change_server_button
        self.camera_picker, self.resolution_picker = camera.camera_picker, camera.resolution_picker
        self.mirror, self.camera_state = camera.mirror, camera.camera_state
        self.override_warning = camera.override_warning
        self.auto_capture, self.frames = self.checks_page.auto_capture, self.checks_page.frames
        self.stillness = self.checks_page.stillness
        self.liveness_verify = self.liveness_page.liveness_verify
        self.liveness_enrol = self.liveness_page.liveness_enrol
        self.idle_lock, self.result_clear = self.times_page.idle_lock, self.times_page.result_clear
        self.consent_required = self.privacy_page.consent_required
        self.consent_text = self.privacy_page.consent_text
        self.language, self.theme = self.appearance_page.language, self.appearance_page.theme
        self.kiosk = self.kiosk_page.kiosk
        self.sound_on_result = self.accessibility_page.sound_on_result
        self.sound_on_guidance = self.accessibility_page.sound_on_guidance
        self.export_button, self.import_button = transfer.export_button, transfer.import_button
        self.apply_import_button = transfer.apply_import_button
        self.discard_import_button = transfer.discard_import_button
        self.import_preview = transfer.import_preview
        self.transfer_message, self.transfer_error = transfer.transfer_message, transfer.transfer_error

    # -- texts -------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("FaceStation: settings"))
        self.gate.retranslate_ui()
        self.nav_title.setText(self.tr("Settings"))
        self.navigation.set_texts({
            "server": self.tr("&Server"), "camera": self.tr("&Camera"), "checks": self.tr("&Photo checks"),
            "liveness": self.tr("L&iveness"),
            "times": self.tr("&Times"), "privacy": self.tr("P&rivacy"), "appearance": self.tr("&Appearance"),
            "accessibility": self.tr("Acc&essibility"), "kiosk": self.tr("&Kiosk mode"), "transfer": self.tr("Cop&y settings")})
        self.footer_hint.setText(self.tr("Save keeps the changes on every section; Cancel forgets them."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))
        for section in self.section_pages.values():
            section.retranslate_ui()
        self.calibration_target.retranslate_ui()

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
        self.camera_page.probe_opencv_if_needed()
        self.calibration_target.load()

    @Slot(str)
    def show_section(self, name: str) -> None:
        self.navigation.set_current(name)
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
        self.camera_page.cancel_probe()
        self.calibration_target.cancel()
        super().done(result)

    @Slot()
    def _change_server(self) -> None:
        self.changeServerRequested.emit()
        self.reject()

    # -- the fields and the config -----------------------------------------------------------------------

    def load_from_config(self) -> None:
        """Every field from the session's config (the camera too: the picker lists what the camera choice sees)."""
        self.field_set.load(self.session.config)
        for section in self.section_pages.values():
            section.after_load()
        show_message(self.save_error, "")

    def changed_fields(self) -> set[str]:
        """The fields that differ from the config they were loaded from."""
        return self.field_set.changed()

    def settings_from_fields(self) -> StationConfig:
        """A copy of the session's config with the changed fields applied (unchanged fields keep their exact
        values, e.g. an idle time that is not a whole number of minutes)."""
        return self.field_set.written_into(self.session.config)

    def set_camera_file(self, path: str) -> None:
        """Use a photo or video file instead of a camera (selected in the picker; saved with Save)."""
        self.camera_page.set_camera_file(path)

    # -- saving ------------------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self._save_handle is not None and not self._save_handle.done

    @Slot()
    def save(self) -> None:
        """Check the values, write the settings file in a worker, then apply them (see the module doc)."""
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
        changed = sorted(self.changed_fields())  # names only: the activity log records what changed
        if self.calibration_target.changed:
            self._save_calibration_target(candidate, changed)
            return
        self._write(candidate, changed)

    def _save_calibration_target(self, candidate: StationConfig, changed: list[str]) -> None:
        """The lists' target first (on the server), then the settings file; nothing is written if the server
        refuses."""
        field = self.calibration_target

        def saved(target: CalibrationTarget) -> None:
            field.saved(target)
            self._write(candidate, sorted([*changed, "list_calibration_target"]))

        def failed(problem: Problem) -> None:
            show_message(self.save_error, self.tr("The setting for the lists was not saved on the server, so "
                                                  "nothing was saved. {0}").format(problem.text))

        self._set_saving(True)
        self._save_handle = self.ops.run_async(field.save(), on_success=saved, on_error=failed,
                                               busy=self.tr("Saving the settings\u2026"))
        self._save_handle.finished.connect(lambda: self._set_saving(self.saving))

    def _write(self, candidate: StationConfig, changed: list[str]) -> None:
        """Write `candidate` to the settings file in a worker; on success it becomes the session's config."""
        self.saved_fields = changed
        self._set_saving(True)
        self._save_handle = self.ops.run_blocking(
            candidate.save, self.session.config_path, on_success=lambda _none: self._saved(candidate),
            on_error=self._save_failed, busy=self.tr("Saving the settings\u2026"))
        self._save_handle.finished.connect(lambda: self._set_saving(False))

    def _set_saving(self, saving: bool) -> None:
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)
        for section in self.section_pages.values():
            section.set_saving(saving)
        self.calibration_target.set_saving(saving)

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

    # -- export and import of the settings (transfer_page.py) --------------------------------------------

    @property
    def import_plan(self) -> ImportPlan | None:
        """A settings file read and shown, waiting for "Use these settings"."""
        return self.transfer_page.import_plan

    @property
    def transferring(self) -> bool:
        return self.transfer_page.transferring

    def export_to(self, path: str) -> None:
        self.transfer_page.export_to(path)

    def import_from(self, path: str) -> None:
        self.transfer_page.import_from(path)

    def discard_import(self) -> None:
        self.transfer_page.discard_import()

    @Slot()
    def apply_import(self) -> None:
        """Save the imported settings (as Save does: file in a worker, theme applied, `settingsChanged`)."""
        plan = self.import_plan
        if plan is None or not plan.changes or self.saving or not self.unlocked:
            return
        self._write(plan.config, plan.changed_names)  # names only, for the activity log
