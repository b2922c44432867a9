"""The Summary sheet of the Excel export: who and what, the dimension scores, and native Excel
radar and bar charts drawn from those cells (fixed 0–100 % scale, as in the PDF).

With a peer benchmark that applies, the score table gains the group's quartiles and the
audit's quarter, the radar a second series (the peer median) and the bar chart a second bar
per dimension (the peer median) whose error bar runs from the first to the third quartile.
A sentence under the audit details says which group and how many institutions, or why no
group applies."""

from __future__ import annotations

from openpyxl.chart import BarChart, RadarChart, Reference
from openpyxl.chart.data_source import NumDataSource, NumRef
from openpyxl.chart.error_bar import ErrorBars
from openpyxl.styles import Font
from openpyxl.utils import quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.models.peer_comparison import OVERALL, PeerComparison
from app.models.visible_text import VisibleText
from app.reports.peer_group_text import PeerGroupText
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts
from app.reports.xlsx_sheet_style import (
    BOLD,
    LINE_HEIGHT,
    SCORE_FORMAT,
    SHARE_FORMAT,
    TITLE_FONT,
    SheetStyle,
    fit_to_page_width,
)

TABLE_ROW = 13  # header row of the score table, below the audit details
PEER_NOTE_ROW = TABLE_ROW - 1
PEER_NOTE_FONT = Font(italic=True, color="5F6B73")
ERROR_BAR_COLUMNS = ("K", "L")  # median − Q1 and Q3 − median, for the bar chart


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
        status = (
            texts.get(
                "status_finalized",
                date=fmt.date(audit.finalized_at),
                author=VisibleText.for_name(audit.finalized_by) or "–",
            )
            if audit.is_finalized
            else texts.get("status_draft")
        )
        details = [
            (texts.get("institution"), audit.institution),
            (texts.get("country"), fmt.country(audit.country) if audit.country else ""),
            (texts.get("audit_type"), texts.name(audit.audit_type)),
            (
                texts.get("period"),
                " – ".join(p for p in (audit.period_start, audit.period_end) if p),
            ),
            (
                texts.get("framework"),
                texts.get(
                    "framework_version",
                    name=data.text(data.framework.title),
                    version=data.framework.version,
                ),
            ),
            (texts.get("status"), status),
            (texts.get("generated"), fmt.moment(data.generated_at)),
            (texts.get("audit_id"), audit.id),
        ]
        if audit.is_finalized:
            details.append((texts.get("fingerprint"), audit.seal))
        for offset, (label, value) in enumerate(details, start=3):
            SpreadsheetCell.write(sheet, offset, 1, label).font = BOLD
            SpreadsheetCell.write(sheet, offset, 2, value)
        if data.peers is not None:
            sentence = PeerGroupText(data, texts, fmt).sentence(data.peers)
            SpreadsheetCell.write(sheet, PEER_NOTE_ROW, 1, sentence).font = PEER_NOTE_FONT
        self._scores(sheet, TABLE_ROW)

    def _applying_peers(self) -> PeerComparison | None:
        """The peer group whose quartiles go beside the audit's own dimensions."""
        peers = self._data.peers
        return peers if peers is not None and peers.marks_own_charts else None

    def _scores(self, sheet: Worksheet, header_row: int) -> None:
        data, texts = self._data, self._texts
        peers = self._applying_peers()
        headers = [
            texts.get(k)
            for k in ("code", "dimension", "score", "coverage", "answered", "scored_items")
        ]
        widths = [26, 60, 11, 11, 11, 11]
        formats = {2: SCORE_FORMAT, 3: SHARE_FORMAT}
        if peers:
            headers += [
                texts.get(k)
                for k in (
                    "peer_q1",
                    "peer_median",
                    "peer_q3",
                    "peer_quarter",
                    "peer_below_median",
                    "peer_above_median",
                )
            ]
            widths += [13, 13, 13, 13, 13, 13]
            formats.update({c: SCORE_FORMAT for c in (6, 7, 8, 10, 11)})
        style = SheetStyle(headers, widths, wrapped=(1,))
        style.write_header(sheet, header_row)
        if peers:
            sheet.row_dimensions[header_row].height = 2 * LINE_HEIGHT
            for column in ERROR_BAR_COLUMNS:  # the chart's helpers, not for reading
                sheet.column_dimensions[column].hidden = True
        dimensions = data.scored_groups()
        for group in dimensions:
            score = data.score(group)
            style.append(
                sheet,
                [
                    group.display_code,
                    data.label(group),
                    _fraction(score.percent),
                    score.coverage,
                    score.scored_answered,
                    score.scored_total,
                    *self._peer_cells(group.name),
                ],
                formats,
            )
        overall = data.card.overall
        style.append(
            sheet,
            [
                "",
                texts.get("overall_score"),
                _fraction(overall.percent),
                overall.coverage,
                overall.scored_answered,
                overall.scored_total,
                *self._peer_cells(OVERALL),
            ],
            formats,
        )
        for cell in sheet[sheet.max_row]:
            cell.font = BOLD
        fit_to_page_width(sheet)
        if dimensions:
            self._charts(sheet, header_row, len(dimensions))

    def _peer_cells(self, node: str) -> list[object]:
        """Q1, median, Q3 (as fractions), the quarter, and the two distances from the median
        that the chart's error bars read (LibreOffice draws them only from cells)."""
        peers = self._applying_peers()
        if peers is None:
            return []
        row = peers.row(node)
        if row is None:
            return [None, None, None, "", 0, 0]
        group = row.peers
        words = PeerGroupText(self._data, self._texts, self._format)
        return [
            group.q1 / 100,
            group.median / 100,
            group.q3 / 100,
            words.quarter(row),
            (group.median - group.q1) / 100,
            (group.q3 - group.median) / 100,
        ]

    def _charts(self, sheet: Worksheet, header_row: int, count: int) -> None:
        texts = self._texts
        peers = self._applying_peers()
        first, last = header_row + 1, header_row + count
        categories = Reference(sheet, min_col=1, min_row=first, max_row=last)
        values = Reference(sheet, min_col=3, min_row=header_row, max_row=last)
        medians = Reference(sheet, min_col=8, min_row=header_row, max_row=last)
        anchor = "N" if peers else "H"  # right of the table and its peer columns

        radar = RadarChart()
        radar.type = "marker"
        radar.title = texts.get("scores_by_dimension")
        radar.add_data(values, titles_from_data=True)
        if peers:
            radar.add_data(medians, titles_from_data=True)
        radar.set_categories(categories)
        radar.y_axis.scaling.min, radar.y_axis.scaling.max = 0, 1
        radar.y_axis.majorUnit = 0.2
        radar.y_axis.number_format = "0%"
        radar.y_axis.delete = False
        if not peers:
            radar.legend = None
        radar.width, radar.height = 13, 9.5
        sheet.add_chart(radar, f"{anchor}3")

        bars = BarChart()
        bars.type = "bar"
        bars.title = texts.get("scores_by_dimension")
        bars.add_data(values, titles_from_data=True)
        if peers:
            bars.add_data(medians, titles_from_data=True)
            bars.series[1].errBars = self._quartile_bars(sheet, first, last)
        bars.set_categories(categories)
        bars.y_axis.scaling.min, bars.y_axis.scaling.max = 0, 1
        bars.y_axis.majorUnit = 0.2
        bars.y_axis.number_format = "0%"
        bars.y_axis.delete = False
        bars.x_axis.delete = False
        bars.x_axis.scaling.orientation = "maxMin"  # first dimension at the top, as in the PDF
        if not peers:
            bars.legend = None
        bars.width, bars.height = 13, 9.5
        sheet.add_chart(bars, f"{anchor}23")

    @staticmethod
    def _quartile_bars(sheet: Worksheet, first: int, last: int) -> ErrorBars:
        """Error bars on the peer-median bars, from each dimension's Q1 to its Q3."""
        below, above = ERROR_BAR_COLUMNS
        return ErrorBars(
            errBarType="both",
            errValType="cust",
            noEndCap=False,
            minus=_cells(sheet, below, first, last),
            plus=_cells(sheet, above, first, last),
        )


def _cells(sheet: Worksheet, column: str, first: int, last: int) -> NumDataSource:
    return NumDataSource(
        numRef=NumRef(f=f"{quote_sheetname(sheet.title)}!${column}${first}:${column}${last}")
    )


def _fraction(percent: float | None) -> float | None:
    """Excel stores a percentage as a fraction shown with a % format."""
    return None if percent is None else percent / 100
