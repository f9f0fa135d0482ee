"""The admin PIN prompt (`PinGate`): the settings dialog opens on it, and `PinDialog` (the activity log, leaving
kiosk mode) wraps it. The PIN is checked with argon2 in a worker (it takes a noticeable fraction of a second on
purpose), and every prompt counts its wrong tries in the station's one `PinThrottle`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facestation.station.core.config import StationConfig, default_config_path
from facestation.station.core.pin_throttle import (
    PinThrottle,
    shared_throttle,
    throttle_path_for,
)
from facestation.station.ui.dialogs.settings.layout import (
    CONTROL_HEIGHT,
    form,
    touch_sized,
)
from facestation.station.ui.kit import (
    RetranslateMixin,
    field_label,
    mark_invalid,
    password_field,
    primary_button,
    role_label,
    show_message,
)
from facestation.station.ui.ops import Operations, OpHandle, Problem

__all__ = ["PinGate"]


class PinGate(RetranslateMixin, QWidget):
    """Asks for the admin PIN; `unlocked` when it is right, `cancelled` on Cancel. The check runs in a worker
    (`ops.run_blocking(config.check_admin_pin, pin)`); a wrong PIN is said under the field. Every PIN prompt of
    the station counts its wrong tries in one `PinThrottle` (a file next to the settings at `settings_path`):
    after a few, the next try has to wait, with a countdown, in this prompt and in any prompt opened later."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, config: StationConfig, ops: Operations, parent: QWidget | None = None, *,
                 settings_path: Path | None = None, throttle: PinThrottle | None = None,
                 wording: Callable[[], tuple[str, str, str]] | None = None) -> None:
        """`wording` gives (title, purpose, button text) for a prompt that does not open the settings."""
        super().__init__(parent)
        self.setObjectName("pinGate")
        self.wording = wording
        self.config = config
        self.ops = ops
        self.throttle = throttle or shared_throttle(throttle_path_for(settings_path or default_config_path()))
        self._handle: OpHandle | None = None
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self.refresh_wait)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = role_label("title", self)
        self.intro = role_label("subtitle", self)
        layout_form = form()
        self.pin = password_field(self)
        self.pin.setObjectName("adminPin")
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.pin.setMaxLength(12)
        self.pin.setMaximumWidth(320)
        touch_sized(self.pin)
        self.pin_label = QLabel(self)
        field_label(self.pin_label, self.pin)
        self.pin_label.setMinimumHeight(CONTROL_HEIGHT)
        layout_form.addRow(self.pin_label, self.pin)
        self.message = role_label("error", self)
        self.message.setObjectName("pinMessage")
        self.hint = role_label("hint", self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(layout_form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = touch_sized(QPushButton(self))
        self.cancel_button.setObjectName("pinCancel")
        self.unlock_button = primary_button(self)
        self.unlock_button.setObjectName("pinUnlock")
        self.unlock_button.setMinimumHeight(64)
        self.unlock_button.setMinimumWidth(200)
        row.addWidget(self.cancel_button)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.cancelled)
        self.unlock_button.clicked.connect(self.submit)
        self.retranslate_ui()
        show_message(self.message, "")
        self.refresh_wait()  # wrong tries in an earlier prompt (or run) still count

    @property
    def wrong_tries(self) -> int:
        return self.throttle.wrong_tries

    def retranslate_ui(self) -> None:
        # A prompt for something other than the settings (PinDialog) gives its own title, purpose and button
        # through `wording`; asked here, so a language change (which reaches this widget too) keeps them.
        title, intro, unlock = self.wording() if self.wording is not None else (
            self.tr("Settings"),
            self.tr("The settings are for the administrator. Type the admin PIN to open them."),
            self.tr("Open settings"))
        self.title.setText(title)
        self.intro.setText(intro)
        self.pin_label.setText(self.tr("Admin &PIN"))
        self.hint.setText(self.tr("Do not know the PIN? Ask your administrator. Press Cancel to go back to work."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.unlock_button.setText(unlock)

    def reset(self) -> None:
        """Empty field, no message: ready for the next try (the waiting time after wrong tries stays)."""
        self.pin.clear()
        mark_invalid(self.pin, False)
        if not self._wait_timer.isActive():
            show_message(self.message, "")
        self.pin.setFocus()

    @property
    def checking(self) -> bool:
        return self._handle is not None and not self._handle.done

    def cancel_check(self) -> None:
        """Forget a check still running (the dialog closes): its answer must not reach closed widgets."""
        if self._handle is not None:
            self._handle.cancel()

    @Slot()
    def submit(self) -> None:
        if self.checking or self._wait_timer.isActive():
            return
        if self.throttle.wait_seconds():  # a wrong try in another prompt, or in another run of the station
            self.refresh_wait()
            return
        pin = self.pin.text()
        if not pin:
            mark_invalid(self.pin, True)
            show_message(self.message, self.tr("Type the admin PIN first."))
            return
        self._set_checking(True)
        self._handle = self.ops.run_blocking(
            self.config.check_admin_pin, pin, on_success=self._checked, on_error=self._check_failed,
            busy=self.tr("Checking the PIN\u2026"))
        self._handle.finished.connect(lambda: self._set_checking(False))

    def _set_checking(self, checking: bool) -> None:
        waiting = self._wait_timer.isActive()
        self.pin.setEnabled(not checking and not waiting)
        self.unlock_button.setEnabled(not checking and not waiting)

    def _checked(self, right: bool) -> None:
        self.pin.clear()
        if right:
            self.throttle.record_right()
            mark_invalid(self.pin, False)
            show_message(self.message, "")
            self.unlocked.emit()
            return
        mark_invalid(self.pin, True)
        if not self.throttle.record_wrong():
            show_message(self.message, self.tr("That PIN is not right. Type it again."))
        self.refresh_wait()

    def _check_failed(self, problem: Problem) -> None:
        show_message(self.message, problem.text)

    @Slot()
    def refresh_wait(self) -> None:
        """Say how long the next try waits (the one-second timer calls it), or free the field when it is over."""
        left = self.throttle.wait_seconds()
        if left:
            if left < 120:
                text = self.tr("That PIN is not right. Wait {0} seconds before trying again.").format(left)
            else:
                text = self.tr("That PIN is not right. Wait {0} minutes before trying again.").format(
                    (left + 59) // 60)
            show_message(self.message, text)
            if not self._wait_timer.isActive():
                self._wait_timer.start()
            self._set_checking(self.checking)
            return
        if self._wait_timer.isActive():
            self._wait_timer.stop()
            self._set_checking(self.checking)
            show_message(self.message, self.tr("You can type the PIN again."))
            self.pin.setFocus()
