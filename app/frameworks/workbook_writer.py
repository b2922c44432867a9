"""Writes a Framework as an XLSForm-compatible workbook that Jalon (and pyxform) read back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.frameworks.atomic_workbook import save_atomically
from app.frameworks.crosswalk_sheet import SHEET as CROSSWALK_SHEET
from app.frameworks.crosswalk_sheet import crosswalk_headers, crosswalk_rows
from app.frameworks.language_columns import LANGUAGE_NAMES, column_header
from app.frameworks.xlsform_vocabulary import DEPARTMENT_LIST, MODULE_LIST
from app.models.framework import Choice, Framework, Group, Indicator, Node
from app.models.localized_text import LocalizedText

SURVEY_TEXTS = (
    ("label", "label"),
    ("hint", "hint"),
    ("guidance_hint", "guidance"),
    ("evidence", "evidence"),
    ("constraint_message", "constraint_message"),
)
SURVEY_OPTIONAL = ("calculation", "choice_filter", "plausible_change")
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
    def __init__(self, framework: Framework, predecessors: tuple[Framework, ...] = ()):
        """`predecessors`: the older frameworks its crosswalks map from, when at hand, so
        that the crosswalk sheet shows their questions' codes and labels beside their names."""
        self._framework = framework
        self._languages = framework.languages
        self._predecessors = predecessors

    def write(self, path: Path) -> None:
        """Write atomically: a crash never leaves a half-written workbook under `path`."""
        book = Workbook()
        survey = book.active
        survey.title = "survey"
        text_headers = [
            column_header(col, lang) for col, _ in SURVEY_TEXTS for lang in self._languages
        ]
        # Calculation and cascading columns only when the framework has some: a framework
        # without them is written as it always was.
        indicators = list(self._framework.iter_indicators())
        optional = [
            name
            for name in SURVEY_OPTIONAL
            if any(getattr(indicator, name) not in (None, "") for indicator in indicators)
        ]
        headers = ["type", "name", *text_headers, *SURVEY_PLAIN, *optional]
        survey.append(headers)
        for node in self._framework.root.children:
            self._write_node(survey, headers, node)
        self._write_choices(book.create_sheet("choices"))
        self._write_settings(book.create_sheet("settings"))
        if self._framework.crosswalks:
            self._write_crosswalks(book.create_sheet(CROSSWALK_SHEET))
        for sheet in book.worksheets:
            sheet.freeze_panes = "A2"
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for column in sheet.columns:
                sheet.column_dimensions[column[0].column_letter].width = 18
        save_atomically(book, path)

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
            calculation=node.calculation,
            choice_filter=node.choice_filter,
            department=node.department,
            plausible_change="" if node.plausible_change is None else f"{node.plausible_change:g}",
        )
        SpreadsheetCell.append(sheet, [cells.get(h, "") or None for h in headers])

    def _write_choices(self, sheet) -> None:
        labels = [column_header("label", lang) for lang in self._languages]
        lists = self._choice_lists()
        # The columns cascading selects filter on, gathered from every question of a list.
        columns = sorted(
            {key for choices in lists.values() for _, filters in choices for key in filters}
        )
        SpreadsheetCell.append(sheet, ["list_name", "name", *labels, "score", *columns])
        for list_name, choices in lists.items():
            for choice, filters in choices:
                score = None if choice.score is None else f"{choice.score:g}"
                SpreadsheetCell.append(
                    sheet,
                    [
                        list_name,
                        choice.name,
                        *self._label_cells(choice.label),
                        score,
                        *(filters.get(key) or None for key in columns),
                    ],
                )
        for list_name, entries in (
            (MODULE_LIST, self._framework.modules),
            (DEPARTMENT_LIST, self._framework.departments),
        ):
            for name, label in entries.items():
                SpreadsheetCell.append(sheet, [list_name, name, *self._label_cells(label), None])

    def _choice_lists(self) -> dict[str, list[tuple[Choice, dict[str, str]]]]:
        """Each list's choices in order, with the filter columns that any question of the list
        reads (each question keeps only the columns its own filter reads)."""
        lists: dict[str, list[tuple[Choice, dict[str, str]]]] = {}
        for indicator in self._framework.iter_indicators():
            if not indicator.list_name:
                continue
            known = lists.setdefault(indicator.list_name, [])
            for position, choice in enumerate(indicator.choices):
                if position == len(known):
                    known.append((replace(choice, columns=()), {}))
                known[position][1].update(choice.columns)
        return lists

    def _duplicates(self) -> bool:
        return any(
            len({c.name for c in i.choices}) < len(i.choices)
            for i in self._framework.iter_indicators()
        )

    def _label_cells(self, text: LocalizedText) -> list[str | None]:
        return [text.values.get(lang) or None for lang in self._languages]

    def _write_settings(self, sheet) -> None:
        framework = self._framework
        default = framework.default_language
        titles = [column_header("title", lang) for lang in self._languages]
        # Cascading lists repeat a name under each parent (a county name in two states).
        duplicates = ["allow_choice_duplicates"] if self._duplicates() else []
        validity = ["validity_months"] if framework.validity_months else []
        SpreadsheetCell.append(
            sheet,
            [
                "form_id",
                "version",
                "default_language",
                "form_title",
                *titles,
                *duplicates,
                *validity,
            ],
        )
        SpreadsheetCell.append(
            sheet,
            [
                framework.id,
                framework.version,
                f"{LANGUAGE_NAMES.get(default, default)} ({default})",
                framework.text(framework.title, default) or framework.id,
                *self._label_cells(framework.title),
                *(["yes"] if duplicates else []),
                *([framework.validity_months] if validity else []),
            ],
        )

    def _write_crosswalks(self, sheet) -> None:
        SpreadsheetCell.append(sheet, crosswalk_headers(self._languages))
        for crosswalk in self._framework.crosswalks:
            source = next((f for f in self._predecessors if crosswalk.is_from(f)), None)
            for row in crosswalk_rows(crosswalk, self._framework, source):
                SpreadsheetCell.append(sheet, row)
