"""A comment, or an action's description, typed in the real desktop application survives the
ways a laptop stops Jalon without asking: SIGTERM (a logout, an operating-system shutdown,
`systemctl stop`), SIGHUP (the session or terminal that started it goes away) and SIGINT (Ctrl+C
in that terminal).

The application runs in its own process (offscreen display) and the comment is typed key by
key into the real comment field; the signal is sent the moment the last key is in, before the
half-second typing pause could save it, so only the signal handling can. The comment is then
read back by a second process, `jalon audit history`, as a person would check it.

The PySide6 wheels for Linux are built without X11 session management (no libSM), so on Linux
the end of a desktop session reaches Jalon as SIGTERM/SIGHUP (systemd-logind, the session
leader); Qt's commitDataRequest (Windows, macOS) is covered in tests/ui/test_shutdown_guard.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.composition import Application
from app.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60
COMMENT = "Board minutes of March seen"
ACTION = "Train loan officers on complaints"


def _environment() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "JALON_USER": "Awa Diop",
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture
def audit_id(data_dir, catalog) -> str:
    application = Application(AppPaths(data_dir), author="Awa Diop")
    application.catalog = catalog
    try:
        return application.audits.create(catalog.default(), "Caisse Rurale de Kolda", "SN").id
    finally:
        application.close()


def _history(data_dir: Path, audit_id: str, code: str) -> str:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(data_dir),
            "audit",
            "history",
            audit_id[:8],
            code,
        ],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=TIMEOUT_S,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _type_then_stop(data_dir: Path, audit_id: str, field: str, text: str, stop: int) -> None:
    """Starts the application, types `text` into `field` of question 1.1.1.1 and sends `stop`
    the moment the last key is in; the application must save and exit cleanly."""
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.reliability.typing_session",
            str(data_dir),
            audit_id[:6],
            "1.1.1.1",
            field,
            text,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_environment(),
        cwd=ROOT,
    ) as process:
        try:
            line = process.stdout.readline()
            assert line == "TYPED\n", line or process.stderr.read()
            process.send_signal(stop)
            assert process.wait(timeout=TIMEOUT_S) == 0, process.stderr.read()
        finally:
            if process.poll() is None:
                process.kill()


@pytest.mark.slow
@pytest.mark.parametrize(
    "stop", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=lambda s: s.name
)
def test_a_comment_typed_just_before_a_stop_signal_is_saved(data_dir, audit_id, stop):
    _type_then_stop(data_dir, audit_id, "comment", COMMENT, stop)
    assert f"comment: {COMMENT}" in _history(data_dir, audit_id, "1.1.1.1")


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_an_action_typed_in_its_dialog_just_before_a_stop_signal_is_saved(
    data_dir, audit_id, catalog, stop
):
    _type_then_stop(data_dir, audit_id, "action", ACTION, stop)
    application = Application(AppPaths(data_dir))
    application.catalog = catalog
    try:
        actions = application.audits.open(audit_id).actions()
    finally:
        application.close()
    assert [(a.title, a.target) for a in actions] == [(ACTION, "q1_1_1_1")]
