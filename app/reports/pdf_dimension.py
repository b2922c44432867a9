"""One section per dimension: its score, each standard and practice with their scores, and
every applicable indicator with its answer, points, comment, N/A reason and evidence files;
flagged items are listed again at the end so follow-up work is easy to find."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.models.framework import Group, Indicator
from app.reports.answer_display import AnswerDisplay
from app.reports.pdf_blocks import PdfBlocks, text_markup
from app.reports.pdf_document import CONTENT_WIDTH
from app.reports.pdf_styles import BAND, FONT, LOW, MUTED, PRIMARY, score_color
from app.reports.report_data import ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts

CODE_WIDTH = 17 * mm
ANSWER_WIDTH = 33 * mm
POINTS_WIDTH = 21 * mm
QUESTION_WIDTH = CONTENT_WIDTH - CODE_WIDTH - ANSWER_WIDTH - POINTS_WIDTH
FLAG = "⚑"


class DimensionSection:
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

    def flowables(self, dimension: Group) -> list[Flowable]:
        data, blocks, styles = self._data, self._blocks, self._blocks.styles
        title = f"{dimension.display_code} · {data.label(dimension)}"
        items: list[Flowable] = [
            blocks.heading(title, styles.h1, 0),
            self._banner(dimension),
            Spacer(1, 3 * mm),
        ]
        loose: list[Indicator] = []
        for child in dimension.children:
            if isinstance(child, Indicator):
                loose.append(child)
            elif self._applicable(child):
                items += self._standard(child)
        if any(self._data.applies(i) for i in loose):
            items.append(self._table(self._indicator_rows(loose), ()))
        items += self._flagged(dimension)
        items.append(PageBreak())
        return items

    def _banner(self, group: Group) -> Table:
        score, texts, fmt = self._data.score(group), self._texts, self._format
        color = PdfBlocks.hex(score_color(score.percent))
        markup = (
            f'{escape(texts.get("score"))} <font color="{color}">'
            f"{escape(fmt.score(score.percent))}</font>"
            f'<font color="{PdfBlocks.hex(MUTED)}">   ·   '
            f"{escape(texts.get('coverage_line', share=fmt.share(score.coverage), answered=score.scored_answered, total=score.scored_total))}"  # noqa: E501
            f"</font>"
        )
        table = Table(
            [[self._blocks.rich(markup, self._blocks.styles.banner)]],
            colWidths=[CONTENT_WIDTH],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BACKGROUND", (0, 0), (-1, -1), BAND),
                    ("LINEBEFORE", (0, 0), (0, 0), 4, PRIMARY),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return table

    def _standard(self, standard: Group) -> list[Flowable]:
        data, blocks, styles = self._data, self._blocks, self._blocks.styles
        score = data.score(standard)
        heading = blocks.heading(f"{standard.display_code}  {data.label(standard)}", styles.h2, 1)
        score_line = blocks.rich(
            f"{escape(self._texts.get('score'))} <b>{escape(self._format.score(score.percent))}"
            f"</b>",
            styles.small,
        )
        rows: list[list] = []
        bands: list[int] = []
        for child in standard.children:
            if isinstance(child, Group):
                if not self._applicable(child):
                    continue
                bands.append(len(rows) + 1)
                rows.append(self._practice_row(child))
                rows += self._indicator_rows(list(self._data.indicators_in(child)))
            else:
                rows += self._indicator_rows([child])
        # A heading never stands alone at the foot of a page: start a new page when less
        # than a few rows' worth of space is left.
        return [
            CondPageBreak(45 * mm),
            heading,
            score_line,
            Spacer(1, 1.5 * mm),
            self._table(rows, tuple(bands)),
        ]

    def _practice_row(self, practice: Group) -> list:
        blocks, styles = self._blocks, self._blocks.styles
        percent = self._data.score(practice).percent
        return [
            blocks.rich(
                f"<b>{escape(practice.display_code)}</b>  {escape(self._data.label(practice))}",
                styles.cell,
            ),
            "",
            "",
            blocks.score_cell(percent, self._format.score(percent)),
        ]

    def _indicator_rows(self, indicators: list[Indicator]) -> list[list]:
        data, display, blocks, styles = self._data, self._display, self._blocks, self._blocks.styles
        rows = []
        for indicator in indicators:
            if not data.applies(indicator):
                continue
            answer = data.answer(indicator)
            flagged = answer is not None and answer.flagged
            code = escape(indicator.display_code)
            if flagged:
                code += f' <font color="{PdfBlocks.hex(LOW)}">{FLAG}</font>'
            shown = display.text(indicator, answer)
            answered = answer is not None and answer.has_value
            answer_cell = blocks.para(shown, styles.cell_bold if answered else styles.note)
            rows.append(
                [
                    blocks.rich(code, styles.cell),
                    self._question_cell(indicator),
                    answer_cell,
                    blocks.para(display.points(indicator, answer), styles.cell_right),
                ]
            )
        return rows

    def _question_cell(self, indicator: Indicator) -> list[Paragraph]:
        data, texts, blocks, styles = self._data, self._texts, self._blocks, self._blocks.styles
        cell = [blocks.para(data.label(indicator), styles.cell)]
        answer = data.answer(indicator)
        notes: list[tuple[str, str]] = []
        if answer is not None and answer.na_reason:
            notes.append((texts.get("na_reason"), answer.na_reason))
        if answer is not None and answer.comment:
            notes.append((texts.get("comment"), answer.comment))
        files = data.evidence_of(indicator)
        if files:
            notes.append((texts.get("evidence"), ", ".join(f.shown_name for f in files)))
        for label, text in notes:
            cell.append(
                blocks.rich(
                    f"<b>{escape(texts.get('label_colon', label=label))}</b> {text_markup(text)}",
                    styles.note,
                )
            )
        return cell

    def _table(self, rows: list[list], bands: tuple[int, ...]) -> Table:
        texts, blocks = self._texts, self._blocks
        header = blocks.header_row(
            [texts.get("code"), texts.get("question"), texts.get("answer"), texts.get("points")],
            right_from=3,
        )
        return blocks.table(
            [header, *rows],
            [CODE_WIDTH, QUESTION_WIDTH, ANSWER_WIDTH, POINTS_WIDTH],
            band_rows=bands,
        )

    def _flagged(self, dimension: Group) -> list[Flowable]:
        data, blocks, styles = self._data, self._blocks, self._blocks.styles
        flagged = [
            i
            for i in data.indicators_in(dimension)
            if data.applies(i) and (a := data.answer(i)) is not None and a.flagged
        ]
        if not flagged:
            return []
        items: list[Flowable] = [blocks.para(self._texts.get("flagged_items"), styles.h3)]
        for indicator in flagged:
            answer = data.answer(indicator)
            line = (
                f'<font color="{PdfBlocks.hex(LOW)}">{FLAG}</font> '
                f"<b>{escape(indicator.display_code)}</b> {escape(data.label(indicator))}"
            )
            if answer is not None and answer.comment:
                line += f" — <i>{text_markup(answer.comment)}</i>"
            items.append(blocks.rich(line, styles.cell))
        return items

    def _applicable(self, group: Group) -> bool:
        return any(self._data.applies(i) for i in self._data.indicators_in(group))
