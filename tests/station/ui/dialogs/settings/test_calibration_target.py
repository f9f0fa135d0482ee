"""Settings → Server → Lists: the strangers a list may match by mistake, read from the server when the dialog
opens and written back on Save (the shared built-in service; its default is restored after), and disabled with a
reason when the station is not signed in or the server has no such extension."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from facestation.api import Capabilities
from facestation.station.ui.dialogs.settings import SettingsDialog
from tests.station.support import wait_until


@pytest.fixture
def default_target_after(station_context: Any, run_coro: Any) -> Iterator[None]:
    yield
    run_coro(station_context.client.lists.set_calibration_target(None))


def opened(station_context: Any, qtbot: Any) -> SettingsDialog:
    """The dialog of a station without an admin PIN (it opens unlocked), on the Server section."""
    dialog = SettingsDialog(station_context.session, station_context.ops)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_until(lambda: dialog.unlocked and not dialog.calibration_target.loading, 20)
    return dialog


def test_the_target_round_trips_to_the_server(themed: None, station_context: Any, qtbot: Any, run_coro: Any,
                                              default_target_after: None) -> None:
    dialog = opened(station_context, qtbot)
    field = dialog.calibration_target
    assert field.isVisible() and field.choice.isEnabled() and not field.reason.isVisible()
    assert [field.choice.itemText(index) for index in range(field.choice.count())] == [
        "1 in 100", "1 in 1,000 (recommended)", "1 in 10,000", "1 in 100,000"]
    assert field.choice.currentData() == 1_000 and not field.changed
    assert "Saved on the server: every station of this site uses it." in field.hint.text()
    field.choice.setCurrentIndex(field.choice.findData(10_000))
    assert field.changed
    with qtbot.waitSignal(dialog.settingsChanged, timeout=15_000):
        dialog.save()
    assert run_coro(station_context.client.lists.calibration_target()).target == pytest.approx(1e-4)
    assert "list_calibration_target" in dialog.saved_fields

    again = opened(station_context, qtbot)  # a target set elsewhere (a script) is kept as it is
    assert again.calibration_target.choice.currentData() == 10_000
    run_coro(station_context.client.lists.set_calibration_target(1e-7))
    third = opened(station_context, qtbot)
    assert third.calibration_target.choice.currentText() == "1 in 10,000,000"
    assert not third.calibration_target.changed
    third.reject()
    again.reject()


def test_without_the_extension_the_choice_is_disabled_with_a_reason(themed: None, station_context: Any,
                                                                    qtbot: Any) -> None:
    station_context.client._capabilities = Capabilities()  # the hosted service's view
    dialog = opened(station_context, qtbot)
    field = dialog.calibration_target
    assert not field.choice.isEnabled() and field.reason.isVisible()
    assert field.reason.text().startswith("This service does not work out a confidence per list")
    assert not field.changed
    dialog.reject()


def test_signed_out_the_choice_is_disabled_with_a_reason(themed: None, session: Any, qtbot: Any,
                                                         ops: Any) -> None:
    dialog = SettingsDialog(session, ops)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.unlock()
    QApplication.processEvents()
    field = dialog.calibration_target
    assert not field.choice.isEnabled()
    assert field.reason.text() == "Sign in to change this: it is kept on the server."
    dialog.reject()


def test_screenshot_the_server_section_with_the_lists_target(themed: None, station_context: Any, qtbot: Any,
                                                             screenshots: Any) -> None:
    dialog = opened(station_context, qtbot)
    dialog.show_section("server")
    field = dialog.calibration_target
    for width, height in ((820, 600), (1000, 700), (1400, 900)):
        dialog.resize(width, height)
        QApplication.processEvents()
        section_bottom = dialog.sections.mapTo(dialog, QPoint(0, dialog.sections.height())).y()
        for widget in (field.choice, field.hint, field.label):
            assert widget.mapTo(dialog, QPoint(0, widget.height())).y() <= section_bottom  # not cut off below
        longest = max(field.choice.fontMetrics().horizontalAdvance(field.choice.itemText(index))
                      for index in range(field.choice.count()))
        assert longest + 40 <= field.choice.width()  # every choice reads whole (40: the arrow and the padding)
        dialog.grab().save(str(screenshots / f"settings-server-lists-{width}x{height}.png"))
    dialog.reject()
