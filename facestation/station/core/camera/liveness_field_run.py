"""One liveness check on a camera number, a video file or a photo, through the station's own camera pipeline:
what `facestation liveness SOURCE` runs (issue 18). No Qt.

The source is fed like a camera (paced at its frame rate; the analysis takes the newest frame), through the
same `QualityPipeline` the station uses. The challenge starts at whichever comes first:

* **the auto-capture fires**, as in the station, where the check follows the portrait; or
* **a face has been found in every analysed frame for `steady_seconds`** (1.5 s): a dim, odd or turned
  source is then judged on its answers to the prompts, not refused for its photo quality, which is the
  capture command's question, not this one's.

From there a `LivenessRun` (start = that frame, or the captured frame) gets every analysed frame, and
`on_event` hears of the start and of each prompt as it comes up. The run ends with the check's outcome; or
`no_face` when no face was steady within `wait_seconds` of the source's start (or the source showed none);
`source_ended` when the source ended (or stopped giving pictures) before the decision; `cancelled` on
Ctrl+C or `stop`.

Times are source seconds (as in `field_run`), except the result's `time`: from the first prompt to the
decision, or from the start of the source when no prompt came up.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from facestation.station.core.camera.field_run import RunObserver
from facestation.station.core.camera.liveness_run import LivenessRun, PresentationCue
from facestation.station.core.camera.pipeline import PipelineResult, QualityPipeline
from facestation.station.core.camera.sources import FrameSource
from facestation.vision.capture import AutoCaptureSettings
from facestation.vision.liveness_challenge import Challenge, LivenessOutcome, Prompt

__all__ = [
    "NO_FACE",
    "SOURCE_ENDED",
    "STEADY_FACE_SECONDS",
    "LivenessEvent",
    "LivenessFieldResult",
    "run_liveness",
]

# Reasons of this run besides the check's own (`Reason`): stable codes, as `--json` prints them.
NO_FACE: Final = "no_face"
SOURCE_ENDED: Final = "source_ended"
CANCELLED: Final = "cancelled"

STEADY_FACE_SECONDS: Final = 1.5  # a face found this long without a gap starts the check
DEFAULT_WAIT_SECONDS: Final = 10.0
# A source that gives no analysed picture for this long (wall clock) has stopped: a camera unplugged, a file
# that no longer decodes. Longer than any analysis of one frame on a slow machine; the first picture may take
# longer (the face models load with it).
_STALL_SECONDS: Final = 5.0
_FIRST_PICTURE_SECONDS: Final = 30.0
_DRAIN_SECONDS: Final = 5.0  # after the source ended: time for the analysis to finish the frames it holds
_WAIT_STEP_SECONDS: Final = 0.1


@dataclass(frozen=True)
class LivenessEvent:
    """The check started (`kind` "start", `trigger` "capture" or "steady_face") or a prompt came up (`kind`
    "prompt", `index` 1-based of `count`, `seconds` to answer it). `time`: source seconds."""

    kind: str
    time: float
    trigger: str | None = None
    prompt: Prompt | None = None
    index: int = 0
    count: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        if self.kind == "start":
            return {"event": "start", "trigger": self.trigger, "time": round(self.time, 2)}
        assert self.prompt is not None
        return {"event": "prompt", "prompt": self.prompt.value, "index": self.index, "count": self.count,
                "time": round(self.time, 2), "seconds": self.seconds}


@dataclass(frozen=True, eq=False)
class LivenessFieldResult:
    live: bool
    reason: str  # a `Reason` value, or NO_FACE / SOURCE_ENDED
    time: float  # from the first prompt to the decision; from the source's start when no prompt came up
    challenge: Challenge
    # The check's, once it started; when the source ended first, cancelled there (for the prompts answered so far).
    outcome: LivenessOutcome | None
    started_at: float | None  # source seconds when the check started
    source_name: str
    frames_read: int
    frames_analysed: int
    errors: tuple[str, ...]

    @property
    def source_failed(self) -> bool:
        """The source gave no picture at all, with an error to say why: a source error, not a verdict."""
        return self.frames_read == 0 and bool(self.errors)

    def to_json(self) -> dict[str, Any]:
        """The command's last line: `live`, `reason`, `time`, then the challenge and each prompt's answer."""
        prompts = self.outcome.to_json()["prompts"] if self.outcome is not None else []
        return {"live": self.live, "reason": self.reason, "time": round(self.time, 2),
                "challenge": self.challenge.value, "prompts": prompts}

    def details_json(self) -> dict[str, Any]:
        """What the check saw besides the verdict (the line before the last): when it started, the same-person
        distance, how many frames were analysed."""
        distance = self.outcome.same_person_distance if self.outcome is not None else None
        return {"event": "details", "started": None if self.started_at is None else round(self.started_at, 2),
                "samePersonDistance": None if distance is None else round(distance, 3),
                "source": self.source_name, "frames_read": self.frames_read,
                "frames_analysed": self.frames_analysed, "errors": list(self.errors)}


@dataclass
class _Watcher(RunObserver):
    """The pipeline's callbacks: waits for a steady face or the capture, then feeds the check. Written from the
    capture and analysis threads under `lock`; read once the pipeline has stopped. No time limit of its own
    (`seconds` None): `wait_seconds` bounds the wait for a face, the prompts' answer time the rest."""

    challenge: Challenge = Challenge.BLINK_TURN
    rng: random.Random = field(default_factory=random.SystemRandom)
    wait_seconds: float = DEFAULT_WAIT_SECONDS
    steady_seconds: float = STEADY_FACE_SECONDS
    presentation_cue: PresentationCue | None = None
    on_event: Callable[[LivenessEvent], None] | None = None
    last_time: float = 0.0  # source seconds of the last analysed frame
    last_timestamp: float | None = None  # its frame timestamp (the check's clock)
    last_result_at: float = field(default_factory=time.monotonic)  # wall clock, to notice a stalled source
    closing: bool = False
    face_seen: bool = False
    steady_since: float | None = None
    run: LivenessRun | None = None
    started_at: float | None = None
    shown: tuple[Prompt, int] | None = None
    no_face: bool = False
    frames_analysed: int = 0

    def on_result(self, result: PipelineResult) -> None:
        events: list[LivenessEvent] = []
        with self.lock:
            if self.closing or self.decided:
                return
            seconds = self.source_time(result.frame)
            self.frames_analysed += 1
            self.last_time, self.last_timestamp = seconds, result.frame.timestamp
            self.last_result_at = time.monotonic()
            if self.run is None:
                self._wait_for_face(result, seconds, events)
            if self.run is not None:
                self._feed(result, seconds, events)
        if self.on_event is not None:
            for event in events:
                self.on_event(event)

    def _wait_for_face(self, result: PipelineResult, seconds: float, events: list[LivenessEvent]) -> None:
        face = result.report.face
        if face is None:
            self.steady_since = None
        else:
            self.face_seen = True
            if self.steady_since is None:
                self.steady_since = seconds
        capture = result.capture
        if capture is not None and capture.report.face is not None:
            trigger, start = "capture", (capture.image, capture.report.face)
        elif face is not None and self.steady_since is not None and seconds - self.steady_since >= self.steady_seconds:
            trigger, start = "steady_face", (result.frame.image, face)
        else:
            if seconds >= self.wait_seconds:
                self.no_face = True
                self.done.set()
            return
        self.run = LivenessRun(self.challenge, started_at=result.frame.timestamp, rng=self.rng, start=start,
                               presentation_cue=self.presentation_cue)
        self.started_at = seconds
        events.append(LivenessEvent("start", seconds, trigger=trigger))

    def _feed(self, result: PipelineResult, seconds: float, events: list[LivenessEvent]) -> None:
        assert self.run is not None
        state = self.run.feed(result)
        if state.prompt is not None and (state.prompt, state.index) != self.shown:
            self.shown = (state.prompt, state.index)
            events.append(LivenessEvent("prompt", seconds, prompt=state.prompt, index=state.index + 1,
                                        count=state.count, seconds=state.answer_seconds))
        if state.outcome is not None:
            self.done.set()

    @property
    def decided(self) -> bool:
        return self.no_face or (self.run is not None and self.run.check.outcome is not None)

    def stalled(self) -> bool:
        with self.lock:
            allowed = _STALL_SECONDS if self.frames_analysed else _FIRST_PICTURE_SECONDS
            return time.monotonic() - self.last_result_at > allowed


def run_liveness(
    source: FrameSource,
    challenge: Challenge = Challenge.BLINK_TURN,
    *,
    rng: random.Random | None = None,
    wait_seconds: float = DEFAULT_WAIT_SECONDS,
    steady_seconds: float = STEADY_FACE_SECONDS,
    drop_frames: bool = True,
    auto_capture_settings: AutoCaptureSettings | None = None,
    presentation_cue: PresentationCue | None = None,
    on_event: Callable[[LivenessEvent], None] | None = None,
    stop: threading.Event | None = None,
) -> LivenessFieldResult:
    """Run one check on `source` (closed on return). `rng` draws the prompts: `random.SystemRandom()` unless
    given (a seeded Random for tests and repeatable runs). `on_event` is called on the analysis thread.
    Ctrl+C (KeyboardInterrupt, caught here) or `stop` ends it as `cancelled`."""
    watcher = _Watcher(source=source, seconds=None, challenge=challenge, rng=rng or random.SystemRandom(),
                       wait_seconds=wait_seconds, steady_seconds=steady_seconds,
                       presentation_cue=presentation_cue, on_event=on_event)
    pipeline = watcher.pipeline(auto_capture_settings=auto_capture_settings, drop_frames=drop_frames)
    pipeline.start()
    interrupted = False
    try:
        interrupted = _wait(watcher, stop)
        if watcher.ended and not interrupted:
            _drain(pipeline, watcher)  # the last frames of a clip count
    finally:
        with watcher.lock:
            watcher.closing = True  # frames still in flight while the pipeline stops do not count
        pipeline.stop()
    return _result(watcher, pipeline, interrupted=interrupted)


def _wait(watcher: _Watcher, stop: threading.Event | None) -> bool:
    """Until the check decided, the source ended or stalled; True when `stop` was set or Ctrl+C pressed."""
    try:
        while not watcher.done.wait(_WAIT_STEP_SECONDS):
            if stop is not None and stop.is_set():
                return True
            if watcher.stalled():
                return False
    except KeyboardInterrupt:
        return True
    return False


def _drain(pipeline: QualityPipeline, watcher: _Watcher) -> None:
    deadline = time.monotonic() + _DRAIN_SECONDS
    while time.monotonic() < deadline:
        with watcher.lock:
            if watcher.decided:
                return
        stats = pipeline.stats
        if stats.frames_analysed + stats.frames_dropped >= stats.frames_read:
            return
        time.sleep(0.01)


def _result(watcher: _Watcher, pipeline: QualityPipeline, *, interrupted: bool) -> LivenessFieldResult:
    with watcher.lock:
        run = watcher.run
        decided = run is not None and run.check.outcome is not None
        outcome: LivenessOutcome | None = None
        if run is not None:
            # Undecided (Ctrl+C, or the source ended first): ended here, which keeps the prompts answered so far.
            outcome = run.cancel(watcher.last_timestamp or run.check.started_at)
        if decided or interrupted:
            reason = None  # the outcome's own
        elif watcher.no_face or (run is None and not watcher.face_seen):
            reason = NO_FACE
        else:
            reason = SOURCE_ENDED
        frames_read, last_time = pipeline.stats.frames_read, watcher.last_time
    if run is not None and run.needs_confirmation:
        outcome = run.confirm()  # the same-person check: one descriptor at each end, on this thread
    if outcome is not None:
        live, code, seconds = outcome.live and reason is None, reason or outcome.reason.value, outcome.seconds
    else:
        live, code, seconds = False, reason or CANCELLED, last_time
    return LivenessFieldResult(live=live, reason=code, time=seconds, challenge=watcher.challenge, outcome=outcome,
                               started_at=watcher.started_at, source_name=watcher.source.name,
                               frames_read=frames_read, frames_analysed=watcher.frames_analysed,
                               errors=tuple(watcher.errors))
