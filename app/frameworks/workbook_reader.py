"""Reads an XLSForm workbook into rows, keeping sheet, row and column for every cell.

Parsing of cells is pyxform's (the reference XLSForm implementation). Workbooks are untrusted
files: WorkbookFile bounds the file, its zip and its sheets before pyxform opens it, and
openpyxl parses XML through defusedxml (entity expansion is refused).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pyxform.errors import PyXFormError
from pyxform.xls2json_backends import xlsx_to_dict

from app.boundary.regular_file import FileRefused
from app.boundary.workbook_file import WorkbookFile, WorkbookLimits
from app.models.errors import JalonError

LIMITS = WorkbookLimits(max_bytes=50 * 1024 * 1024, max_expanded_bytes=300 * 1024 * 1024)
MAX_CELL_CHARS = 32_767  # Excel's own limit; a longer cell was not written by a spreadsheet


class WorkbookError(JalonError):
    """A workbook that cannot be read at all (not an .xlsx, damaged, too large)."""


@dataclass(frozen=True)
class SheetRow:
    number: int  # spreadsheet row number; the header is row 1
    cells: dict[str, str]


@dataclass
class Sheet:
    name: str
    rows: list[SheetRow]
    columns: dict[str, str]  # header -> column letter

    def column(self, header: str) -> str:
        letter = self.columns.get(header, "")
        return f"{letter} ({header})" if letter else header


class WorkbookReader:
    """Reads the XLSForm sheets (survey, choices, settings) of one workbook."""

    def read(self, path: Path) -> dict[str, Sheet]:
        try:
            data = WorkbookFile(LIMITS).read(path)
        except FileRefused as error:
            raise WorkbookError(error.template, **error.params) from None
        try:
            book = xlsx_to_dict(data)
            letters = _header_letters(data)
        except (
            PyXFormError,
            OSError,
            KeyError,
            ValueError,
            TypeError,
            zipfile.BadZipFile,
        ) as error:
            raise _read_error(
                path, error, "{file} is not a readable .xlsx workbook: {reason}"
            ) from error
        except Exception as error:  # defusedxml and lxml raise their own types on hostile XML
            raise _read_error(path, error, "{file} could not be read safely: {reason}") from error
        sheets: dict[str, Sheet] = {}
        for original in book.get("sheet_names", []):
            key = original.lower()
            if key not in book or key in sheets:
                continue
            rows = [
                SheetRow(index + 2, {k: _limit(v) for k, v in row.items()})
                for index, row in enumerate(book[key])
            ]
            sheets[key] = Sheet(original, rows, letters.get(original, {}))
        return sheets


def _read_error(path: Path, error: Exception, template: str) -> WorkbookError:
    cause: BaseException | None = error
    while cause is not None:  # pyxform wraps the parser's refusal in a ValueError
        if isinstance(cause, DefusedXmlException):
            return WorkbookError(
                "{file} contains XML entity declarations, which spreadsheets never hold (an "
                "'XML bomb', or an attempt to read other files); it was refused unread",
                file=path.name,
            )
        cause = cause.__cause__ or cause.__context__
    reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return WorkbookError(template, file=path.name, reason=reason)


def _limit(value: str) -> str:
    if len(value) > MAX_CELL_CHARS:
        raise WorkbookError("a cell holds more than {limit} characters", limit=MAX_CELL_CHARS)
    return value


def _header_letters(data: BinaryIO) -> dict[str, dict[str, str]]:
    """Column letters of each header, per sheet (pyxform keeps headers but not positions)."""
    data.seek(0)
    workbook = load_workbook(data, read_only=True, data_only=True)
    try:
        letters: dict[str, dict[str, str]] = {}
        for worksheet in workbook.worksheets:
            first = next(worksheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
            letters[worksheet.title] = {
                " ".join(str(value).split()): get_column_letter(index)
                for index, value in enumerate(first, start=1)
                if value is not None and str(value).strip()
            }
        return letters
    finally:
        workbook.close()
