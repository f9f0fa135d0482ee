"""Synthetic landmark sequences for the liveness tests and benchmark (no recordings of people exist here).

A real head is the pose model's 3D mean face (`MEAN_FACE_MM`, depths included), rotated for real and projected
with perspective at 55 cm (f = 900 px: about 100 px between the eyes), with seeded landmark noise (dlib's
jitter on a live face is about 1.5 px at this size); it blinks by moving its eyelid points. An attack at the
landmark level is the same face flattened onto a plane (a photo, a phone screen), moved as a hand moves it.
Image-level attacks (a real photo rendered into frames, run through the real detector) are in
`tests/support/liveness_scenes.py`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from facestation.vision.pose import MEAN_FACE_MM, fit_pose

NOISE_PX = 1.5
FPS = 15.0
FOCAL_PX = 900.0
DISTANCE_MM = 550.0

REAL_HEAD = MEAN_FACE_MM.copy()
FLAT_FACE = MEAN_FACE_MM.copy()
FLAT_FACE[:, 2] = -30.0  # every point on one plane, as on paper or a screen

# Eyelid point pairs (upper, lower) of both eyes, iBUG-68.
EYELIDS = ((37, 41), (38, 40), (43, 47), (44, 46))

Frame = tuple[float, np.ndarray, float]  # (time, landmarks, yaw as the station's pose fit reads it)


def rotation(yaw: float = 0.0, pitch: float = 0.0) -> np.ndarray:
    a, b = math.radians(yaw), math.radians(pitch)
    turn = np.array([[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]])
    tilt = np.array([[1, 0, 0], [0, math.cos(b), -math.sin(b)], [0, math.sin(b), math.cos(b)]])
    return tilt @ turn


def project(points: np.ndarray, *, distance: float = DISTANCE_MM,
            shift: tuple[float, float] = (0.0, 0.0)) -> np.ndarray:
    depth = distance - points[:, 2]
    return np.stack([640 + shift[0] + FOCAL_PX * points[:, 0] / depth,
                     360 + shift[1] + FOCAL_PX * points[:, 1] / depth], axis=1)


def close_eyes(points: np.ndarray, opening: float) -> np.ndarray:
    """`points` with each eyelid pair at `opening` times its gap (1 open, 0 shut)."""
    points = points.copy()
    for upper, lower in EYELIDS:
        middle = (points[upper, 1] + points[lower, 1]) / 2
        half = (points[lower, 1] - points[upper, 1]) / 2 * opening
        points[upper, 1], points[lower, 1] = middle - half, middle + half
    return points


def frames(shape: np.ndarray, yaws: Sequence[float], rng: np.random.Generator, *, start: float = 0.0,
           pitches: Sequence[float] | None = None, distances: Sequence[float] | None = None,
           shifts: Sequence[tuple[float, float]] | None = None, openings: Sequence[float] | None = None,
           noise_px: float = NOISE_PX, fps: float = FPS) -> list[Frame]:
    """(time, landmarks, yaw read by the station's pose fit) at `fps` from `start`."""
    out = []
    for index, yaw in enumerate(yaws):
        pitch = pitches[index] if pitches else 0.0
        distance = distances[index] if distances else DISTANCE_MM
        shift = shifts[index] if shifts else (0.0, 0.0)
        points = project(shape @ rotation(yaw, pitch).T, distance=distance, shift=shift)
        if openings is not None:
            points = close_eyes(points, openings[index])
        points = points + rng.normal(0.0, noise_px, points.shape)
        out.append((start + index / fps, points, fit_pose(points).yaw))
    return out


def ramp(low: float, high: float, count: int) -> list[float]:
    return list(np.linspace(low, high, count))


def blink_openings(rng: np.random.Generator, fps: float = FPS) -> list[float]:
    """One blink as a person's eyelids move: 0.1-0.15 s closing, 0.05-0.15 s shut, 0.15-0.25 s opening."""
    closing = max(1, round(rng.uniform(0.1, 0.15) * fps))
    shut = max(1, round(rng.uniform(0.05, 0.15) * fps))
    opening = max(1, round(rng.uniform(0.15, 0.25) * fps))
    low = rng.uniform(0.0, 0.15)
    return (ramp(1.0, low, closing + 1)[1:] + [low] * shut + ramp(low, 1.0, opening + 1)[1:])


class Responder:
    """A person at the desk answering the prompts of a `LivenessCheck`, frame by frame: reacts 0.3-0.9 s after
    each prompt, blinks (see `blink_openings`) or turns 20-30° to the side asked over 0.3-0.7 s, holds 0.1-0.3 s
    and comes back as fast; between actions the head sways (yaw and pitch ±2°, a few pixels) and the eyes stay
    open. `shape` FLAT_FACE makes it a photo whose holder knows the prompts: the worst case of a flat attack."""

    def __init__(self, rng: np.random.Generator, *, shape: np.ndarray = REAL_HEAD, fps: float = FPS,
                 noise_px: float = NOISE_PX, turn_sign: int = 1) -> None:
        self.rng = rng
        self.shape = shape
        self.fps = fps
        self.noise_px = noise_px
        self.turn_sign = turn_sign  # -1: turns the other way from the one asked (a confused person)
        self._plan: list[tuple[float, float, float]] = []  # (yaw, pitch-free opening) per frame to come
        self._last_prompt: object = None
        self._sway = rng.uniform(0, 2 * math.pi, 3)

    def frame(self, t: float, prompt: object) -> Frame:
        if prompt is not None and prompt != self._last_prompt:
            self._plan = self._act(str(getattr(prompt, "value", prompt)))
        self._last_prompt = prompt
        yaw, opening = (self._plan.pop(0)[:2]) if self._plan else (0.0, 1.0)
        sway_yaw = 2.0 * math.sin(1.3 * t + self._sway[0])
        sway_pitch = 2.0 * math.sin(0.9 * t + self._sway[1])
        shift = (4.0 * math.sin(0.7 * t + self._sway[2]), 3.0 * math.cos(0.5 * t + self._sway[2]))
        points = project(self.shape @ rotation(yaw + sway_yaw, sway_pitch).T, shift=shift)
        points = close_eyes(points, opening)
        points = points + self.rng.normal(0.0, self.noise_px, points.shape)
        return t, points, fit_pose(points).yaw

    def _act(self, prompt: str) -> list[tuple[float, float, float]]:
        rng, fps = self.rng, self.fps
        wait = [(0.0, 1.0, 0.0)] * round(rng.uniform(0.3, 0.9) * fps)
        if prompt == "blink":
            return wait + [(0.0, opening, 0.0) for opening in blink_openings(rng, fps)]
        side = (1 if prompt == "turn_left" else -1) * self.turn_sign
        peak = side * rng.uniform(20, 30)
        out_frames = max(2, round(rng.uniform(0.3, 0.7) * fps))
        hold = max(1, round(rng.uniform(0.1, 0.3) * fps))
        back_frames = max(2, round(rng.uniform(0.3, 0.7) * fps))
        yaws = ramp(0.0, peak, out_frames) + [peak] * hold + ramp(peak, 0.0, back_frames)
        return wait + [(yaw, 1.0, 0.0) for yaw in yaws]
