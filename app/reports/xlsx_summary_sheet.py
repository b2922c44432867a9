"""The Summary sheet of the Excel export: who and what, the dimension scores, and native Excel
radar and bar charts drawn from those cells (fixed 0–100 % scale, as in the PDF)."""

from __future__ import annotations

from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts
from app.reports.xlsx_sheet_style import (
    BOLD,
    SCORE_FORMAT,
    SHARE_FORMAT,
    TITLE_FONT,
    SheetStyle,
    fit_to_page_width,
)

TABLE_ROW = 13  # header row of the score table, below the audit details


class SummarySheet:
    def __init__(self, data: ReportData, texts: ReportTexts, formatter: ReportFormatter):
        self._data = data
        self._texts = texts
        self._format = formatter

    def write(self, sheet: Worksheet) -> None:
        data, texts, fmt = self._data, self._texts, self._format
        audit = data.audit
        sheet.title = texts.get("sheet_summary")[:31]
        title = texts.get("report_title")
        if not audit.is_finalized:
            title = f"{title} – {texts.get('draft')}"
        SpreadsheetCell.write(sheet, 1, 1, title).font = TITLE_FONT
        status = (texts.get("status_finalized", date=fmt.date(audit.finalized_at),
                            author=audit.finalized_by or "–")
                  if audit.is_finalized else texts.get("status_draft"))
        details = [
            (texts.get("institution"), audit.institution),
            (texts.get("country"), fmt.country(audit.country) if audit.country else ""),
            (texts.get("audit_type"), texts.name(audit.audit_type)),
            (texts.get("period"), " – ".join(p for p in (audit.period_start, audit.period_end)
                                             if p)),
            (texts.get("framework"), texts.get("framework_version",
                                               name=data.text(data.framework.title),
                                               version=data.framework.version)),
            (texts.get("status"), status),
            (texts.get("generated"), fmt.moment(data.generated_at)),
            (texts.get("audit_id"), audit.id),
        ]
        if audit.is_finalized:
            details.append((texts.get("fingerprint"), audit.seal))
        for offset, (label, value) in enumerate(details, start=3):
            SpreadsheetCell.write(sheet, offset, 1, label).font = BOLD
            SpreadsheetCell.write(sheet, offset, 2, value)
        self._scores(sheet, TABLE_ROW)

    def _scores(self, sheet: Worksheet, header_row: int) -> None:
        data, texts = self._data, self._texts
        style = SheetStyle([texts.get("code"), texts.get("dimension"), texts.get("score"),
                            texts.get("coverage"), texts.get("answered"),
                            texts.get("scored_items")], [26, 60, 11, 11, 11, 11], wrapped=(1,))
        style.write_header(sheet, header_row)
        dimensions = data.scored_groups()
        formats = {2: SCORE_FORMAT, 3: SHARE_FORMAT}
        for group in dimensions:
            score = data.score(group)
            style.append(sheet, [group.display_code, data.label(group), _fraction(score.percent),
                                 score.coverage, score.scored_answered, score.scored_total],
                         formats)
        overall = data.card.overall
        style.append(sheet, ["", texts.get("overall_score"), _fraction(overall.percent),
                             overall.coverage, overall.scored_answered, overall.scored_total],
                     formats)
        for cell in sheet[sheet.max_row]:
            cell.font = BOLD
        fit_to_page_width(sheet)
        if dimensions:
            self._charts(sheet, header_row, len(dimensions))

    def _charts(self, sheet: Worksheet, header_row: int, count: int) -> None:
        texts = self._texts
        first, last = header_row + 1, header_row + count
        categories = Reference(sheet, min_col=1, min_row=first, max_row=last)
        values = Reference(sheet, min_col=3, min_row=header_row, max_row=last)

        radar = RadarChart()
        radar.type = "marker"
        radar.title = texts.get("scores_by_dimension")
        radar.add_data(values, titles_from_data=True)
        radar.set_categories(categories)
        radar.y_axis.scaling.min, radar.y_axis.scaling.max = 0, 1
        radar.y_axis.majorUnit = 0.2
        radar.y_axis.number_format = "0%"
        radar.y_axis.delete = False
        radar.legend = None
        radar.width, radar.height = 13, 9.5
        sheet.add_chart(radar, "H3")

        bars = BarChart()
        bars.type = "bar"
        bars.title = texts.get("scores_by_dimension")
        bars.add_data(values, titles_from_data=True)
        bars.set_categories(categories)
        bars.y_axis.scaling.min, bars.y_axis.scaling.max = 0, 1
        bars.y_axis.majorUnit = 0.2
        bars.y_axis.number_format = "0%"
        bars.y_axis.delete = False
        bars.x_axis.delete = False
        bars.x_axis.scaling.orientation = "maxMin"  # first dimension at the top, as in the PDF
        bars.legend = None
        bars.width, bars.height = 13, 9.5
        sheet.add_chart(bars, "H23")


def _fraction(percent: float | None) -> float | None:
    """Excel stores a percentage as a fraction shown with a % format."""
    return None if percent is None else percent / 100
