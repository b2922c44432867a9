"""Faults at the storage boundary: full disk, read-only medium, locked database, failing drive,
data folder deleted or replaced while Jalon runs.

Each fault must give a clear message, leave what is on screen (the session's memory) as it
was, leave the file sound and unchanged, and the same action must succeed once the condition
clears. Faults are made by SQLite itself where it can (max_page_count for a full disk,
query_only for a read-only medium, a second connection holding the write lock), or by a real
connection whose writes fail (a dying drive), or by really deleting and replacing files.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3

import pytest

from app.models.text_rule import ACTION_TITLE, COMMENT
from app.services.audit_service import AuditService
from app.services.identity import Identity
from app.storage.database import Database
from app.storage.storage_error import StorageError
from app.storage.store import Store

NO_LIMIT = 1_073_741_823
BIG = 300_000  # bytes: more than the free space left in any page of the file
# Texts as long as a person may save (comments 20,000 characters, action descriptions 2,000),
# in characters of four UTF-8 bytes: 80 kB and 8 kB, more than a page's free space.
WIDE = "\U0001d52a"


def _questions(session) -> list[str]:
    return [i.name for i in session.framework.iter_indicators() if len(i.choices) > 1]


def _screen(session) -> tuple:
    """What the user sees of the audit: answers, evidence, action plan, the audit itself."""
    return (dict(session.answers), session.evidence(), session.actions(), session.audit)


def _file_state(database: Database) -> tuple:
    connection = sqlite3.connect(database.path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("revisions", "answers", "evidence", "actions", "audit_events")
        )
    finally:
        connection.close()


def _change_comment(session):
    return session.comment(_questions(session)[0], WIDE * COMMENT.limit)


def _change_answer(session):
    """A real change every time: the answer moves to a choice it does not have now."""
    name = _questions(session)[1]
    current = session.answer_of(name).value
    choice = next(c.name for c in session.indicator(name).choices if c.name != current)
    return session.answer(name, choice)


def _change_evidence(session, tmp_path):
    document = tmp_path / "minutes.pdf"
    document.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * (BIG // 256))
    return session.attach_evidence(_questions(session)[0], document)


def _change_action(session):
    return session.add_action(_questions(session)[0], WIDE * ACTION_TITLE.limit)


CHANGES = {
    "comment": lambda session, tmp_path: _change_comment(session),
    "evidence": _change_evidence,
    "action": lambda session, tmp_path: _change_action(session),
}


@pytest.fixture
def worked(session):
    """A draft with a few answers already saved."""
    for name in _questions(session)[:5]:
        session.answer(name, session.indicator(name).choices[0].name)
    return session


def _assert_refused_cleanly(session, database, change, message):
    screen, state = _screen(session), _file_state(database)
    with pytest.raises(StorageError, match=message):
        change()
    assert _screen(session) == screen, "what is on screen must not move"
    assert _file_state(database) == state, "the file must be sound and unchanged"


# --- full disk -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_full_disk_refuses_cleanly_then_recovers(worked, application, tmp_path, kind):
    database = application.store.database
    pages = database.execute("PRAGMA page_count").fetchone()[0]
    database.execute(f"PRAGMA max_page_count = {pages}")  # not one page more: the disk is full
    _assert_refused_cleanly(
        worked, database, lambda: CHANGES[kind](worked, tmp_path), "is full; nothing was saved"
    )
    database.execute(f"PRAGMA max_page_count = {NO_LIMIT}")  # space was freed
    CHANGES[kind](worked, tmp_path)
    screen = _screen(worked)
    application.close()
    assert _screen(application.audits.open(worked.audit.id))[:3] == screen[:3]


def test_a_small_answer_on_a_full_disk_is_refused_too(worked, application):
    database = application.store.database
    pages = database.execute("PRAGMA page_count").fetchone()[0]
    database.execute(f"PRAGMA max_page_count = {pages}")
    # Fill every free byte first, as the other programs on a full disk do.
    with pytest.raises(StorageError):
        for index in range(10_000):
            worked.comment(_questions(worked)[2 + index % 40], f"note {index}")
    _assert_refused_cleanly(worked, database, lambda: _change_answer(worked), "is full")
    database.execute(f"PRAGMA max_page_count = {NO_LIMIT}")
    saved = _change_answer(worked)
    assert worked.history(saved.indicator)[-1].id == saved.revision_id


# --- read-only medium ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_read_only_medium_refuses_cleanly_then_recovers(worked, application, tmp_path, kind):
    database = application.store.database
    database.execute("PRAGMA query_only = ON")  # SQLite refuses every write, as on a locked card
    _assert_refused_cleanly(
        worked, database, lambda: CHANGES[kind](worked, tmp_path), "read-only medium"
    )
    database.execute("PRAGMA query_only = OFF")
    CHANGES[kind](worked, tmp_path)


# --- locked database -----------------------------------------------------------------------------


def test_a_database_locked_by_another_program_gives_a_clear_message(worked, application):
    path, backups = application.paths.database, application.paths.backups
    application.close()
    store = Store(Database(path, backups, busy_timeout_ms=50))
    try:
        session = AuditService(store, Identity("Awa", "site")).open(worked.audit.id)
        other = sqlite3.connect(path)
        other.execute("BEGIN IMMEDIATE")  # another window in the middle of a write
        _assert_refused_cleanly(
            session, store.database, lambda: _change_answer(session), "in use by another"
        )
        other.rollback()
        other.close()
        saved = _change_answer(session)
        assert session.history(saved.indicator)[-1].id == saved.revision_id
    finally:
        store.close()


# --- failing drive -------------------------------------------------------------------------------


class FailingDrive:
    """A real SQLite connection on a drive whose writes fail (a dying disk, a pulled cable)."""

    WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT")

    def __init__(self, real: sqlite3.Connection):
        self._real = real
        self.failing = True

    def execute(self, sql: str, params=()):
        if self.failing and sql.lstrip().upper().startswith(self.WRITES):
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE  # as SQLite's own carry it
            error.sqlite_errorname = "SQLITE_IOERR_WRITE"
            raise error
        return self._real.execute(sql, params)

    def __getattr__(self, name):
        return getattr(self._real, name)


def test_a_failing_drive_refuses_cleanly_then_recovers(worked, application, tmp_path):
    database = application.store.database
    drive = FailingDrive(database.connection)
    database.connection = drive
    _assert_refused_cleanly(
        worked, database, lambda: _change_answer(worked), "reported a read or write error"
    )
    drive.failing = False
    saved = _change_answer(worked)
    assert worked.history(saved.indicator)[-1].id == saved.revision_id


# --- data folder deleted, moved or replaced while in use -----------------------------------------


def test_a_data_folder_deleted_while_in_use_is_recreated_with_everything(
    worked, application, caplog
):
    before = dict(worked.answers)
    shutil.rmtree(application.paths.data_dir)  # a clean-up tool, or a wrong click
    with caplog.at_level(logging.WARNING, logger="jalon.storage"):
        saved = _change_answer(worked)
    assert "disappeared while in use; recreated" in caplog.text
    application.close()
    reopened = application.audits.open(worked.audit.id)
    assert {k: v for k, v in reopened.answers.items() if k != saved.indicator} == {
        k: v for k, v in before.items() if k != saved.indicator
    }
    assert reopened.answers[saved.indicator].revision_id == saved.revision_id
    assert application.store.database.integrity_problems() == []


def test_a_vanished_drive_gives_a_clear_message_and_a_new_start(tmp_path, catalog):
    from app.composition import Application
    from app.paths import AppPaths

    medium = tmp_path / "usb-stick"
    application = Application(AppPaths(medium / "jalon-data"), author="Awa")
    application.catalog = catalog
    audit = application.audits.create(catalog.default(), "Caisse de Test")
    session = application.audits.open(audit.id)
    _change_answer(session)
    screen = _screen(session)
    shutil.rmtree(medium)  # the whole medium is gone: nothing may be created in its place
    with pytest.raises(StorageError, match="has disappeared"):
        _change_answer(session)
    assert _screen(session) == screen
    assert not medium.exists()
    application.close()
    # Next start: a new, empty database where the folder was.
    assert application.audits.list() == []


def test_a_database_replaced_while_in_use_is_not_written(worked, application):
    database = application.store.database
    stranger = application.paths.data_dir / "other.sqlite3"
    Database(stranger).close()
    screen = _screen(worked)
    stranger.replace(application.paths.database)
    with pytest.raises(StorageError, match="replaced by another file"):
        _change_answer(worked)
    assert _screen(worked) == screen
    assert database.integrity_problems() == []
