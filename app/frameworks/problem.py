"""A problem found in a framework workbook, located by sheet, row and column."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    sheet: str
    row: int | None  # spreadsheet row number (1 is the header row)
    column: str  # column letter and header, e.g. "C (relevant)"; "" for the whole row
    template: str  # English message template, translated by the UI
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template

    @property
    def location(self) -> str:
        parts = [f"sheet {self.sheet}"] if self.sheet else []
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{self.severity.value}: {where}{self.message}"


class ProblemLog:
    """Collects problems as a workbook is read; each is located by sheet, row and column."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, severity: Severity, sheet, row, header: str, template: str, /, **params) -> None:
        number = getattr(row, "number", row)
        column = sheet.column(header) if sheet is not None and header else header
        self.problems.append(
            Problem(severity, sheet.name if sheet else "", number, column, template, params)
        )
