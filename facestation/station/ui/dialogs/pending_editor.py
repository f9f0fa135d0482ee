"""The Pending view's editor: correct a refused change (the person's details, another photo, a list's name) before
it is sent again. Photos are read in a worker (`load_photo`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facestation.api import ErrorCode
from facestation.api.errors import FieldError
from facestation.station.core.outbox import OutboxItem
from facestation.station.ui.context import StationContext
from facestation.station.ui.dialogs.pending_words import (
    LIST_KINDS,
    RECORD_KINDS,
    PendingWords,
)
from facestation.station.ui.kit import (
    RetranslateMixin,
    field_label,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import OpHandle
from facestation.station.ui.widgets.file_dialogs import photo_name_filters
from facestation.station.ui.widgets.person_form import PHOTO_CODES, PersonForm

__all__ = ["CorrectionDialog", "load_photo"]

THUMBNAIL = QSize(150, 200)


def load_photo(path: str | Path) -> tuple[bytes, QImage]:
    """Read an image file (in a worker: file read, decoding, JPEG encoding): the JPEG bytes to send and a
    thumbnail to show. Raises OSError (the file) or ImageError (the content)."""
    from facestation.vision.imageio import load_image
    from facestation.vision.jpeg import encode_jpeg

    jpeg = encode_jpeg(load_image(path))
    return jpeg, _thumbnail(jpeg)


def _read_photo(path: Path) -> tuple[bytes, QImage] | str:
    """`load_photo`, with a file or image the operator chose that cannot be used as the reason to show."""
    from facestation.vision.imageio import ImageError

    try:
        return load_photo(path)
    except OSError as error:
        return str(error.strerror or error)
    except (ImageError, ValueError) as error:  # the content: the vision layer says it in a sentence
        return str(error)


def _thumbnail(jpeg: bytes) -> QImage:
    image = QImage.fromData(jpeg)
    if image.isNull():
        return image
    return image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class CorrectionDialog(RetranslateMixin, QDialog):
    """An editor for a refused item's payload: the person's name, surnames and member number (PersonForm) and,
    for a photo problem, another photo; or a list's name and description. Open with `open()`; on `accepted`,
    `payload()` is the corrected payload (the caller writes it to the outbox).

    Signals: `photoLoaded()` once a chosen photo was read. Methods: `choose_photo()` (a file dialog),
    `use_photo_file(path)`, `payload()`, `save()` (checks, then accepts)."""

    photoLoaded = Signal()

    def __init__(self, item: OutboxItem, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.item = item
        self.ops = context.ops
        self.words = PendingWords(self)
        self._photo: bytes | None = None
        self._photo_handle: OpHandle | None = None
        self._file_dialog: QFileDialog | None = None
        self._last_directory = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        self.photo_problem = bool(set(item.error_codes) & PHOTO_CODES)
        self.resize(760, 640)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        layout.setSpacing(12)
        self.title = role_label("title", self)
        self.what = role_label("subtitle", self)
        self.what.setObjectName("correctionWhat")
        self.reason = role_label("warning", self)
        self.reason.setObjectName("correctionReason")
        for label in (self.title, self.what, self.reason):
            layout.addWidget(label)

        self.form: PersonForm | None = None
        self.list_name: QLineEdit | None = None
        self.list_description: QLineEdit | None = None
        self.drop_lists: QCheckBox | None = None
        self.photo_view: QLabel | None = None
        self.photo_button: QPushButton | None = None
        self.photo_hint: QLabel | None = None
        self.photo_error: QLabel | None = None
        self.list_labels: list[QLabel] = []

        body = QHBoxLayout()
        body.setSpacing(20)
        if item.kind in RECORD_KINDS:
            body.addLayout(self._build_person(), 1)
            if item.payload.get("face_image") or self.photo_problem:
                body.addLayout(self._build_photo())
        elif item.kind in LIST_KINDS:
            body.addLayout(self._build_list(), 1)
        layout.addLayout(body, 1)

        self.message = role_label("error", self)
        self.message.setObjectName("correctionMessage")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("correctionCancel")
        self.cancel_button.setProperty("big", True)
        self.cancel_button.setAutoDefault(False)
        self.save_button = primary_button(self)
        self.save_button.setObjectName("correctionSave")
        self.save_button.setProperty("big", True)
        self.save_button.setMinimumWidth(260)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.finished.connect(self._forget_work)
        self.retranslate_ui()
        show_message(self.message, "")
        self._fill()

    # -- building ----------------------------------------------------------------------------------------

    def _build_person(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        form = PersonForm(self)
        form.setObjectName("correctionForm")
        self.form = form
        # Only the fields a refusal can be about: the file, the lists and "active" ride along unchanged.
        grid = form.findChild(QFormLayout)
        for key in ("attachment", "lists", "enabled"):
            if grid is not None:
                grid.setRowVisible(form.labels[key], False)
        column.addWidget(form)
        payload = self.item.payload
        if payload.get("face_list_id") or payload.get("extra_list_ids"):
            self.drop_lists = QCheckBox(self)
            self.drop_lists.setObjectName("dropLists")
            self.drop_lists.setChecked(ErrorCode.FACE_LIST_NOT_FOUND in self.item.error_codes)
            self.drop_lists.setVisible(ErrorCode.FACE_LIST_NOT_FOUND in self.item.error_codes)
            column.addWidget(self.drop_lists)
        column.addStretch(1)
        return column

    def _build_photo(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self.photo_view = QLabel(self)
        self.photo_view.setObjectName("correctionPhoto")
        self.photo_view.setProperty("role", "photo")
        self.photo_view.setFixedSize(THUMBNAIL + QSize(4, 4))
        self.photo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_view.setWordWrap(True)
        self.photo_hint = role_label("hint", self)
        self.photo_hint.setFixedWidth(THUMBNAIL.width() + 60)
        self.photo_error = role_label("fieldError", self)
        self.photo_error.setObjectName("photoError")
        self.photo_error.setFixedWidth(THUMBNAIL.width() + 60)
        self.photo_button = QPushButton(self)
        self.photo_button.setObjectName("choosePhoto")
        self.photo_button.setAutoDefault(False)
        self.photo_button.clicked.connect(self.choose_photo)
        column.addWidget(self.photo_view, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.photo_hint)
        column.addWidget(self.photo_button)
        column.addWidget(self.photo_error)
        column.addStretch(1)
        show_message(self.photo_error, "")
        return column

    def _build_list(self) -> QFormLayout:
        grid = QFormLayout()
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.setVerticalSpacing(10)
        grid.setHorizontalSpacing(14)
        self.list_name = QLineEdit(self)
        self.list_name.setObjectName("listNameField")
        self.list_name.setMaxLength(100)
        self.list_description = QLineEdit(self)
        self.list_description.setObjectName("listDescriptionField")
        self.list_description.setMaxLength(200)
        for field in (self.list_name, self.list_description):
            label = QLabel(self)
            field_label(label, field)
            self.list_labels.append(label)
            grid.addRow(label, field)
        return grid

    def _fill(self) -> None:
        payload = self.item.payload
        if self.form is not None:
            self.form.name.setText(str(payload.get("name") or ""))
            self.form.surname1.setText(str(payload.get("surname1") or ""))
            self.form.surname2.setText(str(payload.get("surname2") or ""))
            self.form.external_identifier.setText(str(payload.get("external_identifier") or ""))
            codes = [FieldError(code, "") for code in self.item.error_codes if code != ErrorCode.FACE_LIST_NOT_FOUND]
            self.form.show_errors(codes)
            if not self.form.error_texts:
                self.form.name.setFocus()
        if self.list_name is not None and self.list_description is not None:
            self.list_name.setText(str(payload.get("name") or ""))
            self.list_description.setText(str(payload.get("description") or ""))
            self.list_name.setFocus()
            self.list_name.selectAll()
        if self.photo_view is not None and payload.get("face_image"):
            jpeg = bytes(payload["face_image"])
            # Decoding a queued portrait (~100 KB JPEG) is worker work like any image decoding.
            self.ops.run_blocking(_thumbnail, jpeg, on_success=self._show_thumbnail, quiet=True)
        if self.photo_problem and self.photo_button is not None:
            self.photo_button.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Correct and send again"))
        self.title.setText(self.tr("Correct and send again"))
        self.what.setText(self.words.what(self.item))
        self.reason.setText(self.words.reason(self.item, editing=True))
        if self.drop_lists is not None:
            self.drop_lists.setText(self.tr("Send it &without the lists (add the person to lists later)"))
        if self.photo_button is not None:
            self.photo_button.setText(self.tr("C&hoose another photo…"))
        if self.photo_hint is not None:
            self.photo_hint.setText(self.tr("The new photo is sent instead of this one.") if self._photo
                                    else self.tr("The photo kept for this change.") if not self.photo_problem
                                    else self.tr("The server could not use this photo: choose another."))
        if self.photo_view is not None and self.photo_view.pixmap().isNull():
            self.photo_view.setText(self.tr("No photo"))
        for label, text in zip(self.list_labels, (self.tr("List &name"), self.tr("&Description")), strict=False):
            label.setText(text)
        if self.list_description is not None:
            self.list_description.setPlaceholderText(self.tr("Optional"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("&Save and send again"))

    # -- the photo ---------------------------------------------------------------------------------------

    @Slot()
    def choose_photo(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose another photo"), self._last_directory)
        dialog.setObjectName("choosePhotoDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(photo_name_filters())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.use_photo_file)
        self._file_dialog = dialog
        dialog.open()
        return dialog

    @Slot(str)
    def use_photo_file(self, path: str | Path) -> None:
        """Read the photo in a worker; show it, or say why it cannot be used."""
        if not path:
            return
        path = Path(path)
        self._last_directory = str(path.parent)
        if self.photo_error is not None:
            show_message(self.photo_error, "")
        self.save_button.setEnabled(False)
        self._photo_handle = self.ops.run_blocking(
            _read_photo, path, on_success=lambda result: self._photo_read(path, result),
            busy=self.tr("Reading the photo…"), on_error=lambda problem: self._photo_failed(path, problem.text))
        self._photo_handle.finished.connect(lambda: self.save_button.setEnabled(True))

    def _photo_read(self, path: Path, result: tuple[bytes, QImage] | str) -> None:
        if isinstance(result, str):
            self._photo_failed(path, result)
            return
        self._photo, thumbnail = result
        self._show_thumbnail(thumbnail)
        show_message(self.message, "")
        self.retranslate_ui()
        self.save_button.setFocus()
        self.photoLoaded.emit()

    def _photo_failed(self, path: Path, reason: str) -> None:
        if self.photo_error is not None:
            show_message(self.photo_error, self.tr("“{0}” cannot be used as a photo: {1}. Choose another file.")
                         .format(path.name, str(reason).rstrip(".")))

    def _show_thumbnail(self, image: QImage) -> None:
        if self.photo_view is not None and isValid(self.photo_view) and not image.isNull():
            self.photo_view.setPixmap(QPixmap.fromImage(image))

    @property
    def new_photo(self) -> bytes | None:
        """The JPEG bytes of the photo the operator chose (None: the queued one is kept)."""
        return self._photo

    # -- saving ------------------------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        """The item's payload with the corrections: only the fields shown here change; the rest rides along."""
        payload = dict(self.item.payload)
        if self.form is not None:
            details = self.form.details()
            payload["name"], payload["surname1"] = details.name, details.surname1
            for key, value in (("surname2", details.surname2), ("external_identifier", details.external_identifier)):
                # An update leaves out what it does not change; emptying a field it does change clears it.
                if value is not None or key in payload or self.item.kind == "create_record":
                    payload[key] = value
            if self.item.kind == "create_record" and not payload.get("surname2"):
                payload.pop("surname2", None)
            if self._photo is not None:
                payload["face_image"] = self._photo
            if self.drop_lists is not None and self.drop_lists.isChecked():
                payload.pop("face_list_id", None)
                payload.pop("extra_list_ids", None)
        if self.list_name is not None and self.list_description is not None:
            payload["name"] = self.list_name.text().strip()
            description = self.list_description.text().strip()
            if description or "description" in payload:
                payload["description"] = description or None
        return payload

    @Slot()
    def save(self) -> None:
        """Check what must be there, then accept (the caller writes the payload to the queue)."""
        show_message(self.message, "")
        if self.form is not None:
            if not self.form.check():
                return
            if self.item.kind == "create_record" and not self.form.external_identifier.text().strip():
                # A queued enrolment is found again by its number: without one it could be made twice.
                self.form.set_error("external_identifier", self.tr(
                    "A queued enrolment needs a member / employee number. Type one."))
                return
            if self.photo_problem and self._photo is None:
                show_message(self.message, self.tr("The server could not use the photo: choose another photo "
                                                   "first."))
                if self.photo_button is not None:
                    self.photo_button.setFocus()
                return
        if self.list_name is not None and not self.list_name.text().strip():
            show_message(self.message, self.tr("Type the list's name."))
            self.list_name.setFocus()
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        show_message(self.message, text)

    @Slot()
    def _forget_work(self) -> None:
        if self._photo_handle is not None and not self._photo_handle.done:
            self._photo_handle.cancel()
        if self._file_dialog is not None and isValid(self._file_dialog):
            self._file_dialog.close()

