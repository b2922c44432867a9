"""The look of the application: Qt's Fusion style (the same on every system, sharp on old
screens) with a light, calm palette, and the named looks of app/ui/common/style_roles.py.

Two settings of the system are followed: a font enlarged for reading makes the titles grow in
proportion, and a high-contrast preference keeps the system's own palette, with every colour of
the roles taken from it (text, background, highlight) instead of Jalon's greys and blues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.ui.common.style_roles import ACCENT, StyleRoles

# A selected row of a list or tree: a light blue that keeps the row's text and its progress
# bar readable (the palette's own highlight, the accent, stays for menus and check marks).
SELECTED_ROW = QColor("#d6e6f5")
SELECTED_ROW_TEXT = QColor("#10202e")
ITEM_VIEWS = ("QTreeView", "QTableView")


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
            rows = QPalette(palette)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                rows.setColor(group, QPalette.ColorRole.Highlight, SELECTED_ROW)
                rows.setColor(group, QPalette.ColorRole.HighlightedText, SELECTED_ROW_TEXT)
            for view in ITEM_VIEWS:
                app.setPalette(rows, view)
        else:
            for view in ITEM_VIEWS:  # the user's palette, the same for every widget
                app.setPalette(app.palette(), view)
        StyleRoles.configure(app.font().pointSizeF(), high_contrast)
        StyleRoles.restyle(app.allWidgets())
