"""What every page of the main window shares: the station context and the Panel base class."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facestation.api import FaceCheckClient
from facestation.station.config import StationConfig
from facestation.station.directory import ListDirectory, StationCatalogue
from facestation.station.ops import Operations
from facestation.station.pipeline_bridge import SourceFactory
from facestation.station.session import Session
from facestation.station.widgets.capture_panel import CapturePanel


@dataclass
class StationContext:
    """What a panel works with. `camera()` is the source factory for the chosen camera (None: no camera, the
    panel offers photo files); the directory is made on first use, once the session has a client."""

    session: Session
    ops: Operations
    camera: Callable[[], SourceFactory | None] = lambda: None
    catalogue_dir: object = None  # a Path for tests; None: the per-user data dir
    _directory: ListDirectory | None = field(default=None, repr=False)

    @property
    def config(self) -> StationConfig:
        return self.session.config

    @property
    def client(self) -> FaceCheckClient:
        client = self.session.client
        if client is None:
            raise RuntimeError("The station has no API client yet: panels are shown only after sign-in")
        return client

    @property
    def directory(self) -> ListDirectory:
        """Lists and members (the server's extensions, or the station's own catalogue)."""
        client = self.client
        if self._directory is None or self._directory.client is not client:
            catalogue = StationCatalogue.for_server(self.session.base_url or "", self.config.client_id or "",
                                                    data_dir=self.catalogue_dir)  # type: ignore[arg-type]
            self._directory = ListDirectory(client, catalogue)
        return self._directory


class Panel(QWidget):
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
        """The standard page margins (call once in `__init__`)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        return layout

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
