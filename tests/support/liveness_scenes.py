"""Image-level liveness scenes (issue 18): 1280x720 frames of presentation attacks and of a rendered real head,
made in memory from a seed and run through the station's real live analysis (`quality.analyze` with one
`FaceSearch` per sequence, as the camera pipeline does), so dlib's own landmark noise is in every figure.

* **attacks** (`CardScene`): a photo on a rigid card in 3D in front of a seeded room, projected with
  perspective at f = 900 px: a PRINTED photo (white border, flat paper lighting with a gradient, grain) or a
  PHONE screen (dark bezel, a glare highlight, bluish, lower contrast). The hand moves it (`Motion`): held
  still (tremor), shaken, turned and tilted 25-35°, bent (a cylinder of 12 strips), moved closer and away. The
  holder is the worst case: they see the prompt (`LivenessCheck.state(t).prompt`) and turn the card the way
  asked, or flick it forward to fake a blink, at the right time.
* **a real head** (`HeadScene`): a frontal photo texture-mapped onto the pose model's 3D mean face
  (`MEAN_FACE_MM`): Delaunay triangles over the photo's 68 landmarks plus a ring of points around the head
  (hair, ears, neck) at a head's depths and an outer ring that stays put in the room; each vertex takes the
  mean face's depth, scaled to the photo's inter-eye distance; rotated about the neck, projected with
  perspective, warped triangle by triangle (farthest first). It answers prompts as a person does
  (`tests.support.liveness_heads.Responder`'s timing): turns 20-30° and back, blinks by moving the upper-lid
  vertices onto the lower lid.

`run_scene` feeds a scene to a `LivenessCheck` frame by frame; `write_video` writes frames as an mp4v clip.
Qt-free; no files needed (faces-pairs photos are used when ../shared/datasets is there).
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np
from scipy.spatial import Delaunay

from facestation.vision import quality
from facestation.vision.face_search import FaceSearch
from facestation.vision.faces import BGRImage, Face
from facestation.vision.liveness import eye_aspect_ratio, planar_residual
from facestation.vision.liveness_challenge import (
    Challenge,
    ChallengeLimits,
    LivenessCheck,
    LivenessOutcome,
    Prompt,
)
from facestation.vision.liveness_confirm import PresentationCue, confirm_live
from facestation.vision.pose import MEAN_FACE_MM
from facestation.vision.presentation_cues import presentation_cue
from tests.support import portraits
from tests.support.liveness_heads import rotation
from tests.support.webcam_clips import Subject, subject

__all__ = [
    "FPS",
    "FRAME_SIZE",
    "ISSUE_MOTIONS",
    "CardKind",
    "CardScene",
    "HeadScene",
    "Motion",
    "SceneRun",
    "run_scene",
    "scene_subjects",
    "write_video",
]

FPS = 15.0  # the station's analysis rate on a modest PC
FRAME_SIZE = (1280, 720)
FOCAL_PX = 900.0  # a 1280x720 webcam's ~70° field of view
EYES_MM = 63.0  # the mean face's eye centres
_CENTRE = (FRAME_SIZE[0] / 2, FRAME_SIZE[1] * 0.42)  # where the framing guide wants the eyes


class Scene(Protocol):
    def render(self, t: float, prompt: Prompt | None) -> BGRImage: ...


# -- shared pieces ---------------------------------------------------------------------------------------------

def scene_subjects(limit: int | None = None) -> list[Subject]:
    """The package's portraits (astronaut, grace_hopper), then frontal faces-pairs photos when present."""
    subjects = [subject(name, photo) for name, photo in portraits.package_portraits().items()]
    folder = portraits.datasets_dir()
    if folder is not None:
        for path in sorted((folder / "faces-pairs").glob("img*.jpg"), key=lambda p: (len(p.name), p.name)):
            if limit is not None and len(subjects) >= limit:
                break
            photo = cv2.imread(str(path))
            try:
                found = subject(path.stem, photo)
            except ValueError:
                continue
            if found.face.inter_eye_distance >= 60:  # a print or a phone of a tiny face is not a usable attack
                subjects.append(found)
    return subjects[:limit] if limit is not None else subjects


def room(seed: int, size: tuple[int, int] = FRAME_SIZE) -> BGRImage:
    """A seeded out-of-focus room: a wall with a light gradient and a few blurred pieces of furniture."""
    rng = np.random.default_rng(seed)
    width, height = size
    base = rng.uniform(90, 190, 3)
    ramp = np.linspace(0.8, 1.1, width, dtype=np.float32)[None, :, None]
    image = np.ones((height, width, 3), np.float32) * base.astype(np.float32) * ramp
    for _ in range(6):
        x0, y0 = int(rng.uniform(0, width)), int(rng.uniform(0, height))
        w, h = int(rng.uniform(80, 400)), int(rng.uniform(80, 400))
        cv2.rectangle(image, (x0, y0), (x0 + w, y0 + h), tuple(float(c) for c in rng.uniform(30, 230, 3)), -1)
    image = cv2.GaussianBlur(image, (0, 0), 12)
    return np.clip(image, 0, 255).astype(np.uint8)


def camera(image: np.ndarray, rng: np.random.Generator) -> BGRImage:
    """What a webcam adds: soft focus and sensor noise."""
    blurred = cv2.GaussianBlur(image, (0, 0), 0.8)
    noise = rng.normal(0.0, 3.0, image.shape[:2]).astype(np.float32)[..., None]
    return np.clip(blurred.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def _paste(frame: np.ndarray, texture: np.ndarray, mask: np.ndarray, src: np.ndarray, dst: np.ndarray) -> None:
    """Warp the `src` quad (or triangle) of `texture` onto `dst` in `frame`, in place, through a small ROI."""
    height, width = frame.shape[:2]
    x0, y0 = np.floor(dst.min(axis=0)).astype(int) - 1
    x1, y1 = np.ceil(dst.max(axis=0)).astype(int) + 2
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, width), min(y1, height)
    if x1 <= x0 or y1 <= y0:
        return
    local = (dst - (x0, y0)).astype(np.float32)
    size = (x1 - x0, y1 - y0)
    if len(src) == 3:
        (ax, ay), (bx, by) = dst[1] - dst[0], dst[2] - dst[0]
        if abs(float(ax * by - ay * bx)) < 0.5:
            return  # a triangle squashed flat (a shut eye's): nothing to draw
        matrix = cv2.getAffineTransform(src.astype(np.float32), local)
        patch = cv2.warpAffine(texture, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        cover = np.zeros(size[::-1], np.uint8)
        cv2.fillConvexPoly(cover, np.round(local * 16).astype(np.int32), 255, cv2.LINE_AA, 4)
    else:
        matrix = cv2.getPerspectiveTransform(src.astype(np.float32), local)
        patch = cv2.warpPerspective(texture, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
        cover = cv2.warpPerspective(mask, matrix, size, flags=cv2.INTER_LINEAR)
    alpha = (cover.astype(np.float32) / 255.0)[..., None]
    roi = frame[y0:y1, x0:x1]
    roi[:] = roi * (1 - alpha) + patch * alpha


def _project(points: np.ndarray, distance: float, shift: tuple[float, float] = (0.0, 0.0)) -> np.ndarray:
    """Camera-facing points (x right, y down, z towards the camera, mm) at `distance` mm, onto the frame."""
    depth = distance - points[:, 2]
    return np.stack([_CENTRE[0] + shift[0] + FOCAL_PX * points[:, 0] / depth,
                     _CENTRE[1] + shift[1] + FOCAL_PX * points[:, 1] / depth], axis=1)


# -- attacks: a card in the hand -------------------------------------------------------------------------------

class CardKind(StrEnum):
    PRINTED = "printed"
    PHONE = "phone"


class Motion(StrEnum):
    STILL = "still"  # held as still as a hand holds: tremor
    SHAKEN = "shaken"  # shaken by hand, 3-5 Hz
    TURNED = "turned"  # turned and tilted 25-35° as each prompt asks
    BENT = "bent"  # bent like a held print, and turned as asked
    CLOSER_AWAY = "closer-away"  # moved towards the camera and back, and turned as asked
    # Beyond the issue's list, to find the limits: turned 45-60° (far enough for the pose fit to read a turn),
    # and a print wrapped round a cylinder of a head's radius (a bottle, a mask).
    TURNED_FAR = "turned far"
    WRAPPED = "wrapped"


ISSUE_MOTIONS = (Motion.STILL, Motion.SHAKEN, Motion.TURNED, Motion.BENT, Motion.CLOSER_AWAY)


_PX_PER_MM = 4.0  # texture resolution: a print at ~100 dpi, a phone screen at ~ its own


def card_texture(person: Subject, kind: CardKind, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray,
                                                                                        tuple[float, float]]:
    """(texture, mask, eye midpoint in texture px) of `person`'s photo as a print or on a phone screen; the face
    is life size on the print (63 mm between the eyes) and 28 mm on the phone, which is held nearer."""
    eyes_mm = EYES_MM if kind is CardKind.PRINTED else 28.0
    scale = eyes_mm * _PX_PER_MM / person.face.inter_eye_distance
    photo = cv2.resize(person.photo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA
                       if scale < 1 else cv2.INTER_CUBIC).astype(np.float32)
    ex, ey = (c * scale for c in person.face.eye_midpoint)
    if kind is CardKind.PRINTED:
        width, height = 3.6 * eyes_mm * _PX_PER_MM, 4.6 * eyes_mm * _PX_PER_MM  # the photo area
        border = 0.07 * width
    else:
        width, height = 68 * _PX_PER_MM, 148 * _PX_PER_MM  # a phone's screen
        border = 4 * _PX_PER_MM  # its bezel
    eye_at = (width / 2, 0.42 * height)
    shift = np.float32([[1, 0, eye_at[0] - ex], [0, 1, eye_at[1] - ey]])
    picture = cv2.warpAffine(photo, shift, (int(width), int(height)), borderMode=cv2.BORDER_REFLECT)
    yy, xx = np.mgrid[0:int(height), 0:int(width)].astype(np.float32)
    if kind is CardKind.PRINTED:
        # Paper: ink cannot be brighter than the paper, colours are a little dull, the light falls off across it.
        grey = picture.mean(axis=2, keepdims=True)
        picture = 0.85 * picture + 0.15 * grey
        picture = 12 + picture * 0.88
    else:
        picture = 20 + picture * 0.8  # an LCD's lower contrast
        picture *= np.float32([1.08, 1.0, 0.92])  # bluish
    full = np.full((int(height + 2 * border), int(width + 2 * border), 3),
                   245.0 if kind is CardKind.PRINTED else 18.0, np.float32)
    full[int(border):int(border) + picture.shape[0], int(border):int(border) + picture.shape[1]] = picture
    fy, fx = np.mgrid[0:full.shape[0], 0:full.shape[1]].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    gradient = 1.0 + 0.12 * ((fx / full.shape[1] - 0.5) * math.cos(angle) + (fy / full.shape[0] - 0.5) * math.sin(angle))
    full *= gradient[..., None]
    if kind is CardKind.PRINTED:
        full += rng.normal(0.0, 2.5, full.shape[:2]).astype(np.float32)[..., None]
    else:
        # A glare highlight from a lamp: a soft bright ellipse off the face, on the upper part of the screen.
        gx = full.shape[1] * rng.uniform(0.15, 0.85)
        gy = full.shape[0] * rng.uniform(0.05, 0.25)
        glare = np.exp(-(((fx - gx) / (0.25 * full.shape[1])) ** 2 + ((fy - gy) / (0.08 * full.shape[0])) ** 2))
        full += 110.0 * glare[..., None]
    mask = np.full(full.shape[:2], 255, np.uint8)
    del xx, yy
    return (np.clip(full, 0, 255).astype(np.uint8), mask,
            (eye_at[0] + border, eye_at[1] + border))


@dataclass
class _Gesture:
    """The holder's answer to a prompt, planned when it appears: (yaw, pitch) offsets per frame to come."""

    frames: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class CardScene:
    """A photo on a card held up to the camera by someone who sees the prompts."""

    person: Subject
    kind: CardKind
    motion: Motion
    seed: int
    fps: float = FPS

    def __post_init__(self) -> None:
        self._rng = np.random.default_rng(self.seed)
        self._room = room(self.seed)
        self._texture, self._mask, self._eyes_px = card_texture(self.person, self.kind, self._rng)
        eyes_mm = EYES_MM if self.kind is CardKind.PRINTED else 28.0
        # Held where the face reads ~100 px between the eyes (what passing the capture checks needs).
        self.distance = FOCAL_PX * eyes_mm / self._rng.uniform(100, 112)
        self._phases = self._rng.uniform(0, 2 * math.pi, 8)
        self._shake_hz = self._rng.uniform(3.0, 5.0)
        half_mm = self._texture.shape[1] / 2 / _PX_PER_MM
        # The bend as a cylinder's radius: "bent slightly" lifts the edges by 4-6 % of the half width (a print
        # held by its sides; a phone flexes far less, but the same figure keeps the rows comparable), "wrapped"
        # is a head's radius.
        self._bend_radius = math.inf
        if self.motion is Motion.BENT:
            self._bend_radius = half_mm / (2 * self._rng.uniform(0.04, 0.06))
        elif self.motion is Motion.WRAPPED:
            self._bend_radius = self._rng.uniform(80.0, 100.0)
        self._texture_f = self._texture.astype(np.float32)
        self._room_f = self._room.astype(np.float32)
        self._gesture: list[tuple[float, float]] = []
        self._last_prompt: Prompt | None = None
        self._base_roll = self._rng.uniform(-4, 4)

    @property
    def answers_prompts(self) -> bool:
        return self.motion not in (Motion.STILL, Motion.SHAKEN)

    def _plan(self, prompt: Prompt) -> list[tuple[float, float]]:
        rng, fps = self._rng, self.fps
        wait = [(0.0, 0.0)] * round(rng.uniform(0.3, 0.8) * fps)
        peak = rng.uniform(45, 60) if self.motion is Motion.TURNED_FAR else rng.uniform(25, 35)
        out_frames = max(2, round(rng.uniform(0.3, 0.6) * fps))
        hold = max(1, round(rng.uniform(0.1, 0.3) * fps))
        if prompt is Prompt.BLINK:
            # No card blinks: the best a holder can do is flick it forward, squashing the eyes, and back.
            flick = [(0.0, p) for p in np.linspace(0, peak, 3)[1:]]
            return wait + flick + [(0.0, peak)] + flick[::-1] + [(0.0, 0.0)]
        side = 1.0 if prompt is Prompt.TURN_LEFT else -1.0
        yaws = (list(np.linspace(0, side * peak, out_frames)) + [side * peak] * hold
                + list(np.linspace(side * peak, 0, out_frames)))
        tilt = rng.uniform(-8, 8)  # a hand turning a card tilts it too
        return wait + [(yaw, tilt * abs(yaw) / peak) for yaw in yaws]

    def render(self, t: float, prompt: Prompt | None) -> BGRImage:
        if self.answers_prompts and prompt is not None and prompt != self._last_prompt:
            self._gesture = self._plan(prompt)
        self._last_prompt = prompt
        gesture_yaw, gesture_pitch = self._gesture.pop(0) if self._gesture else (0.0, 0.0)
        p = self._phases
        tremor = [0.6 * math.sin(2 * math.pi * 1.7 * t + p[i]) + 0.3 * math.sin(2 * math.pi * 4.3 * t + p[i + 3])
                  for i in range(3)]
        yaw, pitch, roll = (gesture_yaw + tremor[0], gesture_pitch + tremor[1], self._base_roll + tremor[2])
        shift = (3.0 * math.sin(2 * math.pi * 0.6 * t + p[6]), 2.0 * math.sin(2 * math.pi * 0.5 * t + p[7]))
        distance = self.distance
        if self.motion is Motion.SHAKEN:
            swing = 2 * math.pi * self._shake_hz * t
            shift = (30.0 * math.sin(swing + p[0]), 18.0 * math.sin(1.3 * swing + p[1]))
            yaw += 8.0 * math.sin(swing + p[2])
            pitch += 6.0 * math.sin(0.8 * swing + p[3])
            roll += 5.0 * math.sin(1.1 * swing + p[4])
        elif self.motion is Motion.CLOSER_AWAY:
            distance *= 1.0 + 0.18 * math.sin(2 * math.pi * 0.4 * t + p[5])
        return camera(self._draw(yaw, pitch, roll, distance, shift), self._rng)

    def _draw(self, yaw: float, pitch: float, roll: float, distance: float, shift: tuple[float, float]) -> np.ndarray:
        frame = self._room_f.copy()
        height, width = self._texture.shape[:2]
        strips = 1 if math.isinf(self._bend_radius) else 16
        edges = np.linspace(0, width, strips + 1)
        half = width / 2
        turn = rotation(yaw, pitch)
        spin = np.array([[math.cos(math.radians(roll)), -math.sin(math.radians(roll)), 0],
                         [math.sin(math.radians(roll)), math.cos(math.radians(roll)), 0], [0, 0, 1]])
        quads = []
        for left, right in itertools.pairwise(edges):
            src = np.array([[left, 0], [right, 0], [right, height], [left, height]], np.float64)
            local = (src - self._eyes_px) / _PX_PER_MM
            depth = np.zeros(4)
            if not math.isinf(self._bend_radius):
                # Bent round a vertical cylinder through the card's middle, the paper keeping its length.
                radius = self._bend_radius
                arc = np.clip((src[:, 0] - half) / _PX_PER_MM / radius, -1.4, 1.4)
                local[:, 0] = (half - self._eyes_px[0]) / _PX_PER_MM + radius * np.sin(arc)
                depth = radius * (np.cos(arc) - 1)
            points = np.column_stack([local, depth]) @ (turn @ spin).T
            quads.append((float(points[:, 2].mean()), src, _project(points, distance, shift)))
        for _, src, dst in sorted(quads, key=lambda q: q[0]):
            mask = np.zeros_like(self._mask)
            x0, x1 = int(src[0, 0]), math.ceil(src[1, 0])
            mask[:, x0:x1] = self._mask[:, x0:x1]
            _paste(frame, self._texture_f, mask, src, dst)
        return frame


# -- a real head: a photo on the 3D mean face ------------------------------------------------------------------

_UPPER_TO_LOWER_LID = ((37, 41), (38, 40), (43, 47), (44, 46))
_NECK_PIVOT_MM = np.array([0.0, 30.0, -95.0])  # a head turns about the neck, ~10 cm behind the nose tip
_RING = 20  # points around the head


@dataclass
class HeadScene:
    """`person`'s frontal photo as a head that turns and blinks when asked (see the module docstring)."""

    person: Subject
    seed: int
    fps: float = FPS
    turn_sign: int = 1  # -1: turns the other way from the one asked

    def __post_init__(self) -> None:
        self._rng = np.random.default_rng(self.seed)
        self._room = room(self.seed)
        face = self.person.face
        mm_per_px = EYES_MM / face.inter_eye_distance
        eye_mid = np.asarray(face.eye_midpoint, np.float64)
        marks = np.asarray(face.landmarks, np.float64)
        centre = marks.mean(axis=0)
        extent = marks.max(axis=0) - marks.min(axis=0)
        angles = np.linspace(0, 2 * math.pi, _RING, endpoint=False)
        inner = centre + np.column_stack([0.62 * extent[0] * np.cos(angles), 0.72 * extent[1] * np.sin(angles)])
        inner[:, 1] -= 0.12 * extent[1] * (np.sin(angles) < 0)  # more room above the brows: the forehead
        outer = centre + np.column_stack([1.05 * extent[0] * np.cos(angles), 1.1 * extent[1] * np.sin(angles)])
        source = np.vstack([marks, inner, outer])
        self._photo = self.person.photo.astype(np.float32)
        self._source = source
        depth_inner = np.where(np.sin(angles) > 0.35, -75.0, -55.0 - 45.0 * np.abs(np.cos(angles)))
        self._shape = np.column_stack([(source - eye_mid) * mm_per_px,
                                       np.concatenate([MEAN_FACE_MM[:, 2], depth_inner, np.full(_RING, -200.0)])])
        self._moving = np.arange(len(source)) < 68 + _RING
        self._triangles = Delaunay(source).simplices
        self.distance = FOCAL_PX * EYES_MM / self._rng.uniform(100, 112) + 30.0  # the eyes sit 3 cm behind the nose
        self._phases = self._rng.uniform(0, 2 * math.pi, 4)
        self._plan: list[tuple[float, float]] = []
        self._last_prompt: Prompt | None = None
        # The room around the head: the photo beyond the outer ring, blurred so no second face shows.
        still = _project(self._shape, self.distance)
        self._static_outer = still[68 + _RING:]
        background = self._room.astype(np.float32)
        for triangle in self._triangles:
            if not self._moving[triangle].any():
                _paste(background, self._photo, np.empty(0), source[triangle], still[triangle])
        self._background = background

    def _act(self, prompt: Prompt) -> list[tuple[float, float]]:
        rng, fps = self._rng, self.fps
        wait = [(0.0, 1.0)] * round(rng.uniform(0.3, 0.9) * fps)
        if prompt is Prompt.BLINK:
            closing = max(1, round(rng.uniform(0.1, 0.15) * fps))
            shut = max(1, round(rng.uniform(0.05, 0.15) * fps))
            opening = max(1, round(rng.uniform(0.15, 0.25) * fps))
            low = rng.uniform(0.0, 0.1)
            openings = (list(np.linspace(1.0, low, closing + 1))[1:] + [low] * shut
                        + list(np.linspace(low, 1.0, opening + 1))[1:])
            return wait + [(0.0, o) for o in openings]
        side = (1 if prompt is Prompt.TURN_LEFT else -1) * self.turn_sign
        peak = side * rng.uniform(20, 30)
        out_frames = max(2, round(rng.uniform(0.3, 0.7) * fps))
        hold = max(1, round(rng.uniform(0.1, 0.3) * fps))
        back_frames = max(2, round(rng.uniform(0.3, 0.7) * fps))
        yaws = list(np.linspace(0, peak, out_frames)) + [peak] * hold + list(np.linspace(peak, 0, back_frames))
        return wait + [(y, 1.0) for y in yaws]

    def pose_at(self, yaw: float, opening: float = 1.0, pitch: float = 0.0) -> np.ndarray:
        """The frame points of every vertex for a head turned by `yaw` with eyes `opening` (1 open, 0 shut)."""
        shape = self._shape.copy()
        for upper, lower in _UPPER_TO_LOWER_LID:
            shape[upper, :2] = shape[lower, :2] + (shape[upper, :2] - shape[lower, :2]) * opening
        moving = self._moving
        shape[moving] = (shape[moving] - _NECK_PIVOT_MM) @ rotation(yaw, pitch).T + _NECK_PIVOT_MM
        points = _project(shape, self.distance)
        points[~moving] = self._static_outer
        return points

    def render(self, t: float, prompt: Prompt | None) -> BGRImage:
        if prompt is not None and prompt != self._last_prompt:
            self._plan = self._act(prompt)
        self._last_prompt = prompt
        yaw, opening = self._plan.pop(0) if self._plan else (0.0, 1.0)
        p = self._phases
        yaw += 1.5 * math.sin(1.3 * t + p[0])
        pitch = 1.5 * math.sin(0.9 * t + p[1])
        return camera(self.draw(yaw, opening, pitch), self._rng)

    def draw(self, yaw: float, opening: float = 1.0, pitch: float = 0.0) -> np.ndarray:
        points = self.pose_at(yaw, opening, pitch)
        frame = self._background.copy()
        shape = self._shape
        depth = [(float(shape[tri, 2].mean()) if self._moving[tri].all() else -500.0, tri)
                 for tri in self._triangles if self._moving[tri].any()]
        for _, tri in sorted(depth, key=lambda d: d[0]):
            _paste(frame, self._photo, np.empty(0), self._source[tri], points[tri])
        return frame


# -- running a scene through the real analysis -----------------------------------------------------------------

@dataclass
class SceneRun:
    """What one check on a scene gave: the outcome, and what the analysis read along the way."""

    outcome: LivenessOutcome
    frames: int
    faces_found: int
    yaws: list[float]
    ears: list[float]
    residual_no_planarity: bool  # the turn check alone (no planarity test) would have said live
    landmarks: list[tuple[float, np.ndarray | None, float | None]] = field(default_factory=list)

    @property
    def peak_yaw(self) -> float:
        return max((abs(y) for y in self.yaws), default=0.0)


def analyse_face(image: BGRImage, search: FaceSearch) -> tuple[Face | None, float | None]:
    """The face and smoothed yaw the station's live analysis reads on one frame (None without a face)."""
    report = quality.analyze(image, region=quality.centred_portrait_region(image.shape[1], image.shape[0]),
                             search=search)
    if report.face is None:
        return None, None
    yaw = report.measures.get("yaw")
    return report.face, None if yaw is None else float(yaw)


def analyse(image: BGRImage, search: FaceSearch) -> tuple[np.ndarray | None, float | None]:
    """The landmarks and smoothed yaw the station's live analysis reads on one frame (None without a face)."""
    face, yaw = analyse_face(image, search)
    return (None if face is None else np.asarray(face.landmarks, np.float64)), yaw


def run_scene(scene: Scene, challenge: Challenge, *, seed: int, max_seconds: float = 20.0,
              limits: ChallengeLimits | None = None, keep_landmarks: bool = False,
              on_frame: Callable[[BGRImage], None] | None = None,
              presentation_cue: PresentationCue | None = presentation_cue, confirm: bool = True) -> SceneRun:
    """One liveness check on `scene`: each frame rendered for the prompt up at its time, analysed as the
    station analyses it, and fed to a `LivenessCheck` whose prompt order comes from `seed`. Also replays the
    frames to a check without the planarity test (`min_nonplanar_residual` 0), the baseline of the benchmark.
    `limits` (default the station's) lets a test shorten the answer time: the holder's gesture takes < 3 s.
    With `confirm` (as the station and `facestation liveness` decide) a live answer then goes through
    `confirm_live`: the outline of a print or a phone on the first frame with a face (`presentation_cue`), and
    the same person at the start and the end."""
    limits = limits or ChallengeLimits()
    check = LivenessCheck(challenge, started_at=0.0, rng=random.Random(seed), limits=limits)
    baseline_limits = replace(limits, judges=replace(limits.judges, min_nonplanar_residual=0.0))
    baseline = LivenessCheck(challenge, started_at=0.0, rng=random.Random(seed), limits=baseline_limits)
    search = FaceSearch()
    fps = getattr(scene, "fps", FPS)
    yaws: list[float] = []
    ears: list[float] = []
    recorded: list[tuple[float, np.ndarray | None, float | None]] = []
    found = frames = 0
    start: tuple[BGRImage, Face] | None = None
    last: tuple[BGRImage, Face] | None = None
    t = 0.0
    while (check.outcome is None or baseline.outcome is None) and t <= max_seconds:
        # The holder follows the real check's prompt; the baseline sees the same frames.
        image = scene.render(t, check.state(t).prompt if check.outcome is None else baseline.state(t).prompt)
        if on_frame is not None:
            on_frame(image)
        face, yaw = analyse_face(image, search)
        landmarks = None if face is None else np.asarray(face.landmarks, np.float64)
        frames += 1
        if face is not None:
            start = start or (image, face)
            if check.outcome is None:
                last = (image, face)
            found += 1
            ears.append(eye_aspect_ratio(landmarks))
            if yaw is not None:
                yaws.append(yaw)
        if keep_landmarks:
            recorded.append((t, landmarks, yaw))
        if check.outcome is None:
            check.update(t, landmarks, yaw)
        if baseline.outcome is None:
            baseline.update(t, landmarks, yaw)
        t = frames / fps
    outcome = check.outcome or check.cancel(t)
    if confirm:
        outcome = confirm_live(outcome, start, last, presentation_cue=presentation_cue)
    baseline_live = bool(baseline.outcome is not None and baseline.outcome.live)
    return SceneRun(outcome, frames, found, yaws, ears, baseline_live, recorded)


def turn_residual(scene: HeadScene, yaw: float) -> tuple[float, float | None]:
    """(planar residual between dlib's landmarks on the frontal and the turned rendering, yaw read turned):
    the check that the rendering is a head, not a card."""
    front, _ = analyse(camera(scene.draw(0.0), np.random.default_rng(0)), FaceSearch())
    search = FaceSearch()
    turned = yaw_read = None
    for _ in range(4):  # the live yaw is the mean of the last 4 frames
        turned, yaw_read = analyse(camera(scene.draw(yaw), np.random.default_rng(1)), search)
    if front is None or turned is None:
        return math.inf, None
    return planar_residual(front, turned), yaw_read


def write_video(path: Path | str, frames: Iterable[BGRImage], fps: float = FPS) -> Path:
    """Write `frames` (BGR, all one size) to `path` as an mp4v clip, as the walk-up clips are."""
    path = Path(path)
    writer: cv2.VideoWriter | None = None
    try:
        for image in frames:
            if writer is None:
                height, width = image.shape[:2]
                writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, (width, height))
                if not writer.isOpened():
                    raise OSError(f"cannot write {path}")
            writer.write(image)
    finally:
        if writer is not None:
            writer.release()
    return path


def scripted_head_frames(scene: HeadScene, script: Sequence[tuple[float, Prompt]], seconds: float) -> list[BGRImage]:
    """Frames of `scene` answering `script` ((time, prompt) pairs) regardless of any check: for a clip a
    `facestation liveness` test plays."""
    out = []
    for index in range(round(seconds * scene.fps)):
        t = index / scene.fps
        asked = [prompt for at, prompt in script if at <= t]
        out.append(scene.render(t, asked[-1] if asked else None))
    return out
