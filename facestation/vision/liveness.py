"""Liveness measures for an active challenge (issue 18): is the face in front of the camera a real head answering
the prompt, or a photo or a screen held up to it? Plain Python on iBUG-68 landmarks, no Qt.

Two answers are judged here, each only from frames after its prompt (an answer given before the prompt does not
count); `facestation.vision.liveness_challenge` strings them into a check with random prompts:

* **blink**: `eye_openness` (the eyelid gap over the nose's length, both vertical, so a card tipped in the hand
  does not move it) falls below `closed_fraction` of the person's own open level and comes back above
  `reopened_fraction` of it within `max_blink_seconds`. A printed photo never blinks; a phone replaying a video
  can, which the turn and the passive cue answer.
* **head turn**: yaw moves by at least `min_turn_degrees` towards the side asked, and the turn is *non-planar*.
  Across a real head's turn the landmarks sit at different depths (the nose tip 2-3 cm in front of the eyes), so
  no single homography maps the frontal landmarks onto the turned ones; a photo or a screen, however it is
  turned, tilted or moved in the hand, is a plane, and one homography maps it (up to landmark noise).
  `planar_residual` is the RMS error of the best homography on `NONPLANAR_POINTS` (nose, eyes, mouth corners:
  dlib places the jaw and brows from its face model, so on a card turned far they bent as a head would), over
  the inter-eye distance.

Measured (tests/vision/test_liveness*.py, benchmarks/liveness_bench.py): synthetic 3D-mean-face sequences with
1.5 px of landmark noise read 0.040-0.056 for a real head turned 20°, a flat face turned up to 50° at most
0.029; through dlib on rendered frames, a photo mapped onto the 3D mean face and turned ±25° reads 0.046-0.079
and printed photos and phones turned ±50° 0.013-0.029; the limit is 0.037. Not measured: recordings of real
people and of real attacks (none here).
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
    "NONPLANAR_POINTS",
    "eye_aspect_ratio",
    "each_eye_openness",
    "eye_openness",
    "nose_length",
    "inter_eye_distance",
    "judge_sequence",
    "planar_residual",
]

# iBUG-68 eye points: corner, upper lid (2), corner, lower lid (2), for each eye.
_RIGHT_EYE = slice(36, 42)
_LEFT_EYE = slice(42, 48)
# The points a turn is judged on: nose (27-35), eyes (36-47) and the mouth corners (48, 54). dlib places the
# jaw and the brows by its face model more than by the picture, so on a card turned far they bend as a head
# would (all 68 points read 0.036-0.079 on a card turned 50°, these 0.013-0.029).
NONPLANAR_POINTS = (*range(27, 48), 48, 54)
# Upper and lower eyelid points, paired, of both eyes; and the nose's top and bottom (its length).
_EYELID_PAIRS = ((37, 41), (38, 40), (43, 47), (44, 46))
_NOSE_TOP, _NOSE_BOTTOM = 27, 33


@dataclass(frozen=True)
class LivenessLimits:
    """Where each answer turns from "not yet" to "answered"."""

    # The eyes' opening as a share of the person's own open level (see `eye_openness`): dlib reads a shut eye
    # at well under 0.6 of it, landmark jitter moves an open one by about 12 % per frame (1.5 px on a 9 px gap).
    closed_fraction: float = 0.6
    reopened_fraction: float = 0.85
    max_blink_seconds: float = 0.8  # a blink lasts 0.1-0.4 s; eyes shut for longer are not a blink
    # A frame whose nose length is off the median since the prompt by more than this share is not judged for a
    # blink: a card shaken or flicked towards the camera changes scale faster than dlib's landmarks follow.
    max_scale_jump: float = 0.12
    min_turn_degrees: float = 15.0
    # RMS homography error on NONPLANAR_POINTS over the inter-eye distance (see the module docstring): a real head
    # turned 20° reads 0.040-0.056 (synthetic, 1.5 px noise) and 0.046-0.079 as dlib reads a rendered head at
    # ±25°; a flat card turned up to 50° at most 0.029 either way.
    min_nonplanar_residual: float = 0.037
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


def eye_openness(points: Points) -> float:
    """The mean gap between the eyelids over the nose's length (points 27-33). Both are vertical lengths, so a
    photo or a phone tipped forward or back, or a head turned, shrinks them alike and the ratio stays; only the
    eyelids closing moves it (the eye aspect ratio, over the eye's width, falls when a card is tipped)."""
    p = np.asarray(points, dtype=np.float64)
    nose = float(np.linalg.norm(p[_NOSE_TOP] - p[_NOSE_BOTTOM]))
    if nose <= 0:
        return 0.0
    gaps = [float(np.linalg.norm(p[upper] - p[lower])) for upper, lower in _EYELID_PAIRS]
    return sum(gaps) / len(gaps) / nose


def each_eye_openness(points: Points) -> tuple[float, float]:
    """`eye_openness` of each eye alone (image-right eye first): a blink closes both."""
    p = np.asarray(points, dtype=np.float64)
    nose = float(np.linalg.norm(p[_NOSE_TOP] - p[_NOSE_BOTTOM]))
    if nose <= 0:
        return 0.0, 0.0
    right = [float(np.linalg.norm(p[u] - p[lo])) for u, lo in _EYELID_PAIRS[:2]]
    left = [float(np.linalg.norm(p[u] - p[lo])) for u, lo in _EYELID_PAIRS[2:]]
    return sum(right) / 2 / nose, sum(left) / 2 / nose


def nose_length(points: Points) -> float:
    p = np.asarray(points, dtype=np.float64)
    return float(np.linalg.norm(p[_NOSE_TOP] - p[_NOSE_BOTTOM]))


def inter_eye_distance(points: Points) -> float:
    p = np.asarray(points, dtype=np.float64)
    return float(np.linalg.norm(p[_RIGHT_EYE].mean(axis=0) - p[_LEFT_EYE].mean(axis=0)))


def planar_residual(before: Points, after: Points, points: Sequence[int] | None = NONPLANAR_POINTS) -> float:
    """How far `after` is from any plane's view of `before`: the RMS error of the least-squares homography
    from one landmark set to the other on `points` (None: all), over the inter-eye distance in `after` (inf when
    no fit exists)."""
    whole_after = np.asarray(after, dtype=np.float64).reshape(-1, 2)
    a = np.asarray(before, dtype=np.float64).reshape(-1, 2)
    b = whole_after
    if points is not None:
        a, b = a[list(points)], b[list(points)]
    homography, _ = cv2.findHomography(a, b, 0)
    eyes = inter_eye_distance(whole_after)
    if homography is None or eyes <= 0:
        return math.inf
    mapped = cv2.perspectiveTransform(a.reshape(-1, 1, 2), homography).reshape(-1, 2)
    return float(np.sqrt(((mapped - b) ** 2).sum(axis=1).mean()) / eyes)


@dataclass
class BlinkJudge:
    """Watches the eyes after a "blink" prompt: `update(t, points)` returns True once a blink that started
    after `prompted_at` has closed and reopened in time.

    Closed and open are shares of the person's own open level: the median openness of each eye over the frames
    since the prompt (a blink's few closed frames do not move a median), so narrow and wide eyes alike, and dlib's
    habit of reading a shut eye as half open, are judged on the drop. Closed means both eyes below
    `closed_fraction` of their level (a blink closes both; dlib misplacing one eyelid does not). Frames whose
    scale jumped (the nose's length off its median by more than `max_scale_jump`: a card flicked or shaken, the
    landmarks lagging behind) neither close nor reopen."""

    prompted_at: float
    limits: LivenessLimits = DEFAULT_LIMITS
    _closed_since: float | None = None
    _right: list[float] = field(default_factory=list)
    _left: list[float] = field(default_factory=list)
    _noses: list[float] = field(default_factory=list)
    answered_at: float | None = None

    OPEN_FRAMES = 3  # frames seen after the prompt before a closure can count

    def update(self, t: float, points: Points) -> bool:
        if self.answered_at is not None:
            return True
        if t < self.prompted_at:
            return False
        right, left = each_eye_openness(points)
        nose = nose_length(points)
        self._noses.append(nose)
        judged = len(self._right) >= self.OPEN_FRAMES  # eyes seen after the prompt before a closure can count
        typical_nose = float(np.median(self._noses))
        if typical_nose <= 0 or abs(nose - typical_nose) > self.limits.max_scale_jump * typical_nose:
            return False
        if judged:
            # The levels are the eyes as seen before this frame, while not closed: a long closure must not
            # lower them until a shut eye reads as open.
            right_level, left_level = float(np.median(self._right)), float(np.median(self._left))
            if self._closed_since is None:
                if (right < self.limits.closed_fraction * right_level
                        and left < self.limits.closed_fraction * left_level):
                    self._closed_since = t
                    return False
            elif right + left >= self.limits.reopened_fraction * (right_level + left_level):
                if t - self._closed_since <= self.limits.max_blink_seconds:
                    self.answered_at = t
                    return True
                self._closed_since = None
            else:
                return False  # still closed
        self._right.append(right)
        self._left.append(left)
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
