"""Running `jalon` commands from tests.

`jalon()` runs the real command group in this process (click's CliRunner): the same parsing,
error reporting and exit codes as the installed command, without starting Python again for
every command. `jalon_process()` starts the real program as a user would, for the few smoke
tests that must see the entry point, the environment and the process exit as they are.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from app.cli.main import cli


@dataclass(frozen=True)
class CommandResult:
    returncode: int
    stdout: str
    stderr: str


def jalon(
    data_dir: Path,
    *args,
    input_text: str | None = None,
    check: bool = True,
    env: dict[str, str] | None = None,
) -> CommandResult:
    """Run `jalon ARGS` on `data_dir` as Awa; with `check`, a non-zero exit fails the test."""
    environment = {"JALON_DATA_DIR": str(data_dir), "JALON_USER": "Awa", **(env or {})}
    result = CliRunner().invoke(
        cli, [str(a) for a in args], input=input_text, env=environment, prog_name="jalon"
    )
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a bug in a test's set-up, not a user's error: show it
    outcome = CommandResult(result.exit_code, result.stdout, result.stderr)
    if check:
        assert outcome.returncode == 0, outcome.stderr
    return outcome


def jalon_process(
    data_dir: Path,
    *args,
    input_text: str | None = None,
    check: bool = True,
    env: dict[str, str] | None = None,
) -> CommandResult:
    """Run `python -m app ARGS` in a new process with no display."""
    environment = {
        **os.environ,
        "JALON_DATA_DIR": str(data_dir),
        "JALON_USER": "Awa",
        **(env or {}),
    }
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        environment.pop(name, None)
    completed = subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        env=environment,
        input=input_text,
        capture_output=True,
        text=True,
        timeout=120,
    )
    outcome = CommandResult(completed.returncode, completed.stdout, completed.stderr)
    if check:
        assert outcome.returncode == 0, outcome.stderr
    return outcome
