"""Which camera the station uses, without Qt: `facestation --camera`, else the settings' photo or video file,
else the chosen live camera (or the default one), else the first camera OpenCV can open.

`CameraRules` holds those rules, the picker's options, the status bar's description and what the last OpenCV
probe found. It knows live cameras only through its hooks: the Qt side (`facestation.station.ui.camera.choice`)
lists and opens QtMultimedia's cameras and translates the texts; left as they are, the rules see no live camera
and show the texts in English, which is what a headless caller wants.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from facestation.station.core.camera.devices import (
    CameraInfo,
    OpenCVCameraSource,
    list_opencv_cameras,
)
from facestation.station.core.camera.frames import (
    NO_CAMERA_MESSAGE,
    CameraError,
    FrameSource,
    SourceFactory,
)
from facestation.station.core.camera.sources import source_from_argument
from facestation.station.core.config import StationConfig

__all__ = [
    "CameraOption",
    "CameraRules",
    "ListedCamera",
    "OptionKind",
    "linux_has_no_video_devices",
]

OptionKind = Literal["qt", "opencv", "file", "choose-file"]


@dataclass(frozen=True)
class CameraOption:
    """One entry of the camera picker.

    `kind` "qt": a QtMultimedia camera (`key` its id); "opencv": an OpenCV camera (`key` its index); "file":
    the photo or video file of the settings (`key` its path); "choose-file": "Photo or video file…", which
    asks for a file. `label` is what the picker shows."""

    kind: OptionKind
    key: str
    label: str
    is_default: bool = False


class ListedCamera(Protocol):
    """A live camera as a listing shows it (QtMultimedia's `QtCameraInfo` is one)."""

    @property
    def id(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def is_default(self) -> bool: ...


def linux_has_no_video_devices() -> bool:
    """On Linux a camera is a /dev/videoN node: without one, OpenCV cannot find a camera either (a quick
    answer, where probing takes seconds)."""
    if not sys.platform.startswith("linux"):
        return False
    dev = Path("/dev")
    return dev.is_dir() and not any(dev.glob("video*"))


class CameraRules:
    """The station's camera, chosen from the command line, the settings and what is connected.

    `factory()`, `options()` and `describe()` are quick as long as `live_cameras()` is; OpenCV probing is slow
    and runs only inside a factory (on the caller's opening thread) or in `probe_opencv_cameras()` (call it in
    a worker); its answer is remembered. Subclasses fill in the hooks below.
    """

    def __init__(self, config: StationConfig, override: str | None = None) -> None:
        self.config = config
        self.override = override.strip() if override and override.strip() else None
        self._lock = threading.Lock()
        self._opencv_cameras: list[CameraInfo] | None = None  # None: not probed yet

    # -- hooks -------------------------------------------------------------------------------------------

    def live_cameras(self) -> Sequence[ListedCamera]:
        """The live cameras to choose from, the default one first (none here: the Qt side lists its own)."""
        return []

    def open_live_camera(self, device_id: str | None, resolution: tuple[int, int]) -> FrameSource:
        """Open the live camera `device_id` (None: the default one); runs on the factory's thread."""
        raise CameraError(NO_CAMERA_MESSAGE)

    def has_no_video_devices(self) -> bool:
        return linux_has_no_video_devices()

    def find_opencv_cameras(self) -> list[CameraInfo]:
        return list_opencv_cameras()

    @staticmethod
    def translate(text: str) -> str:
        """The text in the station's language (here: as it is)."""
        return text

    # -- what exists -------------------------------------------------------------------------------------

    @property
    def opencv_cameras(self) -> list[CameraInfo] | None:
        """What the last OpenCV probe found (None: not probed yet)."""
        with self._lock:
            return None if self._opencv_cameras is None else list(self._opencv_cameras)

    def probe_opencv_cameras(self) -> list[CameraInfo]:
        """Ask OpenCV which cameras it can open (blocking, up to a few seconds: call it in a worker)."""
        found = [] if self.has_no_video_devices() else self.find_opencv_cameras()
        with self._lock:
            self._opencv_cameras = list(found)
        return found

    # -- the factory -------------------------------------------------------------------------------------

    def factory(self) -> SourceFactory | None:
        """How to open the chosen source, or None when the station has nothing to show (no override, no file
        in the settings, no camera). The factory raises CameraError with a message for the desk."""
        resolution = self.config.resolution
        if self.override is not None:
            override = self.override
            return lambda: source_from_argument(override)
        if self.config.camera_path:
            path = self.config.camera_path
            return lambda: source_from_argument(path)
        configured = self.config.camera_id
        live_cameras = self.live_cameras()
        if live_cameras:
            ids = {camera.id for camera in live_cameras}
            if configured is not None and configured not in ids and configured.isdigit():
                return self._opencv_factory(int(configured), resolution)  # an OpenCV index chosen earlier
            # A configured camera that is gone: the default one rather than none (a desk with one camera
            # that was replaced keeps working); describe() says so.
            device_id = configured if configured in ids else None
            return lambda: self.open_live_camera(device_id, resolution)
        if configured is not None and configured.isdigit():
            return self._opencv_factory(int(configured), resolution)
        known = self.opencv_cameras
        if known is not None:
            return self._opencv_factory(known[0].index, resolution) if known else None
        if self.has_no_video_devices():
            return None
        return self._probing_factory(resolution)

    @staticmethod
    def _opencv_factory(index: int, resolution: tuple[int, int]) -> SourceFactory:
        width, height = resolution
        return lambda: OpenCVCameraSource(index, width, height)

    def _probing_factory(self, resolution: tuple[int, int]) -> SourceFactory:
        def open_first_camera() -> FrameSource:
            found = self.probe_opencv_cameras()  # on the opening thread: slow is fine here
            if not found:
                raise CameraError(NO_CAMERA_MESSAGE)
            width, height = resolution
            return OpenCVCameraSource(found[0].index, width, height)

        return open_first_camera

    # -- for the picker and the status bar ---------------------------------------------------------------

    def options(self) -> list[CameraOption]:
        """The cameras to pick from (the live ones, or OpenCV's when there is none and they were probed), the
        settings' file if there is one, and "Photo or video file…"."""
        options: list[CameraOption] = []
        live_cameras = self.live_cameras()
        for camera in live_cameras:
            options.append(CameraOption("qt", camera.id, camera.description, camera.is_default))
        if not live_cameras:
            for index, camera in enumerate(self.opencv_cameras or []):
                options.append(CameraOption("opencv", str(camera.index), camera.name, index == 0))
        if self.config.camera_path:
            options.append(CameraOption("file", self.config.camera_path, self.file_label(self.config.camera_path)))
        tr = self.translate  # lupdate collects `tr("…")` calls (under the empty context)
        options.append(CameraOption("choose-file", "", tr("Photo or video file\u2026")))
        return options

    @classmethod
    def file_label(cls, path: str) -> str:
        return _file_label(cls.translate, path)

    def current_key(self) -> tuple[OptionKind, str] | None:
        """The option the settings point at (kind, key), or None when they name nothing (the default camera)."""
        if self.config.camera_path:
            return "file", self.config.camera_path
        configured = self.config.camera_id
        if configured is None:
            return None
        return ("opencv" if configured.isdigit() else "qt"), configured

    def describe(self) -> str:
        """A short text for the status bar's tooltip: what the camera panels show."""
        tr = self.translate
        if self.override is not None:
            return tr("Camera chosen at start: {0}").format(self.override)
        if self.config.camera_path:
            return tr("Showing the file {0} instead of a camera").format(Path(self.config.camera_path).name)
        live_cameras = self.live_cameras()
        configured = self.config.camera_id
        if live_cameras:
            chosen = next((camera for camera in live_cameras if camera.id == configured), None)
            if chosen is not None:
                return tr("Camera: {0}").format(chosen.description)
            if configured is not None and not configured.isdigit():
                return tr("Camera: {0} (the camera chosen in the settings is not connected)").format(
                    live_cameras[0].description)
            if configured is None:
                return tr("Camera: {0}").format(live_cameras[0].description)
        known = self.opencv_cameras
        if configured is not None and configured.isdigit():
            name = next((camera.name for camera in known or [] if str(camera.index) == configured), None)
            return tr("Camera: {0}").format(name or tr("camera number {0}").format(configured))
        if known:
            return tr("Camera: {0}").format(known[0].name)
        if known is None and not self.has_no_video_devices():
            return tr("Camera: the first camera found")
        return tr(NO_CAMERA_MESSAGE)


def _file_label(tr: Callable[[str], str], path: str) -> str:
    # A plain function, so lupdate files the text under the empty context, where `translate` looks it up.
    return tr("Photo or video: {0}").format(Path(path).name or path)
