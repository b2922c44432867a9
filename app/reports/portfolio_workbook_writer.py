"""The portfolio as an Excel workbook: one row per institution, every cell written safely."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from app.boundary.spreadsheet_cell import SpreadsheetCell

HEADERS = (
    "institution",
    "country",
    "audits",
    "latest accepted audit",
    "accepted on",
    "overall score (%)",
    "trend (points)",
    "review state",
    "open corrections",
    "out of date",
    "framework",
    "validity (months)",
)


class PortfolioWorkbookWriter:
    def write(
        self,
        target: Path,
        rows: list[tuple],
        headers: tuple[str, ...] = HEADERS,
        title: str = "Portfolio",
    ) -> None:
        """`rows`: tuples in the order of HEADERS; `headers` and the sheet's `title` in the
        language of whoever exports (the desktop app passes its own)."""
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title[:31])
        SpreadsheetCell.append(sheet, list(headers))
        for row in rows:
            SpreadsheetCell.append(sheet, list(row))
        workbook.save(target)
