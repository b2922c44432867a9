"""Paints a group's score as a small pill: filled when every scored question is answered,
outlined while the score is still partial, coloured by level (low, middle, high)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

LOW, HIGH = 50.0, 75.0
COLOURS = ("#c62828", "#b26a00", "#2e7d32")


def score_colour(percent: float) -> QColor:
    return QColor(COLOURS[0] if percent < LOW else COLOURS[1] if percent < HIGH else COLOURS[2])


class ScoreBadgeDelegate(QStyledItemDelegate):
    def __init__(self, score_role: int, complete_role: int, parent=None):
        super().__init__(parent)
        self._score_role = score_role
        self._complete_role = complete_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        percent = index.data(self._score_role)
        if percent is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        colour = score_colour(float(percent))
        complete = bool(index.data(self._complete_role))
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 2
        rect = option.rect
        pill = QRectF(rect.right() - width - 3, rect.center().y() - height / 2 + 0.5,
                      width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if complete:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
        else:
            painter.setPen(QPen(colour, 1.2))
            painter.setBrush(QColor("white"))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white") if complete else colour)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
