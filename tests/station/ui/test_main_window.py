"""The main window applies the station's camera settings to the page it brings to the front: auto-capture off
means a page's capture panel never takes a passing photo by itself; turned on again (Settings → Save reopens the
page, as `StationApp._settings_changed` does), the same panel takes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from facestation.station.core.camera.sources import ImageFileSource
from facestation.station.ui.context import StationContext
from facestation.station.ui.main_window import MainWindow
from facestation.station.ui.ops import Operations
from facestation.station.ui.panels.base import Panel
from facestation.station.ui.widgets.capture_panel import CapturePanel
from tests.station.support import settle, wait_until


class CameraPage(Panel):
    """A page with nothing but a capture panel, started and stopped as the Enrol and Verify pages do theirs."""

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.capture = CapturePanel(self)
        self.capture.view.set_sound_enabled(False)
        self.page_layout().addWidget(self.capture)

    def activate(self) -> None:
        self.start_camera(self.capture)

    def deactivate(self) -> None:
        self.capture.stop()


def test_auto_capture_follows_the_settings_when_a_page_comes_to_the_front(
        make_session: Any, ops: Operations, compliant_file: Path, qtbot: Any) -> None:
    session = make_session()
    session.config.auto_capture = False
    context = StationContext(session, ops, camera=lambda: lambda: ImageFileSource(compliant_file))
    window = MainWindow(session, ops, context=context, panels={name: CameraPage for name in MainWindow.PAGES})
    qtbot.addWidget(window)
    try:
        window.show()
        window.show_page("enrol")
        capture = window.page_widgets["enrol"].capture
        wait_until(lambda: capture.bridge.last_result is not None and capture.bridge.last_result.state.all_passed)
        analysed = capture.bridge.stats.frames_analysed
        frames = 5 * session.config.auto_capture_frames
        wait_until(lambda: capture.capture is not None or capture.bridge.stats.frames_analysed >= analysed + frames,
                   30)
        settle(0.2)
        assert capture.capture is None  # every check passes, but nobody pressed "Take photo now"

        session.config.auto_capture = True  # what Settings → Save does, then the station reopens the page
        window.deactivate_current()
        window.activate_current()
        wait_until(lambda: capture.capture is not None)
        assert not capture.capture.manual
    finally:
        window.deactivate_current()
        window.allow_close()
        window.close()
