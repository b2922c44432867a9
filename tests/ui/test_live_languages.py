"""Interface language switched live from the menu; content language switched on its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from app.ui.shell.language_manager import LanguageManager


def menu_action(menu, data):
    return next(a for a in menu.actions() if a.data() == data)


def test_interface_language_switches_live(qtbot, window, workspace):
    workspace.go_to("1.1.1.1")
    page = workspace.page
    question = page.question.text()
    assert window.menus.file_menu.title() == "&File"
    assert workspace.tabs.tabText(1) == "Dashboard"
    assert page.comment_label.text() == "&Comment and evidence notes"

    menu_action(window.menus.language_menu, "fr").trigger()
    # Qt delivers the LanguageChange events through the event loop.
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier")
    assert workspace.tabs.tabText(1) == "Tableau de bord"
    assert page.comment_label.text() == "&Commentaire et notes sur les preuves"
    assert window.commands.next.text() == "Question &suivante"
    assert workspace.navigator.status.itemText(0).startswith("Toutes les questions (")
    assert workspace.header.status.text() == "Brouillon"
    assert page.question.text() == question  # the content language did not change
    assert window.settings.value("ui/language") == "fr"

    menu_action(window.menus.language_menu, "es").trigger()
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Archivo")
    assert workspace.tabs.tabText(2) == "Plan de acción"
    assert workspace.guidance.title.text() == "Orientaciones"

    menu_action(window.menus.language_menu, "en").trigger()
    qtbot.waitUntil(lambda: workspace.tabs.tabText(1) == "Dashboard")


def test_saved_status_and_errors_follow_the_language(qtbot, window, workspace):
    menu_action(window.menus.language_menu, "fr").trigger()
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier")
    workspace.go_to("1.1.1.1")
    workspace.page.editor.choose(0)
    assert window.save_status.text().startswith("Enregistré à ")
    workspace.go_to("0.4")
    form = workspace.pages.currentWidget()
    editor = form.editors["org_branches"]
    editor.field.setText("douze")
    editor.field.textEdited.emit("douze")
    assert editor.message.text() == "0.4 attend un nombre, pas 'douze'"


def test_qt_standard_dialog_texts_are_translated(qtbot, window):
    menu_action(window.menus.language_menu, "fr").trigger()
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier")
    window.new_audit()
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible())
    cancel = window.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuler"  # from Qt's own qtbase_fr
    assert window.dialog.windowTitle() == "Nouvel audit"
    window.dialog.reject()


def test_content_language_switches_independently(qtbot, window, workspace):
    window.commands.guidance.trigger()  # folded away on the test's narrow screen
    assert workspace.guidance.isVisible()
    workspace.go_to("1.1.1.1")
    assert workspace.page.question.text().startswith("Does the institution have")
    menu_action(window.menus.content_menu, "fr").trigger()
    assert workspace.page.question.text().startswith("L'institution a-t-elle")
    assert workspace.page.editor.buttons[0].text() == "Oui"
    assert workspace.navigator.tree.currentIndex().data().startswith("1.1.1.1  L'institution")
    assert "approuvé" in workspace.guidance.text.toPlainText()
    assert window.menus.file_menu.title() == "&File"  # the interface stays in English
    # The other languages of the guidance are one click away, and back.
    spanish = next(
        b for b in workspace.guidance.language_buttons.buttons() if b.property("language") == "es"
    )
    spanish.click()
    assert "directorio" in workspace.guidance.text.toPlainText()
    assert workspace.guidance.peek_note.isVisible()
    workspace.next()
    assert not workspace.guidance.peek_note.isVisible()


def test_first_start_follows_the_system_language(tmp_path):
    script = (
        "import sys; from PySide6.QtCore import QCoreApplication, QSettings;"
        "from app.ui.shell.language_manager import LanguageManager;"
        "app = QCoreApplication(sys.argv);"
        f"s = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat);"
        "print(LanguageManager(app, s).initial())"
    )
    root = Path(__file__).resolve().parents[2]
    for locale, expected in (("fr_FR.UTF-8", "fr"), ("es_ES.UTF-8", "es"), ("de_DE.UTF-8", "en")):
        env = {**os.environ, "LANG": locale, "LC_ALL": locale, "LANGUAGE": ""}
        result = subprocess.run(
            [sys.executable, "-c", script],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.stdout.strip() == expected, result.stderr


def test_a_saved_choice_wins_over_the_system(qapp, settings):
    settings.setValue("ui/language", "es")
    assert LanguageManager(qapp, settings).initial() == "es"


def test_add_action_has_a_letter_of_its_own_beside_the_menus(qtbot, window, workspace):
    """Alt+A opened the Audit menu instead of adding an action (same letter in English,
    French and Spanish): Qt then only cycles between the two."""
    for language, title in (("fr", "&Fichier"), ("es", "&Archivo"), ("en", "&File")):
        menu_action(window.menus.language_menu, language).trigger()
        qtbot.waitUntil(lambda title=title: window.menus.file_menu.title() == title)
        menu_letters = {
            QKeySequence.mnemonic(action.text()) for action in window.menuBar().actions()
        }
        add = QKeySequence.mnemonic(workspace.action_plan.add_button.text())
        assert not add.isEmpty()
        assert add not in menu_letters, language


def test_each_menu_entry_has_a_letter_no_other_entry_of_its_menu_shares(qtbot, window, workspace):
    """Two entries of one menu with the same letter make Qt only move between them: in French
    R in the File menu went to "Rapports" and "référentiel" and never opened either."""
    for language, title in (("fr", "&Fichier"), ("es", "&Archivo"), ("en", "&File")):
        menu_action(window.menus.language_menu, language).trigger()
        qtbot.waitUntil(lambda title=title: window.menus.file_menu.title() == title)
        for menu in (window.menus.file_menu, window.menus.audit_menu, window.menus.view_menu):
            texts = [action.text() for action in menu.actions() if action.text()]
            letters = [QKeySequence.mnemonic(text).toString() for text in texts]
            assert len(set(letters)) == len(letters), (language, texts)


def test_every_control_of_the_question_page_has_a_letter_of_its_own(qtbot, window, workspace):
    """ "Attach file…" had no letter and Alt+A went to "Not applicable" and the Audit menu by
    turns (in French Alt+A also opened "Aide"): each control of the question page now has a letter
    that neither another control nor a menu of the window takes, in the three languages."""
    workspace.go_to("1.1.1.1")
    page = workspace.pages.currentWidget()
    controls = (
        page.flag,
        page.not_applicable_row.box,
        page.comment_label,
        page.department_label,
        page.evidence.attach_button,
        page.clear_button,
    )
    for language, title in (("fr", "&Fichier"), ("es", "&Archivo"), ("en", "&File")):
        menu_action(window.menus.language_menu, language).trigger()
        qtbot.waitUntil(lambda title=title: window.menus.file_menu.title() == title)
        texts = [action.text() for action in window.menuBar().actions()]
        texts += [control.text() for control in controls]
        # The previous answer's button, beside the others in a follow-up audit.
        texts.append(
            QCoreApplication.translate("PreviousAnswerPanel", "&Keep this answer (Ctrl+K)")
        )
        letters = [QKeySequence.mnemonic(text).toString() for text in texts]
        assert "" not in letters and len(set(letters)) == len(letters), (language, texts)
