"""Which camera the station uses: `facestation --camera`, else the settings' photo or video file, else the chosen
QtMultimedia camera (or the default one), else the first camera OpenCV can open.

`CameraChoice.factory()` answers with a `SourceFactory` (what `StationContext.camera()` hands the panels, and
what `PipelineBridge.open_source` runs on its opening thread) or None when there is nothing to show.

Threads. QtMultimedia objects must be made on the GUI thread, but the bridge calls the factory on its
background opening thread. The factory therefore marshals only the Qt camera's construction to the GUI thread
(a queued call it waits for, `_GuiThreadCall`), then waits on its own thread for the first picture. That keeps
the choice late (a camera plugged in after start-up is found; nothing runs while no panel shows a camera) and
lets the opening thread report a busy camera as an opening error. The wait is bounded instead of a
BlockingQueuedConnection: if the GUI thread were ever waiting for the opening thread, a blocking call would
deadlock, while this one gives up with a readable error and closes a camera that arrives too late.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from facestation.station.core.camera.sources import (
    NO_CAMERA_MESSAGE,
    CameraError,
    CameraInfo,
    FrameSource,
    OpenCVCameraSource,
    list_opencv_cameras,
    source_from_argument,
)
from facestation.station.core.config import StationConfig
from facestation.station.ui.pipeline_bridge import SourceFactory
from facestation.station.ui.qt_camera import (
    QtCameraInfo,
    QtCameraSource,
    list_qt_cameras,
)

__all__ = ["CameraChoice", "CameraOption", "OptionKind"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

OptionKind = Literal["qt", "opencv", "file", "choose-file"]

# How long the opening thread waits for the GUI thread to make the Qt camera, then for its first picture.
GUI_CALL_TIMEOUT_SECONDS: Final = 10.0
FIRST_FRAME_TIMEOUT_SECONDS: Final = 5.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("CameraChoice", text)


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


class _GuiThreadCall(QObject):
    """Runs a function on the GUI thread for another thread and hands back its result (see the module doc)."""

    _requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._requested.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, job: Callable[[], None]) -> None:
        job()

    def call(self, function: Callable[[], T], timeout: float, *,
             discard: Callable[[T], None] | None = None) -> T:
        """`function()` on the GUI thread; its result or exception here. After `timeout` seconds a CameraError
        is raised and a result that still comes is handed to `discard` (e.g. to close a camera)."""
        if QThread.currentThread() == self.thread():
            return function()
        lock = threading.Lock()
        done = threading.Event()
        state: dict[str, object] = {}

        def job() -> None:
            with lock:
                if state.get("abandoned"):
                    return
            try:
                result: object = function()
                error: BaseException | None = None
            except BaseException as exc:  # noqa: BLE001 - re-raised on the calling thread
                result, error = None, exc
            with lock:
                late = bool(state.get("abandoned"))
                if not late:
                    state["result"], state["error"] = result, error
            if late and error is None and discard is not None:
                discard(result)  # type: ignore[arg-type]
            done.set()

        self._requested.emit(job)
        if not done.wait(timeout):
            with lock:
                finished = "result" in state or "error" in state
                if not finished:
                    state["abandoned"] = True
            if not finished:
                raise CameraError(_tr("The camera did not respond in time. Try again, or restart the station."))
        error = state.get("error")
        if isinstance(error, BaseException):
            raise error
        return state["result"]  # type: ignore[return-value]


def _linux_has_no_video_devices() -> bool:
    """On Linux a camera is a /dev/videoN node: without one, OpenCV cannot find a camera either (a quick
    answer, where probing takes seconds)."""
    if not sys.platform.startswith("linux"):
        return False
    dev = Path("/dev")
    return dev.is_dir() and not any(dev.glob("video*"))


class CameraChoice:
    """The station's camera, chosen from the command line, the settings and what is connected.

    Make it on the GUI thread. `factory()`, `options()` and `describe()` are quick (QtMultimedia keeps its
    list of cameras); OpenCV probing is slow and runs only inside a factory (on the bridge's opening thread)
    or in `probe_opencv_cameras()` (call it in a worker); its answer is remembered.
    """

    def __init__(self, config: StationConfig, override: str | None = None) -> None:
        self.config = config
        self.override = override.strip() if override and override.strip() else None
        self._gui = _GuiThreadCall()
        self._lock = threading.Lock()
        self._opencv_cameras: list[CameraInfo] | None = None  # None: not probed yet

    # -- what exists -------------------------------------------------------------------------------------

    def qt_cameras(self) -> list[QtCameraInfo]:
        return list_qt_cameras()

    @property
    def opencv_cameras(self) -> list[CameraInfo] | None:
        """What the last OpenCV probe found (None: not probed yet)."""
        with self._lock:
            return None if self._opencv_cameras is None else list(self._opencv_cameras)

    def probe_opencv_cameras(self) -> list[CameraInfo]:
        """Ask OpenCV which cameras it can open (blocking, up to a few seconds: call it in a worker)."""
        found = [] if _linux_has_no_video_devices() else list_opencv_cameras()
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
        qt_cameras = self.qt_cameras()
        if qt_cameras:
            ids = {camera.id for camera in qt_cameras}
            if configured is not None and configured not in ids and configured.isdigit():
                return self._opencv_factory(int(configured), resolution)  # an OpenCV index chosen earlier
            # A configured camera that is gone: the default one rather than none (a desk with one camera
            # that was replaced keeps working); describe() says so.
            device_id = configured if configured in ids else None
            return lambda: self._open_qt(device_id, resolution)
        if configured is not None and configured.isdigit():
            return self._opencv_factory(int(configured), resolution)
        known = self.opencv_cameras
        if known is not None:
            return self._opencv_factory(known[0].index, resolution) if known else None
        if _linux_has_no_video_devices():
            return None
        return self._probing_factory(resolution)

    def _open_qt(self, device_id: str | None, resolution: tuple[int, int]) -> FrameSource:
        source = self._gui.call(lambda: QtCameraSource(device_id, resolution), GUI_CALL_TIMEOUT_SECONDS,
                                discard=lambda late: late.close())
        source.wait_until_started(FIRST_FRAME_TIMEOUT_SECONDS)
        return source

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
        """The cameras to pick from (QtMultimedia's, or OpenCV's when it has none and they were probed), the
        settings' file if there is one, and "Photo or video file…"."""
        options: list[CameraOption] = []
        qt_cameras = self.qt_cameras()
        for camera in qt_cameras:
            options.append(CameraOption("qt", camera.id, camera.description, camera.is_default))
        if not qt_cameras:
            for index, camera in enumerate(self.opencv_cameras or []):
                options.append(CameraOption("opencv", str(camera.index), camera.name, index == 0))
        if self.config.camera_path:
            options.append(CameraOption("file", self.config.camera_path, self.file_label(self.config.camera_path)))
        options.append(CameraOption("choose-file", "", _tr("Photo or video file\u2026")))
        return options

    @staticmethod
    def file_label(path: str) -> str:
        return _tr("Photo or video: {0}").format(Path(path).name or path)

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
        if self.override is not None:
            return _tr("Camera chosen at start: {0}").format(self.override)
        if self.config.camera_path:
            return _tr("Showing the file {0} instead of a camera").format(Path(self.config.camera_path).name)
        qt_cameras = self.qt_cameras()
        configured = self.config.camera_id
        if qt_cameras:
            chosen = next((camera for camera in qt_cameras if camera.id == configured), None)
            if chosen is not None:
                return _tr("Camera: {0}").format(chosen.description)
            if configured is not None and not configured.isdigit():
                return _tr("Camera: {0} (the camera chosen in the settings is not connected)").format(
                    qt_cameras[0].description)
            if configured is None:
                return _tr("Camera: {0}").format(qt_cameras[0].description)
        known = self.opencv_cameras
        if configured is not None and configured.isdigit():
            name = next((camera.name for camera in known or [] if str(camera.index) == configured), None)
            return _tr("Camera: {0}").format(name or _tr("camera number {0}").format(configured))
        if known:
            return _tr("Camera: {0}").format(known[0].name)
        if known is None and not _linux_has_no_video_devices():
            return _tr("Camera: the first camera found")
        return _tr(NO_CAMERA_MESSAGE)
