"""The station's last camera self-test, saved: when it ran, with which camera, its verdict and its lines (no
images), in a small JSON file next to the station's settings. No Qt.

    path = self_test_path_for(session.config_path)
    save_self_test(path, saved_result(report, camera_key(choice)))
    saved = load_self_test(path)            # None: never tested, or the file is damaged
    if camera_changed(saved, camera_key(choice)): ...   # warn: this camera was never tested

The camera key names the camera the station opens, as `CameraRules.factory` chooses it: the file (a photo or a
video instead of a camera, from the settings or `--camera`), or the camera's device id with the resolution asked
for, since a test at 640x480 says little about the same camera at 1920x1080. The file is written atomically and
readable by this OS account only (like the PIN throttle's); a damaged file reads as no result, never a crash.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from facestation.files import write_atomically
from facestation.private_files import make_private_dir
from facestation.station.core.camera.choice import CameraRules
from facestation.station.core.camera.self_test import SelfTestReport
from facestation.station.core.camera.self_test_lines import SelfTestLine

__all__ = ["SELF_TEST_FILE_NAME", "SavedSelfTest", "activity_details", "camera_changed", "camera_key",
           "load_self_test", "save_self_test", "saved_result", "self_test_path_for"]

logger = logging.getLogger(__name__)

SELF_TEST_FILE_NAME: Final = "camera-self-test.json"
_VERSION: Final = 1


def self_test_path_for(settings_path: Path) -> Path:
    """The saved result's file: next to the station's settings file, in the per-user config folder."""
    return settings_path.with_name(SELF_TEST_FILE_NAME)


@dataclass(frozen=True)
class SavedSelfTest:
    """One finished self-test as the station keeps it. `ran_at` is aware (UTC); `camera` is what the desk
    reads (the source's name), `camera_key` what `camera_changed` compares."""

    ran_at: datetime
    camera_key: str
    camera: str
    passed: bool
    lines: tuple[SelfTestLine, ...]

    @property
    def advice_count(self) -> int:
        return sum(not line.passed for line in self.lines)

    @property
    def pass_count(self) -> int:
        return sum(line.passed for line in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {"version": _VERSION, "ran_at": self.ran_at.isoformat(), "camera_key": self.camera_key,
                "camera": self.camera, "passed": self.passed, "lines": [line.to_record() for line in self.lines]}

    @classmethod
    def from_json(cls, data: Any) -> SavedSelfTest:
        """Raises KeyError, TypeError or ValueError on anything `to_json` did not write."""
        if not isinstance(data, dict) or data.get("version") != _VERSION:
            raise ValueError("not a saved self-test of this version")
        ran_at = datetime.fromisoformat(data["ran_at"])
        if ran_at.tzinfo is None:
            raise ValueError("the time has no time zone")
        camera_key_text, camera, passed = data["camera_key"], data["camera"], data["passed"]
        if not (isinstance(camera_key_text, str) and isinstance(camera, str) and isinstance(passed, bool)):
            raise TypeError("camera_key and camera must be text, passed true or false")
        lines = data["lines"]
        if not isinstance(lines, list):
            raise TypeError("lines must be a list")
        return cls(ran_at, camera_key_text, camera, passed, tuple(SelfTestLine.from_record(line) for line in lines))


def saved_result(report: SelfTestReport, key: str, *, now: datetime | None = None) -> SavedSelfTest:
    """What the station keeps of `report`, run on the camera `key` (`camera_key`), finished at `now`."""
    return SavedSelfTest(ran_at=(now or datetime.now(UTC)).astimezone(UTC), camera_key=key,
                         camera=report.source_name, passed=report.passed, lines=report.lines)


def save_self_test(path: Path, saved: SavedSelfTest) -> None:
    """Replace the saved result (atomically, 0600 in a 0700 folder). Raises OSError when it cannot be written."""
    make_private_dir(path.parent)
    text = json.dumps(saved.to_json(), indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"))


def load_self_test(path: Path) -> SavedSelfTest | None:
    """The saved result, or None when there is none or it cannot be read (logged; the next test replaces it)."""
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        logger.warning("The saved camera self-test %s cannot be read (%s); it is ignored", path, error)
        return None
    try:
        return SavedSelfTest.from_json(data)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        logger.warning("The saved camera self-test %s is damaged (%s); it is ignored", path, error)
        return None


def camera_key(rules: CameraRules) -> str:
    """The camera the station opens, as `rules.factory()` chooses it (see the module docstring)."""
    config = rules.config
    if rules.override is not None:
        return f"start:{rules.override}"
    if config.camera_path:
        return f"file:{config.camera_path}"
    size = "{}x{}".format(*config.resolution)
    configured = config.camera_id
    live = rules.live_cameras()
    if live:
        ids = [camera.id for camera in live]
        if configured is not None and configured not in ids and configured.isdigit():
            return f"opencv:{configured}@{size}"
        # A configured camera that is gone: the factory opens the default one, and so does the test.
        chosen = configured if configured in ids else next((c.id for c in live if c.is_default), ids[0])
        return f"camera:{chosen}@{size}"
    if configured is not None and configured.isdigit():
        return f"opencv:{configured}@{size}"
    return f"opencv:first@{size}"


def camera_changed(saved: SavedSelfTest | None, current_key: str) -> bool:
    """A self-test was saved, but for another camera than `current_key`: the desk should test this one."""
    return saved is not None and saved.camera_key != current_key


def activity_details(saved: SavedSelfTest) -> dict[str, Any]:
    """The activity log's details for a finished test: the verdict and which checks gave advice. No camera
    name, no image, no figures that could identify the person in front of the camera."""
    return {"passed": saved.passed, "checks": len(saved.lines),
            "advice": [line.check for line in saved.lines if not line.passed],
            "source": saved.camera_key.split(":", 1)[0]}  # file, start (--camera), camera or opencv
