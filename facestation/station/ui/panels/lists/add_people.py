"""The "Add person…" dialog of the Lists page: find people (by name, or by exact member number or record id on
a service that cannot search), choose one or more, add them to the list.

The finding is `core.lists.find_people`, the adding `core.lists.change_members` (one `AddMember` action each:
sent, or kept in the offline queue, and logged); this dialog shows the results and the choice."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from facestation.api import FaceCheckClient, FaceList, errors
from facestation.station.core.actions import StationActions
from facestation.station.core.lists import (
    FoundPeople,
    MemberChanges,
    change_members,
    find_people,
)
from facestation.station.ui.kit import Problem, role_label, show_message
from facestation.station.ui.ops import LatestRequest, Operations
from facestation.station.ui.panels.lists.common import (
    BUTTON_HEIGHT,
    ID_ROLE,
    NAME_LIMIT,
    NAME_ROLE,
    page_button,
    person_line,
)
from facestation.station.ui.panels.lists.delegate import TwoLineDelegate
from facestation.station.ui.panels.lists.dialogs import _Dialog

__all__ = ["AddPeopleDialog"]


class AddPeopleDialog(_Dialog):
    """Find people and add them to a list: by name (or part of it) when the service can search records, else by
    their exact member number or record id. Choose one or more and press "Add to list". `added(count)` after
    the service took them (also when a later one failed: the page reloads either way); `queued(items)` for the
    ones kept in the offline queue."""

    added = Signal(int)

    def __init__(self, ops: Operations, client: FaceCheckClient, actions: StationActions, face_list: FaceList, *,
                 can_search: bool, member_ids: set[str], parent: QWidget | None = None) -> None:
        super().__init__(ops, parent, "addPeopleDialog")
        self.client = client
        self.actions = actions
        self.added_ids: list[str] = []  # the people added so far (read when `added` or `queued` is emitted)
        self.face_list = face_list
        self.can_search = can_search
        self.member_ids = set(member_ids)
        self.finding = LatestRequest(ops)
        self.searched = False  # a search has answered (the results and the "found" line are its)
        self._total = 0
        self.setMinimumSize(640, 600)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("personSearchField")
        self.search_field.setMaxLength(NAME_LIMIT)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search_field)
        self.search_button = page_button(self, "personSearchButton")
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

    def reject(self) -> None:
        self.finding.cancel()  # a late search must not land in a closed dialog either
        super().reject()

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
        show_message(self.error, "")
        self.finding.run(find_people(self.client, text, can_search=self.can_search), on_success=self._show_results,
                         on_error=self._failed, busy=self.tr("Looking for the person…"))

    def _show_results(self, found: FoundPeople) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for record in found.records:
            item = QListWidgetItem(person_line(record), self.results)
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
        self._total = found.total
        self.searched = True
        self._update_enabled()
        if len(addable) == 1:  # ready to add: Enter (the default button) adds; else the search can be refined
            self.results.setCurrentItem(addable[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            self.ok_button.setFocus()

    def _update_found(self) -> None:
        if not self.searched:
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
        self.run(change_members(self.actions.perform, self.face_list, chosen), self._added, self._failed,
                 self.tr("Adding to the list…"))

    def _added(self, outcome: object) -> None:
        assert isinstance(outcome, MemberChanges)
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
