"""Frame sources from files, without Qt: one photo (`ImageFileSource`), a folder of photos (`FolderSource`)
and a video (`VideoFileSource`). Each plays like a camera: `read()` paces the frames at the source's rate when
`realtime` (sleeping until a frame is due, so a reader thread stays responsive to a stop request), or hands
them out as fast as they decode, stamped with the clip's own clock.
"""

from __future__ import annotations

import math
import os
import threading
import time
from pathlib import Path
from typing import Final

import cv2

from facestation.station.core.camera.frames import (
    CameraError,
    Frame,
    as_bgr,
    plausible_fps,
    quiet_opencv,
    read_only,
)
from facestation.vision.imageio import BGRImage, ImageError, load_image

__all__ = [
    "DEFAULT_STILL_FPS",
    "IMAGE_SUFFIXES",
    "VIDEO_SUFFIXES",
    "FolderSource",
    "ImageFileSource",
    "VideoFileSource",
    "not_found_message",
]

# The formats facestation.vision.imageio decodes (SUPPORTED_FORMATS), by file name.
IMAGE_SUFFIXES: Final = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff", ".jp2", ".j2k", ".avif"}
)
VIDEO_SUFFIXES: Final = frozenset({".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".mpg", ".mpeg", ".wmv"})

DEFAULT_STILL_FPS: Final = 15.0  # a photo repeated as a "camera": enough for the analysis, half a webcam's CPU
# A paced source that falls further behind than this (slow disk, a suspended laptop) restarts its schedule
# instead of bursting through the missed frames to catch up.
_MAX_LAG_SECONDS: Final = 0.5


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
        return read_only(load_image(path))
    except ImageError as exc:
        raise CameraError(f"The photo \u201c{path.name}\u201d cannot be used: {exc.message}") from exc
    except FileNotFoundError as exc:
        raise CameraError(not_found_message(str(path))) from exc
    except OSError as exc:
        raise CameraError(
            f"The photo \u201c{path.name}\u201d cannot be opened ({exc.strerror or exc}). "
            "Check that the file is not open elsewhere and that you may read it, or choose another photo."
        ) from exc


def not_found_message(text: str) -> str:
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
            raise CameraError(not_found_message(str(self.path)))
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
            raise CameraError(not_found_message(str(self.path)))
        self._capture = self._open()
        fps = plausible_fps(float(self._capture.get(cv2.CAP_PROP_FPS)))
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
        with quiet_opencv():
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
        return read_only(as_bgr(image))

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
