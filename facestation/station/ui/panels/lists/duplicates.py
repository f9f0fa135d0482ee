"""The "Possible duplicates" view of the Lists page: the members of a list whose faces are as close as two photos
of one person, one row per pair, most likely first.

Each row shows both face photos side by side (a placeholder until each record arrives), the names and member
numbers, how sure it is in words, "Open <name>" for either record (the dialog closes and the record opens on the
Records page) and "Not the same person" (the service stops reporting the pair; the row goes and the count drops;
the activity log gets a "changed a list" entry with the two record ids). The pairs and the people are kept in
`core.lists.DuplicatePairs`; the words come from `core.lists.calibration_words`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facestation.api import (
    FaceCheckClient,
    FaceList,
    FaceRecord,
    ListReport,
    PossibleDuplicate,
    errors,
)
from facestation.station.core.lists.calibration_words import duplicate_words
from facestation.station.core.lists.duplicates import (
    DuplicatePairs,
    fetch_report,
    pair_key,
)
from facestation.station.ui.kit import (
    Problem,
    RetranslateMixin,
    role_label,
    show_message,
)
from facestation.station.ui.ops import LatestRequest, Operations, OpHandle
from facestation.station.ui.panels.lists.common import page_button

__all__ = ["DuplicatesDialog"]

PHOTO_SIZE = QSize(120, 150)
MAX_SIZE = QSize(1200, 900)
CARD_WIDTH = 300
NAME_IN_BUTTON = 22  # characters of a name on an "Open" button; the whole name is on the card above it


def decode_photo(data: bytes) -> QImage | None:
    """A stored photo, small (in a worker thread: a QImage may be made in any)."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaled(PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def shortened(name: str) -> str:
    return name if len(name) <= NAME_IN_BUTTON else name[:NAME_IN_BUTTON - 1].rstrip() + "…"


class PersonCard(QWidget):
    """One person of a pair: the photo, the name, the member number and "Open <name>"."""

    def __init__(self, record_id: str, on_open: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.record: FaceRecord | None = None
        self.missing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.photo = role_label("photo", self, wrap=True)
        self.photo.setObjectName("pairPhoto")
        self.photo.setFixedSize(PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setProperty("empty", True)
        self.name = role_label("value", self)
        self.name.setObjectName("pairName")
        self.number = role_label("hint", self)
        self.number.setObjectName("pairNumber")
        self.open_button = page_button(self, "openDuplicateButton")
        self.open_button.clicked.connect(lambda: on_open(self.record_id))
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in (self.name, self.number):  # under the photo, as on an ID card
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.name)
        layout.addWidget(self.number)
        layout.addWidget(self.open_button)
        self.show_texts()

    def arrived(self, record: FaceRecord | None, photo: QImage | None) -> None:
        self.record, self.missing = record, record is None
        if photo is not None:
            self.photo.setPixmap(QPixmap.fromImage(photo))
            self.photo.setProperty("empty", False)
            self.photo.style().polish(self.photo)
        self.show_texts()

    def show_texts(self) -> None:
        record = self.record
        if record is None:
            self.photo.setText(self.tr("This record cannot be loaded") if self.missing
                               else self.tr("Loading the photo…"))
            self.name.setText("" if not self.missing else self.tr("(not found)"))
            self.number.setText("")
            self.open_button.setText(self.tr("Open the record"))
            self.open_button.setEnabled(not self.missing)
            return
        if self.photo.pixmap().isNull():
            self.photo.setText(self.tr("No photo"))
        name = record.full_name or self.tr("(no name)")
        self.name.setText(name)
        self.number.setText(self.tr("No. {0}").format(record.external_identifier)
                            if record.external_identifier else self.tr("No member number"))
        self.open_button.setText(self.tr("Open {0}").format(shortened(name)))
        self.open_button.setToolTip(self.tr("Show {0} on the Records page").format(name))
        self.open_button.setEnabled(True)


class PairRow(QFrame):
    """One pair: both people side by side, how sure it is, and "Not the same person"."""

    def __init__(self, pair: PossibleDuplicate, on_open: Callable[[str], None],
                 on_not_same: Callable[[PossibleDuplicate], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.pair = pair
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(16)
        self.cards = {pair.a: PersonCard(pair.a, on_open, self), pair.b: PersonCard(pair.b, on_open, self)}
        for card in self.cards.values():  # side by side, close enough to compare the two faces at a glance
            card.setMaximumWidth(CARD_WIDTH)
            row.addWidget(card, 2)
        side = QVBoxLayout()
        side.setSpacing(8)
        self.sureness = role_label("value", self)
        self.sureness.setObjectName("pairSureness")
        self.error = role_label("error", self)
        self.error.setObjectName("pairError")
        self.error.setVisible(False)
        self.not_same_button = page_button(self, "notSamePersonButton")
        self.not_same_button.clicked.connect(lambda: on_not_same(self.pair))
        side.addWidget(self.sureness)
        side.addStretch(1)
        side.addWidget(self.error)
        side.addWidget(self.not_same_button)
        row.addLayout(side, 2)
        self.show_texts()

    def show_texts(self) -> None:
        self.sureness.setText(duplicate_words(self.pair.confidence, QCoreApplication.translate))
        self.not_same_button.setText(self.tr("Not the same person"))
        self.not_same_button.setToolTip(self.tr(
            "They are two different people: this pair is not shown again."))
        for card in self.cards.values():
            card.show_texts()


class DuplicatesDialog(RetranslateMixin, QDialog):
    """The possible duplicates of one list. `openRecord(record id)` when the operator opens a record (the dialog
    closes); `countChanged(total)` when a pair was marked "not the same person"."""

    openRecord = Signal(str)
    countChanged = Signal(int)

    def __init__(self, ops: Operations, client: FaceCheckClient, face_list: FaceList, *,
                 log: Callable[..., None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setSizeGripEnabled(True)
        self.ops = ops
        self.client = client
        self.face_list = face_list
        self._log = log
        self.pairs: DuplicatePairs | None = None
        self.rows: dict[tuple[str, str], PairRow] = {}
        self.marking: set[tuple[str, str]] = set()
        self._report = LatestRequest(ops)
        self._people: OpHandle | None = None
        self.setMinimumSize(760, 520)
        self.fit_to(parent.window().size() if parent is not None else QSize(1024, 768))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        self.title = role_label("title", self)
        self.explanation = role_label("hint", self)
        self.explanation.setObjectName("duplicatesExplanation")
        self.count = role_label("subtitle", self)
        self.count.setObjectName("duplicatesCount")
        self.error = role_label("error", self)
        self.error.setObjectName("duplicatesError")
        self.error.setVisible(False)
        self.empty = role_label("hint", self)
        self.empty.setObjectName("duplicatesEmpty")
        self.empty.setVisible(False)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("duplicatesScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.container = QWidget(self.scroll)
        self.rows_layout = QVBoxLayout(self.container)
        self.rows_layout.setContentsMargins(0, 0, 8, 0)
        self.rows_layout.setSpacing(10)
        self.rows_layout.addStretch(1)
        self.scroll.setWidget(self.container)
        self.close_button = page_button(self, "closeDuplicatesButton", primary=True)
        self.close_button.clicked.connect(self.accept)
        for widget in (self.title, self.explanation, self.count, self.error, self.empty):
            layout.addWidget(widget)
        layout.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.retranslate_ui()
        self.reload()

    def fit_to(self, window: QSize) -> None:
        """As large as the station's window allows (room left for the frame), up to a comfortable size."""
        self.resize(max(self.minimumWidth(), min(MAX_SIZE.width(), window.width() - 40)),
                    max(self.minimumHeight(), min(MAX_SIZE.height(), window.height() - 60)))

    # -- what is shown (read by tests) ---------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._report.busy or (self._people is not None and not self._people.done
                                     and not self._people.cancelled)

    @property
    def loaded(self) -> bool:
        """The report arrived and every person in it was fetched (or could not be)."""
        return self.pairs is not None and not self.loading

    def shown_pairs(self) -> list[tuple[str, str]]:
        return list(self.rows)

    # -- texts ---------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.title.setText(self.tr("Possible duplicates in “{0}”").format(self.face_list.name))
        self.explanation.setText(self.tr(
            "A possible duplicate is two people in this list whose faces look so alike that they may be one "
            "person enrolled twice. Open both records: if they are one person, delete the extra record (or move "
            "its details into the other first). If they are two people, press Not the same person."))
        self.empty.setText(self.tr("No one in this list looks enrolled twice."))
        self.close_button.setText(self.tr("Close"))
        self._show_count()
        for row in self.rows.values():
            row.show_texts()

    def _show_count(self) -> None:
        pairs = self.pairs
        if pairs is None:
            text = self.tr("Looking for people enrolled twice…")
        elif not pairs.pairs:
            text = ""
        elif len(pairs.pairs) < pairs.total:
            text = self.tr("The {0} most likely of {1} pairs, most likely first.").format(len(pairs.pairs),
                                                                                          pairs.total)
        elif pairs.total == 1:
            text = self.tr("1 pair to look at.")
        else:
            text = self.tr("{0} pairs to look at, most likely first.").format(pairs.total)
        show_message(self.count, text)
        self.empty.setVisible(pairs is not None and not pairs.pairs)

    # -- loading -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the list's report, then the people in it, one after the other (the first rows first)."""
        self._cancel_people()
        show_message(self.error, "")
        self._report.run(fetch_report(self.client, self.face_list.identifier), on_success=self._report_arrived,
                         on_error=self._report_failed, busy=self.tr("Looking for people enrolled twice…"))

    def _report_arrived(self, report: ListReport | None) -> None:
        if report is None:
            show_message(self.error, self.tr("This service cannot look for people enrolled twice."))
            return
        self.pairs = DuplicatePairs.of(report)
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        for pair in self.pairs.pairs:
            row = PairRow(pair, self._open, self.mark_not_same, self.container)
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self.rows[pair_key(pair)] = row
        self._show_count()
        self.countChanged.emit(self.pairs.total)
        self._people = self.ops.run_async(self._fetch_people(self.pairs), quiet=True)

    def _report_failed(self, problem: Problem) -> None:
        show_message(self.error, self.tr("The possible duplicates could not be loaded. {0}").format(problem.text))

    async def _fetch_people(self, pairs: DuplicatePairs) -> None:
        for record_id in pairs.record_ids():
            try:
                record: FaceRecord | None = await self.client.records.get(record_id)
            except errors.FaceCheckError:
                record = None
            photo = None
            if record is not None and record.face_image:
                photo = await self.ops.call_blocking(decode_photo, record.face_image)
            if pairs is not self.pairs:
                return  # reloaded meanwhile
            pairs.person_arrived(record_id, record)
            for row in self.rows.values():
                card = row.cards.get(record_id)
                if card is not None:
                    card.arrived(record, photo)

    def _cancel_people(self) -> None:
        if self._people is not None:
            self._people.cancel()
            self._people = None

    def done(self, result: int) -> None:
        self._report.cancel()
        self._cancel_people()
        super().done(result)

    # -- the operator's answers ----------------------------------------------------------------------------

    def _open(self, record_id: str) -> None:
        self.openRecord.emit(record_id)
        self.accept()

    def mark_not_same(self, pair: PossibleDuplicate) -> None:
        """"Not the same person": the service stops reporting the pair, then the row goes."""
        key = pair_key(pair)
        row = self.rows.get(key)
        if row is None or key in self.marking:
            return
        self.marking.add(key)
        row.not_same_button.setEnabled(False)
        show_message(row.error, "")
        work = self.client.lists.mark_not_same_person(self.face_list.identifier, record_a=pair.a, record_b=pair.b)
        self.ops.run_async(work, on_success=lambda _done: self._marked(pair),
                           on_error=lambda problem: self._mark_failed(pair, problem),
                           busy=self.tr("Saving…"))

    def _marked(self, pair: PossibleDuplicate) -> None:
        key = pair_key(pair)
        self.marking.discard(key)
        if self._log is not None:  # identifiers only, as every activity-log entry
            self._log("list_update", record_ids=list(key), list_ids=[self.face_list.identifier],
                      details={"change": "not_same_person"})
        row = self.rows.pop(key, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        if self.pairs is not None and self.pairs.marked_not_same(pair):
            self.countChanged.emit(self.pairs.total)
        self._show_count()

    def _mark_failed(self, pair: PossibleDuplicate, problem: Problem) -> None:
        key = pair_key(pair)
        self.marking.discard(key)
        row = self.rows.get(key)
        if row is not None:
            row.not_same_button.setEnabled(True)
            show_message(row.error, self.tr("Not saved. {0}").format(problem.text))
