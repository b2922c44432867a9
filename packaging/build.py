#!/usr/bin/env python3
"""Builds the desktop bundle (dist/jalon/) and checks it with its own self-test.

    python3 packaging/build.py            # or: make bundle
    python3 packaging/build.py --python /path/to/venv/bin/python   # use an existing environment

Steps: prepare the project's virtual environment (.venv, with the `bundle` extra that brings
PyInstaller), compile the UI translations, run PyInstaller on packaging/jalon.spec, then run
the built program's `--self-test` and `--version`. Exits non-zero if any step fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "jalon.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def built_program() -> Path:
    """The program to run from a terminal, per operating system."""
    if sys.platform == "win32":
        return DIST / "jalon" / "jalon-cli.exe"
    if sys.platform == "darwin":
        return DIST / "Jalon.app" / "Contents" / "MacOS" / "jalon"
    return DIST / "jalon" / "jalon"


def project_python() -> Path:
    """The project's .venv, created or updated by dev.py with the bundle extra."""
    sys.path.insert(0, str(ROOT))
    import dev  # the same environment set-up as `python3 dev.py run/test`

    dev.ensure_venv("bundle")
    return dev.PYTHON


def step(title: str, command: list[str | Path], env: dict | None = None) -> None:
    print(f"== {title}", flush=True)
    start = time.perf_counter()
    code = subprocess.call([str(c) for c in command], cwd=ROOT, env=env)
    if code:
        sys.exit(f"Build failed: {title} (exit code {code}).")
    print(f"   done in {time.perf_counter() - start:.1f} s", flush=True)


def without_display() -> dict:
    """The self-test must pass on a machine with no display, as on a support call."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("JALON_DATA_DIR", None)
    return env


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", type=Path, help="Python of an existing environment to use.")
    args = parser.parse_args()

    python = args.python or project_python()
    if subprocess.call(
        [str(python), "-c", "import PyInstaller"], cwd=ROOT, stderr=subprocess.DEVNULL
    ):
        step(
            "Installing PyInstaller",
            [
                python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-e",
                ".[bundle]",
            ],
        )
    step("Compiling the UI translations", [python, "-m", "tools.translations_build"])
    shutil.rmtree(DIST / "jalon", ignore_errors=True)
    step(
        "Building with PyInstaller",
        [
            python,
            "-m",
            "PyInstaller",
            SPEC,
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            WORK,
        ],
    )
    program = built_program()
    step("Running the built program's self-test", [program, "--self-test"], without_display())
    step("Checking the built program's version", [program, "--version"], without_display())
    size = folder_size(DIST / "jalon") / 1e6
    print(f"Bundle ready: {DIST / 'jalon'} ({size:.0f} MB); run {program.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
