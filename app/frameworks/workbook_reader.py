"""Reads an XLSForm workbook into rows, keeping sheet, row and column for every cell.

Parsing of cells is pyxform's (the reference XLSForm implementation). Workbooks are untrusted
files, so the zip container is checked for size and compression ratio before it is opened, and
openpyxl parses XML through defusedxml (entity expansion is refused).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pyxform.errors import PyXFormError
from pyxform.xls2json_backends import xlsx_to_dict

from app.models.errors import JalonError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_CELL_CHARS = 32_767  # Excel's own limit; a longer cell was not written by a spreadsheet


# Sheets of Jalon's own that pyxform does not read: a framework's crosswalks from earlier
# versions (app/frameworks/crosswalk_sheet.py).
JALON_SHEETS = ("crosswalk",)


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
        check_xlsx_container(path)
        try:
            book = xlsx_to_dict(str(path))
            letters = _header_letters(path)
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
        for original in letters:
            if original.lower() in JALON_SHEETS and original.lower() not in sheets:
                sheets[original.lower()] = _own_sheet(path, original, letters[original])
        return sheets


def _own_sheet(path: Path, name: str, letters: dict[str, str]) -> Sheet:
    """A sheet pyxform does not read (it keeps only the XLSForm ones), read with openpyxl."""
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        worksheet = workbook[name]
        rows = worksheet.iter_rows(values_only=True)
        headers = [" ".join(str(v).split()) if v is not None else "" for v in next(rows, ())]
        found = []
        for number, values in enumerate(rows, start=2):
            cells = {
                header: _limit(_cell_text(value))
                for header, value in zip(headers, values, strict=False)
                if header and value is not None and _cell_text(value)
            }
            found.append(SheetRow(number, cells))
        return Sheet(name, found, letters)
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


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


def _header_letters(path: Path) -> dict[str, dict[str, str]]:
    """Column letters of each header, per sheet (pyxform keeps headers but not positions)."""
    workbook = load_workbook(path, read_only=True, data_only=True)
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


def check_xlsx_container(path: Path) -> None:
    """Refuse files that are not zip containers or that would expand absurdly when read."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise WorkbookError(
            "cannot open {file}: {reason}", file=str(path), reason=error.strerror
        ) from None
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            "{file} is larger than {limit} MB", file=path.name, limit=MAX_FILE_BYTES // 1_000_000
        )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise WorkbookError(
            "{file} is not an .xlsx workbook (it is not a zip container)", file=path.name
        ) from None
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError(
            "{file} expands to more than {limit} MB",
            file=path.name,
            limit=MAX_UNCOMPRESSED_BYTES // 1_000_000,
        )
    for entry in entries:
        if entry.file_size > 1_000_000 and entry.file_size > MAX_COMPRESSION_RATIO * max(
            entry.compress_size, 1
        ):
            raise WorkbookError(
                "{file}: entry {entry} is compressed {ratio}:1, which no spreadsheet does",
                file=path.name,
                entry=entry.filename,
                ratio=entry.file_size // max(entry.compress_size, 1),
            )
