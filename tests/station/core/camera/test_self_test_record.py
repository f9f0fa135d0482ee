"""The saved self-test: written and read back, a damaged file reads as none, the camera key follows the camera
the station opens, and the activity log's details carry the verdict without images or names."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facestation.station.core.audit import AuditLog
from facestation.station.core.camera.choice import CameraRules
from facestation.station.core.camera.self_test import SelfTestReport
from facestation.station.core.camera.self_test_lines import (
    SelfTestLine,
    auto_capture_line,
    exposure_line,
)
from facestation.station.core.camera.self_test_record import (
    SELF_TEST_FILE_NAME,
    activity_details,
    camera_changed,
    camera_key,
    load_self_test,
    save_self_test,
    saved_result,
    self_test_path_for,
)
from facestation.station.core.config import StationConfig
from facestation.vision.quality import DEFAULT_THRESHOLDS

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def report() -> SelfTestReport:
    lines = (exposure_line(20.0, DEFAULT_THRESHOLDS),  # far under the minimum: advice
             SelfTestLine("resolution", {"width": 1280, "height": 720, "asked": None}, True,
                          "Pictures are {width}x{height} pixels.", {"width": 1280, "height": 720}),
             auto_capture_line(1.5, []))
    return SelfTestReport("Photo: desk.png", 2.0, 60, 20, 20, lines)


@dataclass(frozen=True)
class Listed:
    """A live camera as QtMultimedia lists it."""

    id: str
    description: str
    is_default: bool = False


class Rules(CameraRules):
    """The camera rules with a fixed list of live cameras (what QtMultimedia would list)."""

    def __init__(self, config: StationConfig, cameras: list[Listed], override: str | None = None) -> None:
        super().__init__(config, override)
        self.cameras = cameras

    def live_cameras(self) -> list[Listed]:
        return self.cameras

    def has_no_video_devices(self) -> bool:
        return False


def test_saved_and_read_back_private(tmp_path: Path) -> None:
    path = self_test_path_for(tmp_path / "config" / "station.json")
    assert path.name == SELF_TEST_FILE_NAME and path.parent == tmp_path / "config"
    saved = saved_result(report(), "file:/clips/desk.mp4", now=WHEN)
    save_self_test(path, saved)
    loaded = load_self_test(path)
    assert loaded == saved
    assert loaded.ran_at == WHEN and not loaded.passed
    assert (loaded.pass_count, loaded.advice_count) == (2, 1)
    assert loaded.lines[0].sentence.startswith("The face is too dark")
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "image" not in path.read_text(encoding="utf-8").lower()


@pytest.mark.parametrize("content", [
    b"", b"{not json", b"\xff\xfe", b"[]", b'{"version": 1}', b'{"version": 99, "lines": []}',
    json.dumps({"version": 1, "ran_at": "yesterday", "camera_key": "k", "camera": "c", "passed": True,
                "lines": []}).encode(),
    json.dumps({"version": 1, "ran_at": WHEN.isoformat(), "camera_key": "k", "camera": "c", "passed": True,
                "lines": [{"check": "exposure", "verdict": "pass", "template": "{missing}", "params": {}}]}).encode(),
    json.dumps({"version": 1, "ran_at": WHEN.isoformat(), "camera_key": "k", "camera": "c", "passed": "yes",
                "lines": []}).encode(),
])
def test_a_damaged_file_reads_as_no_result(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / SELF_TEST_FILE_NAME
    path.write_bytes(content)
    assert load_self_test(path) is None


def test_no_file_is_no_result(tmp_path: Path) -> None:
    assert load_self_test(tmp_path / SELF_TEST_FILE_NAME) is None


def test_camera_changed() -> None:
    saved = saved_result(report(), "camera:usb-1@1280x720", now=WHEN)
    assert not camera_changed(saved, "camera:usb-1@1280x720")
    assert camera_changed(saved, "camera:usb-2@1280x720")
    assert camera_changed(saved, "camera:usb-1@1920x1080")
    assert not camera_changed(None, "camera:usb-1@1280x720")  # never tested: nothing changed "since"


def test_the_camera_key_follows_the_camera_the_station_opens() -> None:
    front = Listed("usb-front", "Front camera", is_default=True)
    other = Listed("usb-other", "Other camera")
    config = StationConfig()
    assert camera_key(Rules(config, [front, other])) == "camera:usb-front@1280x720"
    config.camera_id = "usb-other"
    assert camera_key(Rules(config, [front, other])) == "camera:usb-other@1280x720"
    # The chosen camera was unplugged: the station opens the default one, so that is the one tested.
    assert camera_key(Rules(config, [front])) == "camera:usb-front@1280x720"
    config.resolution = (1920, 1080)
    assert camera_key(Rules(config, [front])) == "camera:usb-front@1920x1080"
    config.camera_id = "2"
    assert camera_key(Rules(config, [])) == "opencv:2@1920x1080"
    config.camera_path = "/clips/desk.mp4"
    assert camera_key(Rules(config, [front])) == "file:/clips/desk.mp4"
    assert camera_key(Rules(config, [front], override="/clips/other.mp4")) == "start:/clips/other.mp4"


def test_the_activity_details_are_accepted_by_the_log_and_carry_no_image(tmp_path: Path) -> None:
    details = activity_details(saved_result(report(), "file:/clips/desk.mp4", now=WHEN))
    assert details == {"passed": False, "checks": 3, "advice": ["exposure"], "source": "file"}
    with AuditLog(tmp_path / "audit.sqlite3") as log:
        log.append("camera_self_test", operator="desk", details=details)
        (entry,) = log.entries()
    assert entry.action == "camera_self_test" and entry.details == details
