"""The Verify page: is the person at the desk who they say they are?

Three ways to ask, chosen at the top: against a person (their number, typed or scanned, looks them up so the
operator sees who is expected), against a photo (a reference image such as the photo on an ID document, from a
file or the camera) and against a list (1:N: who on the list is this?). The camera takes the photo of the person
by itself; once both the photo and what to compare it with are there, the check starts by itself and the answer
appears on a `ResultCard`, which clears itself after a while and gets ready for the next person.

A check is a live decision: it is never queued. While the station is offline (`context.online` False, the
station's `onlineChanged(False)`, or a check that failed because the service could not be reached) the page says
so in a line of its own and starts no check; once `onlineChanged(True)` comes (or the operator presses "Try
again") it goes on by itself. Every result and every review decision is written to the activity log: mode,
result code, rounded confidence, the record's identifier; a review's reason as typed (at most 200 characters).

What a check compares, how it asks, what a failure means and what is logged: `core.verification`; the rows
that say what to compare with: `targets`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facestation.api import FaceList, FaceRecord, IdentifyResult, errors
from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.core.outbox import is_offline_error
from facestation.station.core.verification import (
    Activity,
    Failure,
    PageFacts,
    ReferencePhoto,
    VerifyJob,
    VerifyMode,
    VerifyTargets,
    failure_of,
    next_step,
    prepare_reference,
    review_activity,
)
from facestation.station.ui.context import StationContext
from facestation.station.ui.images import bgr_to_qpixmap
from facestation.station.ui.kit import mark_invalid, role_label, show_message
from facestation.station.ui.ops import LatestRequest, Problem
from facestation.station.ui.panels.base import Panel
from facestation.station.ui.panels.verify.liveness import VerifyLiveness
from facestation.station.ui.panels.verify.targets import (
    ListRow,
    ModeSwitch,
    PersonRow,
    PhotoRow,
)
from facestation.station.ui.panels.verify.texts import next_step_text, offline_text
from facestation.station.ui.widgets.capture_panel import CapturePanel
from facestation.station.ui.widgets.result_card import LivenessMark, ResultCard

__all__ = ["VerifyPanel"]

logger = logging.getLogger(__name__)


class VerifyPanel(Panel):
    """The Verify page. `reviewDecided(dict)` repeats the result card's review decisions (decision, reason,
    mode, record identifier, confidence, time) for the audit."""

    reviewDecided = Signal(dict)

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("VerifyPanel")
        self.targets = VerifyTargets()
        self._active = False
        self._has_camera = False
        self._reference_pixmap: QPixmap | None = None
        self._probe: CaptureResult | None = None
        self._check = LatestRequest(self.ops)
        self._lookup = LatestRequest(self.ops)
        self._reading_reference = LatestRequest(self.ops)
        self._loading_lists = LatestRequest(self.ops)
        self._cancelled = False
        self._offline = not context.online  # no check starts while the service cannot be reached

        layout = self.page_layout()
        layout.setSpacing(10)

        # -- the three modes, as one segmented control ----------------------------------------------------
        self.mode_switch = ModeSwitch(self)
        self.mode_switch.modeChosen.connect(self.set_mode)
        self.mode_buttons = self.mode_switch.buttons

        # -- what to compare with: one row per mode --------------------------------------------------------
        self.person_row = PersonRow(self)
        self.number_label = self.person_row.number_label
        self.number_field = self.person_row.number_field
        self.number_field.returnPressed.connect(self.look_up)  # a barcode scanner types the number and Enter
        self.number_field.textEdited.connect(self._number_edited)
        # Room for a whole member number (at 1024x768 it showed "906" of "M-1906"), its clear button and padding.
        self.number_field.setMinimumWidth(self.number_field.fontMetrics().horizontalAdvance("M-0000000000") + 70)
        self.lookup_button = self.person_row.lookup_button
        self.lookup_button.clicked.connect(self.look_up)
        self.number_error = self.person_row.number_error
        self.expected_photo = self.person_row.expected_photo
        self.expected_name = self.person_row.expected_name
        self.expected_detail = self.person_row.expected_detail
        self.photo_row = PhotoRow(self)
        self.photo_row.fileChosen.connect(self.load_reference)
        self.choose_reference_button = self.photo_row.choose_reference_button
        self.choose_reference_button.clicked.connect(self.choose_reference_file)
        self.camera_reference_button = self.photo_row.camera_reference_button
        self.camera_reference_button.clicked.connect(self.take_reference_with_camera)
        self.reference_photo = self.photo_row.reference_photo
        self.reference_status = self.photo_row.reference_status
        self.reference_error = self.photo_row.reference_error
        self.list_row = ListRow(self)
        self.list_label = self.list_row.list_label
        self.list_combo = self.list_row.list_combo
        self.list_combo.currentIndexChanged.connect(self._list_chosen)
        self.lists_hint = self.list_row.lists_hint
        self.lists_error = self.list_row.lists_error
        self.target_stack = QStackedWidget(self)
        self.target_stack.setObjectName("targetStack")
        for row in (self.person_row, self.photo_row, self.list_row):
            self.target_stack.addWidget(row)
        self.target_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        # -- what to do next, and what went wrong ----------------------------------------------------------
        self.next_step = QLabel(self)
        self.next_step.setObjectName("nextStep")
        self.next_step.setWordWrap(True)
        self.error_label = role_label("error", self)
        self.error_label.setObjectName("verifyError")
        self.error_label.hide()
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setMinimumHeight(48)
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.try_again)
        self.retry_button.hide()
        self.offline_label = role_label("warning", self)
        self.offline_label.setObjectName("verifyOfflineNote")
        self.offline_label.hide()
        error_row = QHBoxLayout()
        offline_and_error = QVBoxLayout()
        offline_and_error.setSpacing(2)
        offline_and_error.addWidget(self.offline_label)
        offline_and_error.addWidget(self.error_label)
        error_row.addLayout(offline_and_error, 1)
        error_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)

        # -- the camera, or the answer ------------------------------------------------------------------------
        self.capture = CapturePanel(self)
        self.capture.layout().setContentsMargins(0, 4, 0, 0)
        # A check needs a clear face, not a passport photo: the guidance banner says what to fix, and without
        # the eight-line checklist the page fits a 1280x800 screen.
        self.capture.checklist.hide()
        self.capture.portraitCaptured.connect(self._on_portrait_captured)
        self.capture.portraitCleared.connect(self._on_portrait_cleared)
        self.capture.bridge.sourceChanged.connect(lambda _source: self._update_next_step())
        self.card = ResultCard(self, clear_seconds=self.context.config.result_clear_seconds)
        self.card.reviewDecided.connect(self.reviewDecided)
        self.card.reviewDecided.connect(self._log_review)
        self.card.reviewDecided.connect(lambda _decision: self._update_next_step())
        self.card.dismissed.connect(self._next_person)
        self.liveness = VerifyLiveness(self)  # the prompts after the photo; the result waits for a live person
        # Tones (Settings → Accessibility): the result, and the guidance while the person gets ready. The
        # banner's "photo taken" has none here: the result follows it at once.
        self.card.announced.connect(context.sounds.play_cue)
        self.capture.banner.announced.connect(
            lambda text, cue: cue == "guidance" and context.sounds.play_cue(text, cue))
        self.main_stack = QStackedWidget(self)
        self.main_stack.setObjectName("mainStack")
        self.main_stack.addWidget(self.capture)
        self.main_stack.addWidget(self.card)

        layout.addWidget(self.mode_switch)
        layout.addWidget(self.target_stack)
        layout.addWidget(self.next_step)
        layout.addLayout(error_row)
        layout.addWidget(self.main_stack, 1)

        QWidget.setTabOrder(self.mode_buttons[VerifyMode.PERSON], self.mode_buttons[VerifyMode.PHOTO])
        QWidget.setTabOrder(self.mode_buttons[VerifyMode.PHOTO], self.mode_buttons[VerifyMode.LIST])
        QWidget.setTabOrder(self.mode_buttons[VerifyMode.LIST], self.number_field)
        QWidget.setTabOrder(self.number_field, self.lookup_button)
        QWidget.setTabOrder(self.lookup_button, self.choose_reference_button)
        QWidget.setTabOrder(self.choose_reference_button, self.camera_reference_button)
        QWidget.setTabOrder(self.camera_reference_button, self.list_combo)
        QWidget.setTabOrder(self.list_combo, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.capture)

        # The sizes of the segmented control, fields and labels come from the theme (the VerifyPanel rules).
        context.events.onlineChanged.connect(self._online_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.mode_switch.retranslate_ui()
        self.retry_button.setText(self.tr("Tr&y again"))
        self._show_offline()
        self.setAccessibleName(self.tr("Verify a person"))
        self.capture.retranslate_ui()
        self.card.retranslate_ui()
        self.person_row.retranslate_ui()
        self.photo_row.retranslate_ui()
        self.list_row.retranslate_ui()
        self._fill_list_combo()
        self._update_next_step()

    # -- state (for the main window and tests) -------------------------------------------------------------

    @property
    def mode(self) -> VerifyMode:
        return self.targets.mode

    @property
    def expected_person(self) -> FaceRecord | None:
        """The person looked up by number (Against a person)."""
        return self.targets.expected

    @property
    def reference(self) -> ReferencePhoto | None:
        return self.targets.reference

    @property
    def awaiting_reference(self) -> bool:
        """The next photo the camera takes becomes the reference photo."""
        return self.targets.awaiting_reference

    @property
    def probe(self) -> CaptureResult | None:
        """The photo of the person just taken, until a retake."""
        return self._probe

    @property
    def lists(self) -> list[FaceList]:
        return list(self.targets.lists)

    @property
    def lists_loaded(self) -> bool:
        return self.targets.lists_loaded

    @property
    def offline(self) -> bool:
        """The service cannot be reached: the page says so and starts no check."""
        return self._offline

    @property
    def verifying(self) -> bool:
        """A check is on its way (a cancelled one until it has finished)."""
        handle = self._check.handle
        return handle is not None and not handle.done

    @property
    def has_check(self) -> bool:
        """A check was started for the photo and target on the page (running or answered; False once dropped)."""
        return self._check.handle is not None

    @property
    def showing_result(self) -> bool:
        return self.main_stack.currentWidget() is self.card

    @property
    def file_dialog(self) -> QFileDialog | None:
        """The open "Choose photo file" dialog, if any."""
        return self.photo_row.file_dialog

    def target_ready(self) -> bool:
        """Whether there is something to compare the photo with in the current mode."""
        return self.targets.ready(self.list_row.chosen)

    # -- hooks -----------------------------------------------------------------------------------------------

    def activate(self) -> None:
        self._active = True
        self._start_camera()
        self.load_lists()
        if self.mode is VerifyMode.PERSON and not self.showing_result:
            self.number_field.setFocus()

    def deactivate(self) -> None:
        # A result on the card stays (it clears itself on its countdown; a pending review waits for its
        # decision); the camera goes to whichever page is shown next.
        self._active = False
        self._stop_verification()
        self.liveness.cancel()
        self._lookup.cancel()
        self._close_file_dialog()
        self.capture.stop()
        self._update_next_step()

    def set_narrow(self, narrow: bool) -> None:
        self.card.set_narrow(narrow)
        self.capture.set_narrow(narrow)

    def clear_personal_data(self) -> None:
        self._stop_verification()
        self.liveness.cancel()
        self._lookup.cancel()
        self._reading_reference.cancel()
        self._close_file_dialog()
        self.card.clear()
        self.main_stack.setCurrentWidget(self.capture)
        self.number_field.clear()
        self._set_expected(None)
        show_message(self.number_error, "")
        mark_invalid(self.number_field, False)
        self._set_reference(None)
        self.targets.awaiting_reference = False
        show_message(self.reference_error, "")
        self._hide_error()
        # The camera picture and the photo taken are personal too: stop, and start afresh if still shown.
        self.capture.stop()
        self._probe = None
        if self._active:
            self._start_camera()
        self._update_next_step()

    def _start_camera(self) -> None:
        self._has_camera = self.start_camera(self.capture)
        self._update_next_step()

    # -- modes -----------------------------------------------------------------------------------------------

    @Slot()
    def set_mode(self, mode: VerifyMode | str) -> None:
        """Choose what to compare with; a result on screen goes (it answered another question)."""
        mode = VerifyMode(mode)
        self.mode_buttons[mode].setChecked(True)
        if mode is self.targets.mode:
            return
        self.targets.mode = mode
        self.target_stack.setCurrentIndex(list(VerifyMode).index(mode))
        self.targets.awaiting_reference = False
        if mode is VerifyMode.LIST and not self.targets.lists_loaded:
            self.load_lists()
        self._target_changed()
        if mode is VerifyMode.PERSON:
            self.number_field.setFocus()
        elif mode is VerifyMode.LIST:
            self.list_combo.setFocus()

    def _target_changed(self) -> None:
        """What to compare with changed: a running check or a shown result no longer applies."""
        self._stop_verification()
        self._hide_error()
        if self.showing_result:
            self.card.clear()
            self.main_stack.setCurrentWidget(self.capture)
        self._update_next_step()
        self._maybe_verify()

    # -- against a person ------------------------------------------------------------------------------------

    @Slot()
    def look_up(self) -> None:
        """Find the person with the typed (or scanned) number and show who is expected."""
        number = self.number_field.text().strip()
        if not number:
            show_message(self.number_error, self.tr("Type or scan the person's number first."))
            mark_invalid(self.number_field, True)
            return
        self._lookup.cancel()
        self._set_expected(None)
        self._target_changed()
        show_message(self.number_error, "")
        mark_invalid(self.number_field, False)
        self._lookup.run(self.context.client.records.get_by_external_id(number),
                         on_success=lambda record: self._looked_up(number, record),
                         on_error=lambda problem: self._lookup_failed(number, problem),
                         busy=self.tr("Looking up the person…"))
        self._update_next_step()

    def _looked_up(self, number: str, record: FaceRecord) -> None:
        if self.number_field.text().strip() != number:
            return  # the operator typed another number meanwhile
        self._set_expected(record, number)
        self._target_changed()

    def _lookup_failed(self, number: str, problem: Problem) -> None:
        if problem.error is not None and is_offline_error(problem.error):
            self._set_offline(True)
        if isinstance(problem.error, errors.NotFoundError):
            self.person_row.show_not_found(number)
        else:
            self.person_row.show_error(problem.text)
        self._update_next_step()

    @Slot(str)
    def _number_edited(self, _text: str) -> None:
        show_message(self.number_error, "")
        mark_invalid(self.number_field, False)
        if self.targets.expected is not None:
            self._set_expected(None)  # the expected person belongs to the old number
            self._target_changed()

    def _set_expected(self, record: FaceRecord | None, number: str = "") -> None:
        self.targets.set_expected(record, number)
        self.person_row.show_expected(record, self.targets.expected_number)

    # -- against a photo ---------------------------------------------------------------------------------

    @Slot()
    def choose_reference_file(self) -> QFileDialog:
        """Ask for the reference photo file (window-modal, `open()`: never a nested event loop)."""
        return self.photo_row.choose_file()

    def _close_file_dialog(self) -> None:
        self.photo_row.close_file_dialog()

    @Slot(str)
    def load_reference(self, path: str | Path) -> None:
        """Use a photo file as the reference (read and prepared in the background)."""
        path = Path(path)
        self.photo_row.last_directory = str(path.parent)
        self.targets.awaiting_reference = False
        show_message(self.reference_error, "")
        self._reading_reference.run_blocking(
            prepare_reference, path, on_success=self._reference_ready, on_error=self._reference_failed,
            busy=self.tr("Reading the reference photo…"))
        self.photo_row.show_reading(path.name)

    def _reference_ready(self, reference: ReferencePhoto) -> None:
        self._set_reference(reference)
        self._target_changed()

    def _reference_failed(self, problem: Problem) -> None:
        self.photo_row.show_error(problem.error, problem.text)
        self._show_reference()
        self._update_next_step()

    @Slot()
    def take_reference_with_camera(self) -> None:
        """The next photo the camera takes is the reference (hold the ID document up to it); then the person's."""
        self._reading_reference.cancel()
        self._set_reference(None)
        show_message(self.reference_error, "")
        self.targets.awaiting_reference = True
        self._target_changed()
        self.main_stack.setCurrentWidget(self.capture)
        if self._probe is not None or self.capture.capture is not None:
            self.capture.retake()
        self._show_reference()
        self._update_next_step()

    def _set_reference(self, reference: ReferencePhoto | None) -> None:
        self.targets.reference = reference
        self._reference_pixmap = None if reference is None else bgr_to_qpixmap(reference.preview)
        self._show_reference()

    def _show_reference(self) -> None:
        self.photo_row.show_reference(self._reference_pixmap, self.targets.reference, self.targets.awaiting_reference)

    # -- against a list ------------------------------------------------------------------------------------

    def load_lists(self) -> None:
        """Fetch the lists for the combo (again): on activation, and when the Lists page changed them."""
        self._loading_lists.run(self.context.directory.all_lists(), on_success=self._lists_arrived,
                                on_error=self._lists_failed)

    def _lists_arrived(self, lists: list[FaceList]) -> None:
        self.targets.set_lists(lists)
        show_message(self.lists_error, "")
        self._fill_list_combo()

    def _lists_failed(self, problem: Problem) -> None:
        show_message(self.lists_error, problem.text)
        self._update_next_step()

    def _fill_list_combo(self) -> None:
        if self.list_row.fill(self.targets.lists, self.targets.lists_loaded):
            self._list_chosen()
        else:
            self._update_next_step()

    def select_list(self, identifier: str) -> bool:
        """Choose a list by its identifier; False when the combo does not have it."""
        index = self.list_combo.findData(identifier)
        if index >= 0:
            self.list_combo.setCurrentIndex(index)
        return index >= 0

    @Slot()
    def _list_chosen(self, *_: object) -> None:
        if self.list_row.chosen is not None:
            show_message(self.lists_error, "")
        if self.mode is VerifyMode.LIST:
            self._target_changed()
        else:
            self._update_next_step()

    # -- the photo of the person and the check -------------------------------------------------------------

    @Slot(object)
    def _on_portrait_captured(self, capture: CaptureResult) -> None:
        if self.targets.awaiting_reference:
            # This one is the document's photo; the person's comes next.
            self.targets.awaiting_reference = False
            self._set_reference(ReferencePhoto(jpeg=capture.jpeg, preview=capture.portrait, name=""))
            self.capture.retake()
            self._target_changed()
            return
        self._probe = capture
        self.liveness.begin(capture)  # in parallel with the check: the answer waits for a live person
        self._hide_error()
        self._update_next_step()
        self._maybe_verify()

    @Slot()
    def _on_portrait_cleared(self) -> None:
        self._probe = None
        self._stop_verification()
        self.liveness.cancel()
        self._hide_error()
        self._update_next_step()

    def _maybe_verify(self) -> None:
        if self._probe is not None and self.target_ready() and not self.verifying and not self.showing_result:
            self.verify()

    @Slot()
    def try_again(self) -> None:
        """"Try again": after a failure, or to see whether the service answers again."""
        self._set_offline(False)
        self.verify()

    @Slot()
    def verify(self) -> None:
        """Compare the photo just taken with the target of the current mode (it starts by itself once both
        are there; "Try again" calls it after a failure). Offline, nothing starts: the page says why."""
        probe = self._probe
        if probe is None or not self.target_ready() or self._offline:
            self._update_next_step()
            return
        self._stop_verification()
        self._hide_error()
        job = self.targets.job(self.list_row.chosen)
        probe_pixmap = bgr_to_qpixmap(probe.portrait)
        reference_pixmap = self._reference_pixmap if job.mode is VerifyMode.PHOTO else None
        self._cancelled = False
        handle = self._check.run(
            job.identify(self.context.client.recognition, probe.jpeg),
            on_success=lambda result: self._verified(job, probe_pixmap, reference_pixmap, result),
            on_error=lambda problem: self._verify_failed(job, problem), busy=self.tr("Checking the face…"))
        handle.finished.connect(lambda: self._verify_finished(handle))
        self._update_next_step()

    def _log(self, activity: Activity) -> None:
        self.context.log_activity(activity.action, record_ids=activity.record_ids, list_ids=activity.list_ids,
                                  details=activity.details)

    def _verified(self, job: VerifyJob, probe: QPixmap, reference: QPixmap | None, result: IdentifyResult) -> None:
        self._log(job.activity(result))
        self.liveness.deliver(lambda mark: self._show_verified(job, probe, reference, result, mark))

    def _show_verified(self, job: VerifyJob, probe: QPixmap, reference: QPixmap | None, result: IdentifyResult,
                       liveness: LivenessMark | None) -> None:
        expected = job.expected
        enrolled: QPixmap | bytes | None = reference if job.mode is VerifyMode.PHOTO else job.enrolled_photo(result)
        self.card.set_clear_seconds(self.context.config.result_clear_seconds)
        self.card.show_result(
            result, mode=job.mode, probe=probe, enrolled=enrolled,
            enrolled_is_reference=job.mode is VerifyMode.PHOTO,
            person_name=expected.full_name if expected is not None else None,
            external_identifier=(expected.external_identifier or job.number) if expected is not None else None,
            record_identifier=expected.identifier if expected is not None else None, liveness=liveness)
        self.main_stack.setCurrentWidget(self.card)
        focus = self.card.confirm_button if self.card.review_pending else self.card.next_button
        focus.setFocus()
        self._update_next_step()

    def _verify_failed(self, job: VerifyJob, problem: Problem) -> None:
        failure = failure_of(job, problem.error)
        if failure is Failure.OFFLINE:
            self._set_offline(True)
        elif failure is Failure.PERSON_GONE:
            # Deleted since the look-up: say so on the number field.
            self._set_expected(None)
            self.person_row.show_not_found(job.number)
            self._update_next_step()
        elif failure is Failure.LIST_GONE:
            # Deleted elsewhere: it leaves the combo, and no other list is chosen in its place.
            self.targets.forget_list(job.list_id)
            self._fill_list_combo()
            show_message(self.lists_error, self.tr(
                "The list “{0}” no longer exists. Choose another list.").format(job.list_name))
            self._update_next_step()
        else:
            self._show_error(problem.text, retry=True)

    def _verify_finished(self, handle: Any) -> None:
        if handle is not self._check.handle:
            return
        if handle.cancelled and self._probe is not None and not self.showing_result:
            self._cancelled = True  # the operator pressed Cancel on the busy bar
            self.retry_button.show()
        self._update_next_step()

    def _show_error(self, text: str, *, retry: bool) -> None:
        show_message(self.error_label, text)
        self.retry_button.setVisible(retry)
        self._update_next_step()

    def _hide_error(self) -> None:
        show_message(self.error_label, "")
        self.retry_button.hide()
        self._cancelled = False

    # -- offline -----------------------------------------------------------------------------------------------

    @Slot(bool)
    def _online_changed(self, online: bool) -> None:
        self._set_offline(not online)
        if online:
            self._maybe_verify()  # the photo and the target are still there: go on by itself

    def _set_offline(self, offline: bool) -> None:
        self._offline = offline
        if offline:
            self._stop_verification()
        elif not self.error_label.isVisibleTo(self) and not self._cancelled:
            self.retry_button.hide()
        self._show_offline()
        self._update_next_step()

    def _show_offline(self) -> None:
        show_message(self.offline_label, offline_text(self.context.outbox is not None) if self._offline else "")

    @Slot(dict)
    def _log_review(self, decision: dict[str, Any]) -> None:
        """The operator's review decision, for the activity log: identifiers, never a name or a photo."""
        shown = self.card.result.identifier if self.card.result is not None else None
        self._log(review_activity(decision, shown))

    # -- the next person -------------------------------------------------------------------------------------

    @Slot()
    def _next_person(self) -> None:
        """The result card cleared itself (or "Next person"): forget who it was, and take the next photo."""
        self.main_stack.setCurrentWidget(self.capture)
        self._hide_error()
        self.liveness.cancel()
        if self.mode is VerifyMode.PERSON:
            self.number_field.clear()
            self._set_expected(None)
            show_message(self.number_error, "")
            mark_invalid(self.number_field, False)
            self.number_field.setFocus()
        elif self.mode is VerifyMode.PHOTO:
            self._set_reference(None)
        factory = self.context.camera()
        if factory is not None and self._active:
            if self.capture.showing_file or not self.capture.bridge.running:
                self.capture.use_camera(factory)  # back from a photo file to the camera
            else:
                self.capture.retake()
        else:
            # A photo file would be taken again at once: stop, and let the operator load the next one.
            self.capture.stop()
            self.capture.show_no_camera()
        self._probe = None
        self._update_next_step()

    # -- helpers -----------------------------------------------------------------------------------------

    def _stop_verification(self) -> None:
        """Drop a running check that no longer applies (its callbacks will not run)."""
        self._check.cancel()

    def _update_next_step(self) -> None:
        if self._offline:  # "Try again" asks the service whether it answers again
            self.retry_button.setVisible(self._probe is not None and self.target_ready() and not self.showing_result)
        facts = PageFacts(
            showing_result=self.showing_result, review_pending=self.card.review_pending, verifying=self.verifying,
            offline=self._offline, error_shown=self.error_label.isVisibleTo(self), cancelled=self._cancelled,
            photo_taken=self._probe is not None, showing_file=self.capture.showing_file,
            has_camera=self._has_camera, looking_up=self._lookup.busy, chosen_list=self.list_row.chosen)
        self.next_step.setText(self.liveness.step_text() or next_step_text(next_step(self.targets, facts)))
