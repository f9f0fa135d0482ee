"""The portrait the station submits: an ICAO token-geometry crop around the face, resized, JPEG within a budget.

Token geometry (ISO/IEC 19794-5 §8.4): inter-eye distance = 0.25·W, eye line 0.6·W from the top, H = W / 0.75.
The crop is rotated so the eyes are level; where it reaches past the frame the edge pixels are repeated
(a head near the top of a webcam frame still gets a full-height portrait, with a plain strip above it).
"""

from __future__ import annotations

import math

import cv2

from facestation.vision.faces import BGRImage, Face

# Re-exported: the portrait's JPEG encoding lives where callers without dlib (the API client) can reach it.
from facestation.vision.jpeg import (
    DEFAULT_MAX_JPEG_BYTES,
    MIN_JPEG_QUALITY,
    PortraitEncodingError,
    encode_jpeg,
)

__all__ = [
    "DEFAULT_MAX_JPEG_BYTES",
    "MIN_JPEG_QUALITY",
    "PortraitEncodingError",
    "crop_portrait",
    "encode_jpeg",
    "portrait_jpeg",
]

TOKEN_EYE_DISTANCE_PER_WIDTH = 0.25
TOKEN_EYE_LINE_PER_WIDTH = 0.6
TOKEN_ASPECT = 0.75  # width / height

DEFAULT_PORTRAIT_WIDTH = 480  # inter-eye distance 120 px: ISO best practice


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


def portrait_jpeg(image: BGRImage, face: Face, *, width: int = DEFAULT_PORTRAIT_WIDTH,
                  max_bytes: int = DEFAULT_MAX_JPEG_BYTES) -> bytes:
    """Crop and encode in one step: what the station sends to the service."""
    return encode_jpeg(crop_portrait(image, face, width=width), max_bytes=max_bytes)

