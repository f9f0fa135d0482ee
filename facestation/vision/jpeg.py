"""JPEG encoding within a byte budget, at a quality that keeps faces matchable.

Only OpenCV and numpy: the API client encodes camera frames with it without loading the face models.
"""

from __future__ import annotations

import cv2

from facestation.vision.imageio import BGRImage

DEFAULT_MAX_JPEG_BYTES = 150_000
MIN_JPEG_QUALITY = 90  # below this, blocking artefacts show up in quality checks (FICV pixelation)


class PortraitEncodingError(ValueError):
    """The portrait cannot fit the byte budget at an acceptable quality and size."""


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
