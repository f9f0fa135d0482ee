"""The Records page: find a stored person (by name, number or record id), see their photo and details, and
change them: edit, replace the photo, turn recognition off or on, delete, open or save their attached file.

With the local service's search extension the search finds parts of names and numbers; the hosted service
has no search, so the text is looked up exactly as a member number and as a record id. Every network call and
every file access runs through `ops`; results of a search or a selection that has since been replaced by a
newer one are dropped (a generation number per kind of request).

Offline (the service cannot be reached and the station has an outbox): an edit, a turn on/off, a new photo or a
delete is queued with everything its request needs and the person is shown as "change waiting to be sent" until
the outbox has sent it. Every change the service (or the outbox) took is written to the activity log: the
record's identifier and the NAMES of the fields changed, never their values.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facestation.api import FaceList, FaceRecord, FaceRecordSummary, errors
from facestation.station.core.attachments import (
    AttachmentCheck,
    FileKind,
    check_attachment,
    save_copy,
    write_private_copy,
)
from facestation.station.core.outbox import OutboxItem, is_offline_error
from facestation.station.ui.dialogs import (
    field_label,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.dialogs.import_people import ImportPeopleDialog
from facestation.station.ui.ops import OpHandle, Problem
from facestation.station.ui.panels.base import Panel, StationContext
from facestation.station.ui.widgets.file_dialogs import photo_name_filters
from facestation.station.ui.widgets.person_form import PersonDetails, PersonForm
from facestation.station.ui.widgets.record_view import (
    PHOTO_SIZE,
    RecordView,
    local_time_text,
)

__all__ = ["RecordsPanel", "SearchResult"]

PAGE_SIZE = 50
# The search extension sorts by surname; "most recent first" is sorted here, over at most this many records
# (summaries without photos: a few hundred bytes each). Beyond it the empty search shows the service's order.
RECENT_LIMIT = 2000
_FETCH_LIMIT = 500  # the search extension's largest page
MAX_PHOTO_BYTES = 15 * 1024 * 1024
SELECT_DELAY_MS = 150  # arrowing through the results loads only the row the operator stops on
BUTTON_HEIGHT = 52
PRIMARY_HEIGHT = 64


@dataclass(frozen=True)
class SearchResult:
    """One page of what a search found. `exact`: the server has no search, the text was looked up exactly;
    `recent`: the empty search, newest first; `rest`: recent records fetched but not shown yet."""

    records: list[FaceRecordSummary]
    total: int
    exact: bool = False
    recent: bool = False
    rest: tuple[FaceRecordSummary, ...] = ()
    list_names: dict[str, str] | None = None
    whole: tuple[FaceRecord, ...] = ()  # records an exact lookup fetched whole (choosing them costs no call)


@dataclass(frozen=True)
class LoadedPerson:
    record: FaceRecord
    photo: QImage | None
    list_name: str | None


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


class RecordsPanel(Panel):
    """Find, see and change stored people. `refresh()` runs the last search again (after an enrolment)."""

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("recordsPanel")
        self._query: str | None = None  # the last search run; None: none yet
        self._shown: list[FaceRecordSummary] = []
        self._rest: list[FaceRecordSummary] = []  # recent records fetched, not shown yet
        self._total = 0
        self._exact = False
        self._recent = False
        self._list_names: dict[str, str] = {}
        self._prefetched: dict[str, FaceRecord] = {}  # whole records of an exact lookup, not shown yet
        self._record: FaceRecord | None = None  # the person on the right
        self._list_name: str | None = None  # their main list's name, as shown
        self._waiting: dict[str, str] = {}  # record id -> "change" / "delete" queued in the outbox
        self._editing_lists: list[str] = []  # their lists when the edit form opened
        self._search_generation = 0
        self._person_generation = 0
        self._search_handle: OpHandle | None = None
        self._person_handle: OpHandle | None = None
        self._action_handles: list[OpHandle] = []
        self._temp_dir: Path | None = None
        self._checked_attachment: tuple[bytes, str | None, AttachmentCheck] | None = None  # file, name, verdict
        self.delete_dialog: ConfirmDeleteBox | None = None
        self.file_dialog: QFileDialog | None = None

        layout = self.page_layout()
        self.title = role_label("pageTitle", self)
        self.intro = role_label("pageText", self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        # -- the search row --------------------------------------------------------------------------
        self.search_label = QLabel(self)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("recordSearchField")
        self.search_field.setMinimumHeight(PRIMARY_HEIGHT - 8)
        self.search_field.setClearButtonEnabled(True)
        font = self.search_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search_field.setFont(font)
        self.search_field.returnPressed.connect(self.search)
        field_label(self.search_label, self.search_field)
        self.search_button = primary_button(self)
        self.search_button.setObjectName("recordSearchButton")
        self.search_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.search_button.setMinimumWidth(150)
        self.search_button.clicked.connect(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.search_button)
        # Many people at once from a CSV file and a photo folder (facestation.station.ui.dialogs.import_people).
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importPeopleButton")
        self.import_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.open_import_dialog)
        self.import_dialog: ImportPeopleDialog | None = None
        search_row.addWidget(self.import_button)
        layout.addLayout(search_row)
        self.search_hint = role_label("warning", self)
        self.search_hint.setObjectName("exactSearchHint")
        self.search_hint.setVisible(False)
        self.search_error = role_label("error", self)
        self.search_error.setObjectName("searchError")
        self.search_error.setVisible(False)
        layout.addWidget(self.search_hint)
        layout.addWidget(self.search_error)

        # -- results (left) ------------------------------------------------------------------------------
        self.results_label = role_label("subtitle", self)
        self.results_label.setObjectName("resultsLabel")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("recordsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the actions; arrows choose a person
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("showMoreButton")
        self.more_button.setMinimumHeight(BUTTON_HEIGHT)
        self.more_button.clicked.connect(self.show_more)
        self.more_button.setVisible(False)
        results = QVBoxLayout()
        results.setSpacing(8)
        results.addWidget(self.results_label)
        results.addWidget(self.table, 1)
        results.addWidget(self.more_button)

        # -- the person (right): nothing chosen / details and actions / edit form -----------------------
        self.person_stack = QStackedWidget(self)
        self.person_stack.setObjectName("personStack")
        self.empty_page = QWidget(self)
        empty_layout = QVBoxLayout(self.empty_page)
        self.empty_hint = role_label("pageText", self.empty_page)
        self.empty_hint.setObjectName("choosePersonHint")
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(1)

        self.details_page = QWidget(self)
        details_layout = QVBoxLayout(self.details_page)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(10)
        self.record_view = RecordView(self.details_page)
        self.photo_error = role_label("error", self.details_page)
        self.photo_error.setObjectName("photoError")
        self.photo_error.setVisible(False)
        self.action_error = role_label("error", self.details_page)
        self.action_error.setObjectName("actionError")
        self.action_error.setVisible(False)
        self.waiting_note = role_label("warning", self.details_page)
        self.waiting_note.setObjectName("waitingNote")
        self.waiting_note.setVisible(False)
        self.edit_button = primary_button(self.details_page)
        self.edit_button.setObjectName("editButton")
        self.edit_button.setDefault(False)
        self.replace_photo_button = self._button("replacePhotoButton", self.open_photo_dialog)
        self.enable_button = self._button("enableButton", self.toggle_enabled)
        self.delete_button = self._button("deleteButton", self.ask_delete)
        self.open_file_button = self._button("openFileButton", self.open_attachment)
        self.save_file_button = self._button("saveFileButton", self.open_save_dialog)
        self.file_note = role_label("warning", self.details_page)  # why a file can only be saved
        self.file_note.setObjectName("fileNote")
        self.file_note.setVisible(False)
        self.edit_button.setMinimumHeight(BUTTON_HEIGHT)
        self.edit_button.clicked.connect(self.start_edit)
        actions = QGridLayout()
        actions.setSpacing(8)
        for index, button in enumerate((self.edit_button, self.replace_photo_button, self.enable_button,
                                        self.delete_button, self.open_file_button, self.save_file_button)):
            actions.addWidget(button, index // 2, index % 2)
        # The details scroll when the screen is too short for them (1024x768 with a note under the buttons);
        # the buttons and notes below stay in view, and nothing is drawn over the photo.
        self.record_scroll = QScrollArea(self.details_page)
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

        self.edit_page = QWidget(self)
        edit_layout = QVBoxLayout(self.edit_page)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.setSpacing(8)
        self.edit_title = role_label("title", self.edit_page)
        self.edit_title.setObjectName("editTitle")
        self.form = PersonForm(self.edit_page)
        self.form.setObjectName("recordForm")
        scroll = QScrollArea(self.edit_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.edit_error = role_label("error", self.edit_page)
        self.edit_error.setObjectName("editError")
        self.edit_error.setVisible(False)
        self.save_button = primary_button(self.edit_page)
        self.save_button.setObjectName("saveButton")
        self.save_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.save_button.clicked.connect(self.save_edit)
        self.cancel_button = QPushButton(self.edit_page)
        self.cancel_button.setObjectName("cancelEditButton")
        self.cancel_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.cancel_button.clicked.connect(self.cancel_edit)
        edit_buttons = QHBoxLayout()
        edit_buttons.addWidget(self.save_button, 2)
        edit_buttons.addWidget(self.cancel_button, 1)
        edit_layout.addWidget(self.edit_title)
        edit_layout.addWidget(scroll, 1)
        edit_layout.addWidget(self.edit_error)
        edit_layout.addLayout(edit_buttons)
        # Enter in a name field saves (the number field's Enter belongs to the barcode scanner).
        for line in (self.form.name, self.form.surname1, self.form.surname2):
            line.returnPressed.connect(self.save_edit)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit_page)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self.cancel_edit)

        for page in (self.empty_page, self.details_page, self.edit_page):
            self.person_stack.addWidget(page)
        self.person_stack.setMinimumWidth(PHOTO_SIZE.width() + 260)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(results, 5)
        columns.addWidget(self.person_stack, 4)
        layout.addLayout(columns, 1)

        self._select_timer = QTimer(self)
        self._select_timer.setSingleShot(True)
        self._select_timer.setInterval(SELECT_DELAY_MS)
        self._select_timer.timeout.connect(self._load_selected)

        QWidget.setTabOrder(self.search_field, self.search_button)
        QWidget.setTabOrder(self.search_button, self.table)
        QWidget.setTabOrder(self.table, self.more_button)
        QWidget.setTabOrder(self.more_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.replace_photo_button)
        QWidget.setTabOrder(self.replace_photo_button, self.enable_button)
        QWidget.setTabOrder(self.enable_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.open_file_button)
        QWidget.setTabOrder(self.open_file_button, self.save_file_button)
        self.setFocusProxy(self.search_field)
        context.events.outboxChanged.connect(self._outbox_changed)
        self.retranslate_ui()
        self._show_person_page()

    def _button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(self.details_page)
        button.setObjectName(name)
        button.setMinimumHeight(BUTTON_HEIGHT)
        button.clicked.connect(slot)
        return button

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Records"))
        self.intro.setText(self.tr("Find a person to see their photo and details, correct them, or delete them."))
        self.search_label.setText(self.tr("&Find:"))
        self.search_field.setPlaceholderText(self.tr("Name, member number or record id"))
        self.search_button.setText(self.tr("Search"))  # Enter searches; Alt+F finds the field
        self.import_button.setText(self.tr("Import people…"))  # every letter is another action's mnemonic
        self.search_hint.setText(self.tr(
            "This service finds people only by their exact number or record id. Type or scan the whole "
            "number and press Search."))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Number"), self.tr("Active"),
                                              self.tr("Enrolled")])
        self.empty_hint.setText(self.tr(
            "Search for a person, then choose them in the list to see their photo and details here."))
        self.edit_button.setText(self.tr("Ed&it details"))
        self.replace_photo_button.setText(self.tr("Replace &photo…"))
        self.replace_photo_button.setToolTip(self.tr("Choose a new photo file; the service checks it"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.save_file_button.setText(self.tr("Save file &as…"))
        self.save_button.setText(self.tr("Save cha&nges"))  # not Alt+S (Sign out) nor Alt+V (Verify)
        self.cancel_button.setText(self.tr("Cancel"))
        self.more_button.setText(self.tr("Show &more"))
        self.record_view.retranslate_ui()
        self._update_results_label()
        self._update_actions()
        self._update_edit_title()
        # The table's texts (Yes / Turned off, dates) come back translated with the next search.

    # -- hooks ---------------------------------------------------------------------------------------

    def activate(self) -> None:
        """Shown: run the first search (the newest people) or refresh the last one."""
        if self._query is None:
            self.search("")
        else:
            self.refresh()
        if self.person_stack.currentWidget() is not self.edit_page:
            self.search_field.setFocus()

    def deactivate(self) -> None:
        self._close_dialogs()

    def clear_personal_data(self) -> None:
        """Forget the search, the results, the person and the form; delete opened files."""
        for handle in [self._search_handle, self._person_handle, *self._action_handles]:
            if handle is not None:
                handle.cancel()
        self._search_handle = self._person_handle = None
        self._action_handles = []
        self._search_generation += 1
        self._person_generation += 1
        self._select_timer.stop()
        self._close_dialogs()
        self._query = None
        self.search_field.clear()
        self._shown, self._rest, self._total = [], [], 0
        self._exact = self._recent = False
        self._list_names = {}
        self._prefetched = {}
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        self.more_button.setVisible(False)
        self.search_hint.setVisible(False)
        show_message(self.search_error, "")
        self._forget_person()
        self._remove_temp_files()
        self._update_results_label()

    # -- importing -------------------------------------------------------------------------------------

    @Slot()
    def open_import_dialog(self) -> ImportPeopleDialog:
        """"Import people…": the import dialog (one at a time); the results refresh after people were added."""
        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.import_dialog.raise_()
            return self.import_dialog
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()  # a closed one: the next import starts afresh
        dialog = ImportPeopleDialog(self.context, self)
        dialog.imported.connect(lambda _count: (self.refresh(), self.dataChanged.emit()))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    # -- searching ---------------------------------------------------------------------------------------

    @Slot()
    def search(self, text: str | None = None) -> None:
        """Search for the field's text (or `text`); the empty search lists the newest people."""
        if text is None or not isinstance(text, str):  # clicked(bool) must not pass a bool as the text
            text = self.search_field.text()
        text = text.strip()
        self._query = text
        self._run_search(keep=None, choose_single=bool(text))

    @Slot()
    def refresh(self) -> None:
        """Run the last search again, keeping the person shown (their details are reloaded too)."""
        if self._query is None:
            return
        self._run_search(keep=self._record.identifier if self._record is not None else None)
        if self._record is not None and self.person_stack.currentWidget() is self.details_page:
            self._load_person(self._record.identifier)

    def _run_search(self, keep: str | None, *, notice: str = "", choose_single: bool = False) -> None:
        """Run `self._query`; `notice` stays above the results (e.g. why the chosen person went away);
        `choose_single`: one person found is shown at once (a scanned card number finds one person)."""
        assert self._query is not None
        if self._search_handle is not None:
            self._search_handle.cancel()
        self._search_generation += 1
        generation = self._search_generation
        show_message(self.search_error, notice)
        self._search_handle = self.ops.run_async(
            self._find(self._query), busy=self.tr("Searching…"),
            on_success=lambda result: self._show_results(generation, result, keep, choose_single),
            on_error=lambda problem: self._search_failed(generation, problem))

    async def _find(self, text: str, offset: int = 0) -> SearchResult:
        client = self.context.client
        capabilities = await client.capabilities()
        list_names = await self._fetch_list_names() if offset == 0 else None
        if not capabilities.search_records:
            found = await self._exact_lookup(text)
            return SearchResult([_summary(record) for record in found], 0, exact=True, list_names=list_names,
                                whole=tuple(found))
        if text:
            page = await client.records.search(text, offset=offset, limit=PAGE_SIZE)
            return SearchResult(list(page.records), page.total, list_names=list_names)
        first = await client.records.search("", offset=0, limit=_FETCH_LIMIT)
        if first.total > RECENT_LIMIT:  # too many to sort here: the service's order, a page at a time
            return SearchResult(list(first.records[:PAGE_SIZE]), first.total, list_names=list_names)
        records = list(first.records)
        while len(records) < first.total:
            page = await client.records.search("", offset=len(records), limit=_FETCH_LIMIT)
            if not page.records:
                break
            records.extend(page.records)
        records.sort(key=lambda record: record.created_utc.timestamp() if record.created_utc else 0.0,
                     reverse=True)
        return SearchResult(records[:PAGE_SIZE], len(records), recent=True, rest=tuple(records[PAGE_SIZE:]),
                            list_names=list_names)

    async def _exact_lookup(self, text: str) -> list[FaceRecord]:
        """Without search: the text as a member number, and (if it looks like one) as a record id."""
        if not text:
            return []
        client = self.context.client
        found: dict[str, FaceRecord] = {}
        try:
            record = await client.records.get_by_external_id(text)
            found[record.identifier] = record
        except errors.NotFoundError:
            pass
        if _looks_like_record_id(text):
            try:
                record = await client.records.get(text)
                found.setdefault(record.identifier, record)
            except errors.NotFoundError:
                pass
        return list(found.values())

    async def _fetch_list_names(self) -> dict[str, str] | None:
        """The lists' names for the Main list line; a failure here must not fail the search."""
        try:
            return {face_list.identifier: face_list.name for face_list in await self.context.directory.all_lists()}
        except errors.FaceCheckError:
            return None

    def _show_results(self, generation: int, result: SearchResult, keep: str | None,
                      choose_single: bool = False) -> None:
        if generation != self._search_generation:
            return
        self._search_handle = None
        self._exact, self._recent = result.exact, result.recent
        if result.list_names is not None:
            self._list_names = result.list_names
        self._shown = list(result.records)
        self._rest = list(result.rest)
        self._prefetched = {record.identifier: record for record in result.whole}
        self._total = len(self._shown) if result.exact else result.total
        self.search_hint.setVisible(result.exact)
        self._fill_table(keep)
        if choose_single and len(self._shown) == 1 and not self.editing:
            self.select_record(self._shown[0].identifier)
        if not self._shown and result.exact and self._query:
            show_message(self.search_error, self.tr(
                "Nobody has the number or record id “{0}”. Check it and search again; names cannot be searched "
                "on this service.").format(self._query))

    @Slot()
    def show_more(self) -> None:
        """The next page of results."""
        if self._query is None or len(self._shown) >= self._total:
            return
        if self._rest:
            self._shown.extend(self._rest[:PAGE_SIZE])
            del self._rest[:PAGE_SIZE]
            self._fill_table(self._selected_id())
            return
        generation = self._search_generation
        keep = self._selected_id()

        def add(result: SearchResult) -> None:
            if generation != self._search_generation:
                return
            known = {record.identifier for record in self._shown}
            self._shown.extend(record for record in result.records if record.identifier not in known)
            self._total = result.total
            self._fill_table(keep)

        self._search_handle = self.ops.run_async(
            self._find(self._query, offset=len(self._shown)), busy=self.tr("Loading more people…"),
            on_success=add, on_error=lambda problem: self._search_failed(generation, problem))

    def _search_failed(self, generation: int, problem: Problem) -> None:
        if generation == self._search_generation:
            self._search_handle = None
            if problem.error is not None and self._queueable(problem.error):
                show_message(self.search_error, self.tr(
                    "No connection: searching needs the service, so the list below may be out of date. Changes "
                    "you make now are kept on this station and sent when the service answers."))
                return
            show_message(self.search_error, problem.text)

    def _fill_table(self, keep: str | None) -> None:
        table = self.table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(self._shown))
        keep_row = -1
        for row, record in enumerate(self._shown):
            cells = [self._name_cell(record), record.external_identifier or "",
                     self.tr("Yes") if record.enabled else self.tr("Turned off"),
                     local_time_text(record.created_utc)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.identifier)
                item.setToolTip(text)
                table.setItem(row, column, item)
            if record.identifier == keep:
                keep_row = row
        if keep_row >= 0:
            table.selectRow(keep_row)
        table.blockSignals(False)
        self.more_button.setVisible(len(self._shown) < self._total)
        self._update_results_label()

    def _name_cell(self, record: FaceRecordSummary) -> str:
        waiting = self._waiting.get(record.identifier)
        if waiting == "delete":
            return self.tr("{0} (deletion waiting)").format(record.full_name)
        if waiting is not None:
            return self.tr("{0} (change waiting)").format(record.full_name)
        return record.full_name

    def _update_results_label(self) -> None:
        shown, total = len(self._shown), self._total
        if self._query is None:
            text = ""
        elif self._exact:
            text = self.tr("Found: {0}").format(shown) if shown else self.tr("Type the whole number or record id.")
        elif not shown:
            text = self.tr("Nobody found. Check the spelling, or search for part of the name or number.") \
                if self._query else self.tr("Nobody is enrolled yet. Enrol people on the Enrol page.")
        elif self._recent:
            text = self.tr("Newest first: {0} of {1} people").format(shown, total)
        elif shown < total:
            text = self.tr("Showing {0} of {1} people found").format(shown, total)
        else:
            text = self.tr("{0} people found").format(total) if total != 1 else self.tr("1 person found")
        self.results_label.setText(text)
        self.results_label.setVisible(bool(text))

    # -- choosing a person -------------------------------------------------------------------------------

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @Slot()
    def _selection_changed(self) -> None:
        if self._selected_id() is not None:
            self._select_timer.start()

    @Slot()
    def _load_selected(self) -> None:
        record_id = self._selected_id()
        if record_id is None:
            return
        if self.person_stack.currentWidget() is self.edit_page and self._record is not None:
            if record_id == self._record.identifier:
                return
            self.form.clear()  # choosing someone else leaves the unsaved edit
        self._load_person(record_id)

    def select_record(self, record_id: str) -> bool:
        """Choose a person of the results (as a click on their row would); False when not among them."""
        for row, record in enumerate(self._shown):
            if record.identifier == record_id:
                self.table.selectRow(row)
                self._select_timer.stop()
                self._load_selected()
                return True
        return False

    def _load_person(self, record_id: str) -> None:
        if self._person_handle is not None:
            self._person_handle.cancel()
        self._person_generation += 1
        generation = self._person_generation
        self._person_handle = self.ops.run_async(
            self._fetch_person(record_id), busy=self.tr("Loading the person…"),
            on_success=lambda person: self._show_person(generation, person),
            on_error=lambda problem: self._person_failed(generation, problem))

    async def _fetch_person(self, record_id: str) -> LoadedPerson:
        # A record the exact lookup has just fetched is used once (the hosted service counts every call);
        # a reload after a change asks the service again.
        record = self._prefetched.pop(record_id, None) or await self.context.client.records.get(record_id)
        photo = await self.ops.call_blocking(_decode_photo, record.face_image) if record.face_image else None
        list_name = self._list_names.get(record.face_list_id) if record.face_list_id else None
        if record.face_list_id and list_name is None:
            try:  # a list this station has not seen (made elsewhere, or on the hosted service)
                list_name = (await self.context.client.lists.get(record.face_list_id)).name
            except errors.FaceCheckError:
                list_name = None
        return LoadedPerson(record, photo, list_name)

    def _show_person(self, generation: int, person: LoadedPerson) -> None:
        if generation != self._person_generation:
            return
        self._person_handle = None
        changed_person = self._record is None or self._record.identifier != person.record.identifier
        self._record = person.record
        self._list_name = person.list_name
        self.record_view.show_record(person.record, person.list_name)
        self.record_view.set_photo(person.photo)
        if changed_person:
            show_message(self.photo_error, "")
            show_message(self.action_error, "")
        self._update_actions()
        if self.person_stack.currentWidget() is not self.edit_page or changed_person:
            self._set_person_page(self.details_page)

    def _person_failed(self, generation: int, problem: Problem) -> None:
        if generation != self._person_generation:
            return
        self._person_handle = None
        if isinstance(problem.error, errors.NotFoundError):
            self._person_gone()
            return
        self._set_person_page(self.details_page if self._record is not None else self.empty_page)
        if self._record is None:
            show_message(self.search_error, problem.text)
        else:
            show_message(self.action_error, problem.text)

    def _person_gone(self) -> None:
        """The person was deleted (here or elsewhere): say so, drop them, search again."""
        self._forget_person()
        notice = self.tr("This person was deleted meanwhile. Search again.")
        if self._query is not None:
            self._run_search(keep=None, notice=notice)
        else:
            show_message(self.search_error, notice)

    def _forget_person(self) -> None:
        self._record = None
        self._list_name = None
        self.record_view.clear()
        self.form.clear()
        self._editing_lists = []
        for label in (self.photo_error, self.action_error, self.edit_error, self.waiting_note):
            show_message(label, "")
        self._update_actions()
        self._show_person_page()

    def _set_person_page(self, page: QWidget) -> None:
        self.person_stack.setCurrentWidget(page)
        # The form needs the height: the page's introduction gives way while it is open.
        self.intro.setVisible(page is not self.edit_page)

    def _show_person_page(self) -> None:
        self._set_person_page(self.details_page if self._record is not None else self.empty_page)

    def _update_actions(self) -> None:
        record = self._record
        waiting = self._waiting.get(record.identifier) if record is not None else None
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
        self._update_file_actions()
        if record is not None and not record.enabled:
            self.enable_button.setText(self.tr("Turn o&n"))
            self.enable_button.setToolTip(self.tr("Recognise this person again"))
        else:
            self.enable_button.setText(self.tr("Turn o&ff"))
            self.enable_button.setToolTip(self.tr("Keep the record but stop recognising this person"))

    def _update_file_actions(self) -> None:
        check = self._attachment_check()
        blocked = check.kind if check is not None and not check.may_open else None  # only saved: what it is
        self.open_file_button.setEnabled(check is not None and check.may_open)
        self.save_file_button.setEnabled(check is not None)
        no_file = "" if check is not None else self.tr("This person has no attached file")
        note = self._save_only_reason(blocked) if blocked is not None else ""
        self.open_file_button.setText(self._cannot_open_text(blocked) if blocked is not None
                                      else self.tr("&Open file"))
        self.open_file_button.setToolTip(note or no_file)
        self.save_file_button.setToolTip(no_file)
        show_message(self.file_note, note)

    def _attachment_check(self) -> AttachmentCheck | None:
        """What the shown person's attached file is (worked out once per file), or None without one."""
        record = self._record
        if record is None or record.additional_data is None:
            self._checked_attachment = None
            return None
        cached = self._checked_attachment
        if cached is None or cached[0] is not record.additional_data or cached[1] != record.additional_data_file_name:
            check = check_attachment(record.additional_data, record.additional_data_file_name)
            cached = self._checked_attachment = record.additional_data, record.additional_data_file_name, check
        return cached[2]

    def _cannot_open_text(self, kind: FileKind) -> str:
        names = {FileKind.PROGRAM: self.tr("A program: save only"), FileKind.SCRIPT: self.tr("A script: save only"),
                 FileKind.SHORTCUT: self.tr("A shortcut: save only"),
                 FileKind.WEB_PAGE: self.tr("A web page: save only"),
                 FileKind.SPREADSHEET: self.tr("An office file: save only"),
                 FileKind.ARCHIVE: self.tr("An archive: save only")}
        return names.get(kind, self.tr("Not opened here: save only"))

    def _save_only_reason(self, kind: FileKind) -> str:
        if kind is FileKind.MISMATCHED:
            return self.tr("This file is not what its name says, so FaceStation only saves it. Open it yourself only "
                           "if you trust where it came from.")
        if kind is FileKind.OTHER:
            return self.tr("FaceStation opens only PDF files, pictures and plain text, so it only saves this file. "
                           "Open it yourself only if you trust where it came from.")
        return self.tr("This file type could run programs, so FaceStation only saves it. Open it yourself only if "
                       "you trust where it came from.")

    @property
    def record(self) -> FaceRecord | None:
        """The person shown on the right (with their photo and file), or None."""
        return self._record

    # -- actions -------------------------------------------------------------------------------------

    def _run_action(self, work: Any, busy: str, on_success: Callable[[Any], Any],
                    on_error: Callable[[Problem], Any] | None = None,
                    offline: Callable[[], Any] | None = None) -> OpHandle:
        """Run a change; `offline()` instead of `on_error` when the service cannot be reached and the station
        can keep the change (it queues it)."""
        show_message(self.action_error, "")

        def failed(problem: Problem) -> None:
            if offline is not None and problem.error is not None and self._queueable(problem.error):
                offline()
            elif isinstance(problem.error, errors.NotFoundError) or _is_record_not_found(problem.error):
                self._person_gone()
            elif on_error is not None:
                on_error(problem)
            else:
                show_message(self.action_error, problem.text)

        return self._track(self.ops.run_async(work, busy=busy, on_success=on_success, on_error=failed))

    def _track(self, handle: OpHandle) -> OpHandle:
        self._action_handles.append(handle)
        handle.finished.connect(lambda: self._forget_handle(handle))
        return handle

    def _forget_handle(self, handle: OpHandle | None) -> None:
        if handle in self._action_handles:
            self._action_handles.remove(handle)

    @property
    def busy(self) -> bool:
        """Whether a search, a load or an action is still running (tests wait for it to end)."""
        handles = [self._search_handle, self._person_handle, *self._action_handles]
        return any(handle is not None and not handle.done and not handle.cancelled for handle in handles)

    # -- offline ---------------------------------------------------------------------------------------

    def _queueable(self, error: BaseException) -> bool:
        """The service cannot be reached and there is an outbox to keep the change in."""
        return self.context.outbox is not None and is_offline_error(error)

    def _enqueue(self, items: list[tuple[str, dict[str, Any]]], on_queued: Callable[[list[OutboxItem]], Any],
                 on_error: Callable[[Problem], Any]) -> OpHandle:
        """Put changes in the outbox, in order (one worker call: they land together or the first error says)."""
        enqueue = self.context.enqueue

        def put() -> list[OutboxItem]:
            return [enqueue(kind, payload) for kind, payload in items]

        return self._track(self.ops.run_blocking(put, on_success=on_queued, on_error=on_error,
                                                 busy=self.tr("Keeping the change on this station…")))

    def _queue_change(self, record: FaceRecord, items: list[tuple[str, dict[str, Any]]], *, kind: str,
                      fields: list[str], shown: FaceRecord | None = None,
                      error_label: QLabel | None = None, after: Callable[[], Any] | None = None) -> None:
        """Queue `items` for `record`; then mark the person as waiting (`shown`: their details as they will be),
        log it, and say so. `kind`: "change" or "delete"."""
        label = error_label or self.action_error

        def queued(done: list[OutboxItem]) -> None:
            self._waiting[record.identifier] = kind
            action = "delete" if kind == "delete" else "update"
            details: dict[str, Any] = {"queued": True, "outbox_item": done[0].id}
            if action == "update":
                details["fields"] = fields
            self.context.record(action, record_ids=[record.identifier], details=details)
            text = self.tr("No connection: the change is kept and sent when the service answers.")
            self.statusMessage.emit(text, 10_000)
            if after is not None:
                after()
            if self._record is not None and self._record.identifier == record.identifier:
                if kind == "delete":
                    show_message(self.action_error, text)
                elif shown is not None:
                    self._record = shown
                    self.record_view.show_record(shown, self._list_name)
            self._fill_table(self._selected_id())
            self._update_actions()

        def failed(problem: Problem) -> None:
            self.save_button.setEnabled(True)
            show_message(label, self.tr("No connection, and the change could not be kept on this station either: "
                                        "{0}").format(problem.text))

        self._enqueue(items, queued, failed)

    @Slot(int, int)
    def _outbox_changed(self, pending: int, _attention: int) -> None:
        """Once nothing waits any more (sent, or moved to Needs attention), show the people as they are."""
        if pending or not self._waiting:
            return
        deleted = self._record is not None and self._waiting.get(self._record.identifier) == "delete"
        self._waiting.clear()
        if deleted:
            self._forget_person()
        self._update_actions()
        if self._query is not None:
            self.refresh()

    def _record_payload(self, record: FaceRecordSummary, **changes: Any) -> dict[str, Any]:
        """An update_record item: the record, the names PUT always needs, the stored file's name, changes."""
        payload: dict[str, Any] = {"record_id": record.identifier, "name": record.name,
                                   "surname1": record.surname1, "label": record.full_name}
        if record.additional_data_file_name:
            payload["additional_data_file_name"] = record.additional_data_file_name
        payload.update({key: value for key, value in changes.items()})
        return payload

    # Every update below sends the stored file's name: the service (as the guide) refuses an update of a record
    # with a file that does not name it, even when the file itself is not sent again.

    def _changed(self, message: str) -> None:
        """After every change: reload the person and the results, tell the other pages."""
        self.statusMessage.emit(message, 5000)
        self.dataChanged.emit()
        if self._record is not None:
            self._load_person(self._record.identifier)
        if self._query is not None:
            self._run_search(keep=self._record.identifier if self._record is not None else None)

    @Slot()
    def toggle_enabled(self) -> None:
        """Turn recognition of this person off (the record stays) or on again."""
        record = self._record
        if record is None:
            return
        enable = not record.enabled
        work = self.context.client.records.update(record.identifier, name=record.name, surname1=record.surname1,
                                                  enabled=enable,
                                                  additional_data_file_name=record.additional_data_file_name)
        message = (self.tr("{0} is recognised again.") if enable
                   else self.tr("{0} is turned off: the record stays, but they are not recognised.")).format(
            record.full_name)

        def done(_result: None) -> None:
            self.context.record("update", record_ids=[record.identifier], details={"fields": ["enabled"]})
            self._changed(message)

        def offline() -> None:
            self._queue_change(record, [("update_record", self._record_payload(record, enabled=enable))],
                               kind="change", fields=["enabled"], shown=replace(record, enabled=enable))

        self._run_action(work, self.tr("Turning on…") if enable else self.tr("Turning off…"), done,
                         offline=offline)

    # -- edit ------------------------------------------------------------------------------------------

    @Slot()
    def start_edit(self) -> None:
        """Open the form with the person's details and their lists."""
        record = self._record
        if record is None:
            return
        self._run_action(self._memberships(record), self.tr("Loading the person's lists…"),
                         lambda lists: self._open_form(record, *lists))

    async def _memberships(self, record: FaceRecordSummary) -> tuple[list[FaceList], list[str]]:
        """Every list, and those this person is in: from the lists' members when the server lists them,
        else from the station's catalogue (plus their main list, which the record itself names)."""
        directory = self.context.directory
        lists = await directory.all_lists()
        member_of: set[str] = set()
        if await directory.server_has_lists():
            for face_list in lists:
                if face_list.record_count == 0:
                    continue
                offset = 0
                while True:
                    page = await directory.members(face_list.identifier, offset=offset, limit=_FETCH_LIMIT)
                    if any(member.identifier == record.identifier for member in page.records):
                        member_of.add(face_list.identifier)
                        break
                    offset += len(page.records)
                    if not page.records or offset >= page.total:
                        break
        else:
            member_of = {entry.identifier for entry in directory.catalogue.entries()
                         if record.identifier in entry.members}
        if record.face_list_id:
            member_of.add(record.face_list_id)
            if all(face_list.identifier != record.face_list_id for face_list in lists):
                try:
                    lists.append(await self.context.client.lists.get(record.face_list_id))
                except errors.NotFoundError:
                    member_of.discard(record.face_list_id)
        return lists, [face_list.identifier for face_list in lists if face_list.identifier in member_of]

    def _open_form(self, record: FaceRecord, lists: list[FaceList], member_of: list[str]) -> None:
        if self._record is None or self._record.identifier != record.identifier:
            return  # another person was chosen meanwhile
        self.form.set_lists(lists, member_of)
        self.form.set_person(self._record, member_of)
        self._editing_lists = member_of
        self.save_button.setEnabled(True)
        show_message(self.edit_error, "")
        self._update_edit_title()
        self._set_person_page(self.edit_page)
        self.form.name.setFocus()

    def _update_edit_title(self) -> None:
        if self._record is not None:
            self.edit_title.setText(self.tr("Edit {0}").format(self._record.full_name))

    @property
    def editing(self) -> bool:
        return self.person_stack.currentWidget() is self.edit_page

    @Slot()
    def cancel_edit(self) -> None:
        if not self.editing:
            return
        self.form.clear()
        show_message(self.edit_error, "")
        self._show_person_page()
        self.edit_button.setFocus()

    @Slot()
    def save_edit(self) -> None:
        """Save the form: the details first, then the list changes."""
        record = self._record
        if record is None or not self.editing:
            return
        show_message(self.edit_error, "")
        if not self.form.check():
            return
        details = self.form.details()
        update = self.context.client.records.update(
            record.identifier, name=details.name, surname1=details.surname1, surname2=details.surname2,
            external_identifier=details.external_identifier, enabled=details.enabled,
            additional_data=details.attachment,
            additional_data_file_name=details.attachment_name if details.attachment is not None
            else record.additional_data_file_name)
        self.save_button.setEnabled(False)
        fields = _changed_fields(record, details, self._editing_lists)
        file_name = details.attachment_name if details.attachment is not None else record.additional_data_file_name

        def saved(_result: None) -> None:
            self.context.record("update", record_ids=[record.identifier], details={"fields": fields})
            self._save_lists(record, details)

        def offline() -> None:
            changes: dict[str, Any] = {"name": details.name, "surname1": details.surname1,
                                       "surname2": details.surname2,
                                       "external_identifier": details.external_identifier,
                                       "enabled": details.enabled}
            if details.attachment is not None:
                changes["additional_data"] = details.attachment
            if file_name:
                changes["additional_data_file_name"] = file_name
            items = [("update_record", self._record_payload(record, **changes))]
            items += self._list_items(record, details)
            shown = replace(record, name=details.name, surname1=details.surname1, surname2=details.surname2,
                            external_identifier=details.external_identifier, enabled=details.enabled,
                            additional_data_file_name=file_name)

            def kept() -> None:
                self._log_list_changes(record, details, queued=True)
                self._edit_closed()

            self._queue_change(record, items, kind="change", fields=fields, shown=shown,
                               error_label=self.edit_error, after=kept)

        self._run_action(update, self.tr("Saving…"), saved, on_error=self._save_failed, offline=offline)

    def _list_items(self, record: FaceRecordSummary, details: PersonDetails) -> list[tuple[str, dict[str, Any]]]:
        """The list changes of an edit, as outbox items."""
        added, removed = self._list_changes(details)
        name = " ".join(part for part in (details.name, details.surname1, details.surname2) if part)
        return ([("add_member", {"list_id": list_id, "record_id": record.identifier, "label": name})
                 for list_id in added] +
                [("remove_member", {"list_id": list_id, "record_id": record.identifier, "label": name})
                 for list_id in removed])

    def _list_changes(self, details: PersonDetails) -> tuple[list[str], list[str]]:
        added = [list_id for list_id in details.list_ids if list_id not in self._editing_lists]
        removed = [list_id for list_id in self._editing_lists if list_id not in details.list_ids]
        return added, removed

    def _log_list_changes(self, record: FaceRecordSummary, details: PersonDetails, *, queued: bool) -> None:
        added, removed = self._list_changes(details)
        extra = {"queued": True} if queued else None
        for action, list_ids in (("list_add_member", added), ("list_remove_member", removed)):
            for list_id in list_ids:
                self.context.record(action, list_ids=[list_id], record_ids=[record.identifier], details=extra)

    def _edit_closed(self) -> None:
        """An edit kept offline: back to the person, as after a save."""
        self.save_button.setEnabled(True)
        self.form.clear()
        self._editing_lists = []
        self._show_person_page()
        self.edit_button.setFocus()

    def _save_failed(self, problem: Problem) -> None:
        self.save_button.setEnabled(True)
        error = problem.error
        if isinstance(error, errors.ValidationError) and error.errors:
            unplaced = self.form.show_errors(error.errors)
            if unplaced:
                show_message(self.edit_error, "; ".join(self.form.message_for(item) for item in unplaced))
        else:
            show_message(self.edit_error, problem.text)

    def _save_lists(self, record: FaceRecordSummary, details: PersonDetails) -> None:
        added, removed = self._list_changes(details)
        name = " ".join(part for part in (details.name, details.surname1, details.surname2) if part)
        saved = self.tr("The changes to {0} are saved.").format(name)
        if not added and not removed:
            self._edit_saved(saved)
            return

        async def change_lists() -> None:
            directory = self.context.directory
            for list_id in added:
                await directory.add_member(list_id, record.identifier, label=name)
            for list_id in removed:
                await directory.remove_member(list_id, record.identifier)

        def lists_failed(problem: Problem) -> None:
            if problem.error is not None and self._queueable(problem.error):
                items = self._list_items(record, details)
                self._queue_change(record, items, kind="change", fields=["lists"],
                                   after=lambda: self._log_list_changes(record, details, queued=True))
                self._edit_saved(saved)
                return
            self._edit_saved(saved)
            text = self.tr("This service cannot take a person out of a list.") \
                if isinstance(problem.error, errors.FeatureUnavailableError) else problem.text
            show_message(self.action_error, self.tr("The details are saved, but the lists were not changed: {0}")
                         .format(text))

        def lists_changed(_result: None) -> None:
            self._log_list_changes(record, details, queued=False)
            self._edit_saved(saved)

        self._run_action(change_lists(), self.tr("Changing the lists…"), lists_changed, on_error=lists_failed)

    def _edit_saved(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.form.clear()
        self._editing_lists = []
        self._show_person_page()
        self.edit_button.setFocus()
        self._changed(message)

    # -- photo ------------------------------------------------------------------------------------------

    @Slot()
    def open_photo_dialog(self) -> QFileDialog | None:
        if self._record is None:
            return None
        dialog = self._file_dialog(self.tr("Choose the new photo"), QFileDialog.AcceptMode.AcceptOpen,
                                   QStandardPaths.StandardLocation.PicturesLocation)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(photo_name_filters())
        dialog.fileSelected.connect(self.replace_photo)
        dialog.open()
        return dialog

    @Slot(str)
    def replace_photo(self, path: str | Path) -> None:
        """Send a photo file to the service as this person's new photo; it checks the face."""
        record = self._record
        if record is None:
            return
        path = Path(path)
        show_message(self.photo_error, "")

        def read_failed(problem: Problem) -> None:
            show_message(self.photo_error, problem.text)

        self._track(self.ops.run_blocking(_read_photo, path, busy=self.tr("Reading the photo…"),
                                          on_success=lambda data: self._send_photo(record, path.name, data),
                                          on_error=read_failed))

    def _send_photo(self, record: FaceRecordSummary, file_name: str, data: bytes | str) -> None:
        if isinstance(data, str):  # _read_photo's reason it cannot be used
            show_message(self.photo_error, self.tr("“{0}” cannot be used: {1}. Choose another photo.").format(
                file_name, self._photo_reason(data)))
            return
        if self._record is None or self._record.identifier != record.identifier:
            return
        work = self.context.client.records.update(record.identifier, name=record.name, surname1=record.surname1,
                                                  face_image=data,
                                                  additional_data_file_name=record.additional_data_file_name)

        def failed(problem: Problem) -> None:
            error = problem.error
            if isinstance(error, errors.ValidationError) and error.errors:
                show_message(self.photo_error, " ".join(self._photo_message(item.code, item.description)
                                                        for item in error.errors))
            else:
                show_message(self.photo_error, problem.text)

        def saved(_result: None) -> None:
            self.context.record("update", record_ids=[record.identifier], details={"fields": ["photo"]})
            self._changed(self.tr("The new photo of {0} is saved.").format(record.full_name))

        def offline() -> None:
            self._queue_change(record, [("update_record", self._record_payload(record, face_image=data))],
                               kind="change", fields=["photo"], error_label=self.photo_error,
                               after=lambda: self._show_waiting_photo(record, data))

        self._run_action(work, self.tr("Checking and saving the photo…"), saved, on_error=failed, offline=offline)

    def _show_waiting_photo(self, record: FaceRecordSummary, data: bytes) -> None:
        """The photo that waits to be sent, in place of the stored one (the service has not checked it yet)."""
        if self._record is None or self._record.identifier != record.identifier:
            return
        generation = self._person_generation

        def decoded(image: QImage | None) -> None:
            if generation == self._person_generation and image is not None:
                self.record_view.set_photo(image)

        self._track(self.ops.run_blocking(_decode_photo, data, on_success=decoded, quiet=True))

    def _photo_reason(self, reason: str) -> str:
        return {"too big": self.tr("it is bigger than {0} MB").format(MAX_PHOTO_BYTES // 2**20),
                "empty": self.tr("the file is empty")}.get(reason, reason)

    def _photo_message(self, code: str, description: str) -> str:
        messages = {
            "NoFaceDetected": self.tr("No face was found in this photo. Choose a photo where the face is clearly "
                                      "visible."),
            "MultipleFacesDetected": self.tr("There is more than one face in this photo. Choose a photo of this "
                                             "person alone."),
            "FaceTooSmall": self.tr("The face is too small in this photo. Choose a closer photo."),
            "InvalidImage": self.tr("This file is not a photo the service can read. Choose a JPEG or PNG photo."),
            "ImageTooLarge": self.tr("This photo is too large. Choose a smaller one."),
            "InvalidBase64": self.tr("This photo could not be sent. Choose it again."),
            "RequestTooLarge": self.tr("This photo is too large. Choose a smaller one."),
        }
        return messages.get(code) or self.tr("The service did not accept this photo: {0}. Choose another "
                                             "photo.").format((description or code).rstrip(". "))

    # -- delete ------------------------------------------------------------------------------------------

    @Slot()
    def ask_delete(self) -> ConfirmDeleteBox | None:
        """Ask before deleting; the person is deleted only if the Delete button is pressed."""
        record = self._record
        if record is None:
            return None
        number = self.tr(" (number {0})").format(record.external_identifier) if record.external_identifier else ""
        box = ConfirmDeleteBox(
            self, self.tr("Delete this person?"),
            self.tr("Delete {0}{1} with their photo and attached file? They will no longer be recognised. This "
                    "cannot be undone.").format(record.full_name, number),
            self.tr("&Delete"), self.tr("&Keep"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._delete_answered(box, button, record))
        self.delete_dialog = box
        box.open()
        return box

    def _delete_answered(self, box: ConfirmDeleteBox, button: object, record: FaceRecordSummary) -> None:
        if self.delete_dialog is box:
            self.delete_dialog = None
        if button is not box.delete_button:
            return

        async def delete() -> None:
            await self.context.client.records.delete(record.identifier)
            self.context.directory.record_deleted(record.identifier)

        def deleted(_result: None) -> None:
            self.context.record("delete", record_ids=[record.identifier])
            self.statusMessage.emit(self.tr("{0} was deleted.").format(record.full_name), 5000)
            if self._record is not None and self._record.identifier == record.identifier:
                self._forget_person()
            self.dataChanged.emit()
            if self._query is not None:
                self._run_search(keep=None)

        def offline() -> None:
            self._queue_change(record, [("delete_record", {"record_id": record.identifier,
                                                           "label": record.full_name})],
                               kind="delete", fields=[])

        self._run_action(delete(), self.tr("Deleting…"), deleted, offline=offline)

    # -- the attached file ---------------------------------------------------------------------------

    @Slot()
    def open_save_dialog(self) -> QFileDialog | None:
        record = self._record
        if record is None or record.additional_data is None:
            return None
        dialog = self._file_dialog(self.tr("Save the attached file"), QFileDialog.AcceptMode.AcceptSave,
                                   QStandardPaths.StandardLocation.DocumentsLocation)
        check = self._attachment_check()
        dialog.selectFile(check.save_name if check is not None else "")
        dialog.fileSelected.connect(self.save_attachment)
        dialog.open()
        return dialog

    @Slot(str)
    def save_attachment(self, path: str | Path) -> None:
        """Write the person's attached file to `path` (off the GUI thread)."""
        record = self._record
        if record is None or record.additional_data is None:
            return
        path = Path(path)

        def written(failure: str | None) -> None:
            if failure is None:
                self.statusMessage.emit(self.tr("Saved “{0}”.").format(str(path)), 5000)
            else:
                show_message(self.action_error, self.tr(
                    "The file could not be saved in {0}: {1}. Choose another folder.").format(
                    str(path.parent), failure))

        # Marked as downloaded (Windows): the system warns before running it, as for a file from a browser.
        self._track(self.ops.run_blocking(save_copy, path, record.additional_data,
                                          busy=self.tr("Saving the file…"), on_success=written,
                                          on_error=lambda problem: show_message(self.action_error, problem.text)))

    @Slot()
    def open_attachment(self) -> None:
        """Copy an inert attached file (PDF, picture, plain text: see attachments.py) to a private temporary
        folder and open it with the system's program; anything else is never opened, only saved."""
        record, check = self._record, self._attachment_check()
        if record is None or record.additional_data is None or check is None:
            return
        if check.open_name is None:  # the button is disabled; a stale click or a direct call opens nothing
            show_message(self.file_note, self._save_only_reason(check.kind))
            return

        def written(copy: Path | str) -> None:
            if isinstance(copy, str):
                show_message(self.action_error, self.tr("The file could not be opened: {0}.").format(copy))
            elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
                show_message(self.action_error, self.tr(
                    "No program on this computer opens “{0}”. Use Save file… and open it from there.").format(
                    copy.name))

        self._track(self.ops.run_blocking(write_private_copy, self._private_folder(), check.open_name,
                                          record.additional_data,
                                          busy=self.tr("Opening the file…"), on_success=written,
                                          on_error=lambda problem: show_message(self.action_error, problem.text)))

    def _private_folder(self) -> Path:
        if self._temp_dir is None:
            # mkdtemp: readable only by this user; one folder per page, deleted at sign-out.
            self._temp_dir = Path(tempfile.mkdtemp(prefix="facestation-records-"))
        return self._temp_dir

    def _remove_temp_files(self) -> None:
        folder, self._temp_dir = self._temp_dir, None
        if folder is None:
            return
        try:
            self.ops.run_blocking(shutil.rmtree, folder, True, quiet=True)
        except RuntimeError:  # no running loop (the station is closing): a small folder, remove it here
            shutil.rmtree(folder, ignore_errors=True)

    # -- dialogs -------------------------------------------------------------------------------------

    def _file_dialog(self, title: str, mode: QFileDialog.AcceptMode,
                     location: QStandardPaths.StandardLocation) -> QFileDialog:
        self._close_dialogs()
        dialog = QFileDialog(self, title, QStandardPaths.writableLocation(location))
        dialog.setAcceptMode(mode)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        return dialog

    def _close_dialogs(self) -> None:
        # The import dialog's summary names people too: it closes with the rest at sign-out and idle lock.
        for dialog in (self.delete_dialog, self.file_dialog, self.import_dialog):
            if dialog is not None:
                try:
                    dialog.reject()
                except RuntimeError:  # already deleted by Qt
                    pass
        self.delete_dialog = None
        self.file_dialog = None


# -- helpers (no Qt widgets; the first two run in a worker thread) -------------------------------------------


def _decode_photo(data: bytes) -> QImage | None:
    """Decode and shrink a stored photo for the view (a QImage may be made in any thread)."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaled(PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _read_photo(path: Path) -> bytes | str:
    """The photo file's bytes, or why it cannot be sent ("too big", "empty", or the system's reason)."""
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            return "too big"
        if size == 0:
            return "empty"
        return path.read_bytes()
    except OSError as error:
        return (error.strerror or str(error)).lower().rstrip(".")


def _looks_like_record_id(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _changed_fields(record: FaceRecordSummary, details: PersonDetails, lists_before: list[str]) -> list[str]:
    """The NAMES of the fields an edit changes (for the activity log: never their values)."""
    fields = [name for name, before, after in (
        ("name", record.name, details.name), ("surname1", record.surname1, details.surname1),
        ("surname2", record.surname2 or None, details.surname2 or None),
        ("external_identifier", record.external_identifier or None, details.external_identifier or None),
        ("enabled", record.enabled, details.enabled)) if before != after]
    if details.attachment is not None:
        fields.append("attachment")
    if set(details.list_ids) != set(lists_before):
        fields.append("lists")
    return fields


def _is_record_not_found(error: BaseException | None) -> bool:
    return isinstance(error, errors.ValidationError) and "FaceRecordNotFound" in error.codes


def _summary(record: FaceRecordSummary) -> FaceRecordSummary:
    """A record's summary (a whole record keeps its photo and file: not needed in the results)."""
    return FaceRecordSummary(record.identifier, record.name, record.surname1, record.surname2,
                             record.external_identifier, record.additional_data_file_name, record.enabled,
                             record.face_list_id, record.created_utc)
