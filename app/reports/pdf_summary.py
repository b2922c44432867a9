"""The summary page: overall score and coverage, radar and bar charts, the table of dimension
scores, and the strongest and weakest practices. Every number comes from the score card the
app shows on screen, formatted once by the ReportFormatter."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.models.framework import Group
from app.reports.pdf_blocks import PdfBlocks
from app.reports.pdf_charts import ScoreCharts
from app.reports.pdf_document import CONTENT_WIDTH
from app.reports.pdf_styles import BAND, FONT, PRIMARY, score_color
from app.reports.peer_group_text import PeerGroupText
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts

RANKED = 5


class SummarySection:
    def __init__(
        self, data: ReportData, blocks: PdfBlocks, texts: ReportTexts, formatter: ReportFormatter
    ):
        self._data = data
        self._blocks = blocks
        self._texts = texts
        self._format = formatter

    def flowables(self) -> list[Flowable]:
        blocks, texts, styles = self._blocks, self._texts, self._blocks.styles
        items: list[Flowable] = [
            blocks.heading(texts.get("summary"), styles.h1, 0),
            self._overall(),
            Spacer(1, 5 * mm),
        ]
        dimensions = self._data.scored_groups()
        peers = self._data.peers
        if dimensions:
            items += [
                self._charts(dimensions),
                blocks.para(texts.get("chart_caption"), styles.small),
            ]
            if peers is not None and peers.marks_own_charts:
                items.append(blocks.para(texts.get("peers_chart_caption"), styles.small))
        if peers is not None:  # which peer group, or why none applies
            items.append(
                blocks.para(
                    PeerGroupText(self._data, texts, self._format).sentence(peers), styles.small
                )
            )
        if dimensions:
            items += [
                blocks.para(texts.get("scores_by_dimension"), styles.h2),
                self._dimension_table(dimensions),
            ]
        strongest, weakest = self._data.ranked_practices(RANKED)
        # Each short ranking stays on one page with its heading.
        if strongest:
            items.append(
                KeepTogether(
                    [
                        blocks.para(texts.get("strongest"), styles.h2),
                        self._practice_table(strongest),
                    ]
                )
            )
        if weakest:
            items.append(
                KeepTogether(
                    [blocks.para(texts.get("weakest"), styles.h2), self._practice_table(weakest)]
                )
            )
        items += [
            Spacer(1, 4 * mm),
            blocks.para(texts.get("method_note"), styles.small),
            PageBreak(),
        ]
        return items

    def _overall(self) -> Table:
        data, blocks, texts, fmt = self._data, self._blocks, self._texts, self._format
        styles = blocks.styles
        overall = data.card.overall
        lines = [
            blocks.para(texts.get("overall_score"), styles.h3),
            blocks.para(
                texts.get(
                    "coverage_line",
                    share=fmt.share(overall.coverage),
                    answered=overall.scored_answered,
                    total=overall.scored_total,
                ),
                styles.body,
            ),
        ]
        if overall.is_partial:
            lines.append(
                blocks.para(
                    texts.get("partial_note", count=overall.scored_total - overall.scored_answered),
                    styles.small,
                )
            )
        color = PdfBlocks.hex(score_color(overall.percent))
        score = blocks.rich(
            f'<font color="{color}">{escape(fmt.score(overall.percent))}</font>', styles.big_score
        )
        table = Table([[score, lines]], colWidths=[55 * mm, CONTENT_WIDTH - 55 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BACKGROUND", (0, 0), (-1, -1), BAND),
                    ("LINEBEFORE", (0, 0), (0, 0), 4, PRIMARY),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        return table

    def _charts(self, dimensions: list[Group]) -> Flowable:
        data, fmt = self._data, self._format
        items = [(g.display_code, data.score(g).percent) for g in dimensions]
        peers = data.peers if data.peers is not None and data.peers.marks_own_charts else None
        rows = [peers.row(g.name) if peers else None for g in dimensions]
        charts = ScoreCharts(fmt.number)
        height = 72 * mm
        bars = charts.bars(
            items,
            CONTENT_WIDTH / 2,
            height,
            fmt.score,
            [row.peers if row else None for row in rows] if peers else None,
        )
        if len(items) < 3:  # a radar needs three axes to mean anything
            return bars
        radar = charts.radar(
            items,
            CONTENT_WIDTH / 2,
            height,
            [row.peers.median if row else None for row in rows] if peers else None,
        )
        table = Table([[radar, bars]], colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        return table

    def _dimension_table(self, dimensions: list[Group]) -> Table:
        data, blocks, texts, fmt = self._data, self._blocks, self._texts, self._format
        styles = blocks.styles
        rows: list[list] = [
            blocks.header_row(
                [
                    texts.get("code"),
                    texts.get("dimension"),
                    texts.get("score"),
                    texts.get("coverage"),
                    texts.get("scored_answered"),
                ],
                right_from=2,
            )
        ]
        for group in dimensions:
            score = data.score(group)
            rows.append(
                [
                    blocks.para(group.display_code, styles.cell_bold),
                    blocks.para(data.label(group), styles.cell),
                    self._score_cell(score.percent),
                    blocks.para(fmt.share(score.coverage), styles.cell_right),
                    blocks.para(
                        f"{score.scored_answered} / {score.scored_total}", styles.cell_right
                    ),
                ]
            )
        overall = data.card.overall
        rows.append(
            [
                blocks.para("", styles.cell),
                blocks.para(texts.get("overall_score"), styles.cell_bold),
                self._score_cell(overall.percent),
                blocks.para(fmt.share(overall.coverage), styles.cell_right),
                blocks.para(
                    f"{overall.scored_answered} / {overall.scored_total}", styles.cell_right
                ),
            ]
        )
        widths = [16 * mm, CONTENT_WIDTH - 81 * mm, 22 * mm, 21 * mm, 22 * mm]
        return blocks.table(rows, widths, extra=[("LINEABOVE", (0, -1), (-1, -1), 0.9, PRIMARY)])

    def _practice_table(self, practices: list[Group]) -> Table:
        data, blocks, texts = self._data, self._blocks, self._texts
        styles = blocks.styles
        rows: list[list] = [
            blocks.header_row(
                [texts.get("code"), texts.get("practice"), texts.get("score")], right_from=2
            )
        ]
        for practice in practices:
            rows.append(
                [
                    blocks.para(practice.display_code, styles.cell_bold),
                    blocks.para(data.label(practice), styles.cell),
                    self._score_cell(data.score(practice).percent),
                ]
            )
        return blocks.table(rows, [16 * mm, CONTENT_WIDTH - 38 * mm, 22 * mm])

    def _score_cell(self, percent: float | None) -> Paragraph:
        return self._blocks.score_cell(percent, self._format.score(percent))
