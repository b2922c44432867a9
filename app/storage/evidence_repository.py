"""Evidence attachments, content-addressed by SHA-256 (one copy per distinct file)."""

from __future__ import annotations

from app.models.evidence_link import EvidenceLink
from app.storage.database import Database


class EvidenceRepository:
    def __init__(self, database: Database):
        self._database = database

    def attach(self, link: EvidenceLink, data: bytes) -> None:
        with self._database.transaction():
            self._database.execute(
                "INSERT OR IGNORE INTO evidence_files (sha256, size, data, added_at) "
                "VALUES (?,?,?,?)",
                (link.sha256, len(data), data, link.added_at),
            )
            self._database.execute(
                "INSERT INTO evidence (id, audit_id, indicator, sha256, filename, added_by, "
                "added_at) VALUES (?,?,?,?,?,?,?)",
                (
                    link.id,
                    link.audit_id,
                    link.indicator,
                    link.sha256,
                    link.filename,
                    link.added_by,
                    link.added_at,
                ),
            )

    def remove(self, link_id: str, when: str) -> None:
        with self._database.transaction():
            self._database.execute(
                "UPDATE evidence SET removed_at = ? WHERE id = ? AND removed_at = ''",
                (when, link_id),
            )

    def for_audit(self, audit_id: str) -> list[EvidenceLink]:
        rows = self._database.execute(
            "SELECT e.id, e.audit_id, e.indicator, e.sha256, e.filename, f.size, e.added_by, "
            "e.added_at FROM evidence e JOIN evidence_files f ON f.sha256 = e.sha256 "
            "WHERE e.audit_id = ? AND e.removed_at = '' ORDER BY e.added_at",
            (audit_id,),
        )
        return [EvidenceLink(*row) for row in rows]

    def data(self, sha256: str) -> bytes | None:
        row = self._database.execute(
            "SELECT data FROM evidence_files WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return bytes(row[0]) if row else None
