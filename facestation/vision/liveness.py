"""Liveness measures for an active challenge (issue 18, first slice): is the face in front of the camera a real
head answering the prompt, or a photo or a screen held up to it? Plain Python on iBUG-68 landmarks, no Qt.

Two answers are judged here, each only from frames after its prompt (an answer given before the prompt, or a
video loop that happens to blink, does not count):

* **blink**: the eye aspect ratio (EAR: the eyelids' opening over the eye's width, Soukupová and Čech 2016)
  falls from the open level to below `closed_ear` and comes back above `reopened_ear` within
  `max_blink_seconds`. A printed photo never blinks; a phone replaying a video can, which the turn answers.
* **head turn**: yaw moves by at least `min_turn_degrees` towards the side asked, and the turn is *non-planar*.
  Across a real head's turn the landmarks sit at different depths (nose tip 3 cm in front of the eyes, the jaw
  8 cm behind), so no single homography maps the frontal landmarks onto the turned ones; a photo or a screen,
  however it is turned, tilted or moved in the hand, is a plane, and one homography maps it exactly (up to
  landmark noise). `planar_residual` is the RMS error of the best homography between two landmark sets, over
  the inter-eye distance.

Measured on synthetic landmark sequences (the pose model's 3D mean face projected with perspective at 55 cm,
f = 900 px, ~100 px between the eyes, 1.5 px of landmark noise, landmarks averaged over 3 frames; 30 seeds,
tests/vision/test_liveness.py): a real head at the first check past 15° reads 0.052-0.06, a plane turned to
25° at most 0.021 over every frame checked; `min_nonplanar_residual` (0.035) sits between. Not yet measured:
real recordings of people and of attacks (none here), a bent photo, and the live station's dlib landmark noise
across a turn. The station does not use these judges yet.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from facestation.vision.faces import Points

__all__ = [
    "BlinkJudge",
    "LivenessLimits",
    "TurnJudge",
    "eye_aspect_ratio",
    "inter_eye_distance",
    "judge_sequence",
    "planar_residual",
]

# iBUG-68 eye points: corner, upper lid (2), corner, lower lid (2), for each eye.
_RIGHT_EYE = slice(36, 42)
_LEFT_EYE = slice(42, 48)


@dataclass(frozen=True)
class LivenessLimits:
    """Where each answer turns from "not yet" to "answered"."""

    # EAR of an open adult eye reads about 0.25-0.35, a closed one under 0.15 (Soukupová and Čech 2016).
    closed_ear: float = 0.15
    reopened_ear: float = 0.22
    max_blink_seconds: float = 0.8  # a blink lasts 0.1-0.4 s; eyes shut for longer are not a blink
    min_turn_degrees: float = 15.0
    # RMS homography error over the inter-eye distance: a real head turned 15° reads over 0.05, a plane under
    # 0.022 with 1.5 px of landmark noise at 100 px between the eyes (see the module docstring).
    min_nonplanar_residual: float = 0.035
    answer_seconds: float = 6.0  # the time an answer has after its prompt


DEFAULT_LIMITS = LivenessLimits()


def eye_aspect_ratio(points: Points) -> float:
    """The mean of both eyes' aspect ratios: (|p2-p6| + |p3-p5|) / (2 |p1-p4|) on each eye's six points."""
    ratios = []
    for eye in (_RIGHT_EYE, _LEFT_EYE):
        p = np.asarray(points[eye], dtype=np.float64)
        width = float(np.linalg.norm(p[0] - p[3]))
        if width <= 0:
            return 0.0
        ratios.append((float(np.linalg.norm(p[1] - p[5])) + float(np.linalg.norm(p[2] - p[4]))) / (2 * width))
    return sum(ratios) / len(ratios)


def inter_eye_distance(points: Points) -> float:
    p = np.asarray(points, dtype=np.float64)
    return float(np.linalg.norm(p[_RIGHT_EYE].mean(axis=0) - p[_LEFT_EYE].mean(axis=0)))


def planar_residual(before: Points, after: Points) -> float:
    """How far `after` is from any plane's view of `before`: the RMS error of the least-squares homography
    from one landmark set to the other, over the inter-eye distance in `after` (inf when no fit exists)."""
    a = np.asarray(before, dtype=np.float64).reshape(-1, 2)
    b = np.asarray(after, dtype=np.float64).reshape(-1, 2)
    homography, _ = cv2.findHomography(a, b, 0)
    eyes = inter_eye_distance(b)
    if homography is None or eyes <= 0:
        return math.inf
    mapped = cv2.perspectiveTransform(a.reshape(-1, 1, 2), homography).reshape(-1, 2)
    return float(np.sqrt(((mapped - b) ** 2).sum(axis=1).mean()) / eyes)


@dataclass
class BlinkJudge:
    """Watches the eye aspect ratio after a "blink" prompt: `update(t, points)` returns True once a blink that
    started after `prompted_at` has closed and reopened in time."""

    prompted_at: float
    limits: LivenessLimits = DEFAULT_LIMITS
    _closed_since: float | None = None
    _was_open_after_prompt: bool = False
    answered_at: float | None = None

    def update(self, t: float, points: Points) -> bool:
        if self.answered_at is not None:
            return True
        if t < self.prompted_at:
            return False
        ear = eye_aspect_ratio(points)
        if self._closed_since is None:
            if ear >= self.limits.reopened_ear:
                self._was_open_after_prompt = True  # eyes shut before the prompt do not count as its blink
            elif ear < self.limits.closed_ear and self._was_open_after_prompt:
                self._closed_since = t
        elif ear >= self.limits.reopened_ear:
            if t - self._closed_since <= self.limits.max_blink_seconds:
                self.answered_at = t
                return True
            self._closed_since = None
        return False

    def timed_out(self, t: float) -> bool:
        return self.answered_at is None and t - self.prompted_at > self.limits.answer_seconds


@dataclass
class TurnJudge:
    """Watches a "turn your head" prompt: `update(t, points, yaw)` returns True once, after `prompted_at`, the
    yaw has moved by `min_turn_degrees` towards `direction` (+1: positive yaw, -1: negative) from where it was
    at the prompt, and the landmarks at the turn are not a plane's view of those at the start.

    Both landmark sets are the mean of `SMOOTHING_FRAMES` frames (the first after the prompt, the latest): that
    divides the landmark jitter by about 1.7 while a turn of 0.1 s barely moves, which keeps a plane's residual
    (pure jitter) well under the limit however many frames are checked."""

    prompted_at: float
    direction: int
    limits: LivenessLimits = DEFAULT_LIMITS
    _start: list[tuple[float, np.ndarray]] = field(default_factory=list)
    _recent: list[tuple[float, np.ndarray]] = field(default_factory=list)
    residuals: list[float] = field(default_factory=list)
    answered_at: float | None = None
    planar: bool = False  # the turn was large enough but a single homography explained it: a photo or a screen

    SMOOTHING_FRAMES = 3

    def update(self, t: float, points: Points, yaw: float) -> bool:
        if self.answered_at is not None:
            return True
        if t < self.prompted_at:
            return False
        frame = (yaw, np.asarray(points, dtype=np.float64).copy())
        if len(self._start) < self.SMOOTHING_FRAMES:
            self._start.append(frame)
            return False
        self._recent = [*self._recent[-(self.SMOOTHING_FRAMES - 1):], frame]
        start_yaw = float(np.mean([yaw for yaw, _ in self._start]))
        recent_yaw = float(np.mean([yaw for yaw, _ in self._recent]))
        if (len(self._recent) < self.SMOOTHING_FRAMES
                or self.direction * (recent_yaw - start_yaw) < self.limits.min_turn_degrees):
            return False
        residual = planar_residual(np.mean([p for _, p in self._start], axis=0),
                                   np.mean([p for _, p in self._recent], axis=0))
        self.residuals.append(residual)
        if residual >= self.limits.min_nonplanar_residual:
            self.answered_at = t
            self.planar = False
            return True
        self.planar = True
        return False

    def timed_out(self, t: float) -> bool:
        return self.answered_at is None and t - self.prompted_at > self.limits.answer_seconds


def judge_sequence(judge: BlinkJudge | TurnJudge, frames: Sequence[tuple[float, Points, float]]) -> bool:
    """Feed `frames` (time, landmarks, yaw) to `judge` until it is answered or times out; whether answered."""
    for t, points, yaw in frames:
        answered = judge.update(t, points) if isinstance(judge, BlinkJudge) else judge.update(t, points, yaw)
        if answered:
            return True
        if judge.timed_out(t):
            return False
    return False
