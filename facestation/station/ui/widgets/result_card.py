"""The answer of a verification, readable from across the desk: a verdict word with its colour and mark, the
confidence, the enrolled (or reference) photo beside the photo just taken, the person, and, when the service is
not sure, the operator's decision. The card clears itself after a while so the next person sees nothing of the
previous one.

    card = ResultCard(clear_seconds=15)
    card.reviewDecided.connect(audit)            # {"decision": "confirmed", "mode": "person", ...}
    card.dismissed.connect(take_the_next_person)  # the countdown ran out, or "Next person" was pressed
    card.show_result(result, mode="person", probe=portrait_pixmap, enrolled=record.face_image)

With the liveness check on (issue 18), `show_result(..., liveness=LivenessMark.CONFIRMED)` adds "Live person:
confirmed"; `NOT_CONFIRMED` marks the result and asks the operator to decide (even on a match);
`show_liveness_refused(reason, retry=True)` shows "Could not confirm a live person: try again" with a "Try again"
button (`livenessRetryRequested`) instead of any match result.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facestation.api import IdentifyResult
from facestation.station.core.verification import VerifyMode
from facestation.station.ui.accessibility import Announcer
from facestation.station.ui.kit import RetranslateMixin
from facestation.station.ui.theme import set_style_property
from facestation.station.ui.widgets.liveness_prompt import reason_text
from facestation.station.ui.widgets.verdicts import (
    MARKS,
    LivenessMark,
    Verdict,
    pixmap_from_bytes,
    verdict_of,
)
from facestation.vision.liveness_challenge import Reason

__all__ = ["LivenessMark", "ResultCard", "Verdict", "pixmap_from_bytes", "verdict_of"]

logger = logging.getLogger(__name__)

_PHOTO_SIZE = (210, 280)  # 3:4, like the portraits
_NARROW_PHOTO_SIZE = (168, 224)  # a 1024-pixel window: both photos still fit beside the verdict


# The card's sizes (it is read from across the desk) are the theme's `QFrame#ResultCard …` rules: a button's
# min-height there is that of its contents (padding and border come on top), which setMinimumHeight cannot beat.


class ResultCard(RetranslateMixin, QFrame):
    """One verification result. `show_result()` fills it, `clear()` empties it.

    Signals: `reviewDecided(dict)` when the operator confirms or rejects a "Needs review" result (decision,
    reason, mode, record identifier, confidence, time: no name, no photo); `dismissed()` when the card cleared
    itself after `clear_seconds` or the operator pressed "Next person". Any action on the card restarts the
    countdown; while a review decision is pending there is no countdown. Each new result (and each decision) is
    announced to a screen reader (`announcer`), with `announced(text, cue)` ("passed" for a match, else
    "not_passed") for the station's sounds."""

    reviewDecided = Signal(dict)
    dismissed = Signal()
    announced = Signal(str, str)
    livenessRetryRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, clear_seconds: int = 15) -> None:
        super().__init__(parent)
        self.setObjectName("ResultCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._clear_seconds = max(0, int(clear_seconds))
        self._seconds_left = 0
        self._result: IdentifyResult | None = None
        self._verdict: Verdict | None = None
        self._mode = VerifyMode.PERSON
        self._decision: dict[str, object] | None = None
        self._record_identifier: str | None = None
        self._enrolled_is_reference = False
        self._name_text = ""
        self._number_text = ""
        self._liveness: LivenessMark | None = None
        self._refusal: tuple[Reason, bool] | None = None  # (why, retry offered): no result shown

        self.announcer = Announcer(self, name="", assertive=True)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)

        self.mark = QLabel(self)
        self.mark.setObjectName("verdictMark")
        self.mark.setFixedSize(76, 76)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("verdictWord")
        self.verdict_label.setWordWrap(True)  # "Hay que revisarlo" takes two lines beside narrow photos
        self.sentence = QLabel(self)
        self.sentence.setObjectName("verdictSentence")
        self.sentence.setWordWrap(True)
        self.gauge_label = QLabel(self)
        self.gauge_label.setObjectName("confidenceLabel")
        self.gauge = QProgressBar(self)
        self.gauge.setObjectName("confidenceGauge")
        self.gauge.setRange(0, 100)
        # The number beside the bar, not on it: no text colour reads on both the bar and its background in
        # every theme (white on bright green in high contrast).
        self.gauge.setTextVisible(False)
        self.gauge.setMinimumHeight(26)
        self.gauge_value = QLabel(self)
        self.gauge_value.setObjectName("confidenceValue")
        self.gauge_value.setMinimumWidth(72)
        self.gauge_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.person_name = QLabel(self)
        self.person_name.setObjectName("personName")
        self.person_name.setWordWrap(True)
        self.person_number = QLabel(self)
        self.person_number.setObjectName("personNumber")
        self.liveness_label = QLabel(self)
        self.liveness_label.setObjectName("livenessLine")
        self.liveness_label.setWordWrap(True)
        self.liveness_label.hide()

        self._photos: dict[str, QPixmap] = {}  # each photo label's picture as given, by object name
        self.enrolled_title = QLabel(self)
        self.enrolled_photo = self._photo_label("enrolledPhoto")
        self.probe_title = QLabel(self)
        self.probe_photo = self._photo_label("probePhoto")

        # "Needs review": the operator looks at both photos and decides, with a short reason.
        self.review_box = QFrame(self)
        self.review_box.setObjectName("reviewBox")
        self.review_prompt = QLabel(self.review_box)
        self.review_prompt.setWordWrap(True)
        self.reason_label = QLabel(self.review_box)
        self.reason = QComboBox(self.review_box)
        self.reason.setObjectName("reviewReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setMinimumHeight(44)
        # As wide as the card gives it, not as its longest reason: that made the card too wide for 1024 pixels.
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(14)
        self.reason.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.reason_label.setBuddy(self.reason)
        self.confirm_button = self._button("confirmButton", 56)
        self.confirm_button.setProperty("tone", "ok")
        self.reject_button = self._button("rejectButton", 56)
        self.reject_button.setProperty("tone", "red")
        self.confirm_button.clicked.connect(lambda: self.confirm())
        self.reject_button.clicked.connect(lambda: self.reject())
        self.reason.currentTextChanged.connect(self._operator_acted)
        review_buttons = self._review_buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        review_buttons.setSpacing(10)
        review_buttons.addWidget(self.confirm_button)
        review_buttons.addWidget(self.reject_button)
        reason_row = self._reason_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        review_layout = QVBoxLayout(self.review_box)
        review_layout.setContentsMargins(12, 10, 12, 12)
        review_layout.setSpacing(8)
        review_layout.addWidget(self.review_prompt)
        review_layout.addLayout(reason_row)
        review_layout.addLayout(review_buttons)
        self.decision_label = QLabel(self)
        self.decision_label.setObjectName("decisionLabel")
        self.decision_label.setWordWrap(True)

        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdownLabel")
        self.next_button = self._button("nextPersonButton", 64)
        self.next_button.setProperty("role", "primary")
        # Enter on the focused button presses it (the card is not in a dialog, where that is the default).
        for button in (self.next_button, self.confirm_button, self.reject_button):
            button.setAutoDefault(True)
        self.next_button.clicked.connect(self.dismiss)
        self.liveness_retry_button = self._button("livenessRetryButton", 64)
        self.liveness_retry_button.setProperty("role", "primary")
        self.liveness_retry_button.setAutoDefault(True)
        # As large as "Next person" beside it: the theme sizes both by name.
        self.liveness_retry_button.clicked.connect(self.livenessRetryRequested)
        self.liveness_retry_button.hide()

        headline = QHBoxLayout()
        headline.setSpacing(16)
        headline.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.verdict_label)
        words.addWidget(self.sentence)
        headline.addLayout(words, 1)

        gauge_row = QHBoxLayout()
        gauge_row.setSpacing(10)
        gauge_row.addWidget(self.gauge_label)
        gauge_row.addWidget(self.gauge, 1)
        gauge_row.addWidget(self.gauge_value)

        text_column = self._text_column = QVBoxLayout()
        text_column.setSpacing(10)
        text_column.addLayout(headline)
        text_column.addWidget(self.liveness_label)
        text_column.addLayout(gauge_row)
        text_column.addWidget(self.person_name)
        text_column.addWidget(self.person_number)
        text_column.addWidget(self.review_box)
        text_column.addWidget(self.decision_label)
        text_column.addStretch(1)

        photos = QGridLayout()
        photos.setHorizontalSpacing(14)
        photos.setVerticalSpacing(4)
        photos.addWidget(self.enrolled_title, 0, 0)
        photos.addWidget(self.probe_title, 0, 1)
        photos.addWidget(self.enrolled_photo, 1, 0)
        photos.addWidget(self.probe_photo, 1, 1)
        photos.setRowStretch(2, 1)

        middle = QHBoxLayout()
        middle.setSpacing(18)
        middle.addLayout(text_column, 1)
        middle.addLayout(photos)

        bottom = QHBoxLayout()
        bottom.addWidget(self.countdown, 1)
        bottom.addWidget(self.liveness_retry_button)
        bottom.addWidget(self.next_button)

        self._review_row = QVBoxLayout()  # the review box's place on a narrow window (`set_narrow`)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(middle, 1)
        layout.addLayout(self._review_row)
        layout.addLayout(bottom)
        self._narrow = False

        QWidget.setTabOrder(self.reason, self.confirm_button)
        QWidget.setTabOrder(self.confirm_button, self.reject_button)
        QWidget.setTabOrder(self.reject_button, self.next_button)

        self.retranslate_ui()
        self.clear()

    def _photo_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("role", "photo")
        label.setFixedSize(*_PHOTO_SIZE)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _button(self, name: str, height: int) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumHeight(height)
        button.setAutoDefault(False)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # -- texts ------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.gauge_label.setText(self.tr("Confidence"))
        self.review_prompt.setText(self.tr(
            "Compare the two photos (and the person's ID document if you can), then decide:"))
        self.reason_label.setText(self.tr("Re&ason:"))
        presets = [self.tr("Checked the ID document"), self.tr("The enrolled photo is old"),
                   self.tr("A different face"), self.tr("The person left before the check")]
        text = self.reason.currentText()
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItems(presets)
        self.reason.setEditText(text)
        self.reason.blockSignals(False)
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose or type a short reason (optional)"))
        self.confirm_button.setText(self.tr("&Confirm: same person"))
        self.reject_button.setText(self.tr("Re&ject: not the same"))
        self.next_button.setText(self.tr("Ne&xt person"))
        self.next_button.setToolTip(self.tr("Clear this result now and get ready for the next person"))
        self.liveness_retry_button.setText(self.tr("&Try again"))
        self.liveness_retry_button.setToolTip(self.tr("A new check with new instructions, with the same photo"))
        self._refresh()

    def _verdict_word(self, verdict: Verdict) -> str:
        return {Verdict.MATCH: self.tr("Match"), Verdict.REVIEW: self.tr("Needs review"),
                Verdict.NO_MATCH: self.tr("No match"), Verdict.NOT_CHECKED: self.tr("Not checked")}[verdict]

    def _sentence(self, verdict: Verdict, result: IdentifyResult) -> str:
        mode = self._mode
        if verdict is Verdict.MATCH:
            return {VerifyMode.PERSON: self.tr("This is the expected person."),
                    VerifyMode.PHOTO: self.tr("The face matches the reference photo."),
                    VerifyMode.LIST: self.tr("This person is on the list.")}[mode]
        if verdict is Verdict.REVIEW:
            if mode is VerifyMode.LIST:  # lists ask for closer matches the more people they hold (issue 19)
                return self.tr("The faces are alike, but this list needs a closer match to be sure.")
            return self.tr("The faces are alike, but not enough to be sure.")
        if verdict is Verdict.NO_MATCH:
            return {VerifyMode.PERSON: self.tr(
                        "This is not the expected person. Check their ID document, or ask a colleague."),
                    VerifyMode.PHOTO: self.tr(
                        "The face does not match the reference photo. Check the ID document by eye."),
                    VerifyMode.LIST: self.tr(
                        "Nobody on the list matches this face. Check their ID document, or ask a colleague.")}[mode]
        return self.not_checked_sentence(result.description)

    def not_checked_sentence(self, description: str) -> str:
        """A plain sentence, with what to do next, for a comparison the service did not make."""
        text = description.casefold()
        if "reference" in text and "no face" in text:
            return self.tr("There is no clear face in the reference photo. Use a sharper photo of the ID "
                           "document and try again.")
        if "no face" in text:
            return self.tr("No face was found in the photo. Ask the person to look at the camera and try again.")
        if "several faces" in text or "multiple faces" in text:
            return self.tr("More than one face is in the photo. Make sure only this person is in front of the "
                           "camera and try again.")
        if "disabled" in text:
            return self.tr("This person's record is switched off, so they cannot be verified. Ask an "
                           "administrator to switch it on.")
        if "no enrolled face" in text:
            return self.tr("This person has no enrolled photo. Enrol a photo for them first.")
        if "no enabled records" in text or "empty" in text:
            return self.tr("Nobody on this list can be checked yet. Add people to the list on the Lists page.")
        detail = description.strip().rstrip(".")
        if detail:
            return self.tr("The comparison was not made ({0}). Try again.").format(detail)
        return self.tr("The comparison was not made. Try again.")

    # -- state ------------------------------------------------------------------------------------------

    @property
    def result(self) -> IdentifyResult | None:
        return self._result

    @property
    def verdict(self) -> Verdict | None:
        return self._verdict

    @property
    def mode(self) -> VerifyMode:
        return self._mode

    @property
    def decision(self) -> dict[str, object] | None:
        """The operator's review decision on this result, once made."""
        return self._decision

    @property
    def review_pending(self) -> bool:
        """The operator must confirm or reject: the service was not sure, or the liveness check refused a match."""
        doubtful = self._verdict is Verdict.REVIEW or (
            self._verdict is Verdict.MATCH and self._liveness is LivenessMark.NOT_CONFIRMED)
        return doubtful and self._decision is None

    @property
    def liveness(self) -> LivenessMark | None:
        return self._liveness

    @property
    def liveness_refused(self) -> bool:
        """"Could not confirm a live person" is shown, with no match result."""
        return self._refusal is not None

    @property
    def clear_seconds(self) -> int:
        return self._clear_seconds

    @property
    def seconds_left(self) -> int:
        """Seconds until the card clears itself; 0 while it does not count down."""
        return self._seconds_left if self._tick.isActive() else 0

    def set_clear_seconds(self, seconds: int) -> None:
        """Clear after this many seconds (0: never by itself)."""
        self._clear_seconds = max(0, int(seconds))
        if self._result is not None:
            self.restart_countdown()

    # -- filling ----------------------------------------------------------------------------------------

    def show_result(
        self,
        result: IdentifyResult,
        *,
        mode: VerifyMode | str,
        probe: QPixmap | None = None,
        enrolled: QPixmap | bytes | None = None,
        enrolled_is_reference: bool = False,
        person_name: str | None = None,
        external_identifier: str | None = None,
        record_identifier: str | None = None,
        liveness: LivenessMark | None = None,
    ) -> None:
        """Show a result. `enrolled` is the photo compared with (the record's or the reference image; by
        default the enrolled face the result carries); `person_name` / `external_identifier` / `record_identifier` stand in when the
        result does not name the person (e.g. a 1:1 "No match" against a looked-up record)."""
        self._refusal = None
        self._liveness = liveness
        self._result = result
        self._verdict = verdict_of(result)
        self._mode = VerifyMode(mode)
        self._decision = None
        self._enrolled_is_reference = enrolled_is_reference
        self._record_identifier = result.identifier or record_identifier
        names = " ".join(part for part in (result.name, result.surname1, result.surname2) if part)
        self._name_text = names or (person_name or "")
        self._number_text = result.external_identifier or external_identifier or ""
        if enrolled is None:
            enrolled = result.face_image
        if isinstance(enrolled, (bytes, bytearray)):
            enrolled = pixmap_from_bytes(bytes(enrolled))
        self._set_photo(self.enrolled_photo, enrolled)
        self._set_photo(self.probe_photo, probe)
        self.reason.setEditText("")
        self._refresh()
        self.restart_countdown()
        self._announce(Verdict.MATCH if self._verdict is Verdict.MATCH and not self.review_pending else None)

    def show_liveness_refused(self, reason: Reason, *, retry: bool, probe: QPixmap | None = None) -> None:
        """"Could not confirm a live person", why (`reason`, said in one sentence in the current language, also
        after a language change), and "Try again" when `retry`; no match result, whatever the service answered."""
        self.clear()
        self._refusal = (reason, retry)
        self._set_photo(self.probe_photo, probe)
        self._refresh()
        self.restart_countdown()
        self._announce(None)

    def spoken_text(self) -> str:
        """What a screen reader says for the result shown: the verdict, its sentence, the person, the decision."""
        if self._verdict is None and self._refusal is None:
            return ""
        parts = [f"{self.verdict_label.text()}.", self.sentence.text(), self.liveness_label.text()]
        if self.gauge.isVisibleTo(self):
            parts.append(self.tr("Confidence {0} %.").format(self.gauge.value()))
        parts += [self.person_name.text(), self.person_number.text(), self.decision_label.text()]
        if self.review_pending:
            parts.append(self.review_prompt.text())
        return " ".join(part for part in parts if part)

    def _announce(self, verdict: Verdict | None) -> None:
        text = self.spoken_text()
        self.announcer.announce(text)
        self.announced.emit(text, "passed" if verdict is Verdict.MATCH else "not_passed")

    def clear(self) -> None:
        """Forget the result: no name, number, photo or decision stays on the card."""
        self._tick.stop()
        self._seconds_left = 0
        self._result = None
        self._verdict = None
        self._decision = None
        self._record_identifier = None
        self._name_text = ""
        self._number_text = ""
        self._liveness = None
        self._refusal = None
        self._set_photo(self.enrolled_photo, None)
        self._set_photo(self.probe_photo, None)
        self.reason.setEditText("")
        self._refresh()

    def set_narrow(self, narrow: bool) -> None:
        """A 1024-pixel window: smaller photos and verdict, "Needs review" across the card under them and "Next
        person" hidden until decided: 760x500 beside the navigation (in the text column it ran 100 px over)."""
        size = _NARROW_PHOTO_SIZE if narrow else _PHOTO_SIZE
        self._narrow = narrow
        set_style_property("narrow", narrow, self.verdict_label)
        if narrow:
            self._text_column.removeWidget(self.review_box)
            self._review_row.addWidget(self.review_box)
        else:
            self._review_row.removeWidget(self.review_box)
            self._text_column.insertWidget(self._text_column.indexOf(self.person_number) + 1, self.review_box)
        for label in (self.enrolled_photo, self.probe_photo):
            label.setFixedSize(*size)
            self._set_photo(label, self._photos.get(label.objectName()))
        for layout in self.findChildren(QLayout):  # hidden until a result: nothing else tells the photos' grid
            layout.invalidate()
        self._refresh()  # "Next person" back, or out of the way of a pending review

    def _set_photo(self, label: QLabel, pixmap: QPixmap | None) -> None:
        if pixmap is None or pixmap.isNull():
            self._photos.pop(label.objectName(), None)
            label.clear()
            set_style_property("empty", True, label)
            return
        self._photos[label.objectName()] = pixmap  # the original, to scale again when the size changes
        set_style_property("empty", False, label)
        label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))

    def has_photo(self, label: QLabel) -> bool:
        pixmap = label.pixmap()
        return pixmap is not None and not pixmap.isNull()

    # -- review -----------------------------------------------------------------------------------------

    @Slot()
    def confirm(self, reason: str | None = None) -> None:
        """The operator says it is the same person."""
        self._decide("confirmed", reason)

    @Slot()
    def reject(self, reason: str | None = None) -> None:
        """The operator says it is not the same person."""
        self._decide("rejected", reason)

    def _decide(self, decision: str, reason: str | None) -> None:
        if not self.review_pending or self._result is None:
            return
        if reason is not None:
            self.reason.setEditText(reason)
        reason_text = self.reason.currentText().strip()
        self._decision = {
            "decision": decision,
            "reason": reason_text,
            "mode": self._mode.value,
            "record_identifier": self._record_identifier,
            "confidence": self._result.confidence,
            "decided_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        # The log gets what an audit needs and nothing personal: no name, no photo, no free-text reason.
        logger.info("Review decision: %s (mode %s, record %s)", decision, self._mode.value,
                    self._record_identifier or "-")
        self._refresh()
        self.restart_countdown()
        self.announcer.announce(self.decision_label.text())
        self.reviewDecided.emit(dict(self._decision))

    # -- countdown --------------------------------------------------------------------------------------

    @Slot()
    def restart_countdown(self) -> None:
        """Start the countdown again from the top (any operator action on the card); none while a review
        decision is pending, or without a result."""
        if (self._result is None and self._refusal is None) or self.review_pending or self._clear_seconds <= 0:
            self._tick.stop()
        else:
            self._seconds_left = self._clear_seconds
            self._tick.start()
        self._show_countdown()

    @Slot()
    def _operator_acted(self, *_: object) -> None:
        if (self._result is not None or self._refusal is not None) and self._tick.isActive():
            self.restart_countdown()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._operator_acted()
        super().mousePressEvent(event)

    @Slot()
    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.dismiss()
            return
        self._show_countdown()

    @Slot()
    def dismiss(self) -> None:
        """Clear the card and say so (the owner gets ready for the next person)."""
        self.clear()
        self.dismissed.emit()

    def _show_countdown(self) -> None:
        if self._result is None and self._refusal is None:
            self.countdown.setText("")
        elif self.review_pending:
            self.countdown.setText(self.tr("Waiting for your decision: confirm or reject above."))
        elif self._tick.isActive():
            self.countdown.setText(self.tr("Clears in %n s", "", self._seconds_left))
        else:
            self.countdown.setText("")

    # -- look -------------------------------------------------------------------------------------------

    def _refresh(self) -> None:
        verdict, result = self._verdict, self._result
        self.next_button.setEnabled((result is not None or self._refusal is not None) and not self.review_pending)
        self.liveness_retry_button.setVisible(self._refusal is not None and self._refusal[1])
        self.enrolled_title.setVisible(self._refusal is None)
        self.enrolled_photo.setVisible(self._refusal is None)
        if self._refusal is not None:
            self._show_refusal(*self._refusal)
            return
        self._show_liveness_line()
        self.review_box.setVisible(self.review_pending)
        waiting_narrow = self._narrow and self.review_pending  # the review row takes the bottom row's place
        self.next_button.setVisible(not waiting_narrow)
        self.countdown.setVisible(not waiting_narrow)
        self.confirm_button.setEnabled(self.review_pending)
        self.reject_button.setEnabled(self.review_pending)
        if self._enrolled_is_reference:
            self.enrolled_title.setText(self.tr("Reference photo"))
        else:
            self.enrolled_title.setText(self.tr("Enrolled photo"))
        self.probe_title.setText(self.tr("Photo just taken"))
        for label in (self.enrolled_photo, self.probe_photo):
            if not self.has_photo(label):
                label.setText(self.tr("No photo") if result is not None else "")
        if verdict is None or result is None:
            self.mark.setText("")
            self.verdict_label.setText("")
            self.sentence.setText("")
            self.person_name.setText("")
            self.person_number.setText("")
            self.decision_label.setText("")
            self.decision_label.hide()
            self.gauge.setValue(0)
            self.gauge_value.setText("")
            self.setAccessibleName(self.tr("No result"))
            self.setAccessibleDescription("")
            self._apply_style(None)
            self._show_countdown()
            return
        word = self._verdict_word(verdict)
        self.mark.setText(MARKS[verdict])
        self.verdict_label.setText(word)
        self.sentence.setText(self._sentence(verdict, result))
        compared = verdict is not Verdict.NOT_CHECKED
        self.gauge.setVisible(compared)
        self.gauge_label.setVisible(compared)
        self.gauge_value.setVisible(compared)
        self.gauge.setValue(max(0, min(100, round(result.confidence))))
        self.gauge_value.setText(self.tr("{0} %").format(self.gauge.value()))
        self.person_name.setText(self._name_text)
        self.person_name.setVisible(bool(self._name_text))
        self.person_number.setText(self.tr("Number: {0}").format(self._number_text) if self._number_text else "")
        self.person_number.setVisible(bool(self._number_text))
        if self._decision is not None:
            reason = str(self._decision.get("reason") or "")
            if self._decision["decision"] == "confirmed":
                text = self.tr("✓ You confirmed: same person.")
            else:
                text = self.tr("✗ You rejected: not the same person.")
            if reason:
                text += " " + self.tr("Reason: {0}").format(reason)
            self.decision_label.setText(text)
            self.decision_label.show()
        else:
            self.decision_label.setText("")
            self.decision_label.hide()
        self.setAccessibleName(f"{word}. {self.sentence.text()}")
        self.setAccessibleDescription(self.spoken_text())
        self._apply_style(verdict)
        self._show_countdown()

    def _show_liveness_line(self) -> None:
        mark = self._liveness if self._result is not None else None
        if mark is LivenessMark.CONFIRMED:
            self.liveness_label.setText(self.tr("✓ Live person: confirmed"))
        elif mark is LivenessMark.NOT_CONFIRMED:
            self.liveness_label.setText(self.tr("⚠ Live person not confirmed: check the person yourself"))
        set_style_property("tone", "ok" if mark is LivenessMark.CONFIRMED else "red", self.liveness_label)
        self.liveness_label.setVisible(mark is not None)

    def _show_refusal(self, reason: Reason, retry: bool) -> None:
        """No match result: the liveness check could not confirm a live person."""
        for widget in (self.gauge, self.gauge_label, self.gauge_value, self.person_name, self.person_number,
                       self.decision_label):
            widget.hide()
        self.mark.setText("?" if retry else "✗")
        self.verdict_label.setText(self.tr("Not confirmed") if retry else self.tr("Refused"))
        if retry:
            self.sentence.setText(self.tr("Could not confirm a live person: try again"))
            advice = self.tr("Press Try again and follow the instructions on the screen.")
        else:
            self.sentence.setText(self.tr("Could not confirm a live person"))
            advice = self.tr("Please ask at the desk for help.")
        set_style_property("tone", "", self.liveness_label)
        self.liveness_label.setText(f"{reason_text(reason)} {advice}".strip())
        self.liveness_label.show()
        self.probe_title.setText(self.tr("Photo just taken"))
        self.setAccessibleName(f"{self.verdict_label.text()}. {self.sentence.text()}")
        self.setAccessibleDescription(self.spoken_text())
        self._apply_style(Verdict.REVIEW if retry else Verdict.NO_MATCH)
        self._show_countdown()

    def _apply_style(self, verdict: Verdict | None) -> None:
        # The theme colours the card, its mark, word and gauge by `verdict` (empty: no result, no colour).
        value = verdict.value if verdict is not None else ""
        set_style_property("verdict", value, self, self.mark, self.verdict_label, self.gauge)
