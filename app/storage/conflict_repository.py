"""Conflicts of answers, as the merged revision graphs imply them (recomputed, never edited
by hand: an answer's rows are replaced together whenever its history grows)."""

from __future__ import annotations

from typing import Any

from app.models.conflict import Conflict, ConflictStatus
from app.storage.database import Database

_COLUMNS = ("id", "audit_id", "indicator", "revision_a", "revision_b", "status", "resolution_id")


def _conflict(row: tuple[Any, ...]) -> Conflict:
    data = dict(zip(_COLUMNS, row, strict=True))
    data["status"] = ConflictStatus(data["status"])
    return Conflict(**data)


class ConflictRepository:
    def __init__(self, database: Database):
        self._database = database

    def replace(self, audit_id: str, indicator: str, conflicts: list[Conflict]) -> None:
        """Make `conflicts` the rows of one answer. Call inside a transaction."""
        self.replace_many(audit_id, {indicator: conflicts})

    def replace_many(
        self, audit_id: str, by_indicator: dict[str, list[Conflict]], new_audit: bool = False
    ) -> None:
        """Make each list the rows of its answer. Call inside a transaction."""
        stale = set() if new_audit else self.indicators(audit_id) & set(by_indicator)
        if stale:
            self._database.connection.executemany(
                "DELETE FROM conflicts WHERE audit_id = ? AND indicator = ?",
                [(audit_id, indicator) for indicator in sorted(stale)],
            )
        rows = [
            (
                c.id,
                c.audit_id,
                c.indicator,
                c.revision_a,
                c.revision_b,
                c.status.value,
                c.resolution_id,
            )
            for conflicts in by_indicator.values()
            for c in conflicts
        ]
        if rows:
            self._database.connection.executemany(
                f"INSERT INTO conflicts ({', '.join(_COLUMNS)}) VALUES "
                f"({', '.join('?' for _ in _COLUMNS)})",
                rows,
            )

    def get(self, conflict_id: str) -> Conflict | None:
        row = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM conflicts WHERE id = ?", (conflict_id,)
        ).fetchone()
        return _conflict(row) if row else None

    def find_by_prefix(self, prefix: str) -> list[Conflict]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM conflicts WHERE id LIKE ? ESCAPE '\\'",
            (escaped + "%",),
        )
        return [_conflict(row) for row in rows]

    def for_audit(self, audit_id: str, status: ConflictStatus | None = None) -> list[Conflict]:
        sql = f"SELECT {', '.join(_COLUMNS)} FROM conflicts WHERE audit_id = ?"
        params: tuple[Any, ...] = (audit_id,)
        if status is not None:
            sql += " AND status = ?"
            params += (status.value,)
        rows = self._database.execute(sql + " ORDER BY indicator, id", params)
        return [_conflict(row) for row in rows]

    def indicators(self, audit_id: str) -> set[str]:
        rows = self._database.execute(
            "SELECT DISTINCT indicator FROM conflicts WHERE audit_id = ?", (audit_id,)
        )
        return {row[0] for row in rows}

    def open_counts(self) -> dict[str, int]:
        """Open conflicts per audit, for audits that have any."""
        rows = self._database.execute(
            "SELECT audit_id, count(*) FROM conflicts WHERE status = 'open' GROUP BY audit_id"
        )
        return {row[0]: row[1] for row in rows}
