"""The portrait the station submits: an ICAO token-geometry crop around the face, resized, JPEG within a budget.

Token geometry (ISO/IEC 19794-5 §8.4): inter-eye distance = 0.25·W, eye line 0.6·W from the top, H = W / 0.75.
The crop is rotated so the eyes are level; where it reaches past the frame the edge pixels are repeated
(a head near the top of a webcam frame still gets a full-height portrait, with a plain strip above it).
"""

from __future__ import annotations

import math

import cv2

from facestation.vision.faces import BGRImage, Face

TOKEN_EYE_DISTANCE_PER_WIDTH = 0.25
TOKEN_EYE_LINE_PER_WIDTH = 0.6
TOKEN_ASPECT = 0.75  # width / height

DEFAULT_PORTRAIT_WIDTH = 480  # inter-eye distance 120 px: ISO best practice
DEFAULT_MAX_JPEG_BYTES = 150_000
MIN_JPEG_QUALITY = 90  # below this, blocking artefacts show up in quality checks (FICV pixelation)


class PortraitEncodingError(ValueError):
    """The portrait cannot fit the byte budget at an acceptable quality and size."""


def crop_portrait(
    image: BGRImage,
    face: Face,
    *,
    width: int = DEFAULT_PORTRAIT_WIDTH,
    eye_line: float = TOKEN_EYE_LINE_PER_WIDTH,
    eye_centre: float = 0.5,
    level_eyes: bool = True,
) -> BGRImage:
    """Cut the token-geometry portrait around `face`, `width` px wide (never upscaled: a face too small for
    that width gives a smaller portrait at the source's own resolution).

    `eye_line` (eye height from the top) and `eye_centre` (eye midpoint from the left) are fractions of the
    width; the defaults are the token's."""
    source_width = face.inter_eye_distance / TOKEN_EYE_DISTANCE_PER_WIDTH
    width = min(width, round(source_width))
    height = round(width / TOKEN_ASPECT)
    scale = width / source_width
    (lx, ly), (rx, ry) = face.left_eye, face.right_eye
    angle = math.degrees(math.atan2(ry - ly, rx - lx)) if level_eyes else 0.0
    centre = face.eye_midpoint
    matrix = cv2.getRotationMatrix2D(centre, angle, scale)
    matrix[0, 2] += eye_centre * width - centre[0]
    matrix[1, 2] += eye_line * width - centre[1]
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    return cv2.warpAffine(image, matrix, (width, height), flags=interpolation, borderMode=cv2.BORDER_REPLICATE)


def encode_jpeg(
    image: BGRImage,
    *,
    max_bytes: int = DEFAULT_MAX_JPEG_BYTES,
    min_quality: int = MIN_JPEG_QUALITY,
    max_quality: int = 95,
    min_width: int = 240,
) -> bytes:
    """Encode as JPEG at the best quality ≥ `min_quality` that fits `max_bytes`; if even `min_quality` does not
    fit, shrink the image (down to `min_width`, the token minimum) rather than lose quality."""
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")
    current = image
    while True:
        data = _best_quality_within(current, max_bytes, min_quality, max_quality)
        if data is not None:
            return data
        next_width = int(current.shape[1] * 0.85)
        if next_width < min_width:
            raise PortraitEncodingError(
                f"A {image.shape[1]}x{image.shape[0]} portrait does not fit {max_bytes} bytes at JPEG quality "
                f"{min_quality} even at {current.shape[1]} px wide; raise the byte budget."
            )
        next_height = round(current.shape[0] * next_width / current.shape[1])
        current = cv2.resize(current, (next_width, next_height), interpolation=cv2.INTER_AREA)


def _best_quality_within(image: BGRImage, max_bytes: int, low: int, high: int) -> bytes | None:
    """Binary search over JPEG quality: size grows monotonically with quality for one image."""
    best = None
    while low <= high:
        quality = (low + high) // 2
        ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
        if not ok:  # pragma: no cover - OpenCV fails only on an invalid array, which callers never pass
            raise PortraitEncodingError("JPEG encoding failed")
        if buffer.size <= max_bytes:
            best = buffer.tobytes()
            low = quality + 1
        else:
            high = quality - 1
    return best


def portrait_jpeg(image: BGRImage, face: Face, *, width: int = DEFAULT_PORTRAIT_WIDTH,
                  max_bytes: int = DEFAULT_MAX_JPEG_BYTES) -> bytes:
    """Crop and encode in one step: what the station sends to the service."""
    return encode_jpeg(crop_portrait(image, face, width=width), max_bytes=max_bytes)

