"""Liveness on image-level scenes through the station's real live analysis (dlib's own landmarks and pose):
a photo turned in the hand and a phone shaken are refused; a photo texture-mapped onto the 3D mean face,
turning when asked, is a head (dlib reads the turn, and the landmarks across it fit no single homography)
and passes. Seeded; no files needed."""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np
import pytest

from facestation.vision.liveness import DEFAULT_LIMITS
from facestation.vision.liveness_challenge import Challenge, ChallengeLimits, Reason
from tests.support.liveness_scenes import (
    CardKind,
    CardScene,
    HeadScene,
    Motion,
    run_scene,
    scene_subjects,
    turn_residual,
    write_video,
)
from tests.support.webcam_clips import Subject

# The holder's whole gesture (reaction, turn, hold, back) takes under 2.5 s: 3.5 s per prompt judges it fully and
# keeps these tests short (the station gives 6 s).
SHORT = ChallengeLimits(judges=replace(DEFAULT_LIMITS, answer_seconds=3.5))


@pytest.fixture(scope="module")
def people() -> dict[str, Subject]:
    return {person.name: person for person in scene_subjects(limit=2)}


def test_a_printed_photo_turned_as_asked_is_refused(people: dict[str, Subject]) -> None:
    run = run_scene(CardScene(people["grace_hopper"], CardKind.PRINTED, Motion.TURNED, seed=11), Challenge.TURN, seed=3,
                    limits=SHORT)
    assert run.faces_found >= 0.9 * run.frames  # the card was seen as a face throughout: refused for its answer
    assert not run.outcome.live
    assert run.outcome.reason in (Reason.FLAT, Reason.TIMED_OUT)


def test_a_phone_shaken_in_the_hand_is_refused(people: dict[str, Subject]) -> None:
    run = run_scene(CardScene(people["astronaut"], CardKind.PHONE, Motion.SHAKEN, seed=12), Challenge.BLINK_TURN,
                    seed=4, limits=SHORT)
    assert run.faces_found >= 0.9 * run.frames
    assert not run.outcome.live
    assert run.outcome.reason in (Reason.FLAT, Reason.TIMED_OUT)


def test_the_rendered_head_turns_like_a_head(people: dict[str, Subject]) -> None:
    """Averaged over three seeds (rooms, camera noise): one seed's reading moves by ~0.005 and ~2°, and a
    single one was once read within that of the margin asserted here. Measured per seed: residual 0.053 to
    0.062 and yaw 17.8° to 21.3°."""
    readings = [turn_residual(HeadScene(people["grace_hopper"], seed=seed), 28.0) for seed in (1, 2, 3)]
    assert all(yaw is not None for _, yaw in readings)
    mean_residual = float(np.mean([residual for residual, _ in readings]))
    mean_yaw = float(np.mean([yaw for _, yaw in readings if yaw is not None]))
    assert mean_yaw >= DEFAULT_LIMITS.min_turn_degrees + 2  # measured 19.6° on average
    assert mean_residual >= 1.3 * DEFAULT_LIMITS.min_nonplanar_residual  # measured 0.057 on average; a card ~0


def test_the_rendered_head_answering_a_turn_is_live(people: dict[str, Subject]) -> None:
    run = run_scene(HeadScene(people["grace_hopper"], seed=3), Challenge.TURN, seed=5)
    assert run.outcome.live, run.outcome.to_json()
    assert run.outcome.seconds < 4.0


def test_write_video_plays_back(tmp_path) -> None:
    frames = [np.full((72, 128, 3), 40 * index, np.uint8) for index in range(5)]
    path = write_video(tmp_path / "clip.mp4", frames, fps=15)
    capture = cv2.VideoCapture(str(path))
    count = 0
    while capture.read()[0]:
        count += 1
    capture.release()
    assert count == 5
