"""CameraRules without Qt: the choice rules, the picker's options and the description, driven headless with a
stand-in live camera listing (the Qt side's own tests cover QtMultimedia and the GUI-thread call)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from facestation.station.core.camera import CameraOption, CameraRules
from facestation.station.core.camera.devices import CameraInfo
from facestation.station.core.camera.frames import NO_CAMERA_MESSAGE, CameraError, FrameSource
from facestation.station.core.camera.sources import ImageFileSource
from facestation.station.core.config import StationConfig


@dataclass(frozen=True)
class Listed:
    id: str
    description: str
    is_default: bool = False


class Rules(CameraRules):
    """CameraRules with a fixed listing: live cameras, OpenCV's cameras, and whether /dev has video nodes."""

    def __init__(self, config: StationConfig, override: str | None = None, *, live: list[Listed] | None = None,
                 opencv: list[CameraInfo] | None = None, no_video_devices: bool = False) -> None:
        super().__init__(config, override)
        self.live = live or []
        self.opencv = opencv or []
        self.no_video_devices = no_video_devices
        self.opened: list[tuple[str | None, tuple[int, int]]] = []

    def live_cameras(self) -> list[Listed]:
        return self.live

    def open_live_camera(self, device_id: str | None, resolution: tuple[int, int]) -> FrameSource:
        self.opened.append((device_id, resolution))
        raise CameraError("opened")

    def has_no_video_devices(self) -> bool:
        return self.no_video_devices

    def find_opencv_cameras(self) -> list[CameraInfo]:
        return list(self.opencv)


def test_the_settings_file_comes_before_a_camera(compliant_file: Path) -> None:
    rules = Rules(StationConfig(camera_path=str(compliant_file), camera_id="/dev/video0"),
                  live=[Listed("/dev/video0", "Integrated Camera", True)])
    factory = rules.factory()
    assert factory is not None
    source = factory()
    try:
        assert isinstance(source, ImageFileSource) and source.path == compliant_file
    finally:
        source.close()
    assert rules.current_key() == ("file", str(compliant_file))
    assert rules.describe() == f"Showing the file {compliant_file.name} instead of a camera"


def test_a_camera_that_is_gone_falls_back_to_the_default_one() -> None:
    rules = Rules(StationConfig(camera_id="/dev/video9"), live=[Listed("/dev/video0", "Integrated Camera", True)])
    factory = rules.factory()
    assert factory is not None
    with pytest.raises(CameraError):
        factory()
    assert rules.opened == [(None, rules.config.resolution)]
    assert rules.describe() == ("Camera: Integrated Camera (the camera chosen in the settings is not "
                                "connected)")
    assert rules.options() == [
        CameraOption("qt", "/dev/video0", "Integrated Camera", True),
        CameraOption("choose-file", "", "Photo or video file\u2026"),
    ]


def test_without_any_camera_there_is_nothing_to_show() -> None:
    rules = Rules(StationConfig(), no_video_devices=True)
    assert rules.factory() is None
    assert rules.probe_opencv_cameras() == []
    assert rules.opencv_cameras == []
    assert rules.describe() == NO_CAMERA_MESSAGE


def test_a_probe_is_remembered_for_the_picker() -> None:
    found = [CameraInfo(index=1, name="USB Camera", backend="V4L2", width=640, height=480)]
    rules = Rules(StationConfig(), opencv=found)
    assert rules.opencv_cameras is None
    assert rules.describe() == "Camera: the first camera found"
    assert rules.probe_opencv_cameras() == found
    assert rules.options()[0] == CameraOption("opencv", "1", "USB Camera", True)
    assert rules.describe() == "Camera: USB Camera"
