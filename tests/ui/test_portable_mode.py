"""Portable mode in the window: the status bar says where the data is, and "Prepare for
removal" closes the audit and the database, says whether the drive can be removed, and lets
the user keep working (the database opens again) or quit."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from app.ui.recovery.removal_dialog import RemovalDialog


def _side_files(application) -> list[str]:
    database = application.paths.database
    return [p.name for p in database.parent.glob(database.name + "-*") if p.stat().st_size > 0]


def _prepare(qtbot, window) -> RemovalDialog:
    window.menus.removal_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialog, RemovalDialog) and window.dialog.isVisible())
    return window.dialog


def test_the_status_bar_says_portable_mode_and_where_the_data_is(
    portable_window, portable_application
):
    label = portable_window.portable_status
    assert label.isVisible()
    assert label.text() == f"Portable mode — data in {portable_application.paths.data_dir}"
    assert "Prepare for removal" in label.toolTip()
    assert portable_window.menus.removal_action.isVisible()
    assert portable_window.menus.removal_action in portable_window.menus.file_menu.actions()


def test_an_installed_copy_shows_neither(window):
    assert not window.portable_status.isVisible()
    assert not window.menus.removal_action.isVisible()


def test_prepare_for_removal_closes_the_audit_and_the_database(
    qtbot, portable_window, portable_application, portable_session
):
    window, application = portable_window, portable_application
    window.home.reload()
    window.open_audit(portable_session.audit.id)
    window.workspace.session.answer("1.1.1.1", "yes")
    dialog = _prepare(qtbot, window)
    assert dialog.ready and dialog.heading.text() == "You can remove the drive now"
    assert str(application.paths.database) in dialog.explanation.text()
    assert not dialog.retry_button.isVisible() and not dialog.problems.isVisible()
    assert window.workspace is None and window.stack.currentWidget() is window.home
    assert _side_files(application) == []  # everything is in the database file itself
    # Read as the next computer would find the file: alone, with no log beside it.
    check = sqlite3.connect(f"file:{application.paths.database}?mode=ro&immutable=1", uri=True)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("SELECT count(*) FROM revisions").fetchone()[0] >= 1
    finally:
        check.close()

    # Keep working: the list reads the database again, and audits open as before.
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None)
    assert window.home.model.rowCount() == 1
    window.home.open_selected()
    assert window.workspace.session.answers["q1_1_1_1"].value == "yes"


def test_quit_after_preparing_closes_the_window(qtbot, portable_window, portable_session):
    portable_window.home.reload()
    dialog = _prepare(qtbot, portable_window)
    assert dialog.quit_button.isDefault()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not portable_window.isVisible())


def test_a_database_still_open_elsewhere_is_not_ready_until_it_is_closed(
    qtbot, portable_window, portable_application, portable_session
):
    # Another program (or a second Jalon) reading the same database keeps its files open.
    other = sqlite3.connect(portable_application.paths.database)
    other.execute("SELECT count(*) FROM audits").fetchall()
    try:
        dialog = _prepare(qtbot, portable_window)
        assert not dialog.ready
        assert dialog.heading.text() == "Do not remove the drive yet"
        assert dialog.problems.isVisible()
        assert "still open in another Jalon window or program" in dialog.problems.text()
        assert dialog.retry_button.isVisible()
    finally:
        other.close()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert dialog.ready and not dialog.problems.isVisible()
    assert _side_files(portable_application) == []
    dialog.reject()
    qtbot.waitUntil(lambda: portable_window.dialog is None)
    assert portable_window.home.model.rowCount() == 1


def test_the_portable_mode_label_follows_a_live_language_switch(qtbot, portable_window, languages):
    languages.apply("fr")
    qtbot.waitUntil(
        lambda: portable_window.portable_status.text().startswith("Mode portable — données dans ")
    )
    assert portable_window.menus.removal_action.text() == "Préparer le retrait du &support…"
