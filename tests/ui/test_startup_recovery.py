"""Start-up with a damaged database: the recovery window is offered before the audit list, a
restore makes the application open the restored data, and quitting leaves the file alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.ui.recovery.recovery_dialog import CHOOSING, DONE, RecoveryDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.main_window_app import recover_if_damaged
from tests.reliability.damage import damage_table


def _answer(session, count: int, offset: int = 0) -> list[str]:
    names = [i.name for i in session.framework.iter_indicators() if len(i.choices) > 1]
    for name in names[offset : offset + count]:
        session.answer(name, session.indicator(name).choices[0].name)
    return names[offset : offset + count]


@pytest.fixture
def damaged(application, session):
    """Three answers in a backup, two more after it, then the answers table damaged (as a
    power cut in the middle of a write to a failing stick would)."""
    kept = _answer(session, 3)
    application.backups.create()
    _answer(session, 2, offset=3)
    application.close()
    damage_table(application.paths.database, "answers")
    return session.audit.id, kept


def _click_through(qtbot, button: str):
    """A stand-in for the modal exec(): open the window, click `button`, then Continue."""
    seen: list[str] = []  # what each window said before the click

    def run(dialog: RecoveryDialog) -> None:
        dialog.open()
        qtbot.waitExposed(dialog)
        assert dialog.state() == CHOOSING
        seen.append(dialog.explanation.text())
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        if dialog.state() == DONE:
            qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    return run, seen


def _main_window(qtbot, application, languages, settings) -> MainWindow:
    window = MainWindow(application, languages, settings)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_restore_from_the_start_up_window_opens_the_restored_audits(
    qtbot, application, languages, settings, damaged
):
    audit_id, kept = damaged
    run, seen = _click_through(qtbot, "restore_button")
    assert recover_if_damaged(application, run)
    assert len(seen) == 1 and "malformed" in seen[0]
    window = _main_window(qtbot, application, languages, settings)
    try:
        assert window.home.selected().id == audit_id
        window.home.open_selected()
        assert window.workspace is not None
        assert set(window.workspace.session.answers) == set(kept)
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_quitting_the_window_stops_start_up_and_leaves_the_file(qtbot, application, damaged):
    before = application.paths.database.read_bytes()
    run, seen = _click_through(qtbot, "quit_button")
    assert not recover_if_damaged(application, run)
    assert seen and application.paths.database.read_bytes() == before


def test_closing_the_window_after_a_restore_still_goes_on(qtbot, application, damaged):
    audit_id, kept = damaged

    def run(dialog: RecoveryDialog) -> None:
        dialog.open()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        dialog.reject()  # the window's close button instead of Continue

    assert recover_if_damaged(application, run)
    assert set(application.audits.open(audit_id).answers) == set(kept)


def test_a_sound_database_opens_without_the_window(application, session):
    application.close()
    shown = []
    assert recover_if_damaged(application, shown.append)
    assert shown == []
