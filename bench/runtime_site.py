"""A site-packages folder holding only what installing Jalon installs: its runtime dependencies
and theirs, as pyproject.toml declares them, linked from the development environment.

The development environment also holds the test tools, among them pandas, numpy and duckdb,
and some libraries load what they find installed: sqlite-utils imports pandas and numpy
whenever it can (the very first start, which creates the database, then takes 2 s longer). A
start-up measured or checked there would charge Jalon for libraries a user's copy does not
have, so the start-up bench and tests/ui/test_startup_modules.py run their programs with this
folder instead of the development site-packages (`python -S`, the checkout and this folder on
PYTHONPATH).
"""

from __future__ import annotations

import os
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class RuntimeSite:
    def __init__(self, folder: Path, distribution: str = "jalon"):
        self.folder = folder
        self.distribution = distribution

    def requirements(self) -> set[str]:
        """The normalised names of every distribution installing Jalon brings in."""
        # Here, not at the top: the bench's children import this module's package without it.
        from packaging.requirements import Requirement

        found: set[str] = set()
        waiting = [(self.distribution, frozenset())]
        while waiting:
            name, extras = waiting.pop()
            for line in metadata.requires(name) or []:
                requirement = Requirement(line)
                marker = requirement.marker
                if marker is not None and not any(
                    marker.evaluate({"extra": extra}) for extra in (*extras, "")
                ):
                    continue
                key = _normalised(requirement.name)
                if key not in found:
                    found.add(key)
                    waiting.append((requirement.name, frozenset(requirement.extras)))
        return found

    def build(self) -> Path:
        """Links each required distribution's top-level packages, modules, shared libraries
        and metadata into the folder (made once; reused when it exists)."""
        if self.folder.is_dir():
            return self.folder
        partial = self.folder.with_name(self.folder.name + ".partial")
        partial.mkdir(parents=True)
        for name in sorted(self.requirements()):
            distribution = metadata.distribution(name)
            for top in {file.parts[0] for file in distribution.files or []}:
                source = Path(distribution.locate_file(top))
                link = partial / top
                if top in ("..", "__pycache__") or top.endswith(".pth") or link.exists():
                    continue  # scripts, caches, path hooks; namespace folders linked once
                link.symlink_to(source, target_is_directory=source.is_dir())
        partial.rename(self.folder)
        return self.folder

    def command(self, *arguments: str) -> list[str]:
        """A Python command line that sees the standard library, the checkout and this folder
        only (no site-packages, no .pth hooks)."""
        return [sys.executable, "-S", *arguments]

    def environment(self, base: dict[str, str]) -> dict[str, str]:
        return {**base, "PYTHONPATH": os.pathsep.join([str(ROOT), str(self.build())])}


def _normalised(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")
