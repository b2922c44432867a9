"""Backups: consistent self-contained copies, rotation, schedule, and restore of a damaged file."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from app.composition import Application
from app.models.errors import JalonError
from app.paths import AppPaths
from app.services.audit_service import AuditService
from app.services.backup_service import BackupService
from app.services.identity import Identity
from app.storage.backup_archive import BackupArchive
from app.storage.database import Database
from app.storage.storage_error import DatabaseDamagedError, StorageError
from app.storage.store import Store
from tests.reliability.damage import damage_table, truncate_half, zero_header


def _answer_some(session, count: int, offset: int = 0) -> list[str]:
    names = []
    for indicator in session.framework.iter_indicators():
        if len(indicator.choices) > 1 and not indicator.constraint:
            names.append(indicator.name)
    chosen = names[offset : offset + count]
    for name in chosen:
        session.answer(name, session.indicator(name).choices[0].name)
    return chosen


def _archive(application: Application) -> BackupArchive:
    return BackupArchive(application.paths.database, application.paths.backups)


class Clock:
    """The service's notion of "now", moved by the test instead of waiting an hour."""

    def __init__(self):
        self.now = datetime(2030, 1, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


# --- the archive ---------------------------------------------------------------------------------


def test_a_backup_is_one_checked_self_contained_file(session, application):
    _answer_some(session, 5)
    info = _archive(application).create("manual")
    assert info.path.name.startswith("jalon-") and info.path.name.endswith("-manual.sqlite3")
    assert not info.path.with_name(info.path.name + "-wal").exists()
    assert not list(application.paths.backups.glob("*.partial"))
    copy = sqlite3.connect(info.path)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert copy.execute("SELECT count(*) FROM revisions").fetchone() == (5,)
    copy.close()
    archive = _archive(application)
    assert archive.health(info).ok
    assert archive.summary(info).revisions == 5


def test_a_damaged_database_is_not_backed_up_and_good_backups_survive(session, application):
    _answer_some(session, 5)
    _archive(application).create("scheduled")
    application.close()
    good = _archive(application).list()
    damage_table(application.paths.database)
    with pytest.raises(StorageError, match="damaged"):
        _archive(application).create("scheduled")
    assert _archive(application).list() == good
    assert not list(application.paths.backups.glob("*.partial"))


def test_rotation_keeps_the_newest_automatic_backups_and_every_manual_one(session, application):
    _answer_some(session, 1)
    archive = _archive(application)
    manual = archive.create("manual")
    automatic = [archive.create("scheduled" if i % 2 else "before-merge") for i in range(6)]
    removed = archive.prune(keep=4)
    assert {r.path for r in removed} == {a.path for a in automatic[:2]}
    left = {b.path for b in archive.list()}
    assert left == {manual.path, *(a.path for a in automatic[2:])}


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file_aside(session, application):
    first = _answer_some(session, 3)
    backup = _archive(application).create("manual")
    _answer_some(session, 4, offset=3)
    application.close()
    damage_table(application.paths.database)
    damaged = application.paths.database.read_bytes()
    aside = _archive(application).restore(backup)
    assert aside.read_bytes() == damaged
    database = Database(application.paths.database)
    heads = {r[0] for r in database.execute("SELECT indicator FROM answers")}
    assert heads == set(first)
    assert database.integrity_problems() == []
    database.close()


def test_restore_moves_the_wal_with_the_file_it_belongs_to(session, application):
    _answer_some(session, 2)
    backup = _archive(application).create("manual")
    _answer_some(session, 2, offset=2)
    # A second connection keeps the WAL from being folded into the file, as a crash would.
    holder = sqlite3.connect(application.paths.database)
    holder.execute("SELECT 1 FROM audits").fetchall()
    application.close()
    aside = _archive(application).restore(backup)
    holder.close()
    assert aside.with_name(aside.name + "-wal").exists()
    assert not application.paths.database.with_name("jalon.sqlite3-wal").exists() or (
        application.paths.database.with_name("jalon.sqlite3-wal").stat().st_size == 0
    )
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT count(*) FROM revisions").fetchone() == (4,)
    kept.close()


def test_a_damaged_backup_is_never_restored(session, application):
    _answer_some(session, 2)
    backup = _archive(application).create("manual")
    truncate_half(backup.path)
    before = application.paths.database.read_bytes()
    with pytest.raises(StorageError, match="cannot be restored"):
        _archive(application).restore(backup)
    assert application.paths.database.read_bytes() == before


@pytest.mark.parametrize("damage", [damage_table, zero_header, truncate_half])
def test_damage_is_reported_as_damage_when_the_database_is_used(application, session, damage):
    _answer_some(session, 3)
    audit_id = session.audit.id
    application.close()
    damage(application.paths.database)
    with pytest.raises(DatabaseDamagedError):
        application.audits.open(audit_id)


# --- the schedule --------------------------------------------------------------------------------


@pytest.fixture
def work(tmp_path, default_framework):
    """A store with one audit, watched by a backup service whose clock the test moves."""
    paths = AppPaths(tmp_path / "data")
    store = Store.open(paths.database, paths.backups)
    audits = AuditService(store, Identity("Awa", "site-1"))
    session = audits.open(audits.create(default_framework, "Caisse de Test").id)
    clock = Clock()

    def watched(keep: int = 10) -> BackupService:
        service = BackupService(
            BackupArchive(paths.database, paths.backups), keep=keep, clock=clock
        )
        service.watch(store.database)
        return service

    yield session, clock, watched, paths
    store.close()


def test_schedule_is_at_most_once_per_hour_of_work_and_never_while_idle(work):
    session, clock, watched, _ = work
    service = watched()  # a database with content and no backup: backed up at once
    assert [b.reason for b in service.list()] == ["scheduled"]
    _answer_some(session, 3)
    clock.now += timedelta(minutes=59)
    _answer_some(session, 1, offset=3)
    assert len(service.list()) == 1
    clock.now += timedelta(minutes=2)
    _answer_some(session, 1, offset=4)
    assert len(service.list()) == 2
    clock.now += timedelta(hours=5)  # idle: no change, no backup, even at close
    service.at_close()
    assert len(service.list()) == 2


def test_a_new_installation_gets_its_first_backup_when_its_first_session_ends(tmp_path, catalog):
    application = Application(AppPaths(tmp_path / "data"), author="Awa")
    application.catalog = catalog
    audit = application.audits.create(catalog.default(), "Caisse Nouvelle")
    _answer_some(application.audits.open(audit.id), 2)
    assert application.backups.list() == []
    application.close()
    (backup,) = application.backups.list()
    assert backup.reason == "scheduled" and application.backups.summary(backup).revisions == 2


def test_rotation_applies_to_scheduled_backups(work):
    session, clock, watched, _ = work
    service = watched(keep=3)
    for offset in range(6):
        clock.now += timedelta(hours=1)
        _answer_some(session, 1, offset=offset)
    assert len(service.list()) == 3


def test_a_failed_scheduled_backup_does_not_fail_the_change(work, caplog):
    session, clock, watched, paths = work
    watched()
    backups = paths.backups
    for backup in backups.iterdir():
        backup.unlink()
    backups.rmdir()
    backups.write_text("a file where the backups folder should be")
    clock.now += timedelta(hours=2)
    with caplog.at_level(logging.WARNING, logger="jalon.backup"):
        (name,) = _answer_some(session, 1)
    assert "scheduled backup not made" in caplog.text
    assert session.answer_of(name).is_answered
    assert session.history(name)[-1].value == session.answer_of(name).value


def test_before_a_risky_operation_names_the_reason(application, session):
    _answer_some(session, 1)
    info = application.backups.before("workbook-import")
    assert info.reason == "before-workbook-import" and info.automatic
    with pytest.raises(JalonError, match="invalid backup reason"):
        application.backups.before("../escape")


# --- recovery ------------------------------------------------------------------------------------


def test_a_sound_database_needs_no_recovery(application, session):
    _answer_some(session, 1)
    assert application.backups.recovery_offer() is None


def test_recovery_offers_the_newest_good_backup_and_says_what_is_lost(application, session):
    _answer_some(session, 2)
    archive = _archive(application)
    good = archive.create("scheduled")
    bad = archive.create("scheduled")
    zero_header(bad.path)  # the newest backup is damaged too: it must be skipped
    application.close()
    zero_header(application.paths.database)
    offer = application.backups.recovery_offer()
    assert offer.backup.path == good.path
    assert "not an SQLite database" in offer.problem
    assert offer.loss.changes is None  # a file with no header cannot be counted


def test_loss_is_counted_when_the_damaged_file_still_tells(application, session):
    _answer_some(session, 2)
    backup = _archive(application).create("scheduled")
    _answer_some(session, 3, offset=2)
    application.close()
    damage_table(application.paths.database, "answers")  # revisions still readable
    offer = application.backups.recovery_offer()
    assert offer.backup.path == backup.path
    assert offer.loss.changes == 3
    assert offer.loss.last_change > backup.created_iso


def test_restore_through_the_service_reopens_on_the_restored_file(application, session):
    chosen = _answer_some(session, 2)
    audit_id = session.audit.id
    application.backups.create()
    _answer_some(session, 2, offset=2)
    application.close()
    damage_table(application.paths.database)
    offer = application.backups.recovery_offer()
    result = application.backups.restore(offer.backup)
    assert result.set_aside.exists()
    assert application.backups.recovery_offer() is None
    assert set(application.audits.open(audit_id).answers) == set(chosen)
