"""A high-contrast palette is kept: every label of the open audit reads at a contrast of at least
7:1 against the window (WCAG's enhanced level), where Jalon's own greys and blues would not."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.shell.app_style import AppStyle
from app.ui.workspace.action_plan.action_dialog import ActionDialog
from app.ui.workspace.dashboard.chart_style import SERIES, ChartStyle
from app.ui.workspace.finalize_dialog import FinalizeDialog
from app.ui.workspace.reopen_dialog import ReopenDialog


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.HighlightedText,
    ):
        palette.setColor(role, QColor("black"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor("white"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffff00"))
    return palette


def test_every_label_reads_on_a_high_contrast_palette(qtbot, qapp, window, session):
    ordinary = qapp.palette()
    qapp.setPalette(high_contrast_palette())
    try:
        AppStyle.apply(qapp, high_contrast=True)
        window.open_audit(session.audit.id)
        workspace = window.workspace
        window.commands.guidance.trigger()
        background = qapp.palette().color(QPalette.ColorRole.Window)
        poor = []
        for code, tab in (("1.1.1.1", 0), ("0.1", 0), ("1.1.1.1", 1)):
            workspace.go_to(code)
            workspace.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            for label in window.findChildren(QLabel):
                text = label.palette().color(QPalette.ColorRole.WindowText)
                if label.isVisible() and label.text() and contrast(text, background) < 7:
                    poor.append((label.objectName(), label.text()[:30], text.name()))
        assert poor == []
    finally:
        qapp.setPalette(ordinary)
        AppStyle.apply(qapp, high_contrast=False)


def test_the_error_lines_of_the_dialogs_read_on_a_high_contrast_palette(qtbot, qapp, session):
    """The finalize, reopen and action windows wrote their errors in a fixed dark red, which
    on a black high-contrast window reads at about 3:1."""
    ordinary = qapp.palette()
    qapp.setPalette(high_contrast_palette())
    dialogs = [
        FinalizeDialog(session, "en"),
        ReopenDialog(session),
        ActionDialog(session, "en", None, "", None),
    ]
    try:
        AppStyle.apply(qapp, high_contrast=True)
        background = qapp.palette().color(QPalette.ColorRole.Window)
        poor = []
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.error_label.setText("The audit is not finalized")
            dialog.error_label.show()
            dialog.show()
            QApplication.processEvents()
            text = dialog.error_label.palette().color(QPalette.ColorRole.WindowText)
            if contrast(text, background) < 7:
                poor.append((type(dialog).__name__, text.name()))
        assert poor == []
    finally:
        for dialog in dialogs:
            dialog.reject()
        qapp.setPalette(ordinary)
        AppStyle.apply(qapp, high_contrast=False)


def test_the_charts_figures_read_on_a_high_contrast_palette(qapp):
    """The radar's percentages and the bars were drawn in Jalon's blue whatever the palette:
    under 4:1 on a black high-contrast window. On Jalon's own palette the blue stays."""
    palette = high_contrast_palette()
    style = ChartStyle(palette, qapp.font())
    assert contrast(style.series, palette.color(QPalette.ColorRole.Base)) >= 7
    assert ChartStyle(AppStyle.palette(), qapp.font()).series == SERIES
