"""A focused button never clips its text: the theme keeps the room inside a button's border and padding the
same with and without the focus border, for every kind of button it styles, in every theme."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QStatusBar,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from facestation.station.ui.theme import THEME_NAMES, apply_theme

# (object name, dynamic properties, the container's object name or class) for each kind of button.
KINDS: list[tuple[str, dict[str, Any], str]] = [
    ("", {}, ""),
    ("", {"role": "primary"}, ""),
    ("", {"primary": True}, ""),
    ("", {"tone": "ok"}, ""),
    ("", {"tone": "red"}, ""),
    ("", {"role": "choice"}, ""),
    ("", {"segment": "first"}, ""),
    ("", {"segment": "middle", "checkable": True}, ""),
    ("", {"role": "nav"}, ""),
    ("", {"captureSize": "compact", "primary": True}, ""),
    ("", {"captureSize": "full"}, ""),
    ("busyCancel", {}, ""),
    ("pendingButton", {}, "QStatusBar"),
    ("confirmButton", {}, "ResultCard"),
    ("nextPersonButton", {}, "ResultCard"),
]


def text_room(button: QPushButton, *, focused: bool) -> QRect:
    """The rectangle the style leaves for the button's text, as painted with or without focus."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    else:
        option.state &= ~QStyle.StateFlag.State_HasFocus
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_focus_border_does_not_take_room_from_the_text(theme: str, qapp: Any, themed: None,
                                                          qtbot: Any) -> None:
    apply_theme(qapp, theme)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    buttons: list[tuple[str, QPushButton]] = []
    for name, properties, container in KINDS:
        parent: QWidget
        if container == "QStatusBar":
            parent = QStatusBar(window)
        elif container:
            parent = QFrame(window)
            parent.setObjectName(container)
        else:
            parent = window
        if parent is not window:
            if not isinstance(parent, QStatusBar):
                QVBoxLayout(parent)
            layout.addWidget(parent)
        button = QPushButton("Cancel", parent)
        button.setObjectName(name)
        button.setCheckable(bool(properties.pop("checkable", False)))
        for key, value in properties.items():
            button.setProperty(key, value)
        if button.isCheckable():
            button.setChecked(True)
        if isinstance(parent, QStatusBar):
            parent.addWidget(button)
        else:
            (layout if parent is window else parent.layout()).addWidget(button)
        buttons.append((f"{name or 'button'} {properties} in {container or 'a widget'}", button))
    window.show()
    qapp.processEvents()
    problems = [f"{what}: {text_room(button, focused=False)} -> {text_room(button, focused=True)}"
                for what, button in buttons if text_room(button, focused=True) != text_room(button, focused=False)]
    assert not problems, "\n".join(problems)


def test_the_busy_bar_fits_a_narrow_status_bar_with_cancel_focused(qapp: Any, themed: None, ops: Any,
                                                                   qtbot: Any) -> None:
    from facestation.station.ui.ops import BusyBar

    bar = BusyBar(ops)
    qtbot.addWidget(bar)
    bar.resize(420, 48)
    bar.show()
    text = "Sending the changes kept on this station to the service, one person at a time…"
    ops.busyChanged.emit(True, text)
    qapp.processEvents()
    assert bar.isVisible() and bar.label.text() == text
    assert bar.label.is_elided() and bar.label.toolTip() == text  # shortened, whole in its tooltip
    cancel = bar.cancel_button
    need = cancel.fontMetrics().horizontalAdvance(cancel.text())
    for focused in (False, True):
        assert text_room(cancel, focused=focused).width() >= need
