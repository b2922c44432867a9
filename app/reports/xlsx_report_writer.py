"""The Excel export of one audit: Summary (with charts), Answers, Scores, Peer group (when a
benchmark applies), Organization information, Action plan (and, for a follow-up audit, what
became of the previous plan) and, when the institution was audited before, Progress and
Timeline, with labels in the chosen language and typed cells."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from app.boundary.spreadsheet_cell import SpreadsheetCell
from app.models.framework import Group, Indicator, QuestionType
from app.models.peer_comparison import OVERALL, PeerComparison
from app.models.scoring import NodeScore, indicator_points
from app.models.visible_text import VisibleText
from app.reports.answer_display import AnswerDisplay
from app.reports.peer_group_text import PeerGroupText
from app.reports.progress import NO_PROGRESS, Progress
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts
from app.reports.xlsx_progress_sheets import ProgressSheets
from app.reports.xlsx_sheet_style import (
    BOLD,
    DATE_FORMAT,
    MOMENT_FORMAT,
    SCORE_FORMAT,
    SHARE_FORMAT,
    SheetStyle,
    day,
    moment,
)
from app.reports.xlsx_summary_sheet import SummarySheet

PEER_TABLE_ROW = 3  # below the sentence that names the peer group
ALERT = Font(bold=True, color="B03A2E")  # an overdue action, as the desktop shows it


class XlsxReportWriter:
    def __init__(self, data: ReportData):
        self._data = data
        self._texts = ReportTexts(data.language)
        self._format = ReportFormatter(data.language)
        self._display = AnswerDisplay(data.framework, data.language, self._format, self._texts)

    def write(self, target: Path, progress: Progress = NO_PROGRESS) -> None:
        texts = self._texts
        workbook = Workbook()
        SummarySheet(self._data, texts, self._format).write(workbook.active)
        progress.step(1, 6)
        self._answers(workbook.create_sheet(texts.get("sheet_answers")[:31]))
        progress.step(2, 6)
        self._scores(workbook.create_sheet(texts.get("sheet_scores")[:31]))
        peers = self._data.peers
        if peers is not None and peers.applies:
            self._peers(workbook.create_sheet(texts.get("sheet_peers")[:31]), peers)
        progress.step(3, 6)
        self._organization(workbook.create_sheet(texts.get("sheet_organization")[:31]))
        progress.step(4, 6)
        self._actions(workbook.create_sheet(texts.get("sheet_actions")[:31]))
        if self._data.history is not None:
            sheets = ProgressSheets(self._data, self._data.history, texts)
            sheets.progress(workbook.create_sheet(texts.get("sheet_progress")[:31]))
            sheets.timeline(workbook.create_sheet(texts.get("sheet_timeline")[:31]))
        if self._data.previous_plan:
            self._previous_plan(workbook.create_sheet(texts.get("sheet_previous_plan")[:31]))
        progress.step(5, 6)
        workbook.properties.title = SpreadsheetCell.value(
            f"{texts.get('report_title')} – {self._data.audit.institution}"
        )
        workbook.properties.creator = SpreadsheetCell.value(
            VisibleText.for_name(self._data.generated_by) or "Jalon"
        )
        workbook.properties.language = self._data.language
        workbook.save(target)
        progress.step(6, 6)

    def _answers(self, sheet) -> None:
        data, texts, display = self._data, self._texts, self._display
        style = SheetStyle(
            [
                texts.get(k)
                for k in (
                    "code",
                    "dimension",
                    "standard",
                    "practice",
                    "question",
                    "answer",
                    "raw_value",
                    "points",
                    "possible",
                    "applies",
                    "na_reason",
                    "comment",
                    "flagged",
                    "department",
                    "evidence",
                    "last_change",
                    "changed_by",
                )
            ],
            [11, 24, 24, 24, 60, 22, 14, 8, 8, 9, 30, 40, 9, 16, 24, 17, 16],
            wrapped=(1, 2, 3, 4, 5, 10, 11, 14),
        )
        style.write_header(sheet)
        yes, no = texts.get("yes"), texts.get("no")
        for indicator in data.framework.iter_indicators():
            if not indicator.is_reported:
                continue
            answer = data.answer(indicator)
            path = [data.label(g) for g in data.path_of(indicator)] + ["", "", ""]
            points = indicator_points(indicator, answer)
            shown = display.typed(indicator, answer)
            if shown is None and answer is not None and answer.is_not_applicable:
                shown = texts.get("not_applicable")
            style.append(
                sheet,
                [
                    indicator.display_code,
                    path[0],
                    path[1],
                    path[2],
                    data.label(indicator),
                    shown,
                    answer.value if answer is not None and answer.has_value else None,
                    points[0] if points else None,
                    points[1] if points else None,
                    yes if data.applies(indicator) else no,
                    answer.na_reason if answer else "",
                    answer.comment if answer else "",
                    yes if answer is not None and answer.flagged else "",
                    self._department(indicator, answer),
                    ", ".join(f.shown_name for f in data.evidence_of(indicator)),
                    moment(answer.changed_at) if answer else "",
                    VisibleText.for_name(answer.author) if answer else "",
                ],
                {5: DATE_FORMAT, 15: MOMENT_FORMAT}
                if indicator.type == QuestionType.DATE
                else {15: MOMENT_FORMAT},
            )
        style.finish(sheet, 1, sheet.max_row)

    def _department(self, indicator: Indicator, answer) -> str:
        name = (
            answer.department if answer is not None and answer.department else indicator.department
        )
        label = self._data.framework.departments.get(name)
        return self._data.text(label) if label else name

    def _scores(self, sheet) -> None:
        data, texts = self._data, self._texts
        style = SheetStyle(
            [
                texts.get(k)
                for k in (
                    "code",
                    "level",
                    "label",
                    "score",
                    "coverage",
                    "points",
                    "possible",
                    "answered",
                    "scored_items",
                )
            ],
            [12, 14, 60, 11, 11, 10, 10, 11, 11],
            wrapped=(2,),
        )
        style.write_header(sheet)
        formats = {3: SCORE_FORMAT, 4: SHARE_FORMAT}
        overall = data.card.overall
        rows: list[tuple[str, str, str, NodeScore]] = [
            ("", texts.get("level_root"), texts.get("overall_score"), overall)
        ]
        rows += [
            (g.display_code, texts.get(f"level_{g.level.value}"), data.label(g), data.score(g))
            for g in data.framework.iter_groups()
            if data.is_scored(g)
        ]
        for code, level, label, score in rows:
            style.append(
                sheet,
                [
                    code,
                    level,
                    label,
                    None if score.percent is None else score.percent / 100,
                    score.coverage,
                    round(score.points, 6),
                    round(score.possible, 6),
                    score.scored_answered,
                    score.scored_total,
                ],
                formats,
            )
        for cell in sheet[2]:
            cell.font = BOLD
        style.finish(sheet, 1, sheet.max_row)

    def _peers(self, sheet, peers: PeerComparison) -> None:
        """Every benchmarked node against the peer group, with how many institutions were
        scored on it; the sentence that names the group above the table."""
        data, texts = self._data, self._texts
        words = PeerGroupText(data, texts, self._format)
        SpreadsheetCell.write(sheet, 1, 1, words.sentence(peers)).font = BOLD
        style = SheetStyle(
            [
                texts.get(k)
                for k in (
                    "code",
                    "level",
                    "label",
                    "score",
                    "peer_q1",
                    "peer_median",
                    "peer_q3",
                    "peer_quarter",
                    "peer_institutions",
                )
            ],
            [12, 14, 60, 11, 11, 11, 11, 11, 12],
            wrapped=(2,),
        )
        style.write_header(sheet, PEER_TABLE_ROW)
        formats = {3: SCORE_FORMAT, 4: SCORE_FORMAT, 5: SCORE_FORMAT, 6: SCORE_FORMAT}
        for row in peers.rows:
            overall = row.node == OVERALL
            style.append(
                sheet,
                [
                    "" if overall else row.code,
                    texts.get("level_root" if overall else f"level_{row.level}"),
                    words.label(peers, row),
                    None if row.score is None else row.score / 100,
                    row.peers.q1 / 100,
                    row.peers.median / 100,
                    row.peers.q3 / 100,
                    words.quarter(row),
                    row.peers.count,
                ],
                formats,
            )
        style.finish(sheet, PEER_TABLE_ROW, sheet.max_row)

    def _organization(self, sheet) -> None:
        data, texts, display = self._data, self._texts, self._display
        style = SheetStyle(
            [
                texts.get(k)
                for k in ("section", "code", "item", "value", "comment", "figure_confirmation")
            ],
            [28, 10, 55, 28, 40, 50],
            wrapped=(0, 2, 4, 5),
        )
        style.write_header(sheet)
        for section in data.info_sections():
            for indicator in data.indicators_in(section):
                if not data.applies(indicator):
                    continue
                answer = data.answer(indicator)
                value = display.typed(indicator, answer)
                if value is None and answer is not None and answer.is_not_applicable:
                    value = texts.get("not_applicable")
                style.append(
                    sheet,
                    [
                        data.label(section),
                        indicator.display_code,
                        data.label(indicator),
                        value,
                        answer.comment if answer else "",
                        data.figure_confirmation(indicator, texts, self._format),
                    ],
                    {3: DATE_FORMAT} if indicator.type == QuestionType.DATE else None,
                )
        style.finish(sheet, 1, sheet.max_row)

    def _actions(self, sheet) -> None:
        data, texts = self._data, self._texts
        style = SheetStyle(
            [
                texts.get(k)
                for k in (
                    "code",
                    "target",
                    "action",
                    "owner",
                    "due",
                    "priority",
                    "action_status",
                    "overdue",
                    "action_note",
                    "drop_reason",
                    "carried_from",
                    "created",
                    "updated",
                )
            ],
            [11, 40, 50, 20, 12, 11, 16, 10, 40, 30, 10, 17, 17],
            wrapped=(1, 2, 8, 9),
        )
        style.write_header(sheet)
        yes, no = texts.get("yes"), texts.get("no")
        for action in data.actions:
            late = action.is_overdue(data.today)
            style.append(
                sheet,
                [
                    *self._target(action.target),
                    action.title,
                    VisibleText.for_name(action.owner),
                    day(action.due_date),
                    texts.name(action.priority),
                    texts.action_status(action, data.today),
                    yes if late else no,
                    action.note,
                    action.reason,
                    yes if action.carried_from else no,
                    moment(action.created_at),
                    moment(action.updated_at),
                ],
                {4: DATE_FORMAT, 11: MOMENT_FORMAT, 12: MOMENT_FORMAT},
            )
            if late:  # in colour as well as in words
                for column in (5, 7, 8):
                    sheet.cell(row=sheet.max_row, column=column).font = ALERT
        style.finish(sheet, 1, sheet.max_row)

    def _previous_plan(self, sheet) -> None:
        data, texts = self._data, self._texts
        style = SheetStyle(
            [
                texts.get(k)
                for k in (
                    "code",
                    "target",
                    "action",
                    "status_then",
                    "status_now",
                    "action_note",
                    "drop_reason",
                    "target_change",
                )
            ],
            [11, 40, 50, 16, 22, 40, 30, 22],
            wrapped=(1, 2, 5, 6),
        )
        style.write_header(sheet)
        for entry in data.previous_plan:
            later = entry.later
            latest = later or entry.action  # its note here, or why it was dropped there
            change = entry.change.value if entry.change else "none"
            style.append(
                sheet,
                [
                    *self._target(entry.action.target),
                    entry.action.title,
                    texts.name(entry.action.status),
                    texts.action_status(later, data.today) if later else texts.get("not_carried"),
                    latest.note if later else "",
                    latest.reason,
                    texts.get(f"change_{change}"),
                ],
            )
        style.finish(sheet, 1, sheet.max_row)

    def _target(self, name: str) -> tuple[str, str]:
        """The code and the label of an action's target (its stored name if unknown)."""
        node: Group | Indicator | None = self._data.framework.nodes.get(name)
        return (node.display_code, self._data.label(node)) if node is not None else (name, "")
