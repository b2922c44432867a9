"""A data folder Jalon may read but not write — an auditor's write-protected USB stick, a
folder shared read-only — is read: `audit list`, `audit show`, exports work; a save is refused
with the read-only sentence; nothing is written there, not even SQLite's log files.

Two honest ways to make a folder read-only, each used where it bites:
- permissions (chmod): they do not stop an administrator, so when the tests run as root the
  commands run in a real `jalon` process under an unprivileged user id (`nobody`); the test
  skips, saying so, when the process may not change its user;
- a read-only mount (a bind mount remounted `ro`): it stops root too; the tests skip, saying
  so, where `mount` is not allowed. tests/reliability/test_real_filesystems.py mounts too.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from app.composition import Application
from app.paths import AppPaths
from app.storage.storage_error import StorageError

NOBODY = 65534
READ_ONLY = "is on a read-only medium or folder; nothing was saved"


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` and its SHA-256: what "nothing was written" compares."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _worked_folder(root: Path, catalog) -> tuple[Path, str]:
    """A data folder holding an answered audit, closed as Jalon closes it."""
    data = root / "data"
    app = Application(AppPaths(data), author="Awa")
    try:
        audit = app.audits.create(catalog.default(), "Caisse du Stick", "SN")
        session = app.audits.open(audit.id)
        session.answer(
            next(
                i.name
                for i in session.framework.iter_indicators()
                if {"yes", "no"} <= {c.name for c in i.choices}
            ),
            "yes",
        )
    finally:
        app.close()
    return data, audit.id


def _protect(folder: Path) -> None:
    for path in folder.rglob("*"):
        path.chmod(0o555 if path.is_dir() else 0o444)
    folder.chmod(0o555)


def _jalon_process(data: Path, *args: str, user: int | None) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "HOME": str(data.parent),
        "JALON_USER": "Awa",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }

    def become_user() -> None:
        os.setgid(user)
        os.setgroups([])
        os.setuid(user)

    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        cwd=Path(__file__).parents[2],
        preexec_fn=become_user if user is not None else None,
    )


@pytest.fixture
def shared_root():
    """A folder another user may enter (pytest's own is private to whoever runs it)."""
    root = Path(tempfile.mkdtemp(prefix="jalon-read-only-"))
    root.chmod(0o755)
    yield root
    for path in [root, *root.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(root)


def test_a_write_protected_folder_is_read_and_refuses_saves_naming_it(shared_root, catalog):
    data, audit_id = _worked_folder(shared_root, catalog)
    exports = shared_root / "exports"
    exports.mkdir(mode=0o777)
    exports.chmod(0o777)
    _protect(data)
    user = NOBODY if os.geteuid() == 0 else None
    if user is not None:
        try:
            probe = subprocess.run(
                [sys.executable, "-c", "pass"],
                preexec_fn=lambda: os.setuid(user),
                capture_output=True,
            )
            runs = probe.returncode == 0
        except OSError:  # the other user may not reach this Python (a checkout in a 0700 folder)
            runs = False
        if not runs:
            pytest.skip(
                "running as root and unable to run this Python as another user: "
                "permissions would not stop this one"
            )
    before = _snapshot(data)

    listed = _jalon_process(data, "audit", "list", user=user)
    assert listed.returncode == 0, listed.stderr
    assert "Caisse du Stick" in listed.stdout
    shown = _jalon_process(data, "audit", "show", audit_id, user=user)
    assert shown.returncode == 0 and "Caisse du Stick" in shown.stdout, shown.stderr
    exported = _jalon_process(data, "export", "xlsx", audit_id, str(exports / "a.xlsx"), user=user)
    assert exported.returncode == 0, exported.stderr
    assert (exports / "a.xlsx").stat().st_size > 0
    refused = _jalon_process(data, "audit", "answer", audit_id, "1.1.1.2", "no", user=user)
    assert refused.returncode == 1 and READ_ONLY in refused.stderr, refused.stderr
    assert "unexpected problem" not in refused.stderr + listed.stderr + shown.stderr

    assert _snapshot(data) == before  # no byte written, no -wal or -shm left there


@pytest.fixture
def read_only_mount(tmp_path):
    """mount(source, point) binds `source` read-only at `point`; undone at the end."""
    points: list[Path] = []

    def mount(source: Path, point: Path) -> Path:
        point.mkdir()
        if (
            subprocess.run(
                ["mount", "--bind", str(source), str(point)], capture_output=True
            ).returncode
            != 0
        ):
            pytest.skip("bind mounts are not allowed here")
        points.append(point)
        if (
            subprocess.run(
                ["mount", "-o", "remount,bind,ro", str(point)], capture_output=True
            ).returncode
            != 0
        ):
            pytest.skip("remounting read-only is not allowed here")
        return point

    if shutil.which("mount") is None or not sys.platform.startswith("linux"):
        pytest.skip("needs Linux mount")
    yield mount
    for point in reversed(points):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_read_only_mount_is_read_even_by_an_administrator(tmp_path, catalog, read_only_mount):
    data, audit_id = _worked_folder(tmp_path, catalog)
    before = _snapshot(data)
    stick = read_only_mount(data, tmp_path / "stick")
    app = Application(AppPaths(stick), author="Auditor")
    app.catalog = catalog
    try:
        [audit] = app.audits.list()
        session = app.audits.open(audit_id)
        assert audit.institution == "Caisse du Stick" and session.answers
        assert app.store.database.read_only
        name = next(iter(session.answers))
        with pytest.raises(StorageError, match=READ_ONLY):
            session.comment(name, "seen on site")
        assert app.audits.open(audit_id).answers[name].comment == ""
    finally:
        app.close()
    assert _snapshot(data) == before


def test_changes_left_in_the_log_on_a_read_only_medium_are_not_hidden(
    tmp_path, catalog, read_only_mount
):
    """A stick pulled out while Jalon ran keeps its last changes in the -wal file: reading the
    file without them would show older answers as if they were the latest."""
    data, audit_id = _worked_folder(tmp_path, catalog)
    database = data / "jalon.sqlite3"
    copy = tmp_path / "copy"
    copy.mkdir()
    writer = sqlite3.connect(database)
    try:  # a change committed to the log only, copied while the writer still has it open
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE audits SET institution = 'Caisse du Stick (last change)'")
        writer.commit()
        for name in ("jalon.sqlite3", "jalon.sqlite3-wal"):
            shutil.copyfile(data / name, copy / name)
    finally:
        writer.close()
    stick = read_only_mount(copy, tmp_path / "stick")
    app = Application(AppPaths(stick), author="Auditor")
    try:
        with pytest.raises(StorageError, match="changes saved last are still in jalon.sqlite3-wal"):
            app.audits.get(audit_id)
    finally:
        app.close()
