"""The QA gate of a bulk import: the station's own checks on a photo file, and the portrait JPEG it would send.

The station checks a photo file by running it through its capture pipeline: `quality.analyze` (the live scan)
inside the centred 3:4 framing region, and, when every check passes, `crop_portrait` around the face found and
`encode_jpeg` within the byte budget (facestation/station/core/camera/pipeline.py). `prepare_portrait` does exactly
that to one photo, so an imported person gets the same portrait an enrolment at the desk would have sent.

Blocking and CPU-heavy (dlib): the import engine runs it in worker threads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from facestation.vision import quality
from facestation.vision.guidance import Guidance
from facestation.vision.imageio import DEFAULT_MAX_BYTES, ImageError, decode_image
from facestation.vision.jpeg import (
    DEFAULT_MAX_JPEG_BYTES,
    PortraitEncodingError,
    encode_jpeg,
)
from facestation.vision.portrait import DEFAULT_PORTRAIT_WIDTH, crop_portrait
from facestation.vision.quality import QualityReport

__all__ = ["PhotoError", "PreparedPortrait", "QualityFailed", "photo_path", "prepare_portrait", "qa_reason",
           "read_photo"]


class PhotoError(Exception):
    """The photo file is missing, unreadable, not an image, broken or too large; `reason` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class QualityFailed(Exception):
    """The photo fails the ICAO checks; `reason` names what is wrong, in words."""

    def __init__(self, reason: str, report: QualityReport) -> None:
        super().__init__(reason)
        self.reason = reason
        self.report = report


@dataclass(frozen=True, eq=False)
class PreparedPortrait:
    """What passed the gate: the portrait JPEG to send, and the report of the photo it was cut from."""

    jpeg: bytes
    report: QualityReport


# A photo is judged, not a person standing at the desk: the guidance ("Come closer") becomes what is wrong with it.
_PHOTO_WORDS: dict[Guidance, str] = {
    Guidance.NO_FACE: "no face found",
    Guidance.MULTIPLE_FACES: "more than one face",
    Guidance.TOO_FAR: "the face is too small (less than 90 pixels between the eyes)",
    Guidance.TOO_CLOSE: "the head fills too much of the photo",
    Guidance.MOVE_YOUR_LEFT: "the face is not centred",
    Guidance.MOVE_YOUR_RIGHT: "the face is not centred",
    Guidance.MOVE_UP: "the face is too low in the photo",
    Guidance.MOVE_DOWN: "the face is too high in the photo",
    Guidance.TURN_YOUR_LEFT: "the head is turned to one side",
    Guidance.TURN_YOUR_RIGHT: "the head is turned to one side",
    Guidance.CHIN_DOWN: "the head is tilted up or down",
    Guidance.CHIN_UP: "the head is tilted up or down",
    Guidance.HEAD_STRAIGHT: "the head is tilted sideways",
    Guidance.OPEN_EYES: "the eyes are closed",
    Guidance.CLOSE_MOUTH: "the mouth is open",
    Guidance.TOO_DARK: "the face is too dark",
    Guidance.TOO_BRIGHT: "the face is too bright",
    Guidance.BACKLIT: "the light behind the person is too strong",
    Guidance.UNEVEN_LIGHT: "the face is unevenly lit",
    Guidance.RED_EYES: "red eyes",
    Guidance.PLAIN_BACKGROUND: "the background is not plain",
    Guidance.BLURRY: "the photo is blurred",
}


def qa_reason(report: QualityReport) -> str:
    """What is wrong with a failing photo, in words, most important first, each with the check it fails."""
    parts: list[str] = []
    for issue in sorted(report.issues, key=lambda issue: issue.guidance.priority):
        words = f"{_PHOTO_WORDS.get(issue.guidance, issue.message)} ({issue.check})"
        if words not in parts:
            parts.append(words)
    if not parts:  # a failing verdict always comes with issues; this only guards the wording
        failed = [name for name, check in report.checks.items() if not check.passed]
        parts.append("the photo fails the checks " + ", ".join(failed))
    return "; ".join(parts)


def photo_path(folder: Path, name: str) -> Path:
    """The file the people file's `photo` cell names: in `folder` or a folder inside it, nothing else.

    Raises PhotoError for `..`, an absolute path or drive, or a link that leads out of the folder: a people file
    from someone else must not make the station read (and send to the service) any file it can reach. Both
    separators count on every system, so a file written on Windows is judged the same on Linux."""
    outside = (f"the photo {name} is outside the photo folder: the photo column takes a file name in the photo "
               "folder (or in a folder inside it)")
    parts = name.replace("\\", "/").split("/")
    if (PurePosixPath(name).is_absolute() or PureWindowsPath(name).drive or PureWindowsPath(name).root
            or ".." in parts):
        raise PhotoError(outside)
    try:
        root = folder.resolve()
        # Resolved, so the file opened is the one checked (a link inside the folder is followed here, once).
        path = (folder / name).resolve()
    except (OSError, RuntimeError, ValueError) as error:  # a link loop, a NUL byte in the name
        raise PhotoError(f"the photo {name} cannot be opened ({error})") from None
    if not path.is_relative_to(root):
        raise PhotoError(outside)
    return path


def read_photo(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The photo file's bytes (bounded: a huge file is refused without reading it). Raises PhotoError."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise PhotoError(_too_large(size, max_bytes))
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise PhotoError(f"the photo file {path.name} is not in the photo folder") from None
    except IsADirectoryError:
        raise PhotoError(f"{path.name} is a folder, not a photo file") from None
    except OSError as error:
        raise PhotoError(f"the photo file {path.name} cannot be opened ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise PhotoError(_too_large(len(data), max_bytes))
    if not data:
        raise PhotoError(f"the photo file {path.name} is empty")
    return data


def prepare_portrait(data: bytes, *, width: int = DEFAULT_PORTRAIT_WIDTH,
                     max_jpeg_bytes: int = DEFAULT_MAX_JPEG_BYTES) -> PreparedPortrait:
    """Decode safely, run the station's checks, and cut and encode the portrait it would send.

    Raises PhotoError (not an image, broken, too many pixels) or QualityFailed (the checks fail)."""
    try:
        image = decode_image(data)
    except ImageError as error:
        raise PhotoError(f"the photo cannot be used: {error.message.rstrip('.')}") from None
    height, width_px = image.shape[:2]
    report = quality.analyze(image, region=quality.centred_portrait_region(width_px, height))
    if not report.passed or report.face is None:
        raise QualityFailed(qa_reason(report), report)
    try:
        jpeg = encode_jpeg(crop_portrait(image, report.face, width=width), max_bytes=max_jpeg_bytes)
    except PortraitEncodingError as error:
        raise PhotoError(f"the portrait cannot be encoded: {error}") from None
    return PreparedPortrait(jpeg, report)


def _too_large(size: int, limit: int) -> str:
    return (f"the photo file is too large ({size / 1_048_576:.0f} MB; at most {limit / 1_048_576:.0f} MB): "
            "save a smaller copy")
