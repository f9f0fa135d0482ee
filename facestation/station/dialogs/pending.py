"""The Pending view: what the station keeps to send once the server answers again, and what the server refused.

    dialog = PendingDialog(context, parent=window)    # from the status bar's "Pending: N" badge
    dialog.open()

Two tabs. "Waiting to be sent": the queued changes in the order they will go, when each was queued, how often
sending was tried and the last problem; "Send now" pokes the replay. "Needs attention": what the server refused,
its reason in plain words with what to do; per item "Correct and send again…" (an editor for the person's or the
list's details, and another photo for a photo problem), "Send again as it is" and "Discard…" (after a
confirmation that names what is lost; written to the activity log without any name).

Every read and write of the outbox runs in `ops.run_blocking` (SQLite and decryption): never on the GUI thread.
The tabs refresh on `context.events.outboxChanged` and after each action. The dialog shows names (the items'
descriptions): the Station closes it with the operator's session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facestation.api.errors import FieldError
from facestation.station.dialogs import field_label, primary_button, role_label, show_message
from facestation.station.ops import BusyBar, OpHandle, Problem
from facestation.station.outbox import OutboxCounts, OutboxError, OutboxItem, is_placeholder
from facestation.station.panels.base import StationContext
from facestation.station.widgets.person_form import PHOTO_CODES, PersonForm

__all__ = ["CorrectionDialog", "PendingDialog", "PendingWords", "load_photo"]

CONTROL_HEIGHT = 48
PRIMARY_HEIGHT = 64
ROW_HEIGHT = 48
REFRESH_DELAY_MS = 150  # a replay changes the queue item by item: read it once per burst, not per item
THUMBNAIL = QSize(150, 200)
RECORD_KINDS = frozenset({"create_record", "update_record"})
LIST_KINDS = frozenset({"create_list", "update_list"})
_STYLE = ("QTabBar::tab { min-height: 44px; padding: 4px 22px; font-size: 12pt; } "
          "QTabBar::tab:selected { font-weight: 600; } "
          "QPushButton { min-height: 46px; } QPushButton[big=\"true\"] { min-height: 60px; } "
          "QLineEdit { min-height: 42px; } QTableView::item { padding: 6px 4px; }")


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


def _identifiers(item: OutboxItem) -> tuple[list[str], list[str]]:
    """The server identifiers an item names, for the activity log: record and list ids only (no member numbers,
    which are personal, and no placeholders of things that were never created)."""
    payload = item.payload
    records = [str(payload["record_id"])] if payload.get("record_id") and not is_placeholder(payload["record_id"]) \
        else []
    lists: list[str] = []
    for key in ("list_id", "face_list_id"):
        if payload.get(key):
            lists.append(str(payload[key]))
    lists.extend(str(identifier) for identifier in payload.get("extra_list_ids") or [])
    return records, [identifier for identifier in dict.fromkeys(lists) if not is_placeholder(identifier)]


class PendingWords(QObject):
    """The operator's sentences about queued items, shared by the Pending view and its editor (one translation
    context for both)."""

    def what(self, item: OutboxItem) -> str:
        """The item in one line: "Enrol Ada Lovelace (FS-1234)" (personal: for the screen only)."""
        payload = item.payload
        person = " ".join(str(payload[key]) for key in ("name", "surname1", "surname2") if payload.get(key))
        record = person or str(payload.get("label") or payload.get("record_external_id") or payload.get("record_id")
                               or "")
        list_name = str(payload.get("list_name") or payload.get("list_id") or "")
        texts = {
            "create_record": lambda: self.tr("Enrol {0} ({1})").format(person, payload.get("external_identifier")),
            "update_record": lambda: self.tr("Update {0}").format(person),
            "delete_record": lambda: self.tr("Delete the record of {0}").format(record),
            "create_list": lambda: self.tr("Create the list “{0}”").format(payload.get("name")),
            "update_list": lambda: self.tr("Rename a list to “{0}”").format(payload.get("name")),
            "delete_list": lambda: self.tr("Delete the list “{0}”").format(list_name),
            "add_member": lambda: self.tr("Add {0} to the list “{1}”").format(record, list_name),
            "remove_member": lambda: self.tr("Remove {0} from the list “{1}”").format(record, list_name),
        }
        text = texts.get(item.kind)
        return text() if text is not None else item.describe()

    def when(self, moment: datetime, now: datetime | None = None) -> str:
        local = moment.astimezone()
        today = (now or datetime.now().astimezone()).date()
        clock = local.strftime("%H:%M")
        if local.date() == today:
            return self.tr("Today {0}").format(clock)
        if local.date() == today - timedelta(days=1):
            return self.tr("Yesterday {0}").format(clock)
        return local.strftime("%Y-%m-%d %H:%M")

    def attempts(self, item: OutboxItem) -> str:
        return str(item.attempts) if item.attempts else self.tr("Not yet")

    def reason(self, item: OutboxItem, *, editing: bool = False) -> str:
        """The server's refusal in plain words, with what to do next: in the list (`editing` False: which button
        to press) or in the editor (what to change there)."""
        codes = set(item.error_codes)
        in_list, in_editor = self._reasons(item.kind, codes)
        if in_list:
            return in_editor if editing else in_list
        if item.last_error:
            if editing:
                return self.tr("The server refused this change: {0} Correct it and send it again.").format(
                    item.last_error.strip())
            return self.tr("The server refused this change: {0} Correct it and send it again, or discard "
                           "it.").format(item.last_error.strip())
        return self.tr("The server refused this change. Send it again, or discard it.")

    def _reasons(self, kind: str, codes: set[str]) -> tuple[str, str]:
        """(in the list, in the editor) for the first code the station knows; empty texts for none."""
        if "NoFaceDetected" in codes:
            return (self.tr("No face was found in the photo. Press “Correct and send again…” and choose another "
                            "photo in which the face is clearly visible."),
                    self.tr("No face was found in the photo. Choose another photo in which the face is clearly "
                            "visible."))
        if "MultipleFacesDetected" in codes:
            return (self.tr("The photo shows more than one face. Press “Correct and send again…” and choose a "
                            "photo of this person alone."),
                    self.tr("The photo shows more than one face. Choose a photo of this person alone."))
        if "FaceTooSmall" in codes:
            return (self.tr("The face in the photo is too small. Press “Correct and send again…” and choose a "
                            "closer photo."),
                    self.tr("The face in the photo is too small. Choose a closer photo."))
        if codes & PHOTO_CODES:
            return (self.tr("The photo could not be used. Press “Correct and send again…” and choose another "
                            "photo."),
                    self.tr("The server could not use the photo. Choose another photo."))
        if "ExternalIdentifierAlreadyExists" in codes:
            return (self.tr("Someone else already has this member / employee number. Press “Correct and send "
                            "again…” and check the number; if this person is already enrolled, discard this "
                            "change."),
                    self.tr("Someone else already has this member / employee number. Check the number and correct "
                            "it; if this person is already enrolled, cancel and discard this change."))
        if "FaceListNotFound" in codes and kind in RECORD_KINDS:
            return (self.tr("A list this person should join no longer exists. Press “Correct and send again…” to "
                            "send it without that list (add the person to lists later on the Lists page)."),
                    self.tr("A list this person should join no longer exists. It is sent without the lists: add "
                            "the person to lists later on the Lists page."))
        if "FaceListNotFound" in codes:
            return (self.tr("The list this change is about no longer exists. Discard this change."),
                    self.tr("The list this change is about no longer exists. Cancel and discard this change."))
        if "FaceRecordNotFound" in codes:
            return (self.tr("The person this change is about is no longer on the server (deleted, or their "
                            "enrolment was discarded). Discard this change."),
                    self.tr("The person this change is about is no longer on the server. Cancel and discard this "
                            "change."))
        if "FaceListNameAlreadyExists" in codes:
            return (self.tr("A list with this name already exists. Press “Correct and send again…” and choose "
                            "another name."),
                    self.tr("A list with this name already exists. Type another name."))
        if codes & {"NameRequired", "Surname1Required", "FaceListNameRequired"}:
            return (self.tr("A name is missing. Press “Correct and send again…” and fill it in."),
                    self.tr("A name is missing. Fill it in."))
        return "", ""

    def loss(self, item: OutboxItem) -> str:
        """What is lost when the item is discarded."""
        payload = item.payload
        person = " ".join(str(payload[key]) for key in ("name", "surname1", "surname2") if payload.get(key))
        if item.kind == "create_record":
            return self.tr("{0} will not be enrolled, and the photo and details kept for them on this station are "
                           "deleted. Changes queued after this one for this person will need attention "
                           "too.").format(person)
        if item.kind == "update_record":
            return self.tr("The changes to {0}'s record will not be made; the server keeps the record as it "
                           "is.").format(person)
        texts = {
            "delete_record": self.tr("The record will not be deleted: it stays on the server."),
            "create_list": self.tr("The list will not be created. Changes queued after this one for this list "
                                   "will need attention too."),
            "update_list": self.tr("The list keeps its old name and description."),
            "delete_list": self.tr("The list will not be deleted: it stays on the server."),
            "add_member": self.tr("The person will not be added to the list."),
            "remove_member": self.tr("The person stays in the list."),
        }
        return texts.get(item.kind, self.tr("This change will not be made."))


class CorrectionDialog(QDialog):
    """An editor for a refused item's payload: the person's name, surnames and member number (PersonForm) and,
    for a photo problem, another photo; or a list's name and description. Open with `open()`; on `accepted`,
    `payload()` is the corrected payload (the caller writes it to the outbox).

    Signals: `photoLoaded()` once a chosen photo was read. Methods: `choose_photo()` (a file dialog),
    `use_photo_file(path)`, `payload()`, `save()` (checks, then accepts)."""

    photoLoaded = Signal()

    def __init__(self, item: OutboxItem, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setStyleSheet(_STYLE)
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
            self.drop_lists.setChecked("FaceListNotFound" in self.item.error_codes)
            self.drop_lists.setVisible("FaceListNotFound" in self.item.error_codes)
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
            codes = [FieldError(code, "") for code in self.item.error_codes if code != "FaceListNotFound"]
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- the photo ---------------------------------------------------------------------------------------

    @Slot()
    def choose_photo(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose another photo"), self._last_directory)
        dialog.setObjectName("choosePhotoDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Photos (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)"),
                               self.tr("All files (*)")])
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


class PendingDialog(QDialog):
    """The queue of unsent changes: "Waiting to be sent" and "Needs attention". Open with `open()`.

    Signals: `loaded(int, int)` after the tabs were filled (waiting, needing attention); `actionDone(str, int)`
    after an action reached the queue ("resubmit", "correct", "discard", "send"; the item number, 0 for "send").
    Methods: `refresh()`, `send_now()`, `select_item(item_id)`, `selected_item()`, `correct_selected()`
    (opens a `CorrectionDialog`), `resend_selected()`, `discard_selected()` (opens the confirmation).
    Attributes for tests: `waiting_items`, `attention_items`, `editor`, `confirmation`."""

    loaded = Signal(int, int)
    actionDone = Signal(str, int)

    WAITING_TAB = 0
    ATTENTION_TAB = 1

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingDialog")
        self.setStyleSheet(_STYLE)
        self.context = context
        self.ops = context.ops
        self.words = PendingWords(self)
        self.waiting_items: list[OutboxItem] = []
        self.attention_items: list[OutboxItem] = []
        self.editor: CorrectionDialog | None = None
        self.confirmation: QMessageBox | None = None
        self._read_handle: OpHandle | None = None
        self._work: list[OpHandle] = []
        self._loaded_once = False
        self._keep_selected: int | None = None
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_rows)
        self.resize(1020, 760)
        self.setMinimumSize(760, 560)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 12)
        layout.setSpacing(12)
        self.title = role_label("title", self)
        self.intro = role_label("hint", self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pendingTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_waiting(), "")
        self.tabs.addTab(self._build_attention(), "")
        layout.addWidget(self.tabs, 1)

        self.result = role_label("success", self)
        self.result.setObjectName("pendingResult")
        self.message = role_label("error", self)
        self.message.setObjectName("pendingMessage")
        layout.addWidget(self.result)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        self.busy_bar = BusyBar(self.ops, self)
        bottom.addWidget(self.busy_bar, 1)
        bottom.addStretch(0)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("pendingClose")
        self.close_button.setAutoDefault(False)
        self.close_button.setMinimumWidth(160)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.tabs.currentChanged.connect(self._tab_changed)
        context.events.outboxChanged.connect(self._outbox_changed)
        context.events.onlineChanged.connect(self._online_changed)
        self.finished.connect(self._closed)
        self.retranslate_ui()
        show_message(self.result, "")
        show_message(self.message, "")
        self._update_buttons()
        self.refresh()

    # -- building ----------------------------------------------------------------------------------------

    def _table(self, name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, self)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons; the arrows move in it
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.horizontalHeader().setMinimumHeight(40)
        table.horizontalHeader().setHighlightSections(False)
        # Wrapped texts need the rows' heights measured at the columns' real widths, which are known only once
        # the table is laid out (and change with the window).
        table.horizontalHeader().sectionResized.connect(self._fit_timer.start)  # once per burst of changes
        return table

    @Slot()
    def _fit_rows(self) -> None:
        for table in (self.waiting_table, self.attention_table):
            if isValid(table):
                table.resizeRowsToContents()

    def _page(self, table: QTableWidget, empty: QLabel) -> tuple[QWidget, QStackedWidget]:
        stack = QStackedWidget(self)
        stack.addWidget(table)
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.addStretch(1)
        holder_layout.addWidget(empty)
        holder_layout.addStretch(2)
        stack.addWidget(holder)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 12, 0, 0)
        page_layout.setSpacing(10)
        page_layout.addWidget(stack, 1)
        return page, stack

    def _build_waiting(self) -> QWidget:
        self.waiting_table = self._table("waitingTable", 4)
        header = self.waiting_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.waiting_empty = role_label("pageText", self)
        self.waiting_empty.setObjectName("waitingEmpty")
        self.waiting_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page, self.waiting_stack = self._page(self.waiting_table, self.waiting_empty)
        self.send_hint = role_label("hint", self)
        self.send_hint.setObjectName("sendHint")
        self.send_button = primary_button(self)
        self.send_button.setObjectName("sendNow")
        self.send_button.setProperty("big", True)
        self.send_button.setMinimumWidth(240)
        self.send_button.clicked.connect(self.send_now)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.send_hint, 1)
        row.addWidget(self.send_button)
        page.layout().addLayout(row)  # type: ignore[union-attr]
        return page

    def _build_attention(self) -> QWidget:
        self.attention_table = self._table("attentionTable", 3)
        header = self.attention_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.attention_table.setColumnWidth(0, 300)
        self.attention_table.itemSelectionChanged.connect(self._update_buttons)
        self.attention_table.itemActivated.connect(lambda _item: self.correct_selected())
        self.attention_empty = role_label("pageText", self)
        self.attention_empty.setObjectName("attentionEmpty")
        self.attention_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page, self.attention_stack = self._page(self.attention_table, self.attention_empty)
        self.correct_button = primary_button(self)
        self.correct_button.setObjectName("correctItem")
        self.correct_button.setProperty("big", True)
        self.correct_button.clicked.connect(self.correct_selected)
        self.resend_button = QPushButton(self)
        self.resend_button.setObjectName("resendItem")
        self.resend_button.setProperty("big", True)
        self.resend_button.setAutoDefault(False)
        self.resend_button.clicked.connect(self.resend_selected)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discardItem")
        self.discard_button.setProperty("big", True)
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self.discard_selected)
        self.attention_hint = role_label("hint", self)
        self.attention_hint.setObjectName("attentionHint")
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(self.resend_button)
        row.addWidget(self.correct_button)
        page.layout().addWidget(self.attention_hint)  # type: ignore[union-attr]
        page.layout().addLayout(row)  # type: ignore[union-attr]
        QWidget.setTabOrder(self.attention_table, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.resend_button)
        QWidget.setTabOrder(self.resend_button, self.discard_button)
        return page

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pending changes"))
        self.title.setText(self.tr("Changes kept on this station"))
        self.intro.setText(self.tr(
            "When the server cannot be reached, enrolments and other changes wait here and are sent by "
            "themselves, in order, as soon as it answers again. Changes the server refused wait under "
            "“Needs attention” for you to correct or discard."))
        self._set_tab_titles()
        self.waiting_table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Queued"), self.tr("Attempts"),
                                                      self.tr("Last problem")])
        self.attention_table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Why it was refused and what to "
                                                                                 "do"), self.tr("Queued")])
        self.waiting_empty.setText(self.tr("Nothing is waiting: everything was sent."))
        self.attention_empty.setText(self.tr("Nothing needs attention: the server accepted every change."))
        self.send_button.setText(self.tr("Send &now"))
        self.correct_button.setText(self.tr("&Correct and send again…"))
        self.resend_button.setText(self.tr("Send &again as it is"))
        self.discard_button.setText(self.tr("&Discard…"))
        self.attention_hint.setText(self.tr("Choose a change in the list, then what to do with it."))
        self.close_button.setText(self.tr("Close"))
        if self._loaded_once:
            self._show_items()
        self._update_buttons()

    def _set_tab_titles(self) -> None:
        self.tabs.setTabText(self.WAITING_TAB, self.tr("&Waiting to be sent ({0})").format(len(self.waiting_items)))
        self.tabs.setTabText(self.ATTENTION_TAB,
                             self.tr("Needs a&ttention ({0})").format(len(self.attention_items)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Delete on a refused change asks to discard it, as in any list.
        if event.key() == Qt.Key.Key_Delete and self.tabs.currentIndex() == self.ATTENTION_TAB \
                and self.selected_item() is not None:
            self.discard_selected()
            return
        super().keyPressEvent(event)

    # -- reading -----------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read both lists from the queue in a worker, then show them."""
        outbox = self.context.outbox
        if outbox is None:
            self.waiting_items, self.attention_items = [], []
            self._loaded_once = True
            self._show_items()
            show_message(self.message, self.tr("The queue of changes is not open: sign in to see it."))
            self.loaded.emit(0, 0)
            return
        if self._read_handle is not None and not self._read_handle.done:
            self._read_handle.cancel()  # the newer read wins

        def read() -> tuple[list[OutboxItem], list[OutboxItem]]:
            return outbox.pending(), outbox.attention()

        self._read_handle = self.ops.run_blocking(read, on_success=self._read_done, on_error=self._read_failed)

    def _read_done(self, result: tuple[list[OutboxItem], list[OutboxItem]]) -> None:
        selected = self.selected_item()
        self._keep_selected = selected.id if selected is not None else None
        self.waiting_items, self.attention_items = result
        first = not self._loaded_once
        self._loaded_once = True
        self._show_items()
        if first and not self.waiting_items and self.attention_items:
            self.tabs.setCurrentIndex(self.ATTENTION_TAB)  # what the operator came for
        self.loaded.emit(len(self.waiting_items), len(self.attention_items))

    def _read_failed(self, problem: Problem) -> None:
        reason = str(problem.error) if isinstance(problem.error, OutboxError) else problem.text
        show_message(self.message, self.tr("The queue of changes could not be read: {0}").format(reason))

    @Slot(int, int)
    def _outbox_changed(self, _pending: int, _attention: int) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    @Slot(bool)
    def _online_changed(self, _online: bool) -> None:
        self._update_buttons()

    def _show_items(self) -> None:
        self._set_tab_titles()
        self._fill_waiting()
        self._fill_attention()
        self._update_buttons()

    def _fill_waiting(self) -> None:
        table = self.waiting_table
        table.setRowCount(len(self.waiting_items))
        for row, item in enumerate(self.waiting_items):
            cells = (self.words.what(item), self.words.when(item.created), self.words.attempts(item),
                     item.last_error or "")
            self._set_row(table, row, item, cells)
        table.resizeRowsToContents()
        self.waiting_stack.setCurrentIndex(0 if self.waiting_items else 1)

    def _fill_attention(self) -> None:
        table = self.attention_table
        keep, self._keep_selected = self._keep_selected, None
        table.blockSignals(True)
        table.setRowCount(len(self.attention_items))
        for row, item in enumerate(self.attention_items):
            cells = (self.words.what(item), self.words.reason(item), self.words.when(item.created))
            self._set_row(table, row, item, cells)
            if item.last_error:
                table.item(row, 1).setToolTip(self.tr("The server said: {0}").format(item.last_error))
        table.resizeRowsToContents()
        table.blockSignals(False)
        self.attention_stack.setCurrentIndex(0 if self.attention_items else 1)
        if not self.select_item(keep) and self.attention_items:
            table.selectRow(0)

    def _set_row(self, table: QTableWidget, row: int, item: OutboxItem, cells: tuple[str, ...]) -> None:
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            cell.setData(Qt.ItemDataRole.UserRole, item.id)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, cell)

    # -- choosing ----------------------------------------------------------------------------------------

    def selected_item(self) -> OutboxItem | None:
        """The needs-attention item chosen in its table."""
        rows = self.attention_table.selectionModel().selectedRows() if self.attention_table.selectionModel() \
            else []
        if not rows:
            return None
        row = rows[0].row()
        return self.attention_items[row] if 0 <= row < len(self.attention_items) else None

    def select_item(self, item_id: int | None) -> bool:
        """Choose a needs-attention item (and show its tab when it is there); False if it is not."""
        for row, item in enumerate(self.attention_items):
            if item.id == item_id:
                self.attention_table.selectRow(row)
                return True
        return False

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        self._fit_timer.start()
        self._update_buttons()

    def _update_buttons(self) -> None:
        replay = self.context.replay
        has_waiting = bool(self.waiting_items)
        self.send_button.setEnabled(replay is not None and has_waiting)
        if replay is None:
            hint = self.tr("Sending is not possible now: the station is not signed in to a server. The changes "
                           "stay here and are sent after the next sign-in.")
        elif not has_waiting:
            hint = ""
        elif not self.context.online:
            hint = self.tr("The server cannot be reached now. The station keeps trying by itself; “Send now” "
                           "tries at once.")
        else:
            hint = self.tr("These changes are sent by themselves; “Send now” sends them at once.")
        self.send_button.setToolTip(hint)
        show_message(self.send_hint, hint)
        item = self.selected_item()
        busy = any(not handle.done for handle in self._work)
        self.correct_button.setEnabled(item is not None and not busy and self._correctable(item))
        self.resend_button.setEnabled(item is not None and not busy)
        self.discard_button.setEnabled(item is not None and not busy)
        if item is not None and not self._correctable(item):
            self.correct_button.setToolTip(self.tr("Nothing in this change can be corrected here: send it again "
                                                   "or discard it."))
        else:
            self.correct_button.setToolTip("")
        # Enter presses the shown tab's main action; with nothing to act on, it closes the window.
        waiting_tab = self.tabs.currentIndex() == self.WAITING_TAB
        primary = self.send_button if waiting_tab else self.correct_button
        primary_shown = has_waiting if waiting_tab else bool(self.attention_items)
        for button in (self.send_button, self.correct_button):
            button.setDefault(button is primary and primary_shown)
        self.close_button.setDefault(not primary_shown)
        # An empty list needs no buttons: the empty state says it all.
        self.send_button.setVisible(has_waiting)
        for widget in (self.attention_hint, self.correct_button, self.resend_button, self.discard_button):
            widget.setVisible(bool(self.attention_items))

    @staticmethod
    def _correctable(item: OutboxItem) -> bool:
        return item.kind in RECORD_KINDS or item.kind in LIST_KINDS

    # -- actions -----------------------------------------------------------------------------------------

    @Slot()
    def send_now(self) -> None:
        """Ask the replay to send the waiting changes at once."""
        replay = self.context.replay
        if replay is None:
            return
        replay.poke()
        self._say(self.tr("Sending the waiting changes… They leave this list as the server takes them."))
        self.actionDone.emit("send", 0)

    @Slot()
    def correct_selected(self) -> CorrectionDialog | None:
        """Open the editor for the chosen needs-attention item; on Save, the payload is corrected and sent."""
        item = self.selected_item()
        if item is None or not self._correctable(item) or not self.correct_button.isEnabled():
            return None
        if self.editor is not None and isValid(self.editor) and self.editor.isVisible():
            self.editor.raise_()
            return self.editor
        editor = CorrectionDialog(item, self.context, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._save_correction(editor))
        self.editor = editor
        editor.open()
        return editor

    def _save_correction(self, editor: CorrectionDialog) -> None:
        item, payload = editor.item, editor.payload()
        outbox = self.context.outbox
        if outbox is None:
            return

        def write() -> OutboxItem:
            outbox.update_payload(item.id, payload)
            return outbox.resubmit(item.id)

        self._run(write, "correct", item, corrected=True,
                  done=self.tr("Corrected. It is being sent again and leaves this list once the server takes it."))

    @Slot()
    def resend_selected(self) -> None:
        """Put the chosen needs-attention item back in the queue unchanged, and send it."""
        item = self.selected_item()
        outbox = self.context.outbox
        if item is None or outbox is None or not self.resend_button.isEnabled():
            return
        self._run(lambda: outbox.resubmit(item.id), "resubmit", item, corrected=False,
                  done=self.tr("It is being sent again. If the server refuses it again it comes back here."))

    @Slot()
    def discard_selected(self) -> QMessageBox | None:
        """Ask whether to discard the chosen item (naming what is lost); on yes, discard and log it."""
        item = self.selected_item()
        if item is None or not self.discard_button.isEnabled():
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard this change?"),
                          self.tr("Discard “{0}”?").format(self.words.what(item)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("discardConfirmation")
        box.setInformativeText(self.tr("{0} This cannot be undone. The activity log records that you discarded "
                                       "it.").format(self.words.loss(item)))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("confirmDiscard")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepItem")
        for button in (discard, keep):
            button.setMinimumSize(160, CONTROL_HEIGHT)
        discard.setProperty("tone", "red")
        box.setDefaultButton(keep)  # Enter must not throw an enrolment away
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._discard_answered(item, button is discard))
        self.confirmation = box
        box.open()
        return box

    def _discard_answered(self, item: OutboxItem, confirmed: bool) -> None:
        self.confirmation = None
        outbox = self.context.outbox
        if not confirmed or outbox is None:
            return
        self._run(lambda: outbox.discard(item.id), "discard", item, corrected=False,
                  done=self.tr("Discarded. It will not be sent."))

    def _run(self, work: Callable[[], OutboxItem], action: str, item: OutboxItem, *, corrected: bool,
             done: str) -> None:
        show_message(self.message, "")
        show_message(self.result, "")
        handle = self.ops.run_blocking(
            work, on_success=lambda _result: self._action_done(action, item, corrected, done),
            on_error=self._action_failed)
        self._work.append(handle)
        handle.finished.connect(self._work_finished)
        self._update_buttons()

    def _action_done(self, action: str, item: OutboxItem, corrected: bool, done: str) -> None:
        records, lists = _identifiers(item)
        reason = item.error_codes[0] if item.error_codes else ""
        if action == "discard":
            self.context.record("outbox_discard", record_ids=records, list_ids=lists,
                                details={"kind": item.kind, "reason": reason})
        else:
            self.context.record("outbox_resubmit", record_ids=records, list_ids=lists,
                                details={"kind": item.kind, "reason": reason, "corrected": corrected})
            if self.context.replay is not None:
                self.context.replay.poke()
        self._say(done)
        self.refresh()
        self.actionDone.emit(action, item.id)

    def _action_failed(self, problem: Problem) -> None:
        error = problem.error
        reason = str(error) if isinstance(error, OutboxError) else problem.text
        show_message(self.message, self.tr("That did not work: {0} Close this window and open it again; if it "
                                           "keeps failing, tell your administrator.").format(reason))
        self.refresh()

    @Slot()
    def _work_finished(self) -> None:
        self._work = [handle for handle in self._work if not handle.done]
        self._update_buttons()

    def _say(self, text: str) -> None:
        show_message(self.message, "")
        show_message(self.result, text)

    # -- closing -----------------------------------------------------------------------------------------

    @Slot()
    def _closed(self) -> None:
        """Closed (or the session ended): no name stays on screen, nothing arrives late."""
        self._refresh_timer.stop()
        if self._read_handle is not None and not self._read_handle.done:
            self._read_handle.cancel()
        for dialog in (self.editor, self.confirmation):
            if dialog is not None and isValid(dialog):
                dialog.close()
        self.editor = self.confirmation = None
        self.waiting_items, self.attention_items = [], []
        self.waiting_table.setRowCount(0)
        self.attention_table.setRowCount(0)
        self._loaded_once = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if not self._loaded_once and self._read_handle is not None and self._read_handle.done:
            self.refresh()  # opened again after closing: what it showed was forgotten
        super().showEvent(event)

    def counts(self) -> OutboxCounts:
        """What the tabs show now."""
        return OutboxCounts(len(self.waiting_items), len(self.attention_items))
