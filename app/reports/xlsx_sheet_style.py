"""The common look of Jalon's Excel sheets: a coloured header row that stays frozen, filters
on every column, sensible widths, wrapped long texts, and number formats for scores."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.boundary.spreadsheet_cell import SpreadsheetCell

HEADER_COLOUR, HEADER_TEXT_COLOUR = "1F4E79", "FFFFFF"
HEADER_FILL = PatternFill("solid", fgColor=HEADER_COLOUR)
HEADER_FONT = Font(bold=True, color=HEADER_TEXT_COLOUR)
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
SCORE_FORMAT = "0.0%"
SHARE_FORMAT = "0%"
MOMENT_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
LINE_HEIGHT = 15


class SheetStyle:
    """Column layout of one table: header labels, widths, and which columns wrap."""

    def __init__(
        self, headers: Sequence[str], widths: Sequence[float], wrapped: Sequence[int] = ()
    ):
        self.headers = list(headers)
        self.widths = list(widths)
        self.wrapped = set(wrapped)

    def write_header(self, sheet: Worksheet, row: int = 1) -> None:
        for column, label in enumerate(self.headers, start=1):
            cell = SpreadsheetCell.write(sheet, row, column, label)
            cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
        self.set_widths(sheet)

    def set_widths(self, sheet: Worksheet) -> None:
        for column, width in enumerate(self.widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width

    def finish(self, sheet: Worksheet, header_row: int, last_row: int) -> None:
        """Freeze the header, put a filter on every column, and print landscape, one page
        wide, with the header repeated on every printed page."""
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        last = get_column_letter(len(self.headers))
        sheet.auto_filter.ref = f"A{header_row}:{last}{max(last_row, header_row)}"
        sheet.print_title_rows = f"{header_row}:{header_row}"
        fit_to_page_width(sheet)

    def append(
        self, sheet: Worksheet, values: Sequence[object], formats: dict[int, str] | None = None
    ) -> None:
        """Append a data row; long-text columns wrap, formats apply per column index."""
        row = sheet.max_row + 1
        lines = 1
        for column, value in enumerate(values, start=1):
            cell = SpreadsheetCell.write(sheet, row, column, value)
            cell.alignment = WRAP if column - 1 in self.wrapped else TOP
            if formats and column - 1 in formats:
                cell.number_format = formats[column - 1]
            if column - 1 in self.wrapped and isinstance(value, str):
                lines = max(lines, wrapped_lines(value, self.widths[column - 1]))
        if lines > 1:
            # Neither Excel nor LibreOffice grows a row for wrapped text written by a program.
            sheet.row_dimensions[row].height = LINE_HEIGHT * lines


def wrapped_lines(text: str, width: float) -> int:
    """About how many lines `text` takes in a wrapped column `width` characters wide."""
    per_line = max(int(width * 1.15), 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def fit_to_page_width(sheet: Worksheet) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def day(value: str | None) -> date | str:
    """An ISO date (YYYY-MM-DD) as an Excel date, which sorts and filters as one; text when it
    is not one, empty when there is none."""
    if not value:
        return ""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return value


def moment(value: str) -> datetime | str:
    """An ISO UTC timestamp as an Excel date-time (naive, UTC); text when it is not one."""
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(
            tzinfo=None, microsecond=0
        )
    except ValueError:
        return value
