"""The liveness challenge's state machine on synthetic people and photos (tests/support/liveness_heads.py):
prompts in a seeded random order, each answered only after it is shown, turns that must be a real head's and
come back, the face never lost."""

from __future__ import annotations

import random

import numpy as np
import pytest

from facestation.vision.liveness_challenge import (
    Challenge,
    LivenessCheck,
    Prompt,
    Reason,
    prompts_for,
)
from tests.support.liveness_heads import FLAT_FACE, FPS, Responder


def run(check: LivenessCheck, responder: Responder, *, seconds: float = 20.0,
        lose_face_between: tuple[float, float] | None = None):
    t = check.started_at
    state = check.state(t)
    while t < check.started_at + seconds:
        _, points, yaw = responder.frame(t, state.prompt)
        if lose_face_between and lose_face_between[0] <= t - check.started_at < lose_face_between[1]:
            state = check.update(t, None, None)
        else:
            state = check.update(t, points, yaw)
        if state.outcome is not None:
            return state.outcome
        t += 1 / FPS
    raise AssertionError("the check never decided")


def test_prompts_come_in_a_seeded_random_order_with_both_turn_sides() -> None:
    orders = {prompts_for(Challenge.BLINK_TURN, random.Random(seed)) for seed in range(40)}
    assert orders == {(Prompt.BLINK, Prompt.TURN_LEFT), (Prompt.BLINK, Prompt.TURN_RIGHT),
                      (Prompt.TURN_LEFT, Prompt.BLINK), (Prompt.TURN_RIGHT, Prompt.BLINK)}
    assert prompts_for(Challenge.BLINK, random.Random(1)) == (Prompt.BLINK,)
    assert prompts_for(Challenge.TURN, random.Random(1))[0] in (Prompt.TURN_LEFT, Prompt.TURN_RIGHT)


@pytest.mark.parametrize("challenge", list(Challenge))
@pytest.mark.parametrize("seed", range(8))
def test_a_real_person_answering_is_live(challenge: Challenge, seed: int) -> None:
    check = LivenessCheck(challenge, started_at=10.0, rng=random.Random(seed))
    outcome = run(check, Responder(np.random.default_rng(seed)))
    assert outcome.live and outcome.reason is Reason.LIVE, outcome
    assert len(outcome.prompts) == len(check.prompts) and all(p.answered for p in outcome.prompts)
    assert outcome.seconds < 4.5 * len(check.prompts)
    assert outcome.to_json()["live"] is True


@pytest.mark.parametrize("seed", range(8))
def test_a_photo_whose_holder_knows_the_prompts_is_refused(seed: int) -> None:
    """The worst case of a flat picture: turned as far and as fast as a head, at the right moment."""
    check = LivenessCheck(Challenge.TURN, started_at=0.0, rng=random.Random(seed))
    outcome = run(check, Responder(np.random.default_rng(seed), shape=FLAT_FACE))
    assert not outcome.live
    assert outcome.reason in (Reason.FLAT, Reason.TIMED_OUT)


def test_a_still_photo_times_out_after_the_answer_time() -> None:
    check = LivenessCheck(Challenge.BLINK, started_at=0.0, rng=random.Random(0))
    still = Responder(np.random.default_rng(0))
    t, state = 0.0, check.state(0.0)
    while state.outcome is None:
        _, points, yaw = still.frame(t, None)  # never reacts
        state = check.update(t, points, yaw)
        t += 1 / FPS
    assert state.outcome.reason is Reason.TIMED_OUT
    limit = check.limits.judges.answer_seconds
    assert limit <= state.outcome.seconds <= limit + 2 / FPS
    assert state.outcome.prompts[0].answered is False


def test_the_countdown_runs_down_from_the_answer_time() -> None:
    check = LivenessCheck(Challenge.BLINK, started_at=5.0, rng=random.Random(0))
    assert check.state(5.0).seconds_left == pytest.approx(check.limits.judges.answer_seconds)
    assert check.state(7.0).seconds_left == pytest.approx(check.limits.judges.answer_seconds - 2)
    assert check.state(7.0).prompt is Prompt.BLINK and check.state(7.0).count == 1


def test_turning_the_other_way_first_is_refused() -> None:
    check = LivenessCheck(Challenge.TURN, started_at=0.0, rng=random.Random(2))
    outcome = run(check, Responder(np.random.default_rng(2), turn_sign=-1))
    assert outcome.reason is Reason.WRONG_WAY and not outcome.live


def test_a_face_that_leaves_the_frame_is_refused() -> None:
    check = LivenessCheck(Challenge.BLINK, started_at=0.0, rng=random.Random(0))
    slow = Responder(np.random.default_rng(0))
    outcome = run(check, slow, lose_face_between=(0.1, 2.0))
    assert outcome.reason is Reason.FACE_LOST


def test_a_face_that_jumps_across_the_frame_is_another_face() -> None:
    check = LivenessCheck(Challenge.BLINK, started_at=0.0, rng=random.Random(0))
    person = Responder(np.random.default_rng(0))
    _, points, yaw = person.frame(0.0, None)
    check.update(0.0, points, yaw)
    state = check.update(1 / FPS, points + np.array([400.0, 0.0]), yaw)
    assert state.outcome is not None and state.outcome.reason is Reason.FACE_LOST


def test_a_blink_before_the_prompt_does_not_answer_it() -> None:
    """A person (or a video) blinking just before the prompt: only the blink after it counts."""
    check = LivenessCheck(Challenge.BLINK, started_at=1.0, rng=random.Random(0))
    person = Responder(np.random.default_rng(0))
    t = 0.0
    while t < 1.0:  # blinks during the second before the prompt
        _, points, yaw = person.frame(t, "blink" if t < 0.05 else None)
        assert check.update(t, points, yaw).outcome is None
        t += 1 / FPS
    _, points, yaw = person.frame(t, None)
    assert check.update(t, points, yaw).prompt is Prompt.BLINK


def test_cancel_ends_it_once() -> None:
    check = LivenessCheck(Challenge.BLINK_TURN, started_at=0.0, rng=random.Random(0))
    outcome = check.cancel(1.0)
    assert outcome.reason is Reason.CANCELLED and not outcome.live
    assert check.cancel(2.0) is outcome
