"""Writes a Framework as an XLSForm-compatible workbook that Jalon (and pyxform) read back."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.frameworks.language_columns import LANGUAGE_NAMES, column_header
from app.frameworks.xlsform_vocabulary import DEPARTMENT_LIST, MODULE_LIST
from app.models.framework import Framework, Group, Indicator, Node
from app.models.localized_text import LocalizedText

SURVEY_TEXTS = (
    ("label", "label"),
    ("hint", "hint"),
    ("guidance_hint", "guidance"),
    ("evidence", "evidence"),
    ("constraint_message", "constraint_message"),
)
SURVEY_PLAIN = (
    "required",
    "relevant",
    "constraint",
    "code",
    "level",
    "weight",
    "department",
    "module",
)


class WorkbookWriter:
    def __init__(self, framework: Framework):
        self._framework = framework
        self._languages = framework.languages

    def write(self, path: Path) -> None:
        """Write atomically: a crash never leaves a half-written workbook under `path`."""
        book = Workbook()
        survey = book.active
        survey.title = "survey"
        text_headers = [
            column_header(col, lang) for col, _ in SURVEY_TEXTS for lang in self._languages
        ]
        headers = ["type", "name", *text_headers, *SURVEY_PLAIN]
        survey.append(headers)
        for node in self._framework.root.children:
            self._write_node(survey, headers, node)
        self._write_choices(book.create_sheet("choices"))
        self._write_settings(book.create_sheet("settings"))
        for sheet in book.worksheets:
            sheet.freeze_panes = "A2"
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for column in sheet.columns:
                sheet.column_dimensions[column[0].column_letter].width = 18
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=".xlsx", dir=path.parent)
        os.close(handle)
        try:
            book.save(temporary)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def _texts(self, node: Node) -> dict[str, str]:
        cells: dict[str, str] = {}
        for column, attribute in SURVEY_TEXTS:
            text: LocalizedText | None = getattr(node, attribute, None)
            for language in self._languages:
                if text and text.has(language):
                    cells[column_header(column, language)] = text.values[language]
        return cells

    @staticmethod
    def _weight(weight: float) -> str:
        return "" if weight == 1 else f"{weight:g}"

    def _write_node(self, sheet, headers: list[str], node: Node) -> None:
        cells = {
            "name": node.name,
            "code": node.code,
            "relevant": node.relevant,
            "module": node.module,
            "weight": self._weight(node.weight),
            **self._texts(node),
        }
        if isinstance(node, Group):
            cells.update(type="begin_group", level=node.level.value)
            SpreadsheetCell.append(sheet, [cells.get(h, "") or None for h in headers])
            for child in node.children:
                self._write_node(sheet, headers, child)
            SpreadsheetCell.append(sheet, ["end_group", node.name] + [None] * (len(headers) - 2))
            return
        assert isinstance(node, Indicator)
        kind = f"{node.type.value} {node.list_name}" if node.list_name else node.type.value
        cells.update(
            type=kind,
            required="yes" if node.required else "",
            constraint=node.constraint,
            department=node.department,
        )
        SpreadsheetCell.append(sheet, [cells.get(h, "") or None for h in headers])

    def _write_choices(self, sheet) -> None:
        labels = [column_header("label", lang) for lang in self._languages]
        SpreadsheetCell.append(sheet, ["list_name", "name", *labels, "score"])
        written: set[str] = set()
        for indicator in self._framework.iter_indicators():
            if not indicator.list_name or indicator.list_name in written:
                continue
            written.add(indicator.list_name)
            for choice in indicator.choices:
                score = None if choice.score is None else f"{choice.score:g}"
                SpreadsheetCell.append(
                    sheet,
                    [indicator.list_name, choice.name, *self._label_cells(choice.label), score],
                )
        for list_name, entries in (
            (MODULE_LIST, self._framework.modules),
            (DEPARTMENT_LIST, self._framework.departments),
        ):
            for name, label in entries.items():
                SpreadsheetCell.append(sheet, [list_name, name, *self._label_cells(label), None])

    def _label_cells(self, text: LocalizedText) -> list[str | None]:
        return [text.values.get(lang) or None for lang in self._languages]

    def _write_settings(self, sheet) -> None:
        framework = self._framework
        default = framework.default_language
        titles = [column_header("title", lang) for lang in self._languages]
        SpreadsheetCell.append(
            sheet, ["form_id", "version", "default_language", "form_title", *titles]
        )
        SpreadsheetCell.append(
            sheet,
            [
                framework.id,
                framework.version,
                f"{LANGUAGE_NAMES.get(default, default)} ({default})",
                framework.text(framework.title, default) or framework.id,
                *self._label_cells(framework.title),
            ],
        )
