"""Reads an XLSForm workbook (.xlsx or .xls) into rows, keeping sheet, row and column for every
cell.

Reading and header normalisation are pyxform's (the reference XLSForm implementation): its
backends read the cells, and its own header parsing and alias tables turn every spelling it
accepts (`label:english`, `LABEL::English (en)`, `list name`, `calculation`, ...) into one
canonical name, which `XlsformHeaders` flattens for the builder. Workbooks are untrusted files,
so the file is read through the one opener of ordinary files, an .xlsx container is bounded
(its zip directory, expansion, and rows, columns and cells of every sheet: WorkbookFile)
before pyxform or openpyxl parse it, and openpyxl parses XML through defusedxml (entity
expansion is refused). Warnings the libraries
raise while reading (openpyxl's "unknown extension" and the like) are about the file, not for
the user's terminal, and are silenced.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pyxform.errors import PyXFormError
from pyxform.xls2json_backends import DefinitionData, get_xlsform

from app.boundary.regular_file import FileRefused, RegularFile
from app.boundary.workbook_file import WorkbookFile, WorkbookLimits
from app.frameworks.xlsform_headers import XlsformHeaders
from app.models.errors import JalonError

LIMITS = WorkbookLimits(max_bytes=50 * 1024 * 1024, max_expanded_bytes=300 * 1024 * 1024)
MAX_CELL_CHARS = 32_767  # Excel's own limit; a longer cell was not written by a spreadsheet
SHEETS = ("survey", "choices", "settings", "external_choices")
XLS_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")  # the OLE2 container of Excel 97-2003


# Sheets of Jalon's own that pyxform does not read: a framework's crosswalks from earlier
# versions (app/frameworks/crosswalk_sheet.py).
JALON_SHEETS = ("crosswalk",)


class WorkbookError(JalonError):
    """A workbook that cannot be read at all (not a spreadsheet, damaged, too large)."""


@dataclass(frozen=True)
class SheetRow:
    number: int  # spreadsheet row number; the header is row 1
    cells: dict[str, str]


@dataclass
class Sheet:
    name: str
    rows: list[SheetRow]
    columns: dict[str, str]  # canonical header -> the header as written in the workbook
    letters: ColumnLetters | None = None

    def column(self, header: str) -> str:
        written = self.columns.get(header)
        letter = self.letters.of(self.name, written) if self.letters and written else ""
        return f"{letter} ({header})" if letter else header


class ColumnLetters:
    """Where each header sits, per sheet: pyxform keeps headers but not their positions. Read
    only when a problem is reported (a second pass over the workbook a valid one never needs)."""

    def __init__(self, data: bytes, old_format: bool):
        self._data = data
        self._old_format = old_format
        self._letters: dict[str, dict[str, str]] | None = None

    def of(self, sheet: str, header: str) -> str:
        if self._letters is None:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    read = _xls_header_letters if self._old_format else _header_letters
                    self._letters = read(self._data)
            except Exception:  # read once already; without letters, names only
                self._letters = {}
        return self._letters.get(sheet, {}).get(header, "")


class WorkbookReader:
    """Reads the XLSForm sheets (survey, choices, settings, external_choices) of one workbook."""

    def read(self, path: Path) -> dict[str, Sheet]:
        try:
            data = RegularFile.read(path, LIMITS.max_bytes)
            old_format = data.startswith(XLS_SIGNATURE)
            if not old_format:
                WorkbookFile(LIMITS).check(path, data)
        except FileRefused as error:
            raise WorkbookError(error.template, **error.params) from None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                book = get_xlsform(io.BytesIO(data), file_type=".xls" if old_format else ".xlsx")
        except Exception as error:  # every reader failure becomes one message
            if old_format:
                raise WorkbookError(
                    "{file} is an old-format .xls workbook that could not be read ({reason}); "
                    "open it in a spreadsheet program and save it as .xlsx",
                    file=path.name,
                    reason=_reason(error),
                ) from error
            raise _read_error(path, error) from error
        letters = ColumnLetters(data, old_format)
        sheets = self._sheets(book, letters)
        if not old_format:
            for original in book.sheet_names or []:
                if original.lower() in JALON_SHEETS and original.lower() not in sheets:
                    sheets[original.lower()] = _own_sheet(data, original, letters)
        return sheets

    def _sheets(self, book: DefinitionData, letters: ColumnLetters) -> dict:
        originals = {name.lower(): name for name in reversed(book.sheet_names or [])}
        if book.survey is not None and "survey" not in originals and book.sheet_names:
            originals["survey"] = book.sheet_names[0]  # a lone sheet is the survey, as in pyxform
        headers = XlsformHeaders()
        sheets: dict[str, Sheet] = {}
        for key in SHEETS:
            rows = getattr(book, key)
            header_rows = getattr(book, f"{key}_header")
            if rows is None:
                continue
            original = originals.get(key, key)
            try:
                canonical_rows, columns = headers.normalise(key, rows, header_rows)
            except PyXFormError as error:
                raise WorkbookError(
                    "sheet {sheet}: {reason}", sheet=original, reason=_reason(error)
                ) from error
            sheets[key] = Sheet(
                original,
                [
                    SheetRow(number, {k: _limit(v) for k, v in cells.items()})
                    for number, cells in canonical_rows
                ],
                columns,
                letters,
            )
        return sheets


def _own_sheet(data: bytes, name: str, letters: ColumnLetters) -> Sheet:
    """A sheet pyxform does not read (it keeps only the XLSForm ones), read with openpyxl."""
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        rows = workbook[name].iter_rows(values_only=True)
        headers = [" ".join(str(v).split()) if v is not None else "" for v in next(rows, ())]
        found = []
        for number, values in enumerate(rows, start=2):
            cells = {
                header: _limit(_cell_text(value))
                for header, value in zip(headers, values, strict=False)
                if header and value is not None and _cell_text(value)
            }
            found.append(SheetRow(number, cells))
        return Sheet(name, found, {header: header for header in headers if header}, letters)
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _reason(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _read_error(path: Path, error: Exception) -> WorkbookError:
    cause: BaseException | None = error
    while cause is not None:  # pyxform wraps the parser's refusal in a ValueError
        if isinstance(cause, DefusedXmlException):
            return WorkbookError(
                "{file} contains XML entity declarations, which spreadsheets never hold (an "
                "'XML bomb', or an attempt to read other files); it was refused unread",
                file=path.name,
            )
        cause = cause.__cause__ or cause.__context__
    if isinstance(error, PyXFormError | OSError | KeyError | ValueError | TypeError):
        template = "{file} is not a readable .xlsx workbook: {reason}"
    else:  # defusedxml and lxml raise their own types on hostile XML
        template = "{file} could not be read safely: {reason}"
    return WorkbookError(template, file=path.name, reason=_reason(error))


def _limit(value: str) -> str:
    if len(value) > MAX_CELL_CHARS:
        raise WorkbookError("a cell holds more than {limit} characters", limit=MAX_CELL_CHARS)
    return value


def _clean_header(value: object) -> str:
    return " ".join(str(value).split())


def _header_letters(data: bytes) -> dict[str, dict[str, str]]:
    """Column letters of each header, per sheet (pyxform keeps headers but not positions)."""
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        letters: dict[str, dict[str, str]] = {}
        for worksheet in workbook.worksheets:
            first = next(worksheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
            letters[worksheet.title] = {
                _clean_header(value): get_column_letter(index)
                for index, value in enumerate(first, start=1)
                if value is not None and str(value).strip()
            }
        return letters
    finally:
        workbook.close()


def _xls_header_letters(data: bytes) -> dict[str, dict[str, str]]:
    import xlrd  # pyxform's own reader of .xls files

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    try:
        letters: dict[str, dict[str, str]] = {}
        for sheet in book.sheets():
            first = sheet.row_values(0) if sheet.nrows else []
            letters[sheet.name] = {
                _clean_header(value): get_column_letter(index)
                for index, value in enumerate(first, start=1)
                if str(value).strip()
            }
        return letters
    finally:
        book.release_resources()
