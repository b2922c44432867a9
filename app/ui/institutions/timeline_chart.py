"""An institution's timeline: one point per audit, a thick line for the overall score and a
thin one per dimension, on the fixed 0–100 scale of the other charts, painted with QPainter.

An audit where a dimension was not scored breaks its line: a line drawn through it would show
a change nobody measured.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.workspace.dashboard.chart_style import ChartStyle

TICKS = (0, 25, 50, 75, 100)
# Dimension lines, told apart from the overall line's series blue and from each other.
PALETTE = tuple(
    QColor(c)
    for c in (
        "#c8553d",
        "#3c8d5a",
        "#d68a00",
        "#7b5ea7",
        "#2a9d8f",
        "#8c6d46",
        "#d16ba5",
        "#5f6b73",
    )
)
PLOT_HEIGHT = 220
LEGEND_SWATCH = 16


@dataclass(frozen=True)
class TimelineLine:
    label: str
    values: tuple[float | None, ...]  # percent per audit, oldest first; None: not scored


class TimelineChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._dates: list[str] = []
        self._overall: TimelineLine | None = None
        self._dimensions: list[TimelineLine] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_lines(
        self, dates: list[str], overall: TimelineLine, dimensions: list[TimelineLine]
    ) -> None:
        """`dates`: one label per audit, oldest first; each line has one value per date."""
        self._dates = list(dates)
        self._overall = overall
        self._dimensions = list(dimensions)
        self.updateGeometry()
        self.update()

    def lines(self) -> list[TimelineLine]:
        return ([self._overall] if self._overall else []) + list(self._dimensions)

    def _legend_columns(self) -> int:
        return 3 if self.width() >= 700 else 2

    def _legend_rows(self) -> int:
        count = len(self.lines())
        return -(-count // self._legend_columns()) if count else 0

    def sizeHint(self) -> QSize:
        return QSize(640, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).lineSpacing()
        return QSize(360, PLOT_HEIGHT + 2 * line + 12 + self._legend_rows() * (line + 4))

    def resizeEvent(self, event) -> None:
        self.updateGeometry()  # the legend takes more rows on a narrow window
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        style = ChartStyle(self.palette(), self.font())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(style.small_font)
        area = QRectF(self.contentsRect()).adjusted(4, 4, -4, -4)
        left = area.left() + metrics.horizontalAdvance("100") + 8
        last_date = metrics.horizontalAdvance(self._dates[-1]) if self._dates else 0
        right = area.right() - last_date / 2 - 4
        first_date = metrics.horizontalAdvance(self._dates[0]) if self._dates else 0
        plot_left = left + max(0.0, first_date / 2 - 4)
        top, bottom = area.top() + 4, area.top() + PLOT_HEIGHT
        span = max(len(self._dates) - 1, 1)

        def x(index: int) -> float:
            if len(self._dates) == 1:
                return (plot_left + right) / 2
            return plot_left + (right - plot_left) * index / span

        def y(value: float) -> float:
            return bottom - (bottom - top) * max(0.0, min(100.0, value)) / 100

        painter.setFont(style.small_font)
        for tick in TICKS:
            painter.setPen(
                QPen(style.grid, 1, Qt.PenStyle.DotLine if tick else Qt.PenStyle.SolidLine)
            )
            painter.drawLine(QPointF(left, y(tick)), QPointF(area.right(), y(tick)))
            painter.setPen(style.muted)
            painter.drawText(
                QRectF(area.left(), y(tick) - 8, left - area.left() - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(tick),
            )
        for index, text in enumerate(self._dates):
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x(index) - width / 2, bottom + 6 + metrics.ascent()), text)
        for number, line in enumerate(self._dimensions):
            self._draw_line(painter, line, PALETTE[number % len(PALETTE)], 1.6, 3.0, x, y)
        if self._overall is not None:
            self._draw_line(painter, self._overall, style.series, 3.4, 4.5, x, y)
        self._draw_legend(painter, style, area, bottom + metrics.lineSpacing() + 14)

    @staticmethod
    def _draw_line(
        painter: QPainter, line: TimelineLine, colour: QColor, width: float, radius: float, x, y
    ) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(
            QPen(
                colour,
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        path = QPainterPath()
        drawing = False
        for index, value in enumerate(line.values):
            if value is None:
                drawing = False
                continue
            point = QPointF(x(index), y(value))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for index, value in enumerate(line.values):
            if value is not None:
                painter.drawEllipse(QPointF(x(index), y(value)), radius, radius)

    def _draw_legend(self, painter: QPainter, style: ChartStyle, area: QRectF, top: float) -> None:
        columns = self._legend_columns()
        column_width = area.width() / columns
        metrics = QFontMetrics(style.font)
        row_height = metrics.lineSpacing() + 4
        for number, line in enumerate(self.lines()):
            overall = number == 0 and self._overall is not None
            colour = (
                style.series
                if overall
                else PALETTE[(number - (1 if self._overall else 0)) % len(PALETTE)]
            )
            column, row = number % columns, number // columns
            left = area.left() + column * column_width
            middle = top + row * row_height + row_height / 2
            painter.setPen(QPen(colour, 3.4 if overall else 1.8))
            painter.drawLine(QPointF(left, middle), QPointF(left + LEGEND_SWATCH, middle))
            painter.setFont(style.bold_font if overall else style.font)
            painter.setPen(style.ink)
            text = QFontMetrics(painter.font()).elidedText(
                line.label, Qt.TextElideMode.ElideRight, int(column_width - LEGEND_SWATCH - 12)
            )
            painter.drawText(
                QRectF(
                    left + LEGEND_SWATCH + 6,
                    middle - row_height / 2,
                    column_width - LEGEND_SWATCH - 8,
                    row_height,
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
