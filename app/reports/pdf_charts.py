"""The report's score charts (reportlab.graphics): a radar and a bar chart of dimension scores,
and the paired bars of two audits' dimension scores for the progress section.

Both use a fixed 0–100 scale. A chart that rescaled to its data would make a 40 % audit look
like an 80 % one, and two reports could not be compared side by side. With a peer benchmark,
the radar carries the peer median as a dashed line and each bar a box from the group's first
to third quartile with a tick at its median.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from app.models.peer_quartiles import PeerQuartiles
from app.reports.pdf_styles import FONT, FONT_BOLD, INK, MUTED, PRIMARY, RULE, score_color

RINGS = (20, 40, 60, 80, 100)
EARLIER = colors.HexColor("#a9b4bc")  # the earlier audit's bars, behind this audit's blue


class ScoreCharts:
    def __init__(self, number_format):
        """`number_format` writes a tick value (0–100) the locale's way."""
        self._number = number_format

    def radar(
        self,
        items: list[tuple[str, float | None]],
        width: float,
        height: float,
        peer_medians: list[float | None] | None = None,
    ) -> Drawing:
        """A radar of (label, percent) with rings every 20 points; needs three items or more.
        `peer_medians` (one per item) adds a dashed line, unless the group lacks one: a gap
        drawn as zero would misstate the peers."""
        drawing = Drawing(width, height, initialFontName=FONT)
        count = len(items)
        cx, cy = width / 2, height / 2
        radius = min(width, height) / 2 - 16

        def point(index: int, value: float) -> tuple[float, float]:
            angle = math.pi / 2 - 2 * math.pi * index / count
            return cx + radius * value / 100 * math.cos(
                angle
            ), cy + radius * value / 100 * math.sin(angle)

        for ring in RINGS:
            corners = [c for i in range(count) for c in point(i, ring)]
            drawing.add(
                Polygon(
                    corners,
                    fillColor=None,
                    strokeColor=RULE,
                    strokeWidth=0.9 if ring == 100 else 0.5,
                )
            )
        for index in range(count):
            x, y = point(index, 100)
            drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
        for ring in RINGS[:-1]:
            x, y = point(0, ring)
            drawing.add(
                String(
                    x + 2, y + 1.5, self._number(ring), fontName=FONT, fontSize=6, fillColor=MUTED
                )
            )
        values = [_clamped(percent) for _, percent in items]
        if peer_medians and all(m is not None for m in peer_medians):
            median_shape = [c for i, m in enumerate(peer_medians) for c in point(i, _clamped(m))]
            drawing.add(
                Polygon(
                    median_shape,
                    fillColor=None,
                    strokeColor=INK,
                    strokeWidth=1.1,
                    strokeDashArray=[3, 2],
                )
            )
        shape = [c for i, value in enumerate(values) for c in point(i, value)]
        drawing.add(
            Polygon(
                shape,
                fillColor=colors.Color(0.12, 0.31, 0.47, alpha=0.22),
                strokeColor=PRIMARY,
                strokeWidth=1.6,
            )
        )
        for index, value in enumerate(values):
            x, y = point(index, value)
            drawing.add(
                Circle(
                    x,
                    y,
                    2.2,
                    fillColor=score_color(items[index][1]),
                    strokeColor=colors.white,
                    strokeWidth=0.6,
                )
            )
        for index, (label, _) in enumerate(items):
            x, y = point(index, 100)
            dx, dy = x - cx, y - cy
            anchor = "middle" if abs(dx) < 4 else ("start" if dx > 0 else "end")
            offset_y = 5 if dy > 4 else (-11 if dy < -4 else -3)
            drawing.add(
                String(
                    x + (4 if dx > 4 else -4 if dx < -4 else 0),
                    y + offset_y,
                    label,
                    fontName=FONT_BOLD,
                    fontSize=8.5,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )
        return drawing

    def bars(
        self,
        items: list[tuple[str, float | None]],
        width: float,
        height: float,
        value_format,
        peers: list[PeerQuartiles | None] | None = None,
    ) -> Drawing:
        """Horizontal bars of (label, percent), coloured by score band, value at the bar end;
        `peers` (one per item, None where the group has none) adds quartile marks."""
        drawing = Drawing(width, height, initialFontName=FONT)
        chart = self._bar_chart([label for label, _ in reversed(items)], width - 62, height)
        chart.data = [[0 if percent is None else percent for _, percent in reversed(items)]]
        chart.barWidth = 8
        chart.groupSpacing = 6
        chart.bars.strokeColor = None
        for index, (_, percent) in enumerate(reversed(items)):
            chart.bars[(0, index)].fillColor = score_color(percent)
        drawing.add(chart)
        step = chart.height / max(len(items), 1)
        for index, (_, percent) in enumerate(reversed(items)):
            value = 0 if percent is None else percent
            x = chart.x + chart.width * value / 100 + 3
            y = chart.y + step * index + step / 2 - 2.5
            drawing.add(
                String(x, y, value_format(percent), fontName=FONT_BOLD, fontSize=7, fillColor=INK)
            )
        for index, group in enumerate(reversed(peers or [])):
            if group is not None:
                middle = chart.y + step * index + step / 2
                self._quartile_marks(drawing, group, chart.x, chart.width, middle)
        drawing.add(
            PolyLine(
                [chart.x, chart.y, chart.x, chart.y + chart.height],
                strokeColor=RULE,
                strokeWidth=0.6,
            )
        )
        return drawing

    def paired_bars(
        self, items: list[tuple[str, float | None, float | None]], width: float, height: float
    ) -> Drawing:
        """Per (label, earlier percent, later percent): a grey bar for the earlier audit above
        a blue one for the later, as the desktop's Progress tab draws them."""
        drawing = Drawing(width, height, initialFontName=FONT)
        rows = list(reversed(items))
        chart = self._bar_chart([label for label, _, _ in rows], width - 40, height)
        # reportlab draws the first series lowest within a group: the later audit comes first
        # so that the earlier one reads on top.
        chart.data = [
            [0 if after is None else after for _, _, after in rows],
            [0 if before is None else before for _, before, _ in rows],
        ]
        chart.barWidth = 6
        chart.groupSpacing = 7
        chart.bars.strokeColor = None
        chart.bars[0].fillColor = PRIMARY
        chart.bars[1].fillColor = EARLIER
        drawing.add(chart)
        return drawing

    def _bar_chart(self, labels: list[str], plot_width: float, height: float) -> HorizontalBarChart:
        """Horizontal bars on the fixed 0–100 scale with a light grid, labels on the left."""
        chart = HorizontalBarChart()
        chart.x, chart.y = 26, 18
        chart.width, chart.height = plot_width, height - 26
        chart.categoryAxis.categoryNames = labels
        chart.categoryAxis.labels.fontName = FONT_BOLD
        chart.categoryAxis.labels.fontSize = 8.5
        chart.categoryAxis.labels.fillColor = INK
        chart.categoryAxis.labels.dx = -4
        chart.categoryAxis.strokeColor = RULE
        chart.categoryAxis.tickLeft = 0
        axis = chart.valueAxis
        axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 20
        axis.labels.fontName = FONT
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = MUTED
        axis.labelTextFormat = self._number
        axis.strokeColor = RULE
        axis.visibleGrid = True
        axis.gridStrokeColor = RULE
        axis.gridStrokeWidth = 0.4
        return chart

    @staticmethod
    def _quartile_marks(
        drawing: Drawing, group: PeerQuartiles, left: float, width: float, middle: float
    ) -> None:
        """A box over the bar from Q1 to Q3, and a taller tick at the median."""

        def x(value: float) -> float:
            return left + width * _clamped(value) / 100

        drawing.add(
            Rect(
                x(group.q1),
                middle - 2.2,
                max(x(group.q3) - x(group.q1), 0.8),
                4.4,
                fillColor=colors.Color(0.35, 0.38, 0.4, alpha=0.35),
                strokeColor=INK,
                strokeWidth=0.5,
            )
        )
        drawing.add(
            Line(
                x(group.median),
                middle - 5.5,
                x(group.median),
                middle + 5.5,
                strokeColor=INK,
                strokeWidth=1.6,
            )
        )


def _clamped(percent: float | None) -> float:
    return 0.0 if percent is None else max(0.0, min(100.0, percent))
