"""The navigator's tree view. Qt paints the rows from the model's items; a group's score is
then painted over its score cell as a small pill: filled when every scored question is
answered, outlined while the score is still partial, coloured by level (low, middle, high).

The pills are painted in one pass after each repaint rather than by an item delegate's
paint(): a delegate painting in Python is called back for every cell of the column on every
repaint, with a painter and a style option to convert each time, which cost more than the
rest of the tree's painting. Each kind of pill is drawn once into a pixmap and reused. The
cell itself (background, selection) is Qt's, without its text.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QTreeView, QWidget

LOW, HIGH = 50.0, 75.0
PILL_PADDING = 12  # around the text, inside the pill
PILL_GAP = 3  # between the pill and the cell's end
COLOURS = ("#c62828", "#b26a00", "#2e7d32")
Badge = tuple[str, float, bool, bool]  # text, percent, complete, in a bold row


def score_colour(percent: float) -> QColor:
    return QColor(COLOURS[0] if percent < LOW else COLOURS[1] if percent < HIGH else COLOURS[2])


class _UnwrittenText(QStyledItemDelegate):
    """Paints the score cells without their text, which the pill then shows."""

    def displayText(self, value: object, locale: QLocale) -> str:
        return ""


class NavigatorTreeView(QTreeView):
    def __init__(self, column: int, badge_role: int, parent: QWidget | None = None):
        """`badge_role` gives a score cell's Badge, or None where no pill is shown."""
        super().__init__(parent)
        self._column = column
        self._badge_role = badge_role
        self._pills: dict[tuple, tuple[QPixmap, int, int]] = {}
        self.setItemDelegateForColumn(column, _UnwrittenText(self))
        # Rows follow each other at one height: the pills' pass steps down row by row.
        self.setUniformRowHeights(True)
        # A scroll bar that came and went as groups open and close would change the width of
        # the label column each time, so that every label is elided and painted again, twice
        # (once now, once when Qt's deferred column resize lands): it stays.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Codes and labels are laid out again on every repaint (Qt keeps no layout per item);
        # without the cosmetic shaping of Latin text (kerning) that takes a quarter less time.
        # Scripts that need shaping to be legible are still shaped.
        font = QFont(self.font())
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._pills.clear()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        column = self._column
        left, width = self.columnViewportPosition(column), self.columnWidth(column)
        if self.isColumnHidden(column) or not -width < left < self.viewport().width():
            return
        right = left + width - 1
        painter: QPainter | None = None
        painted: set[int] = set()  # rows crossing several rectangles of the region: once
        for area in event.region():
            # Partly scrolled out, the column's right end, where the pill is, still shows.
            index = self.indexAt(QPoint(max(left, 0), area.top()))
            if not index.isValid():
                continue
            cell = self.visualRect(index)
            top, height = cell.top(), cell.height()
            while index.isValid() and top <= area.bottom():
                badge = index.data(self._badge_role) if top not in painted else None
                painted.add(top)
                if badge is not None:
                    if painter is None:
                        painter = QPainter(self.viewport())
                    pixmap, x, y = self._pill(badge, height)
                    painter.drawPixmap(right + x, top + y, pixmap)
                index = self.indexBelow(index)
                top += height
        if painter is not None:
            painter.end()

    def _pill(self, badge: Badge, row_height: int) -> tuple[QPixmap, int, int]:
        """The pill's pixmap and where it goes from the cell's right end and top."""
        ratio = self.devicePixelRatioF()
        key = (badge, row_height, ratio)
        found = self._pills.get(key)
        if found is None:
            found = self._pills[key] = self._draw_pill(badge, row_height, ratio)
        return found

    def pill_room(self, text: str) -> int:
        """The width a column needs to show a dimension's (bold) pill of `text` whole."""
        return self._pill_metrics(bold=True).horizontalAdvance(text) + PILL_PADDING + 2 * PILL_GAP

    def _pill_metrics(self, bold: bool) -> QFontMetrics:
        """Sized for the row's font (bold for dimensions), written in the view's."""
        font = QFont(self.font())
        font.setBold(bold)
        return QFontMetrics(font)

    def _draw_pill(self, badge: Badge, row_height: int, ratio: float) -> tuple[QPixmap, int, int]:
        text, percent, complete, bold = badge
        metrics = self._pill_metrics(bold)
        width = metrics.horizontalAdvance(text) + PILL_PADDING
        height = metrics.height() + 2
        # Right-aligned a few pixels from the cell's end, centred on the row, a pixel of room
        # around it for the outline's antialiasing.
        x = -width - PILL_GAP
        y = (row_height - 1) // 2 - height / 2 + 0.5
        left, top = x - 1, math.floor(y) - 1
        size = QSize(width + 2, math.ceil(y + height) + 1 - top)
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        pill = QRectF(x - left, y - top, width, height)
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
        painter.end()
        return pixmap, left, top
