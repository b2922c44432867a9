"""Jalon's looks are given role by role: the widgets that take a role (a title, a badge, the
primary button) go through Qt's style-sheet engine, every other widget is drawn by the plain
Fusion style, which builds pages faster (docs/benchmarks.md, start-up and next question)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QWidget

from app.ui.common.style_roles import ACCENT, ROLE_SHEETS, StyleRoles
from app.ui.shell.app_style import AppStyle

COLOUR = re.compile(r"#[0-9a-fA-F]{6}(?!\w)")
UI = Path(__file__).resolve().parents[2] / "app" / "ui"


def engine(widget: QWidget) -> str:
    return widget.style().metaObject().className()


def test_only_widgets_with_a_role_go_through_the_style_sheet_engine(qapp, window, session):
    AppStyle.apply(qapp, high_contrast=False)
    window.home.reload()
    window.open_audit(session.audit.id)
    workspace = window.workspace
    workspace.go_to("1.1.1.1")
    QApplication.processEvents()
    assert qapp.styleSheet() == ""
    plain = [window.home.search, window.home.table, workspace.navigator.tree, workspace.tabs]
    assert [engine(widget) for widget in plain] == ["QFusionStyle"] * len(plain)
    titled = window.home.title
    assert titled.objectName() == "pageTitle"
    assert engine(titled) == "QStyleSheetStyle"
    assert titled.font().pointSizeF() >= 17
    assert titled.font().weight() >= 600


def test_the_primary_button_keeps_its_accent(qapp, window):
    AppStyle.apply(qapp, high_contrast=False)
    button = window.home.new_button
    QApplication.processEvents()
    image = button.grab().toImage()
    pixels = [
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
    ]
    assert pixels.count(QColor(ACCENT).name()) > len(pixels) / 3  # the button's face


def test_a_selected_row_is_light_and_readable(qapp, window):
    AppStyle.apply(qapp, high_contrast=False)
    palette = window.home.table.palette()
    assert palette.highlight().color().name() == "#d6e6f5"
    assert palette.highlightedText().color().name() == "#10202e"
    assert qapp.palette().highlight().color().name() == QColor(ACCENT).name()  # menus keep it


def test_an_enlarged_system_font_makes_titles_grow_and_contrast_takes_the_palette(qapp):
    sheet = StyleRoles.sheet(ROLE_SHEETS["pageTitle"], 13.5, high_contrast=False)
    assert "font-size: 25.5pt" in sheet
    sheet = StyleRoles.sheet(ROLE_SHEETS["primary"], 9.0, high_contrast=True)
    assert not COLOUR.search(sheet)  # every colour comes from the user's palette
    assert "background: palette(highlight)" in sheet


def test_widgets_built_before_a_change_of_contrast_take_the_new_look(qapp):
    AppStyle.apply(qapp, high_contrast=False)
    label = QLabel("Saved")
    StyleRoles.give(label, "saveStatus")
    assert "#2e5e2e" in label.styleSheet()
    try:
        AppStyle.apply(qapp, high_contrast=True)
        assert not COLOUR.search(label.styleSheet())
    finally:
        AppStyle.apply(qapp, high_contrast=False)
    assert "#2e5e2e" in label.styleSheet()
    label.deleteLater()


def test_every_role_is_given_somewhere_and_every_role_given_exists():
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for path in UI.rglob("*.py")
        if path.name != "style_roles.py"
    )
    given = set(re.findall(r'StyleRoles\.give\([^,]+, "(\w+)"\)', sources))
    given |= set(re.findall(r'self\._label\("(\w+)"', sources))  # the question page's labels
    assert given <= set(ROLE_SHEETS), given - set(ROLE_SHEETS)
    assert set(ROLE_SHEETS) <= given, set(ROLE_SHEETS) - given


def test_the_written_out_palette_is_fusions_with_jalons_colours(qapp):
    """AppStyle writes its palette out (asking Fusion for it would cost start-up time): it must
    stay what Fusion's own light palette gives with Jalon's white pages, light buttons and blue
    accent, role by role and state by state."""
    expected = QStyleFactory.create("Fusion").standardPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f6f8fa"),
        (QPalette.ColorRole.Button, "#f3f5f7"),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.ToolTipBase, "#fffbe6"),
    ):
        expected.setColor(role, QColor(colour))
    written = AppStyle.palette()
    differing = [
        (group.name, role.name)
        for group in (
            QPalette.ColorGroup.Active,
            QPalette.ColorGroup.Inactive,
            QPalette.ColorGroup.Disabled,
        )
        for role in QPalette.ColorRole
        if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles)
        and written.color(group, role).rgba() != expected.color(group, role).rgba()
    ]
    assert differing == []
