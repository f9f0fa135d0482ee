"""A person's details as the Enrol and Records pages edit them: name, surnames, member or employee number,
an attached file, lists and enabled, with the service's field errors shown on the fields they concern."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facestation.api import ErrorCode, FaceList, FaceRecordSummary
from facestation.api.errors import FieldError
from facestation.station.ui.kit import (
    RetranslateMixin,
    field_label,
    mark_invalid,
    role_label,
    show_message,
)

__all__ = ["FIELD_OF_CODE", "LIST_ROW_HEIGHT", "MAX_ATTACHMENT_BYTES", "PersonDetails", "PersonForm"]

# The service's validation codes (docs/local-service.md) and the field each one is about. Codes about the
# photo are not here: the page that holds the photo shows them.
FIELD_OF_CODE = {
    ErrorCode.NAME_REQUIRED: "name",
    ErrorCode.SURNAME1_REQUIRED: "surname1",
    ErrorCode.EXTERNAL_IDENTIFIER_ALREADY_EXISTS: "external_identifier",
    ErrorCode.ADDITIONAL_DATA_FILE_NAME_REQUIRED: "attachment",
    ErrorCode.FACE_LIST_NOT_FOUND: "lists",
}
PHOTO_CODES = frozenset({ErrorCode.FACE_IMAGE_REQUIRED, ErrorCode.INVALID_BASE64, ErrorCode.INVALID_IMAGE,
                         ErrorCode.IMAGE_TOO_LARGE, ErrorCode.NO_FACE_DETECTED, ErrorCode.MULTIPLE_FACES_DETECTED,
                         ErrorCode.FACE_TOO_SMALL})
# The request limit is 20 MB of JSON; Base64 adds a third, and the photo needs room too.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
_TEXT_LIMIT = 100  # the service's limit for names and numbers
LIST_ROW_HEIGHT = 44  # a list row to tick with a finger (its check box is 24 px, from the theme)


@dataclass
class PersonDetails:
    """What the form holds. `attachment` is None when no file is attached (or the stored one is kept)."""

    name: str
    surname1: str
    surname2: str | None
    external_identifier: str | None
    enabled: bool
    list_ids: list[str] = field(default_factory=list)
    attachment: bytes | None = None
    attachment_name: str | None = None


class PersonForm(RetranslateMixin, QWidget):
    """The person's fields. `check()` marks what is missing; `show_errors()` puts the service's errors on the
    fields; `details()` reads them. A barcode scanner that types the number and Enter moves on, not submits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        """`stacked`: each label above its field, for a narrow column (the Enrol page, beside the camera);
        otherwise labels beside their fields (the Records page)."""
        super().__init__(parent)
        self._stacked = stacked
        self._attachment: bytes | None = None
        self._attachment_name: str | None = None
        self._stored_attachment_name: str | None = None  # on the server already (Records edit)
        self._file_dialog: QFileDialog | None = None
        self._last_directory = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

        self.name = self._line("nameField")
        self.surname1 = self._line("surname1Field")
        self.surname2 = self._line("surname2Field")
        self.external_identifier = self._line("externalIdField")
        self.external_identifier.returnPressed.connect(self._scanned)
        self.attachment_label = QLabel(self)
        self.attachment_label.setObjectName("attachmentLabel")
        self.attachment_label.setWordWrap(True)
        self.attach_button = QPushButton(self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self.open_file_dialog)
        self.remove_attachment_button = QPushButton(self)
        self.remove_attachment_button.setObjectName("removeAttachmentButton")
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        self.lists = QListWidget(self)
        self.lists.setObjectName("listsField")
        # Rows a finger can hit (LIST_ROW_HEIGHT each, set per item); `set_lists` fits the height to them.
        self._fit_lists_height(3)
        self.lists.itemChanged.connect(lambda _item: self.changed.emit())
        self.no_lists_hint = role_label("hint", self)
        self.enabled = QCheckBox(self)
        self.enabled.setObjectName("enabledField")
        self.enabled.setChecked(True)

        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        # Stacked: the file's name gets a line of its own above the buttons (a narrow column has no room beside).
        attachment_row = QVBoxLayout() if stacked else QHBoxLayout()
        attachment_row.setSpacing(6 if stacked else 8)
        attachment_buttons = QHBoxLayout()
        attachment_buttons.setSpacing(8)
        attachment_buttons.addWidget(self.attach_button)
        attachment_buttons.addWidget(self.remove_attachment_button)
        if stacked:
            attachment_buttons.addStretch(1)
        attachment_row.addWidget(self.attachment_label, 1)
        attachment_row.addLayout(attachment_buttons)
        attachment = QWidget(self)
        attachment.setLayout(attachment_row)
        attachment_row.setContentsMargins(0, 0, 0, 0)
        lists_box = QWidget(self)
        lists_column = QVBoxLayout(lists_box)
        lists_column.setContentsMargins(0, 0, 0, 0)
        lists_column.addWidget(self.lists)
        lists_column.addWidget(self.no_lists_hint)
        rows = QVBoxLayout()  # stacked: each label above its field
        rows.setSpacing(8)
        form = QFormLayout()  # otherwise: each label beside its field
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        form.setHorizontalSpacing(14)
        for key, widget in (("name", self.name), ("surname1", self.surname1), ("surname2", self.surname2),
                            ("external_identifier", self.external_identifier), ("attachment", attachment),
                            ("lists", lists_box), ("enabled", self.enabled)):
            label = QLabel(self)
            self.labels[key] = label
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            error = role_label("fieldError", self)
            error.setObjectName(f"{key}Error")
            error.setVisible(False)
            column.addWidget(error)
            self.errors[key] = error
            field_label(label, widget)
            # The mnemonic goes to what takes the focus, not to the box around it.
            label.setBuddy({"attachment": self.attach_button, "lists": self.lists}.get(key, widget))
            if stacked:
                label.setMinimumHeight(0)  # no need to centre it on a field beside it
                row = QVBoxLayout()
                row.setSpacing(2)
                if key != "enabled":  # the check box says it all; an empty line would only push it down
                    row.addWidget(label)
                else:
                    label.hide()
                row.addLayout(column)
                rows.addLayout(row)
            else:
                if key == "lists":  # the list's height follows its rows: the label needs no more than one
                    label.setMinimumHeight(LIST_ROW_HEIGHT)
                form.addRow(label, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(rows if stacked else form)
        layout.addStretch(1)  # a taller page leaves room below the fields, not gaps between them
        QWidget.setTabOrder(self.name, self.surname1)
        QWidget.setTabOrder(self.surname1, self.surname2)
        QWidget.setTabOrder(self.surname2, self.external_identifier)
        QWidget.setTabOrder(self.external_identifier, self.attach_button)
        QWidget.setTabOrder(self.attach_button, self.lists)
        QWidget.setTabOrder(self.lists, self.enabled)
        self.retranslate_ui()
        self._show_attachment()

    @property
    def stacked(self) -> bool:
        """Labels above their fields (a narrow column), not beside them."""
        return self._stacked

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setMaxLength(_TEXT_LIMIT)
        line.textEdited.connect(lambda _text: self._edited(line))
        return line

    def retranslate_ui(self) -> None:
        # Mnemonics clash with none of the main window's (E, V, R, L, S, T), the Enrol page's (E) or the Records
        # page's (F, E, P, D, O, V, M, N).
        texts = {"name": self.tr("First n&ame"), "surname1": self.tr("S&urname"),
                 "surname2": self.tr("Se&cond surname"), "external_identifier": self.tr("Mem&ber / employee no."),
                 "attachment": self.tr("Attached file"), "lists": self.tr("L&ists"), "enabled": ""}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name.setPlaceholderText(self.tr("Required"))
        self.surname1.setPlaceholderText(self.tr("Required"))
        self.surname2.setPlaceholderText(self.tr("Optional"))
        self.external_identifier.setPlaceholderText(self.tr("Optional: type it or scan the card"))
        self.attach_button.setText(self.tr("Attac&h…"))
        self.attach_button.setToolTip(self.tr("Attach a file to this person, for example a signed consent form"))
        self.remove_attachment_button.setText(self.tr("Remove"))
        self.enabled.setText(self.tr("Active (can be reco&gnised)"))
        self.no_lists_hint.setText(self.tr("No lists yet. Create them on the Lists page."))
        self._show_attachment()

    # -- reading and filling -----------------------------------------------------------------------------

    def details(self) -> PersonDetails:
        def optional(line: QLineEdit) -> str | None:
            return line.text().strip() or None

        return PersonDetails(
            name=self.name.text().strip(), surname1=self.surname1.text().strip(), surname2=optional(self.surname2),
            external_identifier=optional(self.external_identifier), enabled=self.enabled.isChecked(),
            list_ids=self.checked_list_ids(), attachment=self._attachment, attachment_name=self._attachment_name)

    def set_person(self, record: FaceRecordSummary, list_ids: list[str] | None = None) -> None:
        """Fill the form from a record (Records → Edit); the stored file stays unless another is attached."""
        self.clear_errors()
        self.name.setText(record.name)
        self.surname1.setText(record.surname1)
        self.surname2.setText(record.surname2 or "")
        self.external_identifier.setText(record.external_identifier or "")
        self.enabled.setChecked(record.enabled)
        self._attachment = None
        self._attachment_name = None
        self._stored_attachment_name = record.additional_data_file_name
        self.set_checked_lists(list_ids if list_ids is not None else
                               ([record.face_list_id] if record.face_list_id else []))
        self._show_attachment()

    def set_lists(self, lists: list[FaceList], checked: list[str] | None = None) -> None:
        """The lists a person can be put in; keeps what was ticked unless `checked` says otherwise."""
        keep = set(checked) if checked is not None else set(self.checked_list_ids())
        self.lists.blockSignals(True)
        self.lists.clear()
        for face_list in lists:
            item = QListWidgetItem(face_list.name, self.lists)
            item.setData(Qt.ItemDataRole.UserRole, face_list.identifier)
            item.setToolTip(face_list.description or face_list.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if face_list.identifier in keep else Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(0, LIST_ROW_HEIGHT))
        self.lists.blockSignals(False)
        self._fit_lists_height(len(lists))
        self.lists.setVisible(bool(lists))
        self.no_lists_hint.setVisible(not lists)

    def _fit_lists_height(self, rows: int) -> None:
        # As high as the lists there are, up to three rows (more scroll): no empty box taking the form's room.
        frame = 2 * self.lists.frameWidth() + 4
        self.lists.setFixedHeight(max(1, min(rows, 3)) * LIST_ROW_HEIGHT + frame)

    def checked_list_ids(self) -> list[str]:
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_checked_lists(self, list_ids: list[str]) -> None:
        wanted = set(list_ids)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.lists.item(row) for row in range(self.lists.count())]

    def clear(self) -> None:
        """Empty every field (after an enrolment, at sign-out)."""
        for line in (self.name, self.surname1, self.surname2, self.external_identifier):
            line.clear()
        self.enabled.setChecked(True)
        self.set_checked_lists([])
        self._attachment = None
        self._attachment_name = None
        self._stored_attachment_name = None
        self.clear_errors()
        self._show_attachment()

    # -- the attached file -------------------------------------------------------------------------------

    @property
    def attachment_name(self) -> str | None:
        return self._attachment_name

    @Slot()
    def open_file_dialog(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Attach a file"), self._last_directory)
        dialog.setObjectName("attachDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.attach_file)
        self._file_dialog = dialog
        dialog.open()
        return dialog

    @Slot(str)
    def attach_file(self, path: str | Path) -> bool:
        """Attach a file; a file too big or unreadable is said on the field and nothing changes."""
        path = Path(path)
        self._last_directory = str(path.parent)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                self.set_error("attachment", self.tr("“{0}” is too big ({1:.1f} MB). Attach a file of at most "
                                                     "{2} MB.").format(path.name, size / 2**20,
                                                                       MAX_ATTACHMENT_BYTES // 2**20))
                return False
            data = path.read_bytes()
        except OSError as error:
            self.set_error("attachment", self.tr("“{0}” cannot be read ({1}). Choose another file.").format(
                path.name, error.strerror or error))
            return False
        self._attachment = data
        self._attachment_name = path.name
        self.set_error("attachment", "")
        self._show_attachment()
        self.changed.emit()
        return True

    @Slot()
    def remove_attachment(self) -> None:
        self._attachment = None
        self._attachment_name = None
        self._show_attachment()
        self.changed.emit()

    def _show_attachment(self) -> None:
        if self._attachment_name:
            size = len(self._attachment or b"")
            text = self.tr("{0} ({1} KB)").format(self._attachment_name, max(1, round(size / 1024)))
        elif self._stored_attachment_name:
            text = self.tr("{0} (stored; attach another file to replace it)").format(self._stored_attachment_name)
        else:
            text = self.tr("No file attached")
        self.attachment_label.setText(text)
        self.remove_attachment_button.setVisible(self._attachment_name is not None)

    # -- checking and errors -----------------------------------------------------------------------------

    def check(self) -> bool:
        """The station's own check before asking the service: required fields. Marks and focuses the first."""
        self.clear_errors()
        problems = []
        if not self.name.text().strip():
            problems.append(("name", self.tr("Type the person's first name.")))
        if not self.surname1.text().strip():
            problems.append(("surname1", self.tr("Type the person's surname.")))
        for key, text in reversed(problems):  # the first wrong field ends up with the focus
            self.set_error(key, text)
        return not problems

    def show_errors(self, field_errors: list[FieldError]) -> list[FieldError]:
        """Put the service's errors on their fields; returns those that belong to no field (e.g. the photo)."""
        self.clear_errors()
        unplaced = []
        for error in reversed(field_errors):
            key = FIELD_OF_CODE.get(error.code)
            if key is None:
                unplaced.insert(0, error)
            else:
                self.set_error(key, self.message_for(error))
        return unplaced

    def message_for(self, error: FieldError) -> str:
        """The operator's sentence for a service error code."""
        messages = {
            ErrorCode.NAME_REQUIRED: self.tr("Type the person's first name."),
            ErrorCode.SURNAME1_REQUIRED: self.tr("Type the person's surname."),
            ErrorCode.EXTERNAL_IDENTIFIER_ALREADY_EXISTS: self.tr(
                "Someone else already has this number. Check it, or find that person on the Records page."),
            ErrorCode.ADDITIONAL_DATA_FILE_NAME_REQUIRED: self.tr("The attached file needs a name: attach it again."),
            ErrorCode.FACE_LIST_NOT_FOUND: self.tr(
                "One of the ticked lists no longer exists. Untick it; the list of lists was refreshed."),
        }
        return messages.get(error.code, error.description or error.code)

    def set_error(self, key: str, text: str) -> None:
        show_message(self.errors[key], text)
        line = {"name": self.name, "surname1": self.surname1, "surname2": self.surname2,
                "external_identifier": self.external_identifier}.get(key)
        if line is not None:
            mark_invalid(line, bool(text))

    def clear_errors(self) -> None:
        for key in self.errors:
            self.set_error(key, "")

    @property
    def error_texts(self) -> dict[str, str]:
        """The errors shown now, by field (for tests and screenshots)."""
        return {key: label.text() for key, label in self.errors.items() if label.isVisibleTo(self)}

    def _edited(self, line: QLineEdit) -> None:
        if line.property("invalid"):
            key = {self.name: "name", self.surname1: "surname1", self.surname2: "surname2",
                   self.external_identifier: "external_identifier"}[line]
            show_message(self.errors[key], "")
            mark_invalid(line, False)
        self.changed.emit()

    @Slot()
    def _scanned(self) -> None:
        # Scanners send Enter after the number: go to the next field instead of pressing a button.
        self.attach_button.setFocus()
