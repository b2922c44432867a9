"""The storage facade: one database file and the repositories that read and write it.

The repositories of an open audit's content (answers, evidence, actions, conflicts) are made on
first use: listing the audits, as the desktop application does at start-up, loads neither them
nor their domain models.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.storage.audit_repository import AuditRepository
from app.storage.database import Database
from app.storage.framework_repository import FrameworkRepository
from app.storage.installation_repository import InstallationRepository
from app.storage.institution_repository import InstitutionRepository

if TYPE_CHECKING:
    from app.storage.action_repository import ActionRepository
    from app.storage.conflict_repository import ConflictRepository
    from app.storage.evidence_repository import EvidenceRepository
    from app.storage.review_repository import ReviewRepository
    from app.storage.revision_repository import RevisionRepository


class Store:
    def __init__(self, database: Database):
        self.database = database
        self.audits = AuditRepository(database)
        self.frameworks = FrameworkRepository(database)
        self.installation = InstallationRepository(database)
        self.institutions = InstitutionRepository(database)

    @cached_property
    def revisions(self) -> RevisionRepository:
        from app.storage.revision_repository import RevisionRepository

        return RevisionRepository(self.database)

    @cached_property
    def actions(self) -> ActionRepository:
        from app.storage.action_repository import ActionRepository

        return ActionRepository(self.database)

    @cached_property
    def evidence(self) -> EvidenceRepository:
        from app.storage.evidence_repository import EvidenceRepository

        return EvidenceRepository(self.database)

    @cached_property
    def conflicts(self) -> ConflictRepository:
        from app.storage.conflict_repository import ConflictRepository

        return ConflictRepository(self.database)

    @cached_property
    def reviews(self) -> ReviewRepository:
        from app.storage.review_repository import ReviewRepository

        return ReviewRepository(self.database)

    @classmethod
    def open(cls, path: Path, backups: Path | None = None, check_pages: bool = True) -> Store:
        return cls(Database(path, backups, check_pages=check_pages))

    def transaction(self) -> AbstractContextManager[None]:
        return self.database.transaction()

    def close(self) -> None:
        self.database.close()
