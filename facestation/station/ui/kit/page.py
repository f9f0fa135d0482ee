"""The page scaffold: the margins and spacing every page of the main window has, and its optional title and
hint at the top (role labels the page fills in `retranslate_ui`)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facestation.station.ui.kit.labels import role_label

__all__ = ["PAGE_MARGINS", "PAGE_SPACING", "page_header", "page_layout"]

PAGE_MARGINS = (24, 20, 24, 16)
PAGE_SPACING = 12


def page_layout(page: QWidget) -> QVBoxLayout:
    """The standard page layout of `page` (call once, in its `__init__`)."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(PAGE_SPACING)
    return layout


def page_header(page: QWidget, layout: QVBoxLayout, *, hint: bool = True) -> tuple[QLabel, QLabel | None]:
    """A page's title (and, with `hint`, the hint under it) added to the top of `layout`; texts come later."""
    title = role_label("title", page)
    layout.addWidget(title)
    hint_label = role_label("hint", page) if hint else None
    if hint_label is not None:
        layout.addWidget(hint_label)
    return title, hint_label
