"""The same faults on real file systems: a small tmpfs that really fills up (ENOSPC from the
kernel) and a medium really mounted read-only (EROFS).

Mounting needs privileges that CI machines and developer laptops may not give: the tests skip,
saying so, when `mount` is refused. tests/reliability/test_storage_faults.py covers the same
faults everywhere by making SQLite itself refuse the writes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from app.composition import Application
from app.models.text_rule import COMMENT
from app.paths import AppPaths
from app.storage.storage_error import StorageError

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("mount") is None,
    reason="needs Linux mount",
)

WIDE = "\U0001d52a"  # four UTF-8 bytes: a comment of the longest allowed is 80 kB


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def medium(tmp_path):
    """A 4 MB file system of its own, like a small USB stick."""
    point = tmp_path / "stick"
    point.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)):
        pytest.skip("mounting a tmpfs is not allowed here")
    yield point
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.fixture
def stick_app(medium, catalog):
    application = Application(AppPaths(medium / "jalon-data"), author="Awa")
    application.catalog = catalog
    yield application
    application.close()


def _first_question(session) -> str:
    return next(i.name for i in session.framework.iter_indicators() if len(i.choices) > 1)


def test_a_really_full_disk_refuses_cleanly_then_recovers(stick_app, medium):
    audit = stick_app.audits.create(stick_app.catalog.default(), "Caisse de Test")
    session = stick_app.audits.open(audit.id)
    name = _first_question(session)
    session.answer(name, session.indicator(name).choices[0].name)
    filler = medium / "filler"
    with filler.open("wb", buffering=0) as handle, pytest.raises(OSError):
        while True:
            handle.write(bytes(65536))
    screen = dict(session.answers)
    with pytest.raises(StorageError, match="is full; nothing was saved"):
        session.comment(name, WIDE * COMMENT.limit)
    assert session.answers == screen
    with pytest.raises(StorageError, match="is full; the backup was not made"):
        stick_app.backups.create()
    assert not list(stick_app.paths.backups.glob("*.partial"))
    filler.unlink()
    saved = session.comment(name, WIDE * COMMENT.limit)
    stick_app.close()
    assert stick_app.audits.open(audit.id).answers[name].revision_id == saved.revision_id
    assert stick_app.store.database.integrity_problems() == []


def test_a_read_only_medium_is_named_and_not_taken_for_damage(stick_app, medium):
    stick_app.audits.create(stick_app.catalog.default(), "Caisse de Test")
    stick_app.close()
    if not _mount("-o", "remount,ro", str(medium)):
        pytest.skip("remounting read-only is not allowed here")
    try:
        assert stick_app.backups.recovery_offer() is None  # read-only is not damage
        assert len(stick_app.audits.list()) == 1  # read, not written (test_read_only_medium.py)
        with pytest.raises(StorageError, match="read-only medium"):
            stick_app.audits.create(stick_app.catalog.default(), "Caisse B")
    finally:
        stick_app.close()
        assert _mount("-o", "remount,rw", str(medium))
    assert len(stick_app.audits.list()) == 1  # writable again: everything is there


def test_a_disk_already_full_when_jalon_starts_is_named_full(stick_app, medium):
    """Opening a WAL database creates its index file (-shm): on a full disk SQLite reports that
    as an I/O error (SQLITE_IOERR_SHMSIZE), which is still a full disk, not a failing drive."""
    stick_app.audits.create(stick_app.catalog.default(), "Caisse de Test")
    stick_app.close()
    filler = medium / "filler"
    with filler.open("wb", buffering=0) as handle, pytest.raises(OSError):
        while True:
            handle.write(bytes(4096))
    with pytest.raises(StorageError, match="is full") as refused:
        stick_app.audits.list()
    assert "read or write error" not in str(refused.value)
    filler.unlink()
    assert len(stick_app.audits.list()) == 1
