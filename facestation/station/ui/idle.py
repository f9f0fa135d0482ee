"""Locks the station after a while without anyone touching it: a front desk is often left unattended, and the
last person's name and photo must not stay on the screen for the next passer-by."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

# What counts as someone using the station: keys, mouse buttons and wheel, touches. Not mouse moves (a mouse
# nudged by a passing bag must not keep a session open), not the camera's frames.
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatch(QObject):
    """Emits `idle` once after `seconds` without user input anywhere in the application (0: never).

    It watches the QApplication's events through an event filter, so every window and dialog counts."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._seconds = 0
        self._watching = False
        self.set_timeout(seconds)

    @property
    def seconds(self) -> int:
        return self._seconds

    @property
    def watching(self) -> bool:
        return self._watching

    def set_timeout(self, seconds: int) -> None:
        self._seconds = max(0, int(seconds))
        self._timer.setInterval(self._seconds * 1000)
        if self._watching:
            self.reset()

    def start(self) -> None:
        """Begin watching (after sign-in)."""
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
        self._watching = True
        self.reset()

    def stop(self) -> None:
        """Stop watching (signed out, or locked)."""
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    @Slot()
    def reset(self) -> None:
        if self._watching and self._seconds > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the countdown; cheap enough for every key press
        return False

    @Slot()
    def _fire(self) -> None:
        if self._watching:
            self.stop()
            self.idle.emit()
