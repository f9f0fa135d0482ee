"""What every "choose a photo" file dialog of the station offers, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facestation.station.core.camera.sources import IMAGE_SUFFIXES


def photo_name_filters() -> list[str]:
    """The name filters of a dialog choosing a photo: every suffix the station reads, in both cases (Qt's own
    dialog matches patterns case-sensitively on Linux, and cameras write .JPG), then all files."""
    patterns = " ".join(f"*{suffix} *{suffix.upper()}" for suffix in sorted(IMAGE_SUFFIXES))
    return [QCoreApplication.translate("PhotoFiles", "Photos (%s)") % patterns,
            QCoreApplication.translate("PhotoFiles", "All files (*)")]
