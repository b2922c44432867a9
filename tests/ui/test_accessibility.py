"""Every control of every page and dialog has an accessible name, in the interface language,
and every label with an "&" key has a buddy (otherwise the "&" shows as it is). Walked in
English, French and Spanish over the real window: the audit list, the questionnaire (a
question and the Organization Information form), the dashboard, the action plan and each
dialog the menus open."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.paths import resources_dir

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QTabBar,
)
MNEMONIC = re.compile(r"(?<!&)&(?!&)\w")


def english_left_over(language: str) -> set[str]:
    """Interface texts that read differently in `language`: one of them on screen there is a
    string that was not translated when the language changed."""
    if language == "en":
        return set()
    tree = ET.parse(resources_dir() / "translations" / f"jalon_{language}.ts")
    found = set()
    for message in tree.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation is not None and translation.text and translation.text != source:
            found.add(source.replace("&", ""))
    return found


def problems_in(root: QWidget, where: str, untranslated: set[str]) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and MNEMONIC.search(widget.text()) and widget.buddy() is None:
            problems.append(f"{where}: label {widget.text()!r} shows its '&'")
        # Header views belong to their view; the line edit inside a combo or a date edit is
        # named by it.
        if (
            not isinstance(widget, CONTROLS)
            or isinstance(widget, QHeaderView)
            or isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
        ):
            continue
        if (
            isinstance(root, QDialog)
            and widget.isEnabled()
            and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            problems.append(f"{where}: {type(widget).__name__} cannot be reached with Tab")
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        kind = f"{type(widget).__name__} {widget.objectName()}".strip()
        if not name:
            problems.append(f"{where}: {kind} has no accessible name")
        elif name.replace("&", "") in untranslated:
            problems.append(f"{where}: {kind} is named {name!r}, in English")
    return problems


def open_dialogs(where: str, untranslated: set[str]) -> list[str]:
    QApplication.processEvents()
    problems = []
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QDialog) and top.isVisible():
            problems += problems_in(top, f"{where} ▸ {type(top).__name__}", untranslated)
            top.reject()
    QApplication.processEvents()
    return problems


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_control_is_named_in_the_interface_language(
    qtbot, window, session, languages, language
):
    languages.apply(language)
    untranslated = english_left_over(language)
    window.home.reload()
    QApplication.processEvents()
    problems = problems_in(window, "audit list", untranslated)
    window.open_audit(session.audit.id)
    workspace = window.workspace
    window.set_content_language(language)  # choices are the framework's words, not ours
    window.commands.guidance.trigger()  # shown, even on the test's narrow screen
    for code, where in (("1.1.1.1", "question"), ("0.1", "Organization Information")):
        workspace.go_to(code)
        QApplication.processEvents()
        problems += problems_in(window, where, untranslated)
    for tab, where in ((1, "dashboard"), (2, "action plan")):
        workspace.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        problems += problems_in(window, where, untranslated)
    workspace.tabs.setCurrentIndex(0)
    workspace.open_jump_dialog()
    problems += open_dialogs("Go to", untranslated)
    workspace.open_finalize_dialog()
    problems += open_dialogs("Finalize", untranslated)
    workspace.action_plan.add_action_for("1.1.1")
    problems += open_dialogs("Action", untranslated)
    for action in vars(window.tools).values():
        if isinstance(action, QAction) and action.isEnabled():
            action.trigger()
            problems += open_dialogs(action.text().replace("&", ""), untranslated)
    window.close_audit()
    window.new_audit()
    problems += open_dialogs("New audit", untranslated)
    assert problems == []
