"""Webcam-like video clips of real portraits, for tests and benchmarks of the live camera pipeline.

A clip is what a cheap USB webcam in front of a kiosk records: a person walks up from further away and off to
one side at a steady pace, stops over the last `stop_seconds` (0.3 s: people stop walking quickly), then holds
still, never perfectly: they sway a few pixels and breathe (the face scale moves by a percent or two). The
clip knows when the hold starts (`ClipPlan.hold_start`): the first frame from which the planned placement
(the walk, without the sway and breathing a person who stands still keeps doing) stays within
`HOLD_TOLERANCE_PX` of its final eye midpoint and `HOLD_TOLERANCE_SCALE` of its final inter-eye distance. The camera adds soft focus, auto-exposure that hunts
(gain drifting by up to ±8 %), sensor noise and MJPEG compression (quality 55-70). Everything random comes
from the clip's seed, so a clip is the same picture for picture on every machine and every run.

Frames are made in memory (`ClipPlan.frames()`) and written with OpenCV (`write_clip`): `.avi` as a real
MJPEG stream at the clip's JPEG quality (what a USB webcam sends), `.mp4` as mp4v after the same JPEG round
trip. Both play back through `VideoFileSource`, so what runs on them is what `facestation capture` runs.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np

from facestation.vision.faces import BGRImage, Face, detect_faces, locate_landmarks

__all__ = [
    "ClipPlan",
    "Motion",
    "Subject",
    "Webcam",
    "cheap_webcam",
    "kiosk_placement",
    "side_by_side",
    "subject",
    "write_clip",
]

FPS = 30.0
_NOISE_BANK = 6  # noise frames made once per clip and cut at a random offset per frame: fresh noise, cheaply
_NOISE_MARGIN = 64
# The hold starts once the planned eye midpoint stays within this many pixels of its final place and the
# inter-eye distance within this share of its final value.
HOLD_TOLERANCE_PX = 1.0
HOLD_TOLERANCE_SCALE = 0.01


@dataclass(frozen=True)
class Subject:
    """A person: a photo and their face in it (68 landmarks)."""

    name: str
    photo: BGRImage
    face: Face


def subject(name: str, photo: BGRImage) -> Subject:
    """The largest face of `photo`, located as the station locates faces. Raises ValueError without a face."""
    detected = detect_faces(photo)
    if not detected:
        raise ValueError(f"no face found in {name}")
    return Subject(name, photo, locate_landmarks(photo, detected[0]))


@dataclass(frozen=True)
class Webcam:
    """What the camera does to the picture."""

    size: tuple[int, int]  # width, height
    jpeg_quality: int  # MJPEG quality of the stream
    noise_sigma: float  # sensor noise, grey levels (luma and a little chroma)
    exposure_drift: float  # auto-exposure gain swings by up to this fraction either way
    exposure_period: float  # seconds per swing
    blur_sigma: float  # soft focus, pixels at 640x480 (scaled with the frame width)


def cheap_webcam(size: tuple[int, int], seed: int) -> Webcam:
    """A cheap USB webcam at `size`, its flaws drawn from `seed` within what such cameras show."""
    rng = np.random.default_rng(seed)
    return Webcam(
        size=size,
        jpeg_quality=int(rng.integers(55, 71)),
        noise_sigma=float(rng.uniform(2.5, 4.5)),
        exposure_drift=0.08,
        exposure_period=float(rng.uniform(2.5, 4.5)),
        blur_sigma=float(rng.uniform(0.5, 0.9)),
    )


@dataclass(frozen=True)
class Motion:
    """Where the person's eyes are over time: a walk-up from `start_*` to the final place, then a hold.

    Positions are fractions of the frame (eye midpoint); distances are inter-eye pixels. The walk-up goes at a
    steady pace and slows to a stop over its last `stop_seconds` (constant deceleration), arriving at
    `walk_seconds`. During the whole clip the person sways by `sway_px` and breathes (scale ± `breathe`).
    With `leave_after` the person walks out of the frame sideways from that many seconds after the planned
    arrival; negative: they veer off before arriving and never stand in place.
    """

    walk_seconds: float
    hold_seconds: float
    eye_distance: float
    start_eye_distance: float
    eye_at: tuple[float, float] = (0.5, 0.42)
    start_at: tuple[float, float] = (0.35, 0.40)
    sway_px: float = 2.5
    breathe: float = 0.012
    leave_after: float | None = None
    leave_speed: float = 0.45  # frame widths per second
    stop_seconds: float = 0.3

    @property
    def seconds(self) -> float:
        return self.walk_seconds + self.hold_seconds


@dataclass(frozen=True)
class ClipPlan:
    """One clip: who, through which camera, moving how, and whether auto-capture should fire in it."""

    name: str
    subject: Subject
    webcam: Webcam
    motion: Motion
    seed: int
    compliant: bool  # True: every check passes while the person holds still; False: a negative clip
    fps: float = FPS

    @property
    def frame_count(self) -> int:
        return int(round(self.motion.seconds * self.fps))

    @property
    def hold_start(self) -> float | None:
        """Source seconds of the first frame from which the planned placement stays in place: eye midpoint within
        HOLD_TOLERANCE_PX of its final place and inter-eye distance within HOLD_TOLERANCE_SCALE of its final
        value, to the end of the clip or until the person leaves. None when the person never gets there (they
        veer off before arriving)."""
        motion, (width, height) = self.motion, self.webcam.size
        final_x, final_y = motion.eye_at[0] * width, motion.eye_at[1] * height
        start = None
        for index in range(self.frame_count):
            distance, (x, y) = self.planned_placement(index / self.fps)
            in_place = (math.hypot(x * width - final_x, y * height - final_y) <= HOLD_TOLERANCE_PX
                        and abs(distance / motion.eye_distance - 1) <= HOLD_TOLERANCE_SCALE)
            if in_place and start is None:
                start = index
            elif not in_place and start is not None:
                if motion.leave_after is not None and index / self.fps >= motion.walk_seconds + motion.leave_after:
                    break  # in place, then walked out: the hold was before
                start = None
        return None if start is None else start / self.fps

    def walk_progress(self, t: float) -> float:
        """0 to 1: how much of the walk-up is done at `t`. A steady pace, then a constant deceleration to a
        stop over the last `stop_seconds` (same speed where the two meet)."""
        motion = self.motion
        if t >= motion.walk_seconds or motion.walk_seconds <= 0:
            return 1.0
        stop = min(motion.stop_seconds, motion.walk_seconds)
        left = motion.walk_seconds - t
        # Speed v for (walk - stop) seconds, then falling linearly to 0: the whole walk covers v (walk - stop/2).
        if left >= stop:
            return t / (motion.walk_seconds - stop / 2)
        return 1.0 - left * left / (2 * stop) / (motion.walk_seconds - stop / 2)

    def planned_placement(self, t: float) -> tuple[float, tuple[float, float]]:
        """Inter-eye distance and eye midpoint (frame fractions) at `t` seconds from the walk and the leaving
        alone: where the person means to be, without sway and breathing."""
        motion = self.motion
        progress = self.walk_progress(t)
        distance = motion.start_eye_distance + (motion.eye_distance - motion.start_eye_distance) * progress
        x = motion.start_at[0] + (motion.eye_at[0] - motion.start_at[0]) * progress
        y = motion.start_at[1] + (motion.eye_at[1] - motion.start_at[1]) * progress
        if motion.leave_after is not None and t > motion.walk_seconds + motion.leave_after:
            x += motion.leave_speed * (t - motion.walk_seconds - motion.leave_after)
        return distance, (x, y)

    def placement(self, t: float, phases: tuple[float, float, float, float]) -> tuple[float, tuple[float, float]]:
        """Inter-eye distance and eye midpoint (frame fractions) at `t` seconds, with sway and breathing."""
        motion, (width, height) = self.motion, self.webcam.size
        sway_phase, sway_phase_y, breathe_phase, _ = phases
        distance, (x, y) = self.planned_placement(t)
        distance *= 1 + motion.breathe * math.sin(2 * math.pi * t / 3.7 + breathe_phase)
        x += motion.sway_px * math.sin(2 * math.pi * t / 2.9 + sway_phase) / width
        y += 0.5 * motion.sway_px * math.sin(2 * math.pi * t / 4.3 + sway_phase_y) / height
        return distance, (x, y)

    def frames(self) -> Iterator[BGRImage]:
        """The clip's frames, BGR uint8 at the webcam's size, after the camera's noise and JPEG compression."""
        rng = np.random.default_rng(self.seed)
        webcam = self.webcam
        width, height = webcam.size
        phases = tuple(float(value) for value in rng.uniform(0, 2 * math.pi, 4))
        noise_bank = _noise_bank(rng, (height + _NOISE_MARGIN, width + _NOISE_MARGIN), webcam.noise_sigma)
        blur = webcam.blur_sigma * width / 640
        scene = _Scene(self.subject, webcam.size, self.motion.eye_distance)
        for index in range(self.frame_count):
            t = index / self.fps
            distance, eye_at = self.placement(t, phases)  # type: ignore[arg-type]
            frame = scene.render(distance, eye_at)
            if blur > 0:
                frame = cv2.GaussianBlur(frame, (0, 0), sigmaX=blur)
            gain = 1 + webcam.exposure_drift * math.sin(2 * math.pi * t / webcam.exposure_period + phases[3])
            noise = noise_bank[int(rng.integers(_NOISE_BANK))]
            dy, dx = int(rng.integers(_NOISE_MARGIN)), int(rng.integers(_NOISE_MARGIN))
            # gain * frame + noise, saturated to 0..255 (noise only makes near-black pixels negative; their
            # absolute value is as dark).
            frame = cv2.convertScaleAbs(cv2.scaleAdd(frame.astype(np.float32), gain,
                                                     noise[dy:dy + height, dx:dx + width]))
            yield _jpeg_round_trip(frame, webcam.jpeg_quality)

    def write(self, path: Path) -> Path:
        return write_clip(self.frames(), path, fps=self.fps, size=self.webcam.size,
                          jpeg_quality=self.webcam.jpeg_quality)


class _Scene:
    """`tests.support.portraits.webcam_frame`'s picture (the person placed in the frame; where the photo
    runs out, a blurred, dimmer reflection of it stands in for an out-of-focus room), made cheap enough for
    hundreds of frames: the room is blurred once, in photo pixels, and each frame only warps it."""

    def __init__(self, person: Subject, size: tuple[int, int], eye_distance: float) -> None:
        self.person = person
        self.size = size
        photo = person.photo
        scale = eye_distance / person.face.inter_eye_distance
        # webcam_frame blurs the room by width/40 frame pixels: that many photo pixels at the final scale.
        sigma = size[0] / 40 / scale
        self.pad = int(3 * sigma)
        room = cv2.copyMakeBorder(photo, self.pad, self.pad, self.pad, self.pad, cv2.BORDER_REFLECT101)
        small = 4 if sigma > 8 else 1
        room = cv2.resize(room, None, fx=1 / small, fy=1 / small, interpolation=cv2.INTER_AREA)
        room = cv2.GaussianBlur(room, (0, 0), sigmaX=sigma / small)
        room = cv2.resize(room, None, fx=small, fy=small, interpolation=cv2.INTER_LINEAR)
        self.room = cv2.addWeighted(room, 0.75, np.full_like(room, 60), 0.25, 0)
        self.mask = np.full(photo.shape[:2], 255, np.uint8)

    def render(self, eye_distance: float, eye_at: tuple[float, float]) -> BGRImage:
        (width, height), face = self.size, self.person.face
        scale = eye_distance / face.inter_eye_distance
        cx, cy = face.eye_midpoint
        tx, ty = eye_at[0] * width - scale * cx, eye_at[1] * height - scale * cy
        matrix = np.float32([[scale, 0, tx], [0, scale, ty]])
        interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        sharp = cv2.warpAffine(self.person.photo, matrix, self.size, flags=interpolation)
        mask = cv2.warpAffine(self.mask, matrix, self.size, flags=cv2.INTER_NEAREST)
        room_matrix = np.float32([[scale, 0, tx - scale * self.pad], [0, scale, ty - scale * self.pad]])
        room = cv2.warpAffine(self.room, room_matrix, self.size, flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_REFLECT101)
        return np.where(mask[..., None] > 0, sharp, room)


def _noise_bank(rng: np.random.Generator, shape: tuple[int, int], sigma: float) -> list[np.ndarray]:
    """Sensor noise: mostly luma (the same on every channel), a third of it chroma."""
    bank = []
    for _ in range(_NOISE_BANK):
        luma = rng.standard_normal(shape, dtype=np.float32)[..., None] * sigma
        chroma = rng.standard_normal((*shape, 3), dtype=np.float32) * (sigma / 3)
        bank.append(np.ascontiguousarray(luma + chroma))
    return bank


def _jpeg_round_trip(frame: BGRImage, quality: int) -> BGRImage:
    ok, data = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return cv2.imdecode(data, cv2.IMREAD_COLOR)


def write_clip(frames: Iterator[BGRImage], path: Path, *, fps: float, size: tuple[int, int],
               jpeg_quality: int = 65) -> Path:
    """Write frames as a video OpenCV (and so `VideoFileSource`) plays: `.avi` is MJPEG at `jpeg_quality`
    (frames that already went through JPEG at that quality come out unchanged in kind), `.mp4` is mp4v."""
    path = Path(path)
    if path.suffix.lower() == ".avi":
        writer = cv2.VideoWriter(str(path), cv2.CAP_OPENCV_MJPEG, cv2.VideoWriter_fourcc(*"MJPG"), fps, size)
        writer.set(cv2.VIDEOWRITER_PROP_QUALITY, jpeg_quality)
    else:
        writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
    if not writer.isOpened():
        raise RuntimeError(f"OpenCV cannot write {path.name}")
    try:
        for frame in frames:
            writer.write(frame)
    finally:
        writer.release()
    return path


# -- negative subjects -------------------------------------------------------------------------------------


def side_by_side(main: Subject, other: Subject, *, gap_eye_distances: float = 2.6) -> Subject:
    """Two people in one picture: `other` beside `main`, at the same scale, their eye midpoints
    `gap_eye_distances` inter-eye distances apart. The face is still `main`'s."""
    scale = main.face.inter_eye_distance / other.face.inter_eye_distance
    other_photo = cv2.resize(other.photo, None, fx=scale, fy=scale,
                             interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    half = gap_eye_distances * main.face.inter_eye_distance / 2
    main_crop, main_dx, main_dy = _crop_around(main.photo, main.face.eye_midpoint, half)
    other_centre = (other.face.eye_midpoint[0] * scale, other.face.eye_midpoint[1] * scale)
    other_crop, _, _ = _crop_around(other_photo, other_centre, half, height=main_crop.shape[0],
                                    top_offset=main.face.eye_midpoint[1] - main_dy)
    photo = np.ascontiguousarray(np.hstack([main_crop, other_crop]))
    face = _shifted_face(main.face, -main_dx, -main_dy)
    return Subject(f"{main.name}+{other.name}", photo, face)


def _crop_around(photo: BGRImage, centre: tuple[float, float], half_width: float, *, height: int | None = None,
                 top_offset: float | None = None) -> tuple[BGRImage, int, int]:
    """A vertical strip of `photo`, 2 * half_width wide, centred on `centre` (padded by edge replication);
    with `height`/`top_offset`, as tall as another strip and with `centre` at the same height in it."""
    cx, cy = centre
    width = int(round(2 * half_width))
    left = int(round(cx - half_width))
    if height is None:
        top, bottom = 0, photo.shape[0]
    else:
        top = int(round(cy - (top_offset or 0.0)))
        bottom = top + height
    pad = max(0, -left, left + width - photo.shape[1], -top, bottom - photo.shape[0])
    padded = cv2.copyMakeBorder(photo, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
    crop = padded[top + pad:bottom + pad, left + pad:left + width + pad]
    return crop, left, top


def _shifted_face(face: Face, dx: float, dy: float) -> Face:
    return replace(face, box=face.box.shifted(dx, dy), landmarks=face.landmarks + np.array([dx, dy]))


def kiosk_placement(person: Subject, size: tuple[int, int], eye_distances: tuple[float, ...],
                    eye_heights: tuple[float, ...] = (0.40, 0.44, 0.48)) -> tuple[float, float, int]:
    """Where this person stands when in place: the (inter-eye distance, eye height as a frame fraction) among
    the candidates whose clean frame gets the highest lowest check score in the station's region, and that
    score (>= 50 only when every check passes). People differ: a tall forehead needs the eyes lower."""
    from facestation.vision import quality

    region = quality.centred_portrait_region(*size)
    best = (eye_distances[0], eye_heights[0], -1)
    for distance in eye_distances:
        for height in eye_heights:
            frame = _Scene(person, size, distance).render(distance, (0.5, height))
            report = quality.analyze(frame, region=region, thorough=True)
            lowest = min(check.score if check.score is not None else 100 * check.passed
                         for check in report.checks.values())
            if lowest > best[2]:
                best = (distance, height, lowest)
    return best
