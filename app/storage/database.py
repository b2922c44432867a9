"""Opening Jalon's SQLite file safely: pragmas, migrations, refusal of newer files, backups.

Durability settings: WAL with synchronous=FULL, so a commit that returned is on disk and
survives a power cut; a busy timeout so a second process waits instead of failing at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database as SqliteUtilsDatabase

from app.storage.migrations import MIGRATIONS
from app.storage.storage_error import DatabaseTooNewError, StorageError

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


class Database:
    def __init__(self, path: Path, backups: Path | None = None):
        self.path = path
        self._backups = backups or path.parent / "backups"
        self._check_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        except (OSError, sqlite3.Error) as error:
            raise StorageError(
                "cannot open the database {file}: {reason}", file=str(path), reason=error
            ) from error
        self.db = SqliteUtilsDatabase(self.connection, execute_plugins=False)
        try:
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as error:
            self.connection.close()
            raise StorageError(
                "the database {file} is damaged or not a Jalon database: {reason}",
                file=str(path),
                reason=error,
            ) from error
        except BaseException:
            self.connection.close()
            raise

    def _check_file(self) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with self.path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            raise StorageError(
                "{file} is not a Jalon database (it is not an SQLite file)", file=str(self.path)
            )

    def _configure(self) -> None:
        execute = self.connection.execute
        execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StorageError(
                "the database {file} cannot use write-ahead logging (mode {mode})",
                file=str(self.path),
                mode=mode,
            )
        execute("PRAGMA synchronous = FULL")
        execute("PRAGMA foreign_keys = ON")

    def _migrate(self) -> None:
        known = {m.name for m in MIGRATIONS._migrations}
        applied = [m.name for m in MIGRATIONS.applied(self.db)]
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise DatabaseTooNewError(
                "the database {file} was written by a newer version of Jalon (it has schema "
                "change {change}); update Jalon to open it",
                file=str(self.path),
                change=unknown[-1],
            )
        pending = MIGRATIONS.pending(self.db)
        if not pending:
            return
        if applied:
            self.backup(reason="before-migration")
        # All pending migrations in one transaction: the file is never left half-migrated.
        with self.db.atomic():
            MIGRATIONS.apply(self.db)
        self.connection.execute(f"PRAGMA user_version = {len(known)}")

    @contextmanager
    def transaction(self) -> Iterator[SqliteUtilsDatabase]:
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as error:
            raise _operational_error(self.path, error) from error

    def execute(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, params)
        except sqlite3.OperationalError as error:
            raise _operational_error(self.path, error) from error

    def backup(self, reason: str = "manual", target: Path | None = None) -> Path:
        """Copy the database with SQLite's online backup API (consistent while in use)."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = target or self._backups / f"jalon-{stamp}-{reason}.sqlite3"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        copy = sqlite3.connect(partial)
        try:
            self.connection.backup(copy)
        finally:
            copy.close()
        partial.replace(target)
        return target

    def integrity_problems(self) -> list[str]:
        try:
            rows = self.connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as error:  # too damaged to even be checked
            return [str(error)]
        return [row[0] for row in rows if row[0] != "ok"]

    def checkpoint(self) -> bool:
        """Copies the write-ahead log into the main file and empties it; False when another
        connection (a second Jalon window) kept it from completing."""
        busy = self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return busy == 0

    def close(self) -> None:
        self.connection.close()


def _operational_error(path: Path, error: sqlite3.OperationalError) -> StorageError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            "the database {file} is in use by another Jalon window or program; "
            "close it and try again",
            file=str(path),
        )
    if "full" in text:
        return StorageError(
            "the disk holding {file} is full; free some space and try again", file=str(path)
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            "the database {file} is on a read-only medium or folder", file=str(path)
        )
    return StorageError(
        "the database {file} could not be written: {reason}", file=str(path), reason=error
    )
