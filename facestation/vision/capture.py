"""Auto-capture: once every check passes for N consecutive frames while the head is still, take the best frame.

Pure Python over (frame, report, timestamp) triples, like the tracker. The station feeds it every analysed
frame, shows `progress` as a countdown, and gets a `Capture` back exactly once per attempt; `reset()` starts a
new attempt (retake, next person).
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from facestation.vision.faces import BGRImage
from facestation.vision.quality import QualityReport


@dataclass(frozen=True)
class AutoCaptureSettings:
    """When a run of passing frames counts as a person holding still.

    Stillness is judged over the whole run, on quantities that landmark jitter barely moves: the eye midpoint
    (the mean of four eye corners), the inter-eye distance, and the fitted yaw and pitch, each compared as the
    median of the run's first frames against the median of its last ones. Frame-to-frame landmark motion is
    not used: dlib's own jitter on a still face with glasses is 3 % of the inter-eye distance per frame (median;
    the old 2 % limit never let such a person be captured), while a person who walks, steps aside or turns moves
    these medians steadily. Measured on the still segments of the walk-up clips (benchmarks/README.md, "Data
    sets"; live analysis at 15 Hz): eye-midpoint steps 0.7-1.4 % of the inter-eye distance (median; p90 3.6 %,
    max 6.8 %), yaw steps under 0.25° (p90), inter-eye distance ±1.4 % (std).
    """

    # docs/quality-checks.md, auto-capture: N = 8 at ~15 fps analysis, about half a second of passing frames. Both
    # count: at least this many frames, spanning at least this long, so the drift limits below mean the same speed
    # whatever the analysis rate (with face tracking the station analyses up to 30 frames a second, where 8 frames
    # are a quarter of a second and let a person still slowing down at 0.5 inter-eye distances a second through:
    # measured with benchmarks/capture_bench.py).
    frames_required: int = 8
    min_still_seconds: float = 0.45
    # Between the median of the run's first frames and of its last ones: the eye midpoint may drift this
    # far (in inter-eye distances; a person swaying and breathing: under 0.05), ...
    max_drift: float = 0.15
    # ...the inter-eye distance change by this share (stepping closer or back), ...
    max_scale_change: float = 0.08
    # ...and yaw / pitch turn by this much (degrees; a head turning at a normal 30°/s moves 15° in half a second).
    max_turn: float = 3.0
    # The median frame-to-frame step of the eye midpoint (inter-eye distances): a head that shakes back and
    # forth has no drift but steps at every frame; jitter steps median 0.6-1.4 %.
    max_median_step: float = 0.06
    # The run's "first" and "last" medians are over the frames of its first and last this many seconds (at
    # least one frame, at most half the run).
    ends_seconds: float = 0.15


@dataclass(frozen=True)
class Capture:
    """The chosen frame of a passing window, with its report."""

    frame: BGRImage
    report: QualityReport
    timestamp: float


@dataclass(frozen=True)
class _Candidate:
    frame: BGRImage
    report: QualityReport
    timestamp: float


@dataclass
class AutoCapture:
    settings: AutoCaptureSettings = field(default_factory=AutoCaptureSettings)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._window: deque[_Candidate] = deque()
        self._captured: Capture | None = None

    @property
    def progress(self) -> float:
        """0 to 1: how far the passing window is towards a capture (for a countdown ring)."""
        if self._captured is not None:
            return 1.0
        limits = self.settings
        progress = min(1.0, len(self._window) / limits.frames_required)
        if limits.min_still_seconds > 0:
            progress = min(progress, self._span() / limits.min_still_seconds)
        return progress

    def _span(self) -> float:
        return self._window[-1].timestamp - self._window[0].timestamp if self._window else 0.0

    @property
    def captured(self) -> Capture | None:
        return self._captured

    def update(self, frame: BGRImage, report: QualityReport, timestamp: float) -> Capture | None:
        """Feed one analysed frame. Returns the capture on the frame that completes a window, else None."""
        if self._captured is not None:
            return None
        if not report.passed or report.face is None:
            self._window.clear()
            return None
        # Keep a copy: camera sources reuse their buffers.
        self._window.append(_Candidate(np.array(frame, copy=True), report, timestamp))
        # A run that is not still loses its oldest frames until what is left is: the countdown restarts from
        # the moment the person stopped moving, not from the next frame.
        while len(self._window) > 1 and not self._is_still(list(self._window)):
            self._window.popleft()
        if len(self._window) < self.settings.frames_required or self._span() < self.settings.min_still_seconds:
            return None
        best = max(self._window, key=lambda candidate: (candidate.report.score,
                                                       candidate.report.measures.get("sharpness", 0.0)))
        self._captured = Capture(best.frame, best.report, best.timestamp)
        return self._captured

    def _is_still(self, window: list[_Candidate]) -> bool:
        limits = self.settings
        track = np.array([_pose_track(candidate.report) for candidate in window])  # x, y, ied, yaw, pitch
        eye_distance = float(np.median(track[:, 2]))
        steps = np.hypot(np.diff(track[:, 0]), np.diff(track[:, 1])) / eye_distance
        if float(np.median(steps)) > limits.max_median_step:
            return False
        times = np.array([candidate.timestamp for candidate in window])
        half = max(1, len(window) // 2)
        head = min(half, max(1, int(np.sum(times <= times[0] + limits.ends_seconds))))
        tail = min(half, max(1, int(np.sum(times >= times[-1] - limits.ends_seconds))))
        first, last = np.median(track[:head], axis=0), np.median(track[-tail:], axis=0)
        drift = math.hypot(last[0] - first[0], last[1] - first[1]) / eye_distance
        return (
            drift <= limits.max_drift
            and abs(last[2] / first[2] - 1) <= limits.max_scale_change
            and abs(last[3] - first[3]) <= limits.max_turn
            and abs(last[4] - first[4]) <= limits.max_turn
        )


def _pose_track(report: QualityReport) -> tuple[float, float, float, float, float]:
    """What stillness is judged on: eye midpoint, inter-eye distance, yaw and pitch."""
    assert report.face is not None
    x, y = report.face.eye_midpoint
    measures = report.measures
    return (x, y, report.face.inter_eye_distance, measures.get("yaw", 0.0), measures.get("pitch", 0.0))


__all__ = ["AutoCapture", "AutoCaptureSettings", "Capture"]
