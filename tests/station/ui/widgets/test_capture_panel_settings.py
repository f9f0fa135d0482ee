"""CapturePanel under the station's auto-capture settings: with auto-capture off a compliant still photo is never
taken by itself (no countdown either) while "Take photo now" still takes it; the settings saved in the Settings
dialog reach a panel that is already open from the next source it opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facestation.station.core.camera.capture_settings import auto_capture_settings
from facestation.station.core.camera.pipeline import CaptureResult, PipelineResult
from facestation.station.core.config import StationConfig
from facestation.station.ui.dialogs.settings import SettingsDialog
from facestation.station.ui.widgets.capture_panel import CapturePanel
from tests.station.support import settle, wait_until

PIN = "2468"


def hold_a_passing_photo(panel: CapturePanel, path: Path, frames: int) -> list[PipelineResult]:
    """Show the photo until `frames` more frames have been analysed after the first one that passed every
    check; the results delivered meanwhile."""
    results: list[PipelineResult] = []
    panel.bridge.resultReady.connect(results.append)
    panel.load_photo(path)
    wait_until(lambda: any(result.state.all_passed for result in results))
    stats = panel.bridge.stats
    assert stats is not None
    target = stats.frames_analysed + frames
    wait_until(lambda: panel.capture is not None or (panel.bridge.stats is not None
                                                     and panel.bridge.stats.frames_analysed >= target), 30)
    settle(0.2)  # a capture already on its way to the GUI thread would arrive now
    panel.bridge.resultReady.disconnect(results.append)
    return results


def test_with_auto_capture_off_a_passing_photo_is_taken_only_by_hand(panel: CapturePanel, compliant_file: Path,
                                                                     qtbot: Any) -> None:
    panel.apply_config(StationConfig(auto_capture=False))
    assert not panel.auto_capture and panel.bridge.auto_capture_settings is None
    assert "Take photo now" in panel.card.verdict_text  # the hint says who takes the photo
    captured: list[CaptureResult] = []
    panel.portraitCaptured.connect(captured.append)
    frames = 5 * StationConfig().auto_capture_frames  # five times what an automatic capture would wait for
    results = hold_a_passing_photo(panel, compliant_file, frames)
    assert captured == [] and panel.capture is None
    assert results and results[-1].state.all_passed
    # No countdown ring: the preview shows one only while 0 < progress < 1.
    assert all(result.capture_progress == 0.0 for result in results)

    qtbot.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: captured)
    assert len(captured) == 1 and captured[0].manual and captured[0].report.passed
    assert panel.capture is captured[0] and "Passes" in panel.card.verdict_text


def test_the_config_s_gate_is_what_the_next_source_runs(panel: CapturePanel, compliant_file: Path) -> None:
    config = StationConfig(auto_capture_frames=5, auto_capture_stillness=0.1)
    panel.apply_config(config)
    assert panel.auto_capture and "Taken automatically" in panel.card.verdict_text
    settings = panel.bridge.auto_capture_settings
    assert settings == auto_capture_settings(config) and settings is not None
    assert settings.frames_required == 5 and settings.max_drift == pytest.approx(0.2)
    panel.load_photo(compliant_file)
    wait_until(lambda: panel.capture is not None)
    assert not panel.capture.manual and panel.capture.report.passed


def test_settings_saved_in_the_dialog_reach_an_open_panel(themed: None, panel: CapturePanel, compliant_file: Path,
                                                          make_session: Any, ops: Any, qtbot: Any) -> None:
    session = make_session()
    session.config.server_kind = "local"
    session.config.client_id = "station"
    session.config.set_admin_pin(PIN)
    session.config.save(session.config_path)
    panel.apply_config(session.config)
    panel.load_photo(compliant_file)
    wait_until(lambda: panel.capture is not None)  # auto-capture is on: the photo takes itself
    assert not panel.capture.manual

    dialog = SettingsDialog(session, ops)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.gate.pin, PIN)
    qtbot.keyClick(dialog.gate.pin, Qt.Key.Key_Return)
    wait_until(lambda: dialog.unlocked, timeout=10)
    dialog.show_section("checks")
    assert dialog.stillness.value() == 7.5  # the new default, in %
    dialog.auto_capture.setChecked(False)
    assert not dialog.stillness.isEnabled()
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert session.config.auto_capture is False
    assert StationConfig.load(session.config_path).auto_capture is False

    # What the main window does when the settings change: the page's camera stops, the panel follows the
    # settings, the camera opens again.
    panel.stop(wait=True)
    panel.apply_config(session.config)
    captured: list[CaptureResult] = []
    panel.portraitCaptured.connect(captured.append)
    hold_a_passing_photo(panel, compliant_file, 5 * session.config.auto_capture_frames)
    assert captured == [] and panel.capture is None
