"""Test images built from the package portraits: face crops, faces pasted into scenes."""

from __future__ import annotations

import cv2
import numpy as np

from facestation.vision.faces import BGRImage, Box


def face_crop(image: BGRImage, box: Box, margin: float = 0.6) -> BGRImage:
    """The face with `margin` x its width around it (enough context for the detector), clipped to the image."""
    pad = margin * box.width
    height, width = image.shape[:2]
    x0, y0 = max(0, int(box.left - pad)), max(0, int(box.top - pad))
    x1, y1 = min(width, int(box.right + pad)), min(height, int(box.bottom + pad))
    return image[y0:y1, x0:x1]


def scene(*crops: tuple[BGRImage, float], gap: int = 40, background: int = 200) -> BGRImage:
    """Crops resized by their factors and pasted side by side, bottom-aligned, on a plain background."""
    resized = [
        cv2.resize(crop, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
        for crop, f in crops
    ]
    height = max(r.shape[0] for r in resized) + 2 * gap
    width = sum(r.shape[1] for r in resized) + gap * (len(resized) + 1)
    canvas = np.full((height, width, 3), background, np.uint8)
    x = gap
    for r in resized:
        top = height - gap - r.shape[0]
        canvas[top : top + r.shape[0], x : x + r.shape[1]] = r
        x += r.shape[1] + gap
    return canvas
