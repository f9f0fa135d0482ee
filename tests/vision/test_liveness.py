"""Liveness judges on synthetic landmark sequences (no recordings of people or attacks exist here).

A real head is the pose model's 3D mean face (`MEAN_FACE_MM`, depths included), rotated for real and projected
with perspective at 55 cm (f = 900 px: about 100 px between the eyes), with 1.5 px of seeded landmark noise
(dlib's jitter on a live face is about that at this size). An attack is the same face flattened onto a plane
(a photo, a phone screen) and moved the ways a hand moves it: turned, tilted, brought closer, shaken. The
limits are built well clear: a real 20-25° turn against a plane turned just as far."""

from __future__ import annotations

import math

import numpy as np
import pytest

from facestation.vision.liveness import (
    DEFAULT_LIMITS,
    BlinkJudge,
    TurnJudge,
    eye_aspect_ratio,
    eye_openness,
    judge_sequence,
    planar_residual,
)
from tests.support.liveness_heads import FLAT_FACE as PHOTO
from tests.support.liveness_heads import (
    FPS,
    NOISE_PX,
    REAL_HEAD,
    close_eyes,
    frames,
    project,
    ramp,
    rotation,
)


@pytest.mark.parametrize("seed", range(20))
@pytest.mark.parametrize("direction", [1, -1])
def test_a_real_head_turning_answers_the_prompt(seed: int, direction: int) -> None:
    rng = np.random.default_rng(seed)
    yaws = [0.0] * 5 + [direction * y for y in ramp(0, 25, 15)] + [direction * 25.0] * 5
    sequence = frames(REAL_HEAD, yaws, rng)
    judge = TurnJudge(prompted_at=0.0, direction=direction)
    assert judge_sequence(judge, sequence)
    # The judge answers as soon as the turn is past 15° and non-planar; the full turn is well clear of the limit.
    assert planar_residual(sequence[0][1], sequence[-1][1]) > 1.4 * DEFAULT_LIMITS.min_nonplanar_residual


@pytest.mark.parametrize("seed", range(20))
def test_a_photo_turned_as_far_is_refused_even_when_its_turn_is_believed(seed: int) -> None:
    """The pose fit reads a turned plane as barely turned (2-5°), which refuses it already; to test the
    homography check itself, the judge is given the plane's true yaw."""
    rng = np.random.default_rng(seed)
    yaws = [0.0] * 5 + ramp(0, 25, 15) + [25.0] * 5
    judge = TurnJudge(prompted_at=0.0, direction=1)
    told_the_truth = [(t, points, yaw) for (t, points, _read), yaw in zip(frames(PHOTO, yaws, rng), yaws)]
    assert not judge_sequence(judge, told_the_truth)
    assert judge.planar and max(judge.residuals) < 0.8 * DEFAULT_LIMITS.min_nonplanar_residual


@pytest.mark.parametrize("seed", range(10))
def test_a_photo_moved_by_hand_is_refused(seed: int) -> None:
    """Turned, tilted, brought closer and shaken, as a hand does: never a real turn."""
    rng = np.random.default_rng(seed)
    count = 60
    yaws = list(25 * np.sin(np.linspace(0, 2 * math.pi, count)))
    pitches = list(15 * np.sin(np.linspace(0, 3 * math.pi, count)))
    distances = ramp(600, 350, count)
    shifts = [tuple(rng.normal(0, 8, 2)) for _ in range(count)]
    sequence = frames(PHOTO, yaws, rng, pitches=pitches, distances=distances, shifts=shifts)
    for direction in (1, -1):
        judge = TurnJudge(prompted_at=0.0, direction=direction)
        truthful = [(t, points, yaw) for (t, points, _read), yaw in zip(sequence, yaws)]
        assert not judge_sequence(judge, truthful)


def test_a_turn_made_before_the_prompt_does_not_count() -> None:
    rng = np.random.default_rng(3)
    yaws = ramp(0, 25, 15) + ramp(25, 0, 15) + [0.0] * 30  # turned and back, then the prompt at 2 s
    judge = TurnJudge(prompted_at=30 / FPS, direction=1)
    assert not judge_sequence(judge, frames(REAL_HEAD, yaws, rng))


def test_the_homography_residual_separates_depth_from_a_plane() -> None:
    rng = np.random.default_rng(11)
    front = project(REAL_HEAD) + rng.normal(0, NOISE_PX, (68, 2))
    turned = project(REAL_HEAD @ rotation(20).T) + rng.normal(0, NOISE_PX, (68, 2))
    flat_front = project(PHOTO) + rng.normal(0, NOISE_PX, (68, 2))
    flat_turned = project(PHOTO @ rotation(20, 10).T, distance=450) + rng.normal(0, NOISE_PX, (68, 2))
    assert planar_residual(front, turned) > 1.5 * planar_residual(flat_front, flat_turned)


# -- blinks ----------------------------------------------------------------------------------------------------

OPEN_POINTS = project(REAL_HEAD)


def with_eyes(opening: float) -> np.ndarray:
    """The frontal face with each eyelid pair at `opening` times its open gap (1 open, 0 shut)."""
    return close_eyes(OPEN_POINTS, opening)


def blink_frames(openings: list[float], start: float = 0.0) -> list[tuple[float, np.ndarray, float]]:
    return [(start + index / FPS, with_eyes(opening), 0.0) for index, opening in enumerate(openings)]


def test_eye_openness_falls_with_the_eyelids_not_with_a_tipped_card() -> None:
    open_level = eye_openness(with_eyes(1.0))
    assert eye_openness(with_eyes(0.1)) < (DEFAULT_LIMITS.closed_fraction - 0.3) * open_level
    # A photo tipped back by 35°: every vertical length shrinks alike, so the openness barely moves; the eye
    # aspect ratio (over the eye's width) drops by as much as a half-closed eye.
    tipped = project(PHOTO @ rotation(0, 35).T)
    flat = project(PHOTO)
    assert eye_openness(tipped) > 0.93 * eye_openness(flat)
    assert eye_aspect_ratio(tipped) < 0.85 * eye_aspect_ratio(flat)


def test_a_blink_after_the_prompt_answers_it() -> None:
    openings = [1.0] * 8 + [0.6, 0.1, 0.05, 0.4, 1.0] + [1.0] * 5  # a 0.2 s blink
    judge = BlinkJudge(prompted_at=0.1)
    assert judge_sequence(judge, blink_frames(openings))


def test_a_photo_never_blinks_and_times_out() -> None:
    judge = BlinkJudge(prompted_at=0.0)
    assert not judge_sequence(judge, blink_frames([1.0] * int(FPS * (DEFAULT_LIMITS.answer_seconds + 1))))
    assert judge.timed_out(DEFAULT_LIMITS.answer_seconds + 0.5)


def test_eyes_shut_before_the_prompt_or_for_long_do_not_count() -> None:
    shut_at_prompt = [0.05] * 5 + [1.0] * 10  # closed when asked, then open: no blink after the prompt
    assert not judge_sequence(BlinkJudge(prompted_at=0.0), blink_frames(shut_at_prompt))
    long_closure = [1.0] * 5 + [0.05] * 20 + [1.0] * 5  # 1.3 s shut: not a blink
    assert not judge_sequence(BlinkJudge(prompted_at=0.0), blink_frames(long_closure))
