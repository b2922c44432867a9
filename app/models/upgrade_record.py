"""The log entry an audit's upgrade to a newer framework version leaves ("upgraded"): which
framework it left and which it took, what became of each answer, and the questions and groups
(dimensions, standards, practices) of the earlier version that the newer one lacks: their answers
stay in the history, and an action of the plan may stay on them.

It travels in packages with the rest of the audit's log: a site that still has the earlier
version follows the upgrade from it, and a package reader accepts history kept for those
questions, and action targets on what the earlier version had. Records written before groups
were listed name none: an action on a group the newer version removed is then refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.models.audit import AuditEvent

UPGRADED = "upgraded"


@dataclass(frozen=True)
class UpgradeRecord:
    from_hash: str
    to_hash: str
    from_version: str
    to_version: str
    earlier_questions: frozenset[str]  # questions of the earlier version the newer one lacks
    # {"from", "to", "relation", "outcome", "reason", "params"}
    moves: tuple[dict[str, Any], ...] = ()
    earlier_groups: frozenset[str] = frozenset()  # its groups the newer one lacks

    @property
    def earlier_names(self) -> frozenset[str]:
        """Every name of the earlier version an action of the plan may still target: its
        questions and groups the newer version lacks, and every question the upgrade moved."""
        moved = {str(move.get("from", "")) for move in self.moves}
        return self.earlier_questions | self.earlier_groups | (moved - {""})

    def to_detail(self) -> dict[str, Any]:
        return {
            "from": self.from_hash,
            "to": self.to_hash,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "earlier_questions": sorted(self.earlier_questions),
            "earlier_groups": sorted(self.earlier_groups),
            "moves": list(self.moves),
        }

    @classmethod
    def of(cls, event: AuditEvent) -> UpgradeRecord | None:
        """The record an "upgraded" event holds; None for any other event or a malformed one."""
        detail = event.detail
        if event.kind != UPGRADED or not isinstance(detail, dict):
            return None
        earlier = detail.get("earlier_questions", [])
        groups = detail.get("earlier_groups", [])
        moves = detail.get("moves", [])
        if not all(isinstance(items, list) for items in (earlier, groups, moves)):
            return None
        return cls(
            str(detail.get("from", "")),
            str(detail.get("to", "")),
            str(detail.get("from_version", "")),
            str(detail.get("to_version", "")),
            frozenset(str(name) for name in earlier),
            tuple(move for move in moves if isinstance(move, dict)),
            frozenset(str(name) for name in groups),
        )


def upgrades(events: Iterable[AuditEvent]) -> list[UpgradeRecord]:
    return [record for event in events if (record := UpgradeRecord.of(event)) is not None]


def upgrade_between(events: Iterable[AuditEvent], earlier: str, later: str) -> bool:
    """Whether the log shows an upgrade from framework hash `earlier` to `later`."""
    return any((r.from_hash, r.to_hash) == (earlier, later) for r in upgrades(events))
