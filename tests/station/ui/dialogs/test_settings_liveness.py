"""Settings → Liveness: one choice per page (Verify: automatic by default, i.e. on in kiosk mode; Enrol: off),
saved to the settings file, and the page's words (what it does, that it works offline) fit the dialog."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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


def test_the_choices_per_page_are_saved(dialog: SettingsDialog, session: Any, qtbot: Any) -> None:
    dialog.show_section("liveness")
    page = dialog.liveness_page
    assert "offline" in page.intro.text() and "phone screen" in page.intro.text()
    verify, enrol = dialog.liveness_verify, dialog.liveness_enrol
    assert verify.currentData() is None and verify.currentText().startswith("Automatic")
    assert enrol.currentData() == "off"
    assert [enrol.itemText(index) for index in range(enrol.count())] == ["Off", "Blink", "Blink and turn the head"]
    verify.setCurrentIndex(verify.findData("blink"))
    enrol.setCurrentIndex(enrol.findData("blink+turn"))
    assert dialog.changed_fields() == {"liveness_verify", "liveness_enrol"}
    with qtbot.waitSignal(dialog.settingsChanged, timeout=10_000):
        dialog.save()
    saved = StationConfig.load(session.config_path)
    assert (saved.liveness_verify, saved.liveness_enrol) == ("blink", "blink+turn")


def test_screenshot_the_liveness_page(dialog: SettingsDialog, screenshots: Any) -> None:
    dialog.show_section("liveness")
    for width, height in ((820, 600), (1000, 700), (1400, 900)):
        dialog.resize(width, height)
        QApplication.processEvents()
        page = dialog.liveness_page
        for combo in (dialog.liveness_verify, dialog.liveness_enrol):
            assert combo.visibleRegion().boundingRect().height() == combo.height()  # not cut off at the bottom
            longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
            assert longest + 40 <= combo.width()  # every choice reads whole (40: the arrow and the padding)
        assert page.note.visibleRegion().boundingRect().height() == page.note.height()
        dialog.grab().save(str(screenshots / f"settings-liveness-{width}x{height}.png"))
