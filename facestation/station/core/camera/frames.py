"""What every frame source shares, without Qt: `Frame`, the `FrameSource` protocol, `CameraError` (a message
for the desk), `PushFrameSource` (frames pushed in by someone else: the Qt side's QtMultimedia video sink), and
the OpenCV helpers the file and camera sources both use.

Frame images are BGR uint8 and read-only: the preview, the analysis and auto-capture all look at the same
array, and a consumer that wants to draw on it must copy it first.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final, Protocol, runtime_checkable

# FFmpeg (inside OpenCV's video reader) prints its own complaints about damaged files straight to stderr
# ("moov atom not found"); the station reports a readable CameraError instead. OpenCV reads this variable once,
# when it first opens a file through FFmpeg, so it is set before cv2 is used. A developer who wants FFmpeg's
# messages back sets it themselves (e.g. OPENCV_FFMPEG_LOGLEVEL=24).
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from facestation.vision.imageio import BGRImage  # noqa: E402

__all__ = [
    "DEFAULT_VIDEO_FPS",
    "NO_CAMERA_MESSAGE",
    "CameraError",
    "Frame",
    "FrameSource",
    "PushFrameSource",
    "SourceFactory",
    "as_bgr",
    "plausible_fps",
    "quiet_opencv",
    "read_only",
]

NO_CAMERA_MESSAGE: Final = "No camera found. Connect a USB camera or choose a photo or video file."
DEFAULT_VIDEO_FPS: Final = 30.0  # when a file or driver reports no usable frame rate
_MAX_PLAUSIBLE_FPS: Final = 240.0


class CameraError(Exception):
    """A source cannot be opened or stopped working. `message` is meant for the person at the desk: it says
    what is wrong and what to do, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, eq=False)
class Frame:
    """One picture from a source.

    `timestamp` is in seconds on the `time.monotonic()` clock: when the frame was read for cameras, pushed
    frames and realtime playback; for a file played faster than realtime it is the clip's own clock (frame
    number / fps after the moment the source started), so timings measured on it (how long a problem lasts,
    how long a head is still) mean the same as on a camera. `index` counts the frames this source has handed
    out, from 0 (it keeps counting when a file loops).
    """

    image: BGRImage  # BGR uint8, (height, width, 3), read-only
    timestamp: float
    index: int

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])


@runtime_checkable
class FrameSource(Protocol):
    """What the quality pipeline reads from.

    `read()` returns the next frame, or None when there is none right now (a camera that skipped a frame) or
    any more (`ended` is then True). It may raise `CameraError` for a problem worth showing (a photo in a
    folder cannot be read, a camera stopped sending pictures) and be called again afterwards. `close()`
    releases the device or file; it is idempotent. A source is read from one thread at a time.
    """

    name: str  # human-readable: "Integrated Camera", "Photo: jane.jpg"

    @property
    def nominal_fps(self) -> float:
        """Frames per second the source aims for (a camera's or file's own rate, a photo's repeat rate)."""
        ...

    @property
    def is_live(self) -> bool:
        """True for a camera in front of a person; False for photos and files."""
        ...

    @property
    def ended(self) -> bool:
        """True once `read()` will never return another frame (a file played to the end, a closed source)."""
        ...

    def read(self) -> Frame | None: ...

    def close(self) -> None: ...


# How to open a source, later and on whichever thread runs it: what the station's camera choice hands the
# panels, and what the Qt pipeline bridge calls on its opening thread. It raises CameraError for the desk.
SourceFactory = Callable[[], FrameSource]


def read_only(image: BGRImage) -> BGRImage:
    image.setflags(write=False)
    return image


def as_bgr(image: np.ndarray) -> BGRImage:
    """Some drivers hand out grey or BGRA frames; the pipeline wants 3-channel BGR uint8."""
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    elif image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    elif image.shape[2] == 1:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    if image.dtype != np.uint8:
        image = cv2.convertScaleAbs(image)
    return np.ascontiguousarray(image)


def plausible_fps(value: float) -> float:
    return value if math.isfinite(value) and 0 < value <= _MAX_PLAUSIBLE_FPS else DEFAULT_VIDEO_FPS


_LOG_LEVEL_LOCK = threading.Lock()
_quiet_depth = 0
_saved_log_level: int | None = None


@contextmanager
def quiet_opencv() -> Iterator[None]:
    """Silence OpenCV's warnings ("can't open camera by index") while probing and opening devices: a missing
    camera is an expected answer here, reported by us in words. OpenCV's log level is process-wide, so nested
    and concurrent users share one save/restore."""
    global _quiet_depth, _saved_log_level
    with _LOG_LEVEL_LOCK:
        if _quiet_depth == 0:
            _saved_log_level = cv2.utils.logging.getLogLevel()
            cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        _quiet_depth += 1
    try:
        yield
    finally:
        with _LOG_LEVEL_LOCK:
            _quiet_depth -= 1
            if _quiet_depth == 0 and _saved_log_level is not None:
                cv2.utils.logging.setLogLevel(_saved_log_level)



class PushFrameSource:
    """Frames pushed in by another component (the Qt side converts each QVideoSink frame and calls `push`).

    Newest frame wins: a frame pushed before the previous one was read replaces it. `read()` waits up to
    `wait_seconds` for a frame. `end()` says no more frames will come; `close()` stops at once. The pushed
    array becomes the frame's image and is made read-only: do not reuse its buffer.
    """

    def __init__(self, name: str = "Camera", *, nominal_fps: float = 30.0, is_live: bool = True,
                 wait_seconds: float = 0.1) -> None:
        self.name = name
        self._fps = nominal_fps
        self._live = is_live
        self._wait = wait_seconds
        self._condition = threading.Condition()
        self._pending: Frame | None = None
        self._count = 0
        self._ending = False
        self._closed = False

    @property
    def nominal_fps(self) -> float:
        return self._fps

    @property
    def is_live(self) -> bool:
        return self._live

    @property
    def ended(self) -> bool:
        with self._condition:
            return self._closed or (self._ending and self._pending is None)

    def push(self, image: np.ndarray, timestamp: float | None = None) -> None:
        """Hand over one BGR frame (any thread). `timestamp` defaults to now on the monotonic clock."""
        frame_image = read_only(as_bgr(image))
        with self._condition:
            if self._closed or self._ending:
                return
            self._pending = Frame(frame_image, time.monotonic() if timestamp is None else timestamp, self._count)
            self._count += 1
            self._condition.notify_all()

    def read(self) -> Frame | None:
        with self._condition:
            if self._pending is None and not (self._closed or self._ending):
                self._condition.wait(self._wait)
            if self._closed:
                return None
            frame, self._pending = self._pending, None
            return frame

    def end(self) -> None:
        with self._condition:
            self._ending = True
            self._condition.notify_all()

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._pending = None
            self._condition.notify_all()

    def __repr__(self) -> str:
        return f"<PushFrameSource {self.name!r}>"
