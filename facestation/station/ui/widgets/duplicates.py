"""The possible-matches view of the Enrol page: before a new person is created, the people already enrolled who
look like them, side by side with the photo just taken, so the operator can decide "same person" or not.

    dialog = DuplicatesDialog(capture.jpeg, duplicates, parent=panel)
    dialog.finished.connect(on_finished)   # Accepted: "Enrol anyway"; Rejected: "Cancel"
    dialog.open()                          # never exec(): the station runs under qasync
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facestation.station.core.enrolment import PossibleDuplicate
from facestation.station.ui.kit import RetranslateMixin, role_label

__all__ = ["DuplicateRow", "DuplicatesDialog"]

_PHOTO_SIZE = (132, 176)  # 3:4, like the portraits the station takes


def _photo_label(parent: QWidget, data: bytes | None, missing_text: str) -> QLabel:
    label = role_label("photo", parent)
    label.setFixedSize(*_PHOTO_SIZE)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    pixmap = QPixmap()
    # A portrait JPEG of some tens of KB: decoding it here is cheaper than a round trip to a worker.
    if data and pixmap.loadFromData(data):
        label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        label.setProperty("empty", False)
    else:
        label.setText(missing_text)
        label.setProperty("empty", True)  # the theme draws a dashed frame
    return label


class DuplicateRow(QFrame):
    """One possible match: the new photo | the enrolled photo | who it is and how alike they are."""

    def __init__(self, probe_jpeg: bytes, duplicate: PossibleDuplicate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate = duplicate
        self.probe_photo = _photo_label(self, probe_jpeg, "")
        self.enrolled_photo = _photo_label(self, duplicate.face_image, "")
        self.probe_caption = role_label("hint", self)
        self.enrolled_caption = role_label("hint", self)
        self.name = QLabel(self)
        self.name.setObjectName("duplicateName")
        self.name.setWordWrap(True)
        self.number = QLabel(self)
        self.number.setObjectName("duplicateNumber")
        self.lists = role_label("hint", self)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("duplicateVerdict")
        self.verdict.setWordWrap(True)
        # The theme's red for "same person" (do not enrol twice), amber for "possibly".
        self.verdict.setProperty("tone", "red" if duplicate.same_person else "amber")

        photos = QHBoxLayout()
        photos.setSpacing(10)
        for photo, caption in ((self.probe_photo, self.probe_caption), (self.enrolled_photo, self.enrolled_caption)):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(photo)
            column.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
            photos.addLayout(column)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.verdict)
        text.addWidget(self.name)
        text.addWidget(self.number)
        text.addWidget(self.lists)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(16)
        layout.addLayout(photos)
        layout.addLayout(text, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        duplicate = self.duplicate
        self.probe_caption.setText(self.tr("Photo just taken"))
        self.enrolled_caption.setText(self.tr("Already enrolled"))
        if self.enrolled_photo.pixmap().isNull():
            self.enrolled_photo.setText(self.tr("No photo"))
        self.name.setText(duplicate.full_name or self.tr("(no name)"))
        self.number.setText(self.tr("Member / employee no.: {0}").format(duplicate.external_identifier)
                            if duplicate.external_identifier else self.tr("No member / employee no."))
        self.lists.setText(self.tr("In: {0}").format(", ".join(duplicate.list_names)) if duplicate.list_names
                           else "")
        self.lists.setVisible(bool(duplicate.list_names))
        verdict = self.tr("Same person") if duplicate.same_person else self.tr("Possibly the same person")
        self.verdict.setText(self.tr("{0} ({1} % alike)").format(verdict, f"{duplicate.confidence:.0f}"))
        self.setAccessibleName(self.tr("{0}: {1}").format(verdict, duplicate.full_name))

    @property
    def verdict_text(self) -> str:
        return self.verdict.text()


class DuplicatesDialog(RetranslateMixin, QDialog):
    """"This person may already be enrolled": the possible matches, with "Cancel" (the default: nothing is
    created) and "Enrol anyway". Window-modal; open it with `open()` and listen to `finished`/`accepted`."""

    def __init__(self, probe_jpeg: bytes, duplicates: Sequence[PossibleDuplicate],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.duplicates = list(duplicates)
        self.resize(760, 0)  # as high as the content needs (at least), as wide as a row reads well
        self.setMinimumWidth(620)

        self.title = role_label("title", self)
        self.explanation = role_label("subtitle", self)
        self.rows = [DuplicateRow(probe_jpeg, duplicate) for duplicate in self.duplicates]
        rows_widget = QWidget()
        rows_layout = QVBoxLayout(rows_widget)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.setSpacing(10)
        for row in self.rows:
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(rows_widget)
        # Up to two matches show whole, without a scroll bar; more scroll.
        shown = self.rows[:2]
        self.scroll.setMinimumHeight(sum(row.sizeHint().height() for row in shown) + 10 * len(shown))

        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("duplicatesCancel")
        self.enrol_anyway_button = QPushButton(self)
        self.enrol_anyway_button.setObjectName("duplicatesEnrolAnyway")
        for button in (self.cancel_button, self.enrol_anyway_button):
            button.setMinimumHeight(56)
            button.setMinimumWidth(200)
        # Enter keeps things as they are: creating a second record of one person must be a deliberate choice.
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)
        self.enrol_anyway_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.enrol_anyway_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addStretch(1)
        buttons.addWidget(self.enrol_anyway_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.scroll, 1)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.cancel_button, self.enrol_anyway_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Already enrolled?"))
        if len(self.duplicates) == 1:
            self.title.setText(self.tr("This person may already be enrolled"))
        else:
            self.title.setText(self.tr("This person may already be enrolled ({0} possible matches)").format(
                len(self.duplicates)))
        self.explanation.setText(self.tr(
            "Compare the photos. If it is the same person, press Cancel: nothing is saved, and you can find them "
            "on the Records page. If it is someone else, press Enrol anyway."))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.enrol_anyway_button.setText(self.tr("&Enrol anyway"))
        for row in self.rows:
            row.retranslate_ui()

