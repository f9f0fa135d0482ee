"""What a screen reader needs from the station: the names it says for each control, the chain Tab follows, and
announcements of what changes on its own (the guidance for the person in front of the camera, a verification
result).

`Announcer` sets a widget's accessible name and description to the text and posts Qt's accessibility events
(an announcement where Qt has them, 6.8 and later, and always NameChanged and Alert), so Orca, NVDA or VoiceOver
read it out without the operator moving the focus. A guidance is announced only once it has stayed for
`settle_seconds` (a person who sways would otherwise get a new sentence every few frames); a result is announced
at once. The clock is injectable, so tests need no sleeps.

`unnamed_controls` and `focus_chain` are what the accessibility tests check: every control Tab reaches has a
name, and Tab visits them in reading order.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

__all__ = ["Announcer", "accessible_name", "focus_chain", "takes_tab_focus", "unnamed_controls"]

GUIDANCE_SETTLE_SECONDS = 1.0
_POLL_MS = 200


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for `widget` (Qt derives it from a button's text or a label's buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name) or ""


def takes_tab_focus(widget: QWidget) -> bool:
    """Whether Tab stops on `widget` as it is now (shown, enabled, and accepting keyboard focus by Tab)."""
    return (widget.isVisibleTo(widget.window()) and widget.isEnabled()
            and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
            and widget.focusProxy() is None)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The controls inside `root` in the order Tab visits them (from `root` on, once round)."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = root.nextInFocusChain()
    while widget is not None and id(widget) not in seen and widget is not root:
        seen.add(id(widget))
        if (root.isAncestorOf(widget) and takes_tab_focus(widget)
                and all(widget is not known for known in chain)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _inner_part(widget: QWidget) -> bool:
    """A part of a composite control that assistive technology reaches through its owner (a combo box's or a
    spin box's text field, a scroll area's viewport)."""
    parent = widget.parentWidget()
    return parent is not None and (isinstance(parent, QComboBox | QAbstractSpinBox)
                                   or (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget))


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The controls inside `root` that can take the keyboard focus as they are now (shown, enabled) and that a
    screen reader could not name."""
    found = []
    for widget in root.findChildren(QWidget):
        if (widget.isVisibleTo(root) and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and widget.focusProxy() is None and not _inner_part(widget)
                and not accessible_name(widget).strip()):
            found.append(widget)
    return found


def _post(widget: QWidget, text: str, assertive: bool) -> None:
    """The events that make assistive technology read `text` out for `widget` (nothing when none listens)."""
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent  # Qt 6.8 and later
    except ImportError:  # pragma: no cover - older Qt: the Alert and NameChanged events below still tell
        pass
    else:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    if assertive:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


class Announcer(QObject):
    """Reads out texts that change on `widget` without the focus going there.

    `propose(text)`: a text that may change again soon (guidance): announced once it has stayed for
    `settle_seconds`. `announce(text)`: announced now (a result). `announced(text)` fires for each announcement
    (sounds and tests follow it); `count` says how many there were."""

    announced = Signal(str)

    def __init__(self, widget: QWidget, *, name: str, settle_seconds: float = 0.0,
                 clock: Callable[[], float] = time.monotonic, assertive: bool = False) -> None:
        super().__init__(widget)
        self._widget = widget
        self._name = name
        self._settle = settle_seconds
        self._clock = clock
        self._assertive = assertive
        self._pending: tuple[str, float] | None = None
        self._last = ""
        self.count = 0
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self.poll)

    @property
    def last(self) -> str:
        """The text announced last ("" before the first)."""
        return self._last

    def set_name(self, name: str) -> None:
        """The widget's own name (said before the text), e.g. after a language change."""
        self._name = name
        self._widget.setAccessibleName(f"{name}: {self._last}" if self._last else name)

    def propose(self, text: str) -> None:
        """`text` is shown now; announce it once it has stayed `settle_seconds` (a text already announced, or
        an empty one, cancels what was waiting)."""
        if not text or text == self._last:
            self._pending = None
            self._timer.stop()
            return
        if self._pending is not None and self._pending[0] == text:
            return
        self._pending = (text, self._clock())
        if self._settle <= 0:
            self.poll()
        else:
            self._timer.start()

    def poll(self) -> None:
        """Announce the waiting text if it has stayed long enough (the timer calls this; tests may too)."""
        if self._pending is None:
            self._timer.stop()
            return
        text, since = self._pending
        if self._clock() - since >= self._settle:
            self._pending = None
            self._timer.stop()
            self.announce(text)

    def announce(self, text: str) -> None:
        """Say `text` now."""
        self._pending = None
        self._timer.stop()
        self._last = text
        self.count += 1
        self._widget.setAccessibleName(f"{self._name}: {text}" if self._name else text)
        self._widget.setAccessibleDescription(text)
        _post(self._widget, text, self._assertive)
        self.announced.emit(text)

    def reset(self) -> None:
        """Forget the last text (the next one is announced even if equal) and anything waiting."""
        self._pending = None
        self._timer.stop()
        self._last = ""
        self._widget.setAccessibleName(self._name)
        self._widget.setAccessibleDescription("")
