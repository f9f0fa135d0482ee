"""The settings' widgets as a table: one `FieldSpec` per setting (widget kind, object name, label, explanation,
range or choices) on top of the Qt-free `facestation.station.core.settings_fields` (config attribute, section,
how the value is read from and written to the config). `build_fields` makes a section's widgets from the table,
`retranslate_fields` gives them their texts, and `FieldSet` loads every editor from a config, tells what changed
and writes the changes back: one loop for every setting instead of one line per setting in three places.

The texts stay in the "SettingsDialog" translation context (QT_TRANSLATE_NOOP here, `translated` when shown), so
the translations made for the dialog before it was split keep working.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facestation.station.core.config import THEMES, StationConfig
from facestation.station.core.settings_fields import (
    FieldValue,
    apply_fields,
    as_bool,
    as_number,
    as_text,
    changed_keys,
    field,
)
from facestation.station.ui.dialogs.settings.layout import add_row, grid, touch_sized
from facestation.station.ui.kit import role_label

__all__ = ["FIELD_SPECS", "BuiltFields", "FieldEditor", "FieldSet", "FieldSpec", "build_fields",
           "retranslate_fields", "translated"]

CONTEXT = "SettingsDialog"
Kind = Literal["check", "number", "decimal", "choice", "text"]
CHECK_HINT_INDENT = 36  # a check box's explanation starts under its text, not under its box


def translated(text: str) -> str:
    """`text` (a source text marked with QT_TRANSLATE_NOOP("SettingsDialog", ...)) in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class FieldSpec:
    """How one setting looks. `label` is the check box's text for a check; `hint` None means no explanation
    under the field, "" an explanation the section page writes itself (it changes with the value). A choice
    lists (value, text) pairs; `keeps_unknown` adds a value that is not listed (a translation that is not
    installed), so saving does not lose it."""

    key: str
    kind: Kind
    object_name: str
    label: str
    hint: str | None = None
    suffix: str = ""
    special_value: str = ""  # shown for the minimum
    minimum: float = 0
    maximum: float = 0
    step: float = 1
    decimals: int = 0
    max_length: int = 0
    max_width: int = 0
    choices: tuple[tuple[FieldValue, str], ...] = ()
    keeps_unknown: bool = False


_THEME_NAMES = {"light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
                "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
                "high-contrast": QT_TRANSLATE_NOOP("SettingsDialog", "High contrast")}

_LIVENESS_NAMES = (("off", QT_TRANSLATE_NOOP("SettingsDialog", "Off")),
                   ("blink", QT_TRANSLATE_NOOP("SettingsDialog", "Blink")),
                   ("blink+turn", QT_TRANSLATE_NOOP("SettingsDialog", "Blink and turn the head")))

FIELD_SPECS: tuple[FieldSpec, ...] = (
    FieldSpec("mirror", "check", "mirrorPreview", QT_TRANSLATE_NOOP("SettingsDialog", "&Mirror the preview"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "People see themselves as in a mirror, which feels natural. "
                                                       "The photo that is saved is never mirrored.")),
    FieldSpec("auto_capture", "check", "autoCapture",
              QT_TRANSLATE_NOOP("SettingsDialog", "Take the photo a&utomatically when every check passes")),
    FieldSpec("frames", "number", "autoCaptureFrames", QT_TRANSLATE_NOOP("SettingsDialog", "&Frames to hold still"),
              hint="", suffix=QT_TRANSLATE_NOOP("SettingsDialog", " frames"), minimum=1, maximum=60, max_width=220),
    # Below 2.5 % the gate's per-frame limit (0.8 x this, in inter-eye distances) is under dlib's landmark jitter
    # on a face that is really still, so nobody would be captured; above 25 % a person may step half an eye
    # distance aside during the countdown.
    FieldSpec("stillness", "decimal", "autoCaptureStillness",
              QT_TRANSLATE_NOOP("SettingsDialog", "Allowed &movement"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "How far the face may drift while the photo is being taken, "
                                                       "as a share of the face's width. Smaller is stricter; the "
                                                       "default, 7.5 %, allows for breathing and a slight sway."),
              suffix=QT_TRANSLATE_NOOP("SettingsDialog", " %"), minimum=2.5, maximum=25.0, step=0.5, decimals=1,
              max_width=220),
    FieldSpec("idle_lock", "number", "idleLockMinutes", QT_TRANSLATE_NOOP("SettingsDialog", "&Lock the station after"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "Without a touch or key press for this long, the operator is "
                                                       "signed out. 0 means never."),
              suffix=QT_TRANSLATE_NOOP("SettingsDialog", " minutes"),
              special_value=QT_TRANSLATE_NOOP("SettingsDialog", "Never"), maximum=24 * 60, max_width=220),
    FieldSpec("result_clear", "number", "resultClearSeconds",
              QT_TRANSLATE_NOOP("SettingsDialog", "Clear a &result after"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "A check's result (name, photo, match) disappears from the "
                                                       "screen after this long. 0 means never."),
              suffix=QT_TRANSLATE_NOOP("SettingsDialog", " seconds"),
              special_value=QT_TRANSLATE_NOOP("SettingsDialog", "Never"), maximum=3600, max_width=220),
    FieldSpec("consent_required", "check", "consentRequired",
              QT_TRANSLATE_NOOP("SettingsDialog", "Ask for the person's &consent before enrolling")),
    FieldSpec("consent_text", "text", "consentText", QT_TRANSLATE_NOOP("SettingsDialog", "&What the operator confirms"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "The Enrol page shows this sentence with a tick box; Enrol "
                                                       "works only once it is ticked, and the activity log records "
                                                       "that it was."),
              max_length=300),
    # The languages are the installed translations, listed by the appearance page when it is built.
    FieldSpec("language", "choice", "language", QT_TRANSLATE_NOOP("SettingsDialog", "&Language"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "The new language shows as soon as you save."),
              max_width=360, choices=((None, QT_TRANSLATE_NOOP("SettingsDialog", "Same as this computer")),),
              keeps_unknown=True),
    FieldSpec("theme", "choice", "theme", QT_TRANSLATE_NOOP("SettingsDialog", "T&heme"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "High contrast: white and yellow on black, for people who see "
                                                       "less well. The new colours show as soon as you save."),
              max_width=360, choices=tuple((theme, _THEME_NAMES.get(theme, theme)) for theme in THEMES)),
    FieldSpec("kiosk", "check", "kiosk", QT_TRANSLATE_NOOP("SettingsDialog", "&Full-screen kiosk mode"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "The station fills the screen and cannot be closed or left "
                                                       "without the admin PIN. Turn it off to use the computer for "
                                                       "other things.")),
    # Verify's None is the default: on in kiosk mode, off otherwise (core.liveness_settings).
    FieldSpec("liveness_verify", "choice", "livenessVerify", QT_TRANSLATE_NOOP("SettingsDialog", "&Verify"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "After the photo is taken, the person is asked to blink (and "
                                                       "turn their head) before the result shows. Automatic: blink "
                                                       "and turn in kiosk mode, off otherwise."),
              max_width=420,
              choices=((None, QT_TRANSLATE_NOOP("SettingsDialog", "Automatic: on in kiosk mode")),) + _LIVENESS_NAMES),
    FieldSpec("liveness_enrol", "choice", "livenessEnrol", QT_TRANSLATE_NOOP("SettingsDialog", "E&nrol"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "After the photo is taken, the person is asked to blink (and "
                                                       "turn their head) before they can be enrolled."),
              max_width=420, choices=_LIVENESS_NAMES),
    FieldSpec("sound_result", "check", "soundOnResult",
              QT_TRANSLATE_NOOP("SettingsDialog", "Play a sound &when the result is shown"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "A rising chime when the photo is taken or the person "
                                                       "matches; a low falling tone when the photo does not pass "
                                                       "or the person does not match.")),
    FieldSpec("sound_guidance", "check", "soundOnGuidance",
              QT_TRANSLATE_NOOP("SettingsDialog", "Play a sound when the instruction chan&ges"),
              hint=QT_TRANSLATE_NOOP("SettingsDialog", "A soft short tone each time the instruction for the person "
                                                       "in front of the camera changes (for example \"Come "
                                                       "closer\").")),
)

_SPECS = {spec.key: spec for spec in FIELD_SPECS}


# -- editors: one widget kind each, reading and showing a field's value ---------------------------------------


class FieldEditor(Protocol):
    """What the generic loop needs of a field's widget: show a value, and give the value it holds."""

    def show_value(self, value: FieldValue) -> None: ...

    def value(self) -> FieldValue: ...


class CheckEditor:
    def __init__(self, widget: QCheckBox) -> None:
        self.widget = widget

    def show_value(self, value: FieldValue) -> None:
        self.widget.setChecked(as_bool(value))

    def value(self) -> FieldValue:
        return self.widget.isChecked()


class NumberEditor:
    def __init__(self, widget: QSpinBox) -> None:
        self.widget = widget

    def show_value(self, value: FieldValue) -> None:
        self.widget.setValue(int(as_number(value)))

    def value(self) -> FieldValue:
        return self.widget.value()


class DecimalEditor:
    def __init__(self, widget: QDoubleSpinBox) -> None:
        self.widget = widget

    def show_value(self, value: FieldValue) -> None:
        self.widget.setValue(as_number(value))

    def value(self) -> FieldValue:
        return round(self.widget.value(), self.widget.decimals())  # what is shown, without float noise


class ChoiceEditor:
    def __init__(self, widget: QComboBox, keeps_unknown: bool) -> None:
        self.widget = widget
        self.keeps_unknown = keeps_unknown

    def show_value(self, value: FieldValue) -> None:
        index = self.widget.findData(value)
        if index < 0 and self.keeps_unknown and value is not None:
            self.widget.addItem(str(value), value)
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(max(index, 0))  # not listed: the first choice

    def value(self) -> FieldValue:
        data: FieldValue = self.widget.currentData()
        return data


class TextEditor:
    def __init__(self, widget: QLineEdit) -> None:
        self.widget = widget

    def show_value(self, value: FieldValue) -> None:
        self.widget.setText(as_text(value))

    def value(self) -> FieldValue:
        return self.widget.text().strip()


# -- building a section's widgets from the table ----------------------------------------------------------------


@dataclass
class BuiltFields:
    """A section's widgets made from the table: the editor, label and explanation of each field by key (a
    check box has no separate label: its text is the label)."""

    editors: dict[str, FieldEditor]
    labels: dict[str, QLabel]
    hints: dict[str, QLabel]

    def check(self, key: str) -> QCheckBox:
        editor = self.editors[key]
        if not isinstance(editor, CheckEditor):
            raise TypeError(f"{key} is not a check box")
        return editor.widget

    def number(self, key: str) -> QSpinBox:
        editor = self.editors[key]
        if not isinstance(editor, NumberEditor):
            raise TypeError(f"{key} is not a whole number")
        return editor.widget

    def decimal(self, key: str) -> QDoubleSpinBox:
        editor = self.editors[key]
        if not isinstance(editor, DecimalEditor):
            raise TypeError(f"{key} is not a decimal number")
        return editor.widget

    def choice(self, key: str) -> QComboBox:
        editor = self.editors[key]
        if not isinstance(editor, ChoiceEditor):
            raise TypeError(f"{key} is not a choice")
        return editor.widget

    def text(self, key: str) -> QLineEdit:
        editor = self.editors[key]
        if not isinstance(editor, TextEditor):
            raise TypeError(f"{key} is not a text")
        return editor.widget


def _editor(spec: FieldSpec, parent: QWidget) -> tuple[QWidget, FieldEditor]:
    if spec.kind == "check":
        box = QCheckBox(parent)
        return box, CheckEditor(box)
    if spec.kind == "number":
        spin = QSpinBox(parent)
        spin.setRange(int(spec.minimum), int(spec.maximum))
        return spin, NumberEditor(spin)
    if spec.kind == "decimal":
        decimal = QDoubleSpinBox(parent)
        decimal.setRange(spec.minimum, spec.maximum)
        decimal.setDecimals(spec.decimals)
        decimal.setSingleStep(spec.step)
        return decimal, DecimalEditor(decimal)
    if spec.kind == "choice":
        combo = QComboBox(parent)
        for value, _text in spec.choices:
            combo.addItem("", value)  # the texts come with retranslate_fields
        return combo, ChoiceEditor(combo, spec.keeps_unknown)
    line = QLineEdit(parent)
    if spec.max_length:
        line.setMaxLength(spec.max_length)
    return line, TextEditor(line)


def build_fields(parent: QWidget, layout: QVBoxLayout, keys: Iterable[str]) -> BuiltFields:
    """The widgets of the fields `keys`, in that order, added to `layout`: numbers and choices in a grid (label
    left, field and explanation right), a check box on its own with its explanation under its text, a text with
    its label above it."""
    built = BuiltFields({}, {}, {})
    rows: QGridLayout | None = None  # the grid that consecutive numbers and choices share
    for key in keys:
        spec = _SPECS[key]
        widget, editor = _editor(spec, parent)
        widget.setObjectName(spec.object_name)
        touch_sized(widget)
        if spec.max_width:
            widget.setMaximumWidth(spec.max_width)
        built.editors[key] = editor
        hint = role_label("hint", parent) if spec.hint is not None else None
        if hint is not None:
            built.hints[key] = hint
        if spec.kind in ("number", "decimal", "choice"):
            if rows is None:
                rows = grid()
                layout.addLayout(rows)
            label = QLabel(parent)
            built.labels[key] = label
            add_row(rows, label, widget, hint)
            continue
        rows = None
        if spec.kind == "text":
            label = QLabel(parent)
            label.setBuddy(widget)
            built.labels[key] = label
            layout.addWidget(label)
        layout.addWidget(widget)
        if hint is not None:
            if spec.kind == "check":
                hint.setContentsMargins(CHECK_HINT_INDENT, 0, 0, 0)
            layout.addWidget(hint)
    return built


def retranslate_fields(built: BuiltFields) -> None:
    """Every text of the table on the built widgets, in the current language (explanations marked "" are the
    page's own)."""
    for key, editor in built.editors.items():
        spec = _SPECS.get(key)
        if spec is None:
            continue  # an editor the page made itself (the camera and resolution pickers) and words itself
        if isinstance(editor, CheckEditor):
            editor.widget.setText(translated(spec.label))
        else:
            built.labels[key].setText(translated(spec.label))
        if spec.hint:
            built.hints[key].setText(translated(spec.hint))
        if isinstance(editor, NumberEditor | DecimalEditor):
            editor.widget.setSuffix(translated(spec.suffix))
            if spec.special_value:
                editor.widget.setSpecialValueText(translated(spec.special_value))
        if isinstance(editor, ChoiceEditor):
            texts = {value: text for value, text in spec.choices}
            for index in range(editor.widget.count()):
                data = editor.widget.itemData(index)
                if data in texts:
                    editor.widget.setItemText(index, translated(texts[data]))


# -- the dialog's fields as a whole ---------------------------------------------------------------------------


class FieldSet:
    """Every field's editor by key, with the values they were loaded with: load from a config, tell what
    changed, write the changes into a copy of a config."""

    def __init__(self) -> None:
        self.editors: dict[str, FieldEditor] = {}
        self.initial: dict[str, FieldValue] = {}

    def add(self, editors: Mapping[str, FieldEditor]) -> None:
        self.editors.update(editors)

    def load(self, config: StationConfig) -> None:
        """Every editor shows its value for `config`; those values are what `changed` compares with."""
        for key, editor in self.editors.items():
            editor.show_value(field(key).shown(config))
        self.initial = self.values()

    def values(self) -> dict[str, FieldValue]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def changed(self) -> set[str]:
        return changed_keys(self.initial, self.values())

    def untouched(self, key: str) -> bool:
        return self.editors[key].value() == self.initial.get(key)

    def settle(self, key: str) -> None:
        """What the field shows now is what it was loaded with (a camera found later, now with its name)."""
        self.initial[key] = self.editors[key].value()

    def written_into(self, config: StationConfig) -> StationConfig:
        """A copy of `config` with the changed fields applied (unchanged fields keep their exact values)."""
        return apply_fields(config, self.values(), self.changed())
