"""Test images built from the package portraits: edited copies of a photo, faces pasted into scenes."""

from __future__ import annotations

import cv2
import numpy as np

from facestation.vision.faces import BGRImage, Box


def edited_copies(image: BGRImage) -> dict[str, BGRImage]:
    """Same-person variants: mirrored, half and double size, rotated 5°, JPEG quality 40, 40 % darker."""
    height, width = image.shape[:2]
    rotation = cv2.getRotationMatrix2D((width / 2, height / 2), 5, 1.0)
    _, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 40])
    return {
        "flipped": np.ascontiguousarray(image[:, ::-1]),
        "half": cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA),
        "double": cv2.resize(image, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC),
        "rotated5": cv2.warpAffine(image, rotation, (width, height), borderMode=cv2.BORDER_REPLICATE),
        "jpeg40": cv2.imdecode(jpeg, cv2.IMREAD_COLOR),
        "darker": cv2.convertScaleAbs(image, alpha=0.6, beta=0),
    }


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
