"""Two divergent changes of the same answer, kept side by side until a person settles them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Conflict:
    id: str
    audit_id: str
    indicator: str
    revision_a: str  # the newer side; while open it is the answer currently shown
    revision_b: str  # the older side
    status: ConflictStatus
    resolution_id: str | None = None  # the revision that joined both sides

    @property
    def is_open(self) -> bool:
        return self.status == ConflictStatus.OPEN

    @staticmethod
    def make_id(audit_id: str, indicator: str, first: str, second: str) -> str:
        """The same pair of revisions gives the same id on every installation, in any order."""
        low, high = sorted((first, second))
        key = "\x00".join((audit_id, indicator, low, high)).encode("utf-8")
        return hashlib.sha256(key).hexdigest()[:32]
