"""The storage facade: one database file and the repositories that read and write it."""

from __future__ import annotations

from pathlib import Path

from app.storage.action_repository import ActionRepository
from app.storage.audit_repository import AuditRepository
from app.storage.conflict_repository import ConflictRepository
from app.storage.database import Database
from app.storage.evidence_repository import EvidenceRepository
from app.storage.framework_repository import FrameworkRepository
from app.storage.installation_repository import InstallationRepository
from app.storage.revision_repository import RevisionRepository


class Store:
    def __init__(self, database: Database):
        self.database = database
        self.audits = AuditRepository(database)
        self.revisions = RevisionRepository(database)
        self.frameworks = FrameworkRepository(database)
        self.actions = ActionRepository(database)
        self.evidence = EvidenceRepository(database)
        self.installation = InstallationRepository(database)
        self.conflicts = ConflictRepository(database)

    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> Store:
        return cls(Database(path, backups))

    def transaction(self):
        return self.database.transaction()

    def close(self) -> None:
        self.database.close()
