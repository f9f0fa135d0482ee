"""Cameras through OpenCV, without Qt: `OpenCVCameraSource` (the fallback where QtMultimedia finds no camera,
and `--camera 0`) and `list_opencv_cameras`, a quiet, time-bounded probe of the device indices.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import cv2

from facestation.station.core.camera.frames import (
    NO_CAMERA_MESSAGE,
    CameraError,
    Frame,
    as_bgr,
    plausible_fps,
    quiet_opencv,
    read_only,
)

__all__ = ["CameraInfo", "OpenCVCameraSource", "list_opencv_cameras"]

# The logger name of the module this code was split from: the station log reads as before.
logger = logging.getLogger("facestation.station.core.camera.sources")


def _open_camera(index: int, api_preference: int) -> cv2.VideoCapture | None:
    """Open a camera quietly; None when there is none at that index."""
    with quiet_opencv():
        try:
            capture = cv2.VideoCapture(index, api_preference)
        except cv2.error:
            return None
        if capture.isOpened():
            return capture
        capture.release()
        return None


def _device_name(index: int) -> str | None:
    """The driver's name for the camera (Linux: /sys/class/video4linux), or None where we cannot tell."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        name = Path(f"/sys/class/video4linux/video{index}/name").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return name.strip() or None


def _candidate_indices(max_index: int) -> list[int]:
    """Indices worth opening. On Linux a camera is a /dev/videoN node: where there is none, opening would only
    fail (and, on some drivers, take its time), so those indices are skipped."""
    indices = list(range(max_index))
    if sys.platform.startswith("linux") and Path("/dev").is_dir():
        return [index for index in indices if Path(f"/dev/video{index}").exists()]
    return indices


@dataclass(frozen=True)
class CameraInfo:
    """A camera OpenCV can open: its index (what `OpenCVCameraSource` and `--camera` take) and what to show."""

    index: int
    name: str
    backend: str
    width: int
    height: int


class OpenCVCameraSource:
    """A camera through `cv2.VideoCapture`: the fallback where QtMultimedia finds none, and `--camera 0`.

    Opening talks to the driver and can take a second or two on some systems: construct it off the GUI
    thread. When the camera stops delivering frames for `stall_seconds` (unplugged, taken by another app),
    `read()` raises a `CameraError` once per stall and keeps trying.
    """

    def __init__(self, index: int = 0, width: int = 640, height: int = 480, *,
                 api_preference: int = cv2.CAP_ANY, stall_seconds: float = 2.0, name: str | None = None) -> None:
        self.index = index
        capture = _open_camera(index, api_preference)
        if capture is None:
            raise CameraError(NO_CAMERA_MESSAGE)
        self._capture = capture
        # Drivers pick the nearest mode they support; what we get is read back below.
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        self.width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        self.height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        self.backend = capture.getBackendName()
        self.name = name or _device_name(index) or f"Camera {index}"
        self._fps = plausible_fps(float(capture.get(cv2.CAP_PROP_FPS)))
        self._stall_seconds = stall_seconds
        self._last_good = time.monotonic()
        self._lock = threading.Lock()
        self._closed = False
        self._count = 0

    @property
    def nominal_fps(self) -> float:
        return self._fps

    @property
    def is_live(self) -> bool:
        return True

    @property
    def ended(self) -> bool:
        return self._closed

    def read(self) -> Frame | None:
        with self._lock:
            if self._closed:
                return None
            try:
                ok, image = self._capture.read()
            except cv2.error:
                ok, image = False, None
            now = time.monotonic()
            if not ok or image is None or image.size == 0:
                if now - self._last_good > self._stall_seconds:
                    self._last_good = now  # once per stall period, not on every failed read
                    raise CameraError(
                        f"{self.name} stopped sending pictures. Check its cable, close other programs that "
                        "may be using it, or choose another camera."
                    )
                return None
            self._last_good = now
            frame = Frame(read_only(as_bgr(image)), now, self._count)
            self._count += 1
            return frame

    def close(self) -> None:
        with self._lock:  # waits for a read in progress: releasing a device mid-read can crash some drivers
            if not self._closed:
                self._closed = True
                self._capture.release()

    def __enter__(self) -> OpenCVCameraSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<OpenCVCameraSource {self.index} {self.name!r}>"


def list_opencv_cameras(max_index: int = 4, *, timeout: float = 5.0,
                        api_preference: int = cv2.CAP_ANY) -> list[CameraInfo]:
    """The cameras OpenCV can open among indices 0 .. max_index - 1, within `timeout` seconds overall.

    Quiet (no OpenCV warnings for absent indices) and bounded: the probing runs in a daemon thread, and a
    driver that hangs on open is abandoned when the time is up (the cameras found until then are returned).
    Do not probe a camera that is in use: some systems refuse to open it twice and it would not be listed.
    """
    found: list[CameraInfo] = []
    lock = threading.Lock()

    def probe() -> None:
        for index in _candidate_indices(max_index):
            capture = _open_camera(index, api_preference)
            if capture is None:
                continue
            try:
                info = CameraInfo(
                    index=index,
                    name=_device_name(index) or f"Camera {index}",
                    backend=capture.getBackendName(),
                    width=int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
                    height=int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
                )
            finally:
                capture.release()
            with lock:
                found.append(info)

    worker = threading.Thread(target=probe, name="camera-probe", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        logger.warning("Camera probing did not finish within %.1f s; listing the cameras found so far", timeout)
    with lock:
        return list(found)
