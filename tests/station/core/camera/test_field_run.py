"""field_run: a source through the station's pipeline until capture, end, time limit or stop, with the summary
`facestation capture` and benchmarks/capture_bench.py print. Clips are written here from real portraits and
run on the clip's own clock (every frame analysed), so the tests do not depend on the machine's speed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from facestation.station.core.camera.field_run import (
    FieldRunResult,
    open_field_source,
    run_source,
)
from facestation.station.core.camera.sources import CameraError, VideoFileSource
from facestation.vision import quality
from facestation.vision.faces import BGRImage
from facestation.vision.guidance import ALL_GOOD_MESSAGE, Guidance
from tests.support.portraits import CompliantBase, webcam_frame
from tests.support.webcam_clips import subject, write_clip

FPS = 30.0
SIZE = (640, 480)


def still_clip(path: Path, frame: BGRImage, seconds: float) -> Path:
    return write_clip(iter([frame] * int(seconds * FPS)), path, fps=FPS, size=SIZE)


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory, compliant_base: CompliantBase, astronaut: BGRImage) -> dict:
    folder = tmp_path_factory.mktemp("clips")
    person = webcam_frame(compliant_base.photo, compliant_base.face, eye_distance=100, size=SIZE)
    smiling = subject("astronaut", astronaut)
    teeth = webcam_frame(smiling.photo, smiling.face, eye_distance=100, size=SIZE)
    return {"compliant": still_clip(folder / "compliant.mp4", person, 2.0),
            "astronaut": still_clip(folder / "astronaut.mp4", teeth, 2.0)}


def offline(path: Path, **options) -> FieldRunResult:
    return run_source(open_field_source(str(path), realtime=False), drop_frames=False, **options)


def test_a_still_compliant_clip_is_captured_at_a_frame_of_the_clip(clips: dict) -> None:
    result = offline(clips["compliant"])
    assert result.captured and result.stopped_by == "captured"
    assert result.capture is not None and result.report is result.capture.report
    assert result.report.passed
    # Source time of a file frame is index / fps: a whole frame number, within the clip, after the countdown.
    assert result.capture_time is not None
    frame_number = result.capture_time * FPS
    assert frame_number == pytest.approx(round(frame_number), abs=1e-6)
    assert 0 <= result.capture_time < 2.0
    assert result.frames_passing >= 8 and result.best_progress == 1.0
    assert result.guidance_changes and result.guidance_changes[-1].message == ALL_GOOD_MESSAGE
    summary = result.to_json()
    assert summary["captured"] is True and summary["time"] == pytest.approx(result.capture_time, abs=1e-3)
    # The photo is the best frame of the countdown: at or before the frame that completed it, within the clip.
    assert result.capture_fired_time is not None and result.capture_time <= result.capture_fired_time < 2.0
    assert summary["fired_time"] == pytest.approx(result.capture_fired_time, abs=1e-3)
    assert set(summary["checks"]) == set(quality.CHECK_NAMES)
    assert result.verdict().startswith(f"Captured at {result.capture_time:.1f} s")


def test_a_teeth_smile_is_never_captured_and_the_summary_names_the_mouth(clips: dict) -> None:
    result = offline(clips["astronaut"])
    assert not result.captured and result.stopped_by == "ended"
    assert result.capture_time is None
    assert result.frames_read == 60 and result.frames_analysed == 60  # played once, not looped
    assert result.duration == pytest.approx(2.0)
    overall = next(blocker for blocker in result.blockers if blocker.check == quality.OVERALL)
    assert overall.fraction == 1.0 and overall.guidance is Guidance.CLOSE_MOUTH
    verdict = result.verdict()
    assert verdict.startswith("Not captured in 2.0 s: ")
    assert "overallPhotoQuality failed in 100 % of frames: close your mouth" in verdict
    assert result.to_json()["reasons"] and result.to_json()["time"] is None


def test_the_time_limit_cuts_the_source_in_source_seconds(clips: dict) -> None:
    result = offline(clips["astronaut"], seconds=1.0)
    assert result.stopped_by == "time limit" and not result.captured
    assert result.duration == 1.0
    assert result.frames_analysed == 30  # frames 0..29 start before 1.0 s; frame 30 is past the limit


def test_a_stop_request_ends_the_run_with_what_it_saw(clips: dict) -> None:
    stop = threading.Event()
    stop.set()
    result = run_source(open_field_source(str(clips["astronaut"])), stop=stop)
    assert result.stopped_by == "interrupted" and not result.captured
    assert result.verdict().startswith("Stopped in ")


def test_videos_and_folders_play_once(clips: dict, tmp_path: Path) -> None:
    source = open_field_source(str(clips["compliant"]))
    try:
        assert isinstance(source, VideoFileSource) and source.loop is False
    finally:
        source.close()


@pytest.mark.parametrize("text", ["no-such-clip.mp4", ""])
def test_unusable_sources_raise_a_camera_error_with_a_sentence(text: str, tmp_path: Path) -> None:
    with pytest.raises(CameraError) as raised:
        open_field_source(str(tmp_path / text) if text else text)
    assert raised.value.message.endswith(".")


def test_passing_frames_without_a_capture_are_blamed_on_stillness() -> None:
    # The verdict logic alone, on counters like those of a person whose countdown kept restarting.
    result = FieldRunResult(
        source_name="clip", stopped_by="ended", capture=None, capture_time=None, report=None, duration=6.0,
        wall_seconds=6.0, frames_read=180, frames_analysed=151, frames_with_face=151, frames_passing=141,
        best_progress=0.5, countdown_restarts=40, blockers=(), guidance_changes=(), errors=(),
    )
    assert result.never_still
    assert result.verdict() == ("Not captured in 6.0 s: the face was never still long enough (every check passed "
                                "in 141 of 151 analysed frames; the countdown reached 50 % at best)")
