"""The Lists page: the face lists (groups of people Verify checks against) and who is in each.

Left, the lists with their member counts and the actions on a list (new, rename / describe, delete); right, the
members of the chosen list, page by page, with "Add person…" and "Remove from list". Everything goes through
`context.directory` (`ListDirectory`), which uses the server's list extensions when it has them and the station's
own catalogue when it does not (the hosted service): then a note says that only what this station created,
opened or added is shown, and "Open a list by id…" brings in a list made elsewhere.

Changes go through `context.actions.perform(...)`: sent, or, when the service cannot be reached and the station
has an offline queue, queued (and logged, identifiers only, either way). A list created offline is shown as
"waiting to be created" under its placeholder id (`OutboxItem.placeholder`); every later change to it is queued
under that placeholder without asking the service (which does not know it yet), and the replay puts the real id
in. What waits is kept in `core.lists.WaitingChanges`, the members shown in `core.lists.MemberPages`; this class
builds the widgets and shows what those hold.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from facestation.api import FaceList, FaceRecordSummary, errors
from facestation.station.core.actions import DeleteList, Outcome
from facestation.station.core.directory import Members
from facestation.station.core.lists import (
    LoadedLists,
    MemberChanges,
    MemberPages,
    WaitingChanges,
    change_members,
    load_lists,
)
from facestation.station.core.outbox import OutboxItem, is_offline_error, is_placeholder
from facestation.station.ui.context import StationContext
from facestation.station.ui.kit import Problem, role_label, show_message
from facestation.station.ui.ops import LatestRequest
from facestation.station.ui.panels.base import Panel
from facestation.station.ui.panels.lists.add_people import AddPeopleDialog
from facestation.station.ui.panels.lists.columns import ListsColumn, MembersColumn
from facestation.station.ui.panels.lists.common import (
    BUTTON_HEIGHT,
    ID_ROLE,
    answer,
    page_button,
    person_line,
)
from facestation.station.ui.panels.lists.dialogs import (
    ListDetailsDialog,
    OpenListDialog,
)
from facestation.station.ui.panels.lists.duplicates import DuplicatesDialog
from facestation.station.ui.panels.lists.report_line import ReportLine

__all__ = ["ListsPanel"]


class ListsPanel(Panel):
    """The Lists page. `refresh()` reloads the lists (and the chosen list's members and report); changes emit
    `dataChanged` so the other pages pick them up; `recordRequested(record id)` asks the main window to open a
    record on the Records page (from the possible duplicates)."""

    recordRequested = Signal(str)

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.lists: list[FaceList] = []  # what the service (or catalogue) has, with the changes still queued
        self._loaded_lists: list[FaceList] = []  # as the service (or catalogue) last answered
        self.waiting = WaitingChanges()  # what waits in the offline queue, as the page shows it meanwhile
        self.member_pages = MemberPages()
        self.server_has_lists: bool | None = None  # None: not asked yet
        self.can_search = False
        self.selected_id: str | None = None
        self._select_after_load: str | None = None
        self._lists_request = LatestRequest(self.ops)
        self._members_request = LatestRequest(self.ops)  # a late page of a list no longer chosen is dropped
        self._members_error_from_load = False  # a load error goes when a load succeeds; an action's stays
        self.details_dialog: ListDetailsDialog | None = None
        self.add_dialog: AddPeopleDialog | None = None
        self.open_dialog: OpenListDialog | None = None
        self.delete_box: QMessageBox | None = None
        self.delete_button: QPushButton | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None

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
        self.open_button = page_button(self.catalogue_box, "openListButton")
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

        self.lists_column = ListsColumn(self)
        self.lists_heading, self.lists_view, self.lists_empty = (self.lists_column.heading, self.lists_column.view,
                                                                 self.lists_column.empty)
        self.new_button, self.rename_button, self.delete_list_button = (
            self.lists_column.new_button, self.lists_column.rename_button, self.lists_column.delete_button)
        self.lists_view.currentItemChanged.connect(self._current_list_changed)
        self.new_button.clicked.connect(self.new_list)
        self.rename_button.clicked.connect(self.rename_list)
        self.delete_list_button.clicked.connect(self.delete_list)
        body.addLayout(self.lists_column.layout, 2)

        column = self.members_column = MembersColumn(self)
        self.members_heading, self.list_description, self.members_view, self.members_hint = (
            column.heading, column.description, column.view, column.hint)
        self.more_button, self.members_error, self.remove_button, self.add_button = (
            column.more_button, column.error, column.remove_button, column.add_button)
        self.members_view.itemSelectionChanged.connect(self._update_enabled)
        self.more_button.clicked.connect(self.show_more)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.clicked.connect(self.add_people)
        # The chosen list's calibration in words and its possible duplicates, under its name and description.
        self.report_line = ReportLine(self.ops, self)
        column.layout.insertLayout(2, self.report_line.layout)
        self.report_line.duplicates_button.clicked.connect(self.show_duplicates)
        body.addLayout(column.layout, 3)

        chain = [self.lists_view, self.new_button, self.rename_button, self.delete_list_button,
                 self.report_line.duplicates_button, self.members_view, self.more_button, self.remove_button,
                 self.add_button, self.open_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        context.events.outboxChanged.connect(self._outbox_changed)
        self.retranslate_ui()
        self._show_lists()
        self._show_members()

    # -- what is shown (read by tests and the main window) -------------------------------------------------

    @property
    def page_size(self) -> int:
        """Members fetched per "Show more"."""
        return self.member_pages.page_size

    @page_size.setter
    def page_size(self, size: int) -> None:
        self.member_pages.page_size = size

    @property
    def members(self) -> list[FaceRecordSummary]:
        return self.member_pages.members

    @property
    def members_total(self) -> int:
        return self.member_pages.total

    @property
    def members_exact(self) -> bool:
        return self.member_pages.exact

    @property
    def members_loaded(self) -> bool:
        """The chosen list's first page of members (or its waiting people) is shown."""
        return self.member_pages.loaded

    @property
    def lists_loading(self) -> bool:
        """A load of the lists is on its way."""
        return self._lists_request.busy

    @property
    def selected_list(self) -> FaceList | None:
        return next((item for item in self.lists if item.identifier == self.selected_id), None)

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
        self.report_line.show()
        if self.lists or self.members:
            self._show_lists()
        self._show_members()  # its heading and hint are texts too, with or without a list

    def _waiting_text(self, identifier: str) -> str:
        if self.waiting.is_created(identifier):
            return self.tr("waiting to be created")
        if self.waiting.is_changed(identifier):
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
        self._members_request.cancel()  # drop any page still on its way
        self.report_line.clear()
        for dialog in (self.details_dialog, self.add_dialog, self.open_dialog, self.delete_box,
                       self.duplicates_dialog):
            if dialog is not None and isValid(dialog) and dialog.isVisible():
                dialog.reject()
        self.details_dialog = self.add_dialog = self.open_dialog = self.duplicates_dialog = None
        self.delete_box = self.delete_button = None
        self.selected_id = None
        self._select_after_load = None
        self.waiting.forget_names()
        show_message(self.offline_note, "")
        self.member_pages.reset()
        self.lists_column.clear_choice()
        show_message(self.lists_error, "")
        self._show_members_error("")
        self._show_members()

    # -- the lists -----------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the lists from the service (or the catalogue), then the chosen list's members."""
        try:
            directory = self.context.directory
        except RuntimeError:  # not signed in: nothing to show yet
            self._lists_request.cancel()
            return
        self._lists_request.run(load_lists(directory), on_success=self._lists_arrived,
                                on_error=self._lists_failed, busy=self.tr("Loading the lists…"))

    def _can_keep_offline(self, error: BaseException | None) -> bool:
        """The service cannot be reached and the station has an offline queue to keep changes in."""
        return error is not None and self.context.actions.can_queue and is_offline_error(error)

    def _merge_lists(self) -> None:
        self.lists = self.waiting.merge(self._loaded_lists)

    def _lists_arrived(self, loaded: LoadedLists) -> None:
        self.server_has_lists, self.can_search, self._loaded_lists = (loaded.server_has_lists, loaded.can_search,
                                                                      loaded.lists)
        self._merge_lists()
        show_message(self.lists_error, "")
        self.catalogue_box.setVisible(not self.server_has_lists)
        wanted = self._select_after_load or self.selected_id
        self._select_after_load = None
        if wanted is not None and wanted not in {item.identifier for item in self.lists}:
            wanted = None  # deleted (here or elsewhere)
        if wanted is None or wanted != self.selected_id:
            self._reset_members()
        self.selected_id = wanted
        self._show_lists()
        self._show_members()
        if wanted is not None:
            self._load_members()
        self._load_report()

    def _lists_failed(self, problem: Problem) -> None:
        if self._can_keep_offline(problem.error):
            self._show_offline(self.tr("No connection: the lists are shown as they were last loaded. Changes you "
                                       "make now are kept on this station and sent when the service answers."))
            self._merge_lists()
            self._show_lists()
            self._show_members()
            return
        show_message(self.lists_error, self.tr("The lists could not be loaded. {0}").format(problem.text))

    def _show_lists(self) -> None:
        rows = []
        for face_list in self.lists:
            details = [part for part in (self._waiting_text(face_list.identifier),
                                         self._count_text(face_list.record_count), face_list.description) if part]
            rows.append((face_list.identifier, face_list.name + ("\n" + "  ·  ".join(details) if details else ""),
                         face_list.description or face_list.name))
        self.lists_column.show(rows, self.selected_id)
        self.lists_empty.setText(self.tr("No lists yet. Press New list… to make the first one.")
                                 if self.server_has_lists is not False else
                                 self.tr("No lists yet on this station. Press New list…, or open a list made "
                                         "elsewhere with Open a list by id…"))
        self.lists_empty.setVisible(self.server_has_lists is not None and not self.lists)
        self._update_enabled()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _current_list_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        identifier = str(current.data(ID_ROLE)) if current is not None else None
        if identifier == self.selected_id:
            return
        self.selected_id = identifier
        self._reset_members()
        self._show_members()
        if identifier is not None:
            self._load_members()
        self._load_report()

    def select_list(self, identifier: str) -> bool:
        """Choose a list on the left (as a tap would); False when it is not shown."""
        return self.lists_column.select(identifier)

    @Slot()
    def new_list(self) -> ListDetailsDialog | None:
        return self._open_details(None)

    @Slot()
    def rename_list(self) -> ListDetailsDialog | None:
        face_list = self.selected_list
        return self._open_details(face_list) if face_list is not None else None

    def _open_details(self, face_list: FaceList | None) -> ListDetailsDialog | None:
        if self.session.client is None:  # not signed in
            return None
        dialog = ListDetailsDialog(self.ops, self.context.actions, face_list, self)
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
        self._select_after_load = identifier
        self._changed()

    def _list_queued(self, item: OutboxItem, before: FaceList | None) -> None:
        """A new list or new details kept in the outbox: show them as waiting."""
        name = str(item.payload["name"])
        description = item.payload.get("description") or None
        if before is None:
            self.waiting.list_created(item.placeholder, name, description)
            self.selected_id = item.placeholder
            self._reset_members()
        else:
            self.waiting.list_changed(before, name, description)
        self._kept_offline()

    def _reset_members(self) -> None:
        self._show_members_error("")
        self.member_pages.reset()

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
        self._load_report()
        self.dataChanged.emit()

    def _show_offline(self, text: str) -> None:
        show_message(self.offline_note, text)

    @Slot(int, int)
    def _outbox_changed(self, pending: int, _attention: int) -> None:
        """Nothing waits any more (sent, or moved to Needs attention): show the lists as the service has them,
        choosing a list made offline under its real id."""
        if pending or not self.waiting.any:
            return
        outbox = self.context.outbox
        selected = self.selected_id
        self.waiting.clear()
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
        work = self.context.actions.perform(DeleteList(identifier, list_name=face_list.name),
                                            queue_only=is_placeholder(identifier))
        self.ops.run_async(work, on_success=lambda outcome: self._delete_performed(face_list, outcome),
                           on_error=self._delete_failed, busy=self.tr("Deleting the list…"))

    def _delete_performed(self, face_list: FaceList, outcome: Outcome) -> None:
        answer(self.ops, outcome, sent=lambda _result: self._list_deleted(face_list),
               queued=lambda _item: self._list_deleted_offline(face_list), failed=self._delete_failed)

    def _delete_failed(self, problem: Problem) -> None:
        show_message(self.lists_error, self.tr("The list was not deleted. {0}").format(problem.text))

    def _list_deleted_offline(self, face_list: FaceList) -> None:
        self.waiting.list_deleted(face_list.identifier)
        if self.selected_id == face_list.identifier:
            self.selected_id = None
            self._reset_members()
        self._kept_offline()

    def _list_deleted(self, face_list: FaceList) -> None:
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

    # -- the chosen list's report: the estimate in words, the possible duplicates -------------------------

    def _load_report(self) -> None:
        """Fetch the chosen list's report in the background (nothing for a list the service does not know)."""
        client = self.session.client
        list_id = self.selected_id
        if client is None or list_id is None or is_placeholder(list_id):
            self.report_line.clear()
            return
        self.report_line.load(client, list_id)

    @Slot()
    def show_duplicates(self) -> DuplicatesDialog | None:
        """The chosen list's possible duplicates, in a dialog of their own."""
        face_list, client = self.selected_list, self.session.client
        if face_list is None or client is None:
            return None
        dialog = DuplicatesDialog(self.ops, client, face_list, log=self.context.log_activity, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.countChanged.connect(self.report_line.duplicates_changed)
        dialog.openRecord.connect(self.recordRequested)
        self.duplicates_dialog = dialog
        dialog.open()
        return dialog

    # -- the members ---------------------------------------------------------------------------------------

    def _load_members(self, offset: int = 0) -> None:
        list_id = self.selected_id
        if list_id is None:
            return
        if is_placeholder(list_id):  # the service does not know it yet: who waits to join it
            self._members_request.cancel()
            self.member_pages.show_waiting(self.waiting.waiting_people(list_id))
            self._show_members()
            return
        self._members_request.run(
            self.context.directory.members(list_id, offset=offset, limit=self.page_size),
            on_success=lambda page: self._members_arrived(list_id, offset, page),
            on_error=self._members_failed, busy=self.tr("Loading the members…"))
        self._update_enabled()

    def _members_arrived(self, list_id: str, offset: int, page: Members) -> None:
        # Added offline, not in the list on the service yet: shown after the page.
        self.member_pages.arrived(offset, page, self.waiting.waiting_people(list_id))
        if self._members_error_from_load:
            self._show_members_error("")
        self._show_members()

    def _members_failed(self, problem: Problem) -> None:
        if self._can_keep_offline(problem.error):
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
        self._load_members(self.member_pages.next_offset)

    def _show_members(self) -> None:
        face_list = self.selected_list
        waiting = self.waiting.waiting_members(self.selected_id)
        self.members_column.show((record.identifier, record.full_name, self._member_text(record, waiting))
                                 for record in self.members)
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

    def _member_text(self, record: FaceRecordSummary, waiting: dict[str, str]) -> str:
        text = person_line(record)
        if record.identifier in waiting:
            text = self.tr("{0}   (waiting to be added)").format(text)
        return text

    def _members_text(self) -> str:
        pages = self.member_pages
        if not pages.loaded:
            return self.tr("Loading…")
        if not pages.members:
            return self.tr("Nobody is in this list yet. Press Add person… to add someone.")
        shown = len(pages.members)
        if shown < pages.total:
            text = self.tr("Showing {0} of {1} people.").format(shown, pages.total)
        else:
            text = self.tr("{0} in this list.").format(self._count_text(shown).capitalize())
        if not pages.exact:
            text += " " + self.tr("Only the people added at this station are shown.")
        return text + " " + self.tr("Tap people to choose them.")

    def selected_member_ids(self) -> list[str]:
        return [record_id for record_id, _name in self.members_column.chosen()]

    def _update_enabled(self) -> None:
        chosen = self.selected_list is not None
        self.rename_button.setEnabled(chosen)
        self.delete_list_button.setEnabled(chosen)
        self.add_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and bool(self.members_view.selectedItems()))
        self.more_button.setVisible(chosen and self.member_pages.loaded and self.member_pages.more_possible)
        self.more_button.setEnabled(not self._members_request.busy)

    @Slot()
    def add_people(self) -> AddPeopleDialog | None:
        face_list = self.selected_list
        if face_list is None:
            return None
        dialog = AddPeopleDialog(self.ops, self.context.client, self.context.actions, face_list,
                                 can_search=self.can_search, member_ids=self.member_pages.identifiers, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(lambda count: self._people_added(face_list, count))
        dialog.queued.connect(lambda items: self._people_queued(face_list, items))
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _people_queued(self, face_list: FaceList, items: list[OutboxItem]) -> None:
        for item in items:
            person = self.waiting.member_added(face_list.identifier, str(item.payload["record_id"]),
                                               str(item.payload.get("label") or ""))
            if self.selected_id == face_list.identifier:
                self.member_pages.added(person)
        self._kept_offline()

    def _people_added(self, face_list: FaceList, count: int) -> None:
        text = (self.tr("1 person was added to “{0}”.") if count == 1 else
                self.tr("{1} people were added to “{0}”.")).format(face_list.name, count)
        self.statusMessage.emit(text, 5000)
        self._changed()

    @Slot()
    def remove_selected(self) -> None:
        """Take the chosen people out of the list (they stay enrolled). No question: adding them back is easy."""
        face_list = self.selected_list
        chosen = self.members_column.chosen()
        if face_list is None or not chosen:
            return
        self._show_members_error("")
        self.ops.run_async(change_members(self.context.actions.perform, face_list, chosen, remove=True),
                           on_success=lambda outcome: self._removed(face_list, dict(chosen), outcome),
                           on_error=self._remove_failed, busy=self.tr("Removing from the list…"))

    def _removed(self, face_list: FaceList, names: dict[str, str], outcome: MemberChanges) -> None:
        if outcome.queued:
            gone = [record_id for record_id, _name in outcome.queued_people()]
            for record_id in gone:
                self.waiting.member_removed(face_list.identifier, record_id)
            if self.selected_id == face_list.identifier:
                self.member_pages.removed(gone)
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
