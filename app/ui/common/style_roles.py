"""The named looks of Jalon's widgets: a title, a muted note, a badge, a banner, the primary
button… Each role is a few lines of style sheet, given to the widgets that take the role and to
no other.

An application-wide style sheet would be simpler to write, but Qt then runs every widget of
every page through its style-sheet engine, named or not: building the audit list or a question
page took a third longer, at start-up and at every question (docs/benchmarks.md). A role's
sheet is set on the widget itself (`StyleRoles.give`), so only these widgets pay for it.

Two settings of the system are followed, as `AppStyle.apply` says which: a font enlarged for
reading makes the titles grow in proportion, and in high contrast every colour comes from the
palette (text, background, highlight) instead of Jalon's greys and blues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import QWidget

ACCENT = "#1f5f99"
ROLE_SHEETS = {
    "pageTitle": "QLabel#pageTitle { font-size: 17pt; font-weight: 600; color: #1d2b36; "
    "padding: 2px 0 6px 0; }",
    "auditTitle": "QLabel#auditTitle { font-size: 14pt; font-weight: 600; color: #1d2b36; }",
    "muted": "QLabel#muted { color: #5f6b76; }",
    "breadcrumb": "QLabel#breadcrumb { color: #5f6b76; }",
    "question": "QLabel#question { font-size: 12.5pt; font-weight: 600; color: #1d2b36; }",
    "codeBadge": f"QLabel#codeBadge {{ background: #e8eef5; color: {ACCENT}; "
    "border-radius: 4px; padding: 2px 8px; font-weight: 600; }",
    "mandatoryTag": "QLabel#mandatoryTag { color: #9c2a1f; background: #fbe9e7; "
    "border-radius: 4px; padding: 2px 8px; }",
    "statusBadge": f"QLabel#statusBadge {{ background: #e8eef5; color: {ACCENT}; "
    "border-radius: 8px; padding: 1px 10px; } "
    'QLabel#statusBadge[finalized="true"] { background: #e6f4ea; color: #1e5631; }',
    "headerScore": f"QLabel#headerScore {{ font-size: 14pt; font-weight: 600; color: {ACCENT}; }}",
    "keycap": "QLabel#keycap { border: 1px solid #b8c2cc; border-bottom-width: 2px; "
    "border-radius: 4px; color: #3c4a56; background: #f7f9fb; font-size: 8.5pt; "
    "padding: 0 2px; }",
    "infoBanner": "QLabel#infoBanner { background: #eef4fb; color: #24476b; "
    "border: 1px solid #c9dcef; border-radius: 4px; padding: 6px 10px; }",
    "errorBanner": "QLabel#errorBanner { background: #fdecea; color: #8e1f16; "
    "border: 1px solid #f2b8b1; border-radius: 4px; padding: 6px 10px; }",
    "inlineError": "QLabel#inlineError { color: #b3261e; }",
    "previousAnswer": "QFrame#previousAnswer { background: #f8f6ef; border: 1px solid #e2dac4; "
    "border-radius: 4px; }",
    "toConfirmTag": "QLabel#toConfirmTag { color: #6b4500; background: #fff1d6; "
    "border-radius: 4px; padding: 1px 8px; font-weight: 600; }",
    "previousValue": "QLabel#previousValue { color: #5f6b76; } "
    'QLabel#previousValue[toConfirm="true"] { color: #6b4500; font-weight: 600; }',
    "portableStatus": "QLabel#portableStatus { background: #fff4e0; color: #6b4500; "
    "border: 1px solid #f0d49c; border-radius: 8px; padding: 0 10px; }",
    "emptyState": "QLabel#emptyState { color: #5f6b76; font-size: 12pt; }",
    "panelTitle": "QLabel#panelTitle { font-weight: 600; color: #1d2b36; }",
    "valueField": 'QLineEdit#valueField[invalid="true"] { border: 1px solid #d93025; }',
    "workspaceHeader": "QFrame#workspaceHeader { background: #f4f7fa; "
    "border-bottom: 1px solid #dde3ea; }",
    "guidancePanel": "QFrame#guidancePanel { background: #fbfcfd; "
    "border-left: 1px solid #dde3ea; }",
    "guidanceText": "QTextBrowser#guidanceText { background: transparent; }",
    "languageToggle": "QToolButton#languageToggle { border: 1px solid #c7d0d9; "
    "padding: 1px 6px; border-radius: 3px; color: #3c4a56; } "
    f"QToolButton#languageToggle:checked {{ background: {ACCENT}; color: white; "
    f"border-color: {ACCENT}; }}",
    "headerButton": "QToolButton#headerButton { padding: 4px 10px; }",
    "linkButton": f"QPushButton#linkButton {{ border: none; color: {ACCENT}; "
    "text-decoration: underline; padding: 2px 4px; } "
    "QPushButton#linkButton:disabled { color: #9aa3ab; }",
    "primary": f"QPushButton#primary {{ background: {ACCENT}; color: white; "
    "border: 1px solid #184d7d; border-radius: 4px; padding: 5px 14px; } "
    "QPushButton#primary:hover { background: #245f96; }",
    "flagToggle": "QCheckBox#flagToggle:checked { color: #b34700; font-weight: 600; }",
    "saveStatus": "QLabel#saveStatus { padding: 0 8px; color: #2e5e2e; } "
    'QLabel#saveStatus[error="true"] { color: #b3261e; font-weight: 600; }',
}

REFERENCE_POINT_SIZE = 9.0  # the usual system font, for which the sizes above were chosen
HIGH_CONTRAST_PALETTE = {  # a colour of the sheets → the palette role it becomes
    re.compile(rf"background: {ACCENT}|background: #245f96"): "background: palette(highlight)",
    re.compile(r"color: white"): "color: palette(highlighted-text)",
    re.compile(r"background: #\w+"): "background: palette(base)",
    re.compile(r"(?<![-\w])color: #\w+"): "color: palette(window-text)",
    re.compile(r"(border[\w-]*: [^;#]*)#\w+"): r"\1palette(window-text)",
}


class StyleRoles:
    """The sheets in force: set once the application knows the system's font and contrast."""

    _sheets: dict[str, str] = dict(ROLE_SHEETS)

    @classmethod
    def configure(cls, point_size: float, high_contrast: bool) -> None:
        cls._sheets = {
            role: cls.sheet(rules, point_size, high_contrast) for role, rules in ROLE_SHEETS.items()
        }

    @classmethod
    def give(cls, widget: QWidget, role: str) -> None:
        """`widget` takes `role`: its object name (which tests and the rules look it up by) and
        the role's look."""
        widget.setObjectName(role)
        widget.setStyleSheet(cls._sheets[role])

    @classmethod
    def restyle(cls, widgets: Iterable[QWidget]) -> None:
        """After the application's style, the system's font or its contrast changed: the
        widgets already built that hold a role take its look again (a sheet set anew, even the
        same one, is laid over the new style)."""
        for widget in widgets:
            sheet = cls._sheets.get(widget.objectName())
            if sheet is not None:
                widget.setStyleSheet("")
                widget.setStyleSheet(sheet)

    @staticmethod
    def sheet(rules: str, point_size: float, high_contrast: bool) -> str:
        """`rules` for a system font of `point_size`: titles grow with an enlarged font (never
        shrink), and in high contrast every colour comes from the palette."""
        scale = max(1.0, point_size / REFERENCE_POINT_SIZE)
        sheet = re.sub(
            r"font-size: ([\d.]+)pt",
            lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt",
            rules,
        )
        if high_contrast:
            for colour, role in HIGH_CONTRAST_PALETTE.items():
                sheet = colour.sub(role, sheet)
        return sheet
