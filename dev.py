#!/usr/bin/env python3
"""Set-up and run commands for Jalon, for a machine with only Python 3.11+ and pip.

    python3 dev.py run     # create .venv if needed, install, launch the desktop app
    python3 dev.py test    # create .venv if needed, install, run every check and test
    python3 dev.py bench   # run the benchmarks and print ratios against their baselines

Each command creates its own virtual environment (.venv) and installs what it needs; it
reinstalls only when pyproject.toml changed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".install-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
SYSTEM_TOOLS = {"minisign": "minisign", "pdftoppm": "poppler-utils", "unzip": "unzip"}


def run(*args: str | Path, env: dict | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def ensure_venv(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit("Jalon needs Python 3.11 or newer; this is " + sys.version.split()[0])
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing Jalon and its dependencies …", flush=True)
    target = f".[{extras}]" if extras else "."
    code = run(
        PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target
    )
    if code:
        sys.exit(f"Installation failed (pip exit code {code}).")
    STAMP.write_text(wanted)


def build_translations() -> None:
    code = run(PYTHON, "-m", "tools.translations_build")
    if code:
        sys.exit("Building the UI translations failed.")


def install_system_tools() -> None:
    """Tools used by interoperability tests; installed when we may (root with apt-get)."""
    missing = [pkg for tool, pkg in SYSTEM_TOOLS.items() if shutil.which(tool) is None]
    if not missing or shutil.which("apt-get") is None or getattr(os, "geteuid", lambda: 1)():
        return
    print(f"Installing system tools for the tests: {', '.join(missing)} …", flush=True)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.call(["apt-get", "update", "-qq"], env=env, **quiet)
    subprocess.call(["apt-get", "install", "-y", "-qq", *missing], env=env, **quiet)


def command_run(args: list[str]) -> int:
    ensure_venv("")
    build_translations()
    return run(PYTHON, "-m", "app", *args)


def command_test(args: list[str]) -> int:
    ensure_venv("test")
    build_translations()
    install_system_tools()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    for check in (
        [PYTHON, "-m", "ruff", "check", "."],  # RUF100 among its rules: no unneeded noqa
        [PYTHON, "-m", "ruff", "format", "--check", "."],  # `ruff format .` fixes what it lists
        [BIN / "lint-imports"],
        [PYTHON, "-m", "mypy"],  # configured in pyproject.toml; its cache keeps reruns short
    ):
        code = run(*check, env=env)
        if code:
            print(f"Check failed: {' '.join(str(c) for c in check[1:] or check)}", flush=True)
            return code
    return run(PYTHON, "-m", "pytest", *args, env=env)


def command_bench(args: list[str]) -> int:
    ensure_venv("test")
    build_translations()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return run(PYTHON, "-m", "bench", *args, env=env)


COMMANDS = {"run": command_run, "test": command_test, "bench": command_bench}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
