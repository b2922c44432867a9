"""Looks at a Jalon database file without changing it: is it sound, and what does it hold?

Used on the live file at start-up (is it damaged?) and on backups (which is the newest good
one, and what would restoring it lose?). Files are opened read-only, so a damaged file is left
exactly as found (no recovery or checkpoint is written into it) and can be kept for experts.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app.boundary.regular_file import ANY_SIZE, FileRefused, RegularFile
from app.storage.page_check import PageCheck

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_sqlite_migrations"
# Every table whose rows carry the time of a change, and the column holding it.
CHANGE_TIMES = (
    ("revisions", "created_at"),
    ("audit_events", "created_at"),
    ("actions", "updated_at"),
    ("evidence", "added_at"),
)


@dataclass(frozen=True)
class DatabaseSummary:
    audits: int
    revisions: int
    last_change: str  # ISO 8601 UTC time of the newest change; "" for an empty database


@dataclass(frozen=True)
class DatabaseHealth:
    exists: bool
    problems: tuple[str, ...]  # empty unless the file is known to be damaged

    @property
    def ok(self) -> bool:
        return self.exists and not self.problems


class DatabaseInspector:
    def __init__(self, path: Path):
        self.path = path

    def health(self) -> DatabaseHealth:
        """Header check, then SQLite's `quick_check` (every page and index, but no cross-check of
        index contents: fast enough for every start of the desktop app)."""
        if not self.path.exists():
            return DatabaseHealth(False, ())
        try:
            with RegularFile.open(self.path, ANY_SIZE) as handle:
                header = handle.read(len(SQLITE_HEADER))
        except FileRefused as error:
            return DatabaseHealth(True, (str(error),))
        except OSError as error:
            return DatabaseHealth(True, (f"cannot be read ({error.strerror})",))
        if self.path.stat().st_size == 0:
            return DatabaseHealth(True, ("the file is empty",))
        if header != SQLITE_HEADER:
            return DatabaseHealth(True, ("it is not an SQLite database",))
        try:
            connection = self._connect()
            try:
                problems = PageCheck.problems(self.path, connection, for_next_open=True)
                if not problems and not self._has_table(connection, MIGRATIONS_TABLE):
                    problems = ("it is not a Jalon database",)
            finally:
                connection.close()
        except sqlite3.OperationalError:
            # Locked by another window, a read-only medium without the WAL index, a drive
            # error: the file cannot be checked now, which is not proof of damage. Opening it
            # for real gives the precise message.
            return DatabaseHealth(True, ())
        except sqlite3.DatabaseError as error:  # SQLITE_CORRUPT, SQLITE_NOTADB
            return DatabaseHealth(True, (str(error),))
        return DatabaseHealth(True, problems[:20])

    def summary(self) -> DatabaseSummary | None:
        """What the file holds, or None when it cannot be read (damaged, not Jalon's)."""
        try:
            connection = self._connect()
            try:
                audits = connection.execute("SELECT count(*) FROM audits").fetchone()[0]
                revisions = connection.execute("SELECT count(*) FROM revisions").fetchone()[0]
                last = max(
                    (self._latest(connection, table, column) for table, column in CHANGE_TIMES),
                    default="",
                )
                audit_times = connection.execute("SELECT max(updated_at) FROM audits").fetchone()
                last = max(last, audit_times[0] or "")
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            return None
        return DatabaseSummary(audits, revisions, last)

    def changes_after(self, moment: str) -> int | None:
        """How many recorded changes are newer than `moment`; None when it cannot be told
        (the damaged part of a file may hold changes nobody can count)."""
        try:
            connection = self._connect()
            try:
                total = 0
                for table, column in CHANGE_TIMES:
                    if self._has_table(connection, table):
                        total += connection.execute(
                            f"SELECT count(*) FROM {table} WHERE {column} > ?", (moment,)
                        ).fetchone()[0]
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            return None
        return total

    def _connect(self) -> sqlite3.Connection:
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=5)

    @staticmethod
    def _has_table(connection: sqlite3.Connection, table: str) -> bool:
        row = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        return row is not None

    def _latest(self, connection: sqlite3.Connection, table: str, column: str) -> str:
        if not self._has_table(connection, table):
            return ""
        row = connection.execute(f"SELECT max({column}) FROM {table}").fetchone()
        return row[0] or ""
