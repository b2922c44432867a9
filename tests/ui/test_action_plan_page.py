"""The action plan: model checked by Qt's model tester, page and dialog driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.models.action_item import ActionStatus, Priority
from app.ui.common.audit_labels import AuditLabels
from app.ui.workspace.action_plan.action_plan_page import ActionPlanPage
from app.ui.workspace.action_plan.action_table_model import (
    DUE,
    ITEM_ROLE,
    PRIORITY,
    SORT_ROLE,
    STATUS,
    TARGET,
    TITLE,
    ActionTableModel,
)
from tests.audit_filler import answer_everything


@pytest.fixture
def page(qtbot, session):
    widget = ActionPlanPage(session, "en")
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(page, number):
    proxy = page.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_model_passes_qts_model_tester(session, qtmodeltester):
    model = ActionTableModel(session.framework, "en")
    # The tester reports a broken invariant as a Qt warning, which fails the test
    # (qt_log_level_fail in pyproject.toml).
    qtmodeltester.check(model)
    session.add_action("1.1.1", "Write the social strategy", "CEO", "2027-03-31", Priority.HIGH)
    session.add_action("4.2.1.1", "Summarize costs on one page", "", "", Priority.LOW)
    model.set_items(session.actions())
    model.set_language("fr")
    model.retranslate()
    model.set_items([])
    assert model.rowCount() == 0


def test_model_texts_and_sort_keys(session):
    model = ActionTableModel(session.framework, "en")
    first = session.add_action("1.1.1", "Write the strategy", "CEO", "2020-01-31", Priority.LOW)
    second = session.add_action("4.2.1", "One-page cost summary", "Operations", "", Priority.HIGH)
    model.set_items([first, second])
    assert (
        model.index(0, TARGET).data()
        == "1.1.1  The social strategy is written down and says whom the institution serves"
    )
    assert model.index(0, DUE).data().endswith("(overdue)")
    assert model.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, DUE).data() == ""
    assert model.index(0, PRIORITY).data() == "Low" and model.index(1, STATUS).data() == "Planned"
    assert model.index(0, DUE).data(SORT_ROLE) < model.index(1, DUE).data(SORT_ROLE)
    assert model.index(1, PRIORITY).data(SORT_ROLE) < model.index(0, PRIORITY).data(SORT_ROLE)
    assert model.index(1, TITLE).data(ITEM_ROLE) == second
    model.set_language("fr")
    assert model.index(0, TARGET).data().startswith("1.1.1  La stratégie sociale")


def test_add_from_a_practice_with_the_dialog(page, session, qtbot):
    assert page.table.isHidden() and not page.empty_label.isHidden()
    page.add_action_for("d1_s1_p2")
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    assert dialog.chosen_target() == "d1_s1_p2"
    assert dialog.target_box.currentText().startswith("1.1.2  ")
    assert not save_button(dialog).isEnabled()  # nothing to do yet
    qtbot.keyClicks(dialog.what_edit, "Set a measurable target for each social goal")
    qtbot.keyClicks(dialog.owner_edit, "Social performance manager")
    dialog.due_edit.setText("2027-06-30")  # ISO is always understood
    dialog.priority_box.setCurrentIndex(dialog.priority_box.findData(Priority.HIGH))
    with qtbot.waitSignal(page.actions_changed):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    [stored] = session.actions()
    assert (stored.target, stored.title, stored.owner, stored.due_date, stored.priority) == (
        "d1_s1_p2",
        "Set a measurable target for each social goal",
        "Social performance manager",
        "2027-06-30",
        Priority.HIGH,
    )
    assert column(page, TITLE) == ["Set a measurable target for each social goal"]
    assert column(page, PRIORITY) == ["High"]
    assert not page.table.isHidden()
    assert page.selected_item() == stored
    assert page.summary.text() == "1 action(s) · 1 not done"


def test_a_target_must_come_from_the_list_and_a_date_is_optional(page, session, qtbot):
    page.add_action_for("")
    dialog = page.dialog
    qtbot.keyClicks(dialog.what_edit, "Train loan officers")
    assert dialog.chosen_target() is None and not save_button(dialog).isEnabled()
    dialog.target_box.setEditText("4.1.1  nonsense")
    assert not save_button(dialog).isEnabled()
    dialog.target_box.setEditText("4.1.1.1")  # the bare code, as typed in the field
    assert dialog.chosen_target() == "q4_1_1_1" and save_button(dialog).isEnabled()
    dialog.target_box.setEditText("9.9.9")
    assert not save_button(dialog).isEnabled()
    index = dialog.target_box.findData("q4_1_1_1")
    dialog.target_box.setEditText(dialog.target_box.itemText(index))
    assert save_button(dialog).isEnabled()
    dialog.due_edit.clear()  # no due date
    assert save_button(dialog).isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    [stored] = session.actions()
    assert (stored.target, stored.due_date) == ("q4_1_1_1", "")


def test_edit_then_sort_then_delete(page, session, qtbot):
    session.add_action("1.1.1", "Write the strategy", "CEO", "2027-03-31", Priority.LOW)
    session.add_action("4.2.1", "One-page cost summary", "Operations", "2027-01-15", Priority.HIGH)
    page.refresh()
    assert column(page, TARGET)[0].startswith("1.1.1")  # framework order by default
    page.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
    assert column(page, PRIORITY) == ["High", "Low"]
    page.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    assert column(page, TITLE) == ["One-page cost summary", "Write the strategy"]

    page.table.selectRow(1)
    assert page.selected_item().title == "Write the strategy"
    page.edit_selected()
    dialog = page.dialog
    assert dialog.what_edit.text() == "Write the strategy"
    assert dialog.due_edit.text() == AuditLabels.date("2027-03-31")
    dialog.status_box.setCurrentIndex(dialog.status_box.findData(ActionStatus.DONE))
    with qtbot.waitSignal(page.actions_changed):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert {a.title: a.status for a in session.actions()}["Write the strategy"] == ActionStatus.DONE
    assert "Done" in column(page, STATUS)
    assert page.selected_item().title == "Write the strategy"  # selection follows the row

    page.delete_selected()
    box = page.confirmation
    qtbot.waitExposed(box)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(session.actions()) == 2
    page.delete_selected()
    with qtbot.waitSignal(page.actions_changed):
        page.confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert [a.title for a in session.actions()] == ["One-page cost summary"]
    assert column(page, TITLE) == ["One-page cost summary"]


def test_go_to_indicator_emits_the_target(page, session, qtbot):
    session.add_action("4.2.1", "One-page cost summary")
    page.refresh()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.jump_requested) as jump:
        qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert jump.args == ["d4_s2_p1"]


def test_a_finalized_audit_is_read_only(page, session, qtbot):
    session.add_action("1.1.1", "Write the strategy")
    answer_everything(session)
    session.finalize()
    page.refresh()
    assert not page.banner.isHidden()
    page.table.selectRow(0)
    assert not page.add_button.isEnabled()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.go_button.isEnabled()
    page.add_action_for("d1_s1_p1")
    assert page.dialog is None
    page.delete_selected()
    assert page.confirmation is None and len(session.actions()) == 1
    qtbot.waitUntil(lambda: page._errors.last_message != "")
    assert "finalized" in page._errors.last_message


def test_a_refused_save_is_shown_in_the_dialog_and_keeps_the_text(page, session, qtbot):
    page.add_action_for("d1_s1_p1")
    dialog = page.dialog
    qtbot.keyClicks(dialog.what_edit, "Write the strategy")
    answer_everything(session)
    session.finalize()  # meanwhile, elsewhere in the application
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    assert "finalized" in dialog.error_label.text()
    assert dialog.what_edit.text() == "Write the strategy"
    assert session.actions() == []
    dialog.reject()


def test_a_target_chosen_from_the_list_shows_its_code_first(page, qtbot):
    page.add_action_for("")
    dialog = page.dialog
    edit = dialog.target_box.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "4.1.1.1")
    popup = dialog.target_box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.chosen_target() == "q4_1_1_1" and edit.text().startswith("4.1.1.1 ")
    # The cursor at the start: a long label does not push the code out of sight
    qtbot.waitUntil(lambda: edit.cursorPosition() == 0)


def test_an_action_opened_again_shows_its_targets_code_first(page, session, qtbot):
    """Opening an existing action put its target's long label in the box with the cursor at
    the end: the code scrolled out of sight (seen on the screenshot of the dialog)."""
    session.add_action("q4_1_1_1", "Write the over-indebtedness rule", "Risk manager")
    page.refresh()
    page.table.selectRow(0)
    page.edit_selected()
    edit = page.dialog.target_box.lineEdit()
    assert edit.text().startswith("4.1.1.1 ") and len(edit.text()) > 60
    assert edit.cursorPosition() == 0
    page.dialog.reject()
