"""The two-line look of the Lists page's items: a bold title over a muted line of details."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

__all__ = ["TwoLineDelegate"]


class TwoLineDelegate(QStyledItemDelegate):
    """Draws an item's text "title\\ndetails" as a bold title over a muted line of details, elided to fit (a
    text of one line as it is). The item keeps its whole text (what screen readers and tests read)."""

    MARGIN = 10

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title, _, details = text.partition("\n")
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background, selection and focus as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        palette = option.palette
        title_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not enabled:  # the theme's one text colour covers disabled items too: mute them here
            title_colour = muted
        detail_colour = title_colour if selected else muted
        area = option.rect.adjusted(self.MARGIN, 4, -self.MARGIN, -4)
        half = area.height() // 2 if details else area.height()
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(bool(details))
        painter.setFont(title_font)
        painter.setPen(title_colour)
        top = QRect(area.left(), area.top(), area.width(), half)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, area.width()))
        if details:
            painter.setFont(option.font)
            painter.setPen(detail_colour)
            bottom = QRect(area.left(), area.top() + half, area.width(), area.height() - half)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText(details, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()
