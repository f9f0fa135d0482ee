"""Enrol's liveness gate (issue 18; off unless Settings → Liveness turns it on for Enrol): after the photo is
taken, the person answers the prompts on the banner, and Enrol is enabled only once the check says a live person.

* live: the banner says "Live person: confirmed" and Enrol works as before;
* refused the first time: "Could not confirm a live person: try again", why, and a "Try again" button beside it
  (a new check with new random prompts on the same photo; the person is still at the camera);
* refused again: the operator decides: Enrol is enabled with a warning to check the person themselves; in kiosk
  mode Enrol stays off (retake the photo to start again).

Each check is one activity-log entry (codes and times, no image, no name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QPushButton

from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.core.liveness_settings import (
    AfterRefusal,
    after_refusal,
    enrol_challenge,
)
from facestation.station.ui.camera.page_liveness import PageLiveness
from facestation.station.ui.kit import show_message
from facestation.station.ui.widgets.guidance_banner import BannerState
from facestation.station.ui.widgets.liveness_prompt import confirmed_text, reason_text
from facestation.vision.liveness_challenge import LivenessOutcome

if TYPE_CHECKING:
    from facestation.station.ui.panels.enrol.panel import EnrolPanel

__all__ = ["EnrolLiveness"]


class EnrolLiveness(PageLiveness):
    """The check for the photo on the Enrol page. `begin(capture)` after each photo, `cancel()` when it goes;
    `allows_enrol` says whether Enrol may be pressed. `retry_button` sits beside the page's photo message."""

    page = "enrol"

    def __init__(self, panel: EnrolPanel) -> None:
        super().__init__(panel)
        self.retry_button = QPushButton(panel)
        self.retry_button.setObjectName("livenessRetryButton")
        self.retry_button.setMinimumHeight(48)
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        self._allowed = True
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.retry_button.setText(QCoreApplication.translate("EnrolPanel", "Tr&y again"))

    @property
    def allows_enrol(self) -> bool:
        """No check for this photo, a live person, or the operator's call after two refusals."""
        return self._allowed

    def begin(self, capture: CaptureResult) -> None:
        self.cancel()
        self._challenge = enrol_challenge(self.panel.context.config)
        if self._challenge is None:
            return
        self._capture = capture
        self._allowed = False
        self._start_check()

    def cancel(self) -> None:
        if self._challenge is not None:
            show_message(self.panel.photo_problem, "")  # why the last check failed: it was about this photo
        self._forget()
        self._allowed = True
        self.retry_button.hide()

    @Slot()
    def retry(self) -> None:
        if self._challenge is None or self._capture is None:
            return
        self.retry_button.hide()
        show_message(self.panel.photo_problem, "")
        self._start_check()
        self.panel.capture.setFocus()

    def _decided(self, outcome: LivenessOutcome) -> None:
        banner = self.panel.capture.banner
        if outcome.live:
            self._allowed = True
            banner.set_message(confirmed_text(), BannerState.CAPTURED)
            self.panel._update_state()
            return
        self._refusals += 1
        step = after_refusal(self._refusals, kiosk=self.panel.context.config.kiosk)
        reason = reason_text(outcome.reason)
        if step is AfterRefusal.RETRY:
            banner.show_problem(QCoreApplication.translate("EnrolPanel",
                                                           "Could not confirm a live person: try again"))
            show_message(self.panel.photo_problem, reason)
            self.retry_button.show()
            self.retry_button.setFocus()
        elif step is AfterRefusal.OPERATOR:
            self._allowed = True
            banner.show_problem(QCoreApplication.translate("EnrolPanel", "Live person not confirmed"))
            show_message(self.panel.photo_problem, QCoreApplication.translate(
                "EnrolPanel", "{0} Enrol only if you have checked the person yourself.").format(reason))
        else:
            banner.show_problem(QCoreApplication.translate("EnrolPanel", "Could not confirm a live person"))
            show_message(self.panel.photo_problem, QCoreApplication.translate(
                "EnrolPanel", "{0} Retake the photo to start again.").format(reason))
        self.panel._update_state()
