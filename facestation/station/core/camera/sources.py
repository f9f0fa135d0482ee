"""Where the station's frames come from: a camera through OpenCV, one photo, a folder of photos, a video file,
or frames pushed in by someone else (the Qt side's QtMultimedia video sink). No Qt here.

Every source hands out `Frame`s through the same small `FrameSource` protocol, so the quality pipeline treats a
photo like a camera that always shows the same picture. `read()` blocks for at most about one frame interval
(a camera waits for its next frame; file sources sleep until the frame is due when `realtime`), which keeps a
reader thread responsive to a stop request.

Frame images are BGR uint8 and read-only: the preview, the analysis and auto-capture all look at the same
array, and a consumer that wants to draw on it must copy it first.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol, runtime_checkable

# FFmpeg (inside OpenCV's video reader) prints its own complaints about damaged files straight to stderr
# ("moov atom not found"); the station reports a readable CameraError instead. OpenCV reads this variable once,
# when it first opens a file through FFmpeg, so it is set before cv2 is used. A developer who wants FFmpeg's
# messages back sets it themselves (e.g. OPENCV_FFMPEG_LOGLEVEL=24).
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from facestation.vision.imageio import (  # noqa: E402
    SUPPORTED_FORMATS,
    BGRImage,
    ImageError,
    load_image,
)

__all__ = [
    "IMAGE_SUFFIXES",
    "NO_CAMERA_MESSAGE",
    "VIDEO_SUFFIXES",
    "CameraError",
    "CameraInfo",
    "FolderSource",
    "Frame",
    "FrameSource",
    "ImageFileSource",
    "OpenCVCameraSource",
    "PushFrameSource",
    "VideoFileSource",
    "list_opencv_cameras",
    "source_from_argument",
]

logger = logging.getLogger(__name__)

NO_CAMERA_MESSAGE: Final = "No camera found. Connect a USB camera or choose a photo or video file."

# The formats facestation.vision.imageio decodes (SUPPORTED_FORMATS), by file name.
IMAGE_SUFFIXES: Final = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff", ".jp2", ".j2k", ".avif"}
)
VIDEO_SUFFIXES: Final = frozenset({".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".mpg", ".mpeg", ".wmv"})

DEFAULT_STILL_FPS: Final = 15.0  # a photo repeated as a "camera": enough for the analysis, half a webcam's CPU
DEFAULT_VIDEO_FPS: Final = 30.0  # when a file or driver reports no usable frame rate
_MAX_PLAUSIBLE_FPS: Final = 240.0
# A paced source that falls further behind than this (slow disk, a suspended laptop) restarts its schedule
# instead of bursting through the missed frames to catch up.
_MAX_LAG_SECONDS: Final = 0.5


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


def _read_only(image: BGRImage) -> BGRImage:
    image.setflags(write=False)
    return image


def _as_bgr(image: np.ndarray) -> BGRImage:
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


def _plausible_fps(value: float) -> float:
    return value if math.isfinite(value) and 0 < value <= _MAX_PLAUSIBLE_FPS else DEFAULT_VIDEO_FPS


class _Pacer:
    """Hands out frame timestamps at a fixed rate; when `realtime`, also waits until each frame is due.

    The wait is on the source's `closed` event, so `close()` from another thread ends it at once.
    """

    def __init__(self, fps: float, realtime: bool, closed: threading.Event) -> None:
        if not fps > 0:
            raise ValueError("fps must be positive")
        self.interval = 1.0 / fps
        self.realtime = realtime
        self._closed = closed
        self._next: float | None = None

    def next_timestamp(self) -> float:
        now = time.monotonic()
        if self._next is None:
            self._next = now
        if not self.realtime:
            timestamp = self._next
        else:
            delay = self._next - now
            if delay > 0:
                self._closed.wait(delay)
                now = time.monotonic()
            elif delay < -_MAX_LAG_SECONDS:
                self._next = now
            timestamp = now
        self._next += self.interval
        return timestamp


class _PacedSource:
    """Shared plumbing of the file sources: pacing, frame numbering, closing."""

    name: str

    def __init__(self, fps: float, realtime: bool) -> None:
        self._closed = threading.Event()
        self._ended = False
        self._pacer = _Pacer(fps, realtime, self._closed)
        self._fps = fps
        self._count = 0

    @property
    def nominal_fps(self) -> float:
        return self._fps

    @property
    def is_live(self) -> bool:
        return False

    @property
    def ended(self) -> bool:
        return self._ended or self._closed.is_set()

    def _frame(self, image: BGRImage, timestamp: float) -> Frame:
        frame = Frame(image, timestamp, self._count)
        self._count += 1
        return frame

    def close(self) -> None:
        self._closed.set()

    def __enter__(self) -> _PacedSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


def _load_photo(path: Path) -> BGRImage:
    """Decode with the package's limits and EXIF orientation; errors become a CameraError for the desk."""
    try:
        return _read_only(load_image(path))
    except ImageError as exc:
        raise CameraError(f"The photo \u201c{path.name}\u201d cannot be used: {exc.message}") from exc
    except FileNotFoundError as exc:
        raise CameraError(_not_found_message(str(path))) from exc
    except OSError as exc:
        raise CameraError(
            f"The photo \u201c{path.name}\u201d cannot be opened ({exc.strerror or exc}). "
            "Check that the file is not open elsewhere and that you may read it, or choose another photo."
        ) from exc


def _not_found_message(text: str) -> str:
    return f"\u201c{text}\u201d was not found. Check the name, or choose another photo, folder of photos or video."


class ImageFileSource(_PacedSource):
    """One still photo, handed out again and again at `fps`, so the pipeline treats it like a camera.

    The photo is decoded once, here, with `facestation.vision.imageio.load_image` (EXIF orientation applied,
    size limits enforced); every frame shares that one read-only array.
    """

    def __init__(self, path: str | os.PathLike[str], *, fps: float = DEFAULT_STILL_FPS, realtime: bool = True,
                 name: str | None = None) -> None:
        super().__init__(fps, realtime)
        self.path = Path(path)
        self.name = name or f"Photo: {self.path.name}"
        self.image = _load_photo(self.path)

    def read(self) -> Frame | None:
        if self._closed.is_set():
            return None
        timestamp = self._pacer.next_timestamp()
        if self._closed.is_set():
            return None
        return self._frame(self.image, timestamp)


class FolderSource(_PacedSource):
    """The photos of a folder in name order, each shown for `frames_per_image` frames, looping by default.

    The folder is listed once, when the source opens. A photo that cannot be read makes `read()` raise a
    `CameraError` naming it, once; the next `read()` carries on with the following photo.
    """

    def __init__(self, path: str | os.PathLike[str], *, frames_per_image: int = 30,
                 fps: float = DEFAULT_STILL_FPS, realtime: bool = True, loop: bool = True,
                 name: str | None = None) -> None:
        if frames_per_image < 1:
            raise ValueError("frames_per_image must be at least 1")
        super().__init__(fps, realtime)
        self.path = Path(path)
        self.name = name or f"Photos in {self.path.name or str(self.path)}"
        self.frames_per_image = frames_per_image
        self.loop = loop
        if not self.path.is_dir():
            raise CameraError(_not_found_message(str(self.path)))
        try:
            entries = list(self.path.iterdir())
        except OSError as exc:
            raise CameraError(
                f"The folder \u201c{self.path.name}\u201d cannot be opened ({exc.strerror or exc}). "
                "Choose another folder, or a photo or video file."
            ) from exc
        self.files = sorted(
            (entry for entry in entries
             if entry.suffix.lower() in IMAGE_SUFFIXES and not entry.name.startswith(".") and entry.is_file()),
            key=lambda entry: (entry.name.casefold(), entry.name),
        )
        if not self.files:
            raise CameraError(
                f"The folder \u201c{self.path.name}\u201d has no photos in it (JPEG, PNG and the like). "
                "Choose a folder with photos, or a photo or video file."
            )
        self._position = 0  # index into self.files of the photo being shown
        self._shown = 0  # frames handed out of that photo
        self._image: BGRImage | None = None

    @property
    def current_file(self) -> Path:
        return self.files[self._position]

    def read(self) -> Frame | None:
        if self.ended:
            return None
        if self._shown >= self.frames_per_image:
            self._advance()
            if self._ended:
                return None
        if self._image is None:
            try:
                self._image = _load_photo(self.current_file)
            except CameraError:
                # Skip it: the next read shows the next photo instead of failing on this one forever.
                self._shown = self.frames_per_image
                raise
        timestamp = self._pacer.next_timestamp()
        if self._closed.is_set():
            return None
        self._shown += 1
        return self._frame(self._image, timestamp)

    def _advance(self) -> None:
        self._image = None
        self._shown = 0
        self._position += 1
        if self._position >= len(self.files):
            if not self.loop:
                self._position = len(self.files) - 1
                self._ended = True
                return
            self._position = 0


def _unplayable_message(path: Path) -> str:
    return (
        f"The video \u201c{path.name}\u201d cannot be played: the file is damaged or in a format the station "
        "cannot read. Choose another video (MP4) or a photo."
    )


class VideoFileSource(_PacedSource):
    """A video file through `cv2.VideoCapture`, looping by default.

    With `realtime` (the default) frames come at the file's own frame rate, like a camera; without it they
    come as fast as they decode (tests, benchmarks, offline checks), stamped with the clip's own clock.
    The file is checked on opening: one that cannot be opened or has no decodable first frame raises
    `CameraError`.
    """

    def __init__(self, path: str | os.PathLike[str], *, loop: bool = True, realtime: bool = True,
                 name: str | None = None) -> None:
        self.path = Path(path)
        self.name = name or f"Video: {self.path.name}"
        self.loop = loop
        if not self.path.is_file():
            raise CameraError(_not_found_message(str(self.path)))
        self._capture = self._open()
        fps = _plausible_fps(float(self._capture.get(cv2.CAP_PROP_FPS)))
        super().__init__(fps, realtime)
        self._lock = threading.Lock()
        # Read the first frame now: a file that opens but decodes nothing should fail here, not later.
        first = self._decode()
        if first is None:
            self._capture.release()
            raise CameraError(_unplayable_message(self.path))
        self._pending: BGRImage | None = first
        self._frames_this_pass = 0

    @property
    def frame_count(self) -> int | None:
        """Frames in the file as its header says (may be approximate), or None when unknown."""
        count = self._capture.get(cv2.CAP_PROP_FRAME_COUNT)
        return int(count) if math.isfinite(count) and count > 0 else None

    @property
    def frame_size(self) -> tuple[int, int]:
        return (int(self._capture.get(cv2.CAP_PROP_FRAME_WIDTH)), int(self._capture.get(cv2.CAP_PROP_FRAME_HEIGHT)))

    def _open(self) -> cv2.VideoCapture:
        with _quiet_opencv():
            capture = cv2.VideoCapture(str(self.path))
        if not capture.isOpened():
            capture.release()
            raise CameraError(_unplayable_message(self.path))
        return capture

    def _decode(self) -> BGRImage | None:
        try:
            ok, image = self._capture.read()
        except cv2.error:
            return None
        if not ok or image is None or image.size == 0:
            return None
        return _read_only(_as_bgr(image))

    def read(self) -> Frame | None:
        with self._lock:
            if self.ended:
                return None
            image, self._pending = self._pending, None
            if image is None:
                image = self._decode()
            if image is None:
                if not self.loop or self._frames_this_pass == 0:
                    self._ended = True
                    return None
                image = self._rewind()
            timestamp = self._pacer.next_timestamp()
            if self._closed.is_set():
                return None
            self._frames_this_pass += 1
            return self._frame(image, timestamp)

    def _rewind(self) -> BGRImage:
        self._frames_this_pass = 0
        self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
        image = self._decode()
        if image is None:
            # Some containers cannot seek back: open the file again.
            self._capture.release()
            try:
                self._capture = self._open()
            except CameraError:
                self._ended = True
                raise
            image = self._decode()
        if image is None:
            self._ended = True
            raise CameraError(_unplayable_message(self.path))
        return image

    def close(self) -> None:
        super().close()  # first: wakes a read() waiting for its frame, which then gives up
        with self._lock:
            self._capture.release()


# ---------------------------------------------------------------------------------------------------------
# Cameras through OpenCV

_LOG_LEVEL_LOCK = threading.Lock()
_quiet_depth = 0
_saved_log_level: int | None = None


@contextmanager
def _quiet_opencv() -> Iterator[None]:
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


def _open_camera(index: int, api_preference: int) -> cv2.VideoCapture | None:
    """Open a camera quietly; None when there is none at that index."""
    with _quiet_opencv():
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
        self._fps = _plausible_fps(float(capture.get(cv2.CAP_PROP_FPS)))
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
            frame = Frame(_read_only(_as_bgr(image)), now, self._count)
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


# ---------------------------------------------------------------------------------------------------------
# Frames from elsewhere


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
        frame_image = _read_only(_as_bgr(image))
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


# ---------------------------------------------------------------------------------------------------------


def source_from_argument(text: str, *, realtime: bool = True, loop: bool = True) -> FrameSource:
    """The source for `facestation --camera PATH|INDEX`: a number is an OpenCV camera index; a folder gives
    its photos; a file is a photo or a video by its extension, or by its content when the extension says
    neither. A video or a folder loops unless `loop` is False (then it ends after its last frame, as
    `facestation capture` needs). Raises `CameraError` with a message for the desk when nothing usable is there.
    """
    text = text.strip()
    if not text:
        raise CameraError("Choose a camera number, a photo, a folder of photos or a video file.")
    if text.isdigit():
        return OpenCVCameraSource(int(text))
    path = Path(text).expanduser()
    if not path.exists():
        raise CameraError(_not_found_message(text))
    if path.is_dir():
        return FolderSource(path, realtime=realtime, loop=loop)
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return ImageFileSource(path, realtime=realtime)
    if suffix in VIDEO_SUFFIXES:
        return VideoFileSource(path, realtime=realtime, loop=loop)
    # An unknown or missing extension: try it as a photo, then as a video.
    try:
        return ImageFileSource(path, realtime=realtime)
    except CameraError as image_error:
        if isinstance(image_error.__cause__, OSError):
            raise  # unreadable file (permissions): the photo message already says so
    try:
        return VideoFileSource(path, realtime=realtime, loop=loop)
    except CameraError:
        pass
    formats = ", ".join(SUPPORTED_FORMATS[:3])
    raise CameraError(
        f"\u201c{path.name}\u201d is neither a photo nor a video the station can read. "
        f"Choose a photo ({formats}), a folder of photos, or a video (MP4)."
    )
