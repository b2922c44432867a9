"""From the first answer to a finalized audit and back, through the workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui.workspace.action_plan.action_dialog import ActionDialog
from app.ui.workspace.finalize_dialog import BLOCKED, READY, FinalizeDialog
from app.ui.workspace.organization.organization_form_page import OrganizationFormPage
from app.ui.workspace.reopen_dialog import ReopenDialog
from tests.audit_filler import answer_everything


def test_dashboard_follows_every_answer(qtbot, window, workspace):
    workspace.commands.dashboard.trigger()
    dashboard = workspace.dashboard
    assert workspace.tabs.currentWidget() is dashboard
    before = dashboard.score_label.text()
    workspace.go_to("1.1.1.1")
    workspace.page.editor.choose(2)  # "no": the first score shows, 0 %
    workspace.commands.dashboard.trigger()
    assert dashboard.score_label.text() == "0.0%" != before
    assert "Partial" in dashboard.coverage_marker.text()
    workspace.go_to("1.1.2.1")
    workspace.page.editor.choose(0)  # yes
    workspace.commands.dashboard.trigger()
    assert dashboard.score_label.text() == "50.0%"  # a tenth, as the PDF prints it
    assert workspace.header.score.text() == "Score 50.0%"


def test_dashboard_jumps_to_a_question(qtbot, workspace):
    workspace.commands.dashboard.trigger()
    workspace.dashboard.jump_requested.emit("q4_2_1_1")
    assert workspace.tabs.currentIndex() == 0 and workspace.page.indicator.code == "4.2.1.1"


def test_add_an_action_for_the_current_question(qtbot, application, workspace):
    workspace.go_to("1.1.1.1")
    workspace.commands.add_action.trigger()
    qtbot.waitUntil(lambda: isinstance(workspace.action_plan.dialog, ActionDialog))
    dialog = workspace.action_plan.dialog
    qtbot.keyClicks(dialog.what_edit, "Write the social strategy and have the board approve it")
    qtbot.keyClicks(dialog.owner_edit, "Operations manager")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: workspace.action_plan.dialog is None)
    actions = application.audits.open(workspace.session.audit.id).actions()
    assert [(a.target, a.owner) for a in actions] == [("q1_1_1_1", "Operations manager")]
    assert workspace.action_plan.model.rowCount() == 1
    assert workspace.tabs.currentWidget() is workspace.action_plan


def test_finalize_is_blocked_and_jumps_to_the_first_missing(qtbot, workspace):
    workspace.go_to("4.2.1.1")
    workspace.commands.finalize.trigger()
    qtbot.waitUntil(
        lambda: isinstance(workspace.dialog, FinalizeDialog) and workspace.dialog.isVisible()
    )
    dialog = workspace.dialog
    assert dialog.state() == BLOCKED
    first = dialog.blockers()[0]
    qtbot.mouseClick(dialog.go_first_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.dialog is None)
    assert workspace.current == first.indicator
    # The first missing answer is in Organization Information: its form, on that field.
    form = workspace.pages.currentWidget()
    assert isinstance(form, OrganizationFormPage)
    qtbot.waitUntil(lambda: form.editors[first.indicator].isAncestorOf(QApplication.focusWidget()))
    assert not workspace.session.audit.is_finalized


def test_complete_finalize_then_reopen_with_a_reason(qtbot, application, window, workspace):
    answer_everything(workspace.session)
    workspace.commands.finalize.trigger()
    qtbot.waitUntil(lambda: isinstance(workspace.dialog, FinalizeDialog))
    dialog = workspace.dialog
    assert dialog.state() == READY
    qtbot.mouseClick(dialog.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.session.audit.is_finalized)
    dialog.close()
    assert application.audits.get(workspace.session.audit.id).is_finalized
    # Read-only everywhere: answers, the flag, and the commands that change things.
    workspace.go_to("1.1.1.1")
    page = workspace.page
    assert not page.editor.buttons[0].isEnabled() and not page.flag.isEnabled()
    assert page.notice.isVisible() and "finalized" in page.notice.text()
    assert not workspace.commands.finalize.isEnabled() and workspace.commands.reopen.isEnabled()
    assert workspace.header.status.text() == "Finalized"

    workspace.commands.reopen.trigger()
    qtbot.waitUntil(lambda: isinstance(workspace.dialog, ReopenDialog))
    reopen = workspace.dialog
    assert not reopen.reopen_button.isEnabled()  # no reason yet
    qtbot.keyClicks(reopen.reason_edit, "The board asked to correct the pricing answers")
    qtbot.mouseClick(reopen.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not workspace.session.audit.is_finalized)
    events = application.audits.events(workspace.session.audit)
    assert events[-1].kind == "reopened"
    assert events[-1].detail["reason"] == "The board asked to correct the pricing answers"
    assert page.editor.buttons[0].isEnabled() and not page.notice.isVisible()
    assert workspace.header.status.text() == "Draft"
