"""The report's tables outside the scored dimensions: organization information (unscored
sections such as key figures) and the annex of evidence files (the action plan has its own
section: pdf_action_plan.py)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from app.models.framework import Group
from app.models.visible_text import VisibleText
from app.reports.answer_display import AnswerDisplay
from app.reports.pdf_blocks import PdfBlocks
from app.reports.pdf_document import CONTENT_WIDTH
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts


class AnnexSections:
    def __init__(
        self,
        data: ReportData,
        blocks: PdfBlocks,
        texts: ReportTexts,
        formatter: ReportFormatter,
        display: AnswerDisplay,
    ):
        self._data = data
        self._blocks = blocks
        self._texts = texts
        self._format = formatter
        self._display = display

    def organization(self) -> list[Flowable]:
        data, blocks, texts, styles = self._data, self._blocks, self._texts, self._blocks.styles
        sections = [
            s for s in data.info_sections() if any(data.applies(i) for i in data.indicators_in(s))
        ]
        if not sections:
            return []
        items: list[Flowable] = [blocks.heading(texts.get("org_information"), styles.h1, 0)]
        for section in sections:
            if len(sections) > 1:
                items.append(
                    blocks.heading(f"{section.display_code}  {data.label(section)}", styles.h2, 1)
                )
            items.append(self._section_table(section))
        items.append(PageBreak())
        return items

    def _section_table(self, section: Group):
        data, blocks, texts, styles = self._data, self._blocks, self._texts, self._blocks.styles
        rows: list[list] = [
            blocks.header_row([texts.get("code"), texts.get("item"), texts.get("value")])
        ]
        for indicator in data.indicators_in(section):
            if not data.applies(indicator):
                continue
            answer = data.answer(indicator)
            label = [blocks.para(data.label(indicator), styles.cell)]
            if answer is not None and answer.comment:
                label.append(
                    blocks.para(
                        f"{texts.get('label_colon', label=texts.get('comment'))} {answer.comment}",
                        styles.note,
                    )
                )
            confirmed = data.figure_confirmation(indicator, texts, self._format)
            if confirmed:  # a figure far from last time's, and why it is right
                label.append(blocks.para(confirmed, styles.note))
            answered = answer is not None and answer.is_answered
            # A value kept as typed is shown as typed with its problem, not as a blank.
            shown = answered or (answer is not None and answer.is_invalid)
            rows.append(
                [
                    blocks.para(indicator.display_code, styles.cell),
                    label,
                    blocks.para(
                        self._display.text(indicator, answer) if shown else "–",
                        styles.cell_bold if answered else styles.note,
                    ),
                ]
            )
        return blocks.table(rows, [14 * mm, CONTENT_WIDTH - 74 * mm, 60 * mm])

    def evidence(self) -> list[Flowable]:
        data, blocks, texts, styles = self._data, self._blocks, self._texts, self._blocks.styles
        items: list[Flowable] = [
            CondPageBreak(60 * mm),
            blocks.heading(texts.get("evidence_annex"), styles.h1, 0),
        ]
        if not data.evidence:
            return [*items, blocks.para(texts.get("no_evidence"), styles.body)]
        rows: list[list] = [
            blocks.header_row(
                [
                    texts.get("code"),
                    texts.get("file"),
                    texts.get("size"),
                    texts.get("added_by"),
                    texts.get("added_on"),
                    "SHA-256",
                ]
            )
        ]
        for item in data.evidence:
            node = data.framework.nodes.get(item.indicator)
            rows.append(
                [
                    # A question the framework lacks is shown by its id, which came with the
                    # file (from a package, maybe) and is shown as safely as its name.
                    blocks.para(
                        node.display_code
                        if node is not None
                        else VisibleText.for_name(item.indicator),
                        styles.cell,
                    ),
                    blocks.para(item.shown_name, styles.cell),
                    blocks.para(self._format.size(item.size), styles.cell_right),
                    blocks.para(VisibleText.for_name(item.added_by), styles.cell),
                    blocks.para(self._format.short_date(item.added_at), styles.cell),
                    blocks.para(item.sha256[:16], styles.note),
                ]
            )
        widths = [17 * mm, CONTENT_WIDTH - 124 * mm, 18 * mm, 32 * mm, 26 * mm, 31 * mm]
        return [
            *items,
            blocks.para(texts.get("evidence_help"), styles.small),
            Spacer(1, 2 * mm),
            blocks.table(rows, widths),
        ]
