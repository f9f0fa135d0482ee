"""The side navigation: a column of big, checkable buttons (one per page or section) under a title, on the
theme's navigation background; the main window and the settings dialog both use it.

    navigation = SideNavigation(("enrol", "verify"), parent, button_prefix="nav_")
    navigation.chosen.connect(window.show_page)          # a click (or `choose`) names the page
    navigation.set_texts({"enrol": tr("&Enrol"), "verify": tr("&Verify")})
    navigation.add_bottom(sign_out_button)               # below the stretch, at the foot of the column

The buttons are created together, so Tab goes down the column before it enters the page shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QVBoxLayout, QWidget

from facestation.station.ui.kit.labels import role_label

__all__ = ["SideNavigation"]


class SideNavigation(QWidget):
    """The navigation column. `chosen(name)` is emitted when the operator clicks a button (or `choose` is
    called); `set_current(name)` only checks a button, without a signal. The buttons are named
    `{button_prefix}{name}` and carry the theme's `role="nav"`; the column itself is named `navigation`."""

    chosen = Signal(str)

    def __init__(self, names: Sequence[str], parent: QWidget | None = None, *, width: int = 260,
                 margins: tuple[int, int, int, int] = (16, 20, 16, 16), spacing: int = 10, title_gap: int = 12,
                 button_prefix: str = "nav_") -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        # A QWidget subclass paints the theme's background only when asked to (a plain QWidget always does).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(width)
        self.names = tuple(names)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(*margins)
        self._layout.setSpacing(spacing)
        self.title: QLabel = role_label("title", self, wrap=False)
        self._layout.addWidget(self.title)
        self._layout.addSpacing(title_gap)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for index, name in enumerate(self.names):
            button = QPushButton(self)
            button.setObjectName(f"{button_prefix}{name}")
            button.setProperty("role", "nav")
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button, index)
            self._layout.addWidget(button)
            self.buttons[name] = button
        self._layout.addStretch(1)
        self.group.idClicked.connect(lambda index: self.chosen.emit(self.names[index]))

    def button(self, name: str) -> QPushButton:
        return self.buttons[name]

    def set_texts(self, texts: Mapping[str, str]) -> None:
        """The buttons' (translated) texts, by name; names left out keep theirs."""
        for name, text in texts.items():
            self.buttons[name].setText(text)

    def set_current(self, name: str) -> None:
        """Check the button of `name` (what is shown changed elsewhere): no `chosen` signal."""
        self.buttons[name].setChecked(True)

    @property
    def current(self) -> str | None:
        """The name whose button is checked (None before any is)."""
        index = self.group.checkedId()
        return self.names[index] if index >= 0 else None

    def choose(self, name: str) -> None:
        """As if the operator clicked the button of `name`."""
        self.buttons[name].click()

    def add_bottom(self, widget: QWidget) -> QWidget:
        """Put a widget at the foot of the column (below the stretch, after those added before)."""
        widget.setParent(self)
        self._layout.addWidget(widget)
        return widget
