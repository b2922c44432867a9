import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from app.storage import database as database_module
from app.storage import migrations as migrations_module
from app.storage.database import SCHEMA_VERSION, Database
from app.storage.migrations import declared_names
from app.storage.storage_error import DatabaseTooNewError, StorageError

ROOT = Path(__file__).resolve().parents[2]


def _with_added_migrations(monkeypatch, *added) -> None:
    """Jalon's migrations followed by `added` ((name, function) pairs), as a later version
    of migrations.py would declare them, with SCHEMA_VERSION raised to match."""
    extended = Migrations(migrations_module.MIGRATIONS.name)
    for migration in migrations_module.MIGRATIONS.pending(migrations_module.Database(memory=True)):
        extended(name=migration.name)(migration.fn)
    for name, function in added:
        extended(name=name)(function)
    monkeypatch.setattr(migrations_module, "MIGRATIONS", extended)
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", SCHEMA_VERSION + len(added))


def test_new_database_uses_durable_settings(tmp_path):
    database = Database(tmp_path / "j.sqlite3")
    pragma = lambda name: database.connection.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("user_version") == SCHEMA_VERSION == len(declared_names())
    database.close()


def test_reopening_applies_nothing_and_makes_no_backup(tmp_path):
    Database(tmp_path / "j.sqlite3").close()
    Database(tmp_path / "j.sqlite3").close()
    assert not (tmp_path / "backups").exists()


def test_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "j.sqlite3"
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('jalon', 'm999_from_the_future', 'later')"
    )
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version of Jalon"):
        Database(path)
    assert path.read_bytes() == before


def test_a_schema_version_no_jalon_writes_is_refused_untouched(tmp_path):
    path = tmp_path / "j.sqlite3"
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = -1")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="schema version no Jalon writes"):
        Database(path)
    assert path.read_bytes() == before


def test_older_database_is_backed_up_then_migrated_in_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "j.sqlite3"
    Database(path).close()

    def add_table(db):
        db.execute("CREATE TABLE added_later (x INTEGER)")

    _with_added_migrations(monkeypatch, ("m900_test_addition", add_table))
    database = Database(path)
    tables = {
        r[0]
        for r in database.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert "added_later" in tables
    assert database.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    database.close()
    backups = list((tmp_path / "backups").glob("*before-migration.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert "added_later" not in {
        r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    old.close()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "j.sqlite3"
    Database(path).close()

    def first(db):
        db.execute("CREATE TABLE half_done (x INTEGER)")

    def second(db):
        raise RuntimeError("simulated failure in the middle of an upgrade")

    with monkeypatch.context() as patched:
        _with_added_migrations(patched, ("m901_first_half", first), ("m902_breaks", second))
        with pytest.raises(RuntimeError):
            Database(path)
    database = Database(path)
    names = {
        r[0]
        for r in database.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    applied = [r[0] for r in database.connection.execute("SELECT name FROM _sqlite_migrations")]
    version = database.connection.execute("PRAGMA user_version").fetchone()[0]
    database.close()
    assert "half_done" not in names
    assert applied == declared_names()
    assert version == SCHEMA_VERSION


def test_a_file_that_is_not_sqlite_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "j.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 20)
    with pytest.raises(StorageError, match="not a Jalon database"):
        Database(path)
    assert path.read_bytes().startswith(b"this is a spreadsheet")


def test_backup_is_a_consistent_copy(tmp_path):
    database = Database(tmp_path / "j.sqlite3")
    database.execute("INSERT INTO installation (key, value) VALUES ('k', 'v')")
    database.connection.commit()
    target = database.backup(reason="manual")
    database.close()
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT value FROM installation WHERE key = 'k'").fetchone() == ("v",)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


def _rows(database) -> list[str]:
    return [r[0] for r in database.connection.execute("SELECT key FROM installation ORDER BY key")]


def _insert(database, key: str) -> None:
    database.execute("INSERT INTO installation (key, value) VALUES (?, '')", (key,))


def test_a_transaction_commits_once_and_tells_the_listeners_once(tmp_path):
    database = Database(tmp_path / "j.sqlite3")
    commits = []

    def seen_by_another_connection():
        other = sqlite3.connect(database.path)
        commits.append([r[0] for r in other.execute("SELECT key FROM installation")])
        other.close()

    database.commit_listeners.append(seen_by_another_connection)
    with database.transaction():
        _insert(database, "a")
        with database.transaction():
            _insert(database, "b")
        assert commits == []
    assert commits == [["a", "b"]]
    assert not database.connection.in_transaction
    database.close()


def test_a_failure_undoes_the_whole_transaction(tmp_path):
    database = Database(tmp_path / "j.sqlite3")
    with pytest.raises(RuntimeError), database.transaction():
        _insert(database, "a")
        with database.transaction():
            _insert(database, "b")
        raise RuntimeError("the caller failed after writing")
    assert not database.connection.in_transaction
    assert _rows(database) == []
    database.close()


def test_a_failing_nested_block_undoes_only_its_own_changes(tmp_path):
    database = Database(tmp_path / "j.sqlite3")
    with database.transaction():
        _insert(database, "a")
        with pytest.raises(sqlite3.IntegrityError), database.transaction():
            _insert(database, "b")
            _insert(database, "a")  # duplicate key
        _insert(database, "c")
    assert _rows(database) == ["a", "c"]
    database.close()


def test_a_user_version_from_a_newer_jalon_is_refused_and_left_untouched(tmp_path):
    """A later Jalon raises user_version with its migrations; even if its migration table
    were lost or renamed, the version alone refuses the file."""
    path = tmp_path / "j.sqlite3"
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match=f"schema version {SCHEMA_VERSION + 1}"):
        Database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_file_upgraded_by_a_newer_jalon_while_open_is_not_written(tmp_path):
    """Two windows, two versions: the newer one upgrades the file under the older one."""
    path = tmp_path / "j.sqlite3"
    database = Database(path)
    newer = sqlite3.connect(path)
    newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    newer.close()
    with pytest.raises(DatabaseTooNewError, match="newer version of Jalon"), database.transaction():
        _insert(database, "a")
    assert not database.connection.in_transaction
    assert _rows(database) == []
    database.close()


def test_a_newer_file_is_refused_before_its_journal_mode_is_changed(tmp_path):
    """A later Jalon might leave write-ahead logging: switching the file back to it would
    already be a write."""
    path = tmp_path / "j.sqlite3"
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError):
        Database(path)
    assert path.read_bytes() == before
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()


def test_a_file_of_an_older_jalon_without_user_version_is_brought_up_to_date(tmp_path):
    path = tmp_path / "j.sqlite3"
    Database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 0")
    raw.close()
    database = Database(path)
    assert database.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    database.close()


def test_opening_an_up_to_date_database_does_not_load_sqlite_utils(tmp_path):
    """sqlite-utils (with pluggy, dateutil, click) is the migrations' toolkit: start-up needs
    it only when a migration is due, which user_version tells."""
    path = tmp_path / "j.sqlite3"
    Database(path).close()  # created and migrated here
    script = (
        "import sys\nfrom pathlib import Path\nfrom app.storage.database import Database\n"
        "Database(Path(sys.argv[1])).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlite_utils', 'pluggy', 'dateutil', 'click') or m == 'app.storage.migrations'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"


def test_a_link_to_a_database_on_a_drive_not_connected_is_named_and_kept(tmp_path):
    """Seen in an attack run: the database was a link to a file on a drive not connected;
    Jalon replaced the link by a new, empty database and said "No audits yet"."""
    path = tmp_path / "j.sqlite3"
    path.symlink_to(tmp_path / "usb-stick" / "jalon.sqlite3")
    with pytest.raises(StorageError, match="is a link to .*usb-stick.*, which cannot be found"):
        Database(path)
    assert path.is_symlink() and not path.exists()  # the link is kept, nothing created
    assert sorted(p.name for p in tmp_path.iterdir()) == ["j.sqlite3"]


def test_a_folder_in_place_of_the_database_is_named(tmp_path):
    path = tmp_path / "j.sqlite3"
    path.mkdir()
    with pytest.raises(StorageError, match="is a folder or a device, not a file"):
        Database(path)


class RefusingConnection:
    """A real connection whose writes fail with the error SQLite gives for `code`, worded
    unlike any of SQLite's messages: the error is known by its code, not by its text."""

    def __init__(self, real: sqlite3.Connection, code: int, name: str):
        self._real, self._code, self._name = real, code, name

    def execute(self, sql: str, params=()):
        if sql.lstrip().upper().startswith("INSERT"):
            error = sqlite3.OperationalError("the medium said no")
            error.sqlite_errorcode, error.sqlite_errorname = self._code, self._name
            raise error
        return self._real.execute(sql, params)

    def __getattr__(self, name):
        return getattr(self._real, name)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("SQLITE_FULL", "is full; nothing was saved"),
        ("SQLITE_READONLY_DBMOVED", "read-only medium or folder; nothing was saved"),
        ("SQLITE_BUSY_SNAPSHOT", "in use by another Jalon window or program"),
        ("SQLITE_IOERR_FSYNC", "reported a read or write error"),
        ("SQLITE_CORRUPT_INDEX", "is damaged or not a Jalon database"),
    ],
)
def test_storage_errors_are_known_by_their_sqlite_code(tmp_path, name, message):
    database = Database(tmp_path / "j.sqlite3")
    database.connection = RefusingConnection(database.connection, getattr(sqlite3, name), name)
    with pytest.raises(StorageError, match=message), database.transaction():
        _insert(database, "a")
    database.close()
