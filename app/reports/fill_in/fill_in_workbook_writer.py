"""An offline fill-in workbook: the audit's questions for someone without Jalon.

Instructions in the chosen language, one row per question with its guidance, the current
answers pre-filled, drop-down lists of choices (a hidden sheet with named ranges, wired by data
validation), and a protected structure so that only the answer, N/A reason and comment cells
can be edited. A hidden metadata sheet ties the workbook to its audit and framework.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.models.framework import Indicator, QuestionType
from app.models.visible_text import VisibleText
from app.reports.answer_display import AnswerDisplay
from app.reports.fill_in.fill_in_layout import (
    FORMAT_VERSION,
    HEADER_ROW,
    LISTS_SHEET,
    META_SHEET,
    FillInLayout,
)
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts
from app.reports.xlsx_sheet_style import (
    DATE_FORMAT,
    LINE_HEIGHT,
    TITLE_FONT,
    SheetStyle,
    fit_to_page_width,
    wrapped_lines,
)

INPUT_FILL = PatternFill("solid", fgColor="FFF6D5")
WRAP = Alignment(wrap_text=True, vertical="top")
INSTRUCTION_STEPS = (
    "fill_step_answer",
    "fill_step_lists",
    "fill_step_numbers",
    "fill_step_na",
    "fill_step_empty",
    "fill_step_rows",
    "fill_step_relevance",
    "fill_step_return",
)


class FillInWorkbookWriter:
    def __init__(self, data: ReportData):
        self._data = data
        self._texts = ReportTexts(data.language)
        self._format = ReportFormatter(data.language)
        self._display = AnswerDisplay(data.framework, data.language, self._format, self._texts)
        self._layout = FillInLayout(self._texts)

    def indicators(self) -> list[Indicator]:
        """The questions of the workbook: answerable and in the audit's modules."""
        data = self._data
        return [
            i
            for i in data.framework.iter_indicators()
            if i.is_answerable and data.framework.in_scope(i.name, data.audit.modules)
        ]

    def write(self, target: Path) -> None:
        texts = self._texts
        workbook = Workbook()
        instructions = workbook.active
        answers = workbook.create_sheet(texts.get("sheet_fill")[:31])
        lists = workbook.create_sheet(LISTS_SHEET)
        meta = workbook.create_sheet(META_SHEET)
        self._instructions(instructions, answers.title)
        ranges = self._lists(workbook, lists)
        self._questions(answers, ranges)
        self._meta(meta, answers.title)
        lists.sheet_state = "hidden"
        meta.sheet_state = "veryHidden"
        for sheet in (instructions, lists, meta):
            sheet.protection.sheet = True
        # Sheets cannot be added, removed, renamed or unhidden; Jalon finds them by name.
        workbook.security = WorkbookProtection(lockStructure=True)
        workbook.properties.title = SpreadsheetCell.value(
            texts.get("fill_title", institution=self._data.audit.institution)
        )
        workbook.properties.language = self._data.language
        workbook.save(target)

    def _instructions(self, sheet, answers_title: str) -> None:
        data, texts = self._data, self._texts
        sheet.title = texts.get("sheet_instructions")[:31]
        sheet.column_dimensions["A"].width = 4
        sheet.column_dimensions["B"].width = 110
        SpreadsheetCell.write(
            sheet, 1, 2, texts.get("fill_title", institution=data.audit.institution)
        ).font = TITLE_FONT
        fit_to_page_width(sheet)
        SpreadsheetCell.write(
            sheet,
            2,
            2,
            texts.get(
                "fill_subtitle",
                framework=data.text(data.framework.title),
                version=data.framework.version,
                date=self._format.moment(data.generated_at),
            ),
        )
        for row, key in enumerate(INSTRUCTION_STEPS, start=4):
            SpreadsheetCell.write(sheet, row, 1, row - 3).alignment = WRAP
            text = texts.get(key, sheet=answers_title)
            SpreadsheetCell.write(sheet, row, 2, text).alignment = WRAP
            sheet.row_dimensions[row].height = LINE_HEIGHT * wrapped_lines(text, 110) + 4
        SpreadsheetCell.write(
            sheet, len(INSTRUCTION_STEPS) + 5, 2, texts.get("fill_audit_line", audit=data.audit.id)
        ).font = Font(italic=True, color="5F6B73")

    def _lists(self, workbook: Workbook, sheet) -> dict[str, str]:
        """One column of choice labels per choice list, each with a workbook-level name."""
        ranges: dict[str, str] = {}
        column = 0
        for indicator in self.indicators():
            if indicator.type != QuestionType.SELECT_ONE or indicator.list_name in ranges:
                continue
            column += 1
            letter = get_column_letter(column)
            SpreadsheetCell.write(sheet, 1, column, indicator.list_name)
            for row, choice in enumerate(indicator.choices, start=2):
                SpreadsheetCell.write(
                    sheet, row, column, self._display.choice_label(indicator, choice.name)
                )
            name = f"jalon_{re.sub(r'[^A-Za-z0-9_]', '_', indicator.list_name)}_{column}"
            reference = (
                f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(indicator.choices) + 1}"
            )
            workbook.defined_names[name] = DefinedName(name, attr_text=reference)
            ranges[indicator.list_name] = name
        return ranges

    def _questions(self, sheet, ranges: dict[str, str]) -> None:
        data, layout = self._data, self._layout
        style = SheetStyle(layout.headers(), [c.width for c in layout.COLUMNS])
        style.write_header(sheet, HEADER_ROW)
        sheet.column_dimensions["A"].hidden = True
        validations = self._validations(sheet, ranges)
        row = HEADER_ROW
        for indicator in self.indicators():
            row += 1
            answer = data.answer(indicator)
            parent = data.framework.parents.get(indicator.name)
            section = f"{parent.display_code} {data.label(parent)}" if parent else ""
            value = self._display.typed(indicator, answer)
            values = [
                indicator.name,
                indicator.display_code,
                section,
                data.label(indicator),
                self._guidance(indicator),
                self._expected(indicator),
                value,
                answer.na_reason if answer else "",
                answer.comment if answer else "",
            ]
            lines = 1
            for column, (spec, content) in enumerate(
                zip(layout.COLUMNS, values, strict=True), start=1
            ):
                cell = SpreadsheetCell.write(sheet, row, column, content if content != "" else None)
                cell.alignment = WRAP
                if spec.editable:
                    cell.protection = Protection(locked=False)
                    cell.fill = INPUT_FILL
                if spec.wrapped and isinstance(content, str):
                    lines = max(lines, wrapped_lines(content, spec.width))
            # Long guidance would make rows huge: show up to 8 lines, the rest on resize.
            sheet.row_dimensions[row].height = LINE_HEIGHT * min(max(lines, 2), 8)
            if indicator.type == QuestionType.DATE:
                sheet.cell(row=row, column=FillInLayout.index("answer")).number_format = DATE_FORMAT
            validation = validations.get(_validation_key(indicator))
            if validation is not None:
                validation.add(sheet.cell(row=row, column=FillInLayout.index("answer")))
        style.finish(sheet, HEADER_ROW, row)
        sheet.freeze_panes = "C2"
        sheet.print_area = f"B1:{get_column_letter(len(layout.COLUMNS))}{row}"
        protection = sheet.protection
        protection.sheet = True
        # Let people filter, resize and format while the questions themselves stay locked.
        protection.autoFilter = protection.formatColumns = protection.formatRows = False
        protection.formatCells = False

    def _validations(self, sheet, ranges: dict[str, str]) -> dict[str, DataValidation]:
        texts = self._texts
        found: dict[str, DataValidation] = {}
        for list_name, defined in ranges.items():
            found[f"list:{list_name}"] = DataValidation(
                type="list", formula1=f"={defined}", allow_blank=True
            )
        found[QuestionType.INTEGER.value] = DataValidation(
            type="whole",
            operator="between",
            formula1="-1000000000000",
            formula2="1000000000000",
            allow_blank=True,
        )
        found[QuestionType.DECIMAL.value] = DataValidation(
            type="decimal",
            operator="between",
            formula1="-1E+15",
            formula2="1E+15",
            allow_blank=True,
        )
        found[QuestionType.DATE.value] = DataValidation(
            type="date", operator="greaterThan", formula1="1", allow_blank=True
        )
        messages = {
            QuestionType.INTEGER.value: "fill_error_integer",
            QuestionType.DECIMAL.value: "fill_error_decimal",
            QuestionType.DATE.value: "fill_error_date",
        }
        for key, validation in found.items():
            validation.showErrorMessage = True
            validation.errorTitle = texts.get("fill_error_title")
            validation.error = texts.get(messages.get(key, "fill_error_choice"))
            sheet.add_data_validation(validation)
        return found

    def _guidance(self, indicator: Indicator) -> str:
        data, texts = self._data, self._texts
        parts = [data.text(indicator.hint), data.text(indicator.guidance)]
        evidence = data.text(indicator.evidence)
        if evidence:
            parts.append(f"{texts.get('label_colon', label=texts.get('evidence'))} {evidence}")
        return "\n\n".join(p for p in parts if p)

    def _expected(self, indicator: Indicator) -> str:
        data, texts = self._data, self._texts
        kind = indicator.type
        if kind == QuestionType.SELECT_ONE:
            expected = texts.get("fill_expect_choice")
        elif kind == QuestionType.SELECT_MULTIPLE:
            labels = "; ".join(
                self._display.choice_label(indicator, c.name) for c in indicator.choices
            )
            expected = texts.get("fill_expect_multiple", choices=labels)
        else:
            expected = texts.get(f"fill_expect_{kind.value}")
        if indicator.required:
            expected += f" ({texts.get('fill_required')})"
        rule = data.text(indicator.constraint_message)
        return f"{expected}\n{rule}" if rule else expected

    def _meta(self, sheet, answers_title: str) -> None:
        data = self._data
        # Column A the key, column B the value. The reader refuses a workbook whose format,
        # audit_id or framework_hash differ, and finds the answers by answers_sheet; the rest
        # tells a person where the workbook came from.
        values = {
            "format": FORMAT_VERSION,
            "audit_id": data.audit.id,
            "institution": data.audit.institution,
            "framework_id": data.framework.id,
            "framework_version": data.framework.version,
            "framework_hash": data.framework.content_hash,
            "language": data.language,
            "answers_sheet": answers_title,
            "exported_at": data.generated_at.isoformat(),
            "exported_by": VisibleText.for_name(data.generated_by),
        }
        for row, (key, value) in enumerate(values.items(), start=1):
            SpreadsheetCell.write(sheet, row, 1, key)
            SpreadsheetCell.write(sheet, row, 2, value)


def _validation_key(indicator: Indicator) -> str:
    if indicator.type == QuestionType.SELECT_ONE:
        return f"list:{indicator.list_name}"
    return indicator.type.value
