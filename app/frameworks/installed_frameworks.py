"""Frameworks installed on this computer from a file a network sent (`jalon framework
install`), kept as canonical JSON in the data folder's `frameworks/`: the exact content its
hash was computed on, read back without a spreadsheet parser.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.boundary.regular_file import RegularFile
from app.models.errors import JalonError

MAX_FRAMEWORK_BYTES = 64 * 1024 * 1024  # the bundled framework's JSON is about 1 MB

if TYPE_CHECKING:
    from app.models.framework import Framework


class InstalledFrameworks:
    def __init__(self, directory: Path):
        self._directory = directory

    def all(self) -> list[Framework]:
        from app.models.framework import Framework

        found = []
        for path in sorted(self._directory.glob("*.json")):
            try:
                text = RegularFile.read_text(path, MAX_FRAMEWORK_BYTES)
                found.append(Framework.from_dict(json.loads(text)))
            except (OSError, ValueError, KeyError, TypeError) as error:
                raise JalonError(
                    "the installed framework {file} cannot be read ({reason}); install it again",
                    file=str(path),
                    reason=error,
                ) from error
        return found

    def add(self, framework: Framework) -> Path:
        """Write `framework` atomically under its id and version."""
        import tempfile  # here: installing a framework is rare, every start lists them

        target = self._directory / f"{framework.id}-{framework.version}.json"
        try:
            self._directory.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(
                prefix=".tmp-", suffix=".json", dir=self._directory
            )
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(framework.canonical_json())
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, target)
        except OSError as error:
            raise JalonError(
                "cannot write {file}: {reason}", file=str(target), reason=error.strerror
            ) from error
        return target
