"""Before and after, per dimension: two bars a row (the earlier audit muted, the later one in
the series colour) and the change beside them, painted with QPainter like the other charts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.workspace.dashboard.chart_style import ChartStyle

TICKS = (0, 25, 50, 75, 100)
BAR = 10
PADDING = 8


@dataclass(frozen=True)
class ProgressRow:
    """One dimension: scores 0-100 (None when nothing is scored) and texts ready to draw."""

    label: str
    before: float | None
    after: float | None
    change_text: str  # e.g. "+12.5 (practice +4.0) *"


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[ProgressRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self._rows = list(rows)
        self.updateGeometry()
        self.update()

    def rows(self) -> list[ProgressRow]:
        return list(self._rows)

    def _row_height(self) -> int:
        return max(2 * BAR + 6, QFontMetrics(self.font()).lineSpacing() * 2) + 2 * PADDING

    def sizeHint(self) -> QSize:
        return QSize(640, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        axis = QFontMetrics(self.font()).lineSpacing() + 8
        return QSize(420, max(1, len(self._rows)) * self._row_height() + axis)

    def paintEvent(self, event) -> None:
        style = ChartStyle(self.palette(), self.font())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.contentsRect()).adjusted(4, 0, -4, 0)
        metrics = QFontMetrics(style.font)
        label_width = max(120.0, min(260.0, area.width() * 0.32))
        change_width = metrics.horizontalAdvance("+100.0 (+100.0) *") + 16
        left = area.left() + label_width + 12
        width = max(40.0, area.right() - change_width - left)
        height = self._row_height()
        bottom = area.top() + height * len(self._rows)
        painter.setPen(QPen(style.grid, 1, Qt.PenStyle.DotLine))
        for tick in TICKS:
            x = left + width * tick / 100
            painter.drawLine(QPointF(x, area.top()), QPointF(x, bottom))
        for index, row in enumerate(self._rows):
            top = area.top() + index * height
            lines = ChartStyle.fit_lines(metrics, row.label, int(label_width), 2)
            line = metrics.lineSpacing()
            first = top + height / 2 - line * len(lines) / 2
            painter.setFont(style.font)
            painter.setPen(style.ink)
            for number, text in enumerate(lines):
                painter.drawText(
                    QRectF(area.left(), first + number * line, label_width, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            bar_top = top + height / 2 - BAR - 1
            for offset, value, colour in (
                (0, row.before, style.muted),
                (BAR + 2, row.after, style.series),
            ):
                track = QRectF(left, bar_top + offset, width, BAR)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.track)
                painter.drawRoundedRect(track, 2, 2)
                if value is not None and value > 0:
                    painter.setBrush(colour)
                    painter.drawRoundedRect(
                        QRectF(left, track.top(), max(4.0, width * min(value, 100) / 100), BAR),
                        2,
                        2,
                    )
            painter.setFont(style.bold_font)
            painter.setPen(style.ink)
            painter.drawText(
                QRectF(left + width + 8, top, change_width, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                row.change_text,
            )
        painter.setFont(style.small_font)
        painter.setPen(style.muted)
        small = QFontMetrics(style.small_font)
        for tick in TICKS:
            x = left + width * tick / 100
            painter.drawText(
                QPointF(x - small.horizontalAdvance(str(tick)) / 2, bottom + 4 + small.ascent()),
                str(tick),
            )
