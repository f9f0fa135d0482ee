"""The Lists page: the face lists (groups of people Verify checks against) and who is in each.

Left, the lists with their member counts and the actions on a list (new, rename / describe, delete); right, the
members of the chosen list, page by page, with "Add person…" and "Remove from list". Everything goes through
`context.directory` (`ListDirectory`), which uses the server's list extensions when it has them and the station's
own catalogue when it does not (the hosted service): then a note says that only what this station created,
opened or added is shown, and "Open a list by id…" brings in a list made elsewhere.

The small dialogs of this page (list details, add people, open by id) live here too: nothing else uses them.

Offline (the service cannot be reached and the station has an outbox): creating, renaming or deleting a list and
adding or removing people are queued. A list created offline is shown as "waiting to be created" under its
placeholder id (`OutboxItem.placeholder`); every later change to it is queued under that placeholder without
asking the service (which does not know it yet), and the replay puts the real id in. Every change the service
(or the outbox) took is written to the activity log, identifiers only.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facestation.api import FaceCheckClient, FaceList, FaceRecordSummary, errors
from facestation.station.core.directory import ListDirectory, Members
from facestation.station.core.outbox import OutboxItem, is_offline_error, is_placeholder
from facestation.station.ui.dialogs import (
    mark_invalid,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import Operations, OpHandle, Problem
from facestation.station.ui.panels.base import Panel, StationContext

__all__ = ["AddPeopleDialog", "ListDetailsDialog", "ListsPanel", "OpenListDialog", "Queue"]

# Puts a change in the outbox (kind, payload) and gives the queued item; None: this station has no outbox.
Queue = Callable[[str, dict[str, Any]], Awaitable[OutboxItem]]

PAGE_SIZE = 50  # members fetched per "Show more"
SEARCH_LIMIT = 50  # people shown per search in "Add person…"
BUTTON_HEIGHT = 48  # touch-friendly
PRIMARY_HEIGHT = 64
NAME_LIMIT = 100  # the service's limit for names
DESCRIPTION_LIMIT = 250
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1

NAME_TAKEN = "FaceListNameAlreadyExists"
NAME_REQUIRED = "FaceListNameRequired"
LIST_NOT_FOUND = "FaceListNotFound"


def _button(parent: QWidget, name: str, *, primary: bool = False) -> QPushButton:
    button = primary_button(parent) if primary else QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(PRIMARY_HEIGHT if primary else BUTTON_HEIGHT)
    if not primary:
        button.setAutoDefault(False)
    return button


async def send_or_queue(send: Callable[[], Awaitable[Any]], queue: Queue | None, kind: str,
                        payload: dict[str, Any], *, queue_only: bool = False) -> Any:
    """Send a change; when the service cannot be reached (or `queue_only`: it names a list made offline, which
    the service does not know yet) and there is an outbox, queue it instead: the result is then the OutboxItem."""
    if queue is not None and queue_only:
        return await queue(kind, payload)
    try:
        return await send()
    except errors.FaceCheckError as error:
        if queue is None or not is_offline_error(error):
            raise
        return await queue(kind, payload)


def _codes(problem: Problem) -> list[str]:
    error = problem.error
    return error.codes if isinstance(error, errors.ValidationError) else []


def _queued_person(record_id: str, name: str) -> FaceRecordSummary:
    """Someone added to a list offline, as the members view shows them (their name as it was chosen)."""
    return FaceRecordSummary(record_id, name, "", None, None, None, True, None, None)


def person_line(record: FaceRecordSummary, tr: Callable[[str], str]) -> str:
    """How a person reads in a list: name, member number, and whether Verify can recognise them."""
    text = record.full_name or tr("(no name)")
    if record.external_identifier:
        text = tr("{0}   ·   No. {1}").format(text, record.external_identifier)
    if not record.enabled:
        text = tr("{0}   (switched off: not recognised)").format(text)
    return text


def heading_label(parent: QWidget) -> QLabel:
    """A column heading (the theme's "heading" role: larger and bold), so each half of the page says what it
    holds."""
    return role_label("heading", parent, wrap=False)


class TwoLineDelegate(QStyledItemDelegate):
    """Draws an item's text "title\\ndetails" as a bold title over a muted line of details, elided to fit (a
    text of one line as it is). The item keeps its whole text (what screen readers and tests read)."""

    MARGIN = 10

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title, _, details = text.partition("\n")
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background, selection and focus as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        palette = option.palette
        title_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not enabled:  # the theme's one text colour covers disabled items too: mute them here
            title_colour = muted
        detail_colour = title_colour if selected else muted
        area = option.rect.adjusted(self.MARGIN, 4, -self.MARGIN, -4)
        half = area.height() // 2 if details else area.height()
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(bool(details))
        painter.setFont(title_font)
        painter.setPen(title_colour)
        top = QRect(area.left(), area.top(), area.width(), half)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, area.width()))
        if details:
            painter.setFont(option.font)
            painter.setPen(detail_colour)
            bottom = QRect(area.left(), area.top() + half, area.width(), area.height() - half)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText(details, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()


class _Dialog(QDialog):
    """What the page's dialogs share: a title, a hint, an error line, Cancel and a primary button at the bottom,
    and the operations helper for their one network call. `queue` keeps a change in the outbox when the
    service cannot be reached; `queued(item)` then says so (instead of the dialog's own "done" signal)."""

    queued = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None, name: str, queue: Queue | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.ops = ops
        self.queue = queue
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
        self.cancel_button = _button(self, "cancelButton")
        self.ok_button = _button(self, "okButton", primary=True)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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

    def __init__(self, ops: Operations, directory: ListDirectory, face_list: FaceList | None = None,
                 parent: QWidget | None = None, *, queue: Queue | None = None) -> None:
        super().__init__(ops, parent, "listDetailsDialog", queue)
        self.directory = directory
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
        payload: dict[str, Any] = {"name": name}
        if description:
            payload["description"] = description
        if self.face_list is None:
            work: Awaitable[object] = send_or_queue(lambda: self.directory.create_list(name, description),
                                                    self.queue, "create_list", payload)
            busy = self.tr("Creating the list…")
        else:
            identifier = self.face_list.identifier
            work = send_or_queue(lambda: self._update(identifier, name, description), self.queue, "update_list",
                                 payload | {"list_id": identifier, "list_name": self.face_list.name},
                                 queue_only=is_placeholder(identifier))
            busy = self.tr("Saving the list…")
        self.run(work, self._saved, self._failed, busy)

    async def _update(self, identifier: str, name: str, description: str | None) -> str:
        await self.directory.update_list(identifier, name, description)
        return identifier

    def _saved(self, identifier: object) -> None:
        if isinstance(identifier, OutboxItem):
            self.queued.emit(identifier)
        else:
            self.saved.emit(str(identifier))
        self.accept()

    def _failed(self, problem: Problem) -> None:
        codes = _codes(problem)
        if NAME_TAKEN in codes:
            self.show_name_error(self.tr("Another list is already called “{0}”. Choose a different name.").format(
                self.name.text().strip()))
        elif NAME_REQUIRED in codes:
            self.show_name_error(self.tr("Type a name for the list."))
        elif LIST_NOT_FOUND in codes or isinstance(problem.error, errors.NotFoundError):
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


@dataclass(frozen=True)
class _Outcome:
    """How far a run of adds or removes got: the people done, and the error that stopped it (if any)."""

    done: list[str]
    error: BaseException | None
    queued: list[OutboxItem] = field(default_factory=list)  # kept in the outbox (no connection)


class AddPeopleDialog(_Dialog):
    """Find people and add them to a list: by name (or part of it) when the service can search records, else by
    their exact member number or record id. Choose one or more and press "Add to list". `added(count)` after
    the service took them (also when a later one failed: the page reloads either way)."""

    added = Signal(int)

    def __init__(self, ops: Operations, directory: ListDirectory, face_list: FaceList, *, can_search: bool,
                 member_ids: set[str], parent: QWidget | None = None, queue: Queue | None = None) -> None:
        super().__init__(ops, parent, "addPeopleDialog", queue)
        self.directory = directory
        self.added_ids: list[str] = []  # the people added so far (read when `added` or `queued` is emitted)
        self.client: FaceCheckClient = directory.client
        self.face_list = face_list
        self.can_search = can_search
        self.member_ids = set(member_ids)
        self._search_handle: OpHandle | None = None
        self._searched = False
        self._total = 0
        self.setMinimumSize(640, 600)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("personSearchField")
        self.search_field.setMaxLength(NAME_LIMIT)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search_field)
        self.search_button = _button(self, "personSearchButton")
        self.search_button.clicked.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.search_field, 1)
        row.addWidget(self.search_button)
        self.results = QListWidget(self)
        self.results.setObjectName("personResults")
        self.results.setSpacing(2)
        self.results.setItemDelegate(TwoLineDelegate(self.results))
        # Tapping a person chooses them, tapping again lets go: several at once without a Ctrl key.
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.results.itemSelectionChanged.connect(self._update_enabled)
        self.found = role_label("hint", self)
        self.found.setObjectName("personFound")
        self.layout_.addSpacing(6)
        self.layout_.addWidget(self.search_label)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.found)
        self.layout_.addWidget(self.results, 1)
        self.finish_layout(stretch=False)
        QWidget.setTabOrder(self.search_field, self.search_button)
        QWidget.setTabOrder(self.search_button, self.results)
        QWidget.setTabOrder(self.results, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.search_field.setFocus()
        self.retranslate_ui()
        self._update_enabled()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Add people to a list"))
        self.title.setText(self.tr("Add people to “{0}”").format(self.face_list.name))
        if self.can_search:
            self.hint.setText(self.tr("Type part of the person's name or their member number and press Search. "
                                      "Tap everyone to add, then press Add to list."))
            self.search_label.setText(self.tr("&Name or member number"))
            self.search_button.setText(self.tr("&Search"))
        else:
            self.hint.setText(self.tr("This service cannot search by name: type the person's exact member number "
                                      "(or their record id) and press Find, then press Add to list."))
            self.search_label.setText(self.tr("Exact member &number or record id"))
            self.search_button.setText(self.tr("&Find"))
        self.ok_button.setText(self.tr("Add to list"))
        self._update_found()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter in the search field searches (a scanner types the number and Enter); it must not add people.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search_field.hasFocus():
            self.search()
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_enabled(self) -> None:
        self.ok_button.setEnabled(not self.working and bool(self.chosen_ids()))
        self._update_found()

    def chosen_ids(self) -> list[str]:
        return [str(item.data(ID_ROLE)) for item in self.results.selectedItems()]

    def _items(self) -> list[QListWidgetItem]:
        return [self.results.item(row) for row in range(self.results.count())]

    # -- finding -------------------------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        text = self.search_field.text().strip()
        if not self.can_search and not text:
            show_message(self.error, self.tr("Type the person's member number or record id first."))
            self.search_field.setFocus()
            return
        if self._search_handle is not None:
            self._search_handle.cancel()
        show_message(self.error, "")
        work = self._search(text) if self.can_search else self._exact(text)
        self._search_handle = self.ops.run_async(work, on_success=self._show_results, on_error=self._failed,
                                                 busy=self.tr("Looking for the person…"))

    async def _search(self, text: str) -> tuple[list[FaceRecordSummary], int]:
        page = await self.client.records.search(text, limit=SEARCH_LIMIT)
        return list(page.records), page.total

    async def _exact(self, text: str) -> tuple[list[FaceRecordSummary], int]:
        # The member number first (what a receptionist has on the card), then the record id.
        for lookup in (self.client.records.get_by_external_id, self.client.records.get):
            try:
                return [await lookup(text)], 1
            except (errors.NotFoundError, errors.ValidationError):
                continue
        return [], 0

    def _show_results(self, found: object) -> None:
        records, total = found  # type: ignore[misc]
        self.results.blockSignals(True)
        self.results.clear()
        for record in records:
            item = QListWidgetItem(person_line(record, self.tr), self.results)
            item.setData(ID_ROLE, record.identifier)
            item.setData(NAME_ROLE, record.full_name)
            item.setSizeHint(QSize(0, BUTTON_HEIGHT))
            if record.identifier in self.member_ids:
                item.setText(self.tr("{0}   (already in this list)").format(item.text()))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        addable = [item for item in self._items() if item.flags() & Qt.ItemFlag.ItemIsSelectable]
        if len(addable) == 1:  # the usual case with a member number: nothing more to choose
            addable[0].setSelected(True)
        self.results.blockSignals(False)
        self._total = int(total)
        self._searched = True
        self._update_enabled()
        if len(addable) == 1:  # ready to add: Enter (the default button) adds; else the search can be refined
            self.results.setCurrentItem(addable[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            self.ok_button.setFocus()

    def _update_found(self) -> None:
        if not self._searched:
            show_message(self.found, "")
            return
        shown, chosen = self.results.count(), len(self.chosen_ids())
        if shown == 0:
            text = (self.tr("Nobody found. Check the spelling, or try part of the name or the member number.")
                    if self.can_search else
                    self.tr("Nobody has this member number or record id. Check it and try again."))
        elif self._total > shown:
            text = self.tr("The first {0} of {1} found: type more of the name to find the person faster. "
                           "{2} chosen.").format(shown, self._total, chosen)
        else:
            text = self.tr("{0} found, {1} chosen. Tap a person to choose them.").format(shown, chosen)
        show_message(self.found, text)

    # -- adding --------------------------------------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        if self.working:
            return
        chosen = [(str(item.data(ID_ROLE)), str(item.data(NAME_ROLE))) for item in self.results.selectedItems()]
        if not chosen:
            show_message(self.error, self.tr("Choose at least one person to add."))
            return
        self.run(self._add(chosen), self._added, self._failed, self.tr("Adding to the list…"))

    async def _add(self, chosen: list[tuple[str, str]]) -> _Outcome:
        done: list[str] = []
        queued: list[OutboxItem] = []
        list_id = self.face_list.identifier
        for record_id, label in chosen:
            payload = {"list_id": list_id, "record_id": record_id, "label": label,
                       "list_name": self.face_list.name}
            try:
                result = await send_or_queue(
                    lambda record_id=record_id, label=label: self.directory.add_member(list_id, record_id,
                                                                                      label=label),
                    self.queue, "add_member", payload, queue_only=is_placeholder(list_id) or bool(queued))
            except errors.FaceCheckError as error:
                return _Outcome(done, error, queued)
            if isinstance(result, OutboxItem):
                queued.append(result)  # and the rest after it: the service is not there now
            else:
                done.append(record_id)
        return _Outcome(done, None, queued)

    def _added(self, outcome: object) -> None:
        assert isinstance(outcome, _Outcome)
        self.added_ids = list(outcome.done)
        if outcome.done:
            self.added.emit(len(outcome.done))
        if outcome.queued:
            self.queued.emit(list(outcome.queued))
        if outcome.error is None:
            self.accept()
            return
        self.member_ids.update(outcome.done)
        for item in self._items():  # what went in must not be added twice on the next try
            if item.data(ID_ROLE) in outcome.done:
                item.setSelected(False)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
        self.ops.report(outcome.error, on_error=self._failed)

    def _failed(self, problem: Problem) -> None:
        if isinstance(problem.error, errors.NotFoundError):
            show_message(self.error, self.tr("This list or person no longer exists. Press Cancel; the page shows "
                                             "the lists as they are now."))
        else:
            show_message(self.error, problem.text)


class ListsPanel(Panel):
    """The Lists page. `refresh()` reloads the lists (and the chosen list's members); changes emit
    `dataChanged` so the other pages pick them up."""

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.page_size = PAGE_SIZE
        self.lists: list[FaceList] = []  # what the service (or catalogue) has, with the changes still queued
        self._loaded_lists: list[FaceList] = []  # as the service (or catalogue) last answered
        self._waiting_lists: dict[str, FaceList] = {}  # placeholder -> a list created offline
        self._changed_lists: dict[str, FaceList] = {}  # list id -> its details as renamed offline
        self._deleted_lists: set[str] = set()  # deleted offline
        self._queued_members: dict[str, dict[str, str]] = {}  # list id -> {record id: name} added offline
        self.members: list[FaceRecordSummary] = []
        self.members_total = 0
        self.members_exact = True
        self.server_has_lists: bool | None = None  # None: not asked yet
        self.can_search = False
        self.selected_id: str | None = None
        self._select_after_load: str | None = None
        self._lists_handle: OpHandle | None = None
        self._members_handle: OpHandle | None = None
        self._members_generation = 0  # a late page of a list no longer chosen is dropped
        self._members_loaded = False
        self._more_possible = False
        self._members_error_from_load = False  # a load error goes when a load succeeds; an action's stays
        self.details_dialog: ListDetailsDialog | None = None
        self.add_dialog: AddPeopleDialog | None = None
        self.open_dialog: OpenListDialog | None = None
        self.delete_box: QMessageBox | None = None
        self.delete_button: QPushButton | None = None

        layout = self.page_layout()
        self.title = role_label("pageTitle", self)
        self.intro = role_label("pageText", self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.catalogue_box = QWidget(self)
        self.catalogue_box.setObjectName("catalogueBox")
        note_row = QHBoxLayout(self.catalogue_box)
        note_row.setContentsMargins(0, 0, 0, 0)
        self.catalogue_note = role_label("warning", self.catalogue_box)
        self.catalogue_note.setObjectName("catalogueNote")
        self.open_button = _button(self.catalogue_box, "openListButton")
        self.open_button.clicked.connect(self.open_list_by_id)
        note_row.addWidget(self.catalogue_note, 1)
        note_row.addWidget(self.open_button)
        self.catalogue_box.setVisible(False)
        layout.addWidget(self.catalogue_box)

        self.lists_error = role_label("error", self)
        self.lists_error.setObjectName("listsError")
        self.lists_error.setVisible(False)
        layout.addWidget(self.lists_error)
        self.offline_note = role_label("warning", self)
        self.offline_note.setObjectName("listsOfflineNote")
        self.offline_note.setVisible(False)
        layout.addWidget(self.offline_note)

        body = QHBoxLayout()
        body.setSpacing(24)
        layout.addLayout(body, 1)

        left = QVBoxLayout()
        left.setSpacing(8)
        self.lists_heading = heading_label(self)
        self.lists_view = QListWidget(self)
        self.lists_view.setObjectName("listsView")
        self.lists_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lists_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lists_view.setSpacing(2)
        self.lists_view.setItemDelegate(TwoLineDelegate(self.lists_view))
        self.lists_view.currentItemChanged.connect(self._current_list_changed)
        self.lists_empty = role_label("hint", self)
        self.lists_empty.setObjectName("listsEmpty")
        self.new_button = _button(self, "newListButton", primary=True)
        self.new_button.clicked.connect(self.new_list)
        self.rename_button = _button(self, "renameListButton")
        self.rename_button.clicked.connect(self.rename_list)
        self.delete_list_button = _button(self, "deleteListButton")
        self.delete_list_button.clicked.connect(self.delete_list)
        left.addWidget(self.lists_heading)
        left.addWidget(self.lists_view, 1)
        left.addWidget(self.lists_empty)
        left.addWidget(self.new_button)
        list_actions = QHBoxLayout()
        list_actions.addWidget(self.rename_button, 1)
        list_actions.addWidget(self.delete_list_button, 1)
        left.addLayout(list_actions)
        body.addLayout(left, 2)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.members_heading = heading_label(self)
        self.members_heading.setObjectName("membersHeading")
        self.list_description = role_label("hint", self)
        self.list_description.setObjectName("listDescription")
        self.members_view = QListWidget(self)
        self.members_view.setObjectName("membersView")
        # Tapping toggles: several people can be chosen on a touch screen without a Ctrl key.
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.members_view.setSpacing(2)
        self.members_view.setItemDelegate(TwoLineDelegate(self.members_view))
        self.members_view.itemSelectionChanged.connect(self._update_enabled)
        self.members_hint = role_label("hint", self)
        self.members_hint.setObjectName("membersHint")
        self.more_button = _button(self, "showMoreButton")
        self.more_button.clicked.connect(self.show_more)
        self.members_error = role_label("error", self)
        self.members_error.setObjectName("membersError")
        self.members_error.setVisible(False)
        self.remove_button = _button(self, "removeMemberButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button = _button(self, "addPersonButton", primary=True)
        self.add_button.clicked.connect(self.add_people)
        right.addWidget(self.members_heading)
        right.addWidget(self.list_description)
        right.addWidget(self.members_view, 1)
        more_row = QHBoxLayout()
        more_row.addWidget(self.members_hint, 1)
        more_row.addWidget(self.more_button)
        right.addLayout(more_row)
        right.addWidget(self.members_error)
        member_actions = QHBoxLayout()
        member_actions.addWidget(self.remove_button)
        member_actions.addStretch(1)
        member_actions.addWidget(self.add_button)
        right.addLayout(member_actions)
        body.addLayout(right, 3)

        chain = [self.lists_view, self.new_button, self.rename_button, self.delete_list_button, self.members_view,
                 self.more_button, self.remove_button, self.add_button, self.open_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        context.events.outboxChanged.connect(self._outbox_changed)
        self.retranslate_ui()
        self._show_lists()
        self._show_members()

    # -- texts ---------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Lists"))
        self.intro.setText(self.tr("A list is a group of people, for example your pool members. Verify can check "
                                   "whether a visitor is in a list. Choose a list to see who is in it."))
        self.catalogue_note.setText(self.tr(
            "This service cannot list its lists: shown are the lists this station created or opened, and the "
            "people this station added."))
        self.open_button.setText(self.tr("&Open a list by id…"))
        self.lists_heading.setText(self.tr("Your lists"))
        self.new_button.setText(self.tr("&New list…"))
        self.rename_button.setText(self.tr("Rename / descr&ibe…"))
        self.delete_list_button.setText(self.tr("&Delete…"))
        self.more_button.setText(self.tr("S&how more"))
        self.remove_button.setText(self.tr("Re&move from list"))
        self.remove_button.setToolTip(self.tr("Take the chosen people out of this list. They stay enrolled."))
        self.add_button.setText(self.tr("&Add person…"))
        if self.lists or self.members:
            self._show_lists()
        self._show_members()  # its heading and hint are texts too, with or without a list

    def _waiting_text(self, identifier: str) -> str:
        if identifier in self._waiting_lists:
            return self.tr("waiting to be created")
        if identifier in self._changed_lists:
            return self.tr("change waiting to be sent")
        return ""

    def _count_text(self, count: int | None) -> str:
        if count is None:
            return ""
        if count == 0:
            return self.tr("nobody yet")
        return self.tr("1 person") if count == 1 else self.tr("{0} people").format(count)

    # -- hooks ---------------------------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def clear_personal_data(self) -> None:
        self._members_generation += 1  # drop any page still on its way
        if self._members_handle is not None:
            self._members_handle.cancel()
        for dialog in (self.details_dialog, self.add_dialog, self.open_dialog, self.delete_box):
            if dialog is not None and isValid(dialog) and dialog.isVisible():
                dialog.reject()
        self.details_dialog = self.add_dialog = self.open_dialog = None
        self.delete_box = self.delete_button = None
        self.selected_id = None
        self._select_after_load = None
        self._queued_members.clear()  # names: personal (the outbox keeps the changes themselves)
        show_message(self.offline_note, "")
        self.members, self.members_total, self._members_loaded = [], 0, False
        self.lists_view.blockSignals(True)
        self.lists_view.clearSelection()
        self.lists_view.setCurrentRow(-1)
        self.lists_view.blockSignals(False)
        show_message(self.lists_error, "")
        self._show_members_error("")
        self._show_members()

    # -- the lists -----------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the lists from the service (or the catalogue), then the chosen list's members."""
        if self._lists_handle is not None:
            self._lists_handle.cancel()  # the newest request answers
        try:
            directory = self.context.directory
        except RuntimeError:  # not signed in: nothing to show yet
            return
        self._lists_handle = self.ops.run_async(self._load_lists(directory), on_success=self._lists_arrived,
                                                on_error=self._lists_failed, busy=self.tr("Loading the lists…"))

    @staticmethod
    async def _load_lists(directory: ListDirectory) -> tuple[bool, bool, list[FaceList]]:
        has_lists = await directory.server_has_lists()
        can_search = (await directory.client.capabilities()).search_records
        return has_lists, can_search, await directory.all_lists()

    def _merge_lists(self) -> None:
        """The lists to show: as loaded, with what waits in the outbox (renamed, deleted, created offline)."""
        self.lists = [self._changed_lists.get(face_list.identifier, face_list) for face_list in self._loaded_lists
                      if face_list.identifier not in self._deleted_lists]
        self.lists += [self._changed_lists.get(placeholder, face_list)
                       for placeholder, face_list in self._waiting_lists.items()
                       if placeholder not in self._deleted_lists]

    def _lists_arrived(self, loaded: tuple[bool, bool, list[FaceList]]) -> None:
        self.server_has_lists, self.can_search, self._loaded_lists = loaded
        self._merge_lists()
        show_message(self.lists_error, "")
        self.catalogue_box.setVisible(not self.server_has_lists)
        wanted = self._select_after_load or self.selected_id
        self._select_after_load = None
        if wanted is not None and wanted not in {item.identifier for item in self.lists}:
            wanted = None  # deleted (here or elsewhere)
        if wanted is None or wanted != self.selected_id:
            self._show_members_error("")
            self.members, self.members_total, self._members_loaded = [], 0, False
        self.selected_id = wanted
        self._show_lists()
        self._show_members()
        if wanted is not None:
            self._load_members()

    def _lists_failed(self, problem: Problem) -> None:
        if self._queueable(problem.error):
            self._show_offline(self.tr("No connection: the lists are shown as they were last loaded. Changes you "
                                       "make now are kept on this station and sent when the service answers."))
            self._merge_lists()
            self._show_lists()
            self._show_members()
            return
        show_message(self.lists_error, self.tr("The lists could not be loaded. {0}").format(problem.text))

    def _show_lists(self) -> None:
        self.lists_view.blockSignals(True)
        self.lists_view.clear()
        for face_list in self.lists:
            details = [part for part in (self._waiting_text(face_list.identifier),
                                         self._count_text(face_list.record_count), face_list.description) if part]
            item = QListWidgetItem(face_list.name + ("\n" + "  ·  ".join(details) if details else ""),
                                   self.lists_view)
            item.setData(ID_ROLE, face_list.identifier)
            item.setToolTip(face_list.description or face_list.name)
            item.setSizeHint(QSize(0, PRIMARY_HEIGHT))
            if face_list.identifier == self.selected_id:
                self.lists_view.setCurrentItem(item)
        if self.selected_id is None:
            self.lists_view.setCurrentRow(-1)
        self.lists_view.blockSignals(False)
        self.lists_empty.setText(self.tr("No lists yet. Press New list… to make the first one.")
                                 if self.server_has_lists is not False else
                                 self.tr("No lists yet on this station. Press New list…, or open a list made "
                                         "elsewhere with Open a list by id…"))
        self.lists_empty.setVisible(self.server_has_lists is not None and not self.lists)
        self._update_enabled()

    @property
    def selected_list(self) -> FaceList | None:
        return next((item for item in self.lists if item.identifier == self.selected_id), None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _current_list_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        identifier = str(current.data(ID_ROLE)) if current is not None else None
        if identifier == self.selected_id:
            return
        self.selected_id = identifier
        self._show_members_error("")
        self.members, self.members_total, self._members_loaded = [], 0, False
        self._show_members()
        if identifier is not None:
            self._load_members()

    def select_list(self, identifier: str) -> bool:
        """Choose a list on the left (as a tap would); False when it is not shown."""
        for row in range(self.lists_view.count()):
            if self.lists_view.item(row).data(ID_ROLE) == identifier:
                self.lists_view.setCurrentRow(row)
                return True
        return False

    @Slot()
    def new_list(self) -> ListDetailsDialog | None:
        return self._open_details(None)

    @Slot()
    def rename_list(self) -> ListDetailsDialog | None:
        face_list = self.selected_list
        return self._open_details(face_list) if face_list is not None else None

    def _open_details(self, face_list: FaceList | None) -> ListDetailsDialog | None:
        try:
            directory = self.context.directory
        except RuntimeError:
            return None
        dialog = ListDetailsDialog(self.ops, directory, face_list, self, queue=self._queue_function())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda identifier: self._list_saved(identifier, face_list, dialog))
        dialog.queued.connect(lambda item: self._list_queued(item, face_list))
        self.details_dialog = dialog
        dialog.open()
        return dialog

    def _list_saved(self, identifier: str, before: FaceList | None, dialog: ListDetailsDialog) -> None:
        name = dialog.name.text().strip()
        if before is None:
            text = self.tr("The list “{0}” was made. Now add people with Add person…").format(name)
            self.statusMessage.emit(text, 8000)
        else:
            self.statusMessage.emit(self.tr("The list “{0}” was saved.").format(name), 5000)
        self.context.record("list_create" if before is None else "list_update", list_ids=[identifier])
        self._select_after_load = identifier
        self._changed()

    def _list_queued(self, item: OutboxItem, before: FaceList | None) -> None:
        """A new list or new details kept in the outbox: show them as waiting."""
        name = str(item.payload["name"])
        description = item.payload.get("description") or None
        if before is None:
            face_list = FaceList(item.placeholder, name, description, None, None)
            self._waiting_lists[item.placeholder] = face_list
            self.context.record("list_create", list_ids=[item.placeholder],
                                details={"queued": True, "outbox_item": item.id})
            self.selected_id = item.placeholder
            self._reset_members()
        else:
            self._changed_lists[before.identifier] = replace(before, name=name, description=description)
            self.context.record("list_update", list_ids=[before.identifier],
                                details={"queued": True, "outbox_item": item.id})
        self._kept_offline()

    def _reset_members(self) -> None:
        self._show_members_error("")
        self.members, self.members_total, self._members_loaded = [], 0, False

    def _kept_offline(self) -> None:
        """After a change went to the outbox: say so, and show the page with it (without asking the service)."""
        text = self.tr("No connection: the change is kept and sent when the service answers.")
        self._show_offline(text)
        self.statusMessage.emit(text, 10_000)
        self._merge_lists()
        self._show_lists()
        if self.selected_id is not None and is_placeholder(self.selected_id):
            self._load_members()  # from what waits in the outbox, not from the service
        else:
            self._show_members()
        self.dataChanged.emit()

    def _show_offline(self, text: str) -> None:
        show_message(self.offline_note, text)

    def _queueable(self, error: BaseException | None) -> bool:
        """The service cannot be reached and there is an outbox to keep the change in."""
        return error is not None and self.context.outbox is not None and is_offline_error(error)

    def _queue_function(self) -> Queue | None:
        if self.context.outbox is None:
            return None
        enqueue = self.context.enqueue

        async def queue(kind: str, payload: dict[str, Any]) -> OutboxItem:
            return await self.ops.call_blocking(enqueue, kind, payload)

        return queue

    @Slot(int, int)
    def _outbox_changed(self, pending: int, _attention: int) -> None:
        """Nothing waits any more (sent, or moved to Needs attention): show the lists as the service has them,
        choosing a list made offline under its real id."""
        if pending or not (self._waiting_lists or self._changed_lists or self._deleted_lists
                           or self._queued_members):
            return
        outbox = self.context.outbox
        selected = self.selected_id
        self._waiting_lists.clear()
        self._changed_lists.clear()
        self._deleted_lists.clear()
        self._queued_members.clear()
        show_message(self.offline_note, "")
        if outbox is not None and selected is not None and is_placeholder(selected):
            def chosen(real: str | None) -> None:
                self._select_after_load = real
                self.refresh()

            self.ops.run_blocking(outbox.real_id, selected, on_success=chosen, quiet=True)
            return
        self.refresh()

    @Slot()
    def delete_list(self) -> QMessageBox | None:
        """Ask first, naming the list; the people in it stay enrolled."""
        face_list = self.selected_list
        if face_list is None:
            return None
        box = QMessageBox(self)
        box.setObjectName("deleteListBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete a list"))
        box.setText(self.tr("Delete the list “{0}”?").format(face_list.name))
        count = face_list.record_count
        people = (self.tr("The people in it stay enrolled") if not count else
                  self.tr("The person in it stays enrolled") if count == 1 else
                  self.tr("The {0} people in it stay enrolled").format(count))
        box.setInformativeText(self.tr("{0}: only the list goes. Verify can no longer check against this list.")
                               .format(people))
        delete = box.addButton(self.tr("Delete the list"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        for button in (delete, keep):
            button.setMinimumHeight(BUTTON_HEIGHT)
        box.setDefaultButton(keep)  # Enter must not delete by accident
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._delete_answered(box, delete, face_list))
        self.delete_box, self.delete_button = box, delete
        box.open()
        return box

    def _delete_answered(self, box: QMessageBox, delete: QPushButton, face_list: FaceList) -> None:
        if self.delete_box is box:
            self.delete_box = self.delete_button = None
        if box.clickedButton() is not delete:
            return
        identifier = face_list.identifier
        work = send_or_queue(lambda: self.context.directory.delete_list(identifier), self._queue_function(),
                             "delete_list", {"list_id": identifier, "list_name": face_list.name},
                             queue_only=is_placeholder(identifier))
        self.ops.run_async(work, on_success=lambda result: self._list_deleted(face_list, result),
                           on_error=self._delete_failed, busy=self.tr("Deleting the list…"))

    def _delete_failed(self, problem: Problem) -> None:
        show_message(self.lists_error, self.tr("The list was not deleted. {0}").format(problem.text))

    def _list_deleted(self, face_list: FaceList, result: object = None) -> None:
        if isinstance(result, OutboxItem):
            self._deleted_lists.add(face_list.identifier)
            self.context.record("list_delete", list_ids=[face_list.identifier],
                                details={"queued": True, "outbox_item": result.id})
            if self.selected_id == face_list.identifier:
                self.selected_id = None
                self._reset_members()
            self._kept_offline()
            return
        self.context.record("list_delete", list_ids=[face_list.identifier])
        self.statusMessage.emit(self.tr("The list “{0}” was deleted. The people in it are still enrolled.").format(
            face_list.name), 8000)
        if self.selected_id == face_list.identifier:
            self.selected_id = None
        self._changed()

    @Slot()
    def open_list_by_id(self) -> OpenListDialog | None:
        try:
            directory = self.context.directory
        except RuntimeError:
            return None
        dialog = OpenListDialog(self.ops, directory, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(self._list_opened)
        self.open_dialog = dialog
        dialog.open()
        return dialog

    def _list_opened(self, face_list: FaceList) -> None:
        text = self.tr("The list “{0}” is now shown on this station.").format(face_list.name)
        self.statusMessage.emit(text, 5000)
        self._select_after_load = face_list.identifier
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    # -- the members ---------------------------------------------------------------------------------------

    def _load_members(self, offset: int = 0) -> None:
        list_id = self.selected_id
        if list_id is None:
            return
        if is_placeholder(list_id):  # the service does not know it yet: who waits to join it
            self._members_generation += 1
            self.members = [_queued_person(record_id, name)
                            for record_id, name in self._queued_members.get(list_id, {}).items()]
            self.members_total, self.members_exact, self._members_loaded = len(self.members), True, True
            self._more_possible = False
            self._show_members()
            return
        if self._members_handle is not None and offset == 0:
            self._members_handle.cancel()
        self._members_generation += 1
        generation = self._members_generation
        self._members_handle = self.ops.run_async(
            self.context.directory.members(list_id, offset=offset, limit=self.page_size),
            on_success=lambda page: self._members_arrived(generation, offset, page),
            on_error=lambda problem: self._members_failed(generation, problem),
            busy=self.tr("Loading the members…"))
        self._update_enabled()

    def _members_arrived(self, generation: int, offset: int, page: Members) -> None:
        if generation != self._members_generation:
            return
        self.members = (self.members[:offset] if offset else []) + list(page.records)
        known = {record.identifier for record in self.members}
        if self.selected_id is not None:  # added offline, not in the list on the service yet
            self.members += [_queued_person(record_id, name) for record_id, name
                             in self._queued_members.get(self.selected_id, {}).items() if record_id not in known]
        self.members_total, self.members_exact, self._members_loaded = page.total, page.exact, True
        self._more_possible = bool(page.records) and len(self.members) < page.total
        if self._members_error_from_load:
            self._show_members_error("")
        self._show_members()

    def _members_failed(self, generation: int, problem: Problem) -> None:
        if generation != self._members_generation:
            return
        if self._queueable(problem.error):
            self._show_offline(self.tr("No connection: the members cannot be loaded now. Changes you make are "
                                       "kept on this station and sent when the service answers."))
            self._update_enabled()
            return
        self._show_members_error(self.tr("The members could not be loaded. {0}").format(problem.text),
                                 from_load=True)
        self._update_enabled()

    def _show_members_error(self, text: str, *, from_load: bool = False) -> None:
        show_message(self.members_error, text)
        self._members_error_from_load = from_load and bool(text)

    @Slot()
    def show_more(self) -> None:
        self._load_members(len(self.members))

    def _show_members(self) -> None:
        face_list = self.selected_list
        self.members_view.blockSignals(True)
        self.members_view.clear()
        waiting = self._queued_members.get(self.selected_id or "", {})
        for record in self.members:
            text = person_line(record, self.tr)
            if record.identifier in waiting:
                text = self.tr("{0}   (waiting to be added)").format(text)
            item = QListWidgetItem(text, self.members_view)
            item.setData(ID_ROLE, record.identifier)
            item.setData(NAME_ROLE, record.full_name)
            item.setSizeHint(QSize(0, BUTTON_HEIGHT))
        self.members_view.blockSignals(False)
        if face_list is None:
            self.members_heading.setText(self.tr("Members"))
            self.list_description.setText("")
            self.members_hint.setText(self.tr("Choose a list on the left to see who is in it, or make a new one "
                                              "with New list…") if self.lists else "")
        else:
            self.members_heading.setText(self.tr("Members of “{0}”").format(face_list.name))
            self.list_description.setText(face_list.description or "")
            self.members_hint.setText(self._members_text())
        self.list_description.setVisible(bool(self.list_description.text()))
        self._update_enabled()

    def _members_text(self) -> str:
        if not self._members_loaded:
            return self.tr("Loading…")
        if not self.members:
            return self.tr("Nobody is in this list yet. Press Add person… to add someone.")
        shown = len(self.members)
        if shown < self.members_total:
            text = self.tr("Showing {0} of {1} people.").format(shown, self.members_total)
        else:
            text = self.tr("{0} in this list.").format(self._count_text(shown).capitalize())
        if not self.members_exact:
            text += " " + self.tr("Only the people added at this station are shown.")
        return text + " " + self.tr("Tap people to choose them.")

    def selected_member_ids(self) -> list[str]:
        return [str(item.data(ID_ROLE)) for item in self.members_view.selectedItems()]

    def _update_enabled(self) -> None:
        chosen = self.selected_list is not None
        self.rename_button.setEnabled(chosen)
        self.delete_list_button.setEnabled(chosen)
        self.add_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and bool(self.members_view.selectedItems()))
        loading = self._members_handle is not None and not self._members_handle.done
        self.more_button.setVisible(chosen and self._members_loaded and self._more_possible)
        self.more_button.setEnabled(not loading)

    @Slot()
    def add_people(self) -> AddPeopleDialog | None:
        face_list = self.selected_list
        if face_list is None:
            return None
        dialog = AddPeopleDialog(self.ops, self.context.directory, face_list, can_search=self.can_search,
                                 member_ids={record.identifier for record in self.members}, parent=self,
                                 queue=self._queue_function())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda count: self._people_added(face_list, count, dialog.added_ids))
        dialog.queued.connect(lambda items: self._people_queued(face_list, items))
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _people_queued(self, face_list: FaceList, items: list[OutboxItem]) -> None:
        waiting = self._queued_members.setdefault(face_list.identifier, {})
        for item in items:
            record_id = str(item.payload["record_id"])
            waiting[record_id] = str(item.payload.get("label") or "")
            self.context.record("list_add_member", list_ids=[face_list.identifier], record_ids=[record_id],
                                details={"queued": True, "outbox_item": item.id})
            if self.selected_id == face_list.identifier and \
                    all(record.identifier != record_id for record in self.members):
                self.members.append(_queued_person(record_id, waiting[record_id]))
                self.members_total += 1
        self._kept_offline()

    def _people_added(self, face_list: FaceList, count: int, record_ids: list[str] | None = None) -> None:
        for record_id in record_ids or []:
            self.context.record("list_add_member", list_ids=[face_list.identifier], record_ids=[record_id])
        text = (self.tr("1 person was added to “{0}”.") if count == 1 else
                self.tr("{1} people were added to “{0}”.")).format(face_list.name, count)
        self.statusMessage.emit(text, 5000)
        self._changed()

    @Slot()
    def remove_selected(self) -> None:
        """Take the chosen people out of the list (they stay enrolled). No question: adding them back is easy."""
        face_list = self.selected_list
        chosen = [(str(item.data(ID_ROLE)), str(item.data(NAME_ROLE))) for item in self.members_view.selectedItems()]
        if face_list is None or not chosen:
            return
        self._show_members_error("")
        self.ops.run_async(self._remove(face_list, chosen),
                           on_success=lambda outcome: self._removed(face_list, dict(chosen), outcome),
                           on_error=self._remove_failed, busy=self.tr("Removing from the list…"))

    async def _remove(self, face_list: FaceList, chosen: list[tuple[str, str]]) -> _Outcome:
        directory = self.context.directory
        queue = self._queue_function()
        list_id = face_list.identifier
        done: list[str] = []
        queued: list[OutboxItem] = []
        for record_id, name in chosen:
            payload = {"list_id": list_id, "record_id": record_id, "label": name, "list_name": face_list.name}
            try:
                result = await send_or_queue(
                    lambda record_id=record_id: directory.remove_member(list_id, record_id), queue,
                    "remove_member", payload, queue_only=is_placeholder(list_id) or bool(queued))
            except errors.FaceCheckError as error:
                return _Outcome(done, error, queued)
            if isinstance(result, OutboxItem):
                queued.append(result)
            else:
                done.append(record_id)
        return _Outcome(done, None, queued)

    def _removed(self, face_list: FaceList, names: dict[str, str], outcome: _Outcome) -> None:
        for record_id in outcome.done:
            self.context.record("list_remove_member", list_ids=[face_list.identifier], record_ids=[record_id])
        if outcome.queued:
            waiting = self._queued_members.get(face_list.identifier, {})
            gone = set()
            for item in outcome.queued:
                record_id = str(item.payload["record_id"])
                gone.add(record_id)
                waiting.pop(record_id, None)
                self.context.record("list_remove_member", list_ids=[face_list.identifier], record_ids=[record_id],
                                    details={"queued": True, "outbox_item": item.id})
            if self.selected_id == face_list.identifier:
                self.members = [record for record in self.members if record.identifier not in gone]
                self.members_total = max(0, self.members_total - len(gone))
            self._kept_offline()
        if outcome.done:
            if len(outcome.done) == 1:
                text = self.tr("{0} was taken out of “{1}” (still enrolled).").format(names[outcome.done[0]],
                                                                                   face_list.name)
            else:
                text = self.tr("{0} people were taken out of “{1}” (still enrolled).").format(len(outcome.done),
                                                                                            face_list.name)
            self.statusMessage.emit(text, 5000)
            self._changed()
        if outcome.error is not None:
            self.ops.report(outcome.error, on_error=self._remove_failed)

    def _remove_failed(self, problem: Problem) -> None:
        if isinstance(problem.error, errors.FeatureUnavailableError):
            text = self.tr("People cannot be taken out of a list on this service. {0}").format(problem.text)
        else:
            text = problem.text
        self._show_members_error(text)
