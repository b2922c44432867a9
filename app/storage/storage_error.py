"""Errors of the storage layer, phrased for the user, and what SQLite's own failures become."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from app.models.errors import JalonError

# Below this much free space, a drive's write error is taken for a full disk: SQLite reports a
# full disk met while growing the WAL index (at open time) as an I/O error, not as SQLITE_FULL.
FULL_DISK_BELOW = 1 << 20


class StorageError(JalonError):
    """The database cannot be used (damaged, locked, full disk, read-only medium...)."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer version of Jalon."""


class DatabaseDamagedError(StorageError):
    """The database file is damaged; the start-up recovery offers to restore a backup."""


def disk_full(folder: Path) -> bool:
    """Whether the drive holding `folder` has (next to) no space left."""
    try:
        return shutil.disk_usage(folder).free < FULL_DISK_BELOW
    except OSError:
        return False


def database_damaged(path: Path, error: object) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        "the database {file} is damaged or not a Jalon database ({reason}); its backups can "
        "be restored from the window shown when Jalon starts, or with 'jalon backup restore'",
        file=str(path),
        reason=error,
    )


def storage_error_for(path: Path, error: sqlite3.Error) -> StorageError | None:
    """A clear StorageError for what the file or the disk did, sorted by SQLite's own error
    code; programming errors (constraint violations, misuse) are bugs and keep their type.
    Every message says that nothing was saved: the caller keeps what is on screen, and the same
    action succeeds once the condition clears (SQLite rolled the transaction back)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        # Raised by Python's sqlite3 module itself, not by SQLite: a stored text that is not
        # UTF-8, i.e. garbage where text should be.
        if isinstance(error, sqlite3.OperationalError):
            return database_damaged(path, error)
        return None
    primary = code & 0xFF  # extended codes (SQLITE_IOERR_SHMSIZE...) keep the primary below
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return database_damaged(path, error)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StorageError(
            "the database {file} is in use by another Jalon window or program; "
            "close it and try again",
            file=str(path),
        )
    if primary == sqlite3.SQLITE_FULL or (
        primary == sqlite3.SQLITE_IOERR and disk_full(path.parent)
    ):
        return StorageError(
            "the disk holding {file} is full; nothing was saved. Free some space and try again",
            file=str(path),
        )
    if primary == sqlite3.SQLITE_READONLY:
        return StorageError(
            "the database {file} is on a read-only medium or folder; nothing was saved. Copy "
            "the data folder to a writable place, or open it with --data-dir",
            file=str(path),
        )
    if primary == sqlite3.SQLITE_IOERR:
        return StorageError(
            "the drive holding {file} reported a read or write error (unplugged, failing or "
            "network drive?); nothing was saved. Check the drive and try again",
            file=str(path),
        )
    if primary == sqlite3.SQLITE_CANTOPEN:
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            return StorageError(
                "the database {file} is on a read-only medium or folder; nothing can be saved "
                "there. Copy the data folder to a writable place, or open it with --data-dir",
                file=str(path),
            )
        return StorageError(
            "the database {file} cannot be opened: its folder is missing or not writable",
            file=str(path),
        )
    if isinstance(error, sqlite3.OperationalError):
        return StorageError(
            "the database {file} could not be written: {reason}", file=str(path), reason=error
        )
    return None
