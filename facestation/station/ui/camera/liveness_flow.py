"""One liveness check on the live camera, for a page that just took a photo (issue 18): Verify and Enrol share it.

`LivenessFlow.start(challenge, capture)` makes a `LivenessRun` whose start frame is the captured portrait's
frame and whose prompts come from `random.SystemRandom()` (unpredictable; tests pass a seeded factory). Every
analysed frame the pipeline bridge delivers after that (`PipelineBridge.resultReady`, on the GUI thread) is fed
to it: that is cheap. `stateChanged(LivenessState)` follows each frame and a 4 Hz tick (the countdown keeps
moving when frames are slow). Once the check has decided, the same-person descriptor check (`confirm()`,
~60 ms) runs in the station's one background helper (`Operations.run_blocking`), and `decided(LivenessOutcome)`
gives the final outcome on the GUI thread.

The passive cue (`facestation.vision.presentation_cues`: the outline of a print or a phone around the face)
is looked at on the start frame once the prompts are answered, as `facestation liveness` does.

Frames analysed before the check started are dropped (the person had not seen a prompt yet). When frames stop
coming (a camera unplugged, the analysis stalled), the tick ends the check as the core would without a face.
Runs locally with no server: it works offline.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from facestation.station.core.camera.liveness_run import LivenessRun, PresentationCue
from facestation.station.core.camera.pipeline import CaptureResult, PipelineResult
from facestation.station.ui.camera.pipeline_bridge import PipelineBridge
from facestation.station.ui.ops import LatestRequest, Operations, Problem
from facestation.vision.liveness_challenge import (
    Challenge,
    LivenessOutcome,
    LivenessState,
    Reason,
)
from facestation.vision.presentation_cues import presentation_cue

__all__ = ["LivenessFlow"]

logger = logging.getLogger(__name__)

_TICK_MS = 250
_STALL_SECONDS = 1.0  # no analysed frame for this long after the time ran out: decide without one


class LivenessFlow(QObject):
    """Runs one check at a time on `bridge`'s results. `clock` is the frames' clock (`time.monotonic`, as the
    frame sources stamp them); `rng_factory` makes each check's prompt order."""

    stateChanged = Signal(object)  # LivenessState
    decided = Signal(object)  # LivenessOutcome, after the same-person check

    def __init__(self, ops: Operations, bridge: PipelineBridge, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic,
                 rng_factory: Callable[[], random.Random] = random.SystemRandom,
                 presentation_cue: PresentationCue | None = presentation_cue) -> None:
        super().__init__(parent)
        self.clock = clock
        self.rng_factory = rng_factory
        self._presentation_cue = presentation_cue
        self._run: LivenessRun | None = None
        self._last_fed = 0.0
        self._confirming = LatestRequest(ops)
        self._tick = QTimer(self)
        self._tick.setInterval(_TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        bridge.resultReady.connect(self.feed)

    @property
    def running(self) -> bool:
        """A check is on: prompts up, or its answer being confirmed."""
        return self._run is not None

    @property
    def challenge(self) -> Challenge | None:
        return self._run.challenge if self._run is not None else None

    @property
    def started_at(self) -> float | None:
        """When the running check's first prompt came up, on `clock` (None: no check running)."""
        return self._run.check.started_at if self._run is not None else None

    def current_state(self) -> LivenessState | None:
        """The running check's state now (None: no check running)."""
        return self._run.state(self.clock()) if self._run is not None else None

    def start(self, challenge: Challenge, capture: CaptureResult) -> None:
        """A new check (any running one is dropped), its start frame the captured portrait's."""
        self.cancel()
        face = capture.report.face
        now = self.clock()
        self._run = LivenessRun(challenge, started_at=now, rng=self.rng_factory(),
                                start=(capture.image, face) if face is not None else None,
                                presentation_cue=self._presentation_cue)
        self._last_fed = now
        self._tick.start()
        self.stateChanged.emit(self._run.state(now))

    def cancel(self) -> None:
        """Drop the running check (nothing is emitted for it any more)."""
        self._run = None
        self._tick.stop()
        self._confirming.cancel()

    @Slot(object)
    def feed(self, result: PipelineResult) -> None:
        run = self._run
        if run is None or run.check.outcome is not None:
            return
        if result.frame.timestamp < run.check.started_at:
            return  # analysed before the first prompt was up
        self._last_fed = self.clock()
        self._show(run.feed(result))

    @Slot()
    def tick(self) -> None:
        """The countdown moves on (every 250 ms by itself; the screenshots call it after setting the clock)."""
        self._on_tick()

    @Slot()
    def _on_tick(self) -> None:
        run = self._run
        if run is None or run.check.outcome is not None:
            return
        now = self.clock()
        state = run.state(now)
        if state.seconds_left <= 0 and now - self._last_fed > _STALL_SECONDS:
            # No frames came: the core decides as it does for frames without a face (face lost or timed out).
            state = run.check.update(now, None, None)
        self._show(state)

    def _show(self, state: LivenessState) -> None:
        self.stateChanged.emit(state)
        if state.outcome is not None:
            self._tick.stop()
            self._finish()

    def _finish(self) -> None:
        run = self._run
        assert run is not None
        if not run.needs_confirmation:
            self._decide(run, run.confirm())  # refused: nothing heavy to check
            return
        self._confirming.run_blocking(run.confirm, on_success=lambda outcome: self._decide(run, outcome),
                                      on_error=lambda problem: self._confirm_failed(run, problem))

    def _confirm_failed(self, run: LivenessRun, problem: Problem) -> None:
        logger.warning("Liveness: the same-person check failed (%s); the check counts as not passed", problem.text)
        outcome = run.check.outcome
        assert outcome is not None
        self._decide(run, replace(outcome, live=False, reason=Reason.CANCELLED))

    def _decide(self, run: LivenessRun, outcome: LivenessOutcome) -> None:
        if run is not self._run:
            return
        self._run = None
        self.decided.emit(outcome)
