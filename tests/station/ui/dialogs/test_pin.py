"""Every admin PIN prompt (the PinDialog for the activity log and for leaving kiosk mode, the settings' PinGate)
goes through one persisted throttle: Cancel and reopen gives no free tries, the prompts share one count, the
wait is said with a countdown, and the right PIN after the wait opens as before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from facestation.station.core.pin_throttle import (
    FREE_TRIES,
    PinThrottle,
    throttle_path_for,
)
from facestation.station.ui.dialogs.pin import PinDialog
from facestation.station.ui.dialogs.settings import SettingsDialog
from facestation.station.ui.ops import Operations
from tests.station.support import wait_until
from tests.station.ui.dialogs.conftest import ADMIN_PIN
from tests.support.clock import ManualClock

PIN = ADMIN_PIN  # the `session` fixture's (conftest.py)


@pytest.fixture
def open_prompt(qtbot: Any, ops: Operations, session: Any) -> Callable[..., PinDialog]:
    def open_(throttle: PinThrottle | None = None) -> PinDialog:
        dialog = PinDialog(session.config, ops, "Type the admin PIN to see the activity log.",
                           settings_path=session.config_path, throttle=throttle)
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog

    return open_


def try_pin(dialog: PinDialog, qtbot: Any, pin: str) -> None:
    """Type `pin`, press Enter and wait for the check (argon2 in a worker) to be answered."""
    gate = dialog.gate
    before = gate.wrong_tries
    qtbot.keyClicks(gate.pin, pin)
    qtbot.keyClick(gate.pin, Qt.Key.Key_Return)
    wait_until(lambda: not gate.checking and (pin == PIN or gate.wrong_tries == before + 1), timeout=10)


def test_cancel_and_reopen_gives_no_new_free_tries(open_prompt: Callable[..., PinDialog], qtbot: Any,
                                                  session: Any) -> None:
    first = open_prompt()
    for _ in range(FREE_TRIES):
        try_pin(first, qtbot, "9999")
    assert first.gate.message.text() == "That PIN is not right. Wait 30 seconds before trying again."
    with qtbot.waitSignal(first.rejected, timeout=2000):
        qtbot.mouseClick(first.gate.cancel_button, Qt.MouseButton.LeftButton)

    again = open_prompt()
    assert not again.gate.pin.isEnabled() and not again.gate.unlock_button.isEnabled()
    assert "before trying again" in again.gate.message.text()
    again.gate.pin.setText(PIN)
    again.gate.submit()  # refused while waiting, even with the right PIN
    assert not again.gate.checking
    assert throttle_path_for(session.config_path).is_file()


def test_the_settings_and_the_other_prompts_share_one_count(open_prompt: Callable[..., PinDialog], qtbot: Any,
                                                           ops: Operations, session: Any) -> None:
    settings = SettingsDialog(session, ops)
    qtbot.addWidget(settings)
    settings.open()
    for tries in range(1, FREE_TRIES):
        qtbot.keyClicks(settings.gate.pin, "1111")
        qtbot.keyClick(settings.gate.pin, Qt.Key.Key_Return)
        wait_until(lambda tries=tries: settings.gate.wrong_tries == tries and not settings.gate.checking, 10)
    settings.reject()
    prompt = open_prompt()
    try_pin(prompt, qtbot, "1111")  # the third wrong try overall
    assert "Wait 30 seconds" in prompt.gate.message.text() and not prompt.gate.pin.isEnabled()


def test_the_wait_counts_down_and_then_the_right_pin_opens(open_prompt: Callable[..., PinDialog], qtbot: Any,
                                                          session: Any) -> None:
    clock = ManualClock()
    throttle = PinThrottle(throttle_path_for(session.config_path), clock=clock)
    for _ in range(FREE_TRIES + 1):
        throttle.record_wrong()  # earlier prompts, or an earlier run of the station
    dialog = open_prompt(throttle)
    assert dialog.gate.message.text() == "That PIN is not right. Wait 60 seconds before trying again."
    clock.advance(41.5)
    dialog.gate.refresh_wait()  # what the one-second timer does
    assert dialog.gate.message.text() == "That PIN is not right. Wait 19 seconds before trying again."
    clock.advance(19)
    dialog.gate.refresh_wait()
    assert dialog.gate.message.text() == "You can type the PIN again."
    assert dialog.gate.pin.isEnabled() and dialog.gate.unlock_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        try_pin(dialog, qtbot, PIN)
    assert not throttle_path_for(session.config_path).exists()  # the right PIN starts the count over


def test_long_waits_are_said_in_minutes(open_prompt: Callable[..., PinDialog], session: Any) -> None:
    clock = ManualClock()
    throttle = PinThrottle(throttle_path_for(session.config_path), clock=clock)
    for _ in range(FREE_TRIES + 3):
        throttle.record_wrong()  # the next try waits 240 s
    dialog = open_prompt(throttle)
    assert dialog.gate.message.text() == "That PIN is not right. Wait 4 minutes before trying again."
    clock.advance(59)
    dialog.gate.refresh_wait()  # 181 s left: said as 4 minutes, never less than is left
    assert dialog.gate.message.text() == "That PIN is not right. Wait 4 minutes before trying again."
    clock.advance(1)
    dialog.gate.refresh_wait()
    assert dialog.gate.message.text() == "That PIN is not right. Wait 3 minutes before trying again."


def test_a_language_change_keeps_the_prompts_own_purpose(open_prompt: Callable[..., PinDialog], qapp: Any) -> None:
    dialog = open_prompt()
    for widget in (dialog, dialog.gate):  # each gets its own LanguageChange, in either order
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        assert dialog.gate.title.text() == "Admin PIN"
        assert dialog.gate.intro.text() == "Type the admin PIN to see the activity log."
        assert dialog.gate.unlock_button.text() == "Continue"
