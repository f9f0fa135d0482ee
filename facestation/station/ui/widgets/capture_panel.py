"""Everything needed to take a good portrait: preview with overlay, guidance, checklist, the captured photo with
its verdict, and the capture buttons. The enrol and verify panels embed one and listen to `portraitCaptured`."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facestation.station.core.camera.capture_settings import auto_capture_settings
from facestation.station.core.camera.pipeline import CaptureResult, PipelineResult
from facestation.station.core.camera.sources import FrameSource, ImageFileSource
from facestation.station.core.config import StationConfig
from facestation.station.ui.camera.pipeline_bridge import PipelineBridge, SourceFactory
from facestation.station.ui.kit import RetranslateMixin, role_label
from facestation.station.ui.theme import restyle
from facestation.station.ui.widgets.camera_view import CameraView
from facestation.station.ui.widgets.captured_photo_card import CapturedPhotoCard
from facestation.station.ui.widgets.file_dialogs import photo_name_filters
from facestation.station.ui.widgets.guidance_banner import GuidanceBanner
from facestation.station.ui.widgets.qa_checklist import QaChecklist
from facestation.vision.capture import AutoCaptureSettings

__all__ = ["CapturePanel", "CapturedPhotoCard"]

_SIDE_WIDTH = 340
_COMPACT_SIDE_WIDTH = 250  # beside a form (the Enrol page): the checklist wraps, the preview keeps its width
_NARROW_SIDE_WIDTH = 210  # the same on a 1024-pixel screen (`set_narrow`)
_FULL_VIEW_MINIMUM = (320, 240)  # CameraView's own
_NARROW_FULL_VIEW_MINIMUM = (320, 200)
_COMPACT_VIEW_MINIMUM = (240, 240)
_NARROW_VIEW_MINIMUM = (240, 150)  # with the photo card under it, and a guidance banner of three lines above
_BUTTON_HEIGHT, _COMPACT_BUTTON_HEIGHT = 64, 52
_BUTTON_PIXELS, _COMPACT_BUTTON_PIXELS = 20, 17
_NOTICE_SECONDS = 12


class CapturePanel(RetranslateMixin, QWidget):
    """Camera preview, guidance banner, checklist, captured photo and the buttons "Take photo now", "Retake"
    and "Load photo from file…".

    It owns (or is given) a `PipelineBridge`. `use_camera(factory)` opens a camera in the background and
    remembers it; `load_photo(path)` runs a photo file through the same checks; `show_no_camera()` shows the
    no-camera state. `portraitCaptured(CaptureResult)` fires for every capture (automatic or by hand),
    `portraitCleared()` when it is thrown away (retake, another source). `apply_config(config)` follows the
    station's settings (mirrored preview, auto-capture on or off and its gate); the auto-capture part applies
    from the next source opened.

    Keyboard (while focus is in the panel): Space takes the photo (or presses the focused button),
    R retakes, Ctrl+O loads a photo.
    """

    portraitCaptured = Signal(object)
    portraitCleared = Signal()

    def __init__(self, parent: QWidget | None = None, *, bridge: PipelineBridge | None = None,
                 mirrored: bool = True, compact: bool = False) -> None:
        """`compact`: for a page that puts a form beside it (Enrol): a narrower side column, a smaller photo
        token and lower buttons (still 52 px), no margins of its own; the preview may shrink to 240 px."""
        super().__init__(parent)
        self._compact = compact
        self._bridge = bridge if bridge is not None else PipelineBridge(self)
        self._camera_factory: SourceFactory | None = None
        self._showing_file = False
        self._opening_photo = False  # the last source asked for is a photo file (for the problem banner)
        self._capture: CaptureResult | None = None
        self._last_directory = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        self._file_dialog: QFileDialog | None = None

        self.banner = GuidanceBanner(self)
        self.view = CameraView(self, mirrored=mirrored)
        self.checklist = QaChecklist(self)
        self.card = CapturedPhotoCard(self, compact=compact)
        self.notice = role_label("fieldError", self)
        self.notice.setObjectName("captureNotice")
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(_NOTICE_SECONDS * 1000)
        self._notice_timer.timeout.connect(self.notice.hide)

        self.take_button = self._make_button("TakePhotoButton", primary=True)
        self.retake_button = self._make_button("RetakeButton")
        self.load_button = self._make_button("LoadPhotoButton")
        self.take_button.clicked.connect(self.take_photo)
        self.retake_button.clicked.connect(self.retake)
        self.load_button.clicked.connect(self.open_file_dialog)

        side = self._side = QVBoxLayout()
        side.setSpacing(14)
        side.addWidget(self.card)
        side.addWidget(self.checklist)
        side.addStretch(1)
        side_widget = QWidget(self)
        self._side_widget = side_widget
        side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        side_widget.setFixedWidth(_COMPACT_SIDE_WIDTH if compact else _SIDE_WIDTH)
        if compact:
            # The portrait region is upright, so a narrow preview still shows the whole face.
            self.view.setMinimumSize(*_COMPACT_VIEW_MINIMUM)

        # The preview, with the photo card under it on a narrow window (`set_narrow`): the checklist then has
        # the side column's whole height, so its two-line rows are never squeezed.
        self._view_column = QVBoxLayout()
        self._view_column.setSpacing(14)
        self._view_column.addWidget(self.view, 1)
        middle = QHBoxLayout()
        middle.setSpacing(14)
        middle.addLayout(self._view_column, 1)
        middle.addWidget(side_widget)

        # Take spans two of four equal columns (2:1:1); on a narrow window it gets a row of its own (`set_narrow`).
        buttons = QGridLayout()
        self._buttons = buttons
        buttons.setHorizontalSpacing(10 if compact else 12)
        buttons.setVerticalSpacing(8)
        for column in range(4):
            buttons.setColumnStretch(column, 1)
        self._place_buttons(narrow=False)

        layout = QVBoxLayout(self)
        margin = 0 if compact else 12  # compact: the page around it has margins of its own
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(8 if compact else 10)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        # Tab order: preview (where Space takes the photo), then the buttons left to right.
        self.setFocusProxy(self.view)
        QWidget.setTabOrder(self.view, self.take_button)
        QWidget.setTabOrder(self.take_button, self.retake_button)
        QWidget.setTabOrder(self.retake_button, self.load_button)

        self._space = self._shortcut(QKeySequence(Qt.Key.Key_Space), self._on_space)
        self._retake_key = self._shortcut(QKeySequence(Qt.Key.Key_R), self.retake)
        self._open_key = self._shortcut(QKeySequence(QKeySequence.StandardKey.Open), self.open_file_dialog)

        bridge = self._bridge
        bridge.frameReady.connect(self.view.set_frame)
        bridge.resultReady.connect(self._on_result)
        bridge.captured.connect(self._on_captured)
        bridge.captureFailed.connect(self._show_notice)
        bridge.errorOccurred.connect(self._on_error)
        bridge.ended.connect(self._on_ended)
        bridge.sourceChanged.connect(self._on_source_changed)
        bridge.openingChanged.connect(self._update_buttons)
        bridge.runningChanged.connect(self._update_buttons)

        self.card.set_automatic(self.auto_capture)  # a bridge given already configured
        self.banner.set_automatic(self.auto_capture)
        self.retranslate_ui()
        self._update_buttons()

    def set_narrow(self, narrow: bool) -> None:
        """A narrow window (1024 pixels). A compact panel: a narrower side column with the checklist only
        (the photo card goes under the preview), so the preview keeps room and no check is squeezed, and
        "Take photo now" on a row of its own above the other two buttons, so every label fits."""
        if not self._compact:
            # Verify's panel: a lower preview minimum, so the page fits a 700-pixel window with a result card.
            self.view.setMinimumSize(*(_NARROW_FULL_VIEW_MINIMUM if narrow else _FULL_VIEW_MINIMUM))
            return
        self._side_widget.setFixedWidth(_NARROW_SIDE_WIDTH if narrow else _COMPACT_SIDE_WIDTH)
        self._place_buttons(narrow)
        side = self._side
        self._view_column.removeWidget(self.card)
        side.removeWidget(self.card)
        if narrow:
            self._view_column.addWidget(self.card)
        else:
            side.insertWidget(0, self.card)
        self.card.set_narrow(narrow)
        self.view.setMinimumSize(*(_NARROW_VIEW_MINIMUM if narrow else _COMPACT_VIEW_MINIMUM))

    def _place_buttons(self, narrow: bool) -> None:
        for button in (self.take_button, self.retake_button, self.load_button):
            self._buttons.removeWidget(button)
        if narrow:
            self._buttons.addWidget(self.take_button, 0, 0, 1, 4)
            self._buttons.addWidget(self.retake_button, 1, 0, 1, 2)
            self._buttons.addWidget(self.load_button, 1, 2, 1, 2)
        else:
            self._buttons.addWidget(self.take_button, 0, 0, 1, 2)
            self._buttons.addWidget(self.retake_button, 0, 2)
            self._buttons.addWidget(self.load_button, 0, 3)

    def _shortcut(self, keys: QKeySequence, slot: object) -> QShortcut:
        # Only while the focus is in this panel: Space in the enrol form's name field must type a space.
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _make_button(self, name: str, *, primary: bool = False) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setMinimumHeight(_COMPACT_BUTTON_HEIGHT if self._compact else _BUTTON_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFont(button.font())
        font.setPixelSize(_COMPACT_BUTTON_PIXELS if self._compact else _BUTTON_PIXELS)
        button.setFont(font)
        button.setAutoDefault(False)
        # The next thing to press is in the theme's accent colour (`primary="true"`): "Take photo now" while
        # taking, "Retake" once taken, "Load photo from file…" when there is no camera.
        # The theme's min-height (of the contents: padding and border come on top) would win over
        # setMinimumHeight, so the theme sizes these buttons too (`captureSize`: 54 + 10 px, or 42 + 10 px).
        button.setProperty("captureSize", "compact" if self._compact else "full")
        restyle(button)  # polished with its size before `_set_primary` changes its font (Qt keeps that font)
        self._set_primary(button, primary)
        return button

    @staticmethod
    def _set_primary(button: QPushButton, primary: bool) -> None:
        if bool(button.property("primary")) == primary:
            return
        button.setProperty("primary", primary)
        font = QFont(button.font())
        font.setBold(primary)
        button.setFont(font)
        restyle(button)

    def retranslate_ui(self) -> None:
        self.take_button.setText(self.tr("Take photo now"))
        self.take_button.setToolTip(self.tr("Take the photo now, even if some checks are not green (Space)"))
        self.retake_button.setText(self.tr("Retake"))
        self.retake_button.setToolTip(self.tr("Throw this photo away and take a new one (R)"))
        self.load_button.setText(self.tr("Load photo from file…"))
        self.load_button.setToolTip(self.tr("Use a photo file instead of the camera; it is checked the same way (Ctrl+O)"))
        self.setAccessibleName(self.tr("Take a photo"))
        self.view.retranslate_ui()
        self.banner.retranslate_ui()
        self.checklist.retranslate_ui()
        self.card.retranslate_ui()

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def compact(self) -> bool:
        return self._compact

    @property
    def bridge(self) -> PipelineBridge:
        return self._bridge

    @property
    def capture(self) -> CaptureResult | None:
        """The portrait taken in this attempt, until a retake."""
        return self._capture

    @property
    def showing_file(self) -> bool:
        """A photo file (not a camera) is being checked."""
        return self._showing_file

    @property
    def file_dialog(self) -> QFileDialog | None:
        """The open "Load photo" dialog, if any."""
        return self._file_dialog

    @property
    def mirrored(self) -> bool:
        return self.view.mirrored

    def set_mirrored(self, mirrored: bool) -> None:
        self.view.set_mirrored(mirrored)

    @property
    def auto_capture(self) -> bool:
        """Whether the photo takes itself once every check passes (from the next source opened)."""
        return self._bridge.auto_capture_settings is not None

    def set_auto_capture(self, settings: AutoCaptureSettings | None) -> None:
        """The auto-capture gate, or None for photos taken by hand only; applies from the next source opened
        (the main window stops and restarts the page's camera when the settings change)."""
        self._bridge.set_auto_capture_settings(settings)
        self.card.set_automatic(settings is not None)
        self.banner.set_automatic(settings is not None)

    def apply_config(self, config: StationConfig) -> None:
        """Follow the station's settings: the mirrored preview at once, auto-capture from the next source."""
        self.set_mirrored(config.mirror_preview)
        self.set_auto_capture(auto_capture_settings(config))

    # -- actions --------------------------------------------------------------------------------------------

    def use_camera(self, factory: SourceFactory) -> None:
        """Open a camera (in the background: it may take a moment) and remember it for "Retake" after a file."""
        self._camera_factory = factory
        self._opening_photo = False
        self._bridge.open_source(factory)

    def set_source(self, source: FrameSource) -> None:
        """Show an already opened source (e.g. `--camera PATH`)."""
        self._bridge.set_source(source)

    @Slot(str)
    def load_photo(self, path: str | os.PathLike[str]) -> None:
        """Check a photo file the same way as the camera: it becomes the source (auto-capture included when it
        is on)."""
        path = Path(path)
        self._last_directory = str(path.parent)
        self._opening_photo = True
        self._bridge.open_source(lambda: ImageFileSource(path))

    @Slot()
    def open_file_dialog(self) -> QFileDialog:
        """Ask for a photo file (window-modal, with open(): never a nested event loop)."""
        if self._file_dialog is not None and self._file_dialog.isVisible():
            self._file_dialog.raise_()
            return self._file_dialog
        dialog = QFileDialog(self, self.tr("Choose a photo of the person"), self._last_directory)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setNameFilters(photo_name_filters())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.load_photo)
        dialog.finished.connect(self._on_dialog_finished)
        self._file_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def take_photo(self) -> None:
        """Capture the best recent frame now, whether or not every check passes (the operator's call)."""
        if self._capture is not None or not self._bridge.running:
            return
        self._bridge.capture_now()

    @Slot()
    def retake(self) -> None:
        """Throw the photo away and start a new attempt; after a photo file, go back to the camera."""
        if self._showing_file and self._camera_factory is not None:
            self.use_camera(self._camera_factory)  # the new source starts a new attempt
            self._clear_capture()
            return
        self._bridge.reset_capture()
        self._clear_capture()

    @Slot(str)
    def show_no_camera(self, message: str = "") -> None:
        """No camera to show: say so, with the file option at hand."""
        self._show_no_picture(message, self.tr("No camera"))

    def _show_no_picture(self, message: str, headline: str) -> None:
        self.view.show_no_camera(message)
        self.banner.show_problem(headline)
        self.checklist.clear()
        self._update_buttons()

    def stop(self, *, wait: bool = False) -> None:
        self._bridge.stop(wait=wait)

    # -- bridge -> widgets ----------------------------------------------------------------------------------

    @Slot(object)
    def _on_result(self, result: PipelineResult) -> None:
        self.view.set_result(result)
        if self._capture is None:
            self.checklist.set_result(result)
            self.banner.set_result(result)

    @Slot(object)
    def _on_captured(self, capture: CaptureResult) -> None:
        self._capture = capture
        self.view.show_capture(capture)
        self.banner.show_captured(capture)
        self.checklist.set_report(capture.report)
        self.card.show_capture(capture)
        self._update_buttons()
        self.portraitCaptured.emit(capture)

    @Slot(str)
    def _on_error(self, message: str) -> None:
        if not self._bridge.running or not self.view.has_frame:
            # Nothing to show: the message takes the place of the picture.
            headline = self.tr("This photo cannot be used") if self._opening_photo else self.tr("No camera")
            self._show_no_picture(message, headline)
        else:
            self._show_notice(message)

    @Slot()
    def _on_ended(self) -> None:
        self._show_notice(self.tr("The video has ended. Load another file, or choose a camera."))

    @Slot(object)
    def _on_source_changed(self, source: FrameSource | None) -> None:
        self._showing_file = source is not None and not source.is_live
        self._clear_capture()
        self.notice.hide()
        self.checklist.clear()
        self.banner.clear()
        if source is None:
            self.view.show_no_camera(self.tr("The camera is off.\nChoose a camera, or load a photo from a file."))
        else:
            self.view.clear()
        self._update_buttons()

    @Slot(int)
    def _on_dialog_finished(self, result: int) -> None:
        self._file_dialog = None

    @Slot(str)
    def _show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.show()
        self._notice_timer.start()

    @Slot()
    def _on_space(self) -> None:
        # Space also presses the focused button (keyboard users expect that); elsewhere it takes the photo.
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and self.isAncestorOf(focus):
            if focus.isEnabled():
                focus.animateClick()
            return
        self.take_photo()

    def _clear_capture(self) -> None:
        had_capture = self._capture is not None
        self._capture = None
        self.card.clear()
        self.view.reset_capture()
        if had_capture:
            # Show live verdicts again at once rather than the frozen ones of the capture.
            self.checklist.clear()
            self.banner.clear()
            last = self._bridge.last_result
            if last is not None:
                self.checklist.set_result(last)
                self.banner.set_result(last)
        self._update_buttons()
        if had_capture:
            self.portraitCleared.emit()

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        running = self._bridge.running
        captured = self._capture is not None
        self.take_button.setEnabled(running and not captured)
        self.retake_button.setEnabled(captured or (self._showing_file and self._camera_factory is not None))
        self.load_button.setEnabled(True)
        # The next thing to press is the blue one: load a file when there is no picture at all.
        idle = not running and not self._bridge.opening
        self._set_primary(self.take_button, not captured and not idle)
        self._set_primary(self.retake_button, captured)
        self._set_primary(self.load_button, idle and not captured)
