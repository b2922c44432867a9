"""The frameworks shipped with Jalon (resources/frameworks/*.xlsx), loaded on first use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.models.errors import JalonError

if TYPE_CHECKING:
    from app.models.framework import Framework

DEFAULT_FRAMEWORK_ID = "jalon_sp"


class FrameworkCatalog:
    def __init__(self, directory: Path):
        self._directory = directory
        self._loaded: dict[Path, Framework] = {}

    def paths(self) -> list[Path]:
        return sorted(self._directory.glob("*.xlsx"))

    def frameworks(self) -> list[Framework]:
        """Every bundled framework, the default first."""
        found = [self._load(path) for path in self.paths()]
        return sorted(found, key=lambda f: (f.id != DEFAULT_FRAMEWORK_ID, f.id))

    def get(self, framework_id: str) -> Framework:
        for path in self.paths():
            if path.stem == framework_id:
                return self._load(path)
        for framework in self.frameworks():
            if framework.id == framework_id:
                return framework
        known = ", ".join(f.id for f in self.frameworks()) or "none"
        raise JalonError(
            "no bundled framework {id!r} (bundled: {known})", id=framework_id, known=known
        )

    def default(self) -> Framework:
        return self.get(DEFAULT_FRAMEWORK_ID)

    def _load(self, path: Path) -> Framework:
        if path not in self._loaded:
            # Imported here: the workbook reader pulls in pyxform and openpyxl (over a second
            # on a slow laptop), which opening the desktop app or an existing audit never needs.
            from app.frameworks.framework_loader import load_framework

            result = load_framework(path)
            if result.framework is None:
                first = result.errors[0]
                raise JalonError(
                    "bundled framework {file} is damaged: {problem}",
                    file=path.name,
                    problem=str(first),
                )
            self._loaded[path] = result.framework
        return self._loaded[path]
