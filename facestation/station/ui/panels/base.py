"""The Panel base class every page of the main window derives from (the station context: ui/context.py)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facestation.station.ui.context import StationContext
from facestation.station.ui.kit import RetranslateMixin
from facestation.station.ui.kit.page import page_header, page_layout
from facestation.station.ui.widgets.capture_panel import CapturePanel

logger = logging.getLogger(__name__)

__all__ = ["Panel"]


class Panel(RetranslateMixin, QWidget):
    """A page of the main window. Subclasses build their widgets in `__init__`, set their texts in
    `retranslate_ui` (called again on a language change), and override the hooks they need.

    `statusMessage(text, ms)` goes to the main window's status bar; `dataChanged` tells other panels that a
    record or list changed (e.g. Records refreshes after an enrolment)."""

    statusMessage = Signal(str, int)
    dataChanged = Signal()

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.ops = context.ops

    def page_layout(self) -> QVBoxLayout:
        """The standard page margins (call once in `__init__`): the kit's page scaffold."""
        return page_layout(self)

    def page_header(self, layout: QVBoxLayout, *, hint: bool = True) -> tuple[QLabel, QLabel | None]:
        """The page's title (and hint) at the top of `layout`, from the kit's page scaffold."""
        return page_header(self, layout, hint=hint)

    def start_camera(self, capture: CapturePanel) -> bool:
        """Open the chosen camera in `capture` (in the background), or show that there is none and offer
        photo files. Returns whether there is a camera."""
        factory = self.context.camera()
        if factory is None:
            capture.show_no_camera()
            return False
        capture.use_camera(factory)
        return True

    # -- hooks -------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text through `self.tr()`."""

    def activate(self) -> None:
        """The page was shown: start the camera, refresh what may have changed."""

    def deactivate(self) -> None:
        """The page was hidden: stop the camera (one camera, one page at a time)."""

    def clear_personal_data(self) -> None:
        """Sign-out or idle lock: forget every name, photo and result on this page."""

    def set_narrow(self, narrow: bool) -> None:
        """The window is narrow (about 1024 pixels): give room where the page can (smaller side parts)."""
