"""Finalize and reopen, driven through the dialogs on a real audit (never exec())."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.workspace.finalize_dialog import BLOCKED, DONE, READY, FinalizeDialog, seal_groups
from app.ui.workspace.reopen_dialog import ReopenDialog
from tests.audit_filler import answer_everything


@pytest.fixture
def open_dialog(qtbot, session):
    def make() -> FinalizeDialog:
        dialog = FinalizeDialog(session, "en")
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def test_blockers_are_listed_by_dimension_and_a_click_jumps(open_dialog, session, qtbot):
    session.answer("1.1.1.1", "yes")
    dialog = open_dialog()
    blockers = session.blockers()
    assert dialog.state() == BLOCKED and dialog.blockers() == blockers
    assert f"{len(blockers)} item(s) need attention" in dialog.explanation.text()
    tree = dialog.blocker_tree
    sections = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert sum(s.childCount() for s in sections) == len(blockers)
    assert sections[0].text(0).startswith("0  Organization Information (")
    assert not dialog.finalize_button.isVisible() and dialog.go_first_button.isVisible()
    child = sections[0].child(0)
    assert child.text(0) == f"{blockers[0].code} is mandatory and has no answer"
    with qtbot.waitSignal(dialog.jump_requested) as jump:
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(child).center()
        )
    assert jump.args == [blockers[0].indicator]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not session.audit.is_finalized


def test_go_to_the_first_blocker(open_dialog, session, qtbot):
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.jump_requested) as jump:
        qtbot.mouseClick(dialog.go_first_button, Qt.MouseButton.LeftButton)
    assert jump.args == [session.blockers()[0].indicator]


def test_finalize_locks_and_shows_the_seal(open_dialog, session, qtbot):
    answer_everything(session)
    dialog = open_dialog()
    assert dialog.state() == READY and dialog.finalize_button.isVisible()
    with qtbot.waitSignal(dialog.finalized):
        qtbot.mouseClick(dialog.finalize_button, Qt.MouseButton.LeftButton)
    assert session.audit.is_finalized and len(session.audit.seal) == 64
    assert dialog.state() == DONE
    assert dialog.seal_label.text() == seal_groups(session.audit.seal)
    assert dialog.seal_label.text().replace(" ", "").replace("\n", "") == session.audit.seal
    assert "Tester" in dialog.explanation.text()
    assert "matches" in dialog.seal_note.text()
    assert not dialog.finalize_button.isVisible()


def test_a_finalized_audit_opens_on_its_seal(open_dialog, session):
    answer_everything(session)
    session.finalize()
    dialog = open_dialog()
    assert dialog.state() == DONE
    assert dialog.seal_label.text() == seal_groups(session.audit.seal)


def test_a_refusal_is_shown_as_a_message_and_the_blockers_come_back(open_dialog, session, qtbot):
    answer_everything(session)
    dialog = open_dialog()
    session.clear("1.1.1.1")  # meanwhile, in the workspace
    qtbot.mouseClick(dialog.finalize_button, Qt.MouseButton.LeftButton)
    assert not session.audit.is_finalized
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("The audit cannot be finalized yet")
    assert "Traceback" not in dialog.error_label.text()
    assert dialog.state() == BLOCKED
    assert [b.indicator for b in dialog.blockers()] == ["q1_1_1_1"]


def test_reopen_needs_a_reason(qtbot, session, application):
    answer_everything(session)
    seal = session.finalize().seal
    dialog = ReopenDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert not dialog.reopen_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.reopen_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "Board asked to correct pricing answers")
    assert dialog.reopen_button.isEnabled()
    with qtbot.waitSignal(dialog.reopened):
        qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not session.audit.is_finalized
    event = application.audits.events(session.audit)[-1]
    assert event.kind == "reopened"
    assert event.detail == {
        "reason": "Board asked to correct pricing answers",
        "previous_seal": seal,
    }


def test_reopen_refusal_is_a_clear_message(qtbot, session):
    dialog = ReopenDialog(session)  # the audit is a draft: nothing to reopen
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.reason_edit, "Just because")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The audit is not finalized"
    assert dialog.reason() == "Just because"
    dialog.reject()


def test_enter_on_the_focused_reopen_button_reopens_and_enter_in_the_reason_does_not(
    qtbot, session
):
    """Tab from the reason to Reopen, Enter: the window closed as Cancel (the default button)
    and the reason typed was gone."""
    answer_everything(session)
    session.finalize()
    dialog = ReopenDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.reason_edit, "Board asked to correct pricing answers")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # a new line, nothing else
    assert dialog.isVisible() and session.audit.is_finalized
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reopen_button
    with qtbot.waitSignal(dialog.reopened):
        qtbot.keyClick(dialog.reopen_button, Qt.Key.Key_Return)
    assert not session.audit.is_finalized
