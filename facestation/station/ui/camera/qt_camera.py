"""Cameras through QtMultimedia: human-readable names, the nearest capture format, and `QtCameraSource`, which
feeds the quality pipeline through a `PushFrameSource`.

QtMultimedia knows the cameras by their real names ("Integrated Camera", "Logitech BRIO") and drives them with
the platform's own API (V4L2, Media Foundation, AVFoundation), which OpenCV's index guessing does not. Its
objects belong to the GUI thread: `QtCameraSource` is created there and its camera lives there; each new
frame arrives in a slot on the GUI thread, which only converts it to a BGR array (one copy) and pushes it.
The pipeline's reader thread takes the newest one with `read()` (the `FrameSource` protocol); a frame it did not
take in time is replaced by the next (newest wins).
"""

from __future__ import annotations

import logging
import math
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from facestation.station.core.camera.sources import (
    NO_CAMERA_MESSAGE,
    CameraError,
    Frame,
    PushFrameSource,
)

__all__ = [
    "DEFAULT_RESOLUTION",
    "QtCameraInfo",
    "QtCameraSource",
    "choose_camera_format",
    "device_id_text",
    "list_qt_cameras",
    "nearest_resolution",
    "qimage_to_bgr",
    "video_frame_to_bgr",
]

logger = logging.getLogger(__name__)

Resolution = tuple[int, int]

DEFAULT_RESOLUTION: Final = (1280, 720)
# Beyond this a camera only costs conversion time on the GUI thread: the analysis runs at about 15 Hz.
_ENOUGH_FPS: Final = 30.0
# A camera format slower than this makes the preview stutter; used only to break ties between formats.
_SMOOTH_FPS: Final = 15.0

# QImage formats whose bytes are B, G, R, X on a little-endian machine: sliced, not converted.
_BGRX_FORMATS: Final = frozenset({
    QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32, QImage.Format.Format_ARGB32_Premultiplied,
})


# -- listing ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QtCameraInfo:
    """A camera QtMultimedia sees: `id` (what `StationConfig.camera_id` keeps), the name to show, whether it
    is the system's default camera, and the resolutions it offers (largest first)."""

    id: str
    description: str
    is_default: bool = False
    resolutions: tuple[Resolution, ...] = ()

    @property
    def name(self) -> str:
        return self.description


def device_id_text(device: QCameraDevice) -> str:
    """A camera's id as text for the settings file: the id itself when it is printable (on Linux it is the
    device path, "/dev/video0"), else its bytes in hex (Windows and macOS ids may hold anything)."""
    raw = bytes(device.id().data())
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return raw.hex()
    return text if text.isprintable() and text.strip() == text and text else raw.hex()


def _video_inputs() -> list[QCameraDevice]:
    """The cameras, the system's default first (QMediaDevices keeps its own order otherwise)."""
    inputs = list(QMediaDevices.videoInputs())
    default = QMediaDevices.defaultVideoInput()
    if default.isNull():
        return inputs
    default_id = bytes(default.id().data())
    return sorted(inputs, key=lambda device: bytes(device.id().data()) != default_id)


def list_qt_cameras() -> list[QtCameraInfo]:
    """The cameras QtMultimedia finds, the default one first; empty when there is none (then the station falls
    back to OpenCV, or says `NO_CAMERA_MESSAGE`). Quick: QtMultimedia keeps the list and updates it on
    plug and unplug, so this may run on the GUI thread."""
    cameras = []
    for device in _video_inputs():
        sizes = {(format_.resolution().width(), format_.resolution().height()) for format_ in device.videoFormats()}
        cameras.append(QtCameraInfo(
            id=device_id_text(device),
            description=device.description().strip() or QCoreApplication.translate("QtCamera", "Camera"),
            is_default=device.isDefault(),
            resolutions=tuple(sorted(sizes, key=lambda size: size[0] * size[1], reverse=True)),
        ))
    return cameras


# -- format choice ------------------------------------------------------------------------------------------


def nearest_resolution(available: Sequence[Resolution], wanted: Resolution) -> Resolution | None:
    """The available (width, height) nearest to `wanted`, or None when there is none.

    Nearness is measured in ratios (|log w/w'| + |log h/h'|), so twice too big counts as much as half too small
    and a different shape counts against a size. On a tie the larger one wins: more detail for the portrait.
    """
    want_w, want_h = wanted
    if want_w <= 0 or want_h <= 0:
        raise ValueError("the wanted resolution must be positive")
    usable = [(w, h) for w, h in available if w > 0 and h > 0]
    if not usable:
        return None

    def distance(size: Resolution) -> tuple[float, int]:
        w, h = size
        return round(abs(math.log(w / want_w)) + abs(math.log(h / want_h)), 9), -(w * h)

    return min(usable, key=distance)


def choose_camera_format(formats: Sequence[QCameraFormat], wanted: Resolution) -> QCameraFormat | None:
    """The camera format nearest to `wanted` (see `nearest_resolution`); among formats of that size, the one
    with a frame rate nearest to a smooth 30 frames a second. None when the camera lists no formats (then Qt
    picks its own)."""
    sizes = [(format_.resolution().width(), format_.resolution().height()) for format_ in formats]
    best = nearest_resolution(sizes, wanted)
    if best is None:
        return None
    candidates = [format_ for format_, size in zip(formats, sizes, strict=True) if size == best]

    def smoothness(format_: QCameraFormat) -> tuple[bool, float]:
        fps = float(format_.maxFrameRate())
        return fps >= _SMOOTH_FPS, -abs(min(fps, 60.0) - _ENOUGH_FPS)

    return max(candidates, key=smoothness)


# -- frame conversion ---------------------------------------------------------------------------------------


def qimage_to_bgr(image: QImage) -> np.ndarray:
    """A QImage as a new BGR uint8 array (height, width, 3).

    The 32-bit formats QtMultimedia hands out for camera frames are B, G, R, X in memory (little-endian), so
    they are sliced and copied once; anything else is converted by Qt to 24-bit BGR first."""
    if image.isNull():
        raise ValueError("the image is empty")
    if image.format() in _BGRX_FORMATS and sys.byteorder == "little":
        channels = 4
    else:
        image = image.convertToFormat(QImage.Format.Format_BGR888)
        channels = 3
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    pixels = rows[:, : width * channels].reshape(height, width, channels)
    return np.ascontiguousarray(pixels[..., :3])  # the copy: Qt reuses the frame's buffer


def video_frame_to_bgr(frame: QVideoFrame) -> np.ndarray | None:
    """A camera frame as a BGR array, or None for an empty or undecodable frame."""
    if not frame.isValid():
        return None
    image = frame.toImage()
    if image.isNull():
        return None
    return qimage_to_bgr(image)


# -- the source ---------------------------------------------------------------------------------------------


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _find_device(device_id: str | None) -> QCameraDevice:
    inputs = _video_inputs()
    if not inputs:
        raise CameraError(NO_CAMERA_MESSAGE)
    if device_id is None:
        return inputs[0]
    for device in inputs:
        if device_id_text(device) == device_id:
            return device
    raise CameraError(QCoreApplication.translate(
        "QtCamera", "The camera chosen in the settings is not connected. Plug it in, or choose another camera "
                    "in the settings."))


class _CameraDriver(QObject):
    """The Qt half of a `QtCameraSource`: QCamera, capture session and video sink, all on the GUI thread."""

    _closeRequested = Signal()

    def __init__(self, owner: QtCameraSource, device: QCameraDevice, camera_format: QCameraFormat | None) -> None:
        super().__init__()
        self._owner = owner
        self._device_id = bytes(device.id().data())
        self._closed = False
        self.camera = QCamera(device, self)
        if camera_format is not None:
            self.camera.setCameraFormat(camera_format)
        self.sink = QVideoSink(self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.devices = QMediaDevices(self)
        self.sink.videoFrameChanged.connect(self._frame_arrived)
        self.camera.errorOccurred.connect(self._camera_failed)
        self.devices.videoInputsChanged.connect(self._inputs_changed)
        # close() may come from the pipeline's threads: the camera is stopped here, on its own thread.
        self._closeRequested.connect(self._shut_down, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.camera.start()
        if self.camera.error() != QCamera.Error.NoError:
            # Some failures (no such device) are set while the camera is made, before anyone could listen.
            self._camera_failed(self.camera.error(), self.camera.errorString())

    @Slot(QVideoFrame)
    def _frame_arrived(self, frame: QVideoFrame) -> None:
        if self._closed:
            return
        try:
            image = video_frame_to_bgr(frame)
        except ValueError:
            image = None
        if image is not None:
            self._owner._push(image)

    @Slot(QCamera.Error, str)
    def _camera_failed(self, error: QCamera.Error, text: str) -> None:
        if self._closed or error == QCamera.Error.NoError:
            return
        logger.warning("camera %r failed: %s", self._owner.name, text)
        detail = f" ({text.strip().rstrip('.')})" if text.strip() else ""
        self._owner._fail(QCoreApplication.translate(
            "QtCamera", "The camera \u201c{0}\u201d cannot be used{1}. Close other programs that may be using it "
                        "(video calls, another station window), or choose another camera.").format(
                self._owner.name, detail))

    @Slot()
    def _inputs_changed(self) -> None:
        if self._closed:
            return
        if all(bytes(device.id().data()) != self._device_id for device in QMediaDevices.videoInputs()):
            self._owner._fail(QCoreApplication.translate(
                "QtCamera", "The camera \u201c{0}\u201d was unplugged. Plug it in again, or choose another camera "
                            "in the settings.").format(self._owner.name))

    def request_close(self) -> None:
        if _on_gui_thread():
            self._shut_down()
            return
        try:
            self._closeRequested.emit()
        except RuntimeError:  # already deleted with the application: nothing left to stop
            pass

    @Slot()
    def _shut_down(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.sink.videoFrameChanged.disconnect(self._frame_arrived)
        self.camera.stop()
        self.session.setVideoSink(None)
        self.session.setCamera(None)
        self.deleteLater()


class QtCameraSource:
    """A camera through QtMultimedia, as a `FrameSource`.

    Create it on the GUI thread (its Qt objects live there; the constructor raises RuntimeError elsewhere);
    `read()` and `close()` may be called from any thread. `device_id` is a `QtCameraInfo.id` (None: the default
    camera); the camera format nearest to `resolution` is used. Raises `CameraError` when there is no camera
    or the chosen one is not connected. A camera that fails later (taken by another program, unplugged) makes
    `read()` raise a `CameraError` once, with a message for the desk; one that stops sending pictures for
    `stall_seconds` does too, once per stall.
    """

    def __init__(self, device_id: str | None = None, resolution: Resolution = DEFAULT_RESOLUTION, *,
                 stall_seconds: float = 3.0, name: str | None = None) -> None:
        if not _on_gui_thread():
            raise RuntimeError("QtCameraSource must be created on the GUI thread")
        device = _find_device(device_id)
        self.device_id = device_id_text(device)
        self.name = name or device.description().strip() or QCoreApplication.translate("QtCamera", "Camera")
        self.camera_format = choose_camera_format(list(device.videoFormats()), resolution)
        fps = float(self.camera_format.maxFrameRate()) if self.camera_format is not None else 0.0
        fps = min(fps, _ENOUGH_FPS) if math.isfinite(fps) and fps > 0 else _ENOUGH_FPS
        self._frames = PushFrameSource(self.name, nominal_fps=fps, is_live=True)
        self._stall_seconds = stall_seconds
        self._lock = threading.Lock()
        self._closed = False
        self._failure: str | None = None
        self._started = threading.Event()  # set by the first frame or the first failure
        self._last_frame = time.monotonic()
        self._driver = _CameraDriver(self, device, self.camera_format)
        self._driver.start()

    @property
    def resolution(self) -> Resolution | None:
        """The camera format in use (None: the camera listed none, Qt chose)."""
        if self.camera_format is None:
            return None
        size = self.camera_format.resolution()
        return size.width(), size.height()

    @property
    def nominal_fps(self) -> float:
        return self._frames.nominal_fps

    @property
    def is_live(self) -> bool:
        return True

    @property
    def ended(self) -> bool:
        return self._frames.ended

    def wait_until_started(self, timeout: float = 5.0) -> None:
        """Wait (off the GUI thread) for the first picture; raise CameraError if the camera failed first.

        The source opener calls this so that a camera that is busy fails while it is being opened, where the
        error is shown, rather than in the middle of the preview. A camera that is merely slow is not an error
        here: `read()` reports it if it stays silent."""
        if _on_gui_thread():
            return  # the frames arrive on this very thread: waiting here would wait for ever
        self._started.wait(timeout)
        with self._lock:
            failure, self._failure = self._failure, None
        if failure is not None:
            self.close()
            raise CameraError(failure)

    def read(self) -> Frame | None:
        with self._lock:
            if self._closed:
                return None
            failure, self._failure = self._failure, None
        if failure is not None:
            raise CameraError(failure)
        frame = self._frames.read()
        now = time.monotonic()
        with self._lock:
            if frame is not None or self._closed:
                return frame
            if now - self._last_frame > self._stall_seconds:
                self._last_frame = now  # once per stall period, not on every empty read
                stalled = True
            else:
                stalled = False
        if stalled:
            raise CameraError(QCoreApplication.translate(
                "QtCamera", "{0} stopped sending pictures. Check its cable, close other programs that may be "
                            "using it, or choose another camera.").format(self.name))
        return None

    def close(self) -> None:
        self._frames.close()
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._started.set()
        self._driver.request_close()

    # -- called by the driver on the GUI thread ------------------------------------------------------------

    def _push(self, image: np.ndarray) -> None:
        with self._lock:
            self._last_frame = time.monotonic()
        self._frames.push(image)
        self._started.set()

    def _fail(self, message: str) -> None:
        with self._lock:
            if self._closed:
                return
            self._failure = message
        self._started.set()

    def __enter__(self) -> QtCameraSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<QtCameraSource {self.name!r}>"
