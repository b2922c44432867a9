"""Frameworks: validating workbooks, listing and installing them, finding one by reference,
comparing two versions, export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.frameworks.framework_catalog import FrameworkCatalog, newest_of_each, ordered
from app.models.errors import JalonError
from app.storage.store import Store

if TYPE_CHECKING:
    from app.frameworks.framework_builder import BuildResult
    from app.frameworks.installed_frameworks import InstalledFrameworks
    from app.models.framework import Framework

# The workbook reader and writer (pyxform, openpyxl) are imported where they are used: the
# desktop app and most commands start without needing them.


@dataclass(frozen=True)
class Installation:
    """What `install` did: the framework, and whether it was already there."""

    framework: Framework
    already_installed: bool


class FrameworkService:
    def __init__(
        self,
        catalog: FrameworkCatalog,
        store: Callable[[], Store] | None = None,
        installed: InstalledFrameworks | None = None,
    ):
        self.catalog = catalog
        # Opened only when a stored framework is looked up: listing or validating frameworks
        # does not need the database.
        self._store = store
        self._installed = installed

    def validate(self, path: Path) -> BuildResult:
        from app.frameworks.framework_loader import load_framework

        return load_framework(path)

    def bundled(self) -> list[Framework]:
        """The current version of each bundled framework."""
        return self.catalog.current()

    def installed(self) -> list[Framework]:
        return ordered(self._installed.all()) if self._installed is not None else []

    def available(self) -> list[Framework]:
        """What a new audit may use: each framework's newest version, bundled or installed."""
        return newest_of_each([*self.catalog.frameworks(), *self.installed()])

    def everything(self) -> list[tuple[Framework, bool]]:
        """Every version known, bundled (True) or installed (False)."""
        return [(f, True) for f in self.catalog.frameworks()] + [
            (f, False) for f in self.installed()
        ]

    def newer_versions(self, framework: Framework) -> list[Framework]:
        """Versions (bundled or installed) an audit of `framework` can be upgraded to: those
        holding a crosswalk from it, newest first."""
        return [
            f
            for f, _ in self.everything()
            if f.content_hash != framework.content_hash and f.crosswalk_from(framework)
        ]

    def default(self) -> Framework:
        return self.catalog.default()

    def resolve(self, reference: str | None) -> Framework:
        """A framework by id (its newest version), by `id@version`, by workbook path, or by
        (a prefix of) a stored hash."""
        if not reference:
            return self.catalog.default()
        path = Path(reference)
        if path.suffix.lower() in (".xlsx", ".xlsm") or path.is_file():
            return self.load(path)
        framework_id, _, version = reference.partition("@")
        matches = [
            f for f, _ in self.everything() if f.id == framework_id and version in ("", f.version)
        ]
        if matches:
            return newest_of_each(matches)[0]
        if self._store is not None and len(reference) >= 8:
            stored = self._store().frameworks
            hashes = [h for h in stored.hashes() if h.startswith(reference)]
            if len(hashes) == 1:
                framework = stored.get(hashes[0])
                if framework is not None:
                    return framework
        if version and any(f.id == framework_id for f, _ in self.everything()):
            known = ", ".join(f.version for f, _ in self.everything() if f.id == framework_id)
            raise JalonError(
                "framework {id} has no version {version} here (versions: {known})",
                id=framework_id,
                version=version,
                known=known,
            )
        known = ", ".join(f.id for f in self.available())
        raise JalonError(
            "no framework {ref!r}: give a bundled framework ({known}) or an .xlsx file",
            ref=reference,
            known=known,
        )

    def load(self, path: Path) -> Framework:
        """A framework workbook that must load without error."""
        from app.frameworks.framework_loader import load_framework

        result = load_framework(path)
        if result.framework is None:
            raise JalonError(
                "{file} has {count} error(s); run 'jalon framework validate {file}' to see them",
                file=str(path),
                count=len(result.errors),
            )
        return result.framework

    def install(self, framework: Framework) -> Installation:
        """Install a framework a network sent (validated: see `validate`). One whose id and
        version are already known with another content is refused: audits name a framework
        by id and version, and two contents under one name would mislead."""
        for known, bundled in self.everything():
            if (known.id, known.version) != (framework.id, framework.version):
                continue
            if known.content_hash == framework.content_hash:
                return Installation(known, already_installed=True)
            raise JalonError(
                "framework {id} version {version} is already {where} with another content "
                "(hash {hash}…); a changed framework needs a new version number",
                id=framework.id,
                version=framework.version,
                where="bundled" if bundled else "installed",
                hash=known.content_hash[:12],
            )
        if self._installed is None:
            raise JalonError("this installation has no folder for installed frameworks")
        self._installed.add(framework)
        return Installation(framework, already_installed=False)

    def export_xlsx(self, framework: Framework, target: Path) -> None:
        from app.frameworks.workbook_writer import WorkbookWriter

        WorkbookWriter(framework).write(target)
