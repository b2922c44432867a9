"""Opening Jalon's SQLite file safely: pragmas, migrations, refusal of newer files, backups.

Durability settings: WAL with synchronous=FULL, so a commit that returned is on disk and
survives a power cut; a busy timeout so a second process waits instead of failing at once.

Plain sqlite3 throughout: sqlite-utils (the migrations' toolkit, slow to import) is loaded only
when a migration is due, so opening an up-to-date file costs the desktop's start-up nothing.
"""

from __future__ import annotations

import itertools
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.storage.backup_archive import BackupArchive
from app.storage.declared_migrations import declared_migrations
from app.storage.storage_error import DatabaseDamagedError, DatabaseTooNewError, StorageError

log = logging.getLogger("jalon.storage")

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


class Database:
    def __init__(
        self, path: Path, backups: Path | None = None, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ):
        self.path = path
        self._backups = backups or path.parent / "backups"
        self._busy_timeout_ms = busy_timeout_ms
        # Called after each outermost commit (e.g. to take a scheduled backup).
        self.commit_listeners: list[Callable[[], None]] = []
        self._savepoints = itertools.count(1)
        self._check_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(path, timeout=busy_timeout_ms / 1000)
        except (OSError, sqlite3.Error) as error:
            raise StorageError(
                "cannot open the database {file}: {reason}", file=str(path), reason=error
            ) from error
        try:
            self._configure()
            self._migrate()
            self._identity = _file_identity(path)
        except sqlite3.OperationalError as error:
            self.connection.close()
            raise _operational_error(path, error) from error
        except sqlite3.DatabaseError as error:
            self.connection.close()
            raise _damaged(path, error) from error
        except BaseException:
            self.connection.close()
            raise

    def _check_file(self) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with self.path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            raise _damaged(self.path, "it is not an SQLite file")

    def _configure(self) -> None:
        execute = self.connection.execute
        execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
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
        declared = declared_migrations()
        if declared is not None and self._applied(declared.migration_set) == list(declared.names):
            return  # up to date, the common case: no need for sqlite-utils
        from sqlite_utils import Database as SqliteUtilsDatabase

        from app.storage.migrations import MIGRATIONS

        known = {m.name for m in MIGRATIONS._migrations}
        applied = self._applied(MIGRATIONS.name)
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise DatabaseTooNewError(
                "the database {file} was written by a newer version of Jalon (it has schema "
                "change {change}); update Jalon to open it",
                file=str(self.path),
                change=unknown[-1],
            )
        # Its own settings stay ours: sqlite-utils would otherwise turn recursive triggers on.
        db = SqliteUtilsDatabase(self.connection, execute_plugins=False, recursive_triggers=False)
        if not MIGRATIONS.pending(db):
            return
        if applied:
            self.backup(reason="before-migration")
        # All pending migrations in one transaction: the file is never left half-migrated.
        with self._atomic():
            MIGRATIONS.apply(db)
        self.connection.execute(f"PRAGMA user_version = {len(known)}")

    def _applied(self, migration_set: str) -> list[str]:
        """Names of the migrations recorded in the file (sqlite-utils' table), oldest first."""
        execute = self.connection.execute
        if not execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                       "AND name = '_sqlite_migrations'").fetchone():
            return []
        rows = execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? "
                       "ORDER BY rowid", (migration_set,))
        return [row[0] for row in rows]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        outermost = not self.connection.in_transaction
        if outermost:
            self._check_still_in_place()
        try:
            with self._atomic():
                yield
        except sqlite3.DatabaseError as error:
            mapped = _storage_error(self.path, error)
            if mapped is None:
                raise
            raise mapped from error
        if outermost:
            for listener in list(self.commit_listeners):
                listener()

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """All or nothing. The outermost block is a transaction, taking the write lock at once
        (IMMEDIATE: waiting for another window's write happens at the start, within the busy
        timeout, never half-way); a nested block is a savepoint, so its failure undoes only
        its own changes and the caller may go on."""
        connection = self.connection
        if connection.in_transaction:
            savepoint = f"jalon_{next(self._savepoints)}"
            connection.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                # An error can end the whole transaction, savepoints included: undoing the
                # savepoint then would hide the original error behind "no such savepoint".
                if connection.in_transaction:
                    connection.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    connection.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            connection.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:  # not already ended by the error itself
                connection.execute("ROLLBACK")
            raise

    def execute(self, sql: str, params: tuple | list = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, params)
        except sqlite3.DatabaseError as error:
            mapped = _storage_error(self.path, error)
            if mapped is None:
                raise
            raise mapped from error

    def _check_still_in_place(self) -> None:
        """Before writing, make sure the file is still the one opened. A deleted or moved file
        keeps working for SQLite, which would go on writing into the orphaned file: every
        change would vanish at the next start."""
        try:
            identity = _file_identity(self.path)
        except OSError:
            self._rescue()
            return
        if identity != self._identity:
            raise StorageError(
                "the database {file} was replaced by another file while Jalon was using it; "
                "nothing was saved. Restart Jalon to open the new file",
                file=str(self.path),
            )

    def _rescue(self) -> None:
        """The data folder vanished (deleted by a clean-up tool, moved): the open connection
        still sees every committed change, so write them back where the folder was and go on
        there. Only one folder level is recreated: if more is gone (a USB stick pulled out),
        creating folders on whatever is mounted there now would only hide the problem."""
        folder = self.path.parent
        partial = self.path.with_name(self.path.name + ".rescue")
        try:
            if not folder.parent.is_dir():
                raise OSError("the folder above the data folder is gone too")
            folder.mkdir(exist_ok=True)
            copy = sqlite3.connect(partial)
            try:
                self.connection.backup(copy)
            finally:
                copy.close()
            partial.replace(self.path)
            orphan = self.connection
            self.connection = sqlite3.connect(self.path, timeout=self._busy_timeout_ms / 1000)
            self._configure()
            orphan.close()
            self._identity = _file_identity(self.path)
        except (OSError, sqlite3.Error, StorageError):
            raise StorageError(
                "the database {file} has disappeared (its folder was deleted or moved, or the "
                "drive was removed) and cannot be recreated there; nothing more can be saved. "
                "What is on screen is kept: put the folder or drive back, then try again or "
                "restart Jalon",
                file=str(self.path),
            ) from None
        log.warning("the data folder %s disappeared while in use; recreated from the open "
                    "database", folder)

    def backup(self, reason: str = "manual") -> Path:
        """Copy the database with SQLite's online backup API (consistent while in use)."""
        return BackupArchive(self.path, self._backups).create(reason).path

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


def _file_identity(path: Path) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_dev, status.st_ino


def _damaged(path: Path, error: object) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        "the database {file} is damaged or not a Jalon database ({reason}); its backups can "
        "be restored from the window shown when Jalon starts, or with 'jalon backup restore'",
        file=str(path),
        reason=error,
    )


def _storage_error(path: Path, error: sqlite3.DatabaseError) -> StorageError | None:
    """A clear StorageError for what the file or the disk did; programming errors (constraint
    violations, misuse) are bugs and keep their own type."""
    if isinstance(error, sqlite3.OperationalError):
        return _operational_error(path, error)
    if type(error) is sqlite3.DatabaseError:  # SQLITE_CORRUPT, SQLITE_NOTADB
        return _damaged(path, error)
    return None


def _operational_error(path: Path, error: sqlite3.OperationalError) -> StorageError:
    # Every message says that nothing was saved: the caller keeps what is on screen, and the
    # same action succeeds once the condition clears (SQLite rolled the transaction back).
    text = str(error).lower()
    if "malformed" in text or "could not decode" in text:  # garbage where text should be
        return _damaged(path, error)
    if "locked" in text or "busy" in text:
        return StorageError(
            "the database {file} is in use by another Jalon window or program; "
            "close it and try again",
            file=str(path),
        )
    if "full" in text:
        return StorageError(
            "the disk holding {file} is full; nothing was saved. Free some space and try again",
            file=str(path),
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            "the database {file} is on a read-only medium or folder; nothing was saved. Copy "
            "the data folder to a writable place, or open it with --data-dir",
            file=str(path),
        )
    if "disk i/o error" in text:
        return StorageError(
            "the drive holding {file} reported a read or write error (unplugged, failing or "
            "network drive?); nothing was saved. Check the drive and try again",
            file=str(path),
        )
    if "unable to open" in text and path.parent.is_dir() and not os.access(path.parent, os.W_OK):
        return StorageError(
            "the database {file} is on a read-only medium or folder; nothing can be saved "
            "there. Copy the data folder to a writable place, or open it with --data-dir",
            file=str(path),
        )
    if "unable to open" in text:
        return StorageError(
            "the database {file} cannot be opened: its folder is missing or not writable",
            file=str(path),
        )
    return StorageError(
        "the database {file} could not be written: {reason}", file=str(path), reason=error
    )
