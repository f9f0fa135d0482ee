"""What Verify's and Enrol's liveness gates share (issue 18): one `LivenessFlow` on the page's camera, the
prompt on the banner while it runs, the live picture during the prompts and the photo held again after, and
one activity-log entry per check. Each page says what a decision means for it (`_decided`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Slot

from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.core.liveness_settings import liveness_activity
from facestation.station.ui.camera.liveness_flow import LivenessFlow
from facestation.station.ui.widgets.guidance_banner import BannerState
from facestation.station.ui.widgets.liveness_prompt import checking_text
from facestation.vision.liveness_challenge import (
    Challenge,
    LivenessOutcome,
    LivenessState,
)

__all__ = ["PageLiveness"]


class PageLiveness(QObject):
    """`panel` has `ops`, `capture` (a CapturePanel) and `context`; `page` names it in the activity log."""

    page = ""

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        self.flow = LivenessFlow(panel.ops, panel.capture.bridge, self)
        self.flow.stateChanged.connect(self._show_state)
        self.flow.decided.connect(self._on_decided)
        self._challenge: Challenge | None = None
        self._capture: CaptureResult | None = None
        self._refusals = 0
        self.last_outcome: LivenessOutcome | None = None

    @property
    def checking(self) -> bool:
        """Prompts are up (or the answer is being confirmed)."""
        return self.flow.running

    @property
    def challenge(self) -> Challenge | None:
        """The check for the current photo (None: no check)."""
        return self._challenge

    def _start_check(self) -> None:
        """Prompts for the current photo: the person sees themselves live while answering."""
        assert self._challenge is not None and self._capture is not None
        self.flow.start(self._challenge, self._capture)
        self.panel.capture.view.show_live_while_captured()

    def _forget(self) -> None:
        self.flow.cancel()
        self._challenge = None
        self._capture = None
        self._refusals = 0

    @Slot(object)
    def _show_state(self, state: LivenessState) -> None:
        banner = self.panel.capture.banner
        if state.outcome is None:
            banner.show_liveness(state)
        else:
            banner.set_message(checking_text(), BannerState.CAPTURED, "")

    @Slot(object)
    def _on_decided(self, outcome: LivenessOutcome) -> None:
        challenge = self._challenge
        if challenge is None:
            return  # the photo went while the answer was being confirmed
        self.last_outcome = outcome
        if self._capture is not None:
            self.panel.capture.view.hold_capture(self._capture)  # the photo the answer is about, again
        self.panel.context.log_activity("liveness", details=liveness_activity(
            outcome, challenge, page=self.page, attempt=self._refusals + 1))
        self._decided(outcome)

    def _decided(self, outcome: LivenessOutcome) -> None:
        """What the page does with the outcome (logged already)."""
        raise NotImplementedError
