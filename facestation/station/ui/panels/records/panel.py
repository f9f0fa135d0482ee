"""The Records page: find a stored person (by name, number or record id), see their photo and details, and
change them (edit, replace the photo, turn recognition off or on, delete, open or save their attached file).

The search itself is the Qt-free `RecordSearch` (facestation.station.core.records.search); the right side is
the `PersonPane`; the changes are `PersonActions` (person_actions.py). Every network call and every file access
runs through `ops`; only the newest search and the newest person load answer (`LatestRequest`).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facestation.api import FaceRecord, FaceRecordSummary, errors
from facestation.station.core.outbox import is_offline_error
from facestation.station.core.records.search import RecordSearch, SearchResult
from facestation.station.ui.context import StationContext
from facestation.station.ui.dialogs.import_people import ImportPeopleDialog
from facestation.station.ui.kit import (
    field_label,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import LatestRequest, Problem
from facestation.station.ui.panels.records.files import AttachmentFiles, decode_photo
from facestation.station.ui.panels.records.person_actions import (
    LoadedPerson,
    PersonActions,
)
from facestation.station.ui.panels.records.person_pane import (
    BUTTON_HEIGHT,
    PRIMARY_HEIGHT,
    PersonPane,
)
from facestation.station.ui.panels.records.table_columns import ColumnFitter
from facestation.station.ui.widgets.record_view import local_time_text

__all__ = ["RecordsPanel"]

SELECT_DELAY_MS = 150  # arrowing through the results loads only the row the operator stops on


class RecordsPanel(PersonActions):
    """Find, see and change stored people. `refresh()` runs the last search again (after an enrolment)."""

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("recordsPanel")
        self.finder = RecordSearch(lambda: self.context.client, lambda: self.context.directory)
        self.files = AttachmentFiles(self.ops)
        self._search = LatestRequest(self.ops)
        self._person = LatestRequest(self.ops)
        self._record: FaceRecord | None = None  # the person on the right
        self._list_name: str | None = None  # their main list's name, as shown
        self._waiting: dict[str, str] = {}  # record id -> "change" / "delete" kept in the outbox
        self._editing_lists: list[str] = []  # their lists when the edit form opened

        layout = self.page_layout()
        self.title = role_label("pageTitle", self)
        self.intro = role_label("pageText", self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self._build_search_row())
        self.search_hint = role_label("warning", self)
        self.search_hint.setObjectName("exactSearchHint")
        self.search_hint.setVisible(False)
        self.search_error = role_label("error", self)
        self.search_error.setObjectName("searchError")
        self.search_error.setVisible(False)
        layout.addWidget(self.search_hint)
        layout.addWidget(self.search_error)

        self.person_stack = PersonPane(self)
        self._expose_person_pane()
        self._connect_person_pane()
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(self._build_results(), 5)
        columns.addWidget(self.person_stack, 4)
        layout.addLayout(columns, 1)

        self._select_timer = QTimer(self)
        self._select_timer.setSingleShot(True)
        self._select_timer.setInterval(SELECT_DELAY_MS)
        self._select_timer.timeout.connect(self._load_selected)

        chain = [self.search_field, self.search_button, self.table, self.more_button,
                 *self.person_stack.action_buttons]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.setFocusProxy(self.search_field)
        context.events.outboxChanged.connect(self._outbox_changed)
        self.retranslate_ui()
        self._show_person_page()

    def _build_search_row(self) -> QHBoxLayout:
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
        # Many people at once from a CSV file and a photo folder (facestation.station.ui.dialogs.import_people).
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importPeopleButton")
        self.import_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.open_import_dialog)
        self.import_dialog: ImportPeopleDialog | None = None
        row = QHBoxLayout()
        row.addWidget(self.search_label)
        row.addWidget(self.search_field, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.import_button)
        return row

    def _build_results(self) -> QVBoxLayout:
        self.results_label = role_label("subtitle", self)
        self.results_label.setObjectName("resultsLabel")
        self.table = table = QTableWidget(0, 4, self)
        table.setObjectName("recordsTable")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table for the actions; arrows choose a person
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(44)
        header = table.horizontalHeader()
        # Name, number, state, date: on a narrow table the date goes first, then the state.
        self.column_fitter = ColumnFitter(table, drop_order=(3, 2))
        header.setHighlightSections(False)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("showMoreButton")
        self.more_button.setMinimumHeight(BUTTON_HEIGHT)
        self.more_button.clicked.connect(self.show_more)
        self.more_button.setVisible(False)
        results = QVBoxLayout()
        results.setSpacing(8)
        results.addWidget(self.results_label)
        results.addWidget(table, 1)
        results.addWidget(self.more_button)
        return results

    def _expose_person_pane(self) -> None:
        """The pane's pages, notes and buttons as the page's own (the page's tests and callers use them)."""
        pane = self.person_stack
        self.empty_page, self.details_page, self.edit_page = pane.empty_page, pane.details_page, pane.edit_page
        self.empty_hint, self.record_view, self.form, self.edit_title = (
            pane.empty_hint, pane.record_view, pane.form, pane.edit_title)
        self.photo_error, self.action_error, self.waiting_note, self.file_note, self.edit_error = (
            pane.photo_error, pane.action_error, pane.waiting_note, pane.file_note, pane.edit_error)
        self.edit_button, self.replace_photo_button, self.enable_button, self.delete_button = (
            pane.edit_button, pane.replace_photo_button, pane.enable_button, pane.delete_button)
        self.open_file_button, self.save_file_button = pane.open_file_button, pane.save_file_button
        self.save_button, self.cancel_button = pane.save_button, pane.cancel_button

    def _connect_person_pane(self) -> None:
        pane = self.person_stack
        pane.edit_button.clicked.connect(self.start_edit)
        pane.replace_photo_button.clicked.connect(self.open_photo_dialog)
        pane.enable_button.clicked.connect(self.toggle_enabled)
        pane.delete_button.clicked.connect(self.ask_delete)
        pane.open_file_button.clicked.connect(self.open_attachment)
        pane.save_file_button.clicked.connect(self.open_save_dialog)
        pane.save_button.clicked.connect(self.save_edit)
        pane.cancel_button.clicked.connect(self.cancel_edit)
        # Enter in a name field saves (the number field's Enter belongs to the barcode scanner).
        for line in (pane.form.name, pane.form.surname1, pane.form.surname2):
            line.returnPressed.connect(self.save_edit)
        pane.escape.activated.connect(self.cancel_edit)

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
        self.column_fitter.fit()
        self.more_button.setText(self.tr("Show &more"))
        self.person_stack.retranslate_ui()
        self._update_results_label()
        self._update_actions()
        self.person_stack.set_edit_title(self._record)
        # The table's texts (Yes / Turned off, dates) come back translated with the next search.

    # -- public seams --------------------------------------------------------------------------------

    @property
    def record(self) -> FaceRecord | None:
        """The person shown on the right (with their photo and file), or None."""
        return self._record

    @property
    def shown(self) -> list[FaceRecordSummary]:
        """The people in the results table, in its order."""
        return list(self.finder.shown)

    @property
    def temp_dir(self) -> object:
        """The private folder of the attached files opened here (None: none opened since sign-in)."""
        return self.files.temp_dir

    @property
    def editing(self) -> bool:
        return self.person_stack.editing

    @property
    def busy(self) -> bool:
        """Whether a search, a load or an action is still running (tests wait for it to end)."""
        return self._search.busy or self._person.busy or self.actions_busy

    # -- hooks ---------------------------------------------------------------------------------------

    def activate(self) -> None:
        """Shown: run the first search (the newest people) or refresh the last one."""
        if self.finder.query is None:
            self.search("")
        else:
            self.refresh()
        if not self.editing:
            self.search_field.setFocus()

    def deactivate(self) -> None:
        self._close_dialogs()

    def clear_personal_data(self) -> None:
        """Forget the search, the results, the person and the form; delete opened files."""
        self._search.cancel()
        self._person.cancel()
        self.cancel_actions()
        self._select_timer.stop()
        self._close_dialogs()
        self.finder.clear()
        self.search_field.clear()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        self.more_button.setVisible(False)
        self.search_hint.setVisible(False)
        show_message(self.search_error, "")
        self._forget_person()
        self.files.remove_temp_files()
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
        self._run_search(self.finder.start(text), keep=None, choose_single=bool(text.strip()))

    @Slot()
    def refresh(self) -> None:
        """Run the last search again, keeping the person shown (their details are reloaded too)."""
        if self.finder.query is None:
            return
        self._run_search(self.finder.query, keep=self._record.identifier if self._record is not None else None)
        if self._record is not None and self.person_stack.currentWidget() is self.details_page:
            self._load_person(self._record.identifier)

    def _run_search(self, query: str, keep: str | None, *, notice: str = "", choose_single: bool = False) -> None:
        """Run `query`; `notice` stays above the results (e.g. why the chosen person went away);
        `choose_single`: one person found is shown at once (a scanned card number finds one person)."""
        show_message(self.search_error, notice)
        self._search.run(self.finder.find(query), busy=self.tr("Searching…"),
                         on_success=lambda result: self._show_results(result, keep, choose_single),
                         on_error=self._search_failed)

    def _show_results(self, result: SearchResult, keep: str | None, choose_single: bool = False) -> None:
        self.finder.take(result)
        self.search_hint.setVisible(result.exact)
        self._fill_table(keep)
        shown = self.finder.shown
        if choose_single and len(shown) == 1 and not self.editing:
            self.select_record(shown[0].identifier)
        if not shown and result.exact and self.finder.query:
            show_message(self.search_error, self.tr(
                "Nobody has the number or record id “{0}”. Check it and search again; names cannot be searched "
                "on this service.").format(self.finder.query))

    @Slot()
    def show_more(self) -> None:
        """The next page of results."""
        if self.finder.query is None or not self.finder.has_more:
            return
        keep = self._selected_id()
        if self.finder.show_more_fetched():
            self._fill_table(keep)
            return

        def add(result: SearchResult) -> None:
            self.finder.add(result)
            self._fill_table(keep)

        self._search.run(self.finder.find(self.finder.query, offset=len(self.finder.shown)),
                         busy=self.tr("Loading more people…"), on_success=add, on_error=self._search_failed)

    def _search_failed(self, problem: Problem) -> None:
        if problem.error is not None and self.context.outbox is not None and is_offline_error(problem.error):
            show_message(self.search_error, self.tr(
                "No connection: searching needs the service, so the list below may be out of date. Changes "
                "you make now are kept on this station and sent when the service answers."))
            return
        show_message(self.search_error, problem.text)

    def _fill_table(self, keep: str | None) -> None:
        table = self.table
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(self.finder.shown))
        keep_row = -1
        for row, record in enumerate(self.finder.shown):
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
        self.column_fitter.fit()
        self.more_button.setVisible(self.finder.has_more)
        self._update_results_label()

    def _name_cell(self, record: FaceRecordSummary) -> str:
        waiting = self._waiting.get(record.identifier)
        if waiting == "delete":
            return self.tr("{0} (deletion waiting)").format(record.full_name)
        if waiting is not None:
            return self.tr("{0} (change waiting)").format(record.full_name)
        return record.full_name

    def _update_results_label(self) -> None:
        finder = self.finder
        shown, total = len(finder.shown), finder.total
        if finder.query is None:
            text = ""
        elif finder.exact:
            text = self.tr("Found: {0}").format(shown) if shown else self.tr("Type the whole number or record id.")
        elif not shown:
            text = self.tr("Nobody found. Check the spelling, or search for part of the name or number.") \
                if finder.query else self.tr("Nobody is enrolled yet. Enrol people on the Enrol page.")
        elif finder.recent:
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
        if self.editing and self._record is not None:
            if record_id == self._record.identifier:
                return
            self.form.clear()  # choosing someone else leaves the unsaved edit
        self._load_person(record_id)

    def select_record(self, record_id: str) -> bool:
        """Choose a person of the results (as a click on their row would); False when not among them."""
        row = self.finder.index_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self._select_timer.stop()
        self._load_selected()
        return True

    def open_record(self, record_id: str) -> None:
        """Show one person another page asked for (the Lists page's possible duplicates), found or not."""
        if not self.select_record(record_id):
            if self.editing:
                self.form.clear()  # as choosing someone else does
            self._load_person(record_id)

    def _load_person(self, record_id: str) -> None:
        self._person.run(self._fetch_person(record_id), busy=self.tr("Loading the person…"),
                         on_success=self._show_person, on_error=self._person_failed)

    async def _fetch_person(self, record_id: str) -> LoadedPerson:
        record, list_name = await self.finder.person(record_id)
        photo = await self.ops.call_blocking(decode_photo, record.face_image) if record.face_image else None
        return LoadedPerson(record, photo, list_name)

    def _show_person(self, person: LoadedPerson) -> None:
        changed_person = self._record is None or self._record.identifier != person.record.identifier
        self._record = person.record
        self._list_name = person.list_name
        self.record_view.show_record(person.record, person.list_name)
        self.record_view.set_photo(person.photo)
        if changed_person:
            show_message(self.photo_error, "")
            show_message(self.action_error, "")
        self._update_actions()
        if not self.editing or changed_person:
            self._set_person_page(self.details_page)

    def _person_failed(self, problem: Problem) -> None:
        if isinstance(problem.error, errors.NotFoundError):
            self._person_gone()
            return
        self._set_person_page(self.details_page if self._record is not None else self.empty_page)
        show_message(self.search_error if self._record is None else self.action_error, problem.text)

    def _person_gone(self) -> None:
        """The person was deleted (here or elsewhere): say so, drop them, search again."""
        self._forget_person()
        notice = self.tr("This person was deleted meanwhile. Search again.")
        if self.finder.query is not None:
            self._run_search(self.finder.query, keep=None, notice=notice)
        else:
            show_message(self.search_error, notice)

    def _forget_person(self) -> None:
        self._record = None
        self._list_name = None
        self._editing_lists = []
        self.person_stack.clear()
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
        self.person_stack.show_actions(record, waiting, self.files.check(record))

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
        if self.finder.query is not None:
            self.refresh()
