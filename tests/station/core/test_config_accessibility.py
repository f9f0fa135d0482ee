"""The accessibility settings in the station's settings file: off by default, a round trip through the file,
a bad value falling back to its default, and a desk's sounds that do not travel with an exported settings file."""

from __future__ import annotations

import json
from pathlib import Path

from facestation.station.core.config import StationConfig
from facestation.station.core.settings_fields import apply_fields, changed_keys, shown_values
from facestation.station.core.settings_transfer import LOCAL_FIELDS, PORTABLE_FIELDS


def test_the_sounds_are_off_by_default() -> None:
    config = StationConfig()
    assert config.sound_on_result is False and config.sound_on_guidance is False


def test_the_sounds_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "station.json"
    config = StationConfig(sound_on_result=True, sound_on_guidance=True)
    config.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["sound_on_result"] is True and data["sound_on_guidance"] is True
    loaded = StationConfig.load(path)
    assert loaded.sound_on_result is True and loaded.sound_on_guidance is True


def test_a_bad_value_falls_back_to_off() -> None:
    config = StationConfig.from_dict({"sound_on_result": "yes", "sound_on_guidance": 1})
    assert config.sound_on_result is False and config.sound_on_guidance is False


def test_the_settings_table_writes_only_what_changed() -> None:
    config = StationConfig()
    initial = shown_values(config)
    now = dict(initial, sound_guidance=True)
    assert changed_keys(initial, now) == {"sound_guidance"}
    written = apply_fields(config, now, {"sound_guidance"})
    assert written.sound_on_guidance is True and written.sound_on_result is False
    assert config.sound_on_guidance is False  # the original is untouched


def test_the_sounds_belong_to_the_desk_not_to_the_site() -> None:
    for name in ("sound_on_result", "sound_on_guidance"):
        assert name in LOCAL_FIELDS and name not in PORTABLE_FIELDS
