"""The Enrol page: take the photo, type the details, press Enrol.

Pressing Enrol checks the required fields on the station, then looks for the face in the chosen lists (1:N
identification; no list chosen: in every list) so the same person is not enrolled twice, shows possible matches
side by side (`widgets.duplicates`), and creates the record in the first chosen list and adds it to the others.
The network part is one coroutine (`facestation.station.core.enrolment.enrol_person`) run through
`Operations`: cancellable, with a busy text, and it never touches a widget; the panel turns its outcome or its
error into sentences next to where they matter.

Offline (the service cannot be reached and the station has an outbox): an enrolment that did not reach the
service is queued with everything the replay needs and the external identifier it was (or will be) created with,
so a create that may have landed is looked up before it is made again. Without a member number such a create
cannot be told apart from a new one: it is not queued, the operator is told to look for the person first.
Keeping an enrolment (or the lists it could not join) offline goes through `context.actions.perform`, which
queues and logs it. Every enrolment the service (or the outbox) took is written to the activity log,
identifiers only.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facestation.api import ErrorCode, FaceList
from facestation.api.errors import FieldError, ValidationError
from facestation.station.core.actions import Outcome, Queued, Refused
from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.core.enrolment import (
    CheckSkipped,
    DuplicateCheck,
    DuplicatesFound,
    Enrolled,
    EnrolProgress,
    EnrolRequest,
    Stopped,
    can_keep_offline,
    create_record_action,
    enrol_audit_details,
    enrol_person,
    join_later,
    may_have_landed,
    stopped,
)
from facestation.station.core.outbox import is_offline_error
from facestation.station.ui.context import StationContext
from facestation.station.ui.kit import primary_button, role_label, show_message
from facestation.station.ui.ops import LatestRequest, OpHandle, Problem
from facestation.station.ui.panels.base import Panel
from facestation.station.ui.panels.enrol.liveness import EnrolLiveness
from facestation.station.ui.widgets.capture_panel import CapturePanel
from facestation.station.ui.widgets.duplicates import DuplicatesDialog
from facestation.station.ui.widgets.person_form import PHOTO_CODES, PersonForm

__all__ = ["EnrolPanel"]

_FORM_WIDTH = 330
_NARROW_FORM_WIDTH = 280  # on a 1024-pixel screen (`set_narrow`)


# -- the page ------------------------------------------------------------------------------------------------


class EnrolPanel(Panel):
    """Enrol a new person: the capture panel on the left, the person's details and the Enrol button on the
    right. `enrolled(record_id, full_name)` after each new record (with `dataChanged`);
    `enrolmentStarted(EnrolRequest)` when an enrolment (or its "Enrol anyway") starts."""

    enrolled = Signal(str, str)
    enrolmentStarted = Signal(object)

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("enrolPanel")
        self._portrait: CaptureResult | None = None
        self._lists: list[FaceList] = []
        self._handle: OpHandle | None = None
        self._lists_request = LatestRequest(self.ops)
        self._clearing_form = False
        self.duplicates_dialog: DuplicatesDialog | None = None

        layout = self.page_layout()
        self.title = role_label("pageTitle", self)
        self.title.setWordWrap(False)
        self.instruction = role_label("pageText", self)
        self.instruction.setObjectName("enrolInstruction")

        # Compact: the details need the room beside it (and the page has margins of its own).
        self.capture = CapturePanel(self, compact=True)
        self.capture.portraitCaptured.connect(self._on_portrait_captured)
        self.capture.portraitCleared.connect(self._on_portrait_cleared)
        self.capture.banner.announced.connect(context.sounds.play_cue)  # Settings → Accessibility
        self.photo_problem = role_label("error", self)
        self.photo_problem.setObjectName("photoProblem")
        self.retake_photo_button = QPushButton(self)
        self.retake_photo_button.setObjectName("retakePhotoButton")
        self.retake_photo_button.setMinimumHeight(48)
        self.retake_photo_button.clicked.connect(self.retake_photo)
        photo_problem_row = QHBoxLayout()
        photo_problem_row.setSpacing(12)
        photo_problem_row.addWidget(self.photo_problem, 1)
        photo_problem_row.addWidget(self.retake_photo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.liveness = EnrolLiveness(self)  # Settings → Liveness: Enrol waits for a live person when on
        photo_problem_row.addWidget(self.liveness.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.capture, 1)
        left.addLayout(photo_problem_row)

        # Beside a camera preview the details get a narrow column: labels above their fields, not beside.
        self.form = PersonForm(self, stacked=True)
        self.form.changed.connect(self._on_form_changed)
        for line in (self.form.name, self.form.surname1, self.form.surname2):
            line.returnPressed.connect(self.enrol)  # Enter: enrol, or go to what is still missing
        self.confirmation = role_label("success", self)
        self.confirmation.setObjectName("enrolConfirmation")
        self.notice = role_label("warning", self)
        self.notice.setObjectName("enrolNotice")
        self.message = role_label("error", self)
        self.message.setObjectName("enrolMessage")
        # Consent (Settings → Privacy): the sentence the operator confirms, and the tick; Enrol needs the tick.
        self.consent_sentence = role_label("hint", self)
        self.consent_sentence.setObjectName("consentSentence")
        self.consent = QCheckBox(self)
        self.consent.setObjectName("consentGiven")
        self.consent.toggled.connect(lambda _checked: show_message(self.consent_error, ""))
        self.consent_error = role_label("fieldError", self)
        self.consent_error.setObjectName("consentError")
        self.consent_error.hide()
        self.enrol_button = primary_button(self)
        self.enrol_button.setObjectName("enrolButton")
        # Its size comes from the theme (#enrolButton): the theme's min-height would win over setMinimumHeight.
        self.enrol_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.enrol_button.clicked.connect(self.enrol)
        self.next_step = role_label("hint", self)
        self.next_step.setObjectName("enrolNextStep")

        form_page = QWidget()
        form_column = QVBoxLayout(form_page)
        form_column.setContentsMargins(0, 0, 6, 0)
        form_column.addWidget(self.form)
        form_column.addStretch(1)
        # The details scroll if the window is short; the Enrol button below them never does.
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("enrolFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
        self.form_scroll.setWidget(form_page)
        right_widget = QWidget(self)
        self._form_column = right_widget
        right_widget.setFixedWidth(_FORM_WIDTH)
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(10)
        right.addWidget(self.form_scroll, 1)
        right.addWidget(self.confirmation)
        right.addWidget(self.notice)
        right.addWidget(self.message)
        right.addWidget(self.consent_sentence)
        right.addWidget(self.consent)
        right.addWidget(self.consent_error)
        right.addWidget(self.enrol_button)
        right.addWidget(self.next_step)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 1)
        body.addWidget(right_widget)
        # Title and instruction share a line: the height goes to the camera preview and the checklist.
        layout.setContentsMargins(24, 12, 24, 12)
        heading = QHBoxLayout()
        heading.setSpacing(20)
        heading.addWidget(self.title)
        heading.addWidget(self.instruction, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        layout.addLayout(body, 1)

        QWidget.setTabOrder(self.capture.load_button, self.form.name)
        QWidget.setTabOrder(self.form.enabled, self.consent)
        QWidget.setTabOrder(self.consent, self.enrol_button)
        QWidget.setTabOrder(self.enrol_button, self.retake_photo_button)
        self._shortcuts: list[QShortcut] = []
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.enrol)
            self._shortcuts.append(shortcut)

        for label in (self.photo_problem, self.confirmation, self.notice, self.message):
            label.setVisible(False)
        self.retake_photo_button.setVisible(False)
        self.retranslate_ui()
        self._update_state()

    # -- texts ---------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Enrol a person"))
        self.instruction.setText(self.tr("Take the photo, type the details, press Enrol."))
        self.retake_photo_button.setText(self.tr("Retake the photo"))
        self.liveness.retranslate_ui()
        self.consent.setText(self.tr("The person a&grees"))
        self.enrol_button.setText(self.tr("&Enrol"))
        self.enrol_button.setToolTip(self.tr("Save this person with the photo and the details (Ctrl+Enter)"))
        self.capture.retranslate_ui()
        self.form.retranslate_ui()
        # A list view takes no name from its label (Qt does that for simple fields): say what it is and how to tick.
        self.form.lists.setAccessibleName(self.tr("Lists this person joins"))
        self.form.lists.setAccessibleDescription(self.tr(
            "Move with the arrow keys; Space ticks or unticks the list shown."))
        self._update_state()

    # -- state ---------------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """An enrolment is running (checking for duplicates, creating, adding to lists)."""
        return self._handle is not None

    @property
    def portrait(self) -> CaptureResult | None:
        """The photo Enrol would use."""
        return self._portrait

    @property
    def lists(self) -> list[FaceList]:
        return list(self._lists)

    @property
    def lists_loading(self) -> bool:
        """The lists are being asked for."""
        return self._lists_request.busy

    def _update_state(self) -> None:
        busy = self.busy
        asking = self.duplicates_dialog is not None
        ready = self._portrait is not None and self.liveness.allows_enrol
        self.enrol_button.setEnabled(ready and not busy and not asking)
        self.form.setEnabled(not busy)
        if busy:
            hint = self.tr("Enrolling… Wait a moment, or press Cancel at the bottom of the window.")
        elif self.liveness.checking:
            hint = self.tr("The person follows the instructions on the screen; then check the details.")
        elif not ready and self._portrait is not None:
            hint = self.tr("Ask the person to try again, or retake the photo.")
        elif not ready and self.capture.auto_capture:
            hint = self.tr("First take the photo (automatic when every check is green), or load one from a file.")
        elif not ready:
            hint = self.tr("First take the photo (press Take photo now when every check is green), or load one "
                           "from a file.")
        else:
            hint = self.tr("Check the details, then press Enrol (Ctrl+Enter).")
        self.next_step.setText(hint)

    def _clear_messages(self) -> None:
        for label in (self.confirmation, self.notice, self.message):
            show_message(label, "")
        self._hide_photo_problem()

    def _hide_photo_problem(self) -> None:
        show_message(self.photo_problem, "")
        self.retake_photo_button.setVisible(False)

    # -- hooks ---------------------------------------------------------------------------------------------

    def set_narrow(self, narrow: bool) -> None:
        """On a narrow window the form and the capture panel's side column give the preview room."""
        self._form_column.setFixedWidth(_NARROW_FORM_WIDTH if narrow else _FORM_WIDTH)
        self.capture.set_narrow(narrow)

    def activate(self) -> None:
        self.start_camera(self.capture)
        self._show_consent()
        self.load_lists()

    def deactivate(self) -> None:
        self.capture.stop()

    def clear_personal_data(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.cancel()  # its result would show a name after sign-out; `_operation_finished` ignores it
        dialog, self.duplicates_dialog = self.duplicates_dialog, None
        if dialog is not None:
            dialog.reject()
        self._ready_for_next_person()
        self._portrait = None
        self._clear_messages()
        self._update_state()

    # -- lists ---------------------------------------------------------------------------------------------

    def load_lists(self) -> None:
        """Ask the directory for the lists a person can be put in (keeps the ticks of lists that remain). The
        newest request answers: one on its way may predate what made us ask (a list just created)."""
        self._lists_request.run(self.context.directory.all_lists(), on_success=self.show_lists,
                                on_error=self._lists_failed, quiet=True)

    def show_lists(self, lists: list[FaceList]) -> None:
        """Offer these lists in the form."""
        self._lists = list(lists)
        self.form.set_lists(self._lists)
        self.form.set_error("lists", "")

    def _lists_failed(self, problem: Problem) -> None:
        self.form.set_error("lists", self.tr("The lists could not be loaded. {0}").format(problem.text))

    # -- enrolling -----------------------------------------------------------------------------------------

    @Slot()
    def enrol(self) -> None:
        """Check the fields, look for duplicates, create the record (the Enrol button, Ctrl+Enter)."""
        if self.busy or self.duplicates_dialog is not None:
            return
        self._clear_messages()
        if self._portrait is None:
            show_message(self.message, self.tr("Take the photo first: look at the camera until every check is "
                                               "green, or press “Take photo now”."))
            return
        if not self.liveness.allows_enrol:
            show_message(self.message, self.tr("A live person is not confirmed yet: the person follows the "
                                               "instructions on the screen first."))
            return
        if not self.form.check():
            return
        if self.consent_needed and not self.consent.isChecked():
            show_message(self.consent_error, self.tr("Read the sentence to the person; tick the box once they "
                                                     "agree. Without their consent they cannot be enrolled."))
            self.consent.setFocus()
            return
        details = self.form.details()
        by_id = {face_list.identifier: face_list for face_list in self._lists}
        chosen = tuple(by_id[identifier] for identifier in details.list_ids if identifier in by_id)
        self._start(EnrolRequest(self._portrait.jpeg, details, chosen,
                                 consent_given=self.consent_needed and self.consent.isChecked()),
                    check_duplicates=True)

    @property
    def consent_needed(self) -> bool:
        return self.context.config.consent_required

    def _show_consent(self) -> None:
        """The consent sentence and tick, as the settings say (they may change while the page is hidden)."""
        needed = self.consent_needed
        self.consent_sentence.setText(self.context.config.consent_text if needed else "")
        self.consent_sentence.setVisible(needed)
        self.consent.setVisible(needed)
        if not needed:
            show_message(self.consent_error, "")

    def _start(self, request: EnrolRequest, *, check_duplicates: bool) -> None:
        progress = EnrolProgress()
        name = request.full_name
        busy = (self.tr("Checking whether {0} is already enrolled, then enrolling…").format(name)
                if check_duplicates else self.tr("Enrolling {0}…").format(name))
        work = enrol_person(self.context.client, self.context.directory, request, progress,
                            check_duplicates=check_duplicates)
        handle = self.ops.run_async(work, on_success=lambda outcome: self._succeeded(request, outcome),
                                    on_error=lambda problem: self._failed(request, progress, problem), busy=busy)
        self._handle = handle
        handle.finished.connect(lambda: self._operation_finished(handle, request, progress))
        self._update_state()
        self.enrolmentStarted.emit(request)

    def cancel(self) -> None:
        """Stop a running enrolment (the status bar's Cancel does the same)."""
        if self._handle is not None:
            self._handle.cancel()

    def _operation_finished(self, handle: OpHandle, request: EnrolRequest, progress: EnrolProgress) -> None:
        if handle is not self._handle:
            return  # cleared away (sign-out): say nothing
        self._handle = None
        self._update_state()
        if not handle.cancelled:
            return
        left = stopped(progress)
        if left is Stopped.ENROLLED:
            text = self.tr("Stopped. {0} IS enrolled, but may not be in every ticked list: check on the Lists "
                           "page.").format(request.full_name)
            self.dataChanged.emit()
        elif left is Stopped.MAY_EXIST:
            text = self.tr("Stopped. {0} may already be enrolled: look for them on the Records page before you "
                           "press Enrol again.").format(request.full_name)
            self.dataChanged.emit()
        else:
            text = self.tr("Stopped. Nothing was saved; press Enrol to try again.")
        show_message(self.notice, text)

    def _succeeded(self, request: EnrolRequest, outcome: Enrolled | DuplicatesFound) -> None:
        if isinstance(outcome, DuplicatesFound):
            self._ask_about_duplicates(request, outcome.check)
            return
        self._show_enrolled(outcome, request)

    def _show_enrolled(self, outcome: Enrolled, request: EnrolRequest | None = None) -> None:
        if request is not None:
            self.context.log_activity("enrol", record_ids=[outcome.record_id], list_ids=request.list_ids,
                                      details=enrol_audit_details(request))
            self._queue_failed_lists(outcome)
        confirmation = self.tr("{0} is enrolled.").format(outcome.full_name)
        notes = []
        skipped = outcome.check.skipped if outcome.check is not None else None
        if skipped is CheckSkipped.NO_LISTS:
            notes.append(self.tr("There are no lists yet, so the station did not check whether this person was "
                                 "already enrolled."))
        elif skipped is CheckSkipped.NO_CREDITS:
            notes.append(self.tr("The check for people already enrolled was skipped: the account has no "
                                 "identification credits left."))
        elif skipped is CheckSkipped.UNAVAILABLE:
            notes.append(self.tr("The check for people already enrolled was skipped: this service does not "
                                 "offer it."))
        for failure in outcome.failed_lists:
            if self._queueable(failure.error):
                notes.append(self.tr("No connection: adding {0} to the list “{1}” is kept on this station and "
                                     "done as soon as the service answers again.").format(
                    outcome.full_name, failure.face_list.name))
                continue
            reason = self.ops.describe(failure.error).text
            notes.append(self.tr("{0} IS enrolled, but adding them to the list “{1}” did not work: {2} Add them "
                                 "to it on the Lists page.").format(outcome.full_name, failure.face_list.name,
                                                                     reason))
        self._ready_for_next_person()
        show_message(self.confirmation, confirmation)
        show_message(self.notice, "\n\n".join(notes))
        self.statusMessage.emit(" ".join([confirmation, *notes]), 10_000)
        self.enrolled.emit(outcome.record_id, outcome.full_name)
        self.dataChanged.emit()
        self.form.name.setFocus()

    def _failed(self, request: EnrolRequest, progress: EnrolProgress, problem: Problem) -> None:
        error = problem.error
        if can_keep_offline(error, progress, request, can_queue=self.context.actions.can_queue):
            self._queue(request)
            return
        if isinstance(error, ValidationError):
            self._show_validation_errors(error.errors, problem)
            return
        text = problem.text
        if may_have_landed(error, progress):
            text += " " + self.tr("{0} may already be enrolled: look for them on the Records page before you "
                                  "press Enrol again.").format(request.full_name)
            self.dataChanged.emit()
        show_message(self.message, text)

    # -- offline ---------------------------------------------------------------------------------------------

    def _queueable(self, error: BaseException) -> bool:
        """The service cannot be reached and there is an outbox to keep the change in."""
        return self.context.actions.can_queue and is_offline_error(error)

    def _queue(self, request: EnrolRequest) -> None:
        """Keep the enrolment in the outbox (on disk, encrypted) for when the service answers again; the station's
        actions queue it and write the activity-log entry."""
        work = self.context.actions.perform(
            create_record_action(request), queue_only=True,
            details={"external_id_generated": not request.details.external_identifier})
        handle = self.ops.run_async(work, on_success=lambda outcome: self._queue_answered(request, outcome),
                                    on_error=lambda problem: self._queue_failed(request, problem.text),
                                    busy=self.tr("Keeping the enrolment on this station…"))
        self._handle = handle
        handle.finished.connect(lambda: self._queue_finished(handle))
        self._update_state()

    def _queue_finished(self, handle: OpHandle) -> None:
        if handle is self._handle:
            self._handle = None
            self._update_state()

    def _queue_answered(self, request: EnrolRequest, outcome: Outcome) -> None:
        if isinstance(outcome, Queued):
            self._queued(request, str(outcome.item.payload.get("external_identifier") or ""))
        elif isinstance(outcome, Refused):
            self._queue_failed(request, self.ops.describe(outcome.queue_error or outcome.error).text)
        else:  # only with a queue that vanished meanwhile (sign-out): the service took it after all
            self.dataChanged.emit()

    def _queued(self, request: EnrolRequest, number: str) -> None:
        confirmation = self.tr("No connection: {0} is saved on this station and will be enrolled as soon as the "
                               "service answers again (number {1}). The duplicate check will not run for this "
                               "person.").format(request.full_name, number)
        self._ready_for_next_person()
        show_message(self.confirmation, confirmation)
        self.statusMessage.emit(confirmation, 10_000)
        self.dataChanged.emit()
        self.form.name.setFocus()

    def _queue_failed(self, request: EnrolRequest, reason: str) -> None:
        show_message(self.message, self.tr("No connection, and {0} could not be kept on this station either: {1} "
                                           "Press Enrol again when the service answers.").format(
            request.full_name, reason))

    def _queue_failed_lists(self, outcome: Enrolled) -> None:
        """Further lists the person could not join for want of a connection: join them later."""
        if not self.context.actions.can_queue:
            return
        for action in join_later(outcome):
            self.ops.run_async(self.context.actions.perform(action, queue_only=True), quiet=True)

    def _show_validation_errors(self, field_errors: list[FieldError], problem: Problem) -> None:
        unplaced = self.form.show_errors(field_errors)
        photo = [error for error in unplaced if error.code in PHOTO_CODES]
        others = [error for error in unplaced if error.code not in PHOTO_CODES]
        if photo:
            self._show_photo_problem(photo[0])
        if others:
            details = "; ".join(self.form.message_for(error).rstrip(". ") for error in others)
            show_message(self.message, self.tr("The service did not accept the details: {0}. Correct them and "
                                               "press Enrol again.").format(details))
        elif not field_errors:
            show_message(self.message, problem.text)
        if any(error.code == ErrorCode.FACE_LIST_NOT_FOUND for error in field_errors):
            self.load_lists()

    def _show_photo_problem(self, error: FieldError) -> None:
        messages = {
            ErrorCode.NO_FACE_DETECTED: self.tr("The service found no face in this photo."),
            ErrorCode.FACE_TOO_SMALL: self.tr("The face is too small in this photo: the person should come closer "
                                              "to the camera."),
            ErrorCode.MULTIPLE_FACES_DETECTED: self.tr("There is more than one face in this photo: only the person "
                                                       "to enrol may be in front of the camera."),
            ErrorCode.IMAGE_TOO_LARGE: self.tr("This photo is too large to send."),
        }
        text = messages.get(error.code, self.tr("The service could not read this photo."))
        show_message(self.photo_problem, self.tr("{0} Press “Retake the photo” and take a new one.").format(text))
        self.retake_photo_button.setVisible(True)

    def _ready_for_next_person(self) -> None:
        """After an enrolment (sent or kept offline): an empty form, no consent tick (the next person gives their
        own), and the camera ready for the next photo."""
        self.consent.setChecked(False)
        self._clearing_form = True
        try:
            self.form.clear()
        finally:
            self._clearing_form = False
        self._ready_for_next_photo()

    def _ready_for_next_photo(self) -> None:
        """Throw the photo away for the next person. A photo file (with no camera to go back to) is closed:
        retaking would capture the same file again, and the next person would be enrolled with it."""
        if self.capture.showing_file and self.context.camera() is None:
            self.capture.stop()
            self.capture.show_no_camera()
        self.capture.retake()

    @Slot()
    def retake_photo(self) -> None:
        self._hide_photo_problem()
        self.capture.retake()
        self.capture.setFocus()

    # -- duplicates ----------------------------------------------------------------------------------------

    def _ask_about_duplicates(self, request: EnrolRequest, check: DuplicateCheck) -> None:
        dialog = DuplicatesDialog(request.jpeg, check.duplicates, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._duplicates_answered(dialog, request, result))
        self.duplicates_dialog = dialog
        self._update_state()
        dialog.open()

    def _duplicates_answered(self, dialog: DuplicatesDialog, request: EnrolRequest, result: int) -> None:
        if dialog is not self.duplicates_dialog:
            return  # closed by clear_personal_data
        self.duplicates_dialog = None
        self._update_state()
        if result == DuplicatesDialog.DialogCode.Accepted:
            self._start(replace(request, duplicates_shown=len(dialog.duplicates)), check_duplicates=False)
        else:
            show_message(self.notice, self.tr("Not enrolled. If it is the same person, find them on the Records "
                                              "page; if not, press Enrol and choose “Enrol anyway”."))

    # -- photo and form ------------------------------------------------------------------------------------

    @Slot(object)
    def _on_portrait_captured(self, capture: CaptureResult) -> None:
        self._portrait = capture
        self._hide_photo_problem()
        self.liveness.begin(capture)
        self._update_state()

    @Slot()
    def _on_portrait_cleared(self) -> None:
        self._portrait = None
        self.liveness.cancel()
        self._update_state()

    @Slot()
    def _on_form_changed(self) -> None:
        if self._clearing_form:
            return
        # The confirmation stays until the operator starts on the next person.
        show_message(self.confirmation, "")
