"""The agreed shape of an offline fill-in workbook, shared by its writer and its reader: sheet
names, columns, and the metadata that ties a workbook to one audit and one framework."""

from __future__ import annotations

from dataclasses import dataclass

from app.reports.report_texts import ReportTexts

FORMAT_VERSION = "1"
META_SHEET = "_jalon"
LISTS_SHEET = "_lists"
HEADER_ROW = 1


@dataclass(frozen=True)
class Column:
    key: str  # text key of the header in report_texts
    width: float
    editable: bool = False
    wrapped: bool = False


class FillInLayout:
    """Columns of the answers sheet, in order (column A is the hidden question key)."""

    COLUMNS = (
        Column("key", 14),
        Column("code", 10),
        Column("section", 30, wrapped=True),
        Column("question", 55, wrapped=True),
        Column("guidance", 60, wrapped=True),
        Column("expected", 24, wrapped=True),
        Column("answer", 24, editable=True, wrapped=True),
        Column("na_reason", 28, editable=True, wrapped=True),
        Column("comment", 36, editable=True, wrapped=True),
    )

    def __init__(self, texts: ReportTexts):
        self.texts = texts

    @classmethod
    def index(cls, key: str) -> int:
        """1-based column number of a column key."""
        return next(i for i, c in enumerate(cls.COLUMNS, start=1) if c.key == key)

    @classmethod
    def letter(cls, key: str) -> str:
        """Spreadsheet letter of a column key (the sheet has fewer than 26 columns)."""
        return chr(ord("A") + cls.index(key) - 1)

    def headers(self) -> list[str]:
        return [self.texts.get(f"fill_header_{c.key}") for c in self.COLUMNS]
