"""Answering an audit the way a field officer does: with the keyboard, saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.common.task_progress_dialog import TaskProgressDialog
from app.ui.workspace.question.choice_editor import ChoiceEditor, shortcut_letters
from app.ui.workspace.question.indicator_page import IndicatorPage


def stored(application, workspace, code: str):
    """The answer as the database holds it (a fresh session, not the window's memory)."""
    return application.audits.open(workspace.session.audit.id).answer_of(code)


def test_number_keys_answer_and_enter_moves_on(qtbot, application, workspace, window):
    workspace.go_to("1.1.1.1")
    workspace.focus_answer()
    editor = workspace.page.editor
    assert isinstance(editor, ChoiceEditor)
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    assert stored(application, workspace, "1.1.1.1").value == "yes"
    assert window.save_status.text().startswith("Saved ")
    assert workspace.page.last_changed.text().startswith("Last changed by Tester")
    assert workspace.page.history.topLevelItemCount() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.page.indicator.display_code == "1.1.1.2")
    # A letter picks the choice it belongs to: "p" for Partially.
    qtbot.waitUntil(lambda: workspace.page.editor.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P)
    assert stored(application, workspace, "1.1.1.2").value == "partially"


def test_shortcut_letters_skip_taken_letters():
    assert shortcut_letters(["Yes", "Partially", "No", "Not applicable"]) == ["y", "p", "n", "o"]
    assert shortcut_letters(["Oui", "Partiellement", "Non", "Sans objet"]) == ["o", "p", "n", "s"]


def test_next_previous_and_next_unanswered_shortcuts(qtbot, workspace):
    workspace.go_to("1.1.1.1")
    focus = QApplication.focusWidget() or workspace
    qtbot.keyClick(focus, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    # 1.1.1.2 only applies after a yes or partially to 1.1.1.1: the flow skips it.
    qtbot.waitUntil(lambda: workspace.page.indicator.display_code == "1.1.2.1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.page.indicator.display_code == "1.1.1.1")
    workspace.session.answer("1.1.1.1", "no")
    workspace.session.answer("1.1.2.1", "yes")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: workspace.page.indicator.display_code == "1.1.2.2")


def test_jump_to_code_with_ctrl_g(qtbot, workspace):
    workspace.go_to("1.1.1.1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.dialog is not None and workspace.dialog.isVisible())
    dialog = workspace.dialog
    qtbot.keyClicks(dialog.field, "9.9.9")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Nothing matches" in dialog.problem.text()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "4.2.1.1")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.page.indicator.display_code == "4.2.1.1")
    assert workspace.navigator.tree.currentIndex().data().startswith("4.2.1.1")


def test_comment_is_saved_when_leaving_the_question(qtbot, application, workspace):
    workspace.go_to("1.1.1.1")
    page: IndicatorPage = workspace.page
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Strategy seen, approved by the board in March.")
    workspace.next()
    assert (
        stored(application, workspace, "1.1.1.1").comment
        == "Strategy seen, approved by the board in March."
    )


def test_comment_is_saved_after_a_pause_in_typing(qtbot, application, workspace):
    workspace.go_to("1.1.1.1")
    page = workspace.page
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Asked the CEO")
    qtbot.waitUntil(
        lambda: stored(application, workspace, "1.1.1.1").comment == "Asked the CEO", timeout=5000
    )


def test_not_applicable_needs_a_reason(qtbot, application, workspace):
    workspace.go_to("1.1.1.1")
    page = workspace.page
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)
    assert page.reason.isEnabled() and page.reason.hasFocus()
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    assert page.reason_problem.isVisible()
    assert "Give a reason" in page.reason_problem.text()
    assert not stored(application, workspace, "1.1.1.1").is_not_applicable
    qtbot.keyClicks(page.reason, "No board: the institution is a project of an NGO")
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    answer = stored(application, workspace, "1.1.1.1")
    assert answer.na_reason == "No board: the institution is a project of an NGO"
    assert not page.reason_problem.isVisible()
    # Choosing an answer afterwards replaces the "not applicable".
    page.editor.choose(0)
    assert stored(application, workspace, "1.1.1.1").value == "yes"
    assert not page.not_applicable.isChecked()


def test_flag_with_ctrl_l_and_department(qtbot, application, workspace):
    workspace.go_to("1.1.1.1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert stored(application, workspace, "1.1.1.1").flagged
    assert workspace.page.flag.isChecked()
    page = workspace.page
    row = page.department.findData("finance")
    page.department.setCurrentIndex(row)
    page.department.activated.emit(row)
    assert stored(application, workspace, "1.1.1.1").department == "finance"
    history = [
        page.history.topLevelItem(i).text(2) for i in range(page.history.topLevelItemCount())
    ]
    assert history[0] == "Department: Finance" and history[1] == "Flagged for later"


def test_clear_answer(qtbot, application, workspace):
    workspace.go_to("1.1.1.1")
    workspace.page.editor.choose(2)
    assert workspace.page.clear_button.isVisible()
    qtbot.mouseClick(workspace.page.clear_button, Qt.MouseButton.LeftButton)
    assert stored(application, workspace, "1.1.1.1").value is None
    assert workspace.page.editor.value() is None


def test_the_key_after_the_choices_asks_for_not_applicable(qtbot, application, workspace):
    workspace.go_to("1.1.1.1")
    page = workspace.page
    # The framework's own unscored "not applicable" choice is folded into the page's N/A,
    # which asks for a reason: three choices show, and key 4 means "not applicable".
    assert [b.text() for b in page.editor.buttons if not b.isHidden()] == ["Yes", "Partially", "No"]
    assert page.not_applicable_key.text() == "4"
    workspace.focus_answer()
    qtbot.waitUntil(lambda: page.editor.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert page.not_applicable.isChecked() and page.reason.hasFocus()
    qtbot.keyClicks(page.reason, "Not a cooperative")
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)
    assert stored(application, workspace, "1.1.1.1").na_reason == "Not a cooperative"


def test_a_stored_unscored_choice_stays_visible(qtbot, workspace):
    workspace.session.answer("1.1.1.1", "na")  # as a CLI user or an imported workbook may
    workspace.go_to("1.1.2.1")
    workspace.go_to("1.1.1.1")
    shown = [b for b in workspace.page.editor.buttons if not b.isHidden()]
    assert [b.text() for b in shown] == ["Yes", "Partially", "No", "Not applicable"]
    assert shown[3].isChecked()


def test_evidence_files_attach_open_and_remove(qtbot, application, workspace, tmp_path):
    minutes = tmp_path / "board-minutes-2024-03.pdf"
    minutes.write_bytes(b"%PDF-1.4 minutes of the board meeting")
    workspace.go_to("1.1.1.1")
    evidence = workspace.page.evidence
    evidence.choose_files = lambda: [str(minutes)]
    with qtbot.waitSignal(evidence.changed, timeout=20000):
        qtbot.mouseClick(evidence.attach_button, Qt.MouseButton.LeftButton)
        # Read, hashed and committed on a background thread, with a progress window.
        assert evidence.attaching and not evidence.attach_button.isEnabled()
        assert evidence.findChild(TaskProgressDialog) is not None
    assert evidence.list.count() == 1
    assert evidence.list.item(0).text().startswith("board-minutes-2024-03.pdf")
    history = workspace.page.history
    assert history.isVisible()  # the attached file is in the question's history
    assert history.topLevelItem(0).text(1) == "Tester"
    assert history.topLevelItem(0).text(2) == "File attached: board-minutes-2024-03.pdf"
    stored_links = application.audits.open(workspace.session.audit.id).evidence("1.1.1.1")
    assert [link.filename for link in stored_links] == ["board-minutes-2024-03.pdf"]

    opened = []
    evidence.open_file = lambda path: opened.append(path) or True
    evidence.list.setCurrentRow(0)
    qtbot.mouseClick(evidence.open_button, Qt.MouseButton.LeftButton)
    assert opened[0].read_bytes() == minutes.read_bytes()

    evidence.confirm = lambda filename: filename == "board-minutes-2024-03.pdf"
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert evidence.list.count() == 0
    assert application.audits.open(workspace.session.audit.id).evidence("1.1.1.1") == []


def _tree_index(workspace, code: str):
    navigator = workspace.navigator
    name = workspace.session.framework.find(code).name
    index = navigator.proxy.mapFromSource(navigator.model.index_of(name))
    navigator.tree.scrollTo(index)
    return index


def test_a_click_in_the_tree_opens_the_question_with_the_focus_on_its_answer(qtbot, workspace):
    workspace.go_to("1.1.1.1")
    tree = workspace.navigator.tree
    index = _tree_index(workspace, "1.1.2.1")
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )
    assert workspace.page.indicator.display_code == "1.1.2.1"
    qtbot.waitUntil(lambda: workspace.page.editor.isAncestorOf(QApplication.focusWidget()))
    guidance = workspace.session.framework.find("1.1.2.1").guidance
    assert (
        workspace.session.framework.text(guidance, "en")[:40]
        in workspace.guidance.text.toPlainText()
    )


def test_number_keys_answer_the_question_on_screen_whichever_pane_has_the_focus(
    qtbot, application, workspace
):
    workspace.go_to("1.1.1.1")
    tree = workspace.navigator.tree
    tree.setFocus()
    # Walking the tree with the keyboard onto a dimension: its guidance shows, the question
    # stays on screen, and the focus stays in the tree.
    tree.setCurrentIndex(_tree_index(workspace, "1"))
    assert workspace.page.indicator.display_code == "1.1.1.1"
    assert "1.1.1.1" not in workspace.guidance.text.toPlainText()
    qtbot.keyClick(tree, Qt.Key.Key_1)
    assert stored(application, workspace, "1.1.1.1").value == "yes"
    # The tree and the guidance came back to the question that was answered.
    assert tree.currentIndex().data().startswith("1.1.1.1")
    assert workspace.page.editor.isAncestorOf(QApplication.focusWidget())
    guidance = workspace.session.framework.find("1.1.1.1").guidance
    assert (
        workspace.session.framework.text(guidance, "en")[:40]
        in workspace.guidance.text.toPlainText()
    )
    # From the guidance text, and from a button of the header, too.
    qtbot.keyClick(workspace.guidance.text, Qt.Key.Key_3)
    assert stored(application, workspace, "1.1.1.1").value == "no"
    qtbot.keyClick(workspace.header.close, Qt.Key.Key_2)
    assert stored(application, workspace, "1.1.1.1").value == "partially"


def test_a_practice_shows_what_it_holds_rather_than_no_guidance(qtbot, workspace):
    workspace.go_to("1.1.1.1")
    workspace.navigator.tree.setCurrentIndex(_tree_index(workspace, "1.1.1"))
    text = workspace.guidance.text.toPlainText()
    assert "No guidance for this item" not in text
    assert "1.1.1.1" in text and "1.1.1.2" in text
    assert "Press Enter" in text
    qtbot.keyClick(workspace.navigator.tree, Qt.Key.Key_Return)
    assert workspace.page.indicator.display_code == "1.1.1.1"


def test_go_to_takes_one_enter_and_lists_matches_above_the_buttons(qtbot, workspace):
    workspace.go_to("1.1.1.1")
    workspace.open_jump_dialog()
    qtbot.waitUntil(lambda: workspace.dialog is not None and workspace.dialog.isVisible())
    dialog = workspace.dialog
    qtbot.keyClicks(dialog.field, "over-indebtedness")
    # The matches are in the dialog, between the field and OK/Cancel: nothing covers them.
    assert dialog.matches.isVisible() and dialog.filter.rowCount() > 1
    assert dialog.matches.geometry().bottom() < dialog.buttons.geometry().top()
    assert not any(
        w.isVisible()
        for w in QApplication.topLevelWidgets()
        if w.windowType() == Qt.WindowType.Popup
    )
    second = dialog.filter.index(1, 0).data()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # once
    qtbot.waitUntil(lambda: not dialog.isVisible())
    code = second.split()[0]
    assert workspace.current == workspace.session.framework.find(
        code
    ).name or workspace.page.indicator.display_code.startswith(code)


def test_go_to_a_code_typed_in_full_wins_over_the_list(qtbot, workspace):
    workspace.open_jump_dialog()
    qtbot.waitUntil(lambda: workspace.dialog is not None and workspace.dialog.isVisible())
    qtbot.keyClicks(workspace.dialog.field, "2.1.1")
    # 1.2.1.1 comes first in the list and holds "2.1.1" too: the code typed in full is marked,
    # and a group opens at its first question.
    assert workspace.dialog.filter.index(0, 0).data().startswith("1.2.1.1 ")
    assert workspace.dialog.matches.currentIndex().data().startswith("2.1.1 ")
    qtbot.keyClick(workspace.dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.page.indicator.display_code == "2.1.1.1")


def test_a_right_to_left_override_in_an_evidence_name_is_shown_not_obeyed(
    qtbot, application, workspace, tmp_path
):
    """ "\\u202egpj.exe" reads "exe.jpg" when shown raw: the list, the history, the removal
    question and the copy handed to the desktop all show the override as an escape."""
    spoofed = tmp_path / "\u202egpj.exe"
    spoofed.write_bytes(b"MZ not a picture")
    workspace.go_to("1.1.1.1")
    evidence = workspace.page.evidence
    evidence.choose_files = lambda: [str(spoofed)]
    with qtbot.waitSignal(evidence.changed, timeout=20000):
        qtbot.mouseClick(evidence.attach_button, Qt.MouseButton.LeftButton)
    assert evidence.list.item(0).text().startswith("\\u202egpj.exe")
    assert workspace.page.history.topLevelItem(0).text(2) == "File attached: \\u202egpj.exe"
    opened, asked = [], []
    evidence.open_file = lambda path: opened.append(path) or True
    evidence.list.setCurrentRow(0)
    qtbot.mouseClick(evidence.open_button, Qt.MouseButton.LeftButton)
    assert "\u202e" not in opened[0].name and opened[0].name.endswith("gpj.exe")
    assert opened[0].read_bytes() == spoofed.read_bytes()
    evidence.confirm = lambda filename: asked.append(filename) and False
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["\\u202egpj.exe"]
    stored = application.audits.open(workspace.session.audit.id).evidence("1.1.1.1")
    assert [link.filename for link in stored] == ["\u202egpj.exe"]  # kept as it is
