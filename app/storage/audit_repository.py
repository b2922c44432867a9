"""Audits and their event log."""

from __future__ import annotations

import builtins
import json
from typing import Any

from app.models.audit import Audit, AuditEvent, AuditStatus, AuditType
from app.storage.database import Database

_COLUMNS = (
    "id",
    "framework_hash",
    "institution",
    "country",
    "audit_type",
    "auditors",
    "period_start",
    "period_end",
    "content_language",
    "modules",
    "status",
    "created_at",
    "updated_at",
    "created_by",
    "finalized_at",
    "finalized_by",
    "seal",
    "institution_id",
)


def _audit(row: tuple[Any, ...]) -> Audit:
    data = dict(zip(_COLUMNS, row, strict=True))
    data["audit_type"] = AuditType(data["audit_type"])
    data["status"] = AuditStatus(data["status"])
    data["auditors"] = tuple(json.loads(data["auditors"]))
    data["modules"] = frozenset(json.loads(data["modules"]))
    return Audit(**data)


def _row(audit: Audit) -> tuple[Any, ...]:
    values = {
        **audit.__dict__,
        "audit_type": audit.audit_type.value,
        "status": audit.status.value,
        "auditors": json.dumps(list(audit.auditors), ensure_ascii=False),
        "modules": json.dumps(sorted(audit.modules)),
    }
    return tuple(values[c] for c in _COLUMNS)


class AuditRepository:
    def __init__(self, database: Database):
        self._database = database

    def add(self, audit: Audit, event: AuditEvent) -> None:
        with self._database.transaction():
            self.insert(audit)
            self.log(event)

    def insert(self, audit: Audit) -> None:
        self._database.execute(
            f"INSERT INTO audits ({', '.join(_COLUMNS)}) VALUES "
            f"({', '.join('?' for _ in _COLUMNS)})",
            _row(audit),
        )

    def of_institution(self, institution_id: str) -> list[Audit]:
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM audits WHERE institution_id = ? "
            # In time order: by the end of the period assessed, else by when it was created.
            "ORDER BY coalesce(nullif(period_end, ''), substr(created_at, 1, 10)), created_at, id",
            (institution_id,),
        )
        return [_audit(row) for row in rows]

    def update(self, audit: Audit, event: AuditEvent | None = None) -> None:
        assignments = ", ".join(f"{c} = ?" for c in _COLUMNS[1:])
        with self._database.transaction():
            self._database.execute(
                f"UPDATE audits SET {assignments} WHERE id = ?", (*_row(audit)[1:], audit.id)
            )
            if event is not None:
                self.log(event)

    def get(self, audit_id: str) -> Audit | None:
        row = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM audits WHERE id = ?", (audit_id,)
        ).fetchone()
        return _audit(row) if row else None

    def find_by_prefix(self, prefix: str) -> list[Audit]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM audits WHERE id LIKE ? ESCAPE '\\'",
            (escaped + "%",),
        )
        return [_audit(row) for row in rows]

    def list(self) -> list[Audit]:
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM audits ORDER BY updated_at DESC"
        )
        return [_audit(row) for row in rows]

    def change_marks(self) -> dict[str, str]:
        """Every audit's change mark: a text that differs as soon as anything an export shows
        of the audit changes. Revisions are never deleted, so their number and the last one's
        rowid change with every answer, merged ones included (a merged revision may be older
        than the audit's updated_at); the hash covers the audit's own fields."""
        rows = self._database.execute(
            f"SELECT {', '.join('a.' + c for c in _COLUMNS)}, r.revisions, r.last_revision "
            "FROM audits a LEFT JOIN (SELECT audit_id, count(*) AS revisions, "
            "max(rowid) AS last_revision FROM revisions GROUP BY audit_id) r "
            "ON r.audit_id = a.id"
        )
        import hashlib  # here: OpenSSL loads for the exports that ask, not at every start

        marks = {}
        for row in rows:
            fields = hashlib.sha256(json.dumps(row[:-2]).encode()).hexdigest()[:16]
            marks[row[0]] = f"{row[-2] or 0}:{row[-1] or 0}:{fields}"
        return marks

    def delete(self, audit_id: str) -> None:
        with self._database.transaction():
            self._database.execute("DELETE FROM audits WHERE id = ?", (audit_id,))

    def log(self, event: AuditEvent) -> None:
        self._database.execute(
            "INSERT INTO audit_events (audit_id, kind, detail, author, created_at) "
            "VALUES (?,?,?,?,?)",
            (
                event.audit_id,
                event.kind,
                json.dumps(event.detail, ensure_ascii=False),
                event.author,
                event.created_at,
            ),
        )

    def events(self, audit_id: str) -> builtins.list[AuditEvent]:
        rows = self._database.execute(
            "SELECT audit_id, kind, detail, author, created_at FROM audit_events "
            "WHERE audit_id = ? ORDER BY id",
            (audit_id,),
        )
        return [AuditEvent(r[0], r[1], json.loads(r[2]), r[3], r[4]) for r in rows]
