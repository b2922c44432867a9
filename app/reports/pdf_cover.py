"""The cover page: who was assessed, by whom, against what, and whether the audit is final.

A draft is marked as such in words as well as by the watermark; a finalized audit shows the
fingerprint (SHA-256 seal) of its content so a reader can check the report against the data.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from app.models.question_counts import QuestionCounts
from app.models.visible_text import VisibleText
from app.reports.pdf_blocks import PdfBlocks
from app.reports.pdf_document import CONTENT_WIDTH
from app.reports.pdf_styles import BAND, FONT, HIGH, LOW, MUTED, PRIMARY, RULE, score_color
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts


class CoverSection:
    def __init__(
        self, data: ReportData, blocks: PdfBlocks, texts: ReportTexts, formatter: ReportFormatter
    ):
        self._data = data
        self._blocks = blocks
        self._texts = texts
        self._format = formatter

    def flowables(self) -> list[Flowable]:
        data, blocks, texts, styles = self._data, self._blocks, self._texts, self._blocks.styles
        audit = data.audit
        items: list[Flowable] = [
            Spacer(1, 28 * mm),
            blocks.para(data.text(data.framework.title).upper(), styles.cover_kicker),
            blocks.para(texts.get("report_title"), styles.cover_title),
            blocks.para(audit.institution, styles.cover_subtitle),
            Spacer(1, 4 * mm),
        ]
        if not audit.is_finalized:
            items.append(self._notice(texts.get("draft_notice"), LOW))
            items.append(Spacer(1, 6 * mm))
        items += [self._details(), Spacer(1, 8 * mm), self._key_figures()]
        if audit.is_finalized:
            items += [Spacer(1, 8 * mm), *self._seal()]
        items += [NextPageTemplate("body"), PageBreak()]
        return items

    def _details(self) -> Table:
        data, texts, fmt = self._data, self._texts, self._format
        audit = data.audit
        rows = [
            (texts.get("institution"), audit.institution),
            (texts.get("country"), fmt.country(audit.country) if audit.country else "–"),
            (texts.get("audit_type"), texts.name(audit.audit_type)),
            (texts.get("period"), self._period()),
            (texts.get("auditors"), VisibleText.for_names(audit.auditors) or "–"),
            (
                texts.get("framework"),
                texts.get(
                    "framework_version",
                    name=data.text(data.framework.title),
                    version=data.framework.version,
                ),
            ),
            (texts.get("status"), self._status()),
            (texts.get("generated"), fmt.moment(data.generated_at)),
            (texts.get("audit_id"), audit.id),
        ]
        styles = self._blocks.styles
        cells = [
            [self._blocks.para(label, styles.small), self._blocks.para(value, styles.body)]
            for label, value in rows
        ]
        # splitInRow: a detail taller than a page (a thousand auditors' names received in a
        # package) continues on the next page instead of failing the whole report.
        table = Table(
            cells, colWidths=[45 * mm, CONTENT_WIDTH - 45 * mm], hAlign="LEFT", splitInRow=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, PRIMARY),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _key_figures(self) -> Table:
        """The three numbers a board looks for first: score, coverage, questions answered."""
        blocks, texts, fmt, styles = self._blocks, self._texts, self._format, self._blocks.styles
        overall = self._data.card.overall
        counts = QuestionCounts.of(overall)  # as the workspace header counts them
        color = PdfBlocks.hex(score_color(overall.percent))
        figures = [
            (
                texts.get("overall_score"),
                f'<font color="{color}">{escape(fmt.score(overall.percent))}</font>',
            ),
            (texts.get("coverage"), escape(fmt.share(overall.coverage))),
            (texts.get("scored_answered"), f"{counts.scored_answered} / {counts.scored}"),
        ]
        cells = [
            [blocks.para(label, styles.small), blocks.rich(value, styles.key_figure)]
            for label, value in figures
        ]
        table = Table([cells], colWidths=[CONTENT_WIDTH / 3] * 3, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BACKGROUND", (0, 0), (-1, -1), BAND),
                    ("LINEBEFORE", (1, 0), (-1, 0), 2, colors.white),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, PRIMARY),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ]
            )
        )
        return table

    def _period(self) -> str:
        audit, fmt, texts = self._data.audit, self._format, self._texts
        if audit.period_start and audit.period_end:
            return texts.get(
                "period_range", start=fmt.date(audit.period_start), end=fmt.date(audit.period_end)
            )
        if audit.period_start:
            return texts.get("period_from", start=fmt.date(audit.period_start))
        if audit.period_end:
            return texts.get("period_until", end=fmt.date(audit.period_end))
        return "–"

    def _status(self) -> str:
        audit = self._data.audit
        if audit.is_finalized:
            return self._texts.get(
                "status_finalized",
                date=self._format.date(audit.finalized_at),
                author=VisibleText.for_name(audit.finalized_by) or "–",
            )
        return self._texts.get("status_draft")

    def _seal(self) -> list[Flowable]:
        data, blocks, texts, styles = self._data, self._blocks, self._texts, self._blocks.styles
        seal = data.audit.seal
        grouped = " ".join(seal[i : i + 4] for i in range(0, len(seal), 4))
        items: list[Flowable] = [
            blocks.para(texts.get("fingerprint"), styles.h3),
            blocks.para(grouped, styles.banner),
            blocks.para(texts.get("fingerprint_help"), styles.small),
        ]
        if data.seal_intact is not None:
            key, color = ("seal_intact", HIGH) if data.seal_intact else ("seal_broken", LOW)
            items += [Spacer(1, 3 * mm), self._notice(texts.get(key), color)]
        return items

    def _notice(self, text: str, color) -> Table:
        """A framed one-paragraph notice with a coloured left edge."""
        styles = self._blocks.styles
        paragraph = self._blocks.rich(
            f'<font color="{PdfBlocks.hex(color)}"><b>{escape(text)}</b></font>', styles.body
        )
        table = Table([[paragraph]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LINEBEFORE", (0, 0), (0, 0), 3, color),
                    ("BOX", (0, 0), (-1, -1), 0.4, MUTED),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return table
