"""The chosen list's calibration on the Lists page: a line in plain words ("About 1 in 3,000 strangers would be
matched to someone in this list.") and the "Possible duplicates (N)" button, from the list's report.

The report is fetched in the background (one `LatestRequest`: choosing another list drops a late answer) when a
list is chosen and after its members changed. A server without the report extension (the hosted service) shows
neither; an error shows one muted line and never stops the page. The words come from
`core.lists.calibration_words`; the texts are in the Lists page's translation context ("ListsPanel")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from facestation.api import FaceCheckClient, ListReport
from facestation.station.core.lists.calibration_words import estimate_text
from facestation.station.core.lists.duplicates import fetch_report
from facestation.station.ui.dialogs.settings.calibration_target import grouped_number
from facestation.station.ui.kit import Problem, role_label
from facestation.station.ui.ops import LatestRequest, Operations
from facestation.station.ui.panels.lists.common import page_button

__all__ = ["ReportLine"]


class ReportLine:
    """The estimate label and the duplicates button, the page's children; `layout` goes under the list's name.
    `report` is the chosen list's last report (None: none, not yet, or the server has no such extension)."""

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        self.estimate = role_label("hint", parent)
        self.estimate.setObjectName("listEstimate")
        self.duplicates_button: QPushButton = page_button(parent, "duplicatesButton")
        self.layout = QVBoxLayout()
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.layout.setSpacing(6)
        self.layout.addWidget(self.estimate)
        row = QHBoxLayout()
        row.addWidget(self.duplicates_button)
        row.addStretch(1)
        self.layout.addLayout(row)
        self.report: ListReport | None = None
        self.list_id: str | None = None
        self.failed = False
        self._request = LatestRequest(ops)
        self.show()

    @property
    def loading(self) -> bool:
        return self._request.busy

    def load(self, client: FaceCheckClient, list_id: str) -> None:
        """Fetch `list_id`'s report; the line keeps what it showed for the same list until the answer comes."""
        if list_id != self.list_id:
            self.report, self.failed = None, False
        self.list_id = list_id
        self.show()
        self._request.run(fetch_report(client, list_id), quiet=True,
                          on_success=lambda report: self._arrived(list_id, report), on_error=self._failed)

    def clear(self) -> None:
        """No list chosen (or one made offline, or sign-out): nothing shown, nothing on its way."""
        self._request.cancel()
        self.report, self.list_id, self.failed = None, None, False
        self.show()

    def duplicates_changed(self, total: int) -> None:
        """The duplicates view took pairs away: the button's count follows at once."""
        if self.report is not None:
            self.report = ListReport(self.report.members, self.report.calibration, self.report.possible_duplicates,
                                     total)
        self.show()

    def _arrived(self, list_id: str, report: ListReport | None) -> None:
        if list_id == self.list_id:
            self.report, self.failed = report, False
            self.show()

    def _failed(self, _problem: Problem) -> None:
        self.failed = True
        self.show()

    def show(self) -> None:
        """Show the texts for what is known (also on a language change)."""
        report = self.report
        if report is not None:
            text = estimate_text(report.calibration, QCoreApplication.translate, grouped_number)
        elif self.failed:
            text = QCoreApplication.translate("ListsPanel", "How likely a stranger is matched in this list cannot be "
                                              "shown right now.")
        else:
            text = ""
        self.estimate.setText(text)
        self.estimate.setVisible(bool(text))
        self.estimate.setToolTip(QCoreApplication.translate(
            "ListsPanel", "A stranger is someone who is not in the list. The station works this out from the "
            "faces in the list and the confidence a match needs here.") if report is not None else "")
        count = report.possible_duplicates_total if report is not None else 0
        self.duplicates_button.setText(QCoreApplication.translate("ListsPanel", "Possible &duplicates ({0})")
                                       .format(count))
        self.duplicates_button.setToolTip(QCoreApplication.translate(
            "ListsPanel", "People in this list whose faces look alike enough to be one person enrolled twice."))
        self.duplicates_button.setVisible(report is not None)
        self.duplicates_button.setEnabled(count > 0)
