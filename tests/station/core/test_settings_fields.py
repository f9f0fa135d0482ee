"""The settings dialog's field table without widgets: the values a config shows, the config a set of values
writes, only the changed fields written, and a value of the wrong kind refused."""

from __future__ import annotations

import dataclasses

import pytest

from facestation.station.core.config import DEFAULT_CONSENT_TEXT, StationConfig
from facestation.station.core.settings_fields import (
    FIELDS,
    apply_fields,
    camera_key,
    changed_keys,
    field,
    parse_size,
    shown_values,
    size_key,
)


def test_every_field_names_a_config_attribute_and_a_section() -> None:
    attributes = {spec.name for spec in dataclasses.fields(StationConfig)}
    assert len({entry.key for entry in FIELDS}) == len(FIELDS)
    for entry in FIELDS:
        assert entry.attribute in attributes
        assert entry.section in {"camera", "checks", "liveness", "times", "privacy", "appearance", "accessibility", "kiosk"}


def test_the_values_a_config_shows() -> None:
    config = StationConfig(camera_id="/dev/video2", resolution=(1920, 1080), idle_lock_seconds=90,
                           auto_capture_stillness=0.035, language="es", theme="dark")
    shown = shown_values(config)
    assert shown["camera"] == ("qt", "/dev/video2")
    assert shown["resolution"] == "1920x1080"
    assert shown["idle_lock"] == 2  # 90 s shown in whole minutes
    assert shown["stillness"] == pytest.approx(3.5)  # in %
    assert (shown["language"], shown["theme"], shown["kiosk"]) == ("es", "dark", False)


def test_camera_key() -> None:
    assert camera_key(StationConfig()) is None
    assert camera_key(StationConfig(camera_id="0")) == ("opencv", "0")
    assert camera_key(StationConfig(camera_id="0", camera_path="/tmp/walk.mp4")) == ("file", "/tmp/walk.mp4")


def test_sizes_round_trip() -> None:
    assert parse_size(size_key((640, 480))) == (640, 480)


def test_only_the_changed_fields_are_written() -> None:
    config = StationConfig(idle_lock_seconds=90)
    initial = shown_values(config)
    now = dict(initial, theme="high-contrast", result_clear=30)
    assert changed_keys(initial, now) == {"theme", "result_clear"}
    written = apply_fields(config, now, changed_keys(initial, now))
    assert written.theme == "high-contrast" and written.result_clear_seconds == 30
    assert written.idle_lock_seconds == 90  # unchanged: not rounded to whole minutes
    assert config.theme == "light"  # the original is left alone


def test_values_go_back_in_the_config_units() -> None:
    config = StationConfig()
    values = {"camera": ("file", "/tmp/walk.mp4"), "resolution": "1920x1080", "stillness": 3.5, "idle_lock": 10,
              "consent_text": "", "language": None}
    written = apply_fields(config, values, values)
    assert written.camera_path == "/tmp/walk.mp4"
    assert written.resolution == (1920, 1080)
    assert written.auto_capture_stillness == pytest.approx(0.035)
    assert written.idle_lock_seconds == 600
    assert written.consent_text == DEFAULT_CONSENT_TEXT  # emptied: the default sentence
    assert written.language is None
    camera = apply_fields(StationConfig(camera_path="/tmp/old.mp4"), {"camera": ("qt", "/dev/video2")}, ["camera"])
    assert (camera.camera_id, camera.camera_path) == ("/dev/video2", None)
    unchanged = apply_fields(StationConfig(camera_id="/dev/video0"), {"camera": None}, ["camera"])
    assert unchanged.camera_id == "/dev/video0"  # nothing chosen: the config keeps its camera


def test_a_value_of_the_wrong_kind_is_refused() -> None:
    config = StationConfig()
    with pytest.raises(TypeError):
        field("kiosk").store(config, "yes")
    with pytest.raises(TypeError):
        field("frames").store(config, True)
    with pytest.raises(ValueError):
        field("theme").store(config, "purple")
