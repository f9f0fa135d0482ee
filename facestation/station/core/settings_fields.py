"""The settings dialog's fields as data: which `StationConfig` attribute each one stands for, on which section it
sits, the value it shows for a config and how a value goes back into a config. Qt-free, so the mapping is tested
without widgets; the dialog (facestation.station.ui.dialogs.settings) adds the widgets on top of this table.

A field's value is what its widget holds, in the widget's units: minutes for the idle lock, a percentage for the
allowed movement, "1280x720" for the resolution (a tuple would not survive Qt's QVariant), (kind, key) for the
camera. Saving writes back only the fields that changed, so an unchanged field keeps its exact value (an idle
time that is not a whole number of minutes stays as it is).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from facestation.station.core.config import (
    DEFAULT_CONSENT_TEXT,
    LIVENESS_CHOICES,
    THEMES,
    LivenessChoice,
    StationConfig,
    Theme,
)

__all__ = [
    "FIELDS",
    "RESOLUTIONS",
    "FieldValue",
    "SettingField",
    "apply_fields",
    "as_bool",
    "as_number",
    "as_text",
    "camera_key",
    "changed_keys",
    "field",
    "parse_size",
    "shown_values",
    "size_key",
]

FieldValue = bool | int | float | str | tuple[str, str] | None

RESOLUTIONS: tuple[tuple[int, int], ...] = ((640, 480), (1280, 720), (1920, 1080))
"""The resolutions the picker offers (a config's other resolution is added to them, so saving keeps it)."""


@dataclass(frozen=True)
class SettingField:
    """One setting of the dialog. `key` is the name `changed_keys` reports (and the activity log records);
    `attribute` the config attribute it stands for; `shown` the value the widget shows for a config; `store`
    writes a widget's value into a config."""

    key: str
    section: str
    attribute: str
    shown: Callable[[StationConfig], FieldValue]
    store: Callable[[StationConfig, FieldValue], None]


def size_key(size: tuple[int, int]) -> str:
    """The resolution picker's value for a size: "1280x720"."""
    return f"{size[0]}x{size[1]}"


def parse_size(key: str) -> tuple[int, int]:
    width, height = key.split("x")
    return int(width), int(height)


def camera_key(config: StationConfig) -> tuple[str, str] | None:
    """The camera the settings point at as (kind, key), or None for the default camera. The same answer as
    `CameraChoice.current_key()`: a file's path, an OpenCV index (digits) or a QtMultimedia camera id."""
    if config.camera_path:
        return "file", config.camera_path
    if config.camera_id is None:
        return None
    return ("opencv" if config.camera_id.isdigit() else "qt"), config.camera_id


# -- a widget's value checked for its kind (where it goes back into the config, or into a widget) ---------------


def as_bool(value: FieldValue) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected a yes/no value, not {value!r}")
    return value


def as_number(value: FieldValue) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, not {value!r}")
    return value


def as_text(value: FieldValue) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a text, not {value!r}")
    return value


def _as_theme(value: FieldValue) -> Theme:
    for theme in THEMES:
        if theme == value:
            return theme
    raise ValueError(f"not a theme: {value!r}")


def _as_liveness(value: FieldValue) -> LivenessChoice:
    for choice in LIVENESS_CHOICES:
        if choice == value:
            return choice
    raise ValueError(f"not a liveness choice: {value!r}")


# -- how each value goes into the config ------------------------------------------------------------------------


def _store_camera(config: StationConfig, value: FieldValue) -> None:
    if value is None:
        return  # nothing chosen (no camera and no file): the config keeps what it had
    if not isinstance(value, tuple):
        raise TypeError(f"expected a (kind, key) camera, not {value!r}")
    kind, key = value
    if kind == "file":
        config.camera_path = key
    else:
        config.camera_path = None
        config.camera_id = key


def _store_resolution(config: StationConfig, value: FieldValue) -> None:
    config.resolution = parse_size(as_text(value))


def _store_mirror(config: StationConfig, value: FieldValue) -> None:
    config.mirror_preview = as_bool(value)


def _store_auto_capture(config: StationConfig, value: FieldValue) -> None:
    config.auto_capture = as_bool(value)


def _store_frames(config: StationConfig, value: FieldValue) -> None:
    config.auto_capture_frames = int(as_number(value))


def _store_stillness(config: StationConfig, value: FieldValue) -> None:
    config.auto_capture_stillness = round(as_number(value) / 100, 4)  # shown in %


def _store_idle_lock(config: StationConfig, value: FieldValue) -> None:
    config.idle_lock_seconds = int(as_number(value)) * 60  # shown in minutes


def _store_result_clear(config: StationConfig, value: FieldValue) -> None:
    config.result_clear_seconds = int(as_number(value))


def _store_language(config: StationConfig, value: FieldValue) -> None:
    config.language = None if value is None else as_text(value)  # None: the computer's language


def _store_theme(config: StationConfig, value: FieldValue) -> None:
    config.theme = _as_theme(value)


def _store_kiosk(config: StationConfig, value: FieldValue) -> None:
    config.kiosk = as_bool(value)


def _store_sound_on_result(config: StationConfig, value: FieldValue) -> None:
    config.sound_on_result = as_bool(value)


def _store_sound_on_guidance(config: StationConfig, value: FieldValue) -> None:
    config.sound_on_guidance = as_bool(value)


def _store_liveness_verify(config: StationConfig, value: FieldValue) -> None:
    config.liveness_verify = _as_liveness(value) if value is not None else None  # None: the kiosk-mode default


def _store_liveness_enrol(config: StationConfig, value: FieldValue) -> None:
    config.liveness_enrol = _as_liveness(value)


def _store_consent_required(config: StationConfig, value: FieldValue) -> None:
    config.consent_required = as_bool(value)


def _store_consent_text(config: StationConfig, value: FieldValue) -> None:
    config.consent_text = as_text(value) or DEFAULT_CONSENT_TEXT  # an emptied sentence means the default one


FIELDS: tuple[SettingField, ...] = (
    SettingField("camera", "camera", "camera_id", camera_key, _store_camera),
    SettingField("resolution", "camera", "resolution", lambda c: size_key(c.resolution), _store_resolution),
    SettingField("mirror", "camera", "mirror_preview", lambda c: c.mirror_preview, _store_mirror),
    SettingField("auto_capture", "checks", "auto_capture", lambda c: c.auto_capture, _store_auto_capture),
    SettingField("frames", "checks", "auto_capture_frames", lambda c: c.auto_capture_frames, _store_frames),
    SettingField("stillness", "checks", "auto_capture_stillness", lambda c: c.auto_capture_stillness * 100,
                 _store_stillness),
    SettingField("idle_lock", "times", "idle_lock_seconds", lambda c: round(c.idle_lock_seconds / 60),
                 _store_idle_lock),
    SettingField("result_clear", "times", "result_clear_seconds", lambda c: c.result_clear_seconds,
                 _store_result_clear),
    SettingField("consent_required", "privacy", "consent_required", lambda c: c.consent_required,
                 _store_consent_required),
    SettingField("consent_text", "privacy", "consent_text", lambda c: c.consent_text, _store_consent_text),
    SettingField("language", "appearance", "language", lambda c: c.language, _store_language),
    SettingField("theme", "appearance", "theme", lambda c: c.theme, _store_theme),
    SettingField("kiosk", "kiosk", "kiosk", lambda c: c.kiosk, _store_kiosk),
    SettingField("liveness_verify", "liveness", "liveness_verify", lambda c: c.liveness_verify,
                 _store_liveness_verify),
    SettingField("liveness_enrol", "liveness", "liveness_enrol", lambda c: c.liveness_enrol, _store_liveness_enrol),
    SettingField("sound_result", "accessibility", "sound_on_result", lambda c: c.sound_on_result,
                 _store_sound_on_result),
    SettingField("sound_guidance", "accessibility", "sound_on_guidance", lambda c: c.sound_on_guidance,
                 _store_sound_on_guidance),
)

_BY_KEY = {entry.key: entry for entry in FIELDS}


def field(key: str) -> SettingField:
    """The table's entry for `key` (KeyError for a key it does not have)."""
    return _BY_KEY[key]


def shown_values(config: StationConfig) -> dict[str, FieldValue]:
    """Every field's value for `config`, as the widgets are loaded with it."""
    return {entry.key: entry.shown(config) for entry in FIELDS}


def changed_keys(initial: Mapping[str, FieldValue], now: Mapping[str, FieldValue]) -> set[str]:
    """The fields whose value in `now` differs from `initial` (the values the dialog was loaded with)."""
    return {key for key, value in now.items() if initial.get(key) != value}


def apply_fields(config: StationConfig, values: Mapping[str, FieldValue], keys: Iterable[str]) -> StationConfig:
    """A copy of `config` with the fields named in `keys` written from `values`; `config` itself is untouched."""
    result = copy.deepcopy(config)
    for key in keys:
        field(key).store(result, values[key])
    return result
