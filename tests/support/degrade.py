"""Controlled degradations of a compliant portrait, one factor at a time, each with the checks it must fail.

Every degradation is strong enough to be clearly outside the ICAO limit it targets (e.g. the eye midpoint moved
to 35 % of the width against a 45-55 % band), so its ground truth is unambiguous.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from facestation.vision import quality
from facestation.vision.faces import IMAGE_LEFT_EYE, IMAGE_RIGHT_EYE, BGRImage, Face
from facestation.vision.measures import head_box
from facestation.vision.portrait import (
    TOKEN_ASPECT,
    TOKEN_EYE_DISTANCE_PER_WIDTH,
    crop_portrait,
)


@dataclass(frozen=True)
class Degradation:
    """A named change to a portrait and the API checks it makes fail (overallPhotoQuality always follows)."""

    name: str
    fails: frozenset[str]
    apply: Callable[[BGRImage, Face, BGRImage, Face], BGRImage]
    """(original photo, face in it, compliant portrait, face in the portrait) -> degraded image"""
    degrades: bool = True

    def truth(self) -> dict[str, bool]:
        """Expected `passed` per check for the degraded image."""
        failing = self.fails | ({quality.OVERALL} if self.degrades else set())
        return {name: name not in failing for name in quality.CHECK_NAMES}


def _shifted(eye_centre: float = 0.5, eye_line_of_height: float = 0.45):
    def apply(photo: BGRImage, face: Face, portrait: BGRImage, _: Face) -> BGRImage:
        width = portrait.shape[1]
        return crop_portrait(photo, face, width=width, eye_centre=eye_centre,
                             eye_line=eye_line_of_height / TOKEN_ASPECT)
    return apply


def _too_small(photo: BGRImage, face: Face, portrait: BGRImage, _: Face) -> BGRImage:
    # Inter-eye distance 60 px: two thirds of the ISO minimum of 90.
    factor = 60 / (TOKEN_EYE_DISTANCE_PER_WIDTH * portrait.shape[1])
    return cv2.resize(portrait, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def _too_dark(photo: BGRImage, face: Face, portrait: BGRImage, _: Face) -> BGRImage:
    # Gain 0.35: about 1.5 stops under, what a face beside a window in a dim lobby looks like.
    return np.clip(portrait.astype(np.float32) * 0.35, 0, 255).astype(np.uint8)


def _too_bright(photo: BGRImage, face: Face, portrait: BGRImage, _: Face) -> BGRImage:
    # Gain 1.8 plus an offset: the skin clips to white, as with a flash too close or sun on the face.
    return np.clip(portrait.astype(np.float32) * 1.8 + 50, 0, 255).astype(np.uint8)


def _rolled(photo: BGRImage, face: Face, portrait: BGRImage, portrait_face: Face) -> BGRImage:
    # 15° in-plane tilt about the eye midpoint, so position and size stay as they were.
    matrix = cv2.getRotationMatrix2D(portrait_face.eye_midpoint, 15.0, 1.0)
    size = (portrait.shape[1], portrait.shape[0])
    return cv2.warpAffine(portrait, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _blurred(photo: BGRImage, face: Face, portrait: BGRImage, portrait_face: Face) -> BGRImage:
    # Sigma 6 % of the inter-eye distance: defocus that hides eyelashes and skin texture, as in a smudged lens.
    sigma = 0.06 * portrait_face.inter_eye_distance
    return cv2.GaussianBlur(portrait, (0, 0), sigma)


def _red_pupils(photo: BGRImage, face: Face, portrait: BGRImage, portrait_face: Face) -> BGRImage:
    # Flash red-eye: the pupil (and some of the iris) glows saturated red, shaded like a real retina reflex.
    result = portrait.copy()
    for region in (IMAGE_LEFT_EYE, IMAGE_RIGHT_EYE):
        eye = portrait_face.landmarks[region]
        centre = eye.mean(axis=0)
        radius = 0.2 * float(np.linalg.norm(eye[3] - eye[0]))
        mask = np.zeros(result.shape[:2], np.uint8)
        cv2.circle(mask, (round(centre[0]), round(centre[1])), max(1, round(radius)), 255, -1)
        eyeball = np.zeros_like(mask)
        cv2.fillPoly(eyeball, [np.round(eye).astype(np.int32)], 255)
        inside = (mask > 0) & (eyeball > 0)
        result[inside] = (30, 25, 190)
    return result


def _second_face(photo: BGRImage, face: Face, portrait: BGRImage, portrait_face: Face) -> BGRImage:
    # A second person beside the first: the same head at 60 % size in the bottom-left corner of a frame widened
    # by a quarter of its width on each side (replicated edges), so the eye midpoint stays centred and the
    # second head lies wholly outside the main head's box. Pasted over the portrait itself it covered the main
    # face's jaw, and the jaw landmarks moved the live scan's yaw to -5.7° against a 7° limit.
    head = head_box(portrait_face)
    height, width = portrait.shape[:2]
    x0, y0 = max(0, int(head.left)), max(0, int(head.top))
    x1, y1 = min(width, int(head.right)), min(height, int(head.bottom))
    patch = cv2.resize(portrait[y0:y1, x0:x1], None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA)
    margin = width // 4
    result = cv2.copyMakeBorder(portrait, 0, 0, margin, margin, cv2.BORDER_REPLICATE)
    patch = patch[:height, : margin + x0]
    result[height - patch.shape[0]:, : patch.shape[1]] = patch
    return result


DEGRADATIONS: tuple[Degradation, ...] = (
    Degradation("shifted up", frozenset({quality.VERTICAL_POSITION}), _shifted(eye_line_of_height=0.20)),
    Degradation("shifted down", frozenset({quality.VERTICAL_POSITION}), _shifted(eye_line_of_height=0.62)),
    Degradation("shifted left", frozenset({quality.HORIZONTAL_CENTRE}), _shifted(eye_centre=0.35)),
    Degradation("shifted right", frozenset({quality.HORIZONTAL_CENTRE}), _shifted(eye_centre=0.65)),
    Degradation("too small", frozenset({quality.RESOLUTION}), _too_small),
    Degradation("too dark", frozenset({quality.EXPOSURE}), _too_dark),
    Degradation("too bright", frozenset({quality.EXPOSURE}), _too_bright),
    Degradation("rolled 15°", frozenset({quality.FRONTAL}), _rolled),
    Degradation("blurred", frozenset(), _blurred),
    Degradation("red pupils", frozenset({quality.EYES_NOT_RED}), _red_pupils),
    Degradation("second face", frozenset({quality.ONE_FACE}), _second_face),
)

UNCHANGED = Degradation(
    "unchanged", frozenset(), lambda photo, face, portrait, portrait_face: portrait, degrades=False
)
