"""The settings' "Copy to other stations" section: export the portable settings to a file, or read a file and
show what it would change (facestation.station.core.settings_transfer). One kiosk seeds the next.

Saving an import is the dialog's (as Save: the file in a worker, the theme applied, `settingsChanged`): the page
only shows the plan and says what went wrong."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from facestation.station.core.config import ConfigError, StationConfig
from facestation.station.core.session import Session
from facestation.station.core.settings_transfer import (
    ImportPlan,
    SettingsFileError,
    load_import,
    write_settings_file,
)
from facestation.station.ui.dialogs.settings.fields import translated
from facestation.station.ui.dialogs.settings.layout import touch_sized
from facestation.station.ui.dialogs.settings.pages import SettingsSection
from facestation.station.ui.kit import primary_button, role_label, show_message
from facestation.station.ui.ops import Operations, OpHandle, Problem

__all__ = ["TransferPage"]

translate = QCoreApplication.translate

# How the import preview names a setting (by its StationConfig attribute).
SETTING_NAMES = {
    "resolution": QT_TRANSLATE_NOOP("SettingsDialog", "Resolution"),
    "mirror_preview": QT_TRANSLATE_NOOP("SettingsDialog", "Mirror the preview"),
    "auto_capture": QT_TRANSLATE_NOOP("SettingsDialog", "Automatic photo"),
    "auto_capture_frames": QT_TRANSLATE_NOOP("SettingsDialog", "Frames to hold still"),
    "auto_capture_stillness": QT_TRANSLATE_NOOP("SettingsDialog", "Allowed movement"),
    "idle_lock_seconds": QT_TRANSLATE_NOOP("SettingsDialog", "Lock after (s)"),
    "result_clear_seconds": QT_TRANSLATE_NOOP("SettingsDialog", "Clear a result after (s)"),
    "consent_required": QT_TRANSLATE_NOOP("SettingsDialog", "Ask for consent"),
    "consent_text": QT_TRANSLATE_NOOP("SettingsDialog", "Consent sentence"),
    "external_id_pattern": QT_TRANSLATE_NOOP("SettingsDialog", "Member number pattern"),
    "language": QT_TRANSLATE_NOOP("SettingsDialog", "Language"),
    "theme": QT_TRANSLATE_NOOP("SettingsDialog", "Theme"),
    "kiosk": QT_TRANSLATE_NOOP("SettingsDialog", "Kiosk mode"),
    "liveness_verify": QT_TRANSLATE_NOOP("SettingsDialog", "Liveness check in Verify"),
    "liveness_enrol": QT_TRANSLATE_NOOP("SettingsDialog", "Liveness check in Enrol"),
    "remember_operator_password": QT_TRANSLATE_NOOP("SettingsDialog", "Remember the operator's password"),
}


class TransferPage(SettingsSection):
    """Export and import. `shown_settings()` gives the settings as the sections show them (saved or not);
    `saving()` tells whether the dialog is writing the settings file (no transfer meanwhile). The dialog
    connects `apply_import_button` to its own saving."""

    name = "transfer"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Copy to other stations")
    INTRO = QT_TRANSLATE_NOOP("SettingsDialog", "Set up one station, export its settings to a file, and import "
                                                "that file on the next station.")

    def __init__(self, session: Session, ops: Operations, shown_settings: Callable[[], StationConfig],
                 saving: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ops = ops
        self.shown_settings = shown_settings
        self.saving = saving
        self._transfer_handle: OpHandle | None = None
        self.file_dialog: QFileDialog | None = None
        self.import_plan: ImportPlan | None = None  # a settings file read and shown, waiting for "Use these"
        row = QHBoxLayout()
        self.export_button = touch_sized(QPushButton(self))
        self.export_button.setObjectName("exportSettings")
        self.import_button = touch_sized(QPushButton(self))
        self.import_button.setObjectName("importSettings")
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.transfer_hint = role_label("hint", self)
        self.body.addWidget(self.transfer_hint)
        self.transfer_message = role_label("hint", self)
        self.transfer_message.setObjectName("transferMessage")
        self.transfer_message.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.transfer_message)
        self.transfer_error = role_label("error", self)
        self.transfer_error.setObjectName("transferError")
        self.body.addWidget(self.transfer_error)
        # The changes a file makes can be a dozen lines: a box that scrolls, so the buttons stay in view.
        self.import_preview = QPlainTextEdit(self)
        self.import_preview.setObjectName("importPreview")
        self.import_preview.setReadOnly(True)
        self.import_preview.setMinimumHeight(140)
        self.body.addWidget(self.import_preview, 10)  # takes the room the section's closing stretch would
        row = QHBoxLayout()
        self.discard_import_button = touch_sized(QPushButton(self))
        self.discard_import_button.setObjectName("discardImport")
        self.apply_import_button = primary_button(self)
        self.apply_import_button.setObjectName("applyImport")
        self.apply_import_button.setMinimumHeight(64)
        row.addWidget(self.discard_import_button)
        row.addWidget(self.apply_import_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.export_button.clicked.connect(self._ask_export_file)
        self.import_button.clicked.connect(self._ask_import_file)
        self.discard_import_button.clicked.connect(self.discard_import)
        self.show_import_plan(None)
        show_message(self.transfer_message, "")
        show_message(self.transfer_error, "")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.export_button.setText(translate("SettingsDialog", "E&xport settings\u2026"))
        self.import_button.setText(translate("SettingsDialog", "&Import settings\u2026"))
        self.transfer_hint.setText(translate(
            "SettingsDialog",
            "The file holds the camera quality, photo checks, times, privacy, look and kiosk mode. It never holds "
            "the admin PIN, passwords or the client secret; each station keeps its own server and camera."))
        self.apply_import_button.setText(translate("SettingsDialog", "&Use these settings"))
        self.discard_import_button.setText(translate("SettingsDialog", "&Do not import"))
        self.show_import_plan(self.import_plan)

    def set_saving(self, saving: bool) -> None:
        for button in (self.export_button, self.import_button, self.apply_import_button):
            button.setEnabled(not saving)

    @property
    def transferring(self) -> bool:
        return self._transfer_handle is not None and not self._transfer_handle.done

    def _settings_file_dialog(self, title: str, save: bool) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("settingsFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([translate("SettingsDialog", "Station settings (*.json)"),
                               translate("SettingsDialog", "All files (*)")])
        dialog.setDefaultSuffix("json")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        return dialog

    @Slot()
    def _ask_export_file(self) -> None:
        dialog = self._settings_file_dialog(translate("SettingsDialog", "Export the settings to a file"), save=True)
        dialog.selectFile("facestation-settings.json")
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    @Slot()
    def _ask_import_file(self) -> None:
        dialog = self._settings_file_dialog(translate("SettingsDialog", "Choose a settings file"), save=False)
        dialog.fileSelected.connect(self.import_from)
        dialog.open()

    @Slot(str)
    def export_to(self, path: str) -> None:
        """Write the settings as shown on the sections (saved or not) to `path`, in a worker."""
        if self.transferring or self.saving():
            return
        candidate = self.shown_settings()
        try:
            candidate.validate()
        except ConfigError as error:
            self._transfer_failed_text(translate(
                "SettingsDialog", "These settings cannot be exported: {0}. Correct them first.").format(
                str(error).rstrip(".")))
            return
        self._transfer_handle = self.ops.run_blocking(
            write_settings_file, candidate, Path(path),
            on_success=lambda _none: self._exported(path), on_error=self._transfer_failed,
            busy=translate("SettingsDialog", "Exporting the settings\u2026"))

    def _exported(self, path: str) -> None:
        show_message(self.transfer_error, "")
        show_message(self.transfer_message, translate(
            "SettingsDialog", "Exported to {0}. On the next station: Settings, Server, Import settings.").format(path))

    @Slot(str)
    def import_from(self, path: str) -> None:
        """Read a settings file in a worker and show what it would change; nothing changes until "Use these"."""
        if self.transferring or self.saving():
            return
        self._transfer_handle = self.ops.run_blocking(
            load_import, copy.deepcopy(self.session.config), Path(path), on_success=self.show_import_plan,
            on_error=self._transfer_failed, busy=translate("SettingsDialog", "Reading the settings file\u2026"))

    def show_import_plan(self, plan: ImportPlan | None) -> None:
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
            show_message(self.transfer_message, translate(
                "SettingsDialog", "This station already has the settings in that file: nothing to change."))
        else:
            show_message(self.transfer_message, translate(
                "SettingsDialog",
                "The file changes the settings listed below. Press Use these settings to save them now (changes "
                "not saved yet on the other sections are forgotten), or Do not import."))
        lines = [f"\u2022 {self.setting_name(change.name)}: {change.before} \u2192 {change.after}"
                 for change in plan.changes]
        lines += [f"\u24d8 {note}" for note in plan.notes]
        self.import_preview.setPlainText("\n".join(lines))
        self.import_preview.setVisible(bool(lines))
        if waiting:
            self.apply_import_button.setFocus()

    @staticmethod
    def setting_name(name: str) -> str:
        """A config attribute as the import preview names it."""
        text = SETTING_NAMES.get(name)
        return translated(text) if text is not None else name

    @Slot()
    def discard_import(self) -> None:
        self.show_import_plan(None)
        show_message(self.transfer_message, translate("SettingsDialog", "Nothing was imported."))

    def _transfer_failed(self, problem: Problem) -> None:
        error = problem.error
        if isinstance(error, SettingsFileError):
            text = translate("SettingsDialog", "This file cannot be imported. {0}").format(str(error))
        elif isinstance(error, OSError):
            text = translate(
                "SettingsDialog",
                "The file could not be written ({0}). Choose another folder, or a USB stick that is not "
                "write-protected.").format(error.strerror or str(error))
        else:
            text = problem.text
        self._transfer_failed_text(text)

    def _transfer_failed_text(self, text: str) -> None:
        self.show_import_plan(None)
        show_message(self.transfer_message, "")
        show_message(self.transfer_error, text)
