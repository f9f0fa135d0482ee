"""A row of buttons that wraps: the buttons share one row while their labels fit, and go onto as many rows as
needed when they do not (a narrow window, a longer translation), each row filling the whole width. So no
button ever has less width than its label needs, whatever the language."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

__all__ = ["ButtonFlow"]


class ButtonFlow(QLayout):
    """Lays its widgets out left to right at (at least) their size hints, starting a new row when the next one
    does not fit; the widgets on each row share out the row's spare width. Its height follows its width
    (`heightForWidth`), so the layout around it makes room for a second row."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item bookkeeping -------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ----------------------------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items) + self.spacing() * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        # One button per row at the narrowest: as wide as the widest label, as high as the rows it then takes.
        width = max((item.sizeHint().width() for item in self._visible()), default=0)
        return QSize(width, self.heightForWidth(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- placing --------------------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible():
            need = item.sizeHint().width()
            if rows and used + self.spacing() + need <= width:
                rows[-1].append(item)
                used += self.spacing() + need
            else:
                rows.append([item])
                used = need
        return rows

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Place the items in `rect` (when `place`); the height they take either way."""
        y = rect.y()
        for index, row in enumerate(self._rows(rect.width())):
            if index:
                y += self.spacing()
            height = max(item.sizeHint().height() for item in row)
            if place:
                hints = [item.sizeHint().width() for item in row]
                spare = max(0, rect.width() - sum(hints) - self.spacing() * (len(row) - 1))
                x = rect.x()
                for position, (item, hint) in enumerate(zip(row, hints, strict=True)):
                    # The spare width shared evenly; the last button takes the rounding, so the row is flush.
                    width = hint + spare // len(row) + (spare % len(row) if position == len(row) - 1 else 0)
                    width = min(width, rect.right() + 1 - x)
                    item.setGeometry(QRect(x, y, width, height))
                    x += width + self.spacing()
            y += height
        return y - rect.y()
