from datetime import UTC, datetime

from app.storage.backup_archive import BackupArchive, backup_name


def test_the_time_in_a_backup_name_is_read_back_exactly(tmp_path):
    archive = BackupArchive(tmp_path / "j.sqlite3", tmp_path / "backups")
    archive.folder.mkdir()
    moments = [
        datetime(2026, 11, 22, 10, 15, 2, 123456, tzinfo=UTC),
        datetime(1999, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
    ]
    for moment in moments:
        (archive.folder / backup_name("scheduled", moment)).write_bytes(b"")
    assert [info.created_at for info in archive.list()] == moments  # newest first
