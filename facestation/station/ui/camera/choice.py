"""The station's camera choice on the Qt side: `CameraChoice` is `CameraRules` (facestation.station.core.camera
.choice: the override, the settings' file, the chosen camera, the OpenCV fallback) with QtMultimedia's cameras
and the texts translated.

`CameraChoice.factory()` answers with a `SourceFactory` (what `StationContext.camera()` hands the panels, and
what `PipelineBridge.open_source` runs on its opening thread) or None when there is nothing to show.

Threads. QtMultimedia objects must be made on the GUI thread, but the bridge calls the factory on its
background opening thread. The factory therefore marshals only the Qt camera's construction to the GUI thread
(a queued call it waits for, `_GuiThreadCall`), then waits on its own thread for the first picture. That keeps
the choice late (a camera plugged in after start-up is found; nothing runs while no panel shows a camera) and
lets the opening thread report a busy camera as an opening error. The wait is bounded instead of a
BlockingQueuedConnection: if the GUI thread were ever waiting for the opening thread, a blocking call would
deadlock, while this one gives up with a readable error and closes a camera that arrives too late.

The enumeration functions (`list_qt_cameras`, `list_opencv_cameras`, `_linux_has_no_video_devices`) are looked
up in this module when they run, so a test without camera hardware replaces them here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Final, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from facestation.station.core.camera.choice import CameraOption, CameraRules, OptionKind
from facestation.station.core.camera.choice import (
    linux_has_no_video_devices as _linux_has_no_video_devices,
)
from facestation.station.core.camera.devices import CameraInfo, list_opencv_cameras
from facestation.station.core.camera.frames import CameraError, FrameSource
from facestation.station.core.config import StationConfig
from facestation.station.ui.camera.qt_camera import (
    QtCameraInfo,
    QtCameraSource,
    list_qt_cameras,
)

__all__ = ["CameraChoice", "CameraOption", "OptionKind"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

# How long the opening thread waits for the GUI thread to make the Qt camera, then for its first picture.
GUI_CALL_TIMEOUT_SECONDS: Final = 10.0
FIRST_FRAME_TIMEOUT_SECONDS: Final = 5.0


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
                raise CameraError(QCoreApplication.translate(
                    "CameraChoice", "The camera did not respond in time. Try again, or restart the station."))
        error = state.get("error")
        if isinstance(error, BaseException):
            raise error
        return state["result"]  # type: ignore[return-value]


class CameraChoice(CameraRules):
    """The station's camera (see `CameraRules`), with QtMultimedia's cameras as the live ones.

    Make it on the GUI thread. `factory()`, `options()` and `describe()` are quick (QtMultimedia keeps its
    list of cameras); OpenCV probing is slow and runs only inside a factory (on the bridge's opening thread)
    or in `probe_opencv_cameras()` (call it in a worker); its answer is remembered.
    """

    def __init__(self, config: StationConfig, override: str | None = None) -> None:
        super().__init__(config, override)
        self._gui = _GuiThreadCall()

    def qt_cameras(self) -> list[QtCameraInfo]:
        return list_qt_cameras()

    def live_cameras(self) -> list[QtCameraInfo]:
        return self.qt_cameras()

    def open_live_camera(self, device_id: str | None, resolution: tuple[int, int]) -> FrameSource:
        source = self._gui.call(lambda: QtCameraSource(device_id, resolution), GUI_CALL_TIMEOUT_SECONDS,
                                discard=lambda late: late.close())
        source.wait_until_started(FIRST_FRAME_TIMEOUT_SECONDS)
        return source

    def has_no_video_devices(self) -> bool:
        return _linux_has_no_video_devices()

    def find_opencv_cameras(self) -> list[CameraInfo]:
        return list_opencv_cameras()

    @staticmethod
    def translate(text: str) -> str:
        # The rules (core/camera/choice.py) call `tr(...)` outside any class, so lupdate files their texts under
        # the empty context: look them up there.
        return QCoreApplication.translate("", text)
