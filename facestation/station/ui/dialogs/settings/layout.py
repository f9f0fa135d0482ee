"""The settings dialog's layout pieces: touch-sized controls, the label/field grid and form, and the section
heading. Shared by the PIN gate, the field table and the section pages."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from facestation.station.ui.kit import field_label

__all__ = ["CONTROL_HEIGHT", "add_row", "form", "grid", "touch_sized"]

CONTROL_HEIGHT = 48
"""A control's height: big enough to hit with a finger on a kiosk's touch screen."""

W = TypeVar("W", bound=QWidget)


def touch_sized(widget: W) -> W:
    widget.setMinimumHeight(CONTROL_HEIGHT)
    return widget


def grid() -> QGridLayout:
    """Labels on the left, fields (with their explanations) on the right, as wide as the page allows."""
    layout = QGridLayout()
    layout.setHorizontalSpacing(16)
    layout.setVerticalSpacing(14)
    layout.setColumnStretch(1, 1)
    return layout


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setVerticalSpacing(12)
    layout.setHorizontalSpacing(16)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return layout


def add_row(layout: QGridLayout, label: QLabel, field: QWidget, hint: QLabel | None = None) -> None:
    """A labelled field with its explanation right under it; the label stays level with the field."""
    field_label(label, field)
    label.setFixedHeight(CONTROL_HEIGHT)
    row = layout.rowCount() if layout.count() else 0
    layout.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    column = QVBoxLayout()
    column.setSpacing(4)
    column.addWidget(field)
    if hint is not None:
        column.addWidget(hint)
    layout.addLayout(column, row, 1)
