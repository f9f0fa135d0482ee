"""The Lists page's small dialogs: a list's name and description (new or changed), and opening a list made
elsewhere by its id. (Adding people has its own module: `add_people`.)

Each dialog makes one call. A change goes through `StationActions.perform`: sent, or kept in the offline queue
when the service cannot be reached (`queued(item)` then says so instead of the dialog's own "done" signal); the
activity-log entry is written there."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facestation.api import ErrorCode, FaceList, errors
from facestation.station.core.actions import (
    CreateList,
    Outcome,
    StationActions,
    UpdateList,
)
from facestation.station.core.directory import ListDirectory
from facestation.station.core.outbox import OutboxItem, is_placeholder
from facestation.station.ui.kit import (
    Problem,
    RetranslateMixin,
    mark_invalid,
    role_label,
    show_message,
)
from facestation.station.ui.ops import Operations, OpHandle
from facestation.station.ui.panels.lists.common import (
    DESCRIPTION_LIMIT,
    NAME_LIMIT,
    answer,
    page_button,
)

__all__ = ["ListDetailsDialog", "OpenListDialog"]


def _codes(problem: Problem) -> list[str]:
    error = problem.error
    return error.codes if isinstance(error, errors.ValidationError) else []


class _Dialog(RetranslateMixin, QDialog):
    """What the page's dialogs share: a title, a hint, an error line, Cancel and a primary button at the bottom,
    and the operations helper for their one network call. `queued(item)` when a change was kept in the offline
    queue instead of sent."""

    queued = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.ops = ops
        self.setMinimumWidth(560)
        self._handle: OpHandle | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(28, 24, 28, 20)
        self.layout_.setSpacing(10)
        self.title = role_label("title", self)
        self.hint = role_label("hint", self)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.hint)
        self.error = role_label("error", self)
        self.error.setObjectName("dialogError")
        self.error.setVisible(False)
        self.cancel_button = page_button(self, "cancelButton")
        self.ok_button = page_button(self, "okButton", primary=True)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.submit)

    def finish_layout(self, *, stretch: bool = True) -> None:
        self.layout_.addWidget(self.error)
        if stretch:
            self.layout_.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        self.layout_.addLayout(row)

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    @property
    def working(self) -> bool:
        return self._handle is not None and not self._handle.done

    def run(self, work: Awaitable[object], on_success: Callable[[object], object],
            on_error: Callable[[Problem], object], busy: str) -> None:
        show_message(self.error, "")
        self._handle = self.ops.run_async(work, on_success=on_success, on_error=on_error, busy=busy)
        self._handle.finished.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.ok_button.setEnabled(not self.working)

    def reject(self) -> None:
        if self._handle is not None:
            self._handle.cancel()  # a late answer must not land in a closed dialog
        super().reject()

    @Slot()
    def submit(self) -> None:
        raise NotImplementedError


class ListDetailsDialog(_Dialog):
    """A new list, or another name and description for one. `saved(list_id)` once the service took it; its
    refusals (a name already taken, no name) are said on the name field and the dialog stays open."""

    saved = Signal(str)

    def __init__(self, ops: Operations, actions: StationActions, face_list: FaceList | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent, "listDetailsDialog")
        self.actions = actions
        self.face_list = face_list
        self.name = QLineEdit(self)
        self.name.setObjectName("listNameField")
        self.name.setMaxLength(NAME_LIMIT)
        self.name.textEdited.connect(self._name_edited)
        self.name_error = role_label("fieldError", self)
        self.name_error.setObjectName("listNameError")
        self.name_error.setVisible(False)
        self.description = QLineEdit(self)
        self.description.setObjectName("listDescriptionField")
        self.description.setMaxLength(DESCRIPTION_LIMIT)
        self.name_label, self.description_label = QLabel(self), QLabel(self)
        self.name_label.setBuddy(self.name)
        self.description_label.setBuddy(self.description)
        self.layout_.addSpacing(6)
        for widget in (self.name_label, self.name, self.name_error, self.description_label, self.description):
            self.layout_.addWidget(widget)
        self.finish_layout()
        if face_list is not None:
            self.name.setText(face_list.name)
            self.description.setText(face_list.description or "")
        QWidget.setTabOrder(self.name, self.description)
        QWidget.setTabOrder(self.description, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.name.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if self.face_list is None:
            self.setWindowTitle(self.tr("New list"))
            self.title.setText(self.tr("New list"))
            self.hint.setText(self.tr("Give the list a name people will recognise, for example “Pool members” or "
                                      "“Staff”. Then add people to it."))
            self.ok_button.setText(self.tr("Create list"))
        else:
            self.setWindowTitle(self.tr("Rename or describe a list"))
            self.title.setText(self.tr("Rename or describe “{0}”").format(self.face_list.name))
            self.hint.setText(self.tr("Change the name or the description, then press Save. The people in the list "
                                      "stay in it."))
            self.ok_button.setText(self.tr("Save"))
        self.name_label.setText(self.tr("List &name (required)"))
        self.description_label.setText(self.tr("&Description (optional)"))
        self.description.setPlaceholderText(self.tr("What the list is for, e.g. “Members who may use the pool”"))

    def _name_edited(self) -> None:
        mark_invalid(self.name, False)
        show_message(self.name_error, "")

    def show_name_error(self, text: str) -> None:
        show_message(self.name_error, text)
        mark_invalid(self.name, bool(text))

    @Slot()
    def submit(self) -> None:
        if self.working:
            return
        name = self.name.text().strip()
        description = self.description.text().strip() or None
        if not name:
            self.show_name_error(self.tr("Type a name for the list."))
            return
        self.show_name_error("")
        if self.face_list is None:
            work = self.actions.perform(CreateList(name, description))
            busy = self.tr("Creating the list…")
        else:
            identifier = self.face_list.identifier
            # A list made offline is only known to the queue: its changes are queued after it.
            work = self.actions.perform(UpdateList(identifier, name, description, list_name=self.face_list.name),
                                        queue_only=is_placeholder(identifier))
            busy = self.tr("Saving the list…")
        self.run(work, self._answered, self._failed, busy)

    def _answered(self, outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        answer(self.ops, outcome, sent=self._saved, queued=self._queued, failed=self._failed)

    def _saved(self, identifier: str | None) -> None:
        self.saved.emit(identifier or (self.face_list.identifier if self.face_list is not None else ""))
        self.accept()

    def _queued(self, item: OutboxItem) -> None:
        self.queued.emit(item)
        self.accept()

    def _failed(self, problem: Problem) -> None:
        codes = _codes(problem)
        if ErrorCode.FACE_LIST_NAME_ALREADY_EXISTS in codes:
            self.show_name_error(self.tr("Another list is already called “{0}”. Choose a different name.").format(
                self.name.text().strip()))
        elif ErrorCode.FACE_LIST_NAME_REQUIRED in codes:
            self.show_name_error(self.tr("Type a name for the list."))
        elif ErrorCode.FACE_LIST_NOT_FOUND in codes or isinstance(problem.error, errors.NotFoundError):
            show_message(self.error, self.tr("This list was deleted in the meantime. Press Cancel; the page shows "
                                             "the lists as they are now."))
        else:
            show_message(self.error, problem.text)


class OpenListDialog(_Dialog):
    """Bring in a list made elsewhere (another station, the service's portal) by its id, on a server that cannot
    list its lists. `opened(face_list)` when the service knows it."""

    opened = Signal(object)

    def __init__(self, ops: Operations, directory: ListDirectory, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent, "openListDialog")
        self.directory = directory
        self.identifier = QLineEdit(self)
        self.identifier.setObjectName("listIdField")
        self.identifier.setMaxLength(NAME_LIMIT)
        self.identifier.textEdited.connect(lambda _text: self.show_field_error(""))
        self.identifier_error = role_label("fieldError", self)
        self.identifier_error.setObjectName("listIdError")
        self.identifier_error.setVisible(False)
        self.identifier_label = QLabel(self)
        self.identifier_label.setBuddy(self.identifier)
        self.layout_.addSpacing(6)
        for widget in (self.identifier_label, self.identifier, self.identifier_error):
            self.layout_.addWidget(widget)
        self.finish_layout()
        self.identifier.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Open a list by id"))
        self.title.setText(self.tr("Open a list by id"))
        self.hint.setText(self.tr("A list made elsewhere (another station, the service's web portal) appears here "
                                  "once you open it by its id. Ask whoever made it for the id."))
        self.identifier_label.setText(self.tr("List &id"))
        self.identifier.setPlaceholderText(self.tr("e.g. 3f2b8c1e-…"))
        self.ok_button.setText(self.tr("Open list"))

    def show_field_error(self, text: str) -> None:
        show_message(self.identifier_error, text)
        mark_invalid(self.identifier, bool(text))

    @Slot()
    def submit(self) -> None:
        if self.working:
            return
        identifier = self.identifier.text().strip()
        if not identifier:
            self.show_field_error(self.tr("Type or paste the list's id."))
            return
        self.show_field_error("")
        self.run(self.directory.open_list(identifier), self._opened, self._failed, self.tr("Opening the list…"))

    def _opened(self, face_list: object) -> None:
        self.opened.emit(face_list)
        self.accept()

    def _failed(self, problem: Problem) -> None:
        if isinstance(problem.error, errors.NotFoundError | errors.ValidationError):
            self.show_field_error(self.tr("The service has no list with this id. Check the id and try again."))
        else:
            show_message(self.error, problem.text)
