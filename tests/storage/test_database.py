import sqlite3

import pytest

from app.storage.database import Database
from app.storage.migrations import MIGRATIONS
from app.storage.storage_error import DatabaseTooNewError, StorageError


def test_new_database_uses_durable_settings(tmp_path):
    database = Database(tmp_path / "j.sqlite3")
    pragma = lambda name: database.connection.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("user_version") == len(MIGRATIONS._migrations)
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


def test_older_database_is_backed_up_then_migrated_in_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "j.sqlite3"
    Database(path).close()

    @MIGRATIONS(name="m900_test_addition")
    def add_table(db):
        db.execute("CREATE TABLE added_later (x INTEGER)")

    try:
        database = Database(path)
        tables = {
            r[0]
            for r in database.connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
        assert "added_later" in tables
        database.close()
        backups = list((tmp_path / "backups").glob("*before-migration.sqlite3"))
        assert len(backups) == 1
        old = sqlite3.connect(backups[0])
        assert "added_later" not in {
            r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        old.close()
    finally:
        MIGRATIONS._migrations.pop()


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "j.sqlite3"
    Database(path).close()

    @MIGRATIONS(name="m901_first_half")
    def first(db):
        db.execute("CREATE TABLE half_done (x INTEGER)")

    @MIGRATIONS(name="m902_breaks")
    def second(db):
        raise RuntimeError("simulated failure in the middle of an upgrade")

    try:
        with pytest.raises(RuntimeError):
            Database(path)
    finally:
        MIGRATIONS._migrations.pop()
        MIGRATIONS._migrations.pop()
    database = Database(path)
    names = {
        r[0]
        for r in database.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    applied = [
        r[0] for r in database.connection.execute("SELECT name FROM _sqlite_migrations")
    ]
    database.close()
    assert "half_done" not in names
    assert applied == [m.name for m in MIGRATIONS._migrations]


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
