"""The audit trail viewer: who did what at this station, filtered, checked and exported to CSV.

    viewer = AuditViewer(audit_log, ops, parent=window)   # the caller asks for the admin PIN first
    viewer.open()

Reading, checking the chain and writing the CSV run in `ops.run_blocking` (never on the GUI thread). The
filters (operator, action, from/to day, record number) apply as they change; the table shows the newest
`MAX_ROWS` matching entries, times in local time. The dialog shows record and list identifiers only: the log
holds no names or photos. Close it on sign-out and on the idle lock like any other admin screen.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facestation.station.core.audit import (
    ACTIONS,
    AuditEntry,
    AuditError,
    AuditLog,
    ChainReport,
    parse_time,
)
from facestation.station.ui.kit import (
    RetranslateMixin,
    field_label,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import BusyBar, Operations, OpHandle, Problem
from facestation.station.ui.theme import restyle

__all__ = ["AuditViewer"]

MAX_ROWS = 1000  # more would only be scrolled past: narrow the filters, or export (the export has no limit)
CONTROL_HEIGHT = 48
PRIMARY_HEIGHT = 64
ROW_HEIGHT = 44
RECORD_COLUMN_WIDTH = 210  # a record number is elided in the middle: the details get the room
FILTER_DELAY_MS = 250  # typing a record number re-reads once, not at every key
DETAIL_ORDER = ("result", "confidence", "mode", "override", "reason", "consent", "settings")
NO_DATE = QDate(2000, 1, 1)  # the date fields' "Any day": Qt shows the special value text at the minimum


class AuditViewer(RetranslateMixin, QDialog):
    """The audit trail for the administrator. Open with `open()`.

    Signals: `loaded(int)` after the table was filled (rows shown); `chainChecked(object)` with the
    `ChainReport`; `exported(str, int)` with the CSV's path and the number of entries written.
    Methods: `refresh()`, `check_chain()`, `ask_export()` (a save dialog), `export_to(path)`, `filters()`."""

    loaded = Signal(int)
    chainChecked = Signal(object)
    exported = Signal(str, int)

    COLUMNS = ("time", "operator", "action", "records", "details")

    def __init__(self, audit_log: AuditLog, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditViewer")
        self.audit_log = audit_log
        self.ops = ops
        self.entries: list[AuditEntry] = []
        self.more_than_shown = False
        self._read_handle: OpHandle | None = None
        self._check_handle: OpHandle | None = None
        self._export_handle: OpHandle | None = None
        self._file_dialog: QFileDialog | None = None
        self._last_report: ChainReport | None = None
        self.resize(1020, 760)
        self.setMinimumSize(820, 600)
        # Touch sizes, the palette's text colour in combo boxes and date fields, a date field without spin buttons
        # (it opens a calendar): the theme's `QDialog#auditViewer …` rules.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 12)
        layout.setSpacing(12)
        self.title = role_label("title", self)
        self.intro = role_label("hint", self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self._build_filters())

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("auditTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # long details wrap onto a second line instead of running off the side
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a record number keeps its start and end
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setMinimumHeight(40)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)  # the full number is in its tooltip
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.summary = role_label("hint", self)
        self.summary.setObjectName("auditSummary")
        layout.addWidget(self.summary)
        self.chain_result = role_label("success", self)
        self.chain_result.setObjectName("chainResult")
        layout.addWidget(self.chain_result)
        self.message = role_label("error", self)
        self.message.setObjectName("auditMessage")
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkChain")
        self.check_button.setProperty("big", True)
        self.check_button.setAutoDefault(False)
        self.export_button = primary_button(self)
        self.export_button.setObjectName("exportCsv")
        self.export_button.setProperty("big", True)
        self.export_button.setMinimumWidth(220)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("auditClose")
        self.close_button.setProperty("big", True)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.busy_bar = BusyBar(ops, self)
        layout.addWidget(self.busy_bar)

        self.check_button.clicked.connect(self.check_chain)
        self.export_button.clicked.connect(self.ask_export)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._forget_work)
        self.retranslate_ui()
        show_message(self.chain_result, "")
        show_message(self.message, "")
        self.refresh()

    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        self.operator_filter = QComboBox(self)
        self.operator_filter.setObjectName("operatorFilter")
        self.operator_filter.addItem("", "")  # "All operators"; the operators follow once the log was read
        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("actionFilter")
        self.action_filter.addItem("", "")
        for action in ACTIONS:
            self.action_filter.addItem("", action)
        self.from_date = self._date_field("fromDate")
        self.to_date = self._date_field("toDate")
        self.record_filter = QLineEdit(self)
        self.record_filter.setObjectName("recordFilter")
        self.record_filter.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAutoDefault(False)
        self.filter_labels: list[QLabel] = []
        # Two rows, labels beside their fields: the action names and record numbers need the width.
        places: list[tuple[QWidget, int, int]] = [
            (self.operator_filter, 0, 0), (self.action_filter, 0, 2), (self.record_filter, 0, 4),
            (self.from_date, 1, 0), (self.to_date, 1, 2)]
        for field, row, column in places:
            label = QLabel(self)
            field_label(label, field)
            self.filter_labels.append(label)
            grid.addWidget(label, row, column)
            grid.addWidget(field, row, column + 1)
        grid.addWidget(self.clear_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.action_filter.setMinimumWidth(260)
        self.record_filter.setMinimumWidth(200)

        self.operator_filter.currentIndexChanged.connect(self._filters_changed)
        self.action_filter.currentIndexChanged.connect(self._filters_changed)
        self.from_date.dateChanged.connect(self._filters_changed)
        self.to_date.dateChanged.connect(self._filters_changed)
        self.record_filter.textChanged.connect(self._filters_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        return grid

    def _date_field(self, name: str) -> QDateEdit:
        field = QDateEdit(self)
        field.setObjectName(name)
        field.setCalendarPopup(True)
        field.setMinimumDate(NO_DATE)
        field.setDate(NO_DATE)
        field.setDisplayFormat("yyyy-MM-dd")
        # The calendar opens on this month, not on the "Any day" placeholder's year 2000.
        field.calendarWidget().installEventFilter(self)
        return field

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.title.setText(self.tr("Audit trail"))
        self.intro.setText(self.tr(
            "Who did what at this station, newest first. People appear only by their record number: the audit "
            "trail keeps no names and no photos. Choose filters to narrow the list; export it to hand it over."))
        for label, text in zip(self.filter_labels, (self.tr("&Operator"), self.tr("&Action"),
                                                    self.tr("&Record number"), self.tr("&From"), self.tr("&To")),
                               strict=True):
            label.setText(text)
        self.operator_filter.setItemText(0, self.tr("All operators"))
        self.action_filter.setItemText(0, self.tr("All actions"))
        for index in range(1, self.action_filter.count()):
            self.action_filter.setItemText(index, self.action_words(self.action_filter.itemData(index)))
        for field in (self.from_date, self.to_date):
            field.setSpecialValueText(self.tr("Any day"))
        self.record_filter.setPlaceholderText(self.tr("Any record"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Operator"), self.tr("What happened"),
                                              self.tr("Record"), self.tr("Details")])
        self.check_button.setText(self.tr("&Check the audit trail"))
        self.export_button.setText(self.tr("&Export CSV\u2026"))
        self.close_button.setText(self.tr("Close"))
        if self.entries or self.summary.text():
            self._show_entries()
        if self._last_report is not None:
            self._show_report(self._last_report)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            for field in (self.from_date, self.to_date):
                if watched is field.calendarWidget() and field.date() == NO_DATE:
                    today = QDate.currentDate()
                    field.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter in the record number applies the filter at once instead of pressing Export.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.record_filter.hasFocus():
            self._filter_timer.stop()
            self.refresh()
            return
        super().keyPressEvent(event)

    # -- words -----------------------------------------------------------------------------------------------

    def action_words(self, action: str) -> str:
        """An action as the administrator reads it ("verify" -> "Checked a face")."""
        words = {
            "sign_in": self.tr("Signed in"), "sign_out": self.tr("Signed out"), "lock": self.tr("Station locked"),
            "enrol": self.tr("Enrolled a person"), "update": self.tr("Changed a record"),
            "delete": self.tr("Deleted a record"), "verify": self.tr("Checked a face"),
            "review": self.tr("Reviewed a check"), "list_create": self.tr("Created a list"),
            "list_update": self.tr("Changed a list"), "list_delete": self.tr("Deleted a list"),
            "list_add_member": self.tr("Added to a list"), "list_remove_member": self.tr("Removed from a list"),
            "settings_change": self.tr("Changed settings"), "outbox_discard": self.tr("Discarded a pending change"),
            "outbox_resubmit": self.tr("Sent a pending change again"),
            "camera_self_test": self.tr("Tested the camera"),
        }
        return words.get(action, action)

    def details_words(self, details: dict[str, Any]) -> str:
        """The details on one line in plain words: "match, confidence 93%, override accepted: “ID checked”"."""
        def plain(value: Any) -> str:
            if isinstance(value, bool):
                return self.tr("yes") if value else self.tr("no")
            if isinstance(value, list):
                return ", ".join(plain(item) for item in value)
            return str(value).replace("_", " ")

        results = {"match": self.tr("match"), "no_match": self.tr("no match"), "review": self.tr("needs review"),
                   "not_checked": self.tr("not checked")}
        parts = []
        # The stored details come back in key order: what matters most first, then the rest.
        ordered = sorted(details.items(), key=lambda item: (DETAIL_ORDER.index(item[0]) if item[0] in DETAIL_ORDER
                                                            else len(DETAIL_ORDER), item[0]))
        for key, value in ordered:
            if key == "result":
                parts.append(results.get(str(value), plain(value)))
            elif key == "confidence" and isinstance(value, int | float) and not isinstance(value, bool):
                shown = f"{value:.0%}" if 0 <= value <= 1 else f"{value:g}"
                parts.append(self.tr("confidence {0}").format(shown))
            elif key == "reason":
                parts.append(self.tr("reason: \u201c{0}\u201d").format(value))
            elif key == "consent" and isinstance(value, bool):
                parts.append(self.tr("consent obtained") if value else self.tr("no consent"))
            else:
                parts.append(self.tr("{0}: {1}").format(key.replace("_", " "), plain(value)))
        return "; ".join(parts)

    def _local_time(self, entry: AuditEntry) -> str:
        return entry.timestamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")

    # -- reading ---------------------------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """The filters as `AuditLog.entries` takes them (days are local; "to" includes its whole day)."""
        def day(field: QDateEdit) -> date | None:
            return None if field.date() == NO_DATE else field.date().toPython()  # type: ignore[return-value]

        since, until = day(self.from_date), day(self.to_date)
        return {
            "operator": self.operator_filter.currentData() or None,
            "action": self.action_filter.currentData() or None,
            "since": parse_time(since) if since else None,
            "until": parse_time(until, end_of_day=True) if until else None,
            "record_id": self.record_filter.text().strip() or None,
        }

    @Slot()
    def clear_filters(self) -> None:
        for widget in (self.operator_filter, self.action_filter, self.from_date, self.to_date, self.record_filter):
            widget.blockSignals(True)
        self.operator_filter.setCurrentIndex(0)
        self.action_filter.setCurrentIndex(0)
        self.from_date.setDate(NO_DATE)
        self.to_date.setDate(NO_DATE)
        self.record_filter.clear()
        for widget in (self.operator_filter, self.action_filter, self.from_date, self.to_date, self.record_filter):
            widget.blockSignals(False)
        self.refresh()

    @Slot()
    def _filters_changed(self) -> None:
        self._filter_timer.start()

    @Slot()
    def refresh(self) -> None:
        """Read the operators and the newest matching entries in a worker, then fill the table."""
        if self._read_handle is not None and not self._read_handle.done:
            self._read_handle.cancel()  # the newer filters win
        filters = self.filters()
        show_message(self.message, "")
        self.summary.setText(self.tr("Reading the audit trail\u2026"))
        log = self.audit_log

        def read() -> tuple[list[str], list[AuditEntry]]:
            return log.operators(), log.entries(**filters, limit=MAX_ROWS + 1, newest_first=True)

        self._read_handle = self.ops.run_blocking(read, on_success=self._read_done, on_error=self._read_failed)

    def _read_done(self, result: tuple[list[str], list[AuditEntry]]) -> None:
        operators, entries = result
        self._fill_operators(operators)
        self.more_than_shown = len(entries) > MAX_ROWS
        self.entries = entries[:MAX_ROWS]
        self._show_entries()
        self.loaded.emit(len(self.entries))

    def _read_failed(self, problem: Problem) -> None:
        self.summary.setText("")
        reason = str(problem.error) if isinstance(problem.error, AuditError) else problem.text
        show_message(self.message, self.tr("The audit trail could not be read: {0}").format(reason))

    def _fill_operators(self, operators: list[str]) -> None:
        current = self.operator_filter.currentData() or ""
        self.operator_filter.blockSignals(True)
        while self.operator_filter.count() > 1:
            self.operator_filter.removeItem(1)
        for operator in operators:
            self.operator_filter.addItem(operator, operator)
        index = self.operator_filter.findData(current)
        self.operator_filter.setCurrentIndex(max(index, 0))
        self.operator_filter.blockSignals(False)

    def _show_entries(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            identifiers = list(entry.record_ids) + [self.tr("list {0}").format(i) for i in entry.list_ids]
            cells = (self._local_time(entry), entry.operator, self.action_words(entry.action),
                     ", ".join(identifiers), self.details_words(dict(entry.details)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, entry.sequence)
                self.table.setItem(row, column, item)
        self.table.setColumnWidth(3, RECORD_COLUMN_WIDTH)
        self.table.resizeRowsToContents()
        count = len(self.entries)
        if count == 0:
            filtered = any(value for value in self.filters().values())
            self.summary.setText(self.tr("No entries match these filters. Press Clear filters to see them all.")
                                 if filtered else self.tr("No entries yet: actions at this station appear here."))
        elif self.more_than_shown:
            self.summary.setText(self.tr("Showing the newest {0} entries. Narrow the filters to see older ones; "
                                         "the export includes them all.").format(count))
        else:
            self.summary.setText(self.tr("Showing {0} entries.").format(count) if count != 1
                                 else self.tr("Showing 1 entry."))

    # -- checking the chain ----------------------------------------------------------------------------------

    @Slot()
    def check_chain(self) -> None:
        """Check the hash chain in a worker; say whether the trail is intact or which entry is broken."""
        if self._check_handle is not None and not self._check_handle.done:
            return
        show_message(self.chain_result, "")
        self.check_button.setEnabled(False)
        self._check_handle = self.ops.run_blocking(
            self.audit_log.verify, on_success=self._chain_checked, on_error=self._read_failed,
            busy=self.tr("Checking the audit trail\u2026"))
        self._check_handle.finished.connect(lambda: self.check_button.setEnabled(True))

    def _chain_checked(self, report: ChainReport) -> None:
        self._last_report = report
        self._show_report(report)
        self.chainChecked.emit(report)

    def _show_report(self, report: ChainReport) -> None:
        if report.ok:
            text = (self.tr("The audit trail is intact: all {0} entries are as they were written.").format(
                report.checked) if report.checked else self.tr("The audit trail is empty and intact."))
            self._set_result_role("success", text)
            return
        number = report.first_broken_sequence
        when = ""
        if report.first_broken_time:
            entry = AuditEntry(0, report.first_broken_time, "", "")
            when = self.tr(" (written {0})").format(self._local_time(entry))
        what = {
            "changed": self.tr("Entry {0}{1} was changed after it was written."),
            "missing": self.tr("Entry {0}{1} was removed from the audit trail."),
            "out_of_place": self.tr("Entry {0}{1} is out of place: an entry was inserted, moved or replaced "
                                    "before it."),
            "unreadable": self.tr("Entry {0}{1} was edited by hand and cannot be read."),
            "cut_off": self.tr("The last entries, from entry {0}{1} on, were removed."),
            "added": self.tr("Entry {0}{1} and the ones after it were added outside the station."),
        }.get(report.problem, self.tr("Entry {0}{1} is not as it was written.")).format(number, when)
        before = self.tr(" The {0} entries before it are intact.").format(report.checked) if report.checked > 1 \
            else self.tr(" The entry before it is intact.") if report.checked == 1 else ""
        self._set_result_role("error", self.tr(
            "The audit trail is not intact. {0}{1} Keep this station's files as they are and tell your "
            "administrator.").format(what, before))

    def _set_result_role(self, role: str, text: str) -> None:
        self.chain_result.setProperty("role", role)
        restyle(self.chain_result)
        show_message(self.chain_result, text)

    # -- exporting -------------------------------------------------------------------------------------------

    @Slot()
    def ask_export(self) -> None:
        """Ask where to save the CSV (the entries matching the filters, without the table's limit)."""
        dialog = QFileDialog(self, self.tr("Export the audit trail"))
        dialog.setObjectName("auditExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([self.tr("CSV files (*.csv)"), self.tr("All files (*)")])
        dialog.setDefaultSuffix("csv")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if folder:
            dialog.setDirectory(folder)
        dialog.selectFile(self.tr("audit-trail-{0}.csv").format(date.today().isoformat()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.export_to)
        self._file_dialog = dialog
        dialog.open()

    @Slot(str)
    def export_to(self, path: str) -> None:
        """Write the entries matching the filters to `path` in a worker; say how many, or why it failed."""
        if not path or (self._export_handle is not None and not self._export_handle.done):
            return
        filters = self.filters()
        log = self.audit_log
        show_message(self.message, "")
        self.export_button.setEnabled(False)
        self._export_handle = self.ops.run_blocking(
            lambda: log.export_csv(path, log.entries(**filters)),
            on_success=lambda count: self._exported(path, count),
            on_error=lambda problem: self._export_failed(path, problem), busy=self.tr("Exporting\u2026"))
        self._export_handle.finished.connect(lambda: self.export_button.setEnabled(True))

    def _exported(self, path: str, count: int) -> None:
        text = (self.tr("Saved {0} entries to {1}.").format(count, path) if count != 1
                else self.tr("Saved 1 entry to {0}.").format(path))
        self._set_result_role("success", text)
        self.exported.emit(path, count)

    def _export_failed(self, path: str, problem: Problem) -> None:
        error = problem.error
        reason = error.strerror if isinstance(error, OSError) and error.strerror else problem.text
        show_message(self.message, self.tr(
            "The audit trail was not saved to {0}: {1}. Choose another folder (for example Documents) and "
            "export again.").format(path, str(reason).rstrip(".")))

    # -- closing ---------------------------------------------------------------------------------------------

    @Slot()
    def _forget_work(self) -> None:
        """Closed: answers still on their way must not reach the closed dialog (an export still finishes)."""
        self._filter_timer.stop()
        for handle in (self._read_handle, self._check_handle):
            if handle is not None and not handle.done:
                handle.cancel()
