"""The captured portrait beside its verdict (passes every check, or which it does not pass), or, while there is
none, a hint saying who takes the photo. Part of the capture panel: beside the checklist, or under the preview
on a narrow window (`set_narrow`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facestation.station.core.camera.pipeline import CaptureResult
from facestation.station.ui.images import bgr_to_qpixmap
from facestation.station.ui.kit import role_label
from facestation.station.ui.theme import set_style_property
from facestation.station.ui.widgets.qa_checklist import check_label
from facestation.vision.quality import OVERALL

__all__ = ["CapturedPhotoCard"]

_PORTRAIT_SIZE = (120, 160)  # the ICAO 3:4 token, shown small
_COMPACT_PORTRAIT_SIZE = (90, 120)
_NARROW_PORTRAIT_SIZE = (75, 100)  # under the preview on a 1024-pixel screen: the text beside it keeps room


class CapturedPhotoCard(QFrame):
    """The captured portrait with its verdict, or a hint while there is none."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("CapturedPhotoCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._capture: CaptureResult | None = None
        self._automatic = True
        self._narrow = False
        self._full_verdict = ""
        self._title = role_label("heading", self, wrap=False)
        self._photo = role_label("photo", self)
        self._photo.setObjectName("capturedPhoto")
        self._photo.setFixedSize(*(_COMPACT_PORTRAIT_SIZE if compact else _PORTRAIT_SIZE))
        self._photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._verdict = QLabel(self)
        self._verdict.setObjectName("captureVerdict")
        self._verdict.setWordWrap(True)
        self._how = role_label("hint", self)
        self._how.setObjectName("captureHow")
        self._compact = compact
        self._text_column = QVBoxLayout()
        self._text_column.setSpacing(6)
        self._text_column.addWidget(self._verdict)
        self._text_column.addWidget(self._how)
        self._text_column.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self._photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(self._text_column, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 10)
        self._layout.addWidget(self._title)
        self._layout.addLayout(row)
        self.retranslate_ui()

    def set_narrow(self, narrow: bool) -> None:
        """Low and wide (under the preview on a 1024-pixel screen): the title beside a smaller photo, above
        the verdict, instead of above the photo."""
        self._narrow = narrow
        self._layout.removeWidget(self._title)
        self._text_column.removeWidget(self._title)
        if narrow:
            self._text_column.insertWidget(0, self._title)
        else:
            self._layout.insertWidget(0, self._title)
        self._photo.setFixedSize(*(_NARROW_PORTRAIT_SIZE if narrow else
                                   _COMPACT_PORTRAIT_SIZE if self._compact else _PORTRAIT_SIZE))
        if self._capture is not None:
            self._show_portrait(self._capture)
        self._refresh()

    @property
    def capture(self) -> CaptureResult | None:
        return self._capture

    @property
    def verdict_text(self) -> str:
        """The whole verdict, with the checks not passed (narrow, the card shows its first line only)."""
        return self._full_verdict

    def photo_label(self) -> QLabel:
        return self._photo

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Photo"))
        self._refresh()

    def show_capture(self, capture: CaptureResult) -> None:
        self._capture = capture
        self._show_portrait(capture)
        self._refresh()

    def _show_portrait(self, capture: CaptureResult) -> None:
        self._photo.setPixmap(bgr_to_qpixmap(capture.portrait).scaled(
            self._photo.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def clear(self) -> None:
        self._capture = None
        self._photo.clear()
        self._refresh()

    def set_automatic(self, automatic: bool) -> None:
        """Whether the photo takes itself: the hint shown while there is none says who takes it."""
        self._automatic = automatic
        self._refresh()

    def _show_verdict(self, verdict: str) -> None:
        # Narrow, under the preview, the checks not passed would push the preview smaller; the checklist beside
        # it marks them already, so the card keeps the headline and the whole verdict goes in its tooltip.
        self._full_verdict = verdict
        lines = verdict.splitlines()
        self._verdict.setText(lines[0] if self._narrow and lines else verdict)
        self._verdict.setToolTip(verdict if self._narrow and len(lines) > 1 else "")

    def _refresh(self) -> None:
        capture = self._capture
        if capture is None:
            self._photo.setText(self.tr("No photo yet"))
            set_style_property("empty", True, self._photo)
            if self._automatic:
                self._show_verdict(self.tr("Taken automatically when every check is green."))
            else:
                self._show_verdict(self.tr("Press “Take photo now” when every check is green."))
            set_style_property("outcome", "", self._verdict)
            self._how.setText("")
            self.setAccessibleName(self.tr("No photo taken yet"))
            return
        set_style_property("empty", False, self._photo)
        report = capture.report
        if report.passed:
            verdict = self.tr("✓ Passes every check")
        else:
            failed = [check_label(name) for name, check in report.checks.items()
                      if not check.passed and name != OVERALL]
            verdict = self.tr("✗ Does not pass every check")
            if failed:
                verdict += "\n" + self.tr("Not passed: %s") % ", ".join(failed)
        self._show_verdict(verdict)
        set_style_property("outcome", "pass" if report.passed else "fail", self._verdict)
        self._how.setText(self.tr("Taken by hand") if capture.manual else self.tr("Taken automatically"))
        self.setAccessibleName(verdict)
