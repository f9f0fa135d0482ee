"""The records table's columns fitted to the width it has: the name takes what is left, the other columns
their contents' width; when the table is too narrow for all of them (a 1024-pixel window, beside the person's
details), the least needed columns are hidden first (the date, then the state: the person's details show
both), so the name and number stay readable instead of every column shrinking to a sliver."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableWidget
from shiboken6 import isValid

__all__ = ["ColumnFitter"]

NAME_MIN_WIDTH = 160  # about "Grace Hopper Murray" shortened to a readable "Grace Hopper M…"
NUMBER_MIN_WIDTH = 90
NUMBER_MAX_WIDTH = 220  # a very long number is shortened with … (its tooltip holds it whole)


class ColumnFitter(QObject):
    """Keeps `table`'s column 0 stretched and sizes the others to their contents, hiding the columns in
    `drop_order` (first the first) while they do not fit. Refits when the table's viewport is resized and
    whenever `fit()` is called (after the rows or headers change)."""

    def __init__(self, table: QTableWidget, *, drop_order: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._drop_order = tuple(drop_order)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(40)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport outlives its table by a moment while the page is destroyed.
        if event.type() == QEvent.Type.Resize and isValid(self._table) and watched is self._table.viewport():
            self.fit()
        return False

    def needed_width(self, column: int) -> int:
        """What a column needs for its header and its widest cell."""
        table = self._table
        return max(table.horizontalHeader().sectionSizeHint(column), table.sizeHintForColumn(column))

    def fit(self) -> None:
        table = self._table
        room = table.viewport().width()
        needs = {column: self.needed_width(column) for column in range(1, table.columnCount())}
        needs[1] = max(NUMBER_MIN_WIDTH, min(needs.get(1, 0), NUMBER_MAX_WIDTH))
        shown = list(needs)
        for column in self._drop_order:
            if NAME_MIN_WIDTH + sum(needs[c] for c in shown) <= room:
                break
            shown.remove(column)
        for column, need in needs.items():
            table.setColumnHidden(column, column not in shown)
            if column in shown:
                # The last resort on a very narrow table: the number gives way to the name.
                width = need if column != 1 else max(
                    NUMBER_MIN_WIDTH, min(need, room - NAME_MIN_WIDTH - sum(needs[c] for c in shown if c != 1)))
                table.setColumnWidth(column, width)
