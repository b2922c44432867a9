"""The record a tidy export keeps in its target folder (jalon-export.json): the format, every
audit exported with its change mark, and the batches written so far.

It lives with the files it describes, so an incremental export to another folder starts
afresh, and removing the folder forgets everything. Read as untrusted input: a file that is
not a Jalon export record is refused with its name, and nothing is written.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.boundary.regular_file import RegularFile
from app.models.errors import JalonError

MANIFEST = "jalon-export.json"
_KIND = "jalon-tidy-export"
_VERSION = 1
_LIMIT = 64 * 1024 * 1024  # 10,000 audits take about 1 MB


@dataclass
class ExportManifest:
    format: str
    audits: dict[str, str] = field(default_factory=dict)  # audit id → change mark
    # {"folder", "batch", "audits", "removed"}
    batches: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path) -> ExportManifest | None:
        """The folder's record, or None when the folder holds no export yet."""
        path = Path(folder) / MANIFEST
        if not path.exists():
            return None
        try:
            data = json.loads(RegularFile.read_text(path, _LIMIT))
            if data.get("kind") != _KIND:
                raise ValueError("not an export record")
            version = data.get("version")
            if not isinstance(version, int):
                raise ValueError("no record version")
            if version != _VERSION:
                raise JalonError(
                    "{file} was written by another version of Jalon (record version "
                    "{version}); export to a new folder",
                    file=str(path),
                    version=version,
                )
            audits, batches = data["audits"], data["batches"]
            if not (
                isinstance(data["format"], str)
                and isinstance(audits, dict)
                and all(isinstance(k, str) and isinstance(v, str) for k, v in audits.items())
                and isinstance(batches, list)
                and all(isinstance(b, dict) and isinstance(b.get("folder"), str) for b in batches)
            ):
                raise ValueError("unexpected content")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise JalonError(
                "{file} is not a readable Jalon export record ({reason}); remove "
                "it to start a new export in this folder",
                file=str(path),
                reason=str(error),
            ) from None
        return cls(data["format"], audits, batches)

    def save(self, folder: Path) -> None:
        """Written under a temporary name and moved into place: an interrupted export leaves
        the previous record, so the next incremental export redoes what was lost."""
        path = Path(folder) / MANIFEST
        partial = path.with_name(path.name + ".partial")
        data = {
            "kind": _KIND,
            "version": _VERSION,
            "format": self.format,
            "audits": self.audits,
            "batches": self.batches,
        }
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
