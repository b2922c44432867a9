"""The report's look: embedded fonts, colours and paragraph styles, defined in one place.

The fonts are DejaVu Sans Condensed, bundled in resources/fonts and embedded (subset) in every
PDF: the PDF base fonts lack the narrow no-break space French numbers use and many letters of
names in Spanish, Portuguese or Wolof; a condensed face keeps long indicator texts compact.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.models.errors import JalonError

FONT = "JalonSans"
FONT_BOLD = "JalonSans-Bold"
FONT_ITALIC = "JalonSans-Italic"
FONT_BOLD_ITALIC = "JalonSans-BoldItalic"
_FONT_FILES = {
    FONT: "DejaVuSansCondensed.ttf",
    FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
    FONT_ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
}
_registering = threading.Lock()

INK = colors.HexColor("#1d2b36")
PRIMARY = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5f6b73")
RULE = colors.HexColor("#c9d3da")
BAND = colors.HexColor("#eef3f7")
PALE = colors.HexColor("#f7f9fb")
LOW = colors.HexColor("#c8553d")
MIDDLE = colors.HexColor("#e3a33b")
HIGH = colors.HexColor("#3c8d5a")
DRAFT_MARK = colors.Color(0.78, 0.33, 0.24, alpha=0.13)


def score_color(percent: float | None) -> colors.Color:
    """Traffic-light colour of a score: below 50 %, 50–75 %, from 75 %."""
    if percent is None:
        return RULE
    if percent < 50:
        return LOW
    return MIDDLE if percent < 75 else HIGH


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis until it fits `width` points (a running header, a
    chart legend)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def register_fonts(fonts_dir: Path) -> None:
    """Register the bundled fonts with reportlab once per process."""
    with _registering:
        if FONT_BOLD_ITALIC in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in _FONT_FILES.items():
            path = fonts_dir / filename
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as error:  # reportlab raises bare TTFError/IOError variants
                raise JalonError(
                    "the report font {file} is missing or damaged; reinstall Jalon", file=str(path)
                ) from error
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )


class PdfStyles:
    def __init__(self, fonts_dir: Path):
        register_fonts(fonts_dir)
        base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
        self.body = base
        self.cover_kicker = ParagraphStyle(
            "cover_kicker",
            base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=MUTED,
            spaceAfter=6,
        )
        self.cover_title = ParagraphStyle(
            "cover_title",
            base,
            fontName=FONT_BOLD,
            fontSize=26,
            leading=31,
            textColor=PRIMARY,
            spaceAfter=8,
        )
        self.cover_subtitle = ParagraphStyle(
            "cover_subtitle", base, fontSize=13, leading=17, textColor=INK, spaceAfter=4
        )
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=21,
            textColor=PRIMARY,
            spaceBefore=0,
            spaceAfter=8,
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            textColor=PRIMARY,
            spaceBefore=12,
            spaceAfter=5,
        )
        self.h3 = ParagraphStyle(
            "h3",
            base,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.small = ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=MUTED)
        self.note = ParagraphStyle(
            "note",
            base,
            fontName=FONT_ITALIC,
            fontSize=7.8,
            leading=10,
            textColor=MUTED,
            spaceBefore=1.5,
        )
        self.cell = ParagraphStyle("cell", base, fontSize=8.4, leading=10.6)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=FONT_BOLD)
        # An overdue action: said in words and shown in the low-score colour.
        self.cell_alert = ParagraphStyle("cell_alert", self.cell, fontName=FONT_BOLD, textColor=LOW)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        # Narrow columns of figures (one per dimension) where "100.0 %" must fit one line.
        self.figure_small = ParagraphStyle("figure_small", self.cell_right, fontSize=7.4)
        self.cell_center = ParagraphStyle("cell_center", self.cell, alignment=TA_CENTER)
        self.header_cell = ParagraphStyle(
            "header_cell", self.cell, fontName=FONT_BOLD, fontSize=8, textColor=colors.white
        )
        self.header_right = ParagraphStyle("header_right", self.header_cell, alignment=TA_RIGHT)
        self.big_score = ParagraphStyle(
            "big_score", base, fontName=FONT_BOLD, fontSize=30, leading=34, textColor=PRIMARY
        )
        self.key_figure = ParagraphStyle(
            "key_figure",
            base,
            fontName=FONT_BOLD,
            fontSize=20,
            leading=24,
            textColor=PRIMARY,
            spaceBefore=2,
        )
        self.banner = ParagraphStyle(
            "banner", base, fontName=FONT_BOLD, fontSize=10, leading=13, textColor=INK
        )
