"""One liveness check on the live pipeline (issue 18): the station and `facestation liveness` both drive it.

`LivenessRun.feed(result)` takes each `PipelineResult` after the portrait was taken and passes its time,
landmarks and yaw to the Qt-free `LivenessCheck` (cheap: call it on any thread). When every prompt is answered
the run keeps the last frame, and `confirm()` (heavier: two descriptors and the passive cue; run it off the GUI
thread) checks what needs the pictures (`facestation.vision.liveness_confirm`): the outline of a print or a
phone around the face on the start frame (the captured portrait's), and the same person at the start and the
end.

Runs locally with no server: it works offline.
"""

from __future__ import annotations

import random
import threading

from facestation.station.core.camera.pipeline import PipelineResult
from facestation.vision.faces import BGRImage, Face
from facestation.vision.liveness_challenge import (
    Challenge,
    ChallengeLimits,
    LivenessCheck,
    LivenessOutcome,
    LivenessState,
)
from facestation.vision.liveness_confirm import (
    SAME_PERSON_DISTANCE,
    PresentationCue,
    confirm_live,
)

__all__ = ["SAME_PERSON_DISTANCE", "LivenessRun", "PresentationCue"]


class LivenessRun:
    """One check from `started_at`: the start frame is `start` (the captured frame and its face), or the first
    fed frame with a face when None."""

    def __init__(self, challenge: Challenge, *, started_at: float, rng: random.Random,
                 start: tuple[BGRImage, Face] | None = None, limits: ChallengeLimits | None = None,
                 same_person_distance: float = SAME_PERSON_DISTANCE,
                 presentation_cue: PresentationCue | None = None) -> None:
        self.check = LivenessCheck(challenge, started_at=started_at, rng=rng, limits=limits)
        self._start = start
        self._last: tuple[BGRImage, Face] | None = None
        self._same_person_distance = same_person_distance
        self._presentation_cue = presentation_cue
        self._lock = threading.Lock()
        self._confirmed: LivenessOutcome | None = None

    @property
    def challenge(self) -> Challenge:
        return self.check.challenge

    def feed(self, result: PipelineResult) -> LivenessState:
        """Pass one analysed frame on. Frames from before `started_at` are ignored by the check itself."""
        face = result.report.face
        yaw = result.report.measures.get("yaw") if face is not None else None
        t = result.frame.timestamp
        with self._lock:
            if face is not None and t >= self.check.started_at:
                if self._start is None:
                    self._start = (result.frame.image, face)
                if self.check.outcome is None:
                    self._last = (result.frame.image, face)
            return self.check.update(t, None if face is None else face.landmarks, yaw)

    def state(self, t: float) -> LivenessState:
        with self._lock:
            return self.check.state(t)

    def cancel(self, t: float) -> LivenessOutcome:
        with self._lock:
            return self.check.cancel(t)

    @property
    def needs_confirmation(self) -> bool:
        """Every prompt answered: `confirm()` gives the final outcome."""
        outcome = self.check.outcome
        return outcome is not None and outcome.live and self._confirmed is None

    def confirm(self) -> LivenessOutcome:
        """The final outcome: the check's, with the same-person and passive checks once it says live.
        Call it once the check has decided (`state(t).outcome` set); any thread."""
        with self._lock:
            outcome = self.check.outcome
            start, last = self._start, self._last
        if outcome is None:
            raise RuntimeError("LivenessRun.confirm() before the check decided")
        if self._confirmed is not None:
            return self._confirmed
        outcome = confirm_live(outcome, start, last, presentation_cue=self._presentation_cue,
                               same_person_distance=self._same_person_distance)
        self._confirmed = outcome
        return outcome
