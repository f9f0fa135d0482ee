"""Auto-capture: once every check passes for N consecutive frames while the head is still, take the best frame.

Pure Python over (frame, report, timestamp) triples, like the tracker. The station feeds it every analysed
frame, shows `progress` as a countdown, and gets a `Capture` back exactly once per attempt; `reset()` starts a
new attempt (retake, next person).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np

from facestation.vision.faces import BGRImage, Face
from facestation.vision.quality import QualityReport


@dataclass(frozen=True)
class AutoCaptureSettings:
    # icao-qa.md §4.5: N = 8 at ~15 fps analysis (about half a second of passing frames).
    frames_required: int = 8
    # Still head: mean landmark movement under 2 % of the inter-eye distance per frame (icao-qa.md §4.5)...
    max_landmark_motion: float = 0.02
    # ...and pose steady. The reference says 1°; single-frame landmark jitter alone moves our yaw and pitch
    # by 1-2° on a still head (measured on the still segment of shared/datasets/camera/walk-up-*.mp4), so
    # 1° would never fire there.
    max_angle_change: float = 3.0


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
        self._window: deque[_Candidate] = deque(maxlen=self.settings.frames_required)
        self._captured: Capture | None = None

    @property
    def progress(self) -> float:
        """0 to 1: how far the passing window is towards a capture (for a countdown ring)."""
        if self._captured is not None:
            return 1.0
        return len(self._window) / self.settings.frames_required

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
        if self._window and not self._is_still(self._window[-1].report, report):
            self._window.clear()
        # Keep a copy: camera sources reuse their buffers.
        self._window.append(_Candidate(np.array(frame, copy=True), report, timestamp))
        if len(self._window) < self.settings.frames_required:
            return None
        best = max(self._window, key=lambda candidate: (candidate.report.score,
                                                       candidate.report.measures.get("sharpness", 0.0)))
        self._captured = Capture(best.frame, best.report, best.timestamp)
        return self._captured

    def _is_still(self, previous: QualityReport, current: QualityReport) -> bool:
        assert previous.face is not None and current.face is not None
        if _landmark_motion(previous.face, current.face) > self.settings.max_landmark_motion:
            return False
        limit = self.settings.max_angle_change
        return all(
            abs(current.measures.get(angle, 0.0) - previous.measures.get(angle, 0.0)) <= limit
            for angle in ("yaw", "pitch")
        )


def _landmark_motion(previous: Face, current: Face) -> float:
    """Mean landmark displacement between two frames, in inter-eye distances."""
    displacement = np.linalg.norm(current.landmarks - previous.landmarks, axis=1).mean()
    return float(displacement / max(current.inter_eye_distance, 1e-9))


__all__ = ["AutoCapture", "AutoCaptureSettings", "Capture"]
