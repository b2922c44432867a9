"""The one way Jalon puts a value into an Excel cell.

Whatever the value holds, it lands as what it is:
- a text that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
  carriage return: the OWASP CSV-injection rule) is written as a text cell with Excel's "quote
  prefix", so it is never evaluated, not even after someone edits the cell;
- characters an .xlsx cannot hold become visible escapes (\\x1b) instead of failing the export;
- a text longer than the 32,767 characters a cell holds is cut, visibly ("[…]"), instead of
  producing a file Excel must repair (old audits may hold longer comments);
- an integer beyond the 15 digits Excel keeps exactly, or a number that is not finite, is
  written as its text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl.cell import Cell, WriteOnlyCell

from app.models.text_rule import shortened
from app.models.visible_text import VisibleText

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767
EXACT_DIGITS = 10**15


class SpreadsheetCell:
    @staticmethod
    def value(value: object) -> object:
        """`value` as a cell may hold it (texts cleaned and cut, numbers kept or made text)."""
        if isinstance(value, str):
            text = VisibleText.for_documents(value)
            return shortened(text, MAX_CELL_CHARS)
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= EXACT_DIGITS:
            return str(value)
        if isinstance(value, float) and not math.isfinite(value):
            return str(value)
        return value

    @classmethod
    def write(cls, sheet, row: int, column: int, value: object) -> Cell:
        """Set the cell at (row, column) of a normal sheet; returns it for styling."""
        cell = sheet.cell(row=row, column=column)
        cls.fill(cell, value)
        return cell

    @classmethod
    def for_append(cls, sheet, value: object) -> Cell:
        """A cell for a sheet's append() (a write-only sheet's too)."""
        cell = WriteOnlyCell(sheet)
        cls.fill(cell, value)
        return cell

    @staticmethod
    def needs_cell(safe: object) -> bool:
        """Whether a value made safe by value() must still be written as a styled text cell."""
        return isinstance(safe, str) and safe.startswith(FORMULA_STARTS)

    @classmethod
    def fill(cls, cell: Cell, value: object) -> None:
        safe = cls.value(value)
        cell.value = safe
        if cls.needs_cell(safe):
            cell.data_type = "s"  # openpyxl made "=…" a formula
            cell.quotePrefix = True

    @classmethod
    def append(cls, sheet, values: Sequence[object]) -> None:
        """Append a row of values, each written as write() does."""
        sheet.append([None if value is None else cls.for_append(sheet, value) for value in values])
