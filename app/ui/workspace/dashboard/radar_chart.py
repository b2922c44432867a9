"""A radar chart of scores on a fixed 0–100 scale, painted with QPainter.

The scale never adapts to the data: a fixed scale keeps two audits, or the same audit a week
later, visually comparable. An axis with nothing scored yet gets no point (drawing it at zero
would read as a zero score), and the polygon is only filled once every axis has a score.
With a peer benchmark, the peer median is a dashed line (only when the group has a median on
every axis: a gap drawn as zero would misstate the peers).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.workspace.dashboard.chart_style import ChartEntry, ChartStyle

RINGS = (25, 50, 75, 100)
LABEL_LINES = 3


class RadarChart(QWidget):
    clicked = Signal(str)  # key of the axis whose label was clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._entries: list[ChartEntry] = []
        self._label_rects: list[QRectF] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(340, 300)

    def sizeHint(self) -> QSize:
        return QSize(460, 360)

    def set_entries(self, entries: list[ChartEntry]) -> None:
        if entries != self._entries:
            self._entries = list(entries)
            self.update()

    def entries(self) -> list[ChartEntry]:
        return list(self._entries)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        style = ChartStyle(self.palette(), self.font())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area = QRectF(self.contentsRect()).adjusted(6, 6, -6, -6)
        if len(self._entries) < 3:
            painter.setPen(style.muted)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("The radar needs at least three scored dimensions."),
            )
            self._label_rects = []
            return
        label_width = max(96.0, min(200.0, area.width() * 0.25))
        label_height = (
            QFontMetrics(style.small_font).lineSpacing() * LABEL_LINES
            + QFontMetrics(style.bold_font).lineSpacing()
            + 4
        )
        radius = min(area.width() / 2 - label_width - 10, area.height() / 2 - label_height - 10)
        radius = max(radius, 40.0)
        center = area.center()
        self._paint_grid(painter, style, center, radius)
        self._paint_peer_median(painter, style, center, radius)
        self._paint_series(painter, style, center, radius)
        self._label_rects = [
            self._paint_label(painter, style, center, radius, index, label_width)
            for index in range(len(self._entries))
        ]

    def _angle(self, index: int) -> float:
        # First axis straight up, then clockwise, as people read a clock face.
        return -math.pi / 2 + 2 * math.pi * index / len(self._entries)

    def _point(self, center: QPointF, radius: float, index: int, value: float) -> QPointF:
        angle = self._angle(index)
        distance = radius * max(0.0, min(value, 100.0)) / 100.0
        return QPointF(
            center.x() + distance * math.cos(angle), center.y() + distance * math.sin(angle)
        )

    def _paint_grid(
        self, painter: QPainter, style: ChartStyle, center: QPointF, radius: float
    ) -> None:
        count = len(self._entries)
        painter.setPen(QPen(style.grid, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in RINGS:
            painter.drawPolygon(
                QPolygonF([self._point(center, radius, i, ring) for i in range(count)])
            )
        for index in range(count):
            painter.drawLine(center, self._point(center, radius, index, 100))
        painter.setFont(style.small_font)
        small = QFontMetrics(style.small_font)
        halo = QColor(style.background)
        halo.setAlphaF(0.8)
        for ring in RINGS:
            # Along the middle of the first sector, where no data point can sit.
            first, second = (
                self._point(center, radius, 0, ring),
                self._point(center, radius, 1, ring),
            )
            point = (first + second) / 2
            text = str(ring)
            box = QRectF(
                point.x() - small.horizontalAdvance(text) / 2 - 2,
                point.y() - small.height() / 2,
                small.horizontalAdvance(text) + 4,
                small.height(),
            )
            painter.fillRect(box, halo)  # keeps the scale legible where the polygon crosses it
            painter.setPen(style.muted)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_peer_median(
        self, painter: QPainter, style: ChartStyle, center: QPointF, radius: float
    ) -> None:
        if not all(entry.peers is not None for entry in self._entries):
            return
        pen = QPen(style.ink, 1.6, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolygon(
            QPolygonF(
                [
                    self._point(center, radius, i, entry.peers.median)
                    for i, entry in enumerate(self._entries)
                ]
            )
        )

    def _paint_series(
        self, painter: QPainter, style: ChartStyle, center: QPointF, radius: float
    ) -> None:
        points = [
            None if e.value is None else self._point(center, radius, i, e.value)
            for i, e in enumerate(self._entries)
        ]
        pen = QPen(style.series, 2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if all(point is not None for point in points):
            path = QPainterPath()
            path.addPolygon(QPolygonF(points))
            path.closeSubpath()
            painter.setPen(pen)
            painter.setBrush(style.series_fill)
            painter.drawPath(path)
        else:
            painter.setPen(pen)
            for index, point in enumerate(points):
                following = points[(index + 1) % len(points)]
                if point is not None and following is not None:
                    painter.drawLine(point, following)
        for entry, point in zip(self._entries, points, strict=True):
            if point is None:
                continue
            # Hollow marker: the score rests on part of the answers only.
            painter.setPen(QPen(style.series, 2))
            painter.setBrush(style.background if entry.partial else style.series)
            painter.drawEllipse(point, 4.0, 4.0)

    def _paint_label(
        self,
        painter: QPainter,
        style: ChartStyle,
        center: QPointF,
        radius: float,
        index: int,
        width: float,
    ) -> QRectF:
        entry = self._entries[index]
        metrics = QFontMetrics(style.small_font)
        lines = ChartStyle.fit_lines(metrics, entry.label, int(width), LABEL_LINES)
        line_height = metrics.lineSpacing()
        value_height = QFontMetrics(style.bold_font).lineSpacing()
        height = line_height * len(lines) + value_height
        angle = self._angle(index)
        anchor = self._point(center, radius + 10, index, 100)
        cos, sin = math.cos(angle), math.sin(angle)
        if abs(cos) < 0.3:
            left, align = anchor.x() - width / 2, Qt.AlignmentFlag.AlignHCenter
        elif cos > 0:
            left, align = anchor.x(), Qt.AlignmentFlag.AlignLeft
        else:
            left, align = anchor.x() - width, Qt.AlignmentFlag.AlignRight
        if sin < -0.3:
            top = anchor.y() - height
        elif sin > 0.3:
            top = anchor.y()
        else:
            top = anchor.y() - height / 2
        rect = QRectF(left, top, width, height)
        painter.setFont(style.small_font)
        painter.setPen(style.ink if entry.value is not None else style.muted)
        for number, line in enumerate(lines):
            painter.drawText(
                QRectF(left, top + number * line_height, width, line_height),
                align | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        painter.setFont(style.bold_font)
        painter.setPen(style.series if entry.value is not None else style.muted)
        painter.drawText(
            QRectF(left, top + len(lines) * line_height, width, value_height),
            align | Qt.AlignmentFlag.AlignVCenter,
            entry.value_text,
        )
        return rect

    # --- interaction ---------------------------------------------------------------------------

    def _entry_at(self, position: QPointF) -> ChartEntry | None:
        for entry, rect in zip(self._entries, self._label_rects, strict=False):
            if rect.contains(position):
                return entry
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        entry = self._entry_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if entry else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        entry = self._entry_at(event.position())
        if entry is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(entry.key)
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            entry = self._entry_at(QPointF(event.pos()))
            if entry is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), entry.tooltip, self)
            return True
        return super().event(event)
