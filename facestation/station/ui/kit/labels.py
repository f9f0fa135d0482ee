"""Labels, buttons and fields in the station's look: widgets that opt into a theme role instead of styling
themselves (the roles are listed in `theme.py`)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from facestation.station.ui.theme import restyle

__all__ = ["field_label", "mark_invalid", "password_field", "primary_button", "role_label", "show_message",
           "styled"]

W = TypeVar("W", bound=QWidget)


def role_label(role: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label styled by the theme's `role` (title, subtitle, hint, error, warning, …)."""
    label = QLabel(parent)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def primary_button(parent: QWidget | None = None) -> QPushButton:
    """The dialog's or page's main action: the accent colour, and Enter presses it."""
    button = QPushButton(parent)
    button.setProperty("role", "primary")
    button.setDefault(True)
    button.setAutoDefault(True)
    return button


def password_field(parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def field_label(label: QLabel, field: QWidget) -> None:
    """Tie a form label to its field (mnemonic, screen readers) and centre it on the field's height."""
    label.setBuddy(field)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setMinimumHeight(max(field.sizeHint().height(), 40))


def mark_invalid(field: QLineEdit, invalid: bool) -> None:
    """Outline a field in red (or not) and move the focus to it when it is wrong."""
    if bool(field.property("invalid")) != invalid:
        field.setProperty("invalid", invalid)
        restyle(field)
    if invalid:
        field.setFocus()


def show_message(label: QLabel, text: str) -> None:
    """Show a message in a role label, or hide the label when the text is empty."""
    label.setText(text)
    label.setVisible(bool(text))


def styled(widget: W, name: str, **properties: object) -> W:
    """Give a widget the object name (and dynamic properties) the theme's style sheet selects it by."""
    widget.setObjectName(name)
    for key, value in properties.items():
        widget.setProperty(key, value)
    return widget
