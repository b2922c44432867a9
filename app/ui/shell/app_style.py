"""The look of the application: Qt's Fusion style (the same on every system, sharp on old
screens) with a light, calm palette and a few named accents used across pages.

Two settings of the system are followed: a font enlarged for reading makes the titles grow in
proportion, and a high-contrast preference keeps the system's own palette, with every colour of
the style sheet taken from it (text, background, highlight) instead of Jalon's greys and
blues."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ACCENT = "#1f5f99"
STYLE_SHEET = f"""
QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: #1d2b36; padding: 2px 0 6px 0; }}
QLabel#auditTitle {{ font-size: 14pt; font-weight: 600; color: #1d2b36; }}
QLabel#muted, QLabel#breadcrumb {{ color: #5f6b76; }}
QLabel#question {{ font-size: 12.5pt; font-weight: 600; color: #1d2b36; }}
QLabel#codeBadge {{ background: #e8eef5; color: {ACCENT}; border-radius: 4px;
    padding: 2px 8px; font-weight: 600; }}
QLabel#mandatoryTag {{ color: #9c2a1f; background: #fbe9e7; border-radius: 4px;
    padding: 2px 8px; }}
QLabel#statusBadge {{ background: #e8eef5; color: {ACCENT}; border-radius: 8px;
    padding: 1px 10px; }}
QLabel#statusBadge[finalized="true"] {{ background: #e6f4ea; color: #1e5631; }}
QLabel#headerScore {{ font-size: 14pt; font-weight: 600; color: {ACCENT}; }}
QLabel#keycap {{ border: 1px solid #b8c2cc; border-bottom-width: 2px; border-radius: 4px;
    color: #3c4a56; background: #f7f9fb; font-size: 8.5pt; padding: 0 2px; }}
QLabel#infoBanner {{ background: #eef4fb; color: #24476b; border: 1px solid #c9dcef;
    border-radius: 4px; padding: 6px 10px; }}
QLabel#errorBanner {{ background: #fdecea; color: #8e1f16; border: 1px solid #f2b8b1;
    border-radius: 4px; padding: 6px 10px; }}
QLabel#inlineError {{ color: #b3261e; }}
QFrame#previousAnswer {{ background: #f8f6ef; border: 1px solid #e2dac4; border-radius: 4px; }}
QLabel#toConfirmTag {{ color: #6b4500; background: #fff1d6; border-radius: 4px;
    padding: 1px 8px; font-weight: 600; }}
QLabel#previousValue {{ color: #5f6b76; }}
QLabel#previousValue[toConfirm="true"] {{ color: #6b4500; font-weight: 600; }}
QLabel#portableStatus {{ background: #fff4e0; color: #6b4500; border: 1px solid #f0d49c;
    border-radius: 8px; padding: 0 10px; }}
QLabel#emptyState {{ color: #5f6b76; font-size: 12pt; }}
QLabel#panelTitle {{ font-weight: 600; color: #1d2b36; }}
QLineEdit[invalid="true"] {{ border: 1px solid #d93025; }}
QFrame#workspaceHeader {{ background: #f4f7fa; border-bottom: 1px solid #dde3ea; }}
QFrame#guidancePanel {{ background: #fbfcfd; border-left: 1px solid #dde3ea; }}
QTextBrowser#guidanceText {{ background: transparent; }}
QToolButton#languageToggle {{ border: 1px solid #c7d0d9; padding: 1px 6px; border-radius: 3px;
    color: #3c4a56; }}
QToolButton#languageToggle:checked {{ background: {ACCENT}; color: white;
    border-color: {ACCENT}; }}
QToolButton#headerButton {{ padding: 4px 10px; }}
QPushButton#linkButton {{ border: none; color: {ACCENT}; text-decoration: underline;
    padding: 2px 4px; }}
QPushButton#linkButton:disabled {{ color: #9aa3ab; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid #184d7d;
    border-radius: 4px; padding: 5px 14px; }}
QPushButton#primary:hover {{ background: #245f96; }}
QCheckBox#flagToggle:checked {{ color: #b34700; font-weight: 600; }}
QTreeView, QTableView {{ selection-background-color: #d6e6f5; selection-color: #10202e; }}
QStatusBar QLabel#saveStatus {{ padding: 0 8px; color: #2e5e2e; }}
QStatusBar QLabel#saveStatus[error="true"] {{ color: #b3261e; font-weight: 600; }}
"""


REFERENCE_POINT_SIZE = 9.0  # the usual system font, for which the sizes above were chosen
HIGH_CONTRAST_PALETTE = {  # a colour of the style sheet → the palette role it becomes
    re.compile(rf"background: {ACCENT}|background: #245f96"): "background: palette(highlight)",
    re.compile(r"color: white"): "color: palette(highlighted-text)",
    re.compile(r"selection-background-color: #\w+"): "selection-background-color: "
    "palette(highlight)",
    re.compile(r"selection-color: #\w+"): "selection-color: palette(highlighted-text)",
    re.compile(r"background: #\w+"): "background: palette(base)",
    re.compile(r"(?<![-\w])color: #\w+"): "color: palette(window-text)",
    re.compile(r"(border[\w-]*: [^;#]*)#\w+"): r"\1palette(window-text)",
}


class AppStyle:
    @staticmethod
    def apply(app: QApplication, high_contrast: bool | None = None) -> None:
        """`high_contrast`: None follows the system's contrast preference."""
        if high_contrast is None:
            hints = app.styleHints()  # held: the hints below belong to it
            accessibility = hints.accessibility()
            high_contrast = accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        if not high_contrast:  # a high-contrast palette is the user's: kept as it is
            palette = app.style().standardPalette()
            palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
            palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
            palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f8fa"))
            palette.setColor(QPalette.ColorRole.Button, QColor("#f3f5f7"))
            palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
            palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
            app.setPalette(palette)
        app.setStyleSheet(AppStyle.style_sheet(app.font().pointSizeF(), high_contrast))

    @staticmethod
    def style_sheet(point_size: float, high_contrast: bool) -> str:
        """The style sheet for a system font of `point_size`: titles grow with an enlarged
        font (never shrink), and in high contrast every colour comes from the palette."""
        scale = max(1.0, point_size / REFERENCE_POINT_SIZE)
        sheet = re.sub(
            r"font-size: ([\d.]+)pt",
            lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt",
            STYLE_SHEET,
        )
        if high_contrast:
            for colour, role in HIGH_CONTRAST_PALETTE.items():
                sheet = colour.sub(role, sheet)
        return sheet
