"""One stored person at a glance: their photo beside their details (name, number, status, when they were
enrolled, main list, attached file). Read-only; the Records page puts its actions underneath."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facestation.api import FaceRecordSummary
from facestation.station.core.attachments import safe_file_name
from facestation.station.ui.kit import RetranslateMixin, role_label

__all__ = ["PHOTO_SIZE", "RecordView", "local_time_text"]

PHOTO_SIZE = QSize(168, 224)  # the 3:4 of an ICAO portrait


def local_time_text(moment: datetime | None) -> str:
    """A service timestamp in the station's time zone, "2024-05-01 14:30" (unambiguous in every country), or ""."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class RecordView(RetranslateMixin, QWidget):
    """The photo and the details of one record. `show_record()` fills it, `set_photo()` sets the decoded
    photo (decoding happens off the GUI thread), `clear()` forgets everything (sign-out)."""

    FIELDS = ("name", "surnames", "external_identifier", "status", "created", "main_list", "attachment")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: FaceRecordSummary | None = None
        self._list_name: str | None = None
        self._has_photo = False

        self.photo = QLabel(self)
        self.photo.setObjectName("recordPhoto")
        self.photo.setFixedSize(PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setWordWrap(True)
        self.photo.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = role_label("title", self)
        self.title.setObjectName("recordTitle")
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key in self.FIELDS:
            label = role_label("hint", self, wrap=False)
            value = QLabel(self)
            value.setObjectName(f"record_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.values[key] = value
            form.addRow(label, value)

        # The photo and the name side by side, the details below at the full width: long values (a file name,
        # "Active: can be recognised") fit on one line instead of wrapping in a narrow column.
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {"name": self.tr("First name"), "surnames": self.tr("Surnames"),
                 "external_identifier": self.tr("Member no."), "status": self.tr("Status"),
                 "created": self.tr("Enrolled"), "main_list": self.tr("Main list"),
                 "attachment": self.tr("Attached file")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        if not self._has_photo:
            self.photo.setText(self.tr("No photo") if self._record is not None else "")
        self._fill()

    @property
    def record(self) -> FaceRecordSummary | None:
        return self._record

    def show_record(self, record: FaceRecordSummary, list_name: str | None = None) -> None:
        """Show a record's details; `list_name` names its main list (None: its id is shown)."""
        self._record = record
        self._list_name = list_name
        self._fill()

    def _fill(self) -> None:
        record = self._record
        if record is None:
            self.title.clear()
            for value in self.values.values():
                value.clear()
            return
        dash = "—"
        self.title.setText(record.full_name)
        surnames = " ".join(part for part in (record.surname1, record.surname2) if part)
        main_list = self._list_name or record.face_list_id
        texts = {
            "name": record.name or dash,
            "surnames": surnames or dash,
            "external_identifier": record.external_identifier or self.tr("None"),
            "status": self.tr("Active: can be recognised") if record.enabled
            else self.tr("Turned off: is not recognised"),
            "created": local_time_text(record.created_utc) or dash,
            "main_list": main_list or self.tr("None"),
            # Cleaned as it would be saved: a raw name can hide its real extension (U+202E turns "fdp.exe" round).
            "attachment": safe_file_name(record.additional_data_file_name) if record.additional_data_file_name
            else self.tr("No file attached"),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def set_photo(self, image: QImage | None) -> None:
        """The decoded face photo (None or a null image: the record's photo could not be shown)."""
        if image is None or image.isNull():
            self._has_photo = False
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("The photo cannot be shown") if self._record is not None else "")
            return
        self._has_photo = True
        scaled = image.scaled(PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        self.photo.setPixmap(QPixmap.fromImage(scaled))

    @property
    def has_photo(self) -> bool:
        return self._has_photo and not self.photo.pixmap().isNull()

    def texts(self) -> dict[str, str]:
        """What the view shows, by field (tests and screenshots)."""
        return {key: value.text() for key, value in self.values.items()}

    def clear(self) -> None:
        self._record = None
        self._list_name = None
        self._has_photo = False
        self.photo.setPixmap(QPixmap())
        self.photo.clear()
        self._fill()
