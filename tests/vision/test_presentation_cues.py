"""The passive presentation cue: a printed photo's or a phone's outline around the face says SCREEN; real camera
frames of people and frames it cannot judge say nothing (and never raise). A door or a window drawn behind a
person reads close to the limit (0.65-0.71 against 0.75, see scripts/measure_presentation_cues.py), so no test
asserts a verdict on one."""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest

from facestation.station.core.camera.liveness_run import PresentationCue
from facestation.vision.faces import BGRImage, Box, Face
from facestation.vision.liveness_challenge import Reason
from facestation.vision.presentation_cues import (
    DEFAULT_CUE_LIMITS,
    border_evidence,
    presentation_cue,
)
from tests.support.presentation_attacks import (
    Attack,
    Holding,
    attack_frame,
    find_face,
    real_frame,
)

LIMIT = DEFAULT_CUE_LIMITS.min_closure
# "Well clear": an attack's closure is this much above the limit, a real frame's this much below it.
CLEAR_ATTACK = 0.1
CLEAR_REAL = 0.25


def _closure(frame: BGRImage, face: Face) -> float:
    evidence = border_evidence(frame, face)
    return 0.0 if evidence is None else evidence.closure


def _head_and_shoulders(photo: BGRImage) -> BGRImage:
    """The photo as a print shows it: the face about a third of the width."""
    face = find_face(photo)
    assert face is not None
    cx, cy = face.box.center
    width = min(photo.shape[1], round(2.6 * face.box.width))
    height = min(photo.shape[0], round(1.3 * width))
    x0 = int(np.clip(cx - width / 2, 0, photo.shape[1] - width))
    y0 = int(np.clip(cy - 0.42 * height, 0, photo.shape[0] - height))
    return np.ascontiguousarray(photo[y0:y0 + height, x0:x0 + width])


def test_the_cue_has_the_signature_the_liveness_run_takes() -> None:
    cue: PresentationCue = presentation_cue
    assert callable(cue)


@pytest.mark.parametrize(("kind", "seed"), [(Attack.PRINT, 1), (Attack.PHONE, 3)])
@pytest.mark.parametrize("which", ["grace_hopper", "astronaut"])
def test_a_photo_held_up_is_flagged(kind: Attack, seed: int, which: str, request: pytest.FixtureRequest) -> None:
    photo: BGRImage = request.getfixturevalue(which)
    rng = random.Random(seed)
    card = _head_and_shoulders(photo)
    # Held at a moderate distance and angle: the face ~130 px wide in the 1280x720 frame.
    holding = Holding(height_px=430.0, roll_degrees=rng.uniform(-8, 8), yaw_tilt=rng.uniform(-0.1, 0.1),
                      pitch_tilt=rng.uniform(-0.08, 0.08), centre=(rng.uniform(0.4, 0.6), 0.5))
    frame = attack_frame(card, kind, holding, rng)
    face = find_face(frame)
    assert face is not None
    assert _closure(frame, face) >= LIMIT + CLEAR_ATTACK
    assert presentation_cue(frame, face) is Reason.SCREEN


@pytest.mark.parametrize(("which", "zoom"), [("grace_hopper", 1.0), ("astronaut", 1.4)])
def test_a_person_in_front_of_the_camera_is_not_flagged(zoom: float, which: str,
                                                        request: pytest.FixtureRequest) -> None:
    photo: BGRImage = request.getfixturevalue(which)
    face = find_face(photo)
    assert face is not None
    frame = real_frame(photo, face, zoom, random.Random(7))
    seen = find_face(frame)
    assert seen is not None
    assert _closure(frame, seen) <= LIMIT - CLEAR_REAL
    assert presentation_cue(frame, seen) is None


def _face_at(box: Box) -> Face:
    xs = np.linspace(box.left, box.right, 68)
    ys = np.linspace(box.top, box.bottom, 68)
    return Face(box=box, score=1.0, landmarks=np.column_stack([xs, ys]))


@pytest.mark.parametrize(("image", "box"), [
    (np.full((720, 1280, 3), 128, np.uint8), Box(560, 260, 720, 420)),  # a grey frame
    (np.full((720, 1280), 128, np.uint8), Box(560, 260, 720, 420)),  # a grey single-channel frame
    (np.zeros((8, 8, 3), np.uint8), Box(1, 1, 6, 6)),  # a tiny image
    (np.zeros((0, 0, 3), np.uint8), Box(0, 0, 1, 1)),  # an empty image
    (np.full((720, 1280, 3), 90, np.uint8), Box(1180, -40, 1340, 120)),  # the face over the frame's corner
    (np.full((720, 1280, 3), 90, np.uint8), Box(-300, -300, 2000, 1400)),  # a face box larger than the frame
    (np.full((720, 1280, 3), 90, np.uint8), Box(600, 300, 610, 310)),  # a face too small to judge
    (np.full((720, 1280, 3), 90, np.float32), Box(560, 260, 720, 420)),  # not an 8-bit image
])
def test_frames_it_cannot_judge_give_none(image: BGRImage, box: Box) -> None:
    assert presentation_cue(image, _face_at(box)) is None


def test_a_print_at_the_frame_edge_does_not_raise(grace_hopper: BGRImage) -> None:
    """A print held half out of the picture: its outline does not close inside the frame."""
    rng = random.Random(11)
    frame = attack_frame(_head_and_shoulders(grace_hopper), Attack.PRINT,
                         Holding(height_px=600.0, centre=(0.08, 0.5)), rng)
    face = find_face(frame)
    if face is not None:  # the half face may be too cut for the detector
        presentation_cue(frame, face)


DATASETS = Path(__file__).resolve().parents[3] / "shared" / "datasets"


@pytest.mark.skipif(not (DATASETS / "camera").is_dir(), reason="../shared/datasets is absent")
def test_walk_up_clip_frames_are_not_flagged_while_the_person_holds_still() -> None:
    """The clip's last seconds, where the person holds still and a liveness check would run. (Earlier, while far
    away, the clip shows the pasted photo's own rectangle: it was made by pasting a photo on a wall.)"""
    capture = cv2.VideoCapture(str(DATASETS / "camera" / "walk-up-3.mp4"))
    judged = 0
    try:
        last = int(capture.get(cv2.CAP_PROP_FRAME_COUNT)) - 1
        for index in (last - 100, last - 50, last):
            capture.set(cv2.CAP_PROP_POS_FRAMES, index)
            ok, frame = capture.read()
            face = find_face(frame) if ok else None
            if face is not None:
                judged += 1
                assert _closure(frame, face) <= LIMIT - CLEAR_REAL
                assert presentation_cue(frame, face) is None
    finally:
        capture.release()
    assert judged > 0
