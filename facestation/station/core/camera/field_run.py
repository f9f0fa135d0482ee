"""Run one source through the station's own camera pipeline until it captures, ends or runs out of time, and
say why it did not capture: what `facestation capture` prints and what benchmarks/capture_bench.py measures.

The pipeline is the station's (`QualityPipeline` with the live QA, a `QualityTracker` and an `AutoCapture`
made from the same settings classes `PipelineBridge` uses, defaults unless given), fed like a camera: a file is
paced at its own frame rate and the analysis takes the newest frame (`drop_frames=True`), so a slow machine
analyses fewer frames, as the station would. `drop_frames=False` with a non-realtime source analyses every
frame on the clip's own clock instead (quick offline runs).

Times are *source* seconds from the start of the source: frame index / frame rate for files (a frame of a
video is at the same second however fast the machine is), the frame's timestamp relative to the first frame
for cameras. No Qt.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from facestation.station.core.camera.pipeline import (
    CaptureResult,
    PipelineResult,
    QualityPipeline,
)
from facestation.station.core.camera.sources import (
    Frame,
    FrameSource,
    OpenCVCameraSource,
    source_from_argument,
)
from facestation.vision import quality
from facestation.vision.capture import AutoCapture, AutoCaptureSettings
from facestation.vision.guidance import Guidance
from facestation.vision.quality import QualityReport
from facestation.vision.tracking import QualityTracker, TrackerSettings

__all__ = [
    "Blocker",
    "FieldRunResult",
    "GuidanceChange",
    "RunObserver",
    "StopReason",
    "open_field_source",
    "run_source",
]

StopReason = Literal["captured", "ended", "time limit", "interrupted"]

# Blockers named in the verdict: the checks that failed most often, at most this many, each in at least this
# share of the analysed frames (a check that failed in 2 % of frames did not stop anyone).
_MAX_BLOCKERS_NAMED: Final = 3
_MIN_BLOCKER_FRACTION: Final = 0.05
# Timestamps of recent analysed frames, to find the source time of the frame auto-capture chose (it is one of
# the last `frames_required` analysed frames).
_RECENT_FRAMES_KEPT: Final = 600
_WAIT_STEP_SECONDS: Final = 0.1


def open_field_source(text: str, *, realtime: bool = True,
                      camera_resolution: tuple[int, int] | None = None) -> FrameSource:
    """The source for SOURCE (`source_from_argument`), made to end: a video or a folder plays once instead of
    looping. A camera number opens at `camera_resolution` (the station's setting) when given. Raises
    `CameraError` with a sentence for the person when there is nothing usable there."""
    stripped = text.strip()
    if stripped.isdigit() and camera_resolution is not None:
        width, height = camera_resolution
        return OpenCVCameraSource(int(stripped), width, height)
    # The field run ends with its source: a loop would replay the walk-up.
    return source_from_argument(text, realtime=realtime, loop=False)


@dataclass(frozen=True)
class GuidanceChange:
    """The message shown to the person changed: when (source seconds), to what, and the steady checklist."""

    time: float
    message: str
    checks: dict[str, bool]

    def to_json(self) -> dict[str, Any]:
        return {"event": "guidance", "time": round(self.time, 3), "message": self.message, "checks": self.checks}


@dataclass(frozen=True)
class Blocker:
    """A check that failed in `frames` of the analysed frames, and what the person was told most often for it."""

    check: str
    frames: int
    fraction: float
    guidance: Guidance

    @property
    def sentence(self) -> str:
        percent = f"{100 * self.fraction:.0f} %"
        advice = self.guidance.message[0].lower() + self.guidance.message[1:]
        if self.guidance is Guidance.NO_FACE:
            return f"no face found in {percent} of frames: {advice}"
        return f"{self.check} failed in {percent} of frames: {advice}"

    def to_json(self) -> dict[str, Any]:
        return {"check": self.check, "frames": self.frames, "fraction": round(self.fraction, 3),
                "guidance": self.guidance.message}


@dataclass(frozen=True, eq=False)
class FieldRunResult:
    """How a run went. `report` is the captured frame's report, or the last analysed frame's when nothing
    was captured (None when no frame was analysed)."""

    source_name: str
    stopped_by: StopReason
    capture: CaptureResult | None
    capture_time: float | None  # source seconds of the captured frame
    report: QualityReport | None
    duration: float  # source seconds covered
    wall_seconds: float
    frames_read: int
    frames_analysed: int
    frames_with_face: int
    frames_passing: int  # analysed frames that passed every check
    best_progress: float  # how far the auto-capture countdown got (1.0 once captured)
    countdown_restarts: int  # passing frames that followed a passing frame yet set the countdown back
    blockers: tuple[Blocker, ...]
    guidance_changes: tuple[GuidanceChange, ...]
    errors: tuple[str, ...]
    # Source seconds of the analysed frame that completed the countdown: when the station took the photo. The
    # captured frame (`capture_time`) is the best of the countdown's frames, so at or before this.
    capture_fired_time: float | None = None

    @property
    def captured(self) -> bool:
        return self.capture is not None

    @property
    def analysis_hz(self) -> float:
        return self.frames_analysed / self.wall_seconds if self.wall_seconds > 0 else 0.0

    @property
    def never_still(self) -> bool:
        """Frames passed every check, yet the countdown never completed: the stillness gate held it back."""
        return not self.captured and self.frames_passing > 0 and self.best_progress < 1.0

    def reasons(self) -> list[str]:
        """Why nothing was captured, most frequent first: the stillness gate and the checks that failed most."""
        named = [blocker for blocker in self.blockers if blocker.fraction >= _MIN_BLOCKER_FRACTION]
        named = named[:_MAX_BLOCKERS_NAMED]
        reasons = [blocker.sentence for blocker in named]
        if self.never_still:
            still = (f"the face was never still long enough (every check passed in {self.frames_passing} of "
                     f"{self.frames_analysed} analysed frames; the countdown reached "
                     f"{100 * self.best_progress:.0f} % at best)")
            first_blocker = named[0].frames if named else 0
            reasons.insert(0 if self.frames_passing >= first_blocker else len(reasons), still)
        if not reasons:
            if self.frames_analysed == 0:
                reasons.append("no frame was analysed")
            elif self.frames_passing == 0:
                reasons.append("no frame passed every check")
        return reasons

    def verdict(self) -> str:
        """One line for the person at the desk."""
        if self.capture is not None and self.capture_time is not None:
            return f"Captured at {self.capture_time:.1f} s (score {self.capture.report.score})."
        lead = "Stopped" if self.stopped_by == "interrupted" else "Not captured"
        return f"{lead} in {self.duration:.1f} s: " + " / ".join(self.reasons())

    def to_json(self) -> dict[str, Any]:
        """The summary object: `captured`, `time`, `checks`, `score`, then the counters behind the verdict."""
        report = self.report
        return {
            "event": "summary",
            "captured": self.captured,
            "time": None if self.capture_time is None else round(self.capture_time, 3),
            "fired_time": None if self.capture_fired_time is None else round(self.capture_fired_time, 3),
            "checks": {} if report is None else {name: check.to_json() for name, check in report.checks.items()},
            "score": None if report is None else report.score,
            "source": self.source_name,
            "stopped_by": self.stopped_by,
            "duration": round(self.duration, 3),
            "wall_seconds": round(self.wall_seconds, 3),
            "frames_read": self.frames_read,
            "frames_analysed": self.frames_analysed,
            "analysis_hz": round(self.analysis_hz, 2),
            "frames_with_face": self.frames_with_face,
            "frames_passing": self.frames_passing,
            "best_progress": round(self.best_progress, 3),
            "countdown_restarts": self.countdown_restarts,
            "never_still": self.never_still,
            "blocking": [blocker.to_json() for blocker in self.blockers],
            "reasons": [] if self.captured else self.reasons(),
            "errors": list(self.errors),
        }


@dataclass
class RunObserver:
    """What every offline run over a source shares (this module's field run, the camera self-test, the liveness
    command): the source's own clock, an optional time limit, the end of the source and the errors, each
    reported once. The pipeline calls these from its capture and analysis threads; fields change under `lock`."""

    source: FrameSource
    seconds: float | None
    lock: threading.Lock = field(default_factory=threading.Lock)
    done: threading.Event = field(default_factory=threading.Event)
    first_timestamp: float | None = None
    time_limit_reached: bool = False
    ended: bool = False
    errors: list[str] = field(default_factory=list)

    def source_time(self, frame: Frame) -> float:
        return source_seconds(self.source, self.first_timestamp, frame)

    def past_limit(self, seconds: float) -> bool:
        return self.seconds is not None and seconds >= self.seconds

    def on_frame(self, frame: Frame) -> None:
        """Starts the source's clock and stops the run at the time limit; a subclass adds its own counting
        through `frame_read` (called under `lock`, for frames within the limit)."""
        with self.lock:
            if self.first_timestamp is None:
                self.first_timestamp = frame.timestamp
            seconds = self.source_time(frame)
            if self.past_limit(seconds):
                self.time_limit_reached = True
                self.done.set()
                return
            self.frame_read(frame, seconds)

    def frame_read(self, frame: Frame, seconds: float) -> None:
        """One frame within the time limit was read (under `lock`)."""

    def on_ended(self) -> None:
        with self.lock:
            self.ended = True
        self.done.set()

    def on_error(self, error: BaseException) -> None:
        message = error_text(error)
        with self.lock:
            if message not in self.errors:
                self.errors.append(message)

    def pipeline(self, *, auto_capture_settings: AutoCaptureSettings | None = None,
                 tracker_settings: TrackerSettings | None = None, drop_frames: bool = True,
                 **pipeline_options: Any) -> QualityPipeline:
        """The station's pipeline on `source` with this observer on every callback."""
        return QualityPipeline(
            self.source,
            on_result=self.on_result,
            on_error=self.on_error,
            on_frame=self.on_frame,
            on_ended=self.on_ended,
            auto_capture=AutoCapture(auto_capture_settings or AutoCaptureSettings()),
            tracker=QualityTracker(tracker_settings or TrackerSettings()),
            drop_frames=drop_frames,
            **pipeline_options,
        )

    def on_result(self, result: PipelineResult) -> None:
        """One analysed frame (analysis thread): what the run keeps of it."""


@dataclass
class _Collector(RunObserver):
    """What the pipeline's callbacks leave for the summary. Written from the capture and analysis threads
    under `lock`; read once the pipeline has stopped."""

    on_guidance: Callable[[GuidanceChange], None] | None = None
    last_read_time: float = 0.0
    capture: CaptureResult | None = None
    capture_time: float | None = None
    capture_fired_time: float | None = None
    last_report: QualityReport | None = None
    frames_analysed: int = 0
    frames_with_face: int = 0
    frames_passing: int = 0
    best_progress: float = 0.0
    countdown_restarts: int = 0
    previous_passed: bool = False
    previous_progress: float = 0.0
    failures: Counter[str] = field(default_factory=Counter)
    advice: dict[str, Counter[Guidance]] = field(default_factory=dict)
    message: str = ""
    changes: list[GuidanceChange] = field(default_factory=list)
    recent_times: deque[tuple[float, float]] = field(default_factory=lambda: deque(maxlen=_RECENT_FRAMES_KEPT))

    def frame_read(self, frame: Frame, seconds: float) -> None:
        # A file's frame covers one frame interval; the end of the last one read is how far the source got.
        self.last_read_time = seconds if self.source.is_live else seconds + 1 / self.source.nominal_fps

    def on_result(self, result: PipelineResult) -> None:
        seconds = self.source_time(result.frame)
        change = None
        with self.lock:
            if self.past_limit(seconds):
                return  # analysed while the run was stopping: past the time limit
            report = result.report
            self.recent_times.append((result.frame.timestamp, seconds))
            self.frames_analysed += 1
            self.frames_with_face += report.face is not None
            self.frames_passing += report.passed
            if report.passed and self.previous_passed and result.capture_progress < self.previous_progress:
                self.countdown_restarts += 1
            self.previous_passed, self.previous_progress = report.passed, result.capture_progress
            self.best_progress = max(self.best_progress, result.capture_progress)
            for check in {issue.check for issue in report.issues}:
                self.failures[check] += 1
            for issue in report.issues:
                self.advice.setdefault(issue.check, Counter())[issue.guidance] += 1
            if self.capture is None:
                self.last_report = report
            message = result.state.message
            if message and message != self.message:
                change = GuidanceChange(seconds, message, dict(result.state.checks))
                self.changes.append(change)
            if message:
                self.message = message
            if result.capture is not None and self.capture is None:
                self.capture = result.capture
                self.last_report = result.capture.report
                self.capture_time = self._time_of(result.capture.timestamp, fallback=seconds)
                self.capture_fired_time = seconds
                self.done.set()
        if change is not None and self.on_guidance is not None:
            self.on_guidance(change)

    def _time_of(self, timestamp: float, *, fallback: float) -> float:
        for frame_timestamp, seconds in reversed(self.recent_times):
            if frame_timestamp == timestamp:
                return seconds
        return fallback

    def blockers(self) -> tuple[Blocker, ...]:
        if not self.frames_analysed:
            return ()
        ranked = sorted(self.failures.items(), key=lambda item: (-item[1], quality.CHECK_NAMES.index(item[0])
                                                                 if item[0] in quality.CHECK_NAMES else 99))
        return tuple(
            Blocker(check, frames, frames / self.frames_analysed, self.advice[check].most_common(1)[0][0])
            for check, frames in ranked
        )


def source_seconds(source: FrameSource, first_timestamp: float | None, frame: Frame) -> float:
    """Where `frame` is in the source: seconds since the first frame for a live camera (`first_timestamp`; None:
    this is the first), the frame's index over the frame rate for a file."""
    if source.is_live:
        return frame.timestamp - (first_timestamp if first_timestamp is not None else frame.timestamp)
    return frame.index / source.nominal_fps


def error_text(error: BaseException) -> str:
    """A pipeline error as one line (the station's own errors carry a sentence in `message`)."""
    return getattr(error, "message", None) or f"{type(error).__name__}: {error}"


def wait_until_done(done: threading.Event, stop: threading.Event | None, *,
                    step: float = _WAIT_STEP_SECONDS) -> bool:
    """Wait until `done` is set (looking at `stop` every `step` seconds); returns True when `stop` was set or
    Ctrl+C was pressed first."""
    try:
        while not done.wait(step):
            if stop is not None and stop.is_set():
                return True
    except KeyboardInterrupt:
        return True
    return False


def run_source(
    source: FrameSource,
    *,
    seconds: float | None = None,
    drop_frames: bool = True,
    on_guidance: Callable[[GuidanceChange], None] | None = None,
    auto_capture_settings: AutoCaptureSettings | None = None,
    tracker_settings: TrackerSettings | None = None,
    stop: threading.Event | None = None,
    **pipeline_options: Any,
) -> FieldRunResult:
    """Run `source` through the station's pipeline until auto-capture fires, the source ends, `seconds` of
    source time have passed, `stop` is set or the user presses Ctrl+C (KeyboardInterrupt is caught here: the
    summary of what ran so far comes back). The source is closed on return.

    `on_guidance(change)` is called on the analysis thread each time the person's message changes.
    `pipeline_options` go to `QualityPipeline` as they would from `PipelineBridge` (e.g. `max_analysis_hz`).
    """
    collector = _Collector(source=source, seconds=seconds, on_guidance=on_guidance)
    pipeline = collector.pipeline(auto_capture_settings=auto_capture_settings, tracker_settings=tracker_settings,
                                  drop_frames=drop_frames, **pipeline_options)
    interrupted = False
    started = time.monotonic()
    pipeline.start()
    try:
        interrupted = wait_until_done(collector.done, stop)
    finally:
        if collector.ended and not interrupted:
            # The source ended: let the analysis finish the frame it holds (the last frames of a clip count).
            _wait_for_analysis(pipeline, collector)
        pipeline.stop()
    wall_seconds = time.monotonic() - started
    with collector.lock:
        if collector.capture is not None:
            stopped_by: StopReason = "captured"
        elif collector.time_limit_reached:
            stopped_by = "time limit"
        elif interrupted:
            stopped_by = "interrupted"
        else:
            stopped_by = "ended"
        duration = collector.last_read_time
        if stopped_by == "time limit" and seconds is not None:
            duration = seconds
        return FieldRunResult(
            source_name=source.name,
            stopped_by=stopped_by,
            capture=collector.capture,
            capture_time=collector.capture_time,
            report=collector.last_report,
            duration=duration,
            wall_seconds=wall_seconds,
            frames_read=pipeline.stats.frames_read,
            frames_analysed=collector.frames_analysed,
            frames_with_face=collector.frames_with_face,
            frames_passing=collector.frames_passing,
            best_progress=collector.best_progress,
            countdown_restarts=collector.countdown_restarts,
            blockers=collector.blockers(),
            guidance_changes=tuple(collector.changes),
            errors=tuple(collector.errors),
            capture_fired_time=collector.capture_fired_time,
        )


def _wait_for_analysis(pipeline: QualityPipeline, collector: _Collector, timeout: float = 5.0) -> None:
    """Until every frame the pipeline did not drop has been analysed (or a capture came, or `timeout`)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and collector.capture is None:
        stats = pipeline.stats
        if stats.frames_analysed + stats.frames_dropped >= stats.frames_read:
            return
        time.sleep(0.01)
