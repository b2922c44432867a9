"""A crosswalk in a workbook of its own (one `crosswalk` sheet, SSSOM-shaped): what
`jalon framework diff --draft-crosswalk` writes for a person to complete before its rows go into
the new framework's own `crosswalk` sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.frameworks.atomic_workbook import save_atomically
from app.frameworks.crosswalk_sheet import SHEET, crosswalk_headers, crosswalk_rows
from app.models.crosswalk import Crosswalk
from app.models.framework import Framework


class CrosswalkWorkbook:
    def __init__(self, crosswalk: Crosswalk, source: Framework, target: Framework):
        self._crosswalk = crosswalk
        self._source = source
        self._target = target

    def write(self, path: Path) -> None:
        book = Workbook()
        sheet = book.active
        sheet.title = SHEET
        SpreadsheetCell.append(sheet, crosswalk_headers(self._target.languages))
        for row in crosswalk_rows(self._crosswalk, self._target, self._source):
            SpreadsheetCell.append(sheet, row)
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            sheet.column_dimensions[column[0].column_letter].width = 24
        save_atomically(book, path)
