"""The action dialog keeps what is typed as a comment field does: written at a typing pause and
when the audit closes, taken back only by the person's Cancel (tests/reliability has the stop
signals, in a real process)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models.action_item import ActionStatus
from app.ui.workspace.action_plan.action_dialog import ActionDialog


def open_dialog(qtbot, workspace, question: str = "1.1.1.1") -> ActionDialog:
    workspace.go_to(question)
    workspace.commands.add_action.trigger()
    qtbot.waitUntil(lambda: isinstance(workspace.action_plan.dialog, ActionDialog))
    return workspace.action_plan.dialog


def stored(application, workspace) -> list[tuple[str, str]]:
    """The actions as another reader of the database sees them."""
    actions = application.audits.open(workspace.session.audit.id).actions()
    return [(a.title, a.owner) for a in actions]


def test_a_typing_pause_writes_the_action_with_the_dialog_still_open(qtbot, application, workspace):
    dialog = open_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.what_edit, "Publish the complaints procedure")
    assert stored(application, workspace) == []  # not before the pause
    qtbot.waitUntil(lambda: stored(application, workspace) != [], timeout=3000)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.owner_edit, "Operations manager")
    qtbot.waitUntil(
        lambda: (
            stored(application, workspace)
            == [("Publish the complaints procedure", "Operations manager")]
        ),
        timeout=3000,
    )
    assert workspace.action_plan.model.rowCount() == 1  # one action, updated in place


def test_closing_the_audit_keeps_what_is_typed_without_a_pause(
    qtbot, application, window, workspace
):
    dialog = open_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.what_edit, "Train loan officers")
    window.close_audit()
    assert stored(application, workspace) == [("Train loan officers", "")]


def test_cancel_removes_a_new_action_written_by_a_pause(qtbot, application, workspace):
    dialog = open_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.what_edit, "Draft that will be cancelled")
    qtbot.waitUntil(lambda: stored(application, workspace) != [], timeout=3000)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: workspace.action_plan.dialog is None)
    assert stored(application, workspace) == []
    assert workspace.action_plan.model.rowCount() == 0


def test_escape_puts_an_edited_action_back_as_it_was(qtbot, application, workspace):
    dialog = open_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.what_edit, "Board approves the strategy")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: workspace.action_plan.dialog is None)
    workspace.action_plan.table.selectRow(0)
    workspace.action_plan.edit_selected()
    dialog = workspace.action_plan.dialog
    dialog.what_edit.selectAll()
    qtbot.keyClicks(dialog.what_edit, "Something else")
    qtbot.waitUntil(
        lambda: stored(application, workspace) == [("Something else", "")], timeout=3000
    )
    qtbot.keyClick(dialog.what_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: workspace.action_plan.dialog is None)
    assert stored(application, workspace) == [("Board approves the strategy", "")]


def test_a_dropped_action_is_kept_once_its_reason_is_typed(qtbot, application, workspace):
    dialog = open_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.what_edit, "Open a branch in Kolda")
    qtbot.waitUntil(lambda: stored(application, workspace) != [], timeout=3000)
    dialog.status_box.setCurrentIndex(dialog.status_box.findData(ActionStatus.DROPPED))
    dialog.keep()  # no reason yet: not a step the plan accepts, nothing written, no error
    assert not dialog.error_label.isVisible()
    (action,) = application.audits.open(workspace.session.audit.id).actions()
    assert action.status != ActionStatus.DROPPED
    qtbot.keyClicks(dialog.reason_edit, "The board closed the project")
    qtbot.waitUntil(
        lambda: (
            [a.reason for a in application.audits.open(workspace.session.audit.id).actions()]
            == ["The board closed the project"]
        ),
        timeout=3000,
    )
