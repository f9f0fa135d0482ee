"""The Verify page's controls: the mode switch, and the "what to compare with" rows, one per mode: the person's
number (with who is expected), the reference photo (and its file dialog), and the list. They hold widgets and
texts; the page decides what they show."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths, Qt, Signal
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
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facestation.api import FaceList, FaceRecord
from facestation.station.core.verification import ReferencePhoto, VerifyMode
from facestation.station.ui.kit import (
    field_label,
    mark_invalid,
    role_label,
    show_message,
)
from facestation.station.ui.widgets.elided_label import ElidedLabel
from facestation.station.ui.widgets.file_dialogs import photo_name_filters
from facestation.station.ui.widgets.result_card import pixmap_from_bytes
from facestation.vision.imageio import ImageError

__all__ = ["ListRow", "ModeSwitch", "PersonRow", "PhotoRow"]

_TARGET_PHOTO_SIZE = (66, 88)  # the expected person's or the reference photo, small beside the field
_NUMBER_LIMIT = 100  # the service's limit for external identifiers


def _target_photo(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("role", "photo")
    label.setFixedSize(*_TARGET_PHOTO_SIZE)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def _row_button(name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(52)
    button.setAutoDefault(False)
    font = QFont(button.font())
    font.setPixelSize(16)
    button.setFont(font)
    return button


def _show_photo(label: QLabel, pixmap: QPixmap | None, missing: str) -> None:
    if pixmap is None:
        label.clear()
        label.setText(missing)
    else:
        label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))


class ModeSwitch(QWidget):
    """The three modes as one segmented control; `modeChosen(VerifyMode)` when the operator picks one."""

    modeChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[VerifyMode, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for position, mode in enumerate(VerifyMode):
            button = QPushButton(self)
            button.setObjectName(f"mode{mode.value.capitalize()}Button")
            button.setProperty("segment", ("first", "middle", "last")[position])
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(56)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, chosen=mode: self.modeChosen.emit(chosen))
            self._group.addButton(button)
            self.buttons[mode] = button
            row.addWidget(button)
        self.buttons[VerifyMode.PERSON].setChecked(True)

    def retranslate_ui(self) -> None:
        # Mnemonics: the main window uses Alt+E, V, R, L, S and T; none of these repeat them.
        self.buttons[VerifyMode.PERSON].setText(self.tr("Against a &person"))
        self.buttons[VerifyMode.PERSON].setToolTip(self.tr(
            "Check that the person is who their member or employee number says"))
        self.buttons[VerifyMode.PHOTO].setText(self.tr("Against a ph&oto"))
        self.buttons[VerifyMode.PHOTO].setToolTip(self.tr(
            "Compare the person with a photo, for example the one on their ID document"))
        self.buttons[VerifyMode.LIST].setText(self.tr("Against a l&ist"))
        self.buttons[VerifyMode.LIST].setToolTip(self.tr("Find out who on a list this person is"))


class PersonRow(QWidget):
    """Against a person: the number field (typed, or a barcode scanner's number and Enter), Look up, and the
    expected person's photo, name and number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: FaceRecord | None = None
        self._number = ""
        self.number_label = QLabel(self)
        self.number_field = QLineEdit(self)
        self.number_field.setObjectName("numberField")
        self.number_field.setMaxLength(_NUMBER_LIMIT)
        self.number_field.setClearButtonEnabled(True)
        field_label(self.number_label, self.number_field)
        self.lookup_button = _row_button("lookUpButton", self)
        self.number_error = role_label("fieldError", self)
        self.number_error.setObjectName("numberError")
        self.number_error.hide()
        self.expected_photo = _target_photo("expectedPhoto", self)
        # One line, shortened with "…" (whole name in its tooltip): a long name wrapping to two lines pushed the
        # "Expected person, number …" line out of the row at 1024 px.
        self.expected_name = ElidedLabel(self)
        self.expected_name.setObjectName("expectedName")
        self.expected_detail = role_label("hint", self)
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
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addLayout(field_column, 3)
        row.addWidget(self.expected_photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(expected_text, 2)

    def retranslate_ui(self) -> None:
        self.number_label.setText(self.tr("Person's &number:"))
        self.number_field.setPlaceholderText(self.tr("Type or scan the number, then press Enter"))
        self.lookup_button.setText(self.tr("Look &up"))
        self.show_expected(self._record, self._number)

    def show_not_found(self, number: str) -> None:
        self.show_error(self.tr("No person with number {0}. Check the number, or enrol the person first.").format(
            number))

    def show_error(self, text: str) -> None:
        """A problem with the number, on its field (which gets the focus)."""
        show_message(self.number_error, text)
        mark_invalid(self.number_field, True)

    def show_expected(self, record: FaceRecord | None, number: str = "") -> None:
        """Who is expected (None: nobody looked up)."""
        self._record, self._number = record, number
        if record is None:
            self.expected_photo.clear()
            self.expected_photo.setText(self.tr("Expected person"))
            self.expected_photo.setVisible(False)
            self.expected_name.setText("")
            self.expected_detail.setText("")
            return
        self.expected_photo.setVisible(True)
        _show_photo(self.expected_photo, pixmap_from_bytes(record.face_image), self.tr("No photo"))
        self.expected_name.setText(record.full_name)
        detail = self.tr("Expected person, number {0}").format(record.external_identifier or number)
        if not record.enabled:
            detail += "\n" + self.tr("This record is switched off: the check will not run.")
        self.expected_detail.setText(detail)


class PhotoRow(QWidget):
    """Against a photo: choose a file, or take the reference with the camera; the reference shown small.
    `fileChosen(path)` when a file was chosen in its dialog."""

    fileChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_dialog: QFileDialog | None = None
        self.last_directory = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        self._state: tuple[QPixmap | None, ReferencePhoto | None, bool] = (None, None, False)
        self.choose_reference_button = _row_button("chooseReferenceButton", self)
        self.camera_reference_button = _row_button("cameraReferenceButton", self)
        self.reference_photo = _target_photo("referencePhoto", self)
        self.reference_status = QLabel(self)
        self.reference_status.setObjectName("referenceStatus")
        self.reference_status.setWordWrap(True)
        self.reference_error = role_label("fieldError", self)
        self.reference_error.setObjectName("referenceError")
        self.reference_error.hide()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.reference_status)
        text.addWidget(self.reference_error)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.choose_reference_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.camera_reference_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(8)
        row.addWidget(self.reference_photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

    def retranslate_ui(self) -> None:
        self.choose_reference_button.setText(self.tr("C&hoose photo file…"))
        self.choose_reference_button.setToolTip(self.tr("A scan or photo of the ID document, for example"))
        self.camera_reference_button.setText(self.tr("Use the ca&mera"))
        self.camera_reference_button.setToolTip(self.tr(
            "Hold the ID document's photo up to the camera; it becomes the reference photo"))
        self.show_reference(*self._state)

    def show_reference(self, pixmap: QPixmap | None, reference: ReferencePhoto | None, awaiting: bool) -> None:
        """The reference photo (small), and what it is or what to do for one."""
        self._state = (pixmap, reference, awaiting)
        _show_photo(self.reference_photo, pixmap, self.tr("No photo"))
        if awaiting:
            text = self.tr("Hold the photo up to the camera. It is taken by itself, or press “Take photo now”.")
        elif reference is None:
            text = self.tr("No reference photo yet: choose a file, or take it with the camera.")
        elif reference.name:
            text = self.tr("Reference photo: {0}").format(reference.name)
        else:
            text = self.tr("Reference photo taken with the camera.")
        self.reference_status.setText(text)

    def show_reading(self, file_name: str) -> None:
        self.reference_status.setText(self.tr("Reading {0}…").format(file_name))

    def show_error(self, error: BaseException | None, text: str) -> None:
        """Why the chosen file gave no reference photo (`text`: what the station says about other errors)."""
        if isinstance(error, ImageError):
            text = self.tr("This file cannot be used as a photo: {0}").format(str(error))
        elif isinstance(error, OSError):
            text = self.tr("The file cannot be opened. Check that it is still there, or choose another file.")
        show_message(self.reference_error, text)

    def choose_file(self) -> QFileDialog:
        """Ask for the reference photo file (window-modal, `open()`: never a nested event loop)."""
        if self.file_dialog is not None and isValid(self.file_dialog) and self.file_dialog.isVisible():
            self.file_dialog.raise_()
            return self.file_dialog
        dialog = QFileDialog(self, self.tr("Choose the reference photo"), self.last_directory)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilters(photo_name_filters())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.fileChosen)
        dialog.finished.connect(self._file_dialog_finished)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _file_dialog_finished(self, _result: int) -> None:
        self.file_dialog = None

    def close_file_dialog(self) -> None:
        dialog, self.file_dialog = self.file_dialog, None
        if dialog is not None and isValid(dialog):
            dialog.reject()


class ListRow(QWidget):
    """Against a list: the combo of lists (with their sizes), a hint when there are none, and an error line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lists: list[FaceList] = []
        self._loaded = False
        self.list_label = QLabel(self)
        self.list_combo = QComboBox(self)
        self.list_combo.setObjectName("listCombo")
        self.list_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        field_label(self.list_label, self.list_combo)
        self.lists_hint = role_label("hint", self)
        self.lists_hint.setObjectName("listsHint")
        self.lists_hint.hide()
        self.lists_error = role_label("fieldError", self)
        self.lists_error.setObjectName("listsError")
        self.lists_error.hide()
        combo_row = QHBoxLayout()
        combo_row.setSpacing(10)
        combo_row.addWidget(self.list_label)
        combo_row.addWidget(self.list_combo, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(combo_row)
        column.addWidget(self.lists_hint)
        column.addWidget(self.lists_error)
        column.addStretch(1)

    def retranslate_ui(self) -> None:
        self.list_label.setText(self.tr("List to check a&gainst:"))
        self.list_combo.setPlaceholderText(self.tr("Choose a list"))

    @property
    def chosen(self) -> str | None:
        """The chosen list's identifier (None: none chosen)."""
        data = self.list_combo.currentData()
        return None if data is None else str(data)

    def fill(self, lists: list[FaceList], loaded: bool) -> bool:
        """Offer `lists`, keeping the chosen one if it remains (never silently another). Returns whether the
        choice changed."""
        self._lists, self._loaded = list(lists), loaded
        chosen = self.list_combo.currentData()
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        for face_list in lists:
            if face_list.record_count is None:
                label = face_list.name
            elif face_list.record_count == 1:
                label = self.tr("{0} (1 person)").format(face_list.name)
            else:
                label = self.tr("{0} ({1} people)").format(face_list.name, face_list.record_count)
            self.list_combo.addItem(label, face_list.identifier)
        if chosen is None:
            index = 0 if lists else -1
        else:
            index = self.list_combo.findData(chosen)  # -1 when it is gone: never silently another list
        self.list_combo.setCurrentIndex(index)
        self.list_combo.blockSignals(False)
        self.list_combo.setEnabled(bool(lists))
        show_message(self.lists_hint, self.tr(
            "There are no lists yet. Create one on the Lists page and add people to it.")
            if loaded and not lists else "")
        return self.list_combo.currentData() != chosen

    def refill(self) -> bool:
        """The same lists again (the language changed)."""
        return self.fill(self._lists, self._loaded)
