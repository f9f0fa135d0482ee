"""Settings → Accessibility: the two sound settings (off by default) load from and save to the settings file,
and the page says how the station is used with the keyboard alone and with a screen reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facestation.station.core.config import StationConfig
from facestation.station.ui.dialogs.settings import SettingsDialog
from facestation.station.ui.ops import Operations
from tests.station.support import wait_until
from tests.station.ui.dialogs.conftest import ADMIN_PIN


@pytest.fixture
def dialog(themed: None, qtbot: Any, ops: Operations, session: Any) -> SettingsDialog:
    dialog = SettingsDialog(session, ops)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.gate.pin, ADMIN_PIN)
    qtbot.keyClick(dialog.gate.pin, Qt.Key.Key_Return)
    wait_until(lambda: dialog.unlocked, timeout=10)
    return dialog


def test_the_accessibility_page_lists_its_settings_and_the_keys(dialog: SettingsDialog) -> None:
    assert "accessibility" in SettingsDialog.SECTIONS
    dialog.show_section("accessibility")
    page = dialog.accessibility_page
    assert dialog.current_section == "accessibility"
    assert not dialog.sound_on_result.isChecked() and not dialog.sound_on_guidance.isChecked()  # off by default
    intro = page.intro.text()
    for words in ("Tab", "Escape", "Ctrl+1", "Space", "Ctrl+Enter", "screen reader"):
        assert words in intro
    assert "result" in dialog.sound_on_result.text() and dialog.sound_on_result.isVisible()
    assert dialog.section_buttons["accessibility"].text().replace("&", "") == "Accessibility"


def test_the_sound_settings_are_saved_and_loaded_again(dialog: SettingsDialog, session: Any,
                                                        qtbot: Any, make_session: Callable[..., Any]) -> None:
    dialog.show_section("accessibility")
    dialog.sound_on_result.setChecked(True)
    assert dialog.changed_fields() == {"sound_result"}
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        dialog.save()
    assert session.config.sound_on_result and not session.config.sound_on_guidance
    saved = StationConfig.load(session.config_path)
    assert saved.sound_on_result is True and saved.sound_on_guidance is False

    again = SettingsDialog(session, Operations())
    qtbot.addWidget(again)
    again.load_from_config()
    assert again.sound_on_result.isChecked() and not again.sound_on_guidance.isChecked()
    again.ops.shutdown()


def test_screenshot_the_accessibility_page(dialog: SettingsDialog, screenshots: Any, qtbot: Any) -> None:
    """The page at the dialog's smallest size, its usual size (it opens at 1000x700 on every screen from
    1024x768 up) and a large one; every check box's text fits on its line."""
    from PySide6.QtWidgets import QApplication

    dialog.show_section("accessibility")
    for width, height in ((820, 600), (1000, 700), (1400, 900)):
        dialog.resize(width, height)
        QApplication.processEvents()
        assert dialog.width() == width
        for box in (dialog.sound_on_result, dialog.sound_on_guidance):
            text_width = box.fontMetrics().horizontalAdvance(box.text().replace("&", ""))
            assert text_width <= box.width(), box.objectName()
        dialog.grab().save(str(screenshots / f"settings-accessibility-{width}x{height}.png"))
