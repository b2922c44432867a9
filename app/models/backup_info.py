"""What the backups folder holds, as the desktop app and the CLI list it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

# Backups the person asked for; Jalon never deletes them.
MANUAL = "manual"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    reason: str  # "manual", "scheduled", "before-migration", "before-merge", ...
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def automatic(self) -> bool:
        return self.reason != MANUAL

    @property
    def created_iso(self) -> str:
        """The time in the form revisions use, to compare with the times of changes."""
        return self.created_at.isoformat(timespec="microseconds").replace("+00:00", "Z")
