"""Verify's liveness gate (issue 18): after the photo is taken, the person answers the prompts on the banner while
the verification request runs in parallel; its answer is shown only once the check says a live person.

* live: the result shows with "Live person: confirmed";
* refused the first time: the card says "Could not confirm a live person: try again" with a "Try again" button,
  and no match result. Try again starts a new check with new random prompts on the same photo (the person is
  still at the camera; the photo and the verification answer stay valid, so nothing is taken or asked again);
* refused again: the operator decides: the result shows marked "Live person not confirmed" and a match needs
  their Confirm or Reject (the review flow); in kiosk mode, where nobody may be watching, the station refuses.

Each check is one activity-log entry (codes and times, no image, no name: `core.liveness_settings`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.core.liveness_settings import (
    AfterRefusal,
    after_refusal,
    verify_challenge,
)
from facestation.station.ui.camera.page_liveness import PageLiveness
from facestation.station.ui.images import bgr_to_qpixmap
from facestation.station.ui.panels.verify.texts import liveness_step_text
from facestation.station.ui.widgets.guidance_banner import BannerState
from facestation.station.ui.widgets.liveness_prompt import confirmed_text
from facestation.station.ui.widgets.result_card import LivenessMark
from facestation.vision.liveness_challenge import LivenessOutcome

if TYPE_CHECKING:
    from facestation.station.ui.panels.verify.panel import VerifyPanel

__all__ = ["VerifyLiveness"]

ShowResult = Callable[[LivenessMark | None], None]


class VerifyLiveness(PageLiveness):
    """The check for the photo on the page. `begin(capture)` after each photo; `deliver(show)` when the
    verification answered (`show(mark)` runs now or once the check allows it); `cancel()` when the photo goes."""

    page = "verify"

    def __init__(self, panel: VerifyPanel) -> None:
        super().__init__(panel)
        panel.card.livenessRetryRequested.connect(self.retry)
        self._mark: LivenessMark | None = None  # set once the result may be shown
        self._refused = False  # kiosk mode refused: no result is shown for this photo
        self._pending: ShowResult | None = None

    def step_text(self) -> str | None:
        """The page's next-step line while the check has something to say (None: the page's own line)."""
        card = self.panel.card
        if card.liveness_refused and self.panel.showing_result:
            return liveness_step_text(refused=True, retry=card.liveness_retry_button.isVisibleTo(card))
        if self.checking and not self.panel.showing_result and not self.panel.offline:
            return liveness_step_text(refused=False, retry=False)
        return None

    def begin(self, capture: CaptureResult) -> None:
        """A new photo of the person: start the check Settings → Liveness asks for (none by default outside
        kiosk mode)."""
        self.cancel()
        self._challenge = verify_challenge(self.panel.context.config)
        if self._challenge is None:
            return
        self._capture = capture
        self._start_check()
        self.panel._update_next_step()

    def deliver(self, show: ShowResult) -> None:
        """The verification answered: `show` it now (no check, or already live), or once the check allows."""
        if self._challenge is None:
            show(None)
            return
        self._pending = show
        self._release()

    def cancel(self) -> None:
        """The photo is gone (retake, next person, page left): forget the check and any held answer."""
        self._forget()
        self._mark = None
        self._refused = False
        self._pending = None

    @Slot()
    def retry(self) -> None:
        """"Try again" on the card: new prompts, same photo."""
        if self._challenge is None or self._capture is None or self._mark is not None or self._refused:
            return
        panel = self.panel
        panel.card.clear()
        panel.main_stack.setCurrentWidget(panel.capture)
        self._start_check()
        panel.capture.setFocus()
        panel._update_next_step()

    # -- the check's outcome -----------------------------------------------------------------------------------

    def _decided(self, outcome: LivenessOutcome) -> None:
        self.panel._update_next_step()
        if outcome.live:
            self._mark = LivenessMark.CONFIRMED
            self.panel.capture.banner.set_message(confirmed_text(), BannerState.CAPTURED)
            self._release()
            return
        self._refusals += 1
        step = after_refusal(self._refusals, kiosk=self.panel.context.config.kiosk)
        if step is AfterRefusal.OPERATOR:
            self._mark = LivenessMark.NOT_CONFIRMED
            self._release()
            return
        self._refused = step is AfterRefusal.REFUSE
        self._pending = None if self._refused else self._pending
        probe = bgr_to_qpixmap(self._capture.portrait) if self._capture is not None else None
        card = self.panel.card
        card.show_liveness_refused(outcome.reason, retry=step is AfterRefusal.RETRY, probe=probe)
        self.panel.main_stack.setCurrentWidget(card)
        (card.liveness_retry_button if step is AfterRefusal.RETRY else card.next_button).setFocus()
        self.panel.capture.banner.clear()
        self.panel._update_next_step()

    def _release(self) -> None:
        if self._pending is not None and self._mark is not None:
            show, self._pending = self._pending, None
            show(self._mark)
