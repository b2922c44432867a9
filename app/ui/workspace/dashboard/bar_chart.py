"""A horizontal bar chart of scores (0–100) with a caption under each bar, painted with QPainter.

Horizontal bars leave room for long dimension names on the left, which vertical bars would
have to rotate or cut. The caption carries the coverage ("partial · 35 % answered") so a score
is never read without knowing how much of it is answered. With a peer benchmark, a box over
each bar spans the peer group's first to third quartile and a tick marks its median.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.models.peer_quartiles import PeerQuartiles
from app.ui.workspace.dashboard.chart_style import ChartEntry, ChartStyle

TICKS = (0, 25, 50, 75, 100)
BAR_HEIGHT = 12
ROW_PADDING = 8
GAP = 12


class BarChart(QWidget):
    clicked = Signal(str)  # key of the bar's row

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._entries: list[ChartEntry] = []
        self._hovered = -1
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(360)

    def set_entries(self, entries: list[ChartEntry]) -> None:
        if entries != self._entries:
            resized = len(entries) != len(self._entries)
            self._entries = list(entries)
            if resized:
                self.updateGeometry()
            self.update()

    def entries(self) -> list[ChartEntry]:
        return list(self._entries)

    # --- geometry ------------------------------------------------------------------------------

    def _row_height(self) -> int:
        metrics = QFontMetrics(self.font())
        return (
            max(metrics.lineSpacing() * 2, BAR_HEIGHT + 4 + metrics.lineSpacing()) + 2 * ROW_PADDING
        )

    def _axis_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing() + 8

    def sizeHint(self) -> QSize:
        return QSize(520, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._entries)) * self._row_height() + self._axis_height())

    def _columns(self) -> tuple[QRectF, float, float, float]:
        """(area, label width, bar left, bar width)."""
        area = QRectF(self.contentsRect()).adjusted(4, 0, -4, 0)
        label_width = max(120.0, min(300.0, area.width() * 0.38))
        value_width = QFontMetrics(self.font()).horizontalAdvance("100 %") + 16
        bar_left = area.left() + label_width + GAP
        bar_width = max(40.0, area.right() - value_width - bar_left)
        return area, label_width, bar_left, bar_width

    def _row_at(self, position: QPointF) -> int:
        row = int((position.y() - self.contentsRect().top()) // self._row_height())
        return row if 0 <= row < len(self._entries) and position.y() >= 0 else -1

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        style = ChartStyle(self.palette(), self.font())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area, label_width, bar_left, bar_width = self._columns()
        row_height = self._row_height()
        rows_bottom = area.top() + row_height * len(self._entries)
        painter.setPen(QPen(style.grid, 1, Qt.PenStyle.DotLine))
        for tick in TICKS:
            x = bar_left + bar_width * tick / 100
            painter.drawLine(QPointF(x, area.top()), QPointF(x, rows_bottom))
        for index, entry in enumerate(self._entries):
            row = QRectF(area.left(), area.top() + index * row_height, area.width(), row_height)
            if index == self._hovered:
                painter.fillRect(row, style.track)
            self._paint_row(painter, style, row, entry, label_width, bar_left, bar_width)
        painter.setFont(style.small_font)
        painter.setPen(style.muted)
        small = QFontMetrics(style.small_font)
        for tick in TICKS:
            x = bar_left + bar_width * tick / 100
            text = str(tick)
            width = small.horizontalAdvance(text)
            painter.drawText(QPointF(x - width / 2, rows_bottom + 4 + small.ascent()), text)

    def _paint_row(
        self,
        painter: QPainter,
        style: ChartStyle,
        row: QRectF,
        entry: ChartEntry,
        label_width: float,
        bar_left: float,
        bar_width: float,
    ) -> None:
        metrics = QFontMetrics(style.font)
        line = metrics.lineSpacing()
        lines = ChartStyle.fit_lines(metrics, entry.label, int(label_width), 2)
        top = row.center().y() - line * len(lines) / 2
        painter.setFont(style.font)
        painter.setPen(style.ink if entry.value is not None else style.muted)
        for number, text in enumerate(lines):
            painter.drawText(
                QRectF(row.left(), top + number * line, label_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        caption_height = QFontMetrics(style.small_font).lineSpacing()
        bar_top = row.center().y() - (BAR_HEIGHT + 4 + caption_height) / 2
        track = QRectF(bar_left, bar_top, bar_width, BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.track)
        painter.drawRoundedRect(track, 3, 3)
        if entry.value is not None and entry.value > 0:
            filled = QRectF(track)
            filled.setWidth(max(6.0, bar_width * min(entry.value, 100.0) / 100))
            painter.setBrush(style.series)
            painter.drawRoundedRect(filled, 3, 3)
        if entry.peers is not None:
            self._paint_quartiles(painter, style, track, entry.peers)
        painter.setFont(style.bold_font)
        painter.setPen(style.ink if entry.value is not None else style.muted)
        painter.drawText(
            QRectF(
                track.right() + 8, track.top() - 4, row.right() - track.right() - 8, BAR_HEIGHT + 8
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            entry.value_text,
        )
        if entry.caption:
            painter.setFont(style.small_font)
            painter.setPen(style.partial if entry.partial else style.muted)
            small = QFontMetrics(style.small_font)
            caption = small.elidedText(entry.caption, Qt.TextElideMode.ElideRight, int(bar_width))
            painter.drawText(
                QRectF(bar_left, track.bottom() + 3, bar_width, caption_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                caption,
            )

    @staticmethod
    def _paint_quartiles(
        painter: QPainter, style: ChartStyle, track: QRectF, peers: PeerQuartiles
    ) -> None:
        def x(value: float) -> float:
            return track.left() + track.width() * max(0.0, min(value, 100.0)) / 100

        box = QRectF(
            x(peers.q1), track.top() + 3, max(x(peers.q3) - x(peers.q1), 1.0), track.height() - 6
        )
        painter.setPen(QPen(style.ink, 1))
        painter.setBrush(style.peer_fill)
        painter.drawRect(box)
        painter.setPen(QPen(style.ink, 2.5))
        painter.drawLine(
            QPointF(x(peers.median), track.top() - 3), QPointF(x(peers.median), track.bottom() + 3)
        )

    # --- interaction ---------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position())
        if row != self._hovered:
            self._hovered = row
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if row >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self._entries[row].key)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row = self._row_at(QPointF(event.pos()))
            if row < 0:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._entries[row].tooltip, self)
            return True
        return super().event(event)
