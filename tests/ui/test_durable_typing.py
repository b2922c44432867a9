"""What is typed is written without the user doing anything: half a second after the last
keystroke, when the desktop session ends, and the audit reopens where it was left."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.shell.main_window import MainWindow
from app.ui.shell.shutdown_guard import ShutdownGuard
from app.ui.workspace.typing_pause import PAUSE_MS


def _stored(application, workspace, name):
    return application.audits.open(workspace.session.audit.id).answer_of(name)


def test_a_comment_is_saved_when_typing_pauses_while_the_field_keeps_the_focus(
    qtbot, application, workspace
):
    workspace.go_to("1.1.1.1")
    comment = workspace.page.comment
    comment.setFocus()
    # The field waits at most half a second after the last keystroke before saving.
    assert [t.interval() for t in comment.findChildren(QTimer) if t.isSingleShot()] == [PAUSE_MS]
    assert PAUSE_MS <= 500
    with qtbot.waitSignal(workspace.autosave.saved, timeout=5000):
        qtbot.keyClicks(comment, "Seen the minutes")
    assert _stored(application, workspace, "1.1.1.1").comment == "Seen the minutes"
    assert QApplication.focusWidget() is comment
    assert comment.toPlainText() == "Seen the minutes"


def test_a_not_applicable_reason_is_saved_when_typing_pauses(qtbot, application, workspace):
    workspace.go_to("1.1.1.2")
    page = workspace.page
    page.not_applicable.click()
    assert QApplication.focusWidget() is page.reason
    with qtbot.waitSignal(workspace.autosave.saved, timeout=5000):
        qtbot.keyClicks(page.reason, "No rural branches yet")
    assert _stored(application, workspace, "1.1.1.2").na_reason == "No rural branches yet"
    assert QApplication.focusWidget() is page.reason
    assert not page.reason_problem.isVisible()


def test_organization_information_is_saved_when_typing_pauses_and_not_rewritten(
    qtbot, application, workspace
):
    workspace.go_to("0.5")
    staff = workspace.pages.currentWidget().editors["org_staff"]
    staff.field.setFocus()
    with qtbot.waitSignal(workspace.autosave.saved, timeout=5000):
        qtbot.keyClicks(staff.field, "120")
    assert _stored(application, workspace, "org_staff").value == 120
    assert staff.field.text() == "120"
    assert QApplication.focusWidget() is staff.field


def test_the_end_of_the_desktop_session_saves_what_is_being_typed(
    qtbot, qapp, application, window, workspace
):
    before = qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)"))
    guard = ShutdownGuard(qapp, save=window.flush_workspace, quit=lambda: None)
    try:
        # Connected to what Qt's session management emits before the session ends.
        assert qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) == before + 1
        workspace.go_to("1.1.1.1")
        workspace.page.comment.setFocus()
        qtbot.keyClicks(workspace.page.comment, "Typed as the laptop logs out")
        guard.session_ending(None)
        assert _stored(application, workspace, "1.1.1.1").comment == "Typed as the laptop logs out"
    finally:
        guard.release()
        guard.deleteLater()


def test_an_audit_reopens_at_the_question_last_visited(
    qtbot, application, languages, settings, window, session
):
    window.home.reload()
    window.open_audit(session.audit.id)
    first = window.workspace.current
    window.workspace.go_to("2.1.1.1")
    window.close_audit()
    window.open_audit(session.audit.id)
    assert window.workspace.current == "q2_1_1_1" != first
    assert window.workspace.navigator.tree.currentIndex().data().startswith("2.1.1.1")

    # Also in the next run of the program, which reads the same settings file.
    window.close()
    again = MainWindow(application, languages, settings)
    try:
        again.open_audit(session.audit.id[:6])
        assert again.workspace.current == "q2_1_1_1"
    finally:
        again.close()
        again.deleteLater()


def test_flagging_right_after_typing_a_reason_keeps_the_not_applicable_and_its_reason(
    qtbot, application, window, workspace
):
    """Ctrl+L pressed within half a second of the last keystroke of a reason: the page was
    redrawn from the stored answer (not yet "not applicable"), the box unticked and the
    reason lost."""
    workspace.go_to("1.1.1.2")
    page = workspace.page
    page.not_applicable.click()
    qtbot.keyClicks(page.reason, "No rural branches yet")
    window.commands.flag.trigger()  # Ctrl+L, the focus staying in the reason
    stored = _stored(application, workspace, "1.1.1.2")
    assert stored.flagged
    assert stored.is_not_applicable and stored.na_reason == "No rural branches yet"
    assert page.not_applicable.isChecked() and page.flag.isChecked()
    assert page.reason.text() == "No rural branches yet" and page.reason.isEnabled()
