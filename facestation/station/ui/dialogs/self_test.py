"""The camera self-test screen: what to do, a live preview with a countdown while the test runs, then one row per
check with a pass (✓) or advice (!) mark, its title and its sentence, in the station's language
(the advice first: what to fix is what the desk came for).

The measuring is `run_self_test` (facestation.station.core.camera.self_test), which blocks for the whole test:
it runs in the station's helper for background work (`Operations.run_blocking`), opening the source there too
(a Qt camera must not be waited for on the GUI thread). Its `on_result` pass-through feeds the preview and the
progress bar through a queued signal; Cancel and closing the dialog set its `stop` event, so the camera is free
again within a frame or two. Saving the result, the activity log and freeing the camera from the page that holds
it are the host's (self_test_host.py): this dialog only says what it measured (`testFinished`).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facestation.station.core.camera import SourceFactory
from facestation.station.core.camera.frames import CameraError
from facestation.station.core.camera.pipeline import PipelineResult
from facestation.station.core.camera.self_test import (
    CHECK_TITLES,
    DEFAULT_SELF_TEST_SECONDS,
    SelfTestLine,
    SelfTestReport,
    run_self_test,
)
from facestation.station.ui.kit import (
    RetranslateMixin,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import Operations, OpHandle, Problem
from facestation.station.ui.widgets.camera_view import CameraView
from facestation.vision.capture import AutoCaptureSettings

__all__ = ["SelfTestDialog", "check_title", "line_sentence"]

_MARK_SIZE = 30  # the QA checklist's mark (theme: QLabel#qaMark)
REOPEN_WAIT_SECONDS = 1.5
MIN_SIZE = QSize(560, 480)
MAX_SIZE = QSize(1200, 900)  # past this the rows get long lines and the preview no larger face


def check_title(check: str) -> str:
    """A check's title in the station's language ("exposure" -> "Light on the face")."""
    title = CHECK_TITLES.get(check)
    return QCoreApplication.translate("SelfTest", title) if title is not None else check


def line_sentence(line: SelfTestLine) -> str:
    """A line's sentence in the station's language; the quoted live guidance is translated as the banner shows
    it. A translation that lost a placeholder falls back to English rather than fail."""
    params: dict[str, Any] = dict(line.params)
    if isinstance(params.get("guidance"), str):
        params["guidance"] = QCoreApplication.translate("Guidance", params["guidance"])
    try:
        return QCoreApplication.translate("SelfTest", line.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return line.template.format(**params)


class CheckRow(QWidget):
    """One line of the report: the mark, the check's title, and the sentence under it (wrapped)."""

    def __init__(self, line: SelfTestLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = line
        self.setObjectName("selfTestRow")
        self.mark = QLabel("\u2713" if line.passed else "!", self)
        self.mark.setObjectName("qaMark")
        self.mark.setProperty("passed", "true" if line.passed else "false")
        self.mark.setFixedSize(_MARK_SIZE, _MARK_SIZE)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = role_label("value", self)
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.sentence.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.sentence)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(12)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        verdict = (QCoreApplication.translate("SelfTestDialog", "passed") if self.line.passed
                   else QCoreApplication.translate("SelfTestDialog", "advice"))
        self.title.setText(check_title(self.line.check))
        self.sentence.setText(line_sentence(self.line))
        self.mark.setAccessibleName(verdict)
        self.setAccessibleName(f"{self.title.text()}: {verdict}")
        self.setAccessibleDescription(self.sentence.text())


class _Relay(QObject):
    """Carries the analyses from the pipeline's thread to the GUI thread (a queued signal)."""

    analysed = Signal(object, float)  # (PipelineResult, seconds into the test)


class SelfTestDialog(RetranslateMixin, QDialog):
    """Start → preview and countdown → report. `factory()` gives the source to test (the station's camera, or
    the file of `--camera`), or None when there is none. `testFinished(report)` when a test ran to its end (not
    when cancelled); the host saves and logs it."""

    PAGE_INTRO, PAGE_RUNNING, PAGE_REPORT = range(3)

    testFinished = Signal(object)  # SelfTestReport

    def __init__(self, factory: Callable[[], SourceFactory | None], ops: Operations, parent: QWidget | None = None,
                 *, seconds: float = DEFAULT_SELF_TEST_SECONDS, asked_resolution: tuple[int, int] | None = None,
                 auto_capture_settings: AutoCaptureSettings | None = None, mirrored: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("selfTestDialog")
        self.factory = factory
        self.ops = ops
        self.seconds = seconds
        self.asked_resolution = asked_resolution
        self.auto_capture_settings = auto_capture_settings
        self.report: SelfTestReport | None = None
        self.problem_text = ""
        self._stop: threading.Event | None = None
        self._handle: OpHandle | None = None
        self._rows: list[CheckRow] = []
        self.setMinimumSize(MIN_SIZE)
        screen = QGuiApplication.primaryScreen()
        self.fit_to_screen(screen.availableSize() if screen is not None else QSize(1024, 728))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self._build_intro(mirrored)
        self._build_running(mirrored)
        self._build_report()
        self.retranslate_ui()
        self.show_page(self.PAGE_INTRO)

    def fit_to_screen(self, available: QSize) -> None:
        """A size that leaves the desk's screen around it (the preview grows on a large screen), within
        MIN_SIZE and MAX_SIZE; Qt keeps it on a smaller screen than the minimum."""
        roomy = max(round(available.width() * 0.7), min(900, available.width() - 80))
        width = min(MAX_SIZE.width(), max(MIN_SIZE.width(), roomy))
        height = min(MAX_SIZE.height(), max(MIN_SIZE.height(), available.height() - 60))
        self.resize(min(width, available.width()), min(height, available.height()))

    # -- pages -------------------------------------------------------------------------------------------

    def _page(self) -> QVBoxLayout:
        page = QWidget(self.pages)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.pages.addWidget(page)
        return layout

    @staticmethod
    def _button_row(layout: QVBoxLayout, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            button.setMinimumHeight(44)
            row.addWidget(button)
        layout.addLayout(row)

    def _build_intro(self, mirrored: bool) -> None:
        layout = self._page()
        self.intro_title = role_label("title")
        self.intro_text = role_label("subtitle")
        self.intro_text.setObjectName("selfTestInstruction")
        self.intro_steps = role_label("pageText")
        self.intro_steps.setObjectName("selfTestSteps")
        self.intro_steps.setTextFormat(Qt.TextFormat.RichText)
        self.intro_hint = role_label("hint")
        layout.addWidget(self.intro_title)
        layout.addWidget(self.intro_text)
        layout.addSpacing(8)
        layout.addWidget(self.intro_steps)
        layout.addSpacing(8)
        layout.addWidget(self.intro_hint)
        layout.addStretch(1)
        self.start_button = primary_button()
        self.start_button.setObjectName("selfTestStart")
        self.intro_close = QPushButton()
        self.intro_close.setObjectName("selfTestClose")
        self._button_row(layout, self.intro_close, self.start_button)
        self.start_button.clicked.connect(self.start)
        self.intro_close.clicked.connect(self.reject)

    def _build_running(self, mirrored: bool) -> None:
        layout = self._page()
        self.running_text = role_label("subtitle")
        self.running_text.setObjectName("selfTestRunningText")
        # The whole frame, not the Enrol page's face crop: the test judges what the camera sees (backlight,
        # where people stand), and the room around the person is part of that.
        self.view = CameraView(mirrored=mirrored, freeze_on_capture=False, zoom=False)
        self.view.setObjectName("selfTestPreview")
        self.view.set_sound_enabled(False)  # the test's auto-capture is measured, not a photo taken
        self.progress = QProgressBar()
        self.progress.setObjectName("selfTestProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(14)
        self.time_left = role_label("hint", wrap=False)
        self.time_left.setObjectName("selfTestTimeLeft")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.time_left)
        layout.addWidget(self.running_text)
        layout.addWidget(self.view, 1)
        layout.addLayout(progress_row)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("selfTestCancel")
        self._button_row(layout, self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)

    def _build_report(self) -> None:
        layout = self._page()
        self.verdict = role_label("heading")
        self.verdict.setObjectName("selfTestVerdict")
        self.next_step = role_label("hint")
        self.next_step.setObjectName("selfTestNextStep")
        self.problem = role_label("error")
        self.problem.setObjectName("selfTestProblem")
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 8, 0)
        self.rows_layout.setSpacing(6)
        self.rows_layout.addStretch(1)
        self.rows_area = QScrollArea()
        self.rows_area.setObjectName("selfTestRows")
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setWidget(self.rows_widget)
        layout.addWidget(self.verdict)
        layout.addWidget(self.next_step)
        layout.addWidget(self.problem)
        layout.addWidget(self.rows_area, 1)
        self.again_button = QPushButton()
        self.again_button.setObjectName("selfTestAgain")
        self.close_button = primary_button()
        self.close_button.setObjectName("selfTestDone")
        self._button_row(layout, self.again_button, self.close_button)
        self.again_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.accept)

    # -- texts -------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Test the camera"))
        self.intro_title.setText(self.tr("Test the camera"))
        self.intro_text.setText(self.tr(
            "Ask someone to sit where people will stand, look at the camera, and press Start. The test takes {0} "
            "seconds.").format(round(self.seconds)))
        steps = (self.tr("Put the camera where it will stay, at the height of a face."),
                 self.tr("Light the desk as it is during the day."),
                 self.tr("Ask someone to sit where people will stand, facing the camera."),
                 self.tr("Press Start: they keep looking at the camera until the test ends."))
        self.intro_steps.setText("<ol style='margin-left: 0'>" + "".join(
            f"<li style='margin-bottom: 6px'>{html.escape(step)}</li>" for step in steps) + "</ol>")
        self.intro_hint.setText(self.tr(
            "The test checks the light, the sharpness, the colours and where people should stand, and gives "
            "advice where something can be better. No photo is kept."))
        self.start_button.setText(self.tr("&Start"))
        self.intro_close.setText(self.tr("Close"))
        self.running_text.setText(self.tr("Testing\u2026 keep looking at the camera."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.again_button.setText(self.tr("Test &again"))
        self.close_button.setText(self.tr("Close"))
        self.progress.setAccessibleName(self.tr("Test progress"))
        self._update_report_texts()
        for row in self._rows:
            row.retranslate_ui()

    def _update_report_texts(self) -> None:
        report = self.report
        if self.problem_text or report is None:
            self.verdict.setText(self.tr("The test could not run"))
            self.next_step.setText(self.tr("Check that the camera is connected, then press Test again."))
            show_message(self.problem, self.problem_text)
            return
        # The source's own errors (a clip that broke off, a camera that stopped): measured up to there.
        show_message(self.problem, "\n".join(report.errors))
        advice = sum(not line.passed for line in report.lines)
        if advice == 0:
            self.verdict.setText(self.tr("\u2713 The camera is ready: every check passed."))
            self.next_step.setText(self.tr("Press Close to go on."))
        else:
            self.verdict.setText(self.tr("! 1 check gives advice.") if advice == 1
                                 else self.tr("! {0} checks give advice.").format(advice))
            self.next_step.setText(self.tr(
                "Follow the advice marked with !, then press Test again to check the result."))

    # -- the test ----------------------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.start_button.setDefault(index == self.PAGE_INTRO)
        self.close_button.setDefault(index == self.PAGE_REPORT)

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.done and not self._handle.cancelled

    @Slot()
    def start(self) -> None:
        """Open the source and run the test in the background; the preview and the countdown follow it."""
        if self.running:
            return
        self.report, self.problem_text = None, ""
        stop = self._stop = threading.Event()
        self.view.clear()
        self._set_progress(0.0)
        self.show_page(self.PAGE_RUNNING)
        self.cancel_button.setFocus()
        factory = self.factory()
        if factory is None:
            self._failed_text(self.tr("There is no camera to test. Connect a USB camera, or choose one in "
                                      "Settings \u2192 Camera."))
            return
        # The relay belongs to the application, not to the dialog: a late result of a test whose dialog was
        # deleted goes nowhere. And it must never be deleted by the worker thread dropping the last Python
        # reference (a QObject destroyed outside its own thread while its queued signal waits crashed the GUI
        # thread): with a parent, Python does not delete it; the GUI thread does once the test is over.
        relay = _Relay(QCoreApplication.instance())
        relay.analysed.connect(self._show_analysis, Qt.ConnectionType.QueuedConnection)

        def run() -> SelfTestReport:
            try:
                source = factory()
            except CameraError:
                # The page that had the camera lets it go in the background: a camera still busy a moment
                # after is normal. One more try, unless the test was cancelled meanwhile.
                if stop.wait(REOPEN_WAIT_SECONDS):
                    raise
                source = factory()
            asked = self.asked_resolution if source.is_live else None  # a file is what it is
            return run_self_test(source, seconds=self.seconds, asked_resolution=asked,
                                 auto_capture_settings=self.auto_capture_settings, stop=stop,
                                 on_result=lambda result, seconds: relay.analysed.emit(result, seconds))

        def finished(report: SelfTestReport) -> None:
            relay.deleteLater()
            self._finished(report)

        def failed(problem: Problem) -> None:
            relay.deleteLater()
            self._failed(problem)

        handle = self._handle = self.ops.run_blocking(run, on_success=finished, on_error=failed,
                                                      on_cancel=stop.set)
        # Deleted with its parent (the settings closed at sign-out): stop the test and drop its answer.
        self.destroyed.connect(handle.cancel)

    @Slot()
    def cancel(self) -> None:
        """Stop the test (the camera is released within a frame or two) and go back to the start."""
        self._stop_test()
        self.show_page(self.PAGE_INTRO)
        self.start_button.setFocus()

    def _stop_test(self) -> None:
        if self._stop is not None:
            self._stop.set()
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    @Slot(object, float)
    def _show_analysis(self, result: PipelineResult, seconds: float) -> None:
        if not self.running:
            return  # a late result of a cancelled test
        self.view.set_frame(result.frame)
        self.view.set_result(result)
        self._set_progress(seconds)

    def _set_progress(self, seconds: float) -> None:
        share = min(1.0, max(0.0, seconds / self.seconds)) if self.seconds > 0 else 1.0
        self.progress.setValue(round(share * 1000))
        left = max(0, round(self.seconds - seconds))
        self.time_left.setText(self.tr("{0} s left").format(left))

    def _finished(self, report: SelfTestReport) -> None:
        self._handle = None
        if report.source_failed:
            self._failed_text(report.errors[0] if report.errors else self.tr("The camera gave no picture."))
            return
        self.show_report(report)
        self.testFinished.emit(report)

    def _failed(self, problem: Problem) -> None:
        self._handle = None
        self._failed_text(problem.text)

    def _failed_text(self, text: str) -> None:
        self.report, self.problem_text = None, text
        self._set_rows(())
        self._update_report_texts()
        self.show_page(self.PAGE_REPORT)

    def show_report(self, report: SelfTestReport) -> None:
        """The report page for `report` (also how screenshots and tests show one without running a test)."""
        self.report, self.problem_text = report, ""
        # What to fix first, then what passed; each group in the report's order.
        self._set_rows(sorted(report.lines, key=lambda line: line.passed))
        self._update_report_texts()
        self.show_page(self.PAGE_REPORT)
        self.close_button.setFocus()

    def _set_rows(self, lines: tuple[SelfTestLine, ...] | list[SelfTestLine]) -> None:
        for row in self._rows:
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self._rows = [CheckRow(line, self.rows_widget) for line in lines]
        for position, row in enumerate(self._rows):
            self.rows_layout.insertWidget(position, row)

    @property
    def rows(self) -> list[CheckRow]:
        return list(self._rows)

    # -- closing -----------------------------------------------------------------------------------------

    def done(self, code: int) -> None:  # every way out (Close, Escape, the window's X) stops a running test
        self._stop_test()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._stop_test()
        super().closeEvent(event)
