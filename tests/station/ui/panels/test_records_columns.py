"""The records table's columns at the widths a page gives it: the name readable on a narrow table (the date
and state hidden, in that order), every column at its contents' width on a wide one, never a sideways scroll."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

from facestation.station.ui.panels.records.table_columns import (
    NAME_MIN_WIDTH,
    ColumnFitter,
)


def make_table(qtbot) -> tuple[QTableWidget, ColumnFitter]:
    table = QTableWidget(2, 4)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Name", "Number", "Active", "Enrolled"])
    for row, cells in enumerate([["Grace Hopper Murray", "M-1906abcdef", "Yes", "2026-12-07 14:56"],
                                 ["Ada Lovelace", "M-1815", "Turned off", "2026-12-06 09:01"]]):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    fitter = ColumnFitter(table, drop_order=(3, 2))
    table.show()
    return table, fitter


def shown(table: QTableWidget) -> list[int]:
    return [column for column in range(table.columnCount()) if not table.isColumnHidden(column)]


def test_a_wide_table_shows_every_column_at_its_contents_width(qtbot) -> None:
    table, fitter = make_table(qtbot)
    table.resize(900, 300)
    QApplication.processEvents()
    assert shown(table) == [0, 1, 2, 3]
    for column in (1, 2, 3):
        assert table.columnWidth(column) >= fitter.needed_width(column)
    assert table.columnWidth(0) >= NAME_MIN_WIDTH
    assert not table.horizontalScrollBar().isVisible()


def test_a_narrow_table_hides_the_date_then_the_state_and_keeps_the_name_readable(qtbot) -> None:
    table, _fitter = make_table(qtbot)
    table.resize(420, 300)
    QApplication.processEvents()
    middle = shown(table)
    table.resize(310, 300)  # the Records page at 1024x768, beside the person's details
    QApplication.processEvents()
    assert 3 not in middle and 1 in middle and shown(table) == [0, 1]
    assert table.columnWidth(0) >= NAME_MIN_WIDTH - 2 and not table.horizontalScrollBar().isVisible()
    table.resize(900, 300)  # wider again: the columns come back
    QApplication.processEvents()
    assert shown(table) == [0, 1, 2, 3]
