"""What the Lists page and its dialogs share: sizes, item roles, buttons, how a person reads in a list, and
turning an action's outcome into the page's callbacks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from facestation.api import FaceRecordSummary
from facestation.station.core.actions import Outcome, Queued, Refused, Sent
from facestation.station.core.lists import refusal_error
from facestation.station.ui.kit import Problem, primary_button, role_label
from facestation.station.ui.ops import Operations

__all__ = ["BUTTON_HEIGHT", "DESCRIPTION_LIMIT", "ID_ROLE", "NAME_LIMIT", "NAME_ROLE", "PRIMARY_HEIGHT",
           "answer", "heading_label", "page_button", "person_line"]

BUTTON_HEIGHT = 48  # touch-friendly
PRIMARY_HEIGHT = 64
NAME_LIMIT = 100  # the service's limit for names
DESCRIPTION_LIMIT = 250
ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def page_button(parent: QWidget, name: str, *, primary: bool = False) -> QPushButton:
    button = primary_button(parent) if primary else QPushButton(parent)
    button.setObjectName(name)
    button.setMinimumHeight(PRIMARY_HEIGHT if primary else BUTTON_HEIGHT)
    if not primary:
        button.setAutoDefault(False)
    return button


def heading_label(parent: QWidget) -> QLabel:
    """A column heading (the theme's "heading" role: larger and bold), so each half of the page says what it
    holds."""
    return role_label("heading", parent, wrap=False)


def person_line(record: FaceRecordSummary) -> str:
    """How a person reads in a list: name, member number, and whether Verify can recognise them.

    One translation context ("ListsPanel") whoever shows the line: lupdate cannot tell which class a `tr`
    passed in would be, so it filed these texts under no context and they were never translated."""
    translate = QCoreApplication.translate
    text = record.full_name or translate("ListsPanel", "(no name)")
    if record.external_identifier:
        text = translate("ListsPanel", "{0}   ·   No. {1}").format(text, record.external_identifier)
    if not record.enabled:
        text = translate("ListsPanel", "{0}   (switched off: not recognised)").format(text)
    return text


def answer(ops: Operations, outcome: Outcome, *, sent: Callable[[Any], Any], queued: Callable[[Any], Any],
           failed: Callable[[Problem], Any]) -> None:
    """Hand a performed action's outcome on: `sent(result)`, `queued(item)`, or the refusal described by `ops`
    to `failed(problem)` (as an error of the operation itself would be)."""
    if isinstance(outcome, Sent):
        sent(outcome.result)
    elif isinstance(outcome, Queued):
        queued(outcome.item)
    elif isinstance(outcome, Refused):
        ops.report(refusal_error(outcome), on_error=failed)
