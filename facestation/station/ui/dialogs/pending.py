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

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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

from facestation.station.core.outbox import OutboxCounts, OutboxError, OutboxItem
from facestation.station.ui.context import StationContext
from facestation.station.ui.dialogs.pending_editor import CorrectionDialog
from facestation.station.ui.dialogs.pending_words import (
    CONTROL_HEIGHT,
    LIST_KINDS,
    RECORD_KINDS,
    ROW_HEIGHT,
    PendingWords,
    item_identifiers,
)
from facestation.station.ui.kit import (
    RetranslateMixin,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import BusyBar, OpHandle, Problem

__all__ = ["CorrectionDialog", "PendingDialog"]

REFRESH_DELAY_MS = 150  # a replay changes the queue item by item: read it once per burst, not per item


class PendingDialog(RetranslateMixin, QDialog):
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
        records, lists = item_identifiers(item)
        reason = item.error_codes[0] if item.error_codes else ""
        if action == "discard":
            self.context.log_activity("outbox_discard", record_ids=records, list_ids=lists,
                                details={"kind": item.kind, "reason": reason})
        else:
            self.context.log_activity("outbox_resubmit", record_ids=records, list_ids=lists,
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
