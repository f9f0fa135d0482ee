"""The camera self-test's own pixel measures, beyond the QA's (facestation.vision.measures): noise on the skin,
colour cast, the background a backlit face is dark against, and the distance range where a face meets the
resolution check. Plain numbers; deciding what passes is self_test's job. No Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import cv2
import numpy as np

from facestation.vision import measures
from facestation.vision.faces import BGRImage, Face
from facestation.vision.quality import DEFAULT_THRESHOLDS, QualityThresholds

__all__ = ["ADULT_INTER_EYE_MM", "DistanceRange", "background_brightness", "colour_cast", "distance_range",
           "face_noise"]

ADULT_INTER_EYE_MM: Final = 63.0  # average adult interpupillary distance

# Immerkær's noise kernel: the difference of two Laplacians, blind to flat areas and linear shading. Its
# response to white noise of sigma s has standard deviation 6 s (the kernel's squared weights sum to 36).
_NOISE_KERNEL: Final = np.array([[1, -2, 1], [-2, 4, -2], [1, -2, 1]], dtype=np.float32)
_MAD_TO_SIGMA: Final = 1.4826


def face_noise(image: BGRImage, face: Face) -> float:
    """Robust noise sigma (8-bit luma levels) on the skin: the median absolute response of Immerkær's kernel
    over the skin mask, so the few edges on a face (brows, nostrils) do not count as noise."""
    luma = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY).astype(np.float32)
    response = cv2.filter2D(luma, cv2.CV_32F, _NOISE_KERNEL)
    mask = measures.skin_mask(face, luma.shape)
    values = np.abs(response[mask]) if mask.any() else np.abs(response).reshape(-1)
    return float(_MAD_TO_SIGMA * np.median(values) / 6.0)


def colour_cast(image: BGRImage, face: Face) -> tuple[float, float]:
    """The median Lab a* (green-red) and b* (blue-yellow) of the skin, in OpenCV's 8-bit Lab units less 128.
    Skin is a known reference whatever the room: its hue sits between red and yellow for every complexion, so
    a hue outside that band is the light's or the camera's colour, not the person's. (Grey-world over the
    frame was tried first: a blue wall behind a person reads as a blue cast.)"""
    lab = cv2.cvtColor(image, cv2.COLOR_BGR2Lab).astype(np.float32)
    mask = measures.skin_mask(face, lab.shape[:2])
    pixels = lab[mask] if mask.any() else lab.reshape(-1, 3)
    return float(np.median(pixels[:, 1]) - 128), float(np.median(pixels[:, 2]) - 128)


def background_brightness(image: BGRImage, face: Face) -> float:
    """Mean luma of the frame outside the head: what a backlit face is dark against."""
    luma = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    head = measures.head_box(face)
    mask = np.ones(luma.shape, dtype=bool)
    height, width = luma.shape
    top, bottom = max(0, int(head.top)), min(height, math.ceil(head.bottom))
    left, right = max(0, int(head.left)), min(width, math.ceil(head.right))
    # Below the chin is the body, lit like the face: only the frame beside and above the head is background.
    mask[top:, left:right] = False
    mask[bottom:, :] = False
    values = luma[mask]
    return float(values.mean()) if values.size else float(luma.mean())


@dataclass(frozen=True)
class DistanceRange:
    """Where a face meets the resolution check, as multiples of the distance the person stood at during the test
    (`nearest` < 1 < `farthest` when that spot was fine), and in metres when the field of view is known."""

    nearest: float
    farthest: float
    stood_at_m: float | None = None

    @property
    def nearest_m(self) -> float | None:
        return None if self.stood_at_m is None else self.nearest * self.stood_at_m

    @property
    def farthest_m(self) -> float | None:
        return None if self.stood_at_m is None else self.farthest * self.stood_at_m


def distance_range(inter_eye_px: float, head_width: float, head_length: float, frame_width: int, *,
                   thresholds: QualityThresholds = DEFAULT_THRESHOLDS,
                   horizontal_fov_degrees: float | None = None) -> DistanceRange:
    """The face's size in pixels falls as 1 / distance. Farthest: where the inter-eye distance drops to the
    resolution check's minimum. Nearest: where the head grows to the "too close" limits (its width and length
    over the portrait region's). With the horizontal field of view the distance itself follows from a pinhole
    camera: focal length in pixels = (width / 2) / tan(fov / 2), distance = focal · 63 mm / inter-eye pixels."""
    farthest = inter_eye_px / thresholds.min_inter_eye_px
    nearest = max(head_width / thresholds.max_head_width, head_length / thresholds.max_head_length)
    stood_at_m = None
    if horizontal_fov_degrees is not None and inter_eye_px > 0:
        focal_px = (frame_width / 2) / math.tan(math.radians(horizontal_fov_degrees) / 2)
        stood_at_m = focal_px * ADULT_INTER_EYE_MM / inter_eye_px / 1000
    return DistanceRange(nearest=nearest, farthest=farthest, stood_at_m=stood_at_m)
