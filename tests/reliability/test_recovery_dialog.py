"""The start-up recovery window, driven on a deliberately damaged database (never exec())."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.recovery.recovery_dialog import CHOOSING, DONE, RecoveryDialog
from tests.reliability.damage import damage_table, zero_header


def _answer(session, count: int, offset: int = 0) -> list[str]:
    names = [i.name for i in session.framework.iter_indicators() if len(i.choices) > 1]
    names = names[offset : offset + count]
    for name in names:
        session.answer(name, session.indicator(name).choices[0].name)
    return names


@pytest.fixture
def damaged(application, session):
    """Two answers backed up, two more after the backup, then the answers table damaged."""
    kept = _answer(session, 2)
    backup = application.backups.create()
    _answer(session, 2, offset=2)
    application.close()
    damage_table(application.paths.database, "answers")
    return application, session.audit.id, kept, backup


def _open(qtbot, application) -> RecoveryDialog:
    offer = application.backups.recovery_offer()
    assert offer is not None
    dialog = RecoveryDialog(application.backups, offer)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_says_what_is_wrong_and_what_restoring_loses(qtbot, damaged):
    application, _, _, backup = damaged
    dialog = _open(qtbot, application)
    assert dialog.state() == CHOOSING
    assert "database disk image is malformed" in dialog.explanation.text()
    assert "set-aside" in dialog.explanation.text()
    assert dialog.selected_backup().path == backup.path
    assert "2 change(s) made after that" in dialog.loss_label.text()
    assert dialog.restore_button.isVisible() and not dialog.empty_button.isVisible()


def test_restoring_from_the_dialog_brings_the_backup_back(qtbot, damaged):
    application, audit_id, kept, _ = damaged
    damaged_bytes = application.paths.database.read_bytes()
    dialog = _open(qtbot, application)
    with qtbot.waitSignal(dialog.restored) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.state() == DONE and dialog.continue_button.isVisible()
    assert signal.args[0].set_aside.read_bytes() == damaged_bytes
    assert str(signal.args[0].set_aside) in dialog.explanation.text()
    assert application.backups.recovery_offer() is None
    assert set(application.audits.open(audit_id).answers) == set(kept)


def test_damaged_backups_cannot_be_chosen(qtbot, damaged):
    application, _, _, backup = damaged
    zero_header(backup.path)
    dialog = _open(qtbot, application)
    assert dialog.selected_backup() is None
    assert not dialog.restore_button.isVisible()
    assert dialog.empty_button.isVisible()
    assert "No usable backup" in dialog.explanation.text()


def test_without_any_backup_jalon_can_start_empty_keeping_the_damaged_file(qtbot, damaged):
    application, _, _, backup = damaged
    for info in application.backups.list():
        info.path.unlink()
    damaged_bytes = application.paths.database.read_bytes()
    dialog = _open(qtbot, application)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.state() == DONE
    assert not application.paths.database.exists()
    (kept,) = (application.paths.data_dir / "set-aside").glob("*.sqlite3")
    assert kept.read_bytes() == damaged_bytes
    assert application.audits.list() == []  # a new, empty database


def test_quitting_changes_nothing(qtbot, damaged):
    application, _, _, _ = damaged
    before = application.paths.database.read_bytes()
    dialog = _open(qtbot, application)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert application.paths.database.read_bytes() == before
