"""Portable mode: with the marker beside the program, everything Jalon writes stays in the
portable folder — nothing in the user's home, config, cache, data or temporary folders, and no
key secret in the system keyring.

The real command runs in a subprocess whose HOME, XDG_* folders and TMPDIR are watched empty
folders, and whose program folder (JALON_PROGRAM_DIR) is a temporary folder holding the marker.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import PORTABLE_DATA, PORTABLE_MARKER, PROGRAM_DIR_ENV, AppPaths

ROOT = Path(__file__).resolve().parents[2]
WATCHED = ("home", "config", "cache", "data", "state", "runtime", "tmp", "user-data-dir")


def snapshot(root):
    """Every file with its size and time, every folder by its presence (a folder's time
    changes when the portable folder is created inside it, which is expected)."""
    return {
        str(path.relative_to(root)): "folder"
        if path.is_dir()
        else (path.stat().st_size, path.stat().st_mtime_ns)
        for path in root.rglob("*")
    }


@pytest.fixture
def machine(tmp_path):
    """A program folder with the marker, and the host's folders, all watched."""
    program = tmp_path / "stick" / "Jalon"
    program.mkdir(parents=True)
    (program / PORTABLE_MARKER).write_text("")
    for name in WATCHED:
        (tmp_path / name).mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "JALON_", "DISPLAY", "WAYLAND_", "QT_"))
    }
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        TMPDIR=str(tmp_path / "tmp"),
        TMP=str(tmp_path / "tmp"),
        TEMP=str(tmp_path / "tmp"),
        # Even a data folder set for this user must not pull a portable copy's data away.
        JALON_DATA_DIR=str(tmp_path / "user-data-dir"),
        JALON_USER="Awa",
        # The bundle ships no .py files to compile; a source checkout would cache bytecode
        # in its own folder, which is not the portable folder under test.
        PYTHONDONTWRITEBYTECODE="1",
        # A working keyring that keeps its secrets in the watched HOME, as a desktop's does.
        PYTHON_KEYRING_BACKEND="tests.packaging.home_keyring.HomeKeyring",
        PYTHONPATH=str(ROOT),
        JALON_KEY_PASSPHRASE="correct horse battery staple",
    )
    env[PROGRAM_DIR_ENV] = str(program)
    return tmp_path, program, env


def run(env, cwd, *args, module="app"):
    result = subprocess.run(
        [sys.executable, "-m", module, *map(str, args)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_nothing_is_written_outside_the_portable_folder(machine):
    root, program, env = machine
    portable = program / PORTABLE_DATA
    before = snapshot(root)

    created = run(env, program, "audit", "new", "--institution", "Caisse de Kolda")
    audit_id = created.split()[2]
    run(env, program, "audit", "answer", audit_id, "1.1.1.1", "yes")
    assert '"percent": 100.0' in run(env, program, "score", audit_id, "--json")
    assert "Portable mode" in run(env, program, "portable", "status")
    exported = run(env, program, "package", "export", audit_id, portable / "kolda.jalon")
    assert "signed by Awa" in exported  # with a new key; its secret must not reach HOME
    assert "Ready for removal" in run(env, program, "portable", "prepare-removal")

    after = snapshot(root)
    changed = {p for p in after.keys() | before.keys() if after.get(p) != before.get(p)}
    outside = sorted(path for path in changed if not (root / path).is_relative_to(portable))
    assert outside == [], f"written outside the portable folder: {outside}"
    assert (portable / "jalon.sqlite3").stat().st_size > 0
    assert (portable / "logs").is_dir()
    assert list((portable / "keys").iterdir())


def test_the_test_keyring_would_show_a_key_secret_left_on_the_host(machine):
    """The control for the test above: installed (not portable), a new key's secret goes to
    the keyring in HOME, so a portable copy doing the same would have been caught."""
    root, program, env = machine
    (program / PORTABLE_MARKER).unlink()
    assert "protected by keyring" in run(env, program, "keys", "new", "--name", "Awa")
    assert (root / "home" / "test-keyring.json").is_file()


def test_the_desktop_app_keeps_its_settings_and_qt_settings_in_the_portable_folder(machine):
    root, program, env = machine
    before = snapshot(root)
    shown = run(
        {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        program,
        module="tests.packaging.desktop_session",
    )
    assert "window shown" in shown

    after = snapshot(root)
    changed = {p for p in after.keys() | before.keys() if after.get(p) != before.get(p)}
    portable = program / PORTABLE_DATA
    outside = sorted(path for path in changed if not (root / path).is_relative_to(portable))
    assert outside == [], f"written outside the portable folder: {outside}"
    assert (portable / "settings.ini").is_file()
    assert list((portable / "qt-settings").rglob("*.conf")), "Qt's own settings went elsewhere"


def test_the_marker_or_the_flag_selects_the_folder_beside_the_program(machine, monkeypatch):
    root, program, _env = machine
    monkeypatch.setenv(PROGRAM_DIR_ENV, str(program))
    monkeypatch.setenv("JALON_DATA_DIR", str(root / "user-data-dir"))
    paths = AppPaths.resolve()
    assert paths.portable and paths.data_dir == program / PORTABLE_DATA
    for where in (paths.database, paths.keys, paths.backups, paths.logs, paths.settings):
        assert where.is_relative_to(program / PORTABLE_DATA)
    # An explicit --data-dir still wins, e.g. to open a copy of the stick's data elsewhere.
    assert not AppPaths.resolve(root / "elsewhere").portable

    (program / PORTABLE_MARKER).unlink()
    assert AppPaths.resolve().data_dir == root / "user-data-dir"
    assert AppPaths.resolve(portable=True).data_dir == program / PORTABLE_DATA
