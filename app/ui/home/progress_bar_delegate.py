"""Draws a cell's 0–1 share (from a model role) as a slim bar beside its text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

BAR_WIDTH = 70
BAR_HEIGHT = 6
COMPLETE = QColor("#2e7d32")
UNDER_WAY = QColor("#1f6fb2")
TRACK = QColor("#dde3ea")


class ProgressBarDelegate(QStyledItemDelegate):
    def __init__(self, share_role: int, parent=None):
        super().__init__(parent)
        self._role = share_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        share = index.data(self._role)
        if share is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        # QtWidgets.QStyle, not imported by name: PySide builds its Python type, with a dozen
        # enums, at first use, here at the first bar drawn (the audit list computes progress
        # once the window is up) rather than in the start-up before the first paint.
        QStyle = QtWidgets.QStyle
        style = option.widget.style() if option.widget else None
        text, option.text = option.text, ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(6, 0, -6, 0)
        bar = QRect(
            rect.left(),
            rect.center().y() - BAR_HEIGHT // 2,
            min(BAR_WIDTH, rect.width() // 2),
            BAR_HEIGHT,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * max(0.0, min(1.0, float(share)))))
        painter.setBrush(COMPLETE if share >= 1.0 else UNDER_WAY)
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 3, 3)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        text_rect = QRect(
            bar.right() + 8, rect.top(), rect.right() - bar.right() - 8, rect.height()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text
        )
        painter.restore()

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        hint.setWidth(max(hint.width(), BAR_WIDTH + 60))
        return hint
