"""The camera self-test: "is this camera good enough, and where should people stand?", measured. No Qt.

A person sits in front of the source for some seconds (15 by default) while the station's own pipeline
(`QualityPipeline` with the live QA, tracking and auto-capture) runs on it. Every analysed frame's report is
kept, and a few frames with a face are sampled for pixel measures the QA does not make (background brightness,
noise, colour). At the end `SelfTestReport` holds one `SelfTestLine` per check: a value, a verdict (pass or
advice) and a plain-words sentence for the desk:

* resolution and frame rate delivered, against what was asked;
* exposure of the face, and backlight (background much brighter than the face);
* noise on the skin, focus (the QA's sharpness: Laplacian variance in a view scaled to a fixed inter-eye
  distance), colour cast (grey-world over the frame);
* how far people can stand: from the measured inter-eye distance against the resolution check's minimum, and
  the head size against its "too close" limits; relative to where the person stood, and in metres when the
  camera's horizontal field of view is known (pinhole camera, adult inter-eye distance 63 mm);
* whether auto-capture fired, and the analyses per second this PC kept.

Medians over the frames make the figures robust to a blink or a frame where the person looked away. The pixel
measures themselves live in self_test_measures; the lines, their limits and their translatable sentences in
self_test_lines; the saved last result in self_test_record. `on_result` passes every analysis on (the screen's
live preview and countdown) and `stop` ends a run early (Cancel).
`facestation capture --self-test SOURCE` prints the report; the Qt screens (ui/dialogs/self_test.py) show the
same lines, translated.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np

from facestation.station.core.camera.field_run import (
    RunObserver,
    wait_until_done,
)
from facestation.station.core.camera.frames import Frame, FrameSource
from facestation.station.core.camera.pipeline import PipelineResult
from facestation.station.core.camera.self_test_lines import (
    CHECK_TITLES,
    CHECKS,
    DEFAULT_LIMITS,
    SelfTestLimits,
    SelfTestLine,
    analysis_rate_line,
    auto_capture_line,
    backlight_line,
    colour_line,
    distance_line,
    exposure_line,
    focus_line,
    frame_rate_line,
    no_face_lines,
    noise_line,
    resolution_line,
)
from facestation.station.core.camera.self_test_measures import (
    ADULT_INTER_EYE_MM,
    background_brightness,
    colour_cast,
    distance_range,
    face_noise,
)
from facestation.vision.capture import AutoCaptureSettings
from facestation.vision.faces import BGRImage, Face
from facestation.vision.quality import (
    DEFAULT_THRESHOLDS,
    QualityReport,
    QualityThresholds,
)

__all__ = [
    "ADULT_INTER_EYE_MM",
    "CHECKS",
    "CHECK_TITLES",
    "DEFAULT_SELF_TEST_SECONDS",
    "SelfTestLimits",
    "SelfTestLine",
    "SelfTestReport",
    "colour_cast",
    "distance_range",
    "face_noise",
    "run_self_test",
]

DEFAULT_SELF_TEST_SECONDS: Final = 15.0

# Frames kept for the pixel measures: one at least this often (source seconds), at most this many.
_SAMPLE_INTERVAL_SECONDS: Final = 0.25
_MAX_SAMPLES: Final = 40
_WAIT_STEP_SECONDS: Final = 0.05


@dataclass(frozen=True)
class SelfTestReport:
    """The whole self-test: one line per check, in a fixed order, and the source's errors if any."""

    source_name: str
    seconds: float  # source seconds covered
    frames_read: int
    frames_analysed: int
    frames_with_face: int
    lines: tuple[SelfTestLine, ...]
    errors: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return all(line.passed for line in self.lines)

    @property
    def source_failed(self) -> bool:
        """Nothing came from the source: the report measures nothing."""
        return self.frames_read == 0

    def line(self, check: str) -> SelfTestLine:
        return next(line for line in self.lines if line.check == check)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source_name,
            "passed": self.passed,
            "seconds": round(self.seconds, 3),
            "frames_read": self.frames_read,
            "frames_analysed": self.frames_analysed,
            "frames_with_face": self.frames_with_face,
            "lines": [line.to_json() for line in self.lines],
            "errors": list(self.errors),
        }


# -- the run -------------------------------------------------------------------------------------------------


@dataclass
class _Observer(RunObserver):
    """What the pipeline's callbacks leave for the report (capture and analysis threads, under `lock`)."""

    last_time: float = 0.0
    frames_read: int = 0
    first_read_timestamp: float | None = None
    last_read_timestamp: float | None = None
    frame_size: tuple[int, int] | None = None
    reports: list[QualityReport] = field(default_factory=list)
    samples: list[tuple[BGRImage, Face]] = field(default_factory=list)
    last_sample_time: float = -math.inf
    capture_time: float | None = None
    passed_on: Callable[[PipelineResult, float], None] | None = None

    def frame_read(self, frame: Frame, seconds: float) -> None:
        self.frames_read += 1
        if self.first_read_timestamp is None:
            self.first_read_timestamp = frame.timestamp
        self.last_read_timestamp = frame.timestamp
        self.last_time = seconds
        self.frame_size = (frame.image.shape[1], frame.image.shape[0])

    def delivered_fps(self) -> float:
        """Frames per second between the first and the last frame read (0 with fewer than two)."""
        if self.first_read_timestamp is None or self.last_read_timestamp is None:
            return 0.0
        span = self.last_read_timestamp - self.first_read_timestamp
        return (self.frames_read - 1) / span if span > 0 else 0.0

    def on_result(self, result: PipelineResult) -> None:
        seconds = self.source_time(result.frame)
        with self.lock:
            if self.past_limit(seconds):
                return
            self.reports.append(result.report)
            face = result.report.face
            if (face is not None and len(self.samples) < _MAX_SAMPLES
                    and seconds - self.last_sample_time >= _SAMPLE_INTERVAL_SECONDS):
                self.samples.append((result.frame.image, face))
                self.last_sample_time = seconds
            if result.capture is not None and self.capture_time is None and not result.capture.manual:
                self.capture_time = seconds
        if self.passed_on is not None:
            self.passed_on(result, seconds)  # outside the lock: a slow preview must not hold the frame thread


def run_self_test(
    source: FrameSource,
    *,
    seconds: float = DEFAULT_SELF_TEST_SECONDS,
    asked_resolution: tuple[int, int] | None = None,
    horizontal_fov_degrees: float | None = None,
    auto_capture_settings: AutoCaptureSettings | None = None,
    thresholds: QualityThresholds = DEFAULT_THRESHOLDS,
    limits: SelfTestLimits = DEFAULT_LIMITS,
    stop: threading.Event | None = None,
    on_result: Callable[[PipelineResult, float], None] | None = None,
) -> SelfTestReport:
    """Run `source` through the station's pipeline for `seconds` of source time (or until it ends, or `stop`
    is set) and judge what came out. `asked_resolution` is what the station asked the camera for (None for a
    file). `on_result(result, seconds_into_the_test)` sees every analysis within the test (on the pipeline's
    analysis thread), e.g. for a live preview and a progress bar. The source is closed on return."""
    observer = _Observer(source=source, seconds=seconds, passed_on=on_result)
    pipeline = observer.pipeline(auto_capture_settings=auto_capture_settings)
    started = time.monotonic()
    pipeline.start()
    try:
        wait_until_done(observer.done, stop, step=_WAIT_STEP_SECONDS)  # stopped early or not: judge what ran
    finally:
        pipeline.stop()
    wall_seconds = time.monotonic() - started
    with observer.lock:
        return _judge(observer, source, wall_seconds, asked_resolution, horizontal_fov_degrees, thresholds, limits)


def _median(values: Sequence[float]) -> float:
    return float(np.median(np.asarray(values, dtype=np.float64)))


def _judge(observer: _Observer, source: FrameSource, wall_seconds: float, asked: tuple[int, int] | None,
           fov: float | None, thresholds: QualityThresholds, limits: SelfTestLimits) -> SelfTestReport:
    faced = [report for report in observer.reports if report.face is not None]
    duration = observer.last_time + (0.0 if source.is_live else 1 / source.nominal_fps)
    lines = [
        resolution_line(observer.frame_size, asked),
        frame_rate_line(observer.delivered_fps(), source.nominal_fps, source.is_live, limits),
    ]
    if faced:
        lines += _face_lines(faced, observer.samples, observer.frame_size, fov, thresholds, limits)
    else:
        lines += no_face_lines()
    lines.append(auto_capture_line(observer.capture_time, faced))
    lines.append(analysis_rate_line(len(observer.reports), wall_seconds, limits))
    return SelfTestReport(
        source_name=source.name,
        seconds=duration,
        frames_read=observer.frames_read,
        frames_analysed=len(observer.reports),
        frames_with_face=len(faced),
        lines=tuple(lines),
        errors=tuple(observer.errors),
    )


def _face_lines(reports: list[QualityReport], samples: list[tuple[BGRImage, Face]],
                frame_size: tuple[int, int] | None, fov: float | None, thresholds: QualityThresholds,
                limits: SelfTestLimits) -> list[SelfTestLine]:
    def median_of(name: str) -> float:
        return _median([report.measures[name] for report in reports if name in report.measures])

    face_luma = median_of("brightness")
    sharpness = median_of("sharpness")
    inter_eye = median_of("interEyeDistance")
    head_width, head_length = median_of("headWidth"), median_of("headLength")
    background = _median([background_brightness(image, face) for image, face in samples])
    noise = _median([face_noise(image, face) for image, face in samples])
    casts = [colour_cast(image, face) for image, face in samples]
    cast_a, cast_b = _median([a for a, _ in casts]), _median([b for _, b in casts])
    width = frame_size[0] if frame_size else 0
    return [
        exposure_line(face_luma, thresholds),
        backlight_line(face_luma, background, limits),
        noise_line(noise, limits),
        focus_line(sharpness, thresholds),
        colour_line(cast_a, cast_b, limits),
        distance_line(distance_range(inter_eye, head_width, head_length, width, thresholds=thresholds,
                                     horizontal_fov_degrees=fov), inter_eye, thresholds, limits),
    ]
