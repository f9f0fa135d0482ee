"""QualityTracker and AutoCapture on frame sequences built from a real, compliant portrait."""

from __future__ import annotations

import dataclasses
import functools

import cv2
import numpy as np
import pytest

from facestation.vision import quality
from facestation.vision.capture import AutoCapture, AutoCaptureSettings
from facestation.vision.faces import detect_faces, locate_landmarks
from facestation.vision.guidance import ALL_GOOD_MESSAGE, Guidance
from facestation.vision.portrait import crop_portrait
from facestation.vision.tracking import QualityTracker, TrackerSettings
from tests.support import degrade, portraits
from tests.support.pose_variants import jittered_frames

FPS = 15.0


@functools.cache
def _scene() -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """A compliant portrait (Grace Hopper, upscaled so her eyes are ~120 px apart) and degraded variants."""
    photo = portraits.grace_hopper()
    photo = cv2.resize(photo, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
    face = locate_landmarks(photo, detect_faces(photo)[0])
    portrait = crop_portrait(photo, face)
    portrait_face = locate_landmarks(portrait, detect_faces(portrait)[0])
    variants = {d.name: d.apply(photo, face, portrait, portrait_face) for d in degrade.DEGRADATIONS}
    return photo, portrait, variants


@functools.cache
def _report(kind: str) -> quality.QualityReport:
    _, portrait, variants = _scene()
    image = portrait if kind == "good" else variants[kind]
    return quality.analyze(image)


def _frame(kind: str) -> np.ndarray:
    _, portrait, variants = _scene()
    return portrait if kind == "good" else variants[kind]


def _play(kinds: list[str], tracker: QualityTracker | None = None):
    tracker = tracker or QualityTracker()
    states = []
    for index, kind in enumerate(kinds):
        states.append(tracker.update(_report(kind), index / FPS))
    return states


def test_the_base_portrait_passes_every_check() -> None:
    report = _report("good")
    assert report.passed, {name: check.value for name, check in report.checks.items() if not check.passed}


def test_a_problem_is_shown_only_after_it_persists() -> None:
    # 0.4 s at 15 fps = 6 frames: frames 0-5 may not show "come closer", frame 6 onwards must.
    states = _play(["too small"] * 10)
    assert [state.guidance for state in states[:6]] == [None] * 6
    assert all(state.guidance is Guidance.TOO_FAR for state in states[6:])
    assert states[-1].message == Guidance.TOO_FAR.message
    assert not states[-1].checks[quality.RESOLUTION]


def test_a_one_frame_glitch_changes_nothing() -> None:
    tracker = QualityTracker()
    good = _play(["good"] * 10, tracker)
    assert good[-1].all_passed and good[-1].message == ALL_GOOD_MESSAGE
    glitch = _play(["too dark"], tracker)[0]
    assert glitch.all_passed, "one dark frame must not flip a smoothed check"
    assert glitch.message == ALL_GOOD_MESSAGE


def test_checks_need_a_smoothed_majority_to_turn_green() -> None:
    states = _play(["too dark"] * 8 + ["good"] * 8)
    exposure = [state.checks[quality.EXPOSURE] for state in states]
    assert exposure[:8] == [False] * 8
    # Median of 5: the third good frame makes the majority.
    assert exposure[8:10] == [False, False]
    assert all(exposure[10:])


def test_one_message_at_a_time_in_priority_order() -> None:
    # Too small (TOO_FAR) outranks shifted (MOVE_*): when both persist, the distance message wins.
    kinds = ["shifted left"] * 8 + ["too small"] * 8
    states = _play(kinds)
    assert states[7].guidance is Guidance.MOVE_YOUR_LEFT
    # The new problem must persist before it replaces the old message, which stays up meanwhile.
    assert states[9].guidance is Guidance.MOVE_YOUR_LEFT
    assert states[-1].guidance is Guidance.TOO_FAR


def test_no_face_clears_every_check() -> None:
    blank = quality.analyze(np.full((480, 360, 3), 128, np.uint8))
    tracker = QualityTracker(TrackerSettings(persist_seconds=0.0))
    _play(["good"] * 6, tracker)
    state = tracker.update(blank, 1.0)
    assert not any(state.checks.values())
    assert state.guidance is Guidance.NO_FACE


def test_auto_capture_fires_after_n_passing_still_frames_with_the_best_one() -> None:
    capture = AutoCapture(AutoCaptureSettings(frames_required=8))
    good, portrait = _report("good"), _frame("good")
    results = [capture.update(portrait, good, index / FPS) for index in range(7)]
    assert results == [None] * 7
    assert capture.progress == pytest.approx(7 / 8)
    taken = capture.update(portrait, good, 7 / FPS)
    assert taken is not None and taken.report is good
    assert np.array_equal(taken.frame, portrait)
    assert capture.update(portrait, good, 8 / FPS) is None, "one capture per attempt"
    capture.reset()
    assert capture.progress == 0.0 and capture.captured is None


def test_auto_capture_window_restarts_on_any_failure() -> None:
    capture = AutoCapture(AutoCaptureSettings(frames_required=4, min_still_seconds=0.0))
    good, portrait = _report("good"), _frame("good")
    for index in range(3):
        assert capture.update(portrait, good, index / FPS) is None
    assert capture.update(_frame("blurred"), _report("blurred"), 3 / FPS) is None
    assert capture.progress == 0.0
    for index in range(4, 7):
        assert capture.update(portrait, good, index / FPS) is None
    assert capture.update(portrait, good, 7 / FPS) is not None


def test_auto_capture_waits_for_a_still_head() -> None:
    """Two passing frames far apart (the head moved between them) do not count as one still window."""
    _, portrait, _ = _scene()
    moved = np.roll(portrait, 12, axis=1)  # 12 px ≈ 0.1 IED: a head in motion
    moved_report = quality.analyze(moved)
    assert moved_report.passed
    capture = AutoCapture(AutoCaptureSettings(frames_required=3, min_still_seconds=0.0))
    sequence = [(portrait, _report("good")), (moved, moved_report)] * 3
    assert all(capture.update(frame, report, i / FPS) is None for i, (frame, report) in enumerate(sequence))
    assert capture.progress == pytest.approx(1 / 3)


def test_auto_capture_needs_half_a_second_whatever_the_frame_rate() -> None:
    """At 30 analysed frames a second, 8 frames are a quarter of a second: the window also has to span 0.45 s,
    so the same drift limits mean the same speed of movement at any analysis rate."""
    capture = AutoCapture(AutoCaptureSettings(frames_required=8, min_still_seconds=0.45))
    good, portrait = _report("good"), _frame("good")
    results = [capture.update(portrait, good, index / 30) for index in range(15)]
    assert results[:14] == [None] * 14  # frame 13 is 0.433 s after frame 0
    assert results[14] is not None  # 0.467 s
    slow = AutoCapture(AutoCaptureSettings(frames_required=8, min_still_seconds=0.45))
    results = [slow.update(portrait, good, index / 5) for index in range(8)]
    assert results[:7] == [None] * 7 and results[7] is not None, "at 5 Hz the 8 frames are what it waits for"


def test_auto_capture_progress_follows_the_slower_of_count_and_time() -> None:
    capture = AutoCapture(AutoCaptureSettings(frames_required=8, min_still_seconds=0.45))
    good, portrait = _report("good"), _frame("good")
    for index in range(8):
        capture.update(portrait, good, index / 30)
    assert capture.progress == pytest.approx((7 / 30) / 0.45)


def test_auto_capture_copies_the_frame() -> None:
    capture = AutoCapture(AutoCaptureSettings(frames_required=1, min_still_seconds=0.0))
    buffer = _frame("good").copy()
    taken = capture.update(buffer, _report("good"), 0.0)
    buffer[:] = 0  # a camera reusing its buffer
    assert taken is not None and taken.frame.any()


# -- the stillness gate on realistic motion -------------------------------------------------------------------


def _jittered_run(count: int, *, step_px: float = 0.0, start_px: float = 0.0,
                  seed: int = 3) -> list[tuple[np.ndarray, quality.QualityReport]]:
    """The compliant portrait re-framed at every frame by a random ±2 px (a person breathing, a camera's
    noise), plus a steady `step_px` per frame (> 0 down) from `start_px`, with sensor noise. The eyes sit at
    45 % of the height, 96 px under the 30 % limit and only 32 px above the 50 % one: a run must stay well
    inside both (10 frames down by 5 px from -20 px ended at +25 px, eye line 0.491 against 0.50 with
    opencv 5.0, benchmarks/verdict_margins.py)."""
    _, portrait, _ = _scene()
    frames = jittered_frames(portrait, count, step_px=step_px, start_px=start_px, seed=seed)
    return [(frame, quality.analyze(frame)) for frame in frames]


def test_a_person_holding_still_with_jitter_is_captured_after_n_frames() -> None:
    run = _jittered_run(8)
    assert all(report.passed for _, report in run)
    capture = AutoCapture(AutoCaptureSettings(frames_required=8))
    taken = [capture.update(frame, report, index / FPS) for index, (frame, report) in enumerate(run)]
    assert taken[:7] == [None] * 7 and taken[7] is not None


def test_a_person_moving_is_not_still() -> None:
    # 5 px a frame at 15 fps is about 0.6 inter-eye distances a second: over 8 frames the eye midpoint
    # drifts 0.3 IED, twice the limit, while each frame still passes every check.
    run = _jittered_run(10, step_px=-5.0, start_px=15.0)  # upwards: from +15 px to -30 px
    assert all(report.passed for _, report in run)
    capture = AutoCapture(AutoCaptureSettings(frames_required=8))
    assert all(capture.update(frame, report, index / FPS) is None for index, (frame, report) in enumerate(run))
    assert capture.progress < 1.0


def test_a_turning_head_is_not_still() -> None:
    """Yaw moving 1° a frame (15°/s, a slow turn) over frames that otherwise pass: never a capture; the same
    frames with steady yaw capture."""
    _, portrait, _ = _scene()
    good = _report("good")
    turning = [
        dataclasses.replace(good, measures={**good.measures, "yaw": good.measures["yaw"] + index * 1.0})
        for index in range(10)
    ]
    capture = AutoCapture(AutoCaptureSettings(frames_required=8))
    assert all(capture.update(portrait, report, index / FPS) is None for index, report in enumerate(turning))
    steady = AutoCapture(AutoCaptureSettings(frames_required=8))
    assert any(steady.update(portrait, good, index / FPS) is not None for index in range(10))


def test_the_countdown_restarts_from_when_the_person_stopped() -> None:
    """A person who walks in and stops: the window drops the moving frames, so the capture comes
    frames_required frames after the stop, not after a full restart of the count."""
    walking = _jittered_run(6, step_px=8.0, start_px=-20.0, seed=5)  # -20 px to +20 px
    stop = walking[-1][0]
    still = [(stop, quality.analyze(stop))] * 8
    capture = AutoCapture(AutoCaptureSettings(frames_required=8))
    results = [capture.update(frame, report, index / FPS) for index, (frame, report) in enumerate(walking + still)]
    fired = [index for index, result in enumerate(results) if result is not None]
    assert fired and 6 + 8 - 2 <= fired[0] <= 6 + 8 - 1, fired
