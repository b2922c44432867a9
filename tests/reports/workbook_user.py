"""Fills a fill-in workbook with openpyxl the way a person does in Excel: by question code."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.reports.fill_in.fill_in_layout import FillInLayout

SHEET = "Questionnaire"  # its name in French; fill() works in any language


def fill(path: Path, cells: dict[str, dict[str, object]]) -> None:
    """`cells` maps a question code to {column key: value}, e.g. {"1.1.1.1": {"answer": "Oui"}}."""
    workbook = load_workbook(path)
    sheet = workbook.worksheets[1]  # after the instructions
    code_column = FillInLayout.index("code")
    rows = {sheet.cell(row=r, column=code_column).value: r for r in range(2, sheet.max_row + 1)}
    for code, values in cells.items():
        for key, value in values.items():
            sheet.cell(row=rows[code], column=FillInLayout.index(key), value=value)
    workbook.save(path)


def row_of(path: Path, code: str) -> int:
    workbook = load_workbook(path, read_only=True)
    try:
        rows = workbook.worksheets[1].iter_rows(values_only=True)
        for number, row in enumerate(rows, start=1):
            if row[FillInLayout.index("code") - 1] == code:
                return number
    finally:
        workbook.close()
    raise KeyError(code)
