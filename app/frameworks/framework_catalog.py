"""The frameworks shipped with Jalon (resources/frameworks/*.xlsx), loaded on first use.

Several versions of a framework may be shipped: the current one (`jalon_sp.xlsx`) for new
audits, earlier ones (`jalon_sp-2026.1.xlsx`) so that the crosswalk of the current version can
be read against them and an upgrade or a comparison has both sides.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.models.errors import JalonError
from app.models.version_alignment import version_key

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
        """Every bundled framework and version: the default first, newest versions first."""
        return ordered([self._load(path) for path in self.paths()])

    def current(self) -> list[Framework]:
        """The newest version of each bundled framework, the default first: for new audits."""
        return newest_of_each(self.frameworks())

    def get(self, framework_id: str, version: str | None = None) -> Framework:
        """A bundled framework by id, in `version` or else its newest one."""
        if version is None:
            for path in self.paths():
                if path.stem == framework_id:  # the current version, without reading others
                    return self._load(path)
        for framework in self.frameworks():
            if framework.id == framework_id and version in (None, framework.version):
                return framework
        if version is not None and any(f.id == framework_id for f in self.frameworks()):
            shipped = ", ".join(f.version for f in self.frameworks() if f.id == framework_id)
            raise JalonError(
                "no version {version} of framework {id} is bundled (bundled: {known})",
                id=framework_id,
                version=version,
                known=shipped,
            )
        known = ", ".join(f.id for f in self.current()) or "none"
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


def ordered(frameworks: list[Framework]) -> list[Framework]:
    """The default framework first, then by id; newest version first within an id."""
    by_version = sorted(frameworks, key=lambda f: version_key(f.version), reverse=True)
    return sorted(by_version, key=lambda f: (f.id != DEFAULT_FRAMEWORK_ID, f.id))


def newest_of_each(frameworks: list[Framework]) -> list[Framework]:
    newest: dict[str, Framework] = {}
    for framework in ordered(frameworks):
        newest.setdefault(framework.id, framework)
    return list(newest.values())
