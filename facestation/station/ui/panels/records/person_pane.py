"""The right side of the Records page: nothing chosen yet / the person's photo, details and actions / the edit
form. It only shows: the page (facestation.station.ui.panels.records.panel) runs the actions and tells it
what to show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facestation.api import ErrorCode, FaceRecord
from facestation.station.core.attachments import AttachmentCheck, FileKind
from facestation.station.ui.kit import (
    RetranslateMixin,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.panels.records.files import MAX_PHOTO_BYTES
from facestation.station.ui.widgets.person_form import PersonForm
from facestation.station.ui.widgets.record_view import PHOTO_SIZE, RecordView

__all__ = ["BUTTON_HEIGHT", "PRIMARY_HEIGHT", "ConfirmDeleteBox", "PersonPane"]

BUTTON_HEIGHT = 52
PRIMARY_HEIGHT = 64


class ConfirmDeleteBox(QMessageBox):
    """"Delete this person?" with a Delete button and a Keep button (the default: Enter never deletes)."""

    def __init__(self, parent: QWidget, title: str, text: str, delete_text: str, keep_text: str) -> None:
        super().__init__(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("confirmDeleteBox")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.delete_button = self.addButton(delete_text, QMessageBox.ButtonRole.DestructiveRole)
        self.keep_button = self.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)
        for button in (self.delete_button, self.keep_button):
            button.setMinimumHeight(BUTTON_HEIGHT)
        self.setWindowModality(Qt.WindowModality.WindowModal)


class PersonPane(RetranslateMixin, QStackedWidget):
    """Three pages: `empty_page` (choose someone), `details_page` (the record view, the notes and the action
    buttons), `edit_page` (the form with Save and Cancel; Escape cancels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personStack")
        self.empty_page = QWidget(self)
        empty_layout = QVBoxLayout(self.empty_page)
        self.empty_hint = role_label("pageText", self.empty_page)
        self.empty_hint.setObjectName("choosePersonHint")
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(1)
        self._build_details_page()
        self._build_edit_page()
        for page in (self.empty_page, self.details_page, self.edit_page):
            self.addWidget(page)
        self.setMinimumWidth(PHOTO_SIZE.width() + 260)
        self.retranslate_ui()

    def _build_details_page(self) -> None:
        self.details_page = page = QWidget(self)
        details_layout = QVBoxLayout(page)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(10)
        self.record_view = RecordView(page)
        self.photo_error = self._note("error", "photoError")
        self.action_error = self._note("error", "actionError")
        self.waiting_note = self._note("warning", "waitingNote")
        self.file_note = self._note("warning", "fileNote")  # why a file can only be saved
        self.edit_button = primary_button(page)
        self.edit_button.setObjectName("editButton")
        self.edit_button.setDefault(False)
        self.edit_button.setMinimumHeight(BUTTON_HEIGHT)
        self.replace_photo_button = self._button("replacePhotoButton")
        self.enable_button = self._button("enableButton")
        self.delete_button = self._button("deleteButton")
        self.open_file_button = self._button("openFileButton")
        self.save_file_button = self._button("saveFileButton")
        actions = QGridLayout()
        actions.setSpacing(8)
        for index, button in enumerate(self.action_buttons):
            actions.addWidget(button, index // 2, index % 2)
        # The details scroll when the screen is too short for them (1024x768 with a note under the buttons);
        # the buttons and notes below stay in view, and nothing is drawn over the photo.
        self.record_scroll = QScrollArea(page)
        self.record_scroll.setObjectName("recordScroll")
        self.record_scroll.setWidgetResizable(True)
        self.record_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.record_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.record_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.record_scroll.setWidget(self.record_view)
        details_layout.addWidget(self.record_scroll)
        details_layout.addWidget(self.waiting_note)
        details_layout.addWidget(self.photo_error)
        details_layout.addLayout(actions)
        details_layout.addWidget(self.file_note)
        details_layout.addWidget(self.action_error)
        details_layout.addStretch(1)

    def _build_edit_page(self) -> None:
        self.edit_page = page = QWidget(self)
        edit_layout = QVBoxLayout(page)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.setSpacing(8)
        self.edit_title = role_label("title", page)
        self.edit_title.setObjectName("editTitle")
        self.form = PersonForm(page)
        self.form.setObjectName("recordForm")
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.edit_error = role_label("error", page)
        self.edit_error.setObjectName("editError")
        self.edit_error.setVisible(False)
        self.save_button = primary_button(page)
        self.save_button.setObjectName("saveButton")
        self.save_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.cancel_button = QPushButton(page)
        self.cancel_button.setObjectName("cancelEditButton")
        self.cancel_button.setMinimumHeight(PRIMARY_HEIGHT)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.save_button, 2)
        edit_buttons.addWidget(self.cancel_button, 1)
        edit_layout.addWidget(self.edit_title)
        edit_layout.addWidget(scroll, 1)
        edit_layout.addWidget(self.edit_error)
        edit_layout.addLayout(edit_buttons)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), page)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _note(self, role: str, name: str) -> QLabel:
        label = role_label(role, self.details_page)
        label.setObjectName(name)
        label.setVisible(False)
        return label

    def _button(self, name: str) -> QPushButton:
        button = QPushButton(self.details_page)
        button.setObjectName(name)
        button.setMinimumHeight(BUTTON_HEIGHT)
        return button

    @property
    def action_buttons(self) -> tuple[QPushButton, ...]:
        """The details page's buttons, in the grid's (and the Tab key's) order."""
        return (self.edit_button, self.replace_photo_button, self.enable_button, self.delete_button,
                self.open_file_button, self.save_file_button)

    def retranslate_ui(self) -> None:
        self.empty_hint.setText(self.tr(
            "Search for a person, then choose them in the list to see their photo and details here."))
        self.edit_button.setText(self.tr("Ed&it details"))
        self.replace_photo_button.setText(self.tr("Replace &photo…"))
        self.replace_photo_button.setToolTip(self.tr("Choose a new photo file; the service checks it"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.save_file_button.setText(self.tr("Save file &as…"))
        self.save_button.setText(self.tr("Save cha&nges"))  # not Alt+S (Sign out) nor Alt+V (Verify)
        self.cancel_button.setText(self.tr("Cancel"))
        self.record_view.retranslate_ui()

    # -- what is shown ---------------------------------------------------------------------------------

    @property
    def editing(self) -> bool:
        return self.currentWidget() is self.edit_page

    def show_actions(self, record: FaceRecord | None, waiting: str | None, check: AttachmentCheck | None) -> None:
        """The buttons and notes for `record` (None: nobody); `waiting`: "change" / "delete" kept offline;
        `check`: what their attached file is."""
        for button in (self.edit_button, self.replace_photo_button, self.enable_button, self.delete_button):
            button.setEnabled(record is not None and waiting != "delete")
        if waiting == "delete":
            text = self.tr("No connection: deleting this person is kept on this station and sent when the service "
                           "answers.")
        elif waiting is not None:
            text = self.tr("Change waiting to be sent: the details shown are kept on this station and sent when the "
                           "service answers.")
        else:
            text = ""
        show_message(self.waiting_note, text)
        self._show_file_actions(check)
        if record is not None and not record.enabled:
            self.enable_button.setText(self.tr("Turn o&n"))
            self.enable_button.setToolTip(self.tr("Recognise this person again"))
        else:
            self.enable_button.setText(self.tr("Turn o&ff"))
            self.enable_button.setToolTip(self.tr("Keep the record but stop recognising this person"))

    def _show_file_actions(self, check: AttachmentCheck | None) -> None:
        blocked = check.kind if check is not None and not check.may_open else None  # only saved: what it is
        self.open_file_button.setEnabled(check is not None and check.may_open)
        self.save_file_button.setEnabled(check is not None)
        no_file = "" if check is not None else self.tr("This person has no attached file")
        note = self.save_only_reason(blocked) if blocked is not None else ""
        self.open_file_button.setText(self._cannot_open_text(blocked) if blocked is not None
                                      else self.tr("&Open file"))
        self.open_file_button.setToolTip(note or no_file)
        self.save_file_button.setToolTip(no_file)
        show_message(self.file_note, note)

    def _cannot_open_text(self, kind: FileKind) -> str:
        names = {FileKind.PROGRAM: self.tr("A program: save only"), FileKind.SCRIPT: self.tr("A script: save only"),
                 FileKind.SHORTCUT: self.tr("A shortcut: save only"),
                 FileKind.WEB_PAGE: self.tr("A web page: save only"),
                 FileKind.SPREADSHEET: self.tr("An office file: save only"),
                 FileKind.ARCHIVE: self.tr("An archive: save only")}
        return names.get(kind, self.tr("Not opened here: save only"))

    def save_only_reason(self, kind: FileKind) -> str:
        if kind is FileKind.MISMATCHED:
            return self.tr("This file is not what its name says, so FaceStation only saves it. Open it yourself only "
                           "if you trust where it came from.")
        if kind is FileKind.OTHER:
            return self.tr("FaceStation opens only PDF files, pictures and plain text, so it only saves this file. "
                           "Open it yourself only if you trust where it came from.")
        return self.tr("This file type could run programs, so FaceStation only saves it. Open it yourself only if "
                       "you trust where it came from.")

    def set_edit_title(self, record: FaceRecord | None) -> None:
        if record is not None:
            self.edit_title.setText(self.tr("Edit {0}").format(record.full_name))

    def clear(self) -> None:
        """Nobody shown: the view, the form and every note emptied."""
        self.record_view.clear()
        self.form.clear()
        for label in (self.photo_error, self.action_error, self.edit_error, self.waiting_note):
            show_message(label, "")

    # -- the photo's texts -------------------------------------------------------------------------------

    def photo_reason(self, reason: str) -> str:
        """Why a photo file cannot be sent (from files.read_photo), for the operator."""
        return {"too big": self.tr("it is bigger than {0} MB").format(MAX_PHOTO_BYTES // 2**20),
                "empty": self.tr("the file is empty")}.get(reason, reason)

    def photo_message(self, code: str, description: str) -> str:
        """The service's objection to a new photo, as what to do next."""
        messages = {
            ErrorCode.NO_FACE_DETECTED: self.tr("No face was found in this photo. Choose a photo where the face is "
                                                "clearly visible."),
            ErrorCode.MULTIPLE_FACES_DETECTED: self.tr("There is more than one face in this photo. Choose a photo "
                                                       "of this person alone."),
            ErrorCode.FACE_TOO_SMALL: self.tr("The face is too small in this photo. Choose a closer photo."),
            ErrorCode.INVALID_IMAGE: self.tr("This file is not a photo the service can read. Choose a JPEG or PNG "
                                             "photo."),
            ErrorCode.IMAGE_TOO_LARGE: self.tr("This photo is too large. Choose a smaller one."),
            "InvalidBase64": self.tr("This photo could not be sent. Choose it again."),
            ErrorCode.REQUEST_TOO_LARGE: self.tr("This photo is too large. Choose a smaller one."),
        }
        return messages.get(code) or self.tr("The service did not accept this photo: {0}. Choose another "
                                             "photo.").format((description or code).rstrip(". "))
