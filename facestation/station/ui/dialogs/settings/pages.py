"""The settings' sections, one page class each: the base `SettingsSection` (heading, fields from the table) and
the small sections (server, photo checks, times, privacy, appearance, accessibility, kiosk mode). The camera and the copying of
settings have their own modules. Texts stay in the "SettingsDialog" translation context (see fields.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facestation.station.core.session import Session
from facestation.station.ui.dialogs.settings.fields import (
    BuiltFields,
    build_fields,
    retranslate_fields,
    translated,
)
from facestation.station.ui.dialogs.settings.layout import form, touch_sized
from facestation.station.ui.kit import role_label
from facestation.station.ui.translations import available_languages

__all__ = ["AccessibilityPage", "AppearancePage", "ChecksPage", "KioskPage", "LivenessPage", "PrivacyPage",
           "ServerPage", "SettingsSection", "TimesPage"]

translate = QCoreApplication.translate


class SettingsSection(QWidget):
    """One section: its title and introduction, its fields built from the table (`fields`), and hooks the
    dialog calls on every section: `after_load` (the fields were just loaded from the config) and `set_saving`
    (the settings file is being written: buttons that would interfere are disabled)."""

    name = ""
    TITLE = ""
    INTRO = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"settings_{self.name}")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 24, 28, 12)
        self.body.setSpacing(12)
        self.title = role_label("title", self)
        self.title.setObjectName(f"{self.name}Title")
        self.intro = role_label("subtitle", self)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.body.addSpacing(4)
        self.fields = BuiltFields({}, {}, {})

    def retranslate_ui(self) -> None:
        self.title.setText(translated(self.TITLE))
        self.intro.setText(translated(self.INTRO))
        retranslate_fields(self.fields)

    def after_load(self) -> None:
        """The fields were just loaded: bring what depends on them up to date."""

    def set_saving(self, saving: bool) -> None:
        """The settings file is being written (or no longer)."""


class ServerPage(SettingsSection):
    """Which server the station uses (read only here) and the way to set it up again."""

    name = "server"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Server")
    INTRO = QT_TRANSLATE_NOOP("SettingsDialog", "Where this station checks faces and keeps the records.")

    changeServerRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        rows = form()
        self.server_kind_label, self.server_address_label = QLabel(self), QLabel(self)
        self.server_kind = role_label("value", self)
        self.server_kind.setObjectName("serverKind")
        self.server_address = role_label("value", self)
        self.server_address.setObjectName("serverAddress")
        self.server_address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rows.addRow(self.server_kind_label, self.server_kind)
        rows.addRow(self.server_address_label, self.server_address)
        self.body.addLayout(rows)
        self.body.addSpacing(12)
        self.change_server_button = touch_sized(QPushButton(self))
        self.change_server_button.setObjectName("changeServer")
        row = QHBoxLayout()
        row.addWidget(self.change_server_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.change_server_hint = role_label("hint", self)
        self.body.addWidget(self.change_server_hint)
        self.change_server_button.clicked.connect(self.changeServerRequested)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.server_kind_label.setText(translate("SettingsDialog", "Service"))
        self.server_address_label.setText(translate("SettingsDialog", "Address"))
        self.change_server_button.setText(translate("SettingsDialog", "Cha&nge server\u2026"))
        self.change_server_hint.setText(translate(
            "SettingsDialog",
            "Sets up the connection again, as on the first start. Changes on the other sections that are not "
            "saved yet are forgotten, and the operator signs in again afterwards."))
        self.update_texts()

    def update_texts(self) -> None:
        session = self.session
        if session.kind == "hosted":
            self.server_kind.setText(translate("SettingsDialog", "FaceCheck hosted service"))
            self.server_address.setText(session.config.hosted_endpoint)
        elif session.kind == "local":
            self.server_kind.setText(translate("SettingsDialog", "The built-in service on this computer"))
            self.server_address.setText(session.base_url or translate(
                "SettingsDialog", "not running at the moment (it starts with the station)"))
        else:
            self.server_kind.setText(translate("SettingsDialog", "Not set up yet"))
            self.server_address.setText("\u2014")

    def after_load(self) -> None:
        self.update_texts()

    def set_saving(self, saving: bool) -> None:
        self.change_server_button.setEnabled(not saving)


class ChecksPage(SettingsSection):
    """Automatic capture: on or off, and how long and how still the face must be."""

    name = "checks"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Photo checks")
    INTRO = QT_TRANSLATE_NOOP("SettingsDialog", "When every check passes, the station can take the photo by itself.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = build_fields(self, self.body, ("auto_capture", "frames", "stillness"))
        self.auto_capture = self.fields.check("auto_capture")
        self.frames = self.fields.number("frames")
        self.stillness = self.fields.decimal("stillness")
        self.auto_capture.toggled.connect(self.auto_capture_toggled)
        self.frames.valueChanged.connect(self.update_frames_hint)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.update_frames_hint()

    def update_frames_hint(self) -> None:
        seconds = self.frames.value() / 15
        self.fields.hints["frames"].setText(translate(
            "SettingsDialog",
            "How many checked frames in a row must pass with the head still: {0} is about {1:.1f} s. More is "
            "steadier but slower.").format(self.frames.value(), seconds))

    def auto_capture_toggled(self, on: bool) -> None:
        # The explanations too: they describe settings that do nothing while automatic capture is off.
        for key in ("frames", "stillness"):
            for widget in (self.fields.labels[key], self.fields.hints[key]):
                widget.setEnabled(on)
        self.frames.setEnabled(on)
        self.stillness.setEnabled(on)

    def after_load(self) -> None:
        self.auto_capture_toggled(self.auto_capture.isChecked())


class TimesPage(SettingsSection):
    name = "times"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Times")
    INTRO = QT_TRANSLATE_NOOP("SettingsDialog", "When the station clears the screen by itself, for privacy.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = build_fields(self, self.body, ("idle_lock", "result_clear"))
        self.idle_lock = self.fields.number("idle_lock")
        self.result_clear = self.fields.number("result_clear")


class PrivacyPage(SettingsSection):
    name = "privacy"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Privacy")
    INTRO = QT_TRANSLATE_NOOP("SettingsDialog", "What the operator confirms before a person's face is stored.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = build_fields(self, self.body, ("consent_required", "consent_text"))
        self.consent_required = self.fields.check("consent_required")
        self.consent_text = self.fields.text("consent_text")
        self.consent_required.toggled.connect(self.consent_text.setEnabled)

    def after_load(self) -> None:
        self.consent_text.setEnabled(self.consent_required.isChecked())


class AppearancePage(SettingsSection):
    name = "appearance"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Appearance")
    INTRO = QT_TRANSLATE_NOOP("SettingsDialog", "The language and colours of the station.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = build_fields(self, self.body, ("language", "theme"))
        self.language = self.fields.choice("language")
        self.theme = self.fields.choice("theme")
        for code, name in available_languages().items():  # each in its own language: not translated
            self.language.addItem(name, code)


class KioskPage(SettingsSection):
    name = "kiosk"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Kiosk mode")
    INTRO = QT_TRANSLATE_NOOP("SettingsDialog", "For a station that stands at the desk all day.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = build_fields(self, self.body, ("kiosk",))
        self.kiosk = self.fields.check("kiosk")


class LivenessPage(SettingsSection):
    """The liveness check per page: off, blink, or blink and turn the head (issue 18)."""

    name = "liveness"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Liveness")
    INTRO = QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Makes sure a real person is in front of the camera, not a printed photo or a phone screen: the person "
        "follows one or two short instructions on the screen. It runs on this computer and works offline.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro.setWordWrap(True)
        self.fields = build_fields(self, self.body, ("liveness_verify", "liveness_enrol"))
        self.liveness_verify = self.fields.choice("liveness_verify")
        self.liveness_enrol = self.fields.choice("liveness_enrol")
        self.note = role_label("hint", self)
        self.note.setWordWrap(True)
        self.body.addWidget(self.note)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.note.setText(translate(
            "SettingsDialog",
            "If the check fails, the person can try once more. After a second failure the operator decides; "
            "in kiosk mode the station refuses. The activity log records each check, without any photo."))


class AccessibilityPage(SettingsSection):
    """Sounds for the result and the guidance (off by default), and how the station works without a mouse or
    with a screen reader."""

    name = "accessibility"
    TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Accessibility")
    INTRO = QT_TRANSLATE_NOOP(
        "SettingsDialog",
        "Everything works with the keyboard alone: Tab moves to the next control, Enter or Space presses it, "
        "Escape closes a window.\n"
        "Ctrl+1 to Ctrl+4 (or the arrow keys in the left column) open Enrol, Verify, Records and Lists; Space "
        "takes the photo, R takes it again, Ctrl+Enter enrols.\n"
        "A screen reader announces the instruction for the person and the result of each check.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro.setWordWrap(True)
        self.fields = build_fields(self, self.body, ("sound_result", "sound_guidance"))
        self.sound_on_result = self.fields.check("sound_result")
        self.sound_on_guidance = self.fields.check("sound_guidance")
