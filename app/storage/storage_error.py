"""Errors of the storage layer, phrased for the user."""

from __future__ import annotations

import shutil
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
