"""The outcome of verifying and merging one package: what a head office reads per package."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ReceiptStatus(StrEnum):
    ACCEPTED = "accepted"  # a new audit
    UPDATED = "updated"  # an audit already here received new changes
    ALREADY_PRESENT = "already-present"  # nothing new
    CONFLICTS = "conflicts"  # merged, and some answers now wait for a person
    QUARANTINED = "quarantined"  # intact but held: untrusted signer, or finalized audit here
    REJECTED = "rejected"  # refused; nothing written


@dataclass(frozen=True)
class ImportReceipt:
    file: str
    status: ReceiptStatus
    package_id: str = ""
    package_sha256: str = ""
    audit_id: str = ""
    institution: str = ""
    signer_key_id: str = ""
    signer_name: str = ""
    revisions_added: int = 0
    conflicts: int = 0
    problem: str = ""  # stable kind of refusal or hold, e.g. "path-traversal"
    reason: str = ""  # English message template (translated by the UI)
    params: dict[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    created_at: str = ""
    # Who the package's new revisions say wrote them ("author (site)"), as claimed; the
    # signer above is who is proven. Both are shown, so a forged author stands out.
    authors: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        try:
            return self.reason.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.reason

    @property
    def merged(self) -> bool:
        return self.status in (
            ReceiptStatus.ACCEPTED,
            ReceiptStatus.UPDATED,
            ReceiptStatus.CONFLICTS,
        )
