"""The two halves of the Lists page as widgets, without their texts (the page sets those: they are its
translations): on the left the lists and the actions on a list, on the right the chosen list's members and the
actions on them. Each half fills its view from rows the page hands it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facestation.station.ui.kit import role_label
from facestation.station.ui.panels.lists.common import (
    BUTTON_HEIGHT,
    ID_ROLE,
    NAME_ROLE,
    PRIMARY_HEIGHT,
    heading_label,
    page_button,
)
from facestation.station.ui.panels.lists.delegate import TwoLineDelegate
from facestation.station.ui.widgets.button_flow import ButtonFlow
from facestation.station.ui.widgets.elided_label import ElidedLabel

__all__ = ["ListsColumn", "MembersColumn"]


def _list_view(parent: QWidget, name: str, mode: QAbstractItemView.SelectionMode) -> QListWidget:
    view = QListWidget(parent)
    view.setObjectName(name)
    view.setSelectionMode(mode)
    view.setSpacing(2)
    view.setItemDelegate(TwoLineDelegate(view))
    return view


class ListsColumn:
    """The left half: a heading, the lists (one chosen at a time), a hint when there are none, New list, and
    Rename / Delete for the chosen one. The widgets are the page's children; `layout` goes into the page."""

    def __init__(self, parent: QWidget) -> None:
        self.heading = heading_label(parent)
        self.view = _list_view(parent, "listsView", QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = role_label("hint", parent)
        self.empty.setObjectName("listsEmpty")
        self.new_button = page_button(parent, "newListButton", primary=True)
        self.rename_button = page_button(parent, "renameListButton")
        self.delete_button = page_button(parent, "deleteListButton")
        self.layout = QVBoxLayout()
        self.layout.setSpacing(8)
        self.layout.addWidget(self.heading)
        self.layout.addWidget(self.view, 1)
        self.layout.addWidget(self.empty)
        self.layout.addWidget(self.new_button)
        # Side by side while both labels fit; one under the other on a narrow window or in a longer language.
        actions = ButtonFlow()
        actions.addWidget(self.rename_button)
        actions.addWidget(self.delete_button)
        self.layout.addLayout(actions)

    def show(self, rows: Iterable[tuple[str, str, str]], selected_id: str | None) -> None:
        """Fill the view with (list id, text, tooltip) rows, the chosen one current; no signal while filling."""
        self.view.blockSignals(True)
        self.view.clear()
        for identifier, text, tooltip in rows:
            item = QListWidgetItem(text, self.view)
            item.setData(ID_ROLE, identifier)
            item.setToolTip(tooltip)
            item.setSizeHint(QSize(0, PRIMARY_HEIGHT))
            if identifier == selected_id:
                self.view.setCurrentItem(item)
        if selected_id is None:
            self.view.setCurrentRow(-1)
        self.view.blockSignals(False)

    def select(self, identifier: str) -> bool:
        """Make a list current (as a tap would, with its signal); False when it is not shown."""
        for row in range(self.view.count()):
            if self.view.item(row).data(ID_ROLE) == identifier:
                self.view.setCurrentRow(row)
                return True
        return False

    def clear_choice(self) -> None:
        """Nothing chosen, without telling anyone (sign-out)."""
        self.view.blockSignals(True)
        self.view.clearSelection()
        self.view.setCurrentRow(-1)
        self.view.blockSignals(False)


class MembersColumn:
    """The right half: the chosen list's name and description, its members (several can be chosen), a line
    saying how many, Show more, an error line, Remove from list and Add person."""

    def __init__(self, parent: QWidget) -> None:
        # The list's name is the user's: however long, it is shortened with "…" (whole in the tooltip).
        self.heading = ElidedLabel(parent)
        self.heading.setProperty("role", "heading")
        self.heading.setObjectName("membersHeading")
        self.description = role_label("hint", parent)
        self.description.setObjectName("listDescription")
        # Tapping toggles: several people can be chosen on a touch screen without a Ctrl key.
        self.view = _list_view(parent, "membersView", QAbstractItemView.SelectionMode.MultiSelection)
        self.hint = role_label("hint", parent)
        self.hint.setObjectName("membersHint")
        self.more_button = page_button(parent, "showMoreButton")
        self.error = role_label("error", parent)
        self.error.setObjectName("membersError")
        self.error.setVisible(False)
        self.remove_button = page_button(parent, "removeMemberButton")
        self.add_button = page_button(parent, "addPersonButton", primary=True)
        self.layout = QVBoxLayout()
        self.layout.setSpacing(8)
        self.layout.addWidget(self.heading)
        self.layout.addWidget(self.description)
        self.layout.addWidget(self.view, 1)
        more_row = QHBoxLayout()
        more_row.addWidget(self.hint, 1)
        more_row.addWidget(self.more_button)
        self.layout.addLayout(more_row)
        self.layout.addWidget(self.error)
        actions = ButtonFlow()
        actions.addWidget(self.remove_button)
        actions.addWidget(self.add_button)
        self.layout.addLayout(actions)

    def show(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Fill the view with (record id, name, text) rows; no signal while filling."""
        self.view.blockSignals(True)
        self.view.clear()
        for identifier, name, text in rows:
            item = QListWidgetItem(text, self.view)
            item.setData(ID_ROLE, identifier)
            item.setData(NAME_ROLE, name)
            item.setSizeHint(QSize(0, BUTTON_HEIGHT))
        self.view.blockSignals(False)

    def chosen(self) -> list[tuple[str, str]]:
        """(record id, name) of the people chosen."""
        return [(str(item.data(ID_ROLE)), str(item.data(NAME_ROLE))) for item in self.view.selectedItems()]
