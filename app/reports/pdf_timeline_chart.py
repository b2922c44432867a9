"""The timeline chart of an institution: one line per dimension and a thick one for the
overall score, one point per audit, on the same fixed 0–100 scale as the summary's charts."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from app.reports.pdf_charts import RINGS
from app.reports.pdf_styles import FONT, FONT_BOLD, INK, MUTED, PRIMARY, RULE, fit_text

# Dimension lines: distinct from the overall line's blue and from each other in print.
PALETTE = tuple(
    colors.HexColor(c)
    for c in (
        "#c8553d",
        "#3c8d5a",
        "#e3a33b",
        "#7b5ea7",
        "#2a9d8f",
        "#8c6d46",
        "#d16ba5",
        "#5f6b73",
    )
)
LEGEND_ROW = 11
LEGEND_COLUMNS = 3
LEGEND_SIZE = 7


@dataclass(frozen=True)
class TimelineSeries:
    label: str
    values: tuple[float | None, ...]  # percent per audit; None where it was not scored


class TimelineChart:
    def __init__(self, number_format):
        """`number_format` writes a tick value (0–100) the locale's way."""
        self._number = number_format

    def drawing(
        self,
        dates: list[str],
        overall: TimelineSeries,
        dimensions: list[TimelineSeries],
        width: float,
        height: float,
    ) -> Drawing:
        """`dates`: one label per audit, oldest first; every series has one value per date."""
        legend_rows = -(-(len(dimensions) + 1) // LEGEND_COLUMNS)
        base = legend_rows * LEGEND_ROW + 8  # the legend sits under the plot
        drawing = Drawing(width, height + base, initialFontName=FONT)
        # Room on both sides for the first and last dates, centred under their points.
        left, right, bottom, top = 34, 30, base + 18, base + height - 6
        span = max(len(dates) - 1, 1)

        def x(index: int) -> float:
            # A single audit sits in the middle rather than on the axis.
            if len(dates) == 1:
                return (left + width - right) / 2
            return left + (width - left - right) * index / span

        def y(percent: float) -> float:
            return bottom + (top - bottom) * max(0.0, min(100.0, percent)) / 100

        for ring in (0, *RINGS):
            drawing.add(
                Line(
                    left,
                    y(ring),
                    width - right,
                    y(ring),
                    strokeColor=RULE,
                    strokeWidth=0.9 if ring in (0, 100) else 0.4,
                )
            )
            drawing.add(
                String(
                    left - 4,
                    y(ring) - 2.2,
                    self._number(ring),
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=MUTED,
                    textAnchor="end",
                )
            )
        for index, label in enumerate(dates):
            drawing.add(
                String(
                    x(index),
                    bottom - 11,
                    label,
                    fontName=FONT,
                    fontSize=7,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
        for number, series in enumerate(dimensions):
            self._line(drawing, series, PALETTE[number % len(PALETTE)], 1.1, 1.8, x, y)
        self._line(drawing, overall, PRIMARY, 2.6, 2.8, x, y)
        column_width = (width - left) / LEGEND_COLUMNS
        for number, series in enumerate([overall, *dimensions]):
            color = PRIMARY if number == 0 else PALETTE[(number - 1) % len(PALETTE)]
            font = FONT_BOLD if number == 0 else FONT
            column, row = number % LEGEND_COLUMNS, number // LEGEND_COLUMNS
            lx = left + column * column_width
            ly = base - 10 - row * LEGEND_ROW
            drawing.add(
                Rect(lx, ly + 1, 12, 2.6 if number == 0 else 1.4, fillColor=color, strokeColor=None)
            )
            drawing.add(
                String(
                    lx + 16,
                    ly,
                    fit_text(series.label, font, LEGEND_SIZE, column_width - 22),
                    fontName=font,
                    fontSize=LEGEND_SIZE,
                    fillColor=INK,
                )
            )
        return drawing

    @staticmethod
    def _line(
        drawing: Drawing, series: TimelineSeries, color, width: float, radius: float, x, y
    ) -> None:
        """The series as lines between consecutive scored audits: an audit where it was not
        scored breaks the line rather than drawing a change nobody measured."""
        run: list[float] = []
        for index, value in enumerate((*series.values, None)):
            if value is not None:
                run += [x(index), y(value)]
                continue
            if len(run) >= 4:
                drawing.add(PolyLine(run, strokeColor=color, strokeWidth=width))
            run = []
        for index, value in enumerate(series.values):
            if value is not None:
                drawing.add(
                    Circle(
                        x(index),
                        y(value),
                        radius,
                        fillColor=color,
                        strokeColor=colors.white,
                        strokeWidth=0.5,
                    )
                )
