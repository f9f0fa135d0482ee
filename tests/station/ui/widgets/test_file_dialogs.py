"""Every "choose a photo" dialog offers each readable suffix in both cases: Qt's own dialog matches patterns
case-sensitively on Linux, and cameras write .JPG."""

from __future__ import annotations

from facestation.station.core.camera.sources import IMAGE_SUFFIXES
from facestation.station.ui.widgets.file_dialogs import photo_name_filters


def test_photo_filters_name_every_suffix_in_both_cases_then_all_files() -> None:
    photos, everything = photo_name_filters()
    patterns = photos[photos.index("(") + 1 : photos.rindex(")")].split()
    assert sorted(patterns) == sorted({f"*{s}" for s in IMAGE_SUFFIXES} | {f"*{s.upper()}" for s in IMAGE_SUFFIXES})
    assert photos.startswith("Photos (") and everything == "All files (*)"
