"""Checks that a window fits the screen it is shown on, for the screen-fit tests: single-line texts wider than
their room, word-wrapped texts taller than their room, sibling widgets that overlap, widgets that stick out of
their parent, and message boxes shown empty. Each check returns readable problems; exclusions are named (each with why) by the test."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from facestation.station.ui.widgets.elided_label import ElidedLabel

__all__ = ["FitChecks", "describe", "shown_text"]

MNEMONIC = re.compile(r"&(?!&)")
MESSAGE_ROLES = ("error", "warning", "success", "fieldError")


@dataclass
class FitChecks:
    """The five checks, with what each may skip: object names whose text may clip (`clipping`), class names
    that may overlap a sibling (`overlap`) or stick out of their parent (`outside`); each maps to its why."""

    clipping: dict[str, str] = field(default_factory=dict)
    overlap: dict[str, str] = field(default_factory=dict)
    outside: dict[str, str] = field(default_factory=dict)

    def problems(self, window: QWidget) -> list[str]:
        return [*self.clipped_texts(window), *self.overlapping_siblings(window), *self.cut_wrapped_texts(window),
                *self.children_outside(window), *self.empty_messages(window)]

    def empty_messages(self, window: QWidget) -> list[str]:
        """Visible message boxes (the theme's error, warning and success roles draw a coloured box) with no text:
        an empty coloured box on the screen."""
        return [f"{describe(label)} is an empty {label.property('role')} box" for label in window.findChildren(QLabel)
                if label.property("role") in MESSAGE_ROLES and label.isVisibleTo(window) and not label.text()
                and label.pixmap().isNull() and label.objectName() not in self.clipping]

    def clipped_texts(self, window: QWidget) -> list[str]:
        """Visible single-line plain-text labels and buttons whose text is wider than the room they have."""
        problems: list[str] = []
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.text() or not widget.isVisibleTo(window):
                continue
            if isinstance(widget, ElidedLabel):  # shortened with "…" by design: then the whole text is its tooltip
                if widget.is_elided() and widget.toolTip() != widget.text():
                    problems.append(f"{describe(widget)} is shortened without its whole text as a tooltip")
                continue
            if isinstance(widget, QLabel):
                if widget.wordWrap() or is_rich(widget):
                    continue
                room = widget.contentsRect().width() - 2 * widget.margin() - max(0, widget.indent())
            else:  # a button's room for its text: its width less what its size hint adds around the text
                room = widget.width() - (widget.sizeHint().width() - widget.fontMetrics().horizontalAdvance(
                    shown_text(widget)))
            metrics = widget.fontMetrics()
            for line in shown_text(widget).splitlines():
                need = metrics.horizontalAdvance(line)
                if need > room and widget.objectName() not in self.clipping:
                    problems.append(f"{describe(widget)} needs {need} px, has {room}")
        return problems

    def cut_wrapped_texts(self, window: QWidget) -> list[str]:
        """Visible word-wrapped plain-text labels whose text needs more height than they have (the bottom lines cut
        off), or holds a word wider than the label."""
        problems: list[str] = []
        for label in window.findChildren(QLabel):
            if not label.wordWrap() or not label.text() or not label.isVisibleTo(window) or is_rich(label):
                continue
            if label.objectName() in self.clipping:
                continue
            room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
            need = label.fontMetrics().boundingRect(QRect(0, 0, room.width(), 0), Qt.TextFlag.TextWordWrap,
                                                    shown_text(label))
            if need.height() > room.height() or need.width() > room.width():
                problems.append(f"{describe(label)} needs {need.width()}x{need.height()} px, has "
                                f"{room.width()}x{room.height()}")
        return problems

    def children_outside(self, window: QWidget) -> list[str]:
        """Visible widgets that stick out past their parent's edge (so past the window, for its own children).
        A scroll area's contents may be larger than its viewport: that is what scrolling is for."""
        problems: list[str] = []
        for child in window.findChildren(QWidget):
            parent = child.parentWidget()
            if child.isWindow() or parent is None or not child.isVisibleTo(window):
                continue
            if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
                continue
            if not parent.rect().contains(child.geometry()) and type(child).__name__ not in self.outside:
                problems.append(f"{describe(child)} sticks out of {describe(parent)} {tuple(parent.rect().getRect())}")
        return problems

    def overlapping_siblings(self, window: QWidget) -> list[str]:
        problems: list[str] = []
        for parent in [window, *window.findChildren(QWidget)]:
            if not parent.isVisibleTo(window) and parent is not window:
                continue
            children = [child for child in parent.children() if isinstance(child, QWidget) and not child.isWindow()
                        and child.isVisibleTo(window)]
            for index, first in enumerate(children):
                for second in children[index + 1:]:
                    if first.geometry().intersects(second.geometry()) and not {
                            type(first).__name__, type(second).__name__} & self.overlap.keys():
                        problems.append(f"{describe(first)} overlaps {describe(second)} in {describe(parent)}")
        return problems


def shown_text(widget: QLabel | QAbstractButton) -> str:
    return MNEMONIC.sub("", widget.text()).replace("&&", "&")


def is_rich(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.RichText or "<" in label.text()


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = f" {text()!r}" if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName()}){label}{tuple(widget.geometry().getRect())}"
