"""The start-up check's answer is handed to the next open only while the file is unchanged."""

import os
import shutil
import time

import pytest

from app.storage.database import Database
from app.storage.database_inspector import DatabaseInspector
from app.storage.storage_error import DatabaseDamagedError
from tests.reliability.damage import damage_table


def _database_with_rows(path):
    database = Database(path)
    with database.transaction():
        for number in range(200):
            database.execute(
                "INSERT INTO installation (key, value) VALUES (?, ?)", (f"k{number}", "v" * 200)
            )
    database.checkpoint()
    database.close()


def test_a_file_damaged_after_the_start_up_check_is_still_refused_at_open(tmp_path):
    path = tmp_path / "j.sqlite3"
    _database_with_rows(path)
    yesterday = time.time_ns() - 86_400 * 10**9  # left alone since: its check is handed on
    os.utime(path, ns=(yesterday, yesterday))
    assert DatabaseInspector(path).health().ok
    damage_table(path, "installation")
    with pytest.raises(DatabaseDamagedError):
        Database(path)


def test_a_damaged_file_replaced_by_a_good_copy_opens(tmp_path):
    path, good = tmp_path / "j.sqlite3", tmp_path / "good.sqlite3"
    _database_with_rows(path)
    shutil.copyfile(path, good)
    damage_table(path, "installation")
    assert not DatabaseInspector(path).health().ok
    good.replace(path)
    Database(path).close()
