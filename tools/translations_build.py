"""Compiles the UI translations (resources/translations/*.ts → .qm) with Qt's lrelease.

python -m tools.translations_build
"""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6

from app.paths import resources_dir


def lrelease() -> Path:
    folder = Path(PySide6.__file__).parent
    for candidate in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (folder / candidate).exists():
            return folder / candidate
    raise FileNotFoundError("Qt's lrelease tool is not part of this PySide6 installation")


def main() -> int:
    sources = sorted((resources_dir() / "translations").glob("*.ts"))
    for source in sources:
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        import subprocess  # only when building (a source checkout): not at every start-up

        result = subprocess.run(
            [str(lrelease()), "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            text=True,
        )
        if result.returncode:
            print(f"{source.name}: {result.stderr.strip()}", file=sys.stderr)
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
