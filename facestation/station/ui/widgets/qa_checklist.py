"""The eight photo checks as a list the operator (and the person in front) can read at a glance."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facestation.station.core.camera.pipeline import PipelineResult
from facestation.station.ui.kit import RetranslateMixin
from facestation.station.ui.theme import set_style_property
from facestation.vision import quality
from facestation.vision.quality import CHECK_NAMES, QualityReport

__all__ = ["QaChecklist", "check_label"]


def check_label(name: str) -> str:
    """The human name of one of the API's checks (translated)."""
    translate = QCoreApplication.translate
    labels = {
        quality.VERTICAL_POSITION: translate("QaChecklist", "Face at the right height"),
        quality.HORIZONTAL_CENTRE: translate("QaChecklist", "Face in the middle"),
        quality.EXPOSURE: translate("QaChecklist", "Good lighting"),
        quality.EYES_NOT_RED: translate("QaChecklist", "No red eyes"),
        quality.RESOLUTION: translate("QaChecklist", "Right distance from the camera"),
        quality.ONE_FACE: translate("QaChecklist", "Only one person"),
        quality.FRONTAL: translate("QaChecklist", "Looking straight ahead"),
        quality.OVERALL: translate("QaChecklist", "Overall photo quality"),
    }
    return labels.get(name, name)


_ICON_SIZE = 30  # the theme's `QLabel#qaMark` rounds it with half of this


class _CheckRow(QWidget):
    """One check: a round mark (tick, cross, or dash while unknown) and its name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.state: bool | None = None
        self.detail = ""
        self.icon = QLabel(self)
        self.icon.setObjectName("qaMark")
        self.icon.setFixedSize(_ICON_SIZE, _ICON_SIZE)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(self)
        self.label.setObjectName("qaName")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.label, 1)
        self.refresh()

    def refresh(self) -> None:
        if self.state is None:
            glyph, status = "–", QCoreApplication.translate("QaChecklist", "not checked yet")
        elif self.state:
            glyph, status = "✓", QCoreApplication.translate("QaChecklist", "passed")
        else:
            glyph, status = "✗", QCoreApplication.translate("QaChecklist", "not passed")
        self.icon.setText(glyph)
        text = check_label(self.name)
        self.label.setText(text)
        # The theme's round mark (grey, green or red) and a bold name for a check that did not pass.
        passed = "" if self.state is None else str(self.state).lower()
        set_style_property("passed", passed, self.icon, self.label)
        self.setToolTip(self.detail)
        self.setAccessibleName(f"{text}: {status}")


class QaChecklist(RetranslateMixin, QWidget):
    """The eight checks with human names and a green tick or red cross each; a dash before the first result.

    `set_checks` (or `set_result` / `set_report`) repaints only the rows whose state really changed, and
    `checksChanged` fires only then."""

    checksChanged = Signal(object)  # dict[str, bool | None]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = QLabel(self)
        self._title.setObjectName("qaTitle")
        self._rows = {name: _CheckRow(name, self) for name in CHECK_NAMES}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._title)
        for row in self._rows.values():
            layout.addWidget(row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Photo checks"))
        self.setAccessibleName(self.tr("Photo checks"))
        for row in self._rows.values():
            row.refresh()

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._rows)

    def state(self, name: str) -> bool | None:
        """True (passed), False (failed) or None (not known yet) for one check."""
        return self._rows[name].state

    def states(self) -> dict[str, bool | None]:
        return {name: row.state for name, row in self._rows.items()}

    def row(self, name: str) -> QWidget:
        return self._rows[name]

    # -- input ----------------------------------------------------------------------------------------------

    def set_checks(self, checks: Mapping[str, bool] | None, details: Mapping[str, str] | None = None) -> bool:
        """Show these verdicts (None: all unknown). Returns whether anything changed."""
        changed = False
        for name, row in self._rows.items():
            state = None if checks is None else checks.get(name)
            detail = (details or {}).get(name, "")
            if state != row.state or detail != row.detail:
                state_changed = state != row.state
                row.state, row.detail = state, detail
                if state_changed:
                    row.refresh()
                    changed = True
                else:
                    row.setToolTip(detail)
        if changed:
            self.checksChanged.emit(self.states())
        return changed

    @Slot(object)
    def set_result(self, result: PipelineResult) -> None:
        """The steady (tracked) verdicts of a live analysis, with each check's message as a tooltip."""
        details = {name: check.message for name, check in result.report.checks.items()}
        self.set_checks(result.state.checks, details)

    @Slot(object)
    def set_report(self, report: QualityReport) -> None:
        """The verdicts of one photo (a capture): frozen, no smoothing."""
        self.set_checks({name: check.passed for name, check in report.checks.items()},
                        {name: check.message for name, check in report.checks.items()})

    @Slot()
    def clear(self) -> None:
        self.set_checks(None)
