"""The Records page's files: the person's photo (decoded for the view, or read from a file to replace it) and
their attached file (what it is, worked out once; a private temporary copy to open it with the system's
program). The checks and copies themselves live in facestation.station.core.attachments."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage

from facestation.api import FaceRecord
from facestation.station.core.attachments import AttachmentCheck, check_attachment
from facestation.station.ui.ops import Operations
from facestation.station.ui.widgets.record_view import PHOTO_SIZE

__all__ = ["MAX_PHOTO_BYTES", "AttachmentFiles", "decode_photo", "open_with_system", "read_photo"]

MAX_PHOTO_BYTES = 15 * 1024 * 1024


def decode_photo(data: bytes) -> QImage | None:
    """Decode and shrink a stored photo for the view (in a worker thread: a QImage may be made in any)."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaled(PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def read_photo(path: Path) -> bytes | str:
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


def open_with_system(path: Path) -> bool:
    """Open a file with the system's program for it; False when none would."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentFiles:
    """The shown person's attached file: what it is (checked once per file) and the page's private folder for
    the copies it opens (readable only by this user; deleted at sign-out)."""

    def __init__(self, ops: Operations) -> None:
        self._ops = ops
        self._checked: tuple[bytes, str | None, AttachmentCheck] | None = None  # file, name, verdict
        self.temp_dir: Path | None = None

    def check(self, record: FaceRecord | None) -> AttachmentCheck | None:
        """What the record's attached file is, or None without one."""
        if record is None or record.additional_data is None:
            self._checked = None
            return None
        cached = self._checked
        if cached is None or cached[0] is not record.additional_data or cached[1] != record.additional_data_file_name:
            verdict = check_attachment(record.additional_data, record.additional_data_file_name)
            cached = self._checked = record.additional_data, record.additional_data_file_name, verdict
        return cached[2]

    def private_folder(self) -> Path:
        if self.temp_dir is None:
            # mkdtemp: readable only by this user; one folder per page, deleted at sign-out.
            self.temp_dir = Path(tempfile.mkdtemp(prefix="facestation-records-"))
        return self.temp_dir

    def remove_temp_files(self) -> None:
        folder, self.temp_dir = self.temp_dir, None
        if folder is None:
            return
        try:
            self._ops.run_blocking(shutil.rmtree, folder, True, quiet=True)
        except RuntimeError:  # no running loop (the station is closing): a small folder, remove it here
            shutil.rmtree(folder, ignore_errors=True)
