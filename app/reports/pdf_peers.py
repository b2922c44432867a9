"""The benchmark page: the audit against its peer group, dimension by dimension and standard
by standard, with the group's quartiles and the quarter the audit falls in. Written only when
a benchmark applies; otherwise the summary says in one sentence why there is none."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from app.models.framework import Level
from app.models.peer_comparison import OVERALL, PeerComparison, PeerRow
from app.reports.pdf_blocks import PdfBlocks
from app.reports.pdf_document import CONTENT_WIDTH
from app.reports.pdf_styles import BAND
from app.reports.peer_group_text import PeerGroupText
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts

# Practices are left to the Excel export: dozens of rows would bury the dimensions.
SHOWN_LEVELS = (Level.DIMENSION.value, Level.STANDARD.value)
NUMBER_WIDTH = 17 * mm


class PeerSection:
    def __init__(
        self, data: ReportData, blocks: PdfBlocks, texts: ReportTexts, formatter: ReportFormatter
    ):
        self._data = data
        self._blocks = blocks
        self._texts = texts
        self._format = formatter

    def flowables(self) -> list[Flowable]:
        peers = self._data.peers
        if peers is None or not peers.applies:
            return []
        blocks, texts, styles = self._blocks, self._texts, self._blocks.styles
        return [
            blocks.heading(texts.get("peers_heading"), styles.h1, 0),
            blocks.para(
                PeerGroupText(self._data, texts, self._format).sentence(peers), styles.body
            ),
            Spacer(1, 4 * mm),
            self._table(
                peers, [r for r in peers.rows if r.node == OVERALL or r.level in SHOWN_LEVELS]
            ),
            Spacer(1, 3 * mm),
            blocks.para(texts.get("peers_table_note"), styles.small),
            PageBreak(),
        ]

    def _table(self, peers: PeerComparison, rows: list[PeerRow]):
        blocks, texts, styles = self._blocks, self._texts, self._blocks.styles
        words = PeerGroupText(self._data, texts, self._format)
        table: list[list] = [
            blocks.header_row(
                [
                    texts.get("code"),
                    texts.get("label"),
                    texts.get("score"),
                    texts.get("peer_q1"),
                    texts.get("peer_median"),
                    texts.get("peer_q3"),
                    texts.get("peer_quarter"),
                ],
                right_from=2,
            )
        ]
        bands: list[int] = []
        for row in rows:
            top = row.node == OVERALL or row.level == Level.DIMENSION.value
            if top:
                bands.append(len(table))
            text_style = styles.cell_bold if top else styles.cell
            table.append(
                [
                    blocks.para("" if row.node == OVERALL else row.code, text_style),
                    blocks.para(words.label(peers, row), text_style),
                    blocks.score_cell(row.score, self._format.score(row.score)),
                    *(
                        blocks.para(self._format.score(value), styles.cell_right)
                        for value in (row.peers.q1, row.peers.median, row.peers.q3)
                    ),
                    blocks.para(words.quarter(row), styles.cell_right),
                ]
            )
        label_width = CONTENT_WIDTH - 14 * mm - 5 * NUMBER_WIDTH - 6 * mm
        widths = [
            14 * mm,
            label_width,
            NUMBER_WIDTH,
            NUMBER_WIDTH,
            NUMBER_WIDTH + 4 * mm,
            NUMBER_WIDTH,
            NUMBER_WIDTH + 2 * mm,
        ]
        extra = [("BACKGROUND", (0, row), (-1, row), BAND) for row in bands]
        return blocks.table(table, widths, extra=extra)
