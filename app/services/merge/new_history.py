"""A package's revision history merged into an installation that has none of its audit: what a
new audit's merge writes.

It depends on the package alone, so a head office's helper process (ProcessVerifier) works it
out while verifying, as rows ready for SQLite; the merging thread then only writes them. Most
packages reaching a head office are new audits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.exchange.merge.history_merge import HistoryMerge
from app.models.conflict import Conflict
from app.models.revision import Revision
from app.storage.revision_rows import RevisionRows


@dataclass(frozen=True)
class NewHistory:
    revisions: RevisionRows  # every revision of the package, in its order
    heads: dict[str, str]  # revision id per answer
    conflicts: dict[str, list[Conflict]]  # per answer, open ones included
    open_conflicts: int

    @classmethod
    def of(cls, audit_id: str, revisions: Sequence[Revision]) -> NewHistory:
        plan = HistoryMerge(audit_id, ()).plan(revisions)
        return cls(
            RevisionRows.of(plan.new_revisions),
            {indicator: head.id for indicator, head in plan.heads.items()},
            plan.conflicts,
            plan.open_conflicts(),
        )
