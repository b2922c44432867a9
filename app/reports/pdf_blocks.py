"""Building blocks shared by the report's sections: escaped paragraphs, headings that become
PDF bookmarks, and tables in the report's one table style."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from app.models.text_rule import shortened
from app.reports.pdf_styles import BAND, FONT, PALE, PRIMARY, RULE, PdfStyles, score_color

# A text a person wrote (comment, N/A reason, text answer) is shown whole up to this length:
# whatever Jalon lets a person type fits (comments stop at 20,000 characters). A longer one —
# saved by an older Jalon, or received in a package, which may carry 1,000,000 — is cut
# visibly ("[…]"; the Excel export holds 32,767). reportlab breaks a word too long for its
# column in time that grows with the square of the word's length: a text answer of 999,000
# letters without a space kept `jalon report` busy for hours.
MAX_TEXT_SHOWN = 20_000


def text_markup(text: str) -> str:
    """A user's text as paragraph markup: escaped (never read as markup), bounded, and its
    line breaks kept."""
    return escape(shortened(text, MAX_TEXT_SHOWN)).replace("\n", "<br/>")


class PdfBlocks:
    def __init__(self, styles: PdfStyles):
        self.styles = styles

    def para(self, text: str, style=None) -> Paragraph:
        """A paragraph of plain text: user text is escaped, never read as markup."""
        return Paragraph(text_markup(text), style or self.styles.body)

    def rich(self, markup: str, style=None) -> Paragraph:
        """A paragraph whose markup the caller built (and escaped) itself."""
        return Paragraph(markup, style or self.styles.body)

    def heading(self, text: str, style, level: int) -> Paragraph:
        """A heading that also appears in the PDF's bookmarks at `level`."""
        paragraph = self.para(text, style)
        paragraph.outline = (text, level)
        return paragraph

    def table(
        self,
        rows: list[list],
        widths: list[float],
        header: bool = True,
        band_rows: tuple[int, ...] = (),
        extra: list[tuple] | None = None,
    ) -> Table:
        """A table in the report's style: coloured header that repeats on every page, thin
        rules between rows, light stripes; `band_rows` are sub-headings inside the table."""
        commands: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # for plain-text cells (Helvetica otherwise)
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        start = 1 if header else 0
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
            ]
        for row in range(start, len(rows)):
            if row in band_rows:
                commands.append(("BACKGROUND", (0, row), (-1, row), BAND))
            elif (row - start) % 2 == 1:
                commands.append(("BACKGROUND", (0, row), (-1, row), PALE))
        for row in band_rows:
            commands.append(("SPAN", (0, row), (-2, row)))
        commands.extend(extra or [])
        # splitInRow: a row taller than a page (a very long comment) continues on the next
        # page instead of failing the whole report.
        table = Table(
            rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1
        )
        table.setStyle(TableStyle(commands))
        return table

    def header_row(self, labels: list[str], right_from: int | None = None) -> list[Paragraph]:
        """Header cells; columns from `right_from` on are right-aligned (numbers)."""
        cells = []
        for index, label in enumerate(labels):
            right = right_from is not None and index >= right_from
            cells.append(
                self.para(label, self.styles.header_right if right else self.styles.header_cell)
            )
        return cells

    def score_cell(self, percent: float | None, text: str) -> Paragraph:
        """A score in a table: a dot in the score's band colour, then the score in bold."""
        color = self.hex(score_color(percent))
        return self.rich(
            f'<font color="{color}">●</font> <b>{escape(text)}</b>', self.styles.cell_right
        )

    @staticmethod
    def hex(color: colors.Color) -> str:
        return color.hexval().replace("0x", "#")
