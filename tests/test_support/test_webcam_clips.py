"""webcam_clips: the motion plan (a walk-up that stops over its last 0.3 s, the hold start it declares, a person
who veers off and never holds) and the frames it renders from a real portrait."""

from __future__ import annotations

import math

import numpy as np
import pytest

from facestation.vision.faces import detect_faces, locate_landmarks
from tests.support.portraits import CompliantBase
from tests.support.webcam_clips import (
    HOLD_TOLERANCE_PX,
    HOLD_TOLERANCE_SCALE,
    ClipPlan,
    Motion,
    Subject,
    cheap_webcam,
)

SIZE = (640, 480)


def plan(person: Subject, **motion_options: float) -> ClipPlan:
    options = {"walk_seconds": 2.0, "hold_seconds": 1.0, "eye_distance": 100.0, "start_eye_distance": 40.0,
               "eye_at": (0.5, 0.44), "start_at": (0.35, 0.41)} | motion_options
    return ClipPlan("clip", person, cheap_webcam(SIZE, 7), Motion(**options), seed=7, compliant=True)


@pytest.fixture(scope="module")
def grace(compliant_base: CompliantBase) -> Subject:
    return Subject("grace_hopper", compliant_base.photo, compliant_base.face)


def offset(clip: ClipPlan, t: float) -> tuple[float, float]:
    """How far the planned placement is from its final one at `t`: pixels, and share of the inter-eye distance."""
    distance, (x, y) = clip.planned_placement(t)
    motion, (width, height) = clip.motion, clip.webcam.size
    pixels = math.hypot((x - motion.eye_at[0]) * width, (y - motion.eye_at[1]) * height)
    return pixels, abs(distance / motion.eye_distance - 1)


def test_the_walk_keeps_a_steady_pace_then_stops_over_its_last_0_3_s(grace: Subject) -> None:
    clip = plan(grace)
    step = 1e-3

    def speed(t: float) -> float:
        return (clip.walk_progress(t + step) - clip.walk_progress(t)) / step

    assert clip.walk_progress(0.0) == 0.0 and clip.walk_progress(2.0) == 1.0 and clip.walk_progress(2.5) == 1.0
    cruising = 1 / (2.0 - 0.3 / 2)
    assert speed(0.5) == pytest.approx(cruising, rel=1e-3) and speed(1.69) == pytest.approx(cruising, rel=1e-2)
    # Constant deceleration: half the cruising speed half-way through the stop, at rest when it ends.
    assert speed(1.85) == pytest.approx(cruising / 2, rel=2e-2)
    assert speed(2.0 - step) < 0.01 * cruising
    progress = [clip.walk_progress(t) for t in np.linspace(0, 2.2, 200)]
    assert np.all(np.diff(progress) >= 0)


def test_the_hold_starts_at_the_first_frame_that_stays_in_place(grace: Subject) -> None:
    clip = plan(grace)
    start = clip.hold_start
    assert start is not None
    frame = round(start * clip.fps)
    assert frame == pytest.approx(start * clip.fps)
    # Well inside the stop: the person is still moving 0.3 s before the walk's end, not 1 frame before it.
    assert 2.0 - 0.3 < start < 2.0
    for index in range(frame, clip.frame_count):
        pixels, scale = offset(clip, index / clip.fps)
        assert pixels <= HOLD_TOLERANCE_PX and scale <= HOLD_TOLERANCE_SCALE
    pixels, scale = offset(clip, (frame - 1) / clip.fps)
    assert pixels > HOLD_TOLERANCE_PX or scale > HOLD_TOLERANCE_SCALE


def test_a_person_who_veers_off_before_arriving_never_holds(grace: Subject) -> None:
    assert plan(grace, leave_after=-1.0).hold_start is None
    # Leaving after the hold: the hold still started when the person arrived.
    assert plan(grace, leave_after=0.5).hold_start == plan(grace).hold_start


def test_frames_put_the_face_where_the_plan_says_the_same_on_every_run(grace: Subject) -> None:
    clip = plan(grace, walk_seconds=0.0, hold_seconds=0.2)  # six frames, already in place
    frames = list(clip.frames())
    assert len(frames) == 6 and frames[0].shape == (480, 640, 3) and frames[0].dtype == np.uint8
    again = list(clip.frames())
    assert all(np.array_equal(first, second) for first, second in zip(frames, again, strict=True))
    # The real detector finds the face at the planned eye midpoint and size (give or take the sway, the
    # breathing and dlib's landmark error: a few pixels).
    found = detect_faces(frames[-1])
    assert len(found) == 1
    face = locate_landmarks(frames[-1], found[0])
    distance, (x, y) = clip.planned_placement(5 / clip.fps)
    assert face.eye_midpoint[0] == pytest.approx(x * SIZE[0], abs=6)
    assert face.eye_midpoint[1] == pytest.approx(y * SIZE[1], abs=6)
    assert face.inter_eye_distance == pytest.approx(distance, rel=0.06)
