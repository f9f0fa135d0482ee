"""The station's dialogs: first run (`first_run.FirstRunDialog`) and sign-in (`sign_in.SignInDialog`).

Both are opened with `open()` (never `exec()`: no nested event loop under qasync) and report through their
`finished`/`accepted` signals. Shared bits for their look live here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from facestation.station.ui.theme import restyle


def role_label(role: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label styled by the theme's `role` (title, subtitle, hint, error, warning)."""
    label = QLabel(parent)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def primary_button(parent: QWidget | None = None) -> QPushButton:
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
