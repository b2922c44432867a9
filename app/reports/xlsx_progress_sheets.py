"""The Progress and Timeline sheets of the Excel export, for an audit whose institution was
audited before: one filterable table of every dimension, standard, practice and question with
both audits' scores and the change, and one row per audit of the institution up to this one
with a native line chart of its scores."""

from __future__ import annotations

from datetime import date

from openpyxl.chart import LineChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.models.framework import Level
from app.models.progress import IndicatorProgress, NodeProgress, Progress
from app.models.scoring import NodeScore
from app.reports.report_data import ReportData
from app.reports.report_history import ReportHistory
from app.reports.report_texts import ReportTexts
from app.reports.xlsx_sheet_style import (
    BOLD,
    DATE_FORMAT,
    SCORE_FORMAT,
    SHARE_FORMAT,
    WRAP,
    SheetStyle,
)

_POINTS_FORMAT = "+0.0;-0.0;0.0"
# Columns of the progress table: code, level, label, change of a question, score and coverage
# before, after, the change and the change of practice in points, questions assessed only once,
# and the code in the earlier framework.
_FORMATS = {
    4: SCORE_FORMAT,
    5: SHARE_FORMAT,
    6: SCORE_FORMAT,
    7: SHARE_FORMAT,
    8: _POINTS_FORMAT,
    9: _POINTS_FORMAT,
}


class ProgressSheets:
    def __init__(self, data: ReportData, history: ReportHistory, texts: ReportTexts):
        self._data = data
        self._history = history
        self._texts = texts

    def progress(self, sheet: Worksheet) -> None:
        texts, history = self._texts, self._history
        if history.progress is None:
            cell = SpreadsheetCell.write(
                sheet,
                1,
                1,
                texts.get(
                    "progress_needs_crosswalk",
                    date=history.previous_when,
                    old=history.previous_framework.version,
                    new=self._data.framework.version,
                ),
            )
            cell.alignment = WRAP
            sheet.column_dimensions["A"].width = 100
            return
        style = SheetStyle(
            [
                texts.get(k)
                for k in (
                    "code",
                    "level",
                    "label",
                    "indicator_change",
                    "score_before",
                    "coverage_before",
                    "score_after",
                    "coverage_after",
                    "change_points",
                    "practice_change_points",
                    "newly_assessed",
                    "no_longer_assessed",
                    "previous_code",
                )
            ],
            [11, 13, 60, 20, 11, 11, 11, 11, 11, 13, 12, 12, 11],
            wrapped=(2,),
        )
        style.write_header(sheet)
        progress = history.progress
        self._node(
            sheet, style, progress.overall, "", texts.get("level_root"), texts.get("overall_score")
        )
        for cell in sheet[2]:
            cell.font = BOLD
        for node in progress.nodes:
            group = self._data.framework.find(node.name)
            assert group is not None  # the later audit's own framework holds every node
            self._node(
                sheet,
                style,
                node,
                group.display_code,
                texts.get(f"level_{node.level}"),
                self._data.label(group),
            )
        for item in self._ordered(progress):
            self._question(sheet, style, item)
        style.finish(sheet, 1, sheet.max_row)

    def _node(
        self, sheet, style: SheetStyle, node: NodeProgress, code: str, level: str, label: str
    ) -> None:
        before = node.before or NodeScore()
        style.append(
            sheet,
            [
                code,
                level,
                label,
                None,
                _share(before.percent),
                before.coverage,
                _share(node.after.percent),
                node.after.coverage,
                _rounded(node.change),
                _rounded(node.practice_change),
                node.newly_assessed,
                node.no_longer_assessed,
                code if node.before is not None else None,
            ],
            _FORMATS,
        )

    def _ordered(self, progress: Progress) -> list[IndicatorProgress]:
        """Questions in the later framework's order; those it retired last."""
        order = {i.name: n for n, i in enumerate(self._data.framework.iter_indicators())}
        return sorted(progress.indicators, key=lambda i: order.get(i.name, len(order)))

    def _question(self, sheet, style: SheetStyle, item: IndicatorProgress) -> None:
        data, previous = self._data, self._history.previous_framework
        later = data.framework.find(item.name) if item.name else None
        earlier = previous.find(item.before_name) if item.before_name else None
        shown, framework = (later, data.framework) if later is not None else (earlier, previous)
        assert shown is not None  # a question compared is in one framework at least
        change = None
        if item.before is not None and item.after is not None:
            change = round(100 * (item.after - item.before), 4)
        style.append(
            sheet,
            [
                later.display_code if later is not None else None,
                self._texts.get("question"),
                framework.text(shown.label, data.language),
                self._texts.get("question_" + item.change.value.replace(" ", "_")),
                item.before,
                None,
                item.after,
                None,
                change,
                None,
                None,
                None,
                earlier.display_code if earlier is not None else None,
            ],
            _FORMATS,
        )

    def timeline(self, sheet: Worksheet) -> None:
        data, texts = self._data, self._texts
        dimensions = [g for g in data.framework.dimensions() if g.level == Level.DIMENSION]
        style = SheetStyle(
            [
                texts.get(k)
                for k in ("period_end", "audit_id", "version", "overall_score", "coverage")
            ]
            + [f"{g.display_code} {data.label(g)}" for g in dimensions],
            [12, 38, 10, 12, 11] + [16] * len(dimensions),
            wrapped=tuple(range(5, 5 + len(dimensions))),
        )
        style.write_header(sheet)
        formats = {0: DATE_FORMAT, 3: SCORE_FORMAT, 4: SHARE_FORMAT}
        formats.update(dict.fromkeys(range(5, 5 + len(dimensions)), SCORE_FORMAT))
        for point in self._history.timeline:
            scores = dict(point.dimensions)
            style.append(
                sheet,
                [
                    _day(point.when),
                    point.audit_id,
                    point.framework_version,
                    _share(point.overall),
                    point.coverage,
                    *(_share(scores.get(g.name)) for g in dimensions),
                ],
                formats,
            )
        style.finish(sheet, 1, sheet.max_row)
        self._chart(sheet, len(dimensions))

    def _chart(self, sheet: Worksheet, dimensions: int) -> None:
        """A native line chart of the overall and dimension scores, fixed 0–100 % scale."""
        last = sheet.max_row
        chart = LineChart()
        chart.title = self._texts.get("timeline")
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
        chart.y_axis.number_format = SHARE_FORMAT
        chart.height, chart.width = 9, 22
        chart.add_data(Reference(sheet, min_col=4, min_row=1, max_row=last), titles_from_data=True)
        chart.add_data(
            Reference(sheet, min_col=6, max_col=5 + dimensions, min_row=1, max_row=last),
            titles_from_data=True,
        )
        chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
        for series in chart.series:
            series.smooth = False  # a curve between two audits would show scores nobody measured
        chart.series[0].graphicalProperties.line.width = 38000  # the overall line, thick
        sheet.add_chart(chart, f"A{last + 3}")


def _share(percent: float | None) -> float | None:
    """A percent as the 0–1 share Excel's percentage format expects."""
    return None if percent is None else percent / 100


def _rounded(points: float | None) -> float | None:
    return None if points is None else round(points, 4)


def _day(value: str) -> date | str:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return value
