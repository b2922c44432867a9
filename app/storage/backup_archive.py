"""The folder of backups of one database: write, list, prune, and put a backup back in place.

A backup is a complete, self-contained SQLite file made with SQLite's online backup API (a
consistent copy even while Jalon writes), named `jalon-<UTC time>-<reason>.sqlite3`. It is
written beside its final name, checked, flushed to disk and only then renamed, so a backup that
exists is a whole one. Restoring never deletes anything: the file it replaces, with its WAL,
is moved to the `set-aside` folder.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import os
import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from app.models.backup_info import MANUAL, BackupInfo
from app.storage.database_inspector import DatabaseHealth, DatabaseInspector, DatabaseSummary
from app.storage.storage_error import StorageError, disk_full

NAME = re.compile(r"^jalon-(\d{8}T\d{12}Z)-([a-z0-9-]+)\.sqlite3$")
STAMP = "%Y%m%dT%H%M%S%fZ"
SIDE_FILES = ("-wal", "-shm")


def backup_name(reason: str, moment: datetime | None = None) -> str:
    moment = moment or datetime.now(UTC)
    return f"jalon-{moment.strftime(STAMP)}-{reason}.sqlite3"


def _moment(stamp: str) -> datetime:
    """The time in a backup's name, written with STAMP: 20261122T101502123456Z. Read by hand
    because strptime imports its locale machinery, a few milliseconds of every start-up (the
    newest backup is looked up when the database opens)."""
    date, time = stamp[:8], stamp[9:21]
    return datetime(
        int(date[:4]),
        int(date[4:6]),
        int(date[6:8]),
        int(time[:2]),
        int(time[2:4]),
        int(time[4:6]),
        int(time[6:12]),
        tzinfo=UTC,
    )


class BackupArchive:
    def __init__(self, database: Path, folder: Path):
        self.database = database
        self.folder = folder

    @property
    def set_aside_folder(self) -> Path:
        return self.database.parent / "set-aside"

    # --- reading -------------------------------------------------------------------------------

    def list(self) -> list[BackupInfo]:
        """Every backup, newest first. Files not named by Jalon are ignored."""
        try:
            candidates = list(self.folder.iterdir())
        except OSError:
            return []
        found = []
        for path in candidates:
            match = NAME.match(path.name)
            if not match or not path.is_file():
                continue
            moment = _moment(match.group(1))
            found.append(BackupInfo(path, moment, match.group(2), path.stat().st_size))
        return sorted(found, key=lambda info: info.created_at, reverse=True)

    def find(self, reference: str) -> BackupInfo | None:
        """A backup by file name (as listed), or by a path to a file that was copied elsewhere."""
        for info in self.list():
            if reference in (info.name, str(info.path)):
                return info
        path = Path(reference).expanduser()
        if path.is_file():
            match = NAME.match(path.name)
            moment = (
                _moment(match.group(1))
                if match
                else datetime.fromtimestamp(path.stat().st_mtime, UTC)
            )
            reason = match.group(2) if match else MANUAL
            return BackupInfo(path.resolve(), moment, reason, path.stat().st_size)
        return None

    def health(self, backup: BackupInfo) -> DatabaseHealth:
        return DatabaseInspector(backup.path).health()

    def summary(self, backup: BackupInfo) -> DatabaseSummary | None:
        return DatabaseInspector(backup.path).summary()

    def newest_good(self) -> BackupInfo | None:
        return next((info for info in self.list() if self.health(info).ok), None)

    # --- writing -------------------------------------------------------------------------------

    def create(self, reason: str, moment: datetime | None = None) -> BackupInfo:
        """Copy the live database. Its own connection is used, so this may run on any thread."""
        if not self.database.exists():
            raise StorageError("there is no database to back up at {file}", file=str(self.database))
        moment = moment or datetime.now(UTC)
        target = self.folder / backup_name(reason, moment)
        partial = target.with_name(target.name + ".partial")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Read-write (never create): a read-only connection that happens to be the last one
            # open would leave the WAL files behind; this one folds them in when it closes.
            source = sqlite3.connect(
                f"file:{quote(str(self.database.resolve()))}?mode=rw", uri=True, timeout=5
            )
            try:
                copy = sqlite3.connect(partial)
                try:
                    source.backup(copy)
                    # A backup must be one self-contained file, not a WAL database.
                    copy.execute("PRAGMA journal_mode = DELETE")
                    problems = [r[0] for r in copy.execute("PRAGMA quick_check") if r[0] != "ok"]
                finally:
                    copy.close()
            finally:
                source.close()
            if problems:
                partial.unlink()
                raise StorageError(
                    "the database {file} is damaged ({problem}); no backup was made so that "
                    "the good backups are kept",
                    file=str(self.database),
                    problem=problems[0],
                )
            flush_to_disk(partial)
            partial.replace(target)
            flush_to_disk(self.folder)
        except (OSError, sqlite3.Error) as error:
            _remove_quietly(partial)
            raise _backup_error(self.folder, error) from error
        return BackupInfo(target, moment, reason, target.stat().st_size)

    def prune(self, keep: int) -> builtins.list[BackupInfo]:
        """Delete automatic backups beyond the `keep` newest; manual ones are the user's."""
        removed = []
        for info in [i for i in self.list() if i.automatic][keep:]:
            try:
                info.path.unlink()
            except OSError:
                continue  # a backup that cannot be removed now is retried next time
            removed.append(info)
        return removed

    def restore(self, backup: BackupInfo) -> Path | None:
        """Put `backup` in place of the live database, which must be closed.

        The restored copy is made and checked first, then the current file (with its WAL and
        shared-memory files, which belong to it) is moved to the set-aside folder, and the copy
        renamed into place. Returns where the replaced file was kept (None if there was none).
        """
        health = self.health(backup)
        if not health.ok:
            raise StorageError(
                "the backup {name} cannot be restored: {problem}",
                name=backup.name,
                problem=health.problems[0] if health.problems else "the file is missing",
            )
        incoming = self.database.with_name(self.database.name + ".restoring")
        try:
            self.database.parent.mkdir(parents=True, exist_ok=True)
            _remove_quietly(incoming)
            shutil.copyfile(backup.path, incoming)
            flush_to_disk(incoming)
            aside = self._set_aside()
            incoming.replace(self.database)
            flush_to_disk(self.database.parent)
        except OSError as error:
            _remove_quietly(incoming)
            raise _backup_error(self.database.parent, error) from error
        return aside

    def set_aside(self) -> Path | None:
        """Move the live database (closed) out of the way, so that the next start creates a
        new empty one; the file is kept, not deleted."""
        try:
            return self._set_aside()
        except OSError as error:
            raise _backup_error(self.database.parent, error) from error

    def _set_aside(self) -> Path | None:
        if not self.database.exists():
            return None
        self.set_aside_folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime(STAMP)
        target = self.set_aside_folder / f"{self.database.stem}-{stamp}{self.database.suffix}"
        for suffix in SIDE_FILES:
            side = self.database.with_name(self.database.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
        self.database.replace(target)
        return target


def flush_to_disk(path: Path) -> None:
    """Flush a file or a folder entry to disk (folders cannot be opened on Windows: skipped)."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _backup_error(folder: Path, error: Exception) -> StorageError:
    """Sorted by the operating system's error number or SQLite's error code, not by wording."""
    number = getattr(error, "errno", None)
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF  # the primary code
    if (
        number == errno.ENOSPC
        or code == sqlite3.SQLITE_FULL
        or (code == sqlite3.SQLITE_IOERR and disk_full(folder))
    ):
        return StorageError(
            "the disk holding {folder} is full; the backup was not made", folder=str(folder)
        )
    if (
        number in (errno.EACCES, errno.EPERM, errno.EROFS)
        or code == sqlite3.SQLITE_READONLY
        or (code == sqlite3.SQLITE_CANTOPEN and folder.is_dir() and not os.access(folder, os.W_OK))
    ):
        return StorageError(
            "{folder} cannot be written (read-only medium or no permission); "
            "the backup was not made",
            folder=str(folder),
        )
    return StorageError(
        "the backup could not be written in {folder}: {reason}", folder=str(folder), reason=error
    )
