"""Live video: steady verdicts and one steady message from a stream of per-frame quality reports.

Single frames are noisy (landmark jitter moves yaw by 2-3°, auto-exposure hunts), so a raw verdict flickers.
`QualityTracker` smooths each check's score over the last frames, applies hysteresis (a check that passes
drops out only clearly past its limit), and shows a message only once its problem has persisted for a few
hundred milliseconds, one message at a time in the guidance priority order. Pure Python; timestamps are
passed in, so it runs the same on a camera, a video file or a test's frame list.
"""

from __future__ import annotations

import statistics
from collections import deque
from dataclasses import dataclass, field

from facestation.vision.guidance import ALL_GOOD_MESSAGE, Guidance
from facestation.vision.quality import CHECK_NAMES, QualityReport

PASS_SCORE = 50  # every check's score is 50 exactly at its limit (quality._score)


@dataclass(frozen=True)
class TrackerSettings:
    smoothing_frames: int = 5  # median over this many frames (docs/quality-checks.md)
    # A check that passes fails again only when its smoothed score drops this far below the limit's 50:
    # with the logistic scores that is roughly "10 % looser than the limit".
    hysteresis_points: int = 10
    persist_seconds: float = 0.4  # a problem must last this long before it is shown (300-500 ms)
    # A problem missing from one or two frames (a dropped detection) keeps its timer.
    gap_tolerance_seconds: float = 0.15


@dataclass(frozen=True)
class TrackedState:
    """What the overlay shows for the latest frame."""

    checks: dict[str, bool]
    guidance: Guidance | None  # None when nothing is shown or everything passes
    message: str
    all_passed: bool


@dataclass
class _Problem:
    first_seen: float
    last_seen: float


@dataclass
class QualityTracker:
    settings: TrackerSettings = field(default_factory=TrackerSettings)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget the history: a new person, a new camera, a retake."""
        self._scores = {name: deque(maxlen=self.settings.smoothing_frames) for name in CHECK_NAMES}
        self._passing = {name: False for name in CHECK_NAMES}
        self._problems: dict[Guidance, _Problem] = {}
        self._shown: Guidance | None = None

    def update(self, report: QualityReport, timestamp: float) -> TrackedState:
        checks = self._update_checks(report)
        self._update_problems(report, timestamp)
        all_passed = all(checks.values())
        persisted = [
            guidance
            for guidance, problem in self._problems.items()
            if problem.last_seen == timestamp
            and problem.last_seen - problem.first_seen >= self.settings.persist_seconds
        ]
        if persisted:
            self._shown = min(persisted, key=lambda guidance: guidance.priority)
        elif all_passed:
            self._shown = None
        elif self._shown is not None and self._shown not in self._problems:
            self._shown = None
        # Otherwise keep the message already on screen: a new problem is not yet confirmed, and blanking
        # the message in between would make it flash.
        message = self._shown.message if self._shown else (ALL_GOOD_MESSAGE if all_passed else "")
        return TrackedState(checks=checks, guidance=self._shown, message=message, all_passed=all_passed)

    def _update_checks(self, report: QualityReport) -> dict[str, bool]:
        for name in CHECK_NAMES:
            check = report.checks[name]
            history = self._scores[name]
            history.append(check.score if check.score is not None else (100 if check.passed else 0))
            smoothed = statistics.median(history)
            if self._passing[name]:
                self._passing[name] = smoothed >= PASS_SCORE - self.settings.hysteresis_points
            else:
                # Enter on the smoothed score *and* the frame itself, so a passing median over stale frames
                # cannot turn a check green while the current frame fails it.
                self._passing[name] = smoothed >= PASS_SCORE and check.passed
        if report.face is None:
            # No face: nothing can pass, whatever the history says.
            self._passing = {name: False for name in CHECK_NAMES}
        return dict(self._passing)

    def _update_problems(self, report: QualityReport, timestamp: float) -> None:
        for issue in report.issues:
            problem = self._problems.get(issue.guidance)
            if problem is None or timestamp - problem.last_seen > self.settings.gap_tolerance_seconds:
                self._problems[issue.guidance] = _Problem(first_seen=timestamp, last_seen=timestamp)
            else:
                problem.last_seen = timestamp
        stale = [
            guidance
            for guidance, problem in self._problems.items()
            if timestamp - problem.last_seen > self.settings.gap_tolerance_seconds
        ]
        for guidance in stale:
            del self._problems[guidance]
