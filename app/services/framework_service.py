"""Frameworks: validating workbooks, listing installed ones, finding one by reference, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.frameworks.framework_catalog import FrameworkCatalog
from app.models.errors import JalonError
from app.storage.store import Store

if TYPE_CHECKING:
    from app.frameworks.framework_builder import BuildResult
    from app.models.framework import Framework

# The workbook reader and writer (pyxform, openpyxl) are imported where they are used: the
# desktop app and most commands start without needing them.


class FrameworkService:
    def __init__(self, catalog: FrameworkCatalog, store: Callable[[], Store] | None = None):
        self.catalog = catalog
        # Opened only when a stored framework is looked up: listing or validating frameworks
        # does not need the database.
        self._store = store

    def validate(self, path: Path) -> BuildResult:
        from app.frameworks.framework_loader import load_framework

        return load_framework(path)

    def bundled(self) -> list[Framework]:
        return self.catalog.frameworks()

    def default(self) -> Framework:
        return self.catalog.default()

    def resolve(self, reference: str | None) -> Framework:
        """A framework by bundled id, by workbook path, or by (a prefix of) a stored hash."""
        if not reference:
            return self.catalog.default()
        path = Path(reference)
        if path.suffix.lower() in (".xlsx", ".xlsm") or path.is_file():
            from app.frameworks.framework_loader import load_framework

            result = load_framework(path)
            if result.framework is None:
                raise JalonError(
                    "{file} has {count} error(s); run 'jalon framework validate "
                    "{file}' to see them",
                    file=str(path),
                    count=len(result.errors),
                )
            return result.framework
        for framework in self.catalog.frameworks():
            if framework.id == reference:
                return framework
        if self._store is not None and len(reference) >= 8:
            stored = self._store().frameworks
            matches = [h for h in stored.hashes() if h.startswith(reference)]
            if len(matches) == 1:
                framework = stored.get(matches[0])
                if framework is not None:
                    return framework
        known = ", ".join(f.id for f in self.catalog.frameworks())
        raise JalonError(
            "no framework {ref!r}: give a bundled framework ({known}) or an .xlsx file",
            ref=reference,
            known=known,
        )

    def export_xlsx(self, framework: Framework, target: Path) -> None:
        from app.frameworks.workbook_writer import WorkbookWriter

        WorkbookWriter(framework).write(target)
