"""Automatic rotating backups, backups before risky operations, and recovery from a damaged file.

When backups are taken:
- on a schedule, at most once per hour of work and never while nothing changes: when the
  database is opened, if it changed since the newest backup and that backup is more than an
  hour old (or there is none); after a saved change, if the newest backup (or, when there is
  none, the opening of the database) is more than an hour old; and when the application
  closes, if something changed since it opened and the newest backup is more than an hour old
  (or there is none: so a new installation has its first backup at the end of its first
  session);
- before a risky operation: `before("merge")`, `before("workbook-import")`; the database layer
  also backs up before a schema migration;
- by hand: `create()` (`jalon backup create`).
The `keep` newest automatic backups are kept (scheduled and before-…); manual ones are never
deleted by Jalon. A failed scheduled backup never fails the change that triggered it: it is
logged and retried at the next change.

Recovery: `recovery_offer()` tells whether the live file is damaged and, if so, which backup
would be restored and what would be lost; `restore()` puts a backup in place and keeps the
replaced file in the set-aside folder.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.models.backup_info import BackupInfo
from app.models.errors import JalonError
from app.storage.backup_archive import BackupArchive
from app.storage.database import Database
from app.storage.database_inspector import DatabaseHealth, DatabaseInspector, DatabaseSummary
from app.storage.storage_error import StorageError

log = logging.getLogger("jalon.backup")

DEFAULT_KEEP = 10
DEFAULT_INTERVAL = timedelta(hours=1)
SCHEDULED = "scheduled"
REASON = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Loss:
    """What restoring a backup would lose from the current file, as far as can be told."""

    since: datetime  # the backup was taken then: changes made later are not in it
    changes: int | None  # changes recorded in the current file after that; None: unknown
    last_change: str  # newest change in the current file (ISO UTC); "" when unknown


@dataclass(frozen=True)
class RecoveryOffer:
    database: Path
    problem: str  # what SQLite found wrong, e.g. "database disk image is malformed"
    backup: BackupInfo | None  # the newest good backup; None when there is none
    loss: Loss | None


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    set_aside: Path | None  # where the replaced file was kept


class BackupService:
    def __init__(
        self,
        archive: BackupArchive,
        release: Callable[[], None] = lambda: None,
        keep: int = DEFAULT_KEEP,
        interval: timedelta = DEFAULT_INTERVAL,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        self._archive = archive
        self._release = release  # closes the live database before a restore replaces it
        self.keep = keep
        self.interval = interval
        self._clock = clock
        self._lock = threading.Lock()  # commits may come from a worker thread
        self._newest: datetime | None = None
        self._newest_known = False
        self._opened_at = clock()
        self._dirty = False  # a change was saved since the last backup

    # --- listing and taking backups ------------------------------------------------------------

    def health(self, backup: BackupInfo) -> DatabaseHealth:
        """Whether a backup opens and passes SQLite's quick check."""
        return self._archive.health(backup)

    def summary(self, backup: BackupInfo) -> DatabaseSummary | None:
        """How many audits and answer changes a backup holds (None if it cannot be read)."""
        return self._archive.summary(backup)

    def list(self) -> list[BackupInfo]:
        return self._archive.list()

    def create(self) -> BackupInfo:
        """A manual backup (never deleted automatically)."""
        return self._taken(self._archive.create("manual", self._clock()))

    def before(self, reason: str) -> BackupInfo:
        """Back up before a risky operation; the operation should not start if this raises."""
        if not REASON.match(reason):
            raise JalonError("invalid backup reason {reason!r}", reason=reason)
        info = self._taken(self._archive.create(f"before-{reason}", self._clock()))
        self._prune()
        return info

    def watch(self, database: Database) -> None:
        """Take the opening backup if one is due, then check again after every saved change."""
        database.commit_listeners.append(self._after_commit)
        with self._lock:
            self._opened_at, self._dirty = self._clock(), False
            newest = self._newest_time(refresh=True)
        if newest is not None and self._clock() - newest < self.interval:
            return
        summary = DatabaseInspector(self._archive.database).summary()
        if summary is None or not summary.last_change:
            return  # an empty (or unreadable) file has nothing worth a backup
        if newest is None or summary.last_change > _iso(newest):
            self._scheduled()

    def _after_commit(self) -> None:
        with self._lock:
            self._dirty = True
            reference = self._newest_time() or self._opened_at
            due = self._clock() - reference >= self.interval
        if due:
            self._scheduled()

    def at_close(self) -> None:
        """Called before the database is closed: the end of a session of work."""
        with self._lock:
            # Another Jalon process may have taken one meanwhile: look at the folder again.
            newest = self._newest_time(refresh=True)
            due = self._dirty and (newest is None or self._clock() - newest >= self.interval)
        if due:
            self._scheduled()

    def _scheduled(self) -> None:
        try:
            self._taken(self._archive.create(SCHEDULED, self._clock()))
            self._prune()
        except StorageError as error:
            # The change itself is saved; a backup that failed is retried at the next change.
            log.warning("scheduled backup not made: %s", error)

    def _taken(self, info: BackupInfo) -> BackupInfo:
        with self._lock:
            self._newest, self._newest_known = info.created_at, True
            self._dirty = False
        return info

    def _prune(self) -> None:
        for removed in self._archive.prune(self.keep):
            log.info("old backup removed: %s", removed.name)

    def _newest_time(self, refresh: bool = False) -> datetime | None:
        if refresh or not self._newest_known:
            backups = self._archive.list()
            self._newest = backups[0].created_at if backups else None
            self._newest_known = True
        return self._newest

    # --- recovery ------------------------------------------------------------------------------

    def recovery_offer(self) -> RecoveryOffer | None:
        """None when the database is sound (or does not exist yet); otherwise what is wrong,
        the newest good backup, and what restoring it would lose."""
        health = DatabaseInspector(self._archive.database).health()
        if health.ok or not health.exists:
            return None
        backup = self._archive.newest_good()
        return RecoveryOffer(
            self._archive.database,
            health.problems[0],
            backup,
            self.loss_if_restored(backup) if backup else None,
        )

    def loss_if_restored(self, backup: BackupInfo) -> Loss:
        inspector = DatabaseInspector(self._archive.database)
        summary = inspector.summary()
        return Loss(
            backup.created_at,
            inspector.changes_after(backup.created_iso),
            summary.last_change if summary else "",
        )

    def find(self, reference: str | None) -> BackupInfo:
        """A backup by name or path; without one, the newest good backup."""
        if reference is None:
            backup = self._archive.newest_good()
            if backup is None:
                raise JalonError(
                    "there is no good backup to restore in {folder}",
                    folder=str(self._archive.folder),
                )
            return backup
        backup = self._archive.find(reference)
        if backup is None:
            raise JalonError("no backup {ref!r}; 'jalon backup list' shows them", ref=reference)
        return backup

    def restore(self, backup: BackupInfo) -> RestoreResult:
        """Replace the database with `backup`. The live database is closed first; everything
        opened on it must be reopened afterwards."""
        self._release()
        set_aside = self._archive.restore(backup)
        log.info("backup %s restored; previous file kept as %s", backup.name, set_aside)
        with self._lock:
            self._newest_known = False
        return RestoreResult(backup, set_aside)

    def start_empty(self) -> Path | None:
        """When no backup can help: keep the damaged file aside and start with an empty
        database. Returns where the damaged file was kept."""
        self._release()
        set_aside = self._archive.set_aside()
        log.info("database set aside as %s; a new one will be created", set_aside)
        return set_aside


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")
