"""A package held aside: intact, but not merged until a person decides (trust its signer,
reopen the finalized audit it would change)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class QuarantinedPackage:
    id: str
    package_sha256: str
    package_id: str
    audit_id: str
    institution: str
    signer_key_id: str
    signer_name: str
    reason: str  # English template
    params: dict[str, Any]
    file_name: str
    held_at: str
    released_at: str = ""

    @property
    def message(self) -> str:
        try:
            return self.reason.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.reason
