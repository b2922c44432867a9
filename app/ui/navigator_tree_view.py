"""The navigator's tree view. Qt paints the rows from the model's items; a group's score is
then painted over its score cell as a small pill: filled when every scored question is
answered, outlined while the score is still partial, coloured by level (low, middle, high).

The pills are painted in one pass after each repaint rather than by an item delegate's
paint(): a delegate painting in Python is called back for every cell of the column on every
repaint, with a painter and a style option to convert each time, which cost more than the
rest of the tree's painting. The cell itself (background, selection) is Qt's, without its
text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QTreeView, QWidget

LOW, HIGH = 50.0, 75.0
COLOURS = ("#c62828", "#b26a00", "#2e7d32")


def score_colour(percent: float) -> QColor:
    return QColor(COLOURS[0] if percent < LOW else COLOURS[1] if percent < HIGH else COLOURS[2])


class _UnwrittenText(QStyledItemDelegate):
    """Paints the score cells without their text, which the pill then shows."""

    def displayText(self, value: object, locale: QLocale) -> str:
        return ""


class NavigatorTreeView(QTreeView):
    def __init__(self, column: int, score_role: int, complete_role: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._column = column
        self._score_role = score_role
        self._complete_role = complete_role
        self.setItemDelegateForColumn(column, _UnwrittenText(self))
        # Codes and labels are laid out again on every repaint (Qt keeps no layout per item);
        # without the cosmetic shaping of Latin text (kerning) that takes a quarter less time.
        # Scripts that need shaping to be legible are still shaped.
        font = QFont(self.font())
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        left = self.columnViewportPosition(self._column)
        if self.isColumnHidden(self._column) or \
                not -self.columnWidth(self._column) < left < self.viewport().width():
            return
        left = max(left, 0)  # partly scrolled out: its right end, where the pill is, shows
        # Each row once, even when it crosses several rectangles of the repainted region.
        rows: dict[int, QModelIndex] = {}
        for area in event.region():
            index = self.indexAt(QPoint(left, area.top()))
            while index.isValid():
                top = self.visualRect(index).top()
                if top > area.bottom():
                    break
                rows[top] = index
                index = self.indexBelow(index).siblingAtColumn(self._column)
        painter: QPainter | None = None
        for index in rows.values():
            percent = index.data(self._score_role)
            if percent is None:
                continue
            if painter is None:
                painter = QPainter(self.viewport())
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_pill(painter, index, float(percent))
        if painter is not None:
            painter.end()

    def _paint_pill(self, painter: QPainter, index: QModelIndex, percent: float) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        complete = bool(index.data(self._complete_role))
        # Sized for the row's font (bold for dimensions), written in the view's.
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(QFont(font).resolve(self.font()) if font is not None
                               else self.font())
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 2
        rect = self.visualRect(index)
        pill = QRectF(rect.right() - width - 3, rect.center().y() - height / 2 + 0.5,
                      width, height)
        colour = score_colour(percent)
        if complete:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        else:
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(QColor("white"))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white") if complete else colour)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
