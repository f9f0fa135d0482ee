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
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facestation.api import FaceList, FaceRecord, IdentifyResult, errors
from facestation.api.images import FRAME_JPEG_BUDGET
from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.core.outbox import is_offline_error
from facestation.station.ui.dialogs import (
    field_label,
    mark_invalid,
    role_label,
    show_message,
)
from facestation.station.ui.images import bgr_to_qpixmap
from facestation.station.ui.ops import OpHandle, Problem
from facestation.station.ui.panels.base import Panel, StationContext
from facestation.station.ui.widgets.capture_panel import CapturePanel
from facestation.station.ui.widgets.file_dialogs import photo_name_filters
from facestation.station.ui.widgets.result_card import (
    ResultCard,
    VerifyMode,
    pixmap_from_bytes,
)
from facestation.vision.faces import BGRImage
from facestation.vision.imageio import ImageError, load_image
from facestation.vision.jpeg import encode_jpeg

__all__ = ["ReferencePhoto", "VerifyMode", "VerifyPanel", "prepare_reference"]

logger = logging.getLogger(__name__)

_TARGET_PHOTO_SIZE = (66, 88)  # the expected person's or the reference photo, small beside the field
_REFERENCE_MAX_SIDE = 1600  # plenty for a face on an ID document; keeps the upload light
_PREVIEW_MAX_SIDE = 512
_NUMBER_LIMIT = 100  # the service's limit for external identifiers
_AUDIT_TEXT_LIMIT = 200  # the activity log refuses longer texts


@dataclass(frozen=True)
class ReferencePhoto:
    """A reference image ready to send, with a small copy to show."""

    jpeg: bytes
    preview: BGRImage
    name: str  # the file name, or "" when taken with the camera


def prepare_reference(path: str | Path) -> ReferencePhoto:
    """Read a reference photo file (upright by its EXIF orientation, size limits), shrink it to a sensible size
    and encode it as a JPEG. Blocking (disk and OpenCV): run it with `ops.run_blocking`."""
    path = Path(path)
    image = load_image(path)
    longest = max(image.shape[:2])
    if longest > _REFERENCE_MAX_SIDE:
        factor = _REFERENCE_MAX_SIDE / longest
        image = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    jpeg = encode_jpeg(image, max_bytes=FRAME_JPEG_BUDGET, min_width=min(240, image.shape[1]))
    factor = min(1.0, _PREVIEW_MAX_SIDE / max(image.shape[:2]))
    preview = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA) if factor < 1 else image
    return ReferencePhoto(jpeg=jpeg, preview=preview, name=path.name)


@dataclass(frozen=True)
class _Job:
    """What one verification compares, kept as it was when it started (the card shows exactly that)."""

    mode: VerifyMode
    probe: QPixmap
    expected: FaceRecord | None = None
    number: str = ""
    reference: QPixmap | None = None
    list_id: str = ""
    list_name: str = ""


class VerifyPanel(Panel):
    """The Verify page. `reviewDecided(dict)` repeats the result card's review decisions (decision, reason,
    mode, record identifier, confidence, time) for the audit."""

    reviewDecided = Signal(dict)

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("VerifyPanel")
        self._mode = VerifyMode.PERSON
        self._active = False
        self._has_camera = False
        self._expected: FaceRecord | None = None
        self._expected_number = ""
        self._reference: ReferencePhoto | None = None
        self._reference_pixmap: QPixmap | None = None
        self._awaiting_reference = False
        self._probe: CaptureResult | None = None
        self._lists: list[FaceList] = []
        self._lists_loaded = False
        self._verify_handle: OpHandle | None = None
        self._lookup_handle: OpHandle | None = None
        self._reference_handle: OpHandle | None = None
        self._lists_handle: OpHandle | None = None
        self._cancelled = False
        self._offline = not context.online  # no check starts while the service cannot be reached
        self._file_dialog: QFileDialog | None = None
        self._last_directory = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)

        layout = self.page_layout()
        layout.setSpacing(10)

        # -- the three modes, as one segmented control ----------------------------------------------------
        self.mode_buttons: dict[VerifyMode, QPushButton] = {}
        self._mode_group = QButtonGroup(self)
        self._mode_group.setExclusive(True)
        modes_row = QHBoxLayout()
        modes_row.setSpacing(0)
        for position, mode in enumerate(VerifyMode):
            button = QPushButton(self)
            button.setObjectName(f"mode{mode.value.capitalize()}Button")
            button.setProperty("segment", ("first", "middle", "last")[position])
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(56)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, chosen=mode: self.set_mode(chosen))
            self._mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes_row.addWidget(button)
        self.mode_buttons[VerifyMode.PERSON].setChecked(True)

        # -- what to compare with: one row per mode --------------------------------------------------------
        self.target_stack = QStackedWidget(self)
        self.target_stack.setObjectName("targetStack")
        self.target_stack.addWidget(self._build_person_row())
        self.target_stack.addWidget(self._build_photo_row())
        self.target_stack.addWidget(self._build_list_row())
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
        self.main_stack = QStackedWidget(self)
        self.main_stack.setObjectName("mainStack")
        self.main_stack.addWidget(self.capture)
        self.main_stack.addWidget(self.card)

        layout.addLayout(modes_row)
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

        # Sizes only: the colours of the segmented control and the photo frames come from the theme.
        self.setStyleSheet(
            "QPushButton[segment] { font-size: 17px; min-height: 46px; }"
            " QLabel#nextStep { font-size: 18px; font-weight: 600; }"
            " QLabel#expectedName { font-size: 19px; font-weight: 600; }"
            " QLabel#expectedPhoto, QLabel#referencePhoto { font-size: 11px; }"
            " QLineEdit#numberField { font-size: 20px; min-height: 46px; }"
            " QComboBox#listCombo { font-size: 17px; min-height: 46px; }"
        )
        context.events.onlineChanged.connect(self._online_changed)
        self.retranslate_ui()
        self._show_expected()
        self._show_reference()
        self._update_next_step()

    # -- building ------------------------------------------------------------------------------------------

    def _target_photo(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setProperty("role", "photo")
        label.setFixedSize(*_TARGET_PHOTO_SIZE)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _row_button(self, name: str, parent: QWidget) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setMinimumHeight(52)
        button.setAutoDefault(False)
        font = QFont(button.font())
        font.setPixelSize(16)
        button.setFont(font)
        return button

    def _build_person_row(self) -> QWidget:
        page = QWidget(self)
        self.number_label = QLabel(page)
        self.number_field = QLineEdit(page)
        self.number_field.setObjectName("numberField")
        self.number_field.setMaxLength(_NUMBER_LIMIT)
        self.number_field.setClearButtonEnabled(True)
        self.number_field.returnPressed.connect(self.look_up)  # a barcode scanner types the number and Enter
        self.number_field.textEdited.connect(self._number_edited)
        field_label(self.number_label, self.number_field)
        self.lookup_button = self._row_button("lookUpButton", page)
        self.lookup_button.clicked.connect(self.look_up)
        self.number_error = role_label("fieldError", page)
        self.number_error.setObjectName("numberError")
        self.number_error.hide()
        self.expected_photo = self._target_photo("expectedPhoto", page)
        self.expected_name = QLabel(page)
        self.expected_name.setObjectName("expectedName")
        self.expected_name.setWordWrap(True)
        self.expected_detail = role_label("hint", page)
        self.expected_detail.setObjectName("expectedDetail")

        field_row = QHBoxLayout()
        field_row.setSpacing(10)
        field_row.addWidget(self.number_label)
        field_row.addWidget(self.number_field, 1)
        field_row.addWidget(self.lookup_button)
        field_column = QVBoxLayout()
        field_column.setSpacing(2)
        field_column.addLayout(field_row)
        field_column.addWidget(self.number_error)
        field_column.addStretch(1)
        expected_text = QVBoxLayout()
        expected_text.setSpacing(2)
        expected_text.addWidget(self.expected_name)
        expected_text.addWidget(self.expected_detail)
        expected_text.addStretch(1)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addLayout(field_column, 3)
        row.addWidget(self.expected_photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(expected_text, 2)
        return page

    def _build_photo_row(self) -> QWidget:
        page = QWidget(self)
        self.choose_reference_button = self._row_button("chooseReferenceButton", page)
        self.choose_reference_button.clicked.connect(self.choose_reference_file)
        self.camera_reference_button = self._row_button("cameraReferenceButton", page)
        self.camera_reference_button.clicked.connect(self.take_reference_with_camera)
        self.reference_photo = self._target_photo("referencePhoto", page)
        self.reference_status = QLabel(page)
        self.reference_status.setObjectName("referenceStatus")
        self.reference_status.setWordWrap(True)
        self.reference_error = role_label("fieldError", page)
        self.reference_error.setObjectName("referenceError")
        self.reference_error.hide()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.reference_status)
        text.addWidget(self.reference_error)
        text.addStretch(1)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.choose_reference_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.camera_reference_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(8)
        row.addWidget(self.reference_photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return page

    def _build_list_row(self) -> QWidget:
        page = QWidget(self)
        self.list_label = QLabel(page)
        self.list_combo = QComboBox(page)
        self.list_combo.setObjectName("listCombo")
        self.list_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list_combo.currentIndexChanged.connect(self._list_chosen)
        field_label(self.list_label, self.list_combo)
        self.lists_hint = role_label("hint", page)
        self.lists_hint.setObjectName("listsHint")
        self.lists_hint.hide()
        self.lists_error = role_label("fieldError", page)
        self.lists_error.setObjectName("listsError")
        self.lists_error.hide()
        combo_row = QHBoxLayout()
        combo_row.setSpacing(10)
        combo_row.addWidget(self.list_label)
        combo_row.addWidget(self.list_combo, 1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(combo_row)
        column.addWidget(self.lists_hint)
        column.addWidget(self.lists_error)
        column.addStretch(1)
        return page

    def retranslate_ui(self) -> None:
        # Mnemonics: the main window uses Alt+E, V, R, L, S and T; none of these repeat them.
        self.mode_buttons[VerifyMode.PERSON].setText(self.tr("Against a &person"))
        self.mode_buttons[VerifyMode.PERSON].setToolTip(self.tr(
            "Check that the person is who their member or employee number says"))
        self.mode_buttons[VerifyMode.PHOTO].setText(self.tr("Against a ph&oto"))
        self.mode_buttons[VerifyMode.PHOTO].setToolTip(self.tr(
            "Compare the person with a photo, for example the one on their ID document"))
        self.mode_buttons[VerifyMode.LIST].setText(self.tr("Against a l&ist"))
        self.mode_buttons[VerifyMode.LIST].setToolTip(self.tr("Find out who on a list this person is"))
        self.number_label.setText(self.tr("Person's &number:"))
        self.number_field.setPlaceholderText(self.tr("Type or scan the number, then press Enter"))
        self.lookup_button.setText(self.tr("Look &up"))
        self.choose_reference_button.setText(self.tr("C&hoose photo file…"))
        self.choose_reference_button.setToolTip(self.tr("A scan or photo of the ID document, for example"))
        self.camera_reference_button.setText(self.tr("Use the ca&mera"))
        self.camera_reference_button.setToolTip(self.tr(
            "Hold the ID document's photo up to the camera; it becomes the reference photo"))
        self.list_label.setText(self.tr("List to check a&gainst:"))
        self.list_combo.setPlaceholderText(self.tr("Choose a list"))
        self.retry_button.setText(self.tr("Tr&y again"))
        self._show_offline()
        self.setAccessibleName(self.tr("Verify a person"))
        self.capture.retranslate_ui()
        self.card.retranslate_ui()
        self._fill_list_combo()
        self._show_expected()
        self._show_reference()
        self._update_next_step()

    # -- state (for the main window and tests) -------------------------------------------------------------

    @property
    def mode(self) -> VerifyMode:
        return self._mode

    @property
    def expected_person(self) -> FaceRecord | None:
        """The person looked up by number (Against a person)."""
        return self._expected

    @property
    def reference(self) -> ReferencePhoto | None:
        return self._reference

    @property
    def awaiting_reference(self) -> bool:
        """The next photo the camera takes becomes the reference photo."""
        return self._awaiting_reference

    @property
    def probe(self) -> CaptureResult | None:
        """The photo of the person just taken, until a retake."""
        return self._probe

    @property
    def lists(self) -> list[FaceList]:
        return list(self._lists)

    @property
    def lists_loaded(self) -> bool:
        return self._lists_loaded

    @property
    def offline(self) -> bool:
        """The service cannot be reached: the page says so and starts no check."""
        return self._offline

    @property
    def verifying(self) -> bool:
        return self._verify_handle is not None and not self._verify_handle.done

    @property
    def showing_result(self) -> bool:
        return self.main_stack.currentWidget() is self.card

    @property
    def file_dialog(self) -> QFileDialog | None:
        """The open "Choose photo file" dialog, if any."""
        return self._file_dialog

    def target_ready(self) -> bool:
        """Whether there is something to compare the photo with in the current mode."""
        if self._mode is VerifyMode.PERSON:
            return self._expected is not None
        if self._mode is VerifyMode.PHOTO:
            return self._reference is not None and not self._awaiting_reference
        return self.list_combo.currentData() is not None

    # -- hooks -----------------------------------------------------------------------------------------------

    def activate(self) -> None:
        self._active = True
        self._start_camera()
        self.load_lists()
        if self._mode is VerifyMode.PERSON and not self.showing_result:
            self.number_field.setFocus()

    def deactivate(self) -> None:
        # A result on the card stays (it clears itself on its countdown; a pending review waits for its
        # decision); the camera goes to whichever page is shown next.
        self._active = False
        self._stop_verification()
        self._cancel(self._lookup_handle)
        self._close_file_dialog()
        self.capture.stop()
        self._update_next_step()

    def clear_personal_data(self) -> None:
        self._stop_verification()
        for handle in (self._lookup_handle, self._reference_handle):
            self._cancel(handle)
        self._close_file_dialog()
        self.card.clear()
        self.main_stack.setCurrentWidget(self.capture)
        self.number_field.clear()
        self._set_expected(None)
        show_message(self.number_error, "")
        mark_invalid(self.number_field, False)
        self._set_reference(None)
        self._awaiting_reference = False
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
        if mode is self._mode:
            return
        self._mode = mode
        self.target_stack.setCurrentIndex(list(VerifyMode).index(mode))
        self._awaiting_reference = False
        if mode is VerifyMode.LIST and not self._lists_loaded:
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
        self._cancel(self._lookup_handle)
        self._set_expected(None)
        self._target_changed()
        show_message(self.number_error, "")
        mark_invalid(self.number_field, False)
        self._lookup_handle = self.ops.run_async(
            self.context.client.records.get_by_external_id(number),
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
            text = self.tr("No person with number {0}. Check the number, or enrol the person first.").format(number)
        else:
            text = problem.text
        show_message(self.number_error, text)
        mark_invalid(self.number_field, True)
        self._update_next_step()

    @Slot(str)
    def _number_edited(self, _text: str) -> None:
        show_message(self.number_error, "")
        mark_invalid(self.number_field, False)
        if self._expected is not None:
            self._set_expected(None)  # the expected person belongs to the old number
            self._target_changed()

    def _set_expected(self, record: FaceRecord | None, number: str = "") -> None:
        self._expected = record
        self._expected_number = number if record is not None else ""
        self._show_expected()

    def _show_expected(self) -> None:
        record = self._expected
        if record is None:
            self.expected_photo.clear()
            self.expected_photo.setText(self.tr("Expected person"))
            self.expected_photo.setVisible(False)
            self.expected_name.setText("")
            self.expected_detail.setText("")
            return
        self.expected_photo.setVisible(True)
        pixmap = pixmap_from_bytes(record.face_image)
        if pixmap is None:
            self.expected_photo.clear()
            self.expected_photo.setText(self.tr("No photo"))
        else:
            self.expected_photo.setPixmap(pixmap.scaled(
                self.expected_photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.expected_name.setText(record.full_name)
        detail = self.tr("Expected person, number {0}").format(record.external_identifier or self._expected_number)
        if not record.enabled:
            detail += "\n" + self.tr("This record is switched off: the check will not run.")
        self.expected_detail.setText(detail)

    # -- against a photo ---------------------------------------------------------------------------------

    @Slot()
    def choose_reference_file(self) -> QFileDialog:
        """Ask for the reference photo file (window-modal, `open()`: never a nested event loop)."""
        if self._file_dialog is not None and isValid(self._file_dialog) and self._file_dialog.isVisible():
            self._file_dialog.raise_()
            return self._file_dialog
        dialog = QFileDialog(self, self.tr("Choose the reference photo"), self._last_directory)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilters(photo_name_filters())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.load_reference)
        dialog.finished.connect(self._file_dialog_finished)
        self._file_dialog = dialog
        dialog.open()
        return dialog

    @Slot(int)
    def _file_dialog_finished(self, _result: int) -> None:
        self._file_dialog = None

    def _close_file_dialog(self) -> None:
        dialog, self._file_dialog = self._file_dialog, None
        if dialog is not None and isValid(dialog):
            dialog.reject()

    @Slot(str)
    def load_reference(self, path: str | Path) -> None:
        """Use a photo file as the reference (read and prepared in the background)."""
        path = Path(path)
        self._last_directory = str(path.parent)
        self._awaiting_reference = False
        self._cancel(self._reference_handle)
        show_message(self.reference_error, "")
        self._reference_handle = self.ops.run_blocking(
            prepare_reference, path, on_success=self._reference_ready, on_error=self._reference_failed,
            busy=self.tr("Reading the reference photo…"))
        self.reference_status.setText(self.tr("Reading {0}…").format(path.name))

    def _reference_ready(self, reference: ReferencePhoto) -> None:
        self._set_reference(reference)
        self._target_changed()

    def _reference_failed(self, problem: Problem) -> None:
        error = problem.error
        if isinstance(error, ImageError):
            text = self.tr("This file cannot be used as a photo: {0}").format(str(error))
        elif isinstance(error, OSError):
            text = self.tr("The file cannot be opened. Check that it is still there, or choose another file.")
        else:
            text = problem.text
        show_message(self.reference_error, text)
        self._show_reference()
        self._update_next_step()

    @Slot()
    def take_reference_with_camera(self) -> None:
        """The next photo the camera takes is the reference (hold the ID document up to it); then the person's."""
        self._cancel(self._reference_handle)
        self._set_reference(None)
        show_message(self.reference_error, "")
        self._awaiting_reference = True
        self._target_changed()
        self.main_stack.setCurrentWidget(self.capture)
        if self._probe is not None or self.capture.capture is not None:
            self.capture.retake()
        self._show_reference()
        self._update_next_step()

    def _set_reference(self, reference: ReferencePhoto | None) -> None:
        self._reference = reference
        self._reference_pixmap = None if reference is None else bgr_to_qpixmap(reference.preview)
        self._show_reference()

    def _show_reference(self) -> None:
        if self._reference_pixmap is None:
            self.reference_photo.clear()
            self.reference_photo.setText(self.tr("No photo"))
        else:
            self.reference_photo.setPixmap(self._reference_pixmap.scaled(
                self.reference_photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        if self._awaiting_reference:
            text = self.tr("Hold the photo up to the camera. It is taken by itself, or press “Take photo now”.")
        elif self._reference is None:
            text = self.tr("No reference photo yet: choose a file, or take it with the camera.")
        elif self._reference.name:
            text = self.tr("Reference photo: {0}").format(self._reference.name)
        else:
            text = self.tr("Reference photo taken with the camera.")
        self.reference_status.setText(text)

    # -- against a list ------------------------------------------------------------------------------------

    def load_lists(self) -> None:
        """Fetch the lists for the combo (again): on activation, and when the Lists page changed them."""
        self._cancel(self._lists_handle)
        self._lists_handle = self.ops.run_async(self.context.directory.all_lists(), on_success=self._lists_arrived,
                                                on_error=self._lists_failed)

    def _lists_arrived(self, lists: list[FaceList]) -> None:
        self._lists = list(lists)
        self._lists_loaded = True
        show_message(self.lists_error, "")
        self._fill_list_combo()

    def _lists_failed(self, problem: Problem) -> None:
        show_message(self.lists_error, problem.text)
        self._update_next_step()

    def _fill_list_combo(self) -> None:
        chosen = self.list_combo.currentData()
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        for face_list in self._lists:
            if face_list.record_count is None:
                label = face_list.name
            elif face_list.record_count == 1:
                label = self.tr("{0} (1 person)").format(face_list.name)
            else:
                label = self.tr("{0} ({1} people)").format(face_list.name, face_list.record_count)
            self.list_combo.addItem(label, face_list.identifier)
        if chosen is None:
            index = 0 if self._lists else -1
        else:
            index = self.list_combo.findData(chosen)  # -1 when it is gone: never silently another list
        self.list_combo.setCurrentIndex(index)
        self.list_combo.blockSignals(False)
        self.list_combo.setEnabled(bool(self._lists))
        empty = self._lists_loaded and not self._lists
        show_message(self.lists_hint, self.tr(
            "There are no lists yet. Create one on the Lists page and add people to it.") if empty else "")
        if self.list_combo.currentData() != chosen:
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
        if self.list_combo.currentData() is not None:
            show_message(self.lists_error, "")
        if self._mode is VerifyMode.LIST:
            self._target_changed()
        else:
            self._update_next_step()

    # -- the photo of the person and the check -------------------------------------------------------------

    @Slot(object)
    def _on_portrait_captured(self, capture: CaptureResult) -> None:
        if self._awaiting_reference:
            # This one is the document's photo; the person's comes next.
            self._awaiting_reference = False
            self._set_reference(ReferencePhoto(jpeg=capture.jpeg, preview=capture.portrait, name=""))
            self.capture.retake()
            self._target_changed()
            return
        self._probe = capture
        self._hide_error()
        self._update_next_step()
        self._maybe_verify()

    @Slot()
    def _on_portrait_cleared(self) -> None:
        self._probe = None
        self._stop_verification()
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
        job, work = self._job_for(probe)
        self._cancelled = False
        handle = self.ops.run_async(work, on_success=lambda result: self._verified(job, result),
                                    on_error=lambda problem: self._verify_failed(job, problem),
                                    busy=self.tr("Checking the face…"))
        handle.finished.connect(lambda: self._verify_finished(handle))
        self._verify_handle = handle
        self._update_next_step()

    def _job_for(self, probe: CaptureResult) -> tuple[_Job, Coroutine[Any, Any, IdentifyResult]]:
        recognition = self.context.client.recognition
        probe_pixmap = bgr_to_qpixmap(probe.portrait)
        if self._mode is VerifyMode.PERSON:
            job = _Job(VerifyMode.PERSON, probe_pixmap, expected=self._expected, number=self._expected_number)
            return job, recognition.identify_record(face_image=probe.jpeg, external_identifier=self._expected_number)
        if self._mode is VerifyMode.PHOTO:
            assert self._reference is not None
            job = _Job(VerifyMode.PHOTO, probe_pixmap, reference=self._reference_pixmap)
            return job, recognition.identify_reference_image(face_image=probe.jpeg,
                                                             reference_image=self._reference.jpeg)
        list_id = str(self.list_combo.currentData())
        list_name = next((item.name for item in self._lists if item.identifier == list_id), "")
        job = _Job(VerifyMode.LIST, probe_pixmap, list_id=list_id, list_name=list_name)
        return job, recognition.identify_in_list(face_image=probe.jpeg, list_id=list_id)

    def _verified(self, job: _Job, result: IdentifyResult) -> None:
        expected = job.expected
        record_id = expected.identifier if expected is not None else result.identifier
        self.context.record("verify", record_ids=[record_id] if record_id else [], list_ids=[job.list_id]
                            if job.list_id else [], details={"mode": job.mode.value, "result": result.result.name,
                                                             "confidence": round(float(result.confidence), 3)})
        if job.mode is VerifyMode.PHOTO:
            enrolled: QPixmap | bytes | None = job.reference
        else:
            enrolled = result.face_image or (expected.face_image if expected is not None else None)
        self.card.set_clear_seconds(self.context.config.result_clear_seconds)
        self.card.show_result(
            result, mode=job.mode, probe=job.probe, enrolled=enrolled,
            enrolled_is_reference=job.mode is VerifyMode.PHOTO,
            person_name=expected.full_name if expected is not None else None,
            external_identifier=(expected.external_identifier or job.number) if expected is not None else None,
            record_identifier=expected.identifier if expected is not None else None)
        self.main_stack.setCurrentWidget(self.card)
        focus = self.card.confirm_button if self.card.review_pending else self.card.next_button
        focus.setFocus()
        self._update_next_step()

    def _verify_failed(self, job: _Job, problem: Problem) -> None:
        error = problem.error
        if error is not None and is_offline_error(error):
            self._set_offline(True)
            return
        if isinstance(error, errors.NotFoundError) and job.mode is VerifyMode.PERSON:
            # Deleted since the look-up: say so on the number field.
            self._set_expected(None)
            show_message(self.number_error, self.tr(
                "No person with number {0}. Check the number, or enrol the person first.").format(job.number))
            mark_invalid(self.number_field, True)
            self._update_next_step()
            return
        if isinstance(error, errors.NotFoundError) and job.mode is VerifyMode.LIST:
            # Deleted elsewhere: it leaves the combo, and no other list is chosen in its place.
            self._lists = [item for item in self._lists if item.identifier != job.list_id]
            self._fill_list_combo()
            show_message(self.lists_error, self.tr(
                "The list “{0}” no longer exists. Choose another list.").format(job.list_name))
            self._update_next_step()
            return
        self._show_error(problem.text, retry=True)

    def _verify_finished(self, handle: OpHandle) -> None:
        if handle is not self._verify_handle:
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
        if not self._offline:
            text = ""
        elif self.context.outbox is not None:
            text = self.tr("No connection: checking a face needs the service. Enrolments and changes made now are "
                           "kept and sent later.")
        else:
            text = self.tr("No connection: checking a face needs the service. Wait until the connection is back.")
        show_message(self.offline_label, text)

    @Slot(dict)
    def _log_review(self, decision: dict[str, Any]) -> None:
        """The operator's review decision, for the activity log: identifiers, never a name or a photo."""
        record_id = decision.get("record_identifier") or (
            self.card.result.identifier if self.card.result is not None else None)
        verdict = {"confirmed": "confirm", "rejected": "reject"}.get(str(decision.get("decision")),
                                                                    str(decision.get("decision")))
        confidence = decision.get("confidence")
        self.context.record("review", record_ids=[str(record_id)] if record_id else [], details={
            "decision": verdict, "reason": str(decision.get("reason") or "")[:_AUDIT_TEXT_LIMIT],
            "mode": str(decision.get("mode") or ""),
            "confidence": round(float(confidence), 3) if isinstance(confidence, int | float) else None})

    # -- the next person -------------------------------------------------------------------------------------

    @Slot()
    def _next_person(self) -> None:
        """The result card cleared itself (or "Next person"): forget who it was, and take the next photo."""
        self.main_stack.setCurrentWidget(self.capture)
        self._hide_error()
        if self._mode is VerifyMode.PERSON:
            self.number_field.clear()
            self._set_expected(None)
            show_message(self.number_error, "")
            mark_invalid(self.number_field, False)
            self.number_field.setFocus()
        elif self._mode is VerifyMode.PHOTO:
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
        handle, self._verify_handle = self._verify_handle, None
        self._cancel(handle)

    def _cancel(self, handle: OpHandle | None) -> None:
        if handle is not None and not handle.done:
            handle.cancel()

    def _update_next_step(self) -> None:
        if self._offline:  # "Try again" asks the service whether it answers again
            self.retry_button.setVisible(self._probe is not None and self.target_ready() and not self.showing_result)
        self.next_step.setText(self._next_step_text())

    def _next_step_text(self) -> str:
        if self.showing_result:
            if self.card.review_pending:
                return self.tr("Compare the two photos, then confirm or reject.")
            return self.tr("Press “Next person” when you are done, or wait: the result clears by itself.")
        if self.verifying:
            return self.tr("Checking the face… The camera keeps running.")
        if self._offline:
            return self.tr("Wait for the connection: the check starts by itself when the service answers, or "
                           "press “Try again”.") if self._probe is not None and self.target_ready() else \
                self.tr("Checks wait for the connection. Meanwhile you can enrol people and change records.")
        if self.error_label.isVisibleTo(self):
            return self.tr("The check did not work. See below, then press “Try again”.")
        if self._cancelled:
            return self.tr("The check was cancelled. Press “Try again”, or retake the photo.")
        photo_taken = self._probe is not None
        if self.capture.showing_file:
            look = self.tr("Checking the photo file: it is taken by itself when the face is clear, or press "
                           "“Take photo now”.")
        elif self._has_camera:
            look = self.tr("Ask the person to look at the camera. The photo is taken by itself.")
        else:
            look = self.tr("No camera: load the person's photo with “Load photo from file…”.")
        if self._mode is VerifyMode.PERSON:
            if self._lookup_handle is not None and not self._lookup_handle.done:
                return self.tr("Looking up the person…")
            if self._expected is None:
                if photo_taken:
                    return self.tr("Photo taken. Now type or scan the person's number and press Enter.")
                return self.tr("Type or scan the person's number and press Enter.")
            return look
        if self._mode is VerifyMode.PHOTO:
            if self._awaiting_reference:
                return self.tr("First the reference: hold the ID document's photo up to the camera.")
            if self._reference is None:
                if photo_taken:
                    return self.tr("Photo taken. Now choose the reference photo: a file, or with the camera.")
                return self.tr("First choose the reference photo (for example from the ID document).")
            return look
        if self.list_combo.currentData() is None:
            if self._lists_loaded and not self._lists:
                return self.tr("There is no list to check against yet.")
            return self.tr("Choose the list to check against.")
        return look
