"""Colours, fonts and text fitting shared by the hand-drawn charts (radar and bars).

PySide6-Essentials ships no QtCharts, so the charts paint themselves with QPainter. Colours
derive from the widget palette where they carry text or lines, so a dark system theme stays
readable; the data colour is one calm blue so no dimension looks alarming by colour alone (the
palette's highlight on a dark or high-contrast palette).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette

from app.models.peer_quartiles import PeerQuartiles

SERIES = QColor("#2b6cb0")
PARTIAL = QColor("#b7791f")


def blend(top: QColor, bottom: QColor, share: float) -> QColor:
    """`share` of `top` over `bottom`: a tone that works on light and dark backgrounds."""
    return QColor.fromRgbF(
        top.redF() * share + bottom.redF() * (1 - share),
        top.greenF() * share + bottom.greenF() * (1 - share),
        top.blueF() * share + bottom.blueF() * (1 - share),
    )


@dataclass(frozen=True)
class ChartEntry:
    """One axis of the radar or one bar: `value` 0–100 or None when nothing is scored yet;
    texts arrive translated and formatted, so the charts only draw."""

    key: str  # the group name a click jumps to
    label: str
    value: float | None
    value_text: str
    caption: str = ""
    partial: bool = False
    peers: PeerQuartiles | None = None  # the peer group's quartiles, from a benchmark
    peer_text: str = ""  # the same in words, for the tooltip

    @property
    def tooltip(self) -> str:
        text = f"{self.label}\n{self.value_text}"
        if self.caption:
            text += f" · {self.caption}"
        if self.peer_text:
            text += f"\n{self.peer_text}"
        return text


class ChartStyle:
    """What a chart needs to paint: ink, muted ink, grid and track tones, fonts."""

    def __init__(self, palette: QPalette, base_font: QFont):
        self.background = palette.color(QPalette.ColorRole.Base)
        self.ink = palette.color(QPalette.ColorRole.Text)
        self.muted = blend(self.ink, self.background, 0.6)
        self.grid = blend(self.ink, self.background, 0.16)
        self.track = blend(self.ink, self.background, 0.07)
        # Jalon's blue only on a light background: on black (high contrast, a dark theme) it
        # reads at under 4:1, and the palette's highlight is the user's own accent there.
        light = self.background.lightness() >= 128
        self.series = SERIES if light else palette.color(QPalette.ColorRole.Highlight)
        self.series_fill = QColor(self.series)
        self.series_fill.setAlphaF(0.18)
        self.partial = PARTIAL
        self.peer_fill = QColor(self.ink)  # the peer group's quartile box, over the bar
        self.peer_fill.setAlphaF(0.28)
        self.font = QFont(base_font)
        self.small_font = QFont(base_font)
        size = base_font.pointSizeF()
        if size > 0:
            self.small_font.setPointSizeF(max(size * 0.88, 7.0))
        self.bold_font = QFont(base_font)
        self.bold_font.setBold(True)

    @staticmethod
    def fit_lines(metrics: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
        """Word-wrap `text` into at most `max_lines` lines of `width` pixels; the last line is
        elided with '…' when the text does not fit, so a label never spills over a neighbour."""
        words = text.split()
        lines: list[str] = []
        current = ""
        for index, word in enumerate(words):
            candidate = f"{current} {word}" if current else word
            # The same measure as the final elision, so a line judged to fit is never cut.
            fits = metrics.elidedText(candidate, Qt.TextElideMode.ElideRight, width) == candidate
            if fits or not current:
                current = candidate
                continue
            lines.append(current)
            current = word
            if len(lines) == max_lines - 1:
                current = " ".join(words[index:])
                break
        if current:
            lines.append(current)
        elide = Qt.TextElideMode.ElideRight
        return [metrics.elidedText(line, elide, width) for line in lines[:max_lines]]
