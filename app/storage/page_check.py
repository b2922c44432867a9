"""SQLite's `quick_check` of a database file, handed from the start-up check to the open.

The desktop's start-up checks the same bytes twice: on a read-only connection, to offer a
restore before anything is opened (DatabaseInspector.health), then when the database is opened
for work (Database). On a head office's 709 MB file one check costs 0.6-2.3 s, so the first
check's answer is kept for the next open of that file, once, if neither the file nor its
write-ahead log changed in between (same inode, size and modification time). File times move
by clock ticks of a few milliseconds: the answer is kept only for a file that had been left
alone for a while, whose next write is bound to change its time.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

Fingerprint = tuple[tuple[int, int, int, int] | None, ...]
QUIET_NS = 1_000_000_000  # unwritten for a second: many clock ticks


class PageCheck:
    _handed: dict[Path, tuple[Fingerprint, tuple[str, ...]]] = {}
    _lock = threading.Lock()

    @classmethod
    def problems(
        cls, path: Path, connection: sqlite3.Connection, for_next_open: bool = False
    ) -> tuple[str, ...]:
        """What `quick_check` reports wrong with `path` through `connection` (empty: sound).
        Raises sqlite3.DatabaseError when the file is too damaged to be checked."""
        key = path.resolve()
        before = _fingerprint(key)
        with cls._lock:
            handed = cls._handed.pop(key, None)
        if handed is not None and handed[0] == before:
            return handed[1]
        rows = connection.execute("PRAGMA quick_check").fetchall()
        problems = tuple(row[0] for row in rows if row[0] != "ok")
        if for_next_open and _fingerprint(key) == before and _quiet(before):
            with cls._lock:
                cls._handed[key] = (before, problems)
        return problems


def _fingerprint(path: Path) -> Fingerprint:
    return tuple(_identity(p) for p in (path, path.with_name(path.name + "-wal")))


def _quiet(fingerprint: Fingerprint) -> bool:
    """Nothing wrote while the check ran, nor for a while before."""
    newest = max((identity[3] for identity in fingerprint if identity), default=0)
    return time.time_ns() - newest > QUIET_NS


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns
