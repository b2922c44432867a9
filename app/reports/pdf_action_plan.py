"""The report's action plan: each action with its target, owner, due date, priority and status
— an overdue one says so in words and in colour, a note or the reason it was dropped under its
description — and, in a follow-up audit's report, what became of the previous audit's plan."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.models.action_item import ActionItem, ActionStatus, Priority
from app.models.visible_text import VisibleText
from app.reports.pdf_blocks import PdfBlocks
from app.reports.pdf_document import CONTENT_WIDTH
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts

_PRIORITY_ORDER = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}


class ActionPlanSection:
    def __init__(
        self, data: ReportData, blocks: PdfBlocks, texts: ReportTexts, formatter: ReportFormatter
    ):
        self._data = data
        self._blocks = blocks
        self._texts = texts
        self._format = formatter

    def flowables(self) -> list[Flowable]:
        return self._plan() + self._previous_plan()

    def _plan(self) -> list[Flowable]:
        data, blocks, texts, styles = self._data, self._blocks, self._texts, self._blocks.styles
        items: list[Flowable] = [blocks.heading(texts.get("action_plan"), styles.h1, 0)]
        if not data.actions:
            return [*items, blocks.para(texts.get("no_actions"), styles.body), Spacer(1, 8 * mm)]
        overdue = sum(a.is_overdue(data.today) for a in data.actions)
        if overdue:
            items.append(blocks.para(texts.get("overdue_count", count=overdue), styles.cell_alert))
            items.append(Spacer(1, 2 * mm))
        rows: list[list] = [
            blocks.header_row(
                [
                    texts.get("target"),
                    texts.get("action"),
                    texts.get("owner"),
                    texts.get("due"),
                    texts.get("priority"),
                    texts.get("action_status"),
                ]
            )
        ]
        ordered = sorted(
            data.actions, key=lambda a: (_PRIORITY_ORDER.get(a.priority, 9), a.due_date or "~")
        )
        for action in ordered:
            late = action.is_overdue(data.today)
            due = self._format.short_date(action.due_date)
            rows.append(
                [
                    self._target(action.target),
                    self._description(action),
                    blocks.para(VisibleText.for_name(action.owner) or "–", styles.cell),
                    blocks.para(
                        f"{due} ({texts.get('overdue')})" if late else due,
                        styles.cell_alert if late else styles.cell,
                    ),
                    blocks.para(texts.name(action.priority), styles.cell),
                    blocks.para(
                        self.status_text(action), styles.cell_alert if late else styles.cell
                    ),
                ]
            )
        widths = [34 * mm, CONTENT_WIDTH - 126 * mm, 24 * mm, 24 * mm, 18 * mm, 26 * mm]
        return [*items, blocks.table(rows, widths), Spacer(1, 8 * mm)]

    def _previous_plan(self) -> list[Flowable]:
        data, blocks, texts, styles = self._data, self._blocks, self._texts, self._blocks.styles
        if not data.previous_plan:
            return []
        rows: list[list] = [
            blocks.header_row(
                [
                    texts.get("target"),
                    texts.get("action"),
                    texts.get("status_then"),
                    texts.get("status_now"),
                    texts.get("target_change"),
                ]
            )
        ]
        for entry in data.previous_plan:
            now = self.status_text(entry.later) if entry.later else texts.get("not_carried")
            change = entry.change.value if entry.change else "none"
            rows.append(
                [
                    self._target(entry.action.target),
                    blocks.para(entry.action.title, styles.cell),
                    blocks.para(texts.name(entry.action.status), styles.cell),
                    # the later action's note, or why the earlier one was dropped
                    self._description(entry.later or entry.action, now),
                    blocks.para(texts.get(f"change_{change}"), styles.cell),
                ]
            )
        widths = [34 * mm, CONTENT_WIDTH - 130 * mm, 26 * mm, 44 * mm, 26 * mm]
        return [
            CondPageBreak(50 * mm),
            blocks.heading(texts.get("previous_plan"), styles.h1, 0),
            blocks.para(
                texts.get(
                    "previous_plan_help", period=self._format.short_date(data.previous_period)
                ),
                styles.small,
            ),
            Spacer(1, 2 * mm),
            blocks.table(rows, widths),
            Spacer(1, 8 * mm),
        ]

    def status_text(self, action: ActionItem) -> str:
        return self._texts.action_status(action, self._data.today)

    def _target(self, name: str) -> list:
        data, blocks, styles = self._data, self._blocks, self._blocks.styles
        node = data.framework.nodes.get(name)
        code = node.display_code if node is not None else name
        label = data.label(node) if node is not None else ""
        return [blocks.para(code, styles.cell_bold), blocks.para(label, styles.note)]

    def _description(self, action: ActionItem, text: str | None = None) -> list:
        """`text` (the action's description by default), with its note — or the reason it was
        dropped — under it."""
        blocks, texts, styles = self._blocks, self._texts, self._blocks.styles
        cell = [blocks.para(action.title if text is None else text, styles.cell)]
        if action.status == ActionStatus.DROPPED and action.reason:
            cell.append(
                blocks.para(
                    f"{texts.get('label_colon', label=texts.get('drop_reason'))} {action.reason}",
                    styles.note,
                )
            )
        elif action.note:
            cell.append(
                blocks.para(
                    f"{texts.get('label_colon', label=texts.get('action_note'))} {action.note}",
                    styles.note,
                )
            )
        return cell
