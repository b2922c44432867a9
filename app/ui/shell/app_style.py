"""The look of the application: Qt's Fusion style (the same on every system, sharp on old
screens) with a light, calm palette, and the named looks of app/ui/common/style_roles.py.

Two settings of the system are followed: a font enlarged for reading makes the titles grow in
proportion, and a high-contrast preference keeps the system's own palette, with every colour of
the roles taken from it (text, background, highlight) instead of Jalon's greys and blues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.common.style_roles import ACCENT, StyleRoles

# Jalon's light palette, every role written out: Qt's Fusion palette with white pages, light
# buttons and the blue accent. Written out rather than asked of the style: a style object
# reaching Python makes PySide build QStyle's type with its dozens of enums, a twentieth of the
# start-up (docs/benchmarks.md); tests/ui/test_style_roles.py holds it to Fusion's own palette.
PALETTE = {  # role: (active and inactive, disabled)
    "WindowText": ("#000000", "#bebebe"),
    "Button": ("#f3f5f7", "#f3f5f7"),
    "Light": ("#ffffff", "#ffffff"),
    "Midlight": ("#cacaca", "#cacaca"),
    "Dark": ("#9f9f9f", "#bebebe"),
    "Mid": ("#b8b8b8", "#b8b8b8"),
    "Text": ("#000000", "#bebebe"),
    "BrightText": ("#ffffff", "#ffffff"),
    "ButtonText": ("#000000", "#bebebe"),
    "Base": ("#ffffff", "#ffffff"),
    "Window": ("#ffffff", "#ffffff"),
    "Shadow": ("#767676", "#b1b1b1"),
    "Highlight": (ACCENT, ACCENT),
    "HighlightedText": ("#ffffff", "#ffffff"),
    "Link": ("#0000ff", "#0000ff"),
    "LinkVisited": ("#ff00ff", "#ff00ff"),
    "AlternateBase": ("#f6f8fa", "#f6f8fa"),
    "ToolTipBase": ("#fffbe6", "#fffbe6"),
    "ToolTipText": ("#000000", "#000000"),
    "PlaceholderText": ("#80000000", "#80000000"),
    "Accent": ("#308cc6", "#919191"),
}
# A selected row of a list or tree: a light blue that keeps the row's text and its progress
# bar readable (the palette's own highlight, the accent, stays for menus and check marks).
SELECTED_ROW = QColor("#d6e6f5")
SELECTED_ROW_TEXT = QColor("#10202e")
ITEM_VIEWS = ("QTreeView", "QTableView")


class AppStyle:
    @staticmethod
    def apply(app: QApplication, high_contrast: bool | None = None) -> None:
        """Jalon's palette and looks on `app`, whose style is Fusion already
        (create_qt_application). `high_contrast`: None follows the system's preference."""
        if high_contrast is None:
            hints = app.styleHints()  # held: the hints below belong to it
            accessibility = hints.accessibility()
            high_contrast = accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
        if not high_contrast:  # a high-contrast palette is the user's: kept as it is
            palette = AppStyle.palette()
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

    @staticmethod
    def palette() -> QPalette:
        palette = QPalette()
        groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
        for name, (normal, disabled) in PALETTE.items():
            role = QPalette.ColorRole[name]
            for group in groups:
                palette.setColor(group, role, QColor.fromString(normal))
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor.fromString(disabled))
        return palette
