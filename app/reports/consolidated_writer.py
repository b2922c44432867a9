"""The consolidated export for a head office: one row per audit (scores per dimension and key
organization figures) and a long table of every answer of every audit.

The workbook is streamed (StreamedWorkbook: the rows' SpreadsheetML written directly, ten
times faster than openpyxl's write-only mode): rows go to disk as they come, and the caller
hands over one audit at a time, so memory stays flat for thousands of audits.

A worksheet holds at most 1,048,576 rows; Excel refuses to open a file with more (it offers to
"repair" it by dropping them). The answers table therefore continues on further sheets, "All
answers (2)", "(3)"…, each with its header, in the same order; a table of audits too long for
one sheet stops the export before anything is written, pointing to the tidy CSV/Parquet export.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.models.answer import Answer, InvalidValue
from app.models.errors import JalonError
from app.models.framework import Framework, Group, Indicator
from app.models.scoring import indicator_points
from app.models.version_alignment import VersionAlignment
from app.models.visible_text import VisibleText
from app.reports.answer_display import AnswerDisplay
from app.reports.framework_layout import FrameworkLayout
from app.reports.progress import NO_PROGRESS, Progress
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts
from app.reports.streamed_workbook import StreamedSheet, StreamedWorkbook
from app.reports.xlsx_sheet_style import (
    HEADER_COLOUR,
    HEADER_TEXT_COLOUR,
    MOMENT_FORMAT,
    SCORE_FORMAT,
    SHARE_FORMAT,
    moment,
)

EXCEL_ROWS = 1_048_576  # rows of one worksheet, header included (Excel 2007 and later)
_SHEET_TITLE = 31  # characters of a sheet name
_ANSWER_COLUMNS = (
    "audit_id",
    "institution",
    "framework",
    "version",
    "code",
    "question",
    "answer",
    "raw_value",
    "points",
    "possible",
    "na_reason",
    "comment",
    "flagged",
    "last_change",
    "changed_by",
    "code_in_newest",
)
_ANSWER_WIDTHS = (38, 32, 12, 9, 11, 60, 22, 14, 8, 8, 30, 40, 9, 17, 16, 14)
_AUDIT_COLUMNS = (
    "audit_id",
    "institution",
    "country",
    "audit_type",
    "status",
    "period_start",
    "period_end",
    "framework",
    "version",
    "auditors",
    "last_change",
    "overall_score",
    "coverage",
)


class ConsolidatedWriter:
    def __init__(self, language: str, frameworks: list[Framework], row_limit: int = EXCEL_ROWS):
        """`frameworks` are those of the audits to come: their dimensions and organization
        items become the columns, known before the first row is streamed. `row_limit` is the
        rows a sheet may hold (Excel's; tests lower it)."""
        self._row_limit = row_limit
        self._language = language
        self._texts = ReportTexts(language)
        self._format = ReportFormatter(language)
        self._displays: dict[str, AnswerDisplay] = {}  # by framework hash
        self._dimensions: dict[str, str] = {}  # group name → column title
        self._figures: dict[str, str] = {}  # indicator name → column title
        # Several versions of a framework: answers read under the newest version's codes too.
        self._alignment = VersionAlignment(frameworks)
        for framework in frameworks:
            self._collect_columns(framework)
            self._displays[framework.content_hash] = AnswerDisplay(
                framework, language, self._format, self._texts
            )

    def _collect_columns(self, framework: Framework) -> None:
        layout = FrameworkLayout(framework)

        def title(node: Group | Indicator) -> str:
            label = framework.text(node.label, self._language)
            return f"{node.display_code} {label}"[:80]

        for group in layout.scored_groups():
            self._dimensions.setdefault(group.name, title(group))
        for section in layout.info_sections():
            for indicator in layout.indicators_in(section):
                self._figures.setdefault(indicator.name, title(indicator))

    def write(
        self,
        target: Path,
        audits: Iterable[ReportData],
        total: int,
        progress: Progress = NO_PROGRESS,
    ) -> None:
        if total + 1 > self._row_limit:
            raise JalonError(
                "{count} audits do not fit in one Excel sheet (at most {rows} "
                "rows); export them as CSV or Parquet tables instead: jalon "
                "export tidy",
                count=total,
                rows=self._row_limit,
            )
        texts = self._texts
        workbook = StreamedWorkbook(HEADER_TEXT_COLOUR, HEADER_COLOUR)
        summary_formats = {10: MOMENT_FORMAT, 11: SCORE_FORMAT, 12: SHARE_FORMAT}
        for offset in range(len(self._dimensions)):
            summary_formats[len(_AUDIT_COLUMNS) + offset] = SCORE_FORMAT
        summary = workbook.add_sheet(
            texts.get("sheet_audits")[:_SHEET_TITLE],
            [texts.get(k) for k in _AUDIT_COLUMNS]
            + list(self._dimensions.values())
            + list(self._figures.values()),
            [38, 32, 14, 18, 12, 12, 12, 12, 9, 28, 17, 11, 11]
            + [14] * len(self._dimensions)
            + [16] * len(self._figures),
            "C2",
            summary_formats,
        )
        answers = _SplitTable(
            workbook,
            texts.get("sheet_all_answers"),
            [texts.get(k) for k in _ANSWER_COLUMNS],
            self._row_limit,
        )
        try:
            self._stream(summary, answers, audits, total, progress)
            workbook.save(target)
        finally:
            workbook.discard()

    def _stream(
        self,
        summary: StreamedSheet,
        answers: _SplitTable,
        audits: Iterable[ReportData],
        total: int,
        progress: Progress,
    ) -> None:
        """Stream every audit's rows."""
        progress.step(0, total)
        for done, data in enumerate(audits, start=1):
            summary.append(self._audit_row(data))
            for row in self._answer_rows(data):
                answers.append(row)
            progress.step(done, total)

    def _audit_row(self, data: ReportData) -> list[object]:
        audit, texts = data.audit, self._texts
        overall = data.card.overall
        display = self._displays[data.framework.content_hash]
        row: list[object] = [
            audit.id,
            audit.institution,
            audit.country,
            texts.name(audit.audit_type),
            texts.name(audit.status),
            audit.period_start,
            audit.period_end,
            data.framework.id,
            data.framework.version,
            VisibleText.for_names(audit.auditors),
            moment(audit.updated_at),
            _fraction(overall.percent),
            overall.coverage,
        ]
        for name in self._dimensions:
            score = data.card.nodes.get(name)
            row.append(_fraction(score.percent) if score is not None else None)
        for name in self._figures:
            indicator = data.framework.indicators.get(name)
            row.append(
                display.typed(indicator, data.answer(indicator))
                if indicator is not None and data.applies(indicator)
                else None
            )
        return row

    def _answer_rows(self, data: ReportData):
        audit, display = data.audit, self._displays[data.framework.content_hash]
        yes = self._texts.get("yes")
        for indicator in data.framework.iter_indicators():
            answer = data.answers.get(indicator.name)
            if answer is None or not (answer.is_answered or answer.is_invalid or answer.comment):
                continue
            points = indicator_points(indicator, answer)
            yield [
                audit.id,
                audit.institution,
                data.framework.id,
                data.framework.version,
                indicator.display_code,
                data.label(indicator),
                display.typed(indicator, answer),
                _raw_value(answer),
                points[0] if points else None,
                points[1] if points else None,
                answer.na_reason,
                answer.comment,
                yes if answer.flagged else "",
                moment(answer.changed_at),
                VisibleText.for_name(answer.author),
                self._alignment.code_in_newest(data.framework, indicator.name),
            ]


class _SplitTable:
    """A long table streamed over as many sheets as the row limit needs: "All answers",
    "All answers (2)"…, each starting with the header row, frozen and filtered."""

    def __init__(self, workbook: StreamedWorkbook, title: str, headers: list[str], row_limit: int):
        self._workbook = workbook
        self._title = title
        self._headers = headers
        self._row_limit = row_limit
        self._sheets: list[StreamedSheet] = []
        self._add_sheet()

    def _add_sheet(self) -> None:
        number = len(self._sheets) + 1
        suffix = f" ({number})" if number > 1 else ""
        self._sheets.append(
            self._workbook.add_sheet(
                self._title[: _SHEET_TITLE - len(suffix)] + suffix,
                self._headers,
                _ANSWER_WIDTHS,
                "A2",
                {13: MOMENT_FORMAT},
            )
        )

    def append(self, values: list[object]) -> None:
        if self._sheets[-1].rows >= self._row_limit:
            self._add_sheet()
        self._sheets[-1].append(values)


def _fraction(percent: float | None) -> float | None:
    return None if percent is None else percent / 100


def _raw_value(answer: Answer) -> object:
    """The value as stored; a value kept as typed is its text (the answer column says why it
    is not valid)."""
    if isinstance(answer.value, InvalidValue):
        return answer.value.typed
    return answer.value if answer.has_value else None
