"""Where the station's frames come from: a camera through OpenCV, one photo, a folder of photos, a video file,
or frames pushed in by someone else (the Qt side's QtMultimedia video sink). No Qt here.

Every source hands out `Frame`s through the same small `FrameSource` protocol, so the quality pipeline treats a
photo like a camera that always shows the same picture. `read()` blocks for at most about one frame interval
(a camera waits for its next frame; file sources sleep until the frame is due when `realtime`), which keeps a
reader thread responsive to a stop request.

This module picks the source for a command-line argument and is the one import for all of them; they live in
`frames` (Frame, FrameSource, CameraError, PushFrameSource), `files` (photo, folder, video) and `devices`
(cameras through OpenCV).
"""

from __future__ import annotations

from pathlib import Path

from facestation.station.core.camera.devices import (
    CameraInfo,
    OpenCVCameraSource,
    list_opencv_cameras,
)
from facestation.station.core.camera.files import (
    IMAGE_SUFFIXES,
    VIDEO_SUFFIXES,
    FolderSource,
    ImageFileSource,
    VideoFileSource,
    not_found_message,
)
from facestation.station.core.camera.frames import (
    NO_CAMERA_MESSAGE,
    CameraError,
    Frame,
    FrameSource,
    PushFrameSource,
    SourceFactory,
)
from facestation.vision.imageio import SUPPORTED_FORMATS

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
    "SourceFactory",
    "VideoFileSource",
    "list_opencv_cameras",
    "source_from_argument",
]


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
        raise CameraError(not_found_message(text))
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
