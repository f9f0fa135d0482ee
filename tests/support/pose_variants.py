"""Pose-neutral variants of a portrait at kiosk size: the same head, the same pose, a different picture.

A stable head-pose estimate reads the same yaw on all of them, and the opposite yaw on the mirror image
(benchmarks/pose_stability.py, tests/vision/test_pose.py). Seeded: the same variants on every run.
"""

from __future__ import annotations

import cv2
import numpy as np

from facestation.vision.faces import BGRImage, Face
from tests.support.portraits import webcam_frame

KIOSK_FRAME = (640, 480)
KIOSK_EYE_DISTANCE = 100.0  # px: inside the 85-120 px a kiosk webcam gives a person at the desk


def kiosk_frame(photo: BGRImage, face: Face, *, eye_distance: float = KIOSK_EYE_DISTANCE,
                shift: tuple[float, float] = (0.0, 0.0), size: tuple[int, int] = KIOSK_FRAME) -> BGRImage:
    """The person in `photo` in a landscape webcam frame, eyes `eye_distance` px apart, shifted by `shift` px
    from the framing guide's usual eye position."""
    eye_at = (0.5 + shift[0] / size[0], 0.42 + shift[1] / size[1])
    return webcam_frame(photo, face, eye_distance=eye_distance, size=size, eye_at=eye_at)


def pose_neutral_variants(photo: BGRImage, face: Face, *, eye_distance: float = KIOSK_EYE_DISTANCE,
                          size: tuple[int, int] = KIOSK_FRAME, seed: int = 7) -> dict[str, BGRImage]:
    """The kiosk frame and what moving, zooming, lighting and a cheap camera do to it without turning the head:
    a 25-px shift, ±15 % scale, 40 % darker, 20 % brighter, Gaussian blur σ 1, sensor noise σ 6, JPEG q60 and
    a 4° in-plane roll (roll is not yaw or pitch)."""
    base = kiosk_frame(photo, face, eye_distance=eye_distance, size=size)
    rng = np.random.default_rng(seed)
    noisy = np.clip(base + rng.normal(0.0, 6.0, base.shape), 0, 255).astype(np.uint8)
    _, jpeg = cv2.imencode(".jpg", base, [cv2.IMWRITE_JPEG_QUALITY, 60])
    width, height = size
    roll = cv2.getRotationMatrix2D((width / 2, 0.42 * height), 4.0, 1.0)
    return {
        "base": base,
        "shifted 25 px": kiosk_frame(photo, face, eye_distance=eye_distance, shift=(25.0, 10.0), size=size),
        "scaled -15 %": kiosk_frame(photo, face, eye_distance=0.85 * eye_distance, size=size),
        "scaled +15 %": kiosk_frame(photo, face, eye_distance=1.15 * eye_distance, size=size),
        "darker": cv2.convertScaleAbs(base, alpha=0.6),
        "brighter": cv2.convertScaleAbs(base, alpha=1.2),
        "blur σ1": cv2.GaussianBlur(base, (0, 0), 1.0),
        "noise σ6": noisy,
        "JPEG q60": cv2.imdecode(jpeg, cv2.IMREAD_COLOR),
        "rolled 4°": cv2.warpAffine(base, roll, size, borderMode=cv2.BORDER_REPLICATE),
    }


def mirrored(image: BGRImage) -> BGRImage:
    return np.ascontiguousarray(image[:, ::-1])


def jittered_frames(portrait: BGRImage, count: int, *, step_px: float = 0.0, start_px: float = 0.0,
                    seed: int = 3) -> list[BGRImage]:
    """`count` frames of a person in front of the camera: `portrait` re-framed at every frame by a random ±2 px
    (breathing, a camera's noise) plus a steady `step_px` per frame downwards from `start_px` (> 0 down: a
    person moving), with sensor noise σ 4. Seeded."""
    rng = np.random.default_rng(seed)
    size = portrait.shape[1::-1]
    frames = []
    for index in range(count):
        dx, dy = rng.uniform(-2, 2, size=2) + (0, start_px + index * step_px)
        shifted = cv2.warpAffine(portrait, np.float32([[1, 0, dx], [0, 1, dy]]), size, borderMode=cv2.BORDER_REPLICATE)
        frames.append(np.clip(shifted + rng.normal(0, 4, shifted.shape), 0, 255).astype(np.uint8))
    return frames
