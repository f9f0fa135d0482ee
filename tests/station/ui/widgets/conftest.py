"""Fixtures for the camera widgets: a bridge and a capture panel that are stopped after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from facestation.station.ui.camera.pipeline_bridge import PipelineBridge
from facestation.station.ui.widgets.capture_panel import CapturePanel


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[PipelineBridge]:
    bridge = PipelineBridge()
    yield bridge
    bridge.stop(wait=True)
    bridge.deleteLater()


@pytest.fixture
def panel(qtbot) -> Iterator[CapturePanel]:
    panel = CapturePanel()
    panel.view.set_sound_enabled(False)
    panel.resize(1280, 800)
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.stop(wait=True)
