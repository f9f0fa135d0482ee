"""Import people: many people at once from a CSV file and a folder of photos, from the Records page.

    dialog = ImportPeopleDialog(context, parent=records_panel)
    dialog.imported.connect(records_panel.refresh)
    dialog.open()

Three steps on one dialog: choose the file, the photo folder and a list for people whose line names none;
follow the progress (counts, the person being imported, a bar) with a Stop button; read the summary (what was
not imported, and why) and save the result file. The same engine as `facestation import`
(`facestation.importer`): the same photo checks as the Enrol page, people already there are skipped, so a
stopped import goes on where it stopped when it is started again. Reading the file runs in `ops.run_blocking`,
the import in `ops.run_async` with the photo checks in the importer's own worker threads: the screen never
waits for either.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facestation.api import ErrorCode, errors
from facestation.importer import (
    DEFAULT_WORKERS,
    Importer,
    ImportProgress,
    ImportReport,
    PeopleFile,
    PeopleFileError,
    RowStatus,
    read_people,
    write_result_csv,
)
from facestation.station.ui.kit import (
    RetranslateMixin,
    field_label,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import OpHandle, Problem
from facestation.station.ui.theme import restyle

if TYPE_CHECKING:
    from facestation.station.ui.context import StationContext

__all__ = ["ImportPeopleDialog"]

CONTROL_HEIGHT = 48
PRIMARY_HEIGHT = 64
MAX_PROBLEM_ROWS = 500  # the rest are in the result file
_LIST_NAME_EXISTS = ErrorCode.FACE_LIST_NAME_ALREADY_EXISTS


class ImportPeopleDialog(RetranslateMixin, QDialog):
    """Import people from a CSV file and a photo folder. Open with `open()`.

    Signals: `progressChanged(object)` with each `ImportProgress`; `finished_import(object)` with the
    `ImportReport`; `imported(int)` when people were added (the Records page refreshes). Methods:
    `set_sources(csv, photos, list_name)`, `start()`, `stop()`, `save_result_to(path)`, `ask_save_result()`."""

    progressChanged = Signal(object)
    finished_import = Signal(object)
    imported = Signal(int)

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPeopleDialog")
        self.context = context
        self.ops = context.ops
        self.importer: Importer | None = None
        self.report: ImportReport | None = None
        self.people: PeopleFile | None = None
        self._handle: OpHandle | None = None
        self._lists_handle: OpHandle | None = None
        self._file_dialog: QFileDialog | None = None
        self._started_at = 0.0
        self._progress: ImportProgress | None = None
        self._catalogue_members: bool = False  # the server has no list extension: remember members ourselves
        self.resize(860, 640)
        self.setMinimumSize(720, 560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(12)
        self.title = role_label("title", self)
        self.title.setObjectName("importTitle")
        layout.addWidget(self.title)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_choose_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_summary_page())
        self.finished.connect(self._closed)
        self.retranslate_ui()
        self._show_page(0)
        self._load_lists()

    # -- pages ---------------------------------------------------------------------------------------------------

    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("importChoosePage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.choose_intro = role_label("hint", page)
        column.addWidget(self.choose_intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.csv_label, self.csv_field, self.csv_button = self._path_row(page, "importCsv", self.ask_csv)
        self.photos_label, self.photos_field, self.photos_button = self._path_row(page, "importPhotos",
                                                                                  self.ask_photos)
        self.list_label = QLabel(page)
        self.list_field = QComboBox(page)
        self.list_field.setObjectName("importList")
        self.list_field.setEditable(True)  # a new name makes a new list
        self.list_field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        field_label(self.list_label, self.list_field)
        for row, (label, field, button) in enumerate(((self.csv_label, self.csv_field, self.csv_button),
                                                      (self.photos_label, self.photos_field, self.photos_button))):
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
        grid.addWidget(self.list_label, 2, 0)
        grid.addWidget(self.list_field, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        self.list_hint = role_label("hint", page)
        column.addWidget(self.list_hint)
        self.columns_hint = role_label("warning", page)
        self.columns_hint.setObjectName("importColumnsHint")
        self.columns_hint.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.columns_hint)
        self.choose_error = role_label("error", page)
        self.choose_error.setObjectName("importChooseError")
        column.addWidget(self.choose_error)
        column.addStretch(1)
        buttons = QHBoxLayout()
        self.close_button = self._button(page, "importClose")
        self.close_button.clicked.connect(self.reject)
        self.start_button = primary_button(page)
        self.start_button.setObjectName("importStart")
        self.start_button.setProperty("big", True)
        self.start_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.start_button.setMinimumWidth(240)
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        column.addLayout(buttons)
        show_message(self.choose_error, "")
        QWidget.setTabOrder(self.csv_field, self.csv_button)
        QWidget.setTabOrder(self.csv_button, self.photos_field)
        QWidget.setTabOrder(self.photos_field, self.photos_button)
        QWidget.setTabOrder(self.photos_button, self.list_field)
        QWidget.setTabOrder(self.list_field, self.start_button)
        QWidget.setTabOrder(self.start_button, self.close_button)
        return page

    def _build_progress_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("importProgressPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        self.progress_intro = role_label("hint", page)
        column.addWidget(self.progress_intro)
        self.bar = QProgressBar(page)
        self.bar.setObjectName("importBar")
        self.bar.setMinimumHeight(36)
        self.bar.setTextVisible(True)
        column.addWidget(self.bar)
        self.counts_label = role_label("heading", page)
        self.counts_label.setObjectName("importCounts")
        column.addWidget(self.counts_label)
        self.current_label = role_label("subtitle", page)
        self.current_label.setObjectName("importCurrent")
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.current_label)
        self.time_label = role_label("hint", page)
        self.time_label.setObjectName("importTime")
        column.addWidget(self.time_label)
        self.waiting_label = role_label("warning", page)
        self.waiting_label.setObjectName("importWaiting")
        column.addWidget(self.waiting_label)
        show_message(self.waiting_label, "")
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.stop_button = self._button(page, "importStop")
        self.stop_button.setProperty("big", True)
        self.stop_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.stop_button.setMinimumWidth(240)
        self.stop_button.setDefault(True)
        self.stop_button.clicked.connect(self.stop)
        buttons.addWidget(self.stop_button)
        column.addLayout(buttons)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("importSummaryPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.summary_label = role_label("success", page)
        self.summary_label.setObjectName("importSummary")
        column.addWidget(self.summary_label)
        self.stopped_label = role_label("warning", page)
        self.stopped_label.setObjectName("importStopped")
        column.addWidget(self.stopped_label)
        self.problems_label = role_label("subtitle", page)
        column.addWidget(self.problems_label)
        self.problems = QTableWidget(0, 3, page)
        self.problems.setObjectName("importProblems")
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.problems.verticalHeader().setVisible(False)
        self.problems.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems.setTabKeyNavigation(False)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.problems, 1)
        self.save_message = role_label("success", page)
        self.save_message.setObjectName("importSaveMessage")
        column.addWidget(self.save_message)
        show_message(self.save_message, "")
        buttons = QHBoxLayout()
        self.again_button = self._button(page, "importAgain")
        self.again_button.clicked.connect(self.back_to_start)
        self.save_button = self._button(page, "importSave")
        self.save_button.setProperty("big", True)
        self.save_button.clicked.connect(self.ask_save_result)
        self.done_button = primary_button(page)
        self.done_button.setObjectName("importDone")
        self.done_button.setProperty("big", True)
        self.done_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.done_button.setMinimumWidth(200)
        self.done_button.clicked.connect(self.accept)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.done_button)
        column.addLayout(buttons)
        QWidget.setTabOrder(self.problems, self.again_button)
        QWidget.setTabOrder(self.again_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.done_button)
        return page

    def _path_row(self, page: QWidget, name: str, slot: object) -> tuple[QLabel, QLineEdit, QPushButton]:
        label = QLabel(page)
        field = QLineEdit(page)
        field.setObjectName(name + "Field")
        field.setClearButtonEnabled(True)
        field_label(label, field)
        button = self._button(page, name + "Button")
        button.clicked.connect(slot)
        return label, field, button

    @staticmethod
    def _button(parent: QWidget, name: str) -> QPushButton:
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setMinimumHeight(CONTROL_HEIGHT)
        button.setAutoDefault(False)
        return button

    # -- texts -----------------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import people"))
        self.choose_intro.setText(self.tr(
            "Add many people at once from a spreadsheet saved as CSV and a folder with their photos. Every photo "
            "gets the same checks as on the Enrol page; people already stored are left as they are."))
        self.csv_label.setText(self.tr("&People file (CSV):"))
        self.csv_field.setPlaceholderText(self.tr("Choose the CSV file with one line per person"))
        self.csv_button.setText(self.tr("C&hoose file…"))
        self.photos_label.setText(self.tr("Ph&oto folder:"))
        self.photos_field.setPlaceholderText(self.tr("Choose the folder with the photos named in the file"))
        self.photos_button.setText(self.tr("Choose &folder…"))
        self.list_label.setText(self.tr("&List:"))
        self.list_field.lineEdit().setPlaceholderText(self.tr("No list"))
        self.list_hint.setText(self.tr(
            "People whose line names no list go to this list. Type a new name to make a new list."))
        self.columns_hint.setText(self.tr(
            "The first line of the file names the columns: name, surname1, surname2, externalIdentifier, photo, "
            "list. The photo column holds the photo's file name in the photo folder."))
        self.close_button.setText(self.tr("Close"))
        self.start_button.setText(self.tr("&Start import"))
        self.progress_intro.setText(self.tr(
            "You can keep this window open or stop the import. People already imported stay; starting the same "
            "file again goes on where it stopped."))
        self.stop_button.setText(self.tr("S&top import"))
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Person"), self.tr("Why not imported")])
        self.again_button.setText(self.tr("&Import again…"))
        self.save_button.setText(self.tr("&Save the result…"))
        self.done_button.setText(self.tr("&Done"))
        self._update_title()
        if self._progress is not None and self.pages.currentIndex() == 1:
            self._show_progress(self._progress)
        if self.report is not None and self.pages.currentIndex() == 2:
            self._show_summary(self.report)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Escape during the import stops it (people in flight finish) instead of closing the window on it.
        if event.key() == Qt.Key.Key_Escape and self.running:
            self.stop()
            return
        super().keyPressEvent(event)

    def _update_title(self) -> None:
        page = self.pages.currentIndex()
        if page == 0:
            self.title.setText(self.tr("Import people"))
        elif page == 1:
            self.title.setText(self.tr("Stopping the import…") if self.importer is not None
                               and self.importer.stopping else self.tr("Importing people…"))
        elif self.report is not None and self.report.stopped:
            self.title.setText(self.tr("Import stopped"))
        else:
            self.title.setText(self.tr("Import finished"))

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_title()
        focus = {0: self.csv_field if not self.csv_field.text() else self.start_button, 1: self.stop_button,
                 2: self.done_button}[index]
        focus.setFocus()

    # -- choosing ------------------------------------------------------------------------------------------------

    def set_sources(self, csv_path: str | Path, photos: str | Path, list_name: str = "") -> None:
        """Fill in the three choices (what the file dialogs and the list field do)."""
        self.csv_field.setText(str(csv_path))
        self.photos_field.setText(str(photos))
        self.list_field.setCurrentText(list_name)

    def _load_lists(self) -> None:
        async def names() -> list[str]:
            return [face_list.name for face_list in await self.context.directory.all_lists()]

        # Quiet: without the lists the operator can still type a name.
        self._lists_handle = self.ops.run_async(names(), on_success=self._fill_lists, quiet=True)

    def _fill_lists(self, names: list[str]) -> None:
        typed = self.list_field.currentText()
        self.list_field.clear()
        self.list_field.addItems(names)
        self.list_field.setCurrentText(typed)

    @Slot()
    def ask_csv(self) -> QFileDialog:
        dialog = self._file_chooser(self.tr("Choose the people file"), self.csv_field.text())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("CSV files (*.csv *.CSV *.txt)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self._csv_chosen)
        dialog.open()
        return dialog

    @Slot()
    def ask_photos(self) -> QFileDialog:
        start = self.photos_field.text() or self.csv_field.text()
        dialog = self._file_chooser(self.tr("Choose the photo folder"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.photos_field.setText)
        dialog.open()
        return dialog

    def _file_chooser(self, title: str, start: str) -> QFileDialog:
        folder = str(Path(start).parent) if start else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, title, folder)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._file_dialog = dialog
        return dialog

    @Slot(str)
    def _csv_chosen(self, path: str) -> None:
        self.csv_field.setText(path)
        if not self.photos_field.text():
            # Photos usually sit beside the file, often in a "photos" folder.
            for candidate in (Path(path).parent / "photos", Path(path).parent / "fotos", Path(path).parent):
                if candidate.is_dir():
                    self.photos_field.setText(str(candidate))
                    break

    # -- importing -----------------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.done

    @Slot()
    def start(self) -> None:
        """Check the choices, read the file (in a worker) and start the import."""
        if self.running:
            return
        csv_text, photos_text = self.csv_field.text().strip(), self.photos_field.text().strip()
        if not csv_text:
            self._choose_problem(self.tr("Choose the people file first (Choose file…)."), self.csv_field)
            return
        if not photos_text:
            self._choose_problem(self.tr("Choose the folder with the photos (Choose folder…)."), self.photos_field)
            return
        list_name = self.list_field.currentText().strip()
        photos = Path(photos_text)
        show_message(self.choose_error, "")
        self.start_button.setEnabled(False)

        def read() -> PeopleFile:
            if not photos.is_dir():
                raise NotADirectoryError(str(photos))
            return read_people(Path(csv_text), default_list=list_name or None)

        handle = self.ops.run_blocking(read, on_success=lambda people: self._run(people, photos),
                                       on_error=self._read_failed)
        handle.finished.connect(lambda: self.start_button.setEnabled(True))

    def _choose_problem(self, text: str, field: QWidget | None = None) -> None:
        show_message(self.choose_error, text)
        if field is not None:
            field.setFocus()

    def _read_failed(self, problem: Problem) -> None:
        error = problem.error
        if isinstance(error, NotADirectoryError):
            self._choose_problem(self.tr("The photo folder {0} was not found. Choose the folder that holds the "
                                         "photos.").format(error.args[0]), self.photos_field)
        elif isinstance(error, PeopleFileError):
            self._choose_problem(str(error), self.csv_field)
        else:
            self._choose_problem(problem.text)

    def _run(self, people: PeopleFile, photos: Path) -> None:
        self.people = people
        self.report = None
        self._progress = None
        self.importer = Importer(self.context.client, people, photos, workers=DEFAULT_WORKERS,
                                 on_progress=self._on_progress, resolve_lists=self._resolve_lists)
        self._started_at = time.monotonic()
        self.bar.setRange(0, max(1, len(people.rows)))
        self.bar.setValue(0)
        self.stop_button.setEnabled(True)
        show_message(self.waiting_label, "")
        self._show_progress(ImportProgress(len(people.rows), 0, 0, 0, 0, 0))
        self._show_page(1)
        self._handle = self.ops.run_async(self.importer.run(), on_success=self._done, on_error=self._failed)

    async def _resolve_lists(self, names: list[str]) -> dict[str, str | None]:
        """Lists by name through the station's directory, so a list made here shows on the Lists page (and is
        remembered by the station's catalogue on a server without the list extensions)."""
        directory = self.context.directory
        if not names:
            return {}
        self._catalogue_members = not await directory.server_has_lists()
        existing = {face_list.name.casefold(): face_list.identifier for face_list in await directory.all_lists()}
        found: dict[str, str | None] = {}
        for name in names:
            identifier = existing.get(name.casefold())
            if identifier is None:
                try:
                    identifier = await directory.create_list(name)
                except errors.ValidationError as error:
                    if _LIST_NAME_EXISTS not in error.codes:
                        raise
            found[name] = identifier
        return found

    def _on_progress(self, progress: ImportProgress) -> None:
        # The importer calls this on the event loop's thread, which under qasync is the GUI thread.
        self._progress = progress
        self._show_progress(progress)
        self.progressChanged.emit(progress)

    def _show_progress(self, progress: ImportProgress) -> None:
        self.bar.setValue(progress.done)
        self.bar.setFormat(self.tr("%v of %m people"))
        self.counts_label.setText(self.tr(
            "{0} imported · {1} already there · {2} failed the photo checks · {3} could not be imported").format(
                progress.imported, progress.already_there, progress.failed_qa, progress.errors))
        if self.importer is not None and self.importer.stopping:
            self.current_label.setText(self.tr("Stopping: the people being sent now are finished first…"))
        elif progress.current:
            self.current_label.setText(self.tr("Now: {0}").format(", ".join(progress.current)))
        else:
            self.current_label.setText(self.tr("Preparing…"))
        elapsed = time.monotonic() - self._started_at
        left = progress.total - progress.done
        if progress.done >= 3 and left > 0 and elapsed > 0:
            minutes = max(1, round(left * elapsed / progress.done / 60))
            self.time_label.setText(self.tr("About {0} minute(s) left.").format(minutes))
        else:
            self.time_label.setText("")
        if progress.waiting > 0:
            show_message(self.waiting_label, self.tr(
                "This station has used all the calls it may make this hour. The import waits and goes on by "
                "itself in about {0} minute(s).").format(max(1, round(progress.waiting / 60))))
        else:
            show_message(self.waiting_label, "")

    @Slot()
    def stop(self) -> None:
        """Stop the import: the people being sent now are finished, nobody new is started."""
        if self.importer is None or not self.running:
            return
        self.importer.stop()
        self.stop_button.setEnabled(False)
        self._update_title()
        if self._progress is not None:
            self._show_progress(self._progress)

    def _done(self, report: ImportReport) -> None:
        self.report = report
        if self._catalogue_members:
            self._remember_members(report)
        self._show_summary(report)
        self._show_page(2)
        self.finished_import.emit(report)
        if report.counts[RowStatus.IMPORTED]:
            self.imported.emit(report.counts[RowStatus.IMPORTED])

    def _failed(self, problem: Problem) -> None:
        """Not a person's failure (those are in the report): the import itself broke. Back to the start."""
        self._show_page(0)
        self._choose_problem(problem.text)

    def _remember_members(self, report: ImportReport) -> None:
        catalogue = self.context.directory.catalogue
        members = [(o.list_id, o.record_id, o.row.full_name) for o in report.outcomes
                   if o.status is RowStatus.IMPORTED and o.list_id and o.record_id]

        def remember() -> None:
            for list_id, record_id, label in members:
                catalogue.add_member(list_id, record_id, label)

        if members:
            self.ops.run_blocking(remember, quiet=True)

    # -- the summary ---------------------------------------------------------------------------------------------

    def _show_summary(self, report: ImportReport) -> None:
        counts = report.counts
        text = self.tr("{0} of {1} people imported, {2} were already there.").format(
            counts[RowStatus.IMPORTED], len(report.outcomes), counts[RowStatus.ALREADY_THERE])
        not_imported = counts[RowStatus.FAILED_QA] + counts[RowStatus.ERROR]
        if not_imported:
            text += " " + self.tr("{0} could not be imported: see below, correct them and import the same file "
                                  "again.").format(not_imported)
        self._set_role(self.summary_label, "success" if report.complete else "warning")
        show_message(self.summary_label, text)
        if report.stopped:
            stopped = report.stopped if not report.cancelled else self.tr(
                "You stopped the import: {0} people were not started. Start the same file again to go on where "
                "it stopped.").format(counts[RowStatus.NOT_DONE])
            show_message(self.stopped_label, stopped)
        else:
            show_message(self.stopped_label, "")
        problems = [o for o in report.outcomes if o.status in (RowStatus.FAILED_QA, RowStatus.ERROR)]
        self.problems_label.setText(self.tr("Not imported") if problems else self.tr("Everyone in the file is "
                                                                                     "now stored."))
        self.problems.setVisible(bool(problems))
        self.problems.setRowCount(0)
        self.problems.setRowCount(min(len(problems), MAX_PROBLEM_ROWS))
        for index, outcome in enumerate(problems[:MAX_PROBLEM_ROWS]):
            reason = outcome.reason[:1].upper() + outcome.reason[1:]
            if outcome.status is RowStatus.FAILED_QA:
                reason = self.tr("Photo {0}: {1}").format(outcome.row.photo, reason)
            for column, value in enumerate((str(outcome.row.line), outcome.row.full_name, reason)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.problems.setItem(index, column, item)
        show_message(self.save_message, "")
        self.save_button.setEnabled(True)

    @staticmethod
    def _set_role(label: QLabel, role: str) -> None:
        if label.property("role") != role:
            label.setProperty("role", role)
            restyle(label)

    @Slot()
    def back_to_start(self) -> None:
        """The choices again (kept), for another file or the same one after corrections."""
        self.importer = None
        self._show_page(0)
        self.start_button.setFocus()

    @Slot()
    def ask_save_result(self) -> QFileDialog | None:
        if self.report is None:
            return None
        dialog = QFileDialog(self, self.tr("Save the import result"))
        dialog.setObjectName("importSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([self.tr("CSV files (*.csv)"), self.tr("All files (*)")])
        dialog.setDefaultSuffix("csv")
        source = Path(self.csv_field.text().strip())
        dialog.setDirectory(str(source.parent))
        dialog.selectFile(f"{source.stem or 'people'}-result.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_result_to)
        self._file_dialog = dialog
        dialog.open()
        return dialog

    @Slot(str)
    def save_result_to(self, path: str) -> None:
        """Write the result CSV (one line per person: what happened, the record number) in a worker."""
        report = self.report
        if report is None or not path:
            return
        delimiter = self.people.delimiter if self.people is not None else ","
        self.save_button.setEnabled(False)
        self.ops.run_blocking(lambda: write_result_csv(Path(path), report, delimiter=delimiter),
                              on_success=lambda _none: self._saved(path), on_error=self._save_failed,
                              busy=self.tr("Saving the result…"))

    def _saved(self, path: str) -> None:
        self.save_button.setEnabled(True)
        self._set_role(self.save_message, "success")
        show_message(self.save_message, self.tr("The result was saved to {0}.").format(path))

    def _save_failed(self, problem: Problem) -> None:
        self.save_button.setEnabled(True)
        error = problem.error
        reason = error.strerror if isinstance(error, OSError) and error.strerror else problem.text
        self._set_role(self.save_message, "error")
        show_message(self.save_message, self.tr(
            "The result was not saved: {0}. Choose another folder (for example Documents) and save again.").format(
                str(reason).rstrip(".")))

    # -- closing -------------------------------------------------------------------------------------------------

    @Slot()
    def _closed(self) -> None:
        """Closed during an import: it stops gracefully in the background (people in flight finish)."""
        if self.importer is not None and self.running:
            self.importer.stop()
        if self._lists_handle is not None and not self._lists_handle.done:
            self._lists_handle.cancel()
        if self._file_dialog is not None:
            try:
                self._file_dialog.close()
            except RuntimeError:  # already deleted
                pass
