"""The record card shows what it is given, except where a raw server value could mislead the operator."""

from __future__ import annotations

from typing import Any

from facestation.api import FaceRecordSummary
from facestation.station.ui.widgets.record_view import RecordView


def _record(file_name: str | None) -> FaceRecordSummary:
    return FaceRecordSummary(identifier="r1", name="Ana", surname1="Ruiz", surname2=None, external_identifier="M-1",
                             additional_data_file_name=file_name, enabled=True, face_list_id=None, created_utc=None)


def test_the_attached_file_name_is_shown_as_it_would_be_saved(qtbot: Any) -> None:
    view = RecordView()
    qtbot.addWidget(view)
    # U+202E (right-to-left override) makes "invoice\u202efdp.exe" read as "invoiceexe.pdf"
    view.show_record(_record("invoice\u202efdp.exe"))
    shown = view.values["attachment"].text()
    assert "\u202e" not in shown and shown.endswith(".exe")
    view.show_record(_record(None))
    assert view.values["attachment"].text() == "No file attached"
