"""Opening Jalon's SQLite file safely: pragmas, migrations, refusal of newer files, backups.

Durability settings: WAL with synchronous=FULL, so a commit that returned is on disk and
survives a power cut; a busy timeout so a second process waits instead of failing at once.

Plain sqlite3 throughout: sqlite-utils (the migrations' toolkit, slow to import) is loaded only
when a migration is due. Whether one is due is read from the file's `PRAGMA user_version` (the
number of migrations applied) and the count of recorded migrations, so opening an up-to-date file
costs the desktop's start-up nothing.

Every open runs SQLite's `quick_check`: a page damaged anywhere in the file (a power cut on a
drive that lies about fsync, a failing USB stick) stops the command that opened it with the way
out (restore a backup) before it reads or writes anything, even when the damaged page is one that
command would not have touched. Measured: 2 ms for a field database of 1.2 MB, 0.6 s (warm) to
2.3 s (cold) for a head office's 709 MB (docs/reliability.md).
"""

from __future__ import annotations

import itertools
import logging
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.storage.backup_archive import BackupArchive, flush_to_disk
from app.storage.page_check import PageCheck
from app.storage.storage_error import (
    DatabaseTooNewError,
    StorageError,
    database_damaged,
    storage_error_for,
)

log = logging.getLogger("jalon.storage")

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
# The number of migrations in app/storage/migrations.py, which the file's user_version reaches
# once they are all applied. Add 1 with every new migration (a test compares the two).
SCHEMA_VERSION = 8
MIGRATION_SET = "jalon"  # the name of app/storage/migrations.py's set in _sqlite_migrations


class Database:
    def __init__(
        self,
        path: Path,
        backups: Path | None = None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        check_pages: bool = True,
    ):
        """`check_pages=False` only for a helper process reading a file that the process which
        started it has just opened, and so checked (TidyExportWorkers)."""
        self.path = path
        self._backups = backups or path.parent / "backups"
        self._busy_timeout_ms = busy_timeout_ms
        # Called after each outermost commit (e.g. to take a scheduled backup).
        self.commit_listeners: list[Callable[[], None]] = []
        self._savepoints = itertools.count(1)
        existing = self._check_file()
        # A file Jalon may not write (an auditor's write-protected USB stick, a folder shared
        # read-only) is still read: listing, showing, exporting work, and a save is refused
        # with the read-only sentence (SQLite's own SQLITE_READONLY, see _storage_error).
        self.read_only = existing and not _writable(path)
        try:
            if self.read_only:
                self.connection = self._connect_read_only()
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                if not existing:
                    self._create()
                self.connection = sqlite3.connect(path, timeout=busy_timeout_ms / 1000)
        except OSError as error:
            raise StorageError(
                "cannot open the database {file}: {reason}", file=str(path), reason=error
            ) from error
        except sqlite3.Error as error:
            raise storage_error_for(path, error) or database_damaged(path, error) from error
        try:
            self._configure()
            if check_pages:
                self._check_pages()
            self._migrate()
            self._identity = _file_identity(path)
        except sqlite3.Error as error:
            self.connection.close()
            # At open time anything SQLite itself refuses is the file's doing, not a bug.
            raise storage_error_for(path, error) or database_damaged(path, error) from error
        except BaseException:
            self.connection.close()
            raise

    def _check_file(self) -> bool:
        """True when there is a database file to open, False when there is none yet."""
        try:
            status = self.path.stat()
        except FileNotFoundError:
            if self.path.is_symlink():
                # A link to where the database lives (a USB stick, a network share) that is not
                # there now: making a new database would replace the link by an empty one, and
                # the person would see "no audits" while their data waits on the drive.
                raise StorageError(
                    "the database {file} is a link to {target}, which cannot be found (a drive "
                    "or network share not connected?); connect it, or remove the link to start "
                    "a new database; nothing was created",
                    file=str(self.path),
                    target=str(os.readlink(self.path)),
                ) from None
            return False
        except OSError as error:
            raise StorageError(
                "cannot open the database {file}: {reason}", file=str(self.path), reason=error
            ) from error
        if not stat.S_ISREG(status.st_mode):
            raise StorageError(
                "the database {file} is a folder or a device, not a file: move it away or "
                "choose another data folder with --data-dir",
                file=str(self.path),
            )
        if status.st_size == 0:
            return False
        with self.path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header != SQLITE_HEADER:
            raise database_damaged(self.path, "it is not an SQLite file")
        return True

    def _connect_read_only(self) -> sqlite3.Connection:
        """A connection that never writes. SQLite reads a WAL database read-only only if it can
        make, or finds, the log's index (-shm) beside it: on a read-only medium it cannot, and
        the file is then opened as immutable — right when no log holds changes (Jalon folds the
        log in when it closes), and refused with a sentence when one does (a stick pulled out
        while Jalon ran): reading the file without its log would show older data."""
        uri = self.path.absolute().as_uri()
        timeout = self._busy_timeout_ms / 1000
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return connection
        except sqlite3.OperationalError:  # SQLITE_READONLY_DIRECTORY, SQLITE_CANTOPEN
            connection.close()
        log_file = self.path.with_name(self.path.name + "-wal")
        if log_file.exists() and log_file.stat().st_size > 0:
            raise StorageError(
                "the database {file} is on a read-only medium or folder, and changes saved "
                "last are still in {log} (Jalon was not closed normally); they can only be "
                "read where the folder can be written. Copy the data folder to a writable "
                "place, or open it with --data-dir",
                file=str(self.path),
                log=log_file.name,
            )
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout)

    def _create(self) -> None:
        """A new database is made whole under another name, then renamed into place. Made in
        place, its first page went straight into the file before any log existed: a power cut
        then could leave a torn first page that no SQLite opens (found by the power-cut tests).
        Now a cut leaves either no database, made again at the next start, or a whole one."""
        partial = self.path.with_name(self.path.name + ".new")
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        self.connection = sqlite3.connect(partial, timeout=self._busy_timeout_ms / 1000)
        try:
            self._configure()
            self._migrate()
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.connection.close()  # the last connection: the log is folded in and removed
        flush_to_disk(partial)
        partial.replace(self.path)
        flush_to_disk(self.path.parent)

    def _configure(self) -> None:
        execute = self.connection.execute
        execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
        self._refuse_newer()  # before anything here may write (a change of journal mode would)
        if self.read_only:
            return  # the file's own journal mode; nothing is written, so nothing to sync
        mode = execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StorageError(
                "the database {file} cannot use write-ahead logging (mode {mode})",
                file=str(self.path),
                mode=mode,
            )
        execute("PRAGMA synchronous = FULL")
        execute("PRAGMA foreign_keys = ON")

    def _check_pages(self) -> None:
        """Every page and index of the file read once (`quick_check`: no cross-check of index
        contents), so that damage anywhere stops this command before it uses the file."""
        problems = PageCheck.problems(self.path, self.connection)
        if problems:
            raise database_damaged(self.path, problems[0].splitlines()[-1])

    def _refuse_newer(self) -> None:
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        if version < 0:  # no version of Jalon writes this: the file was changed by other hands
            raise DatabaseTooNewError(
                "the database {file} has a schema version no Jalon writes ({version}); it was "
                "changed outside Jalon: restore a backup or open it with the Jalon that made it",
                file=str(self.path),
                version=version,
            )
        if version > SCHEMA_VERSION:
            raise DatabaseTooNewError(
                "the database {file} was written by a newer version of Jalon (schema version "
                "{version}; this one knows up to {known}); update Jalon to open it",
                file=str(self.path),
                version=version,
                known=SCHEMA_VERSION,
            )

    def _migrate(self) -> None:
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        applied = self._applied()
        if version == SCHEMA_VERSION and len(applied) == SCHEMA_VERSION:
            return  # up to date, the common case: no need for sqlite-utils
        from sqlite_utils import Database as SqliteUtilsDatabase

        from app.storage.migrations import MIGRATIONS, declared_names

        known = declared_names()
        if len(known) != SCHEMA_VERSION:  # a migration added without raising SCHEMA_VERSION
            raise RuntimeError(
                f"SCHEMA_VERSION is {SCHEMA_VERSION}, migrations.py has {len(known)} migrations"
            )
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise DatabaseTooNewError(
                "the database {file} was written by a newer version of Jalon (it has schema "
                "change {change}); update Jalon to open it",
                file=str(self.path),
                change=unknown[-1],
            )
        if self.read_only:
            raise StorageError(
                "the database {file} is on a read-only medium or folder and was made by an "
                "older version of Jalon: it must be upgraded before it can be read, which "
                "writes to it. Copy the data folder to a writable place, or open it with "
                "--data-dir",
                file=str(self.path),
            )
        # Its own settings stay ours: sqlite-utils would otherwise turn recursive triggers on.
        db = SqliteUtilsDatabase(self.connection, execute_plugins=False, recursive_triggers=False)
        if applied and MIGRATIONS.pending(db):
            self.backup(reason="before-migration")
        # All pending migrations and the new version in one transaction: the file is never
        # left half-migrated, nor migrated with an old version number.
        with self._atomic():
            MIGRATIONS.apply(db)
            self.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _applied(self) -> list[str]:
        """Names of the migrations recorded in the file (sqlite-utils' table), oldest first."""
        execute = self.connection.execute
        if not execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone():
            return []
        rows = execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (MIGRATION_SET,),
        )
        return [row[0] for row in rows]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        outermost = not self.connection.in_transaction
        if outermost:
            self._check_still_in_place()
        try:
            with self._atomic():
                if outermost:
                    # A newer Jalon (another window) may have upgraded the file since it was
                    # opened: its tables are no longer what this version writes.
                    self._refuse_newer()
                yield
        except sqlite3.DatabaseError as error:
            mapped = storage_error_for(self.path, error)
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
        its own changes and the caller may go on. sqlite-utils' atomic() is the same but for
        its deferred BEGIN, and importing sqlite-utils would cost every start: it is used only
        inside migrations (MIGRATIONS.apply), nested in this block."""
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

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor:
        try:
            return self.connection.execute(sql, params)
        except sqlite3.DatabaseError as error:
            mapped = storage_error_for(self.path, error)
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
        log.warning(
            "the data folder %s disappeared while in use; recreated from the open database", folder
        )

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
        busy: int = self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return busy == 0

    def close(self) -> None:
        self.connection.close()


def _writable(path: Path) -> bool:
    """Whether this process may write the database and make its log beside it. The access
    check says no for a read-only mount and a write-protected folder or file alike (except to
    an administrator, who may write a write-protected folder anyway)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _file_identity(path: Path) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_dev, status.st_ino
