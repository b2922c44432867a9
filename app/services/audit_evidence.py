"""An open audit's evidence files: attaching one to a question (here, or on a background thread
through EvidenceAttachment), listing them, reading one back, removing one. AuditSession hands
its evidence methods to this class."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.errors import JalonError
from app.models.evidence_link import EvidenceLink
from app.services.evidence_attachment import EvidenceAttachment
from app.services.identity import utc_now
from app.storage.store import Store

if TYPE_CHECKING:
    from app.services.audit_session import AuditSession


class AuditEvidence:
    def __init__(self, store: Store, session: AuditSession, ensure_draft: Callable[[], None]):
        """`session`: the open audit, read as it is at each call; `ensure_draft()` raises
        when it is finalized."""
        self._store = store
        self._session = session
        self._ensure_draft = ensure_draft

    def attach(self, reference: str, path: Path) -> EvidenceLink:
        """Read, hash and store a file as evidence for a question, on this thread."""
        return self.attachment(reference).attach_to(self._store, [path])[0]

    def attachment(self, reference: str) -> EvidenceAttachment:
        """What a background thread needs to attach files to a question of this draft."""
        self._ensure_draft()
        session = self._session
        return EvidenceAttachment(
            self._store.database.path,
            session.audit.id,
            session.indicator(reference).name,
            session.identity.author,
        )

    def links(self, reference: str | None = None) -> list[EvidenceLink]:
        """The audit's evidence files, or those of one question."""
        links = self._store.evidence.for_audit(self._session.audit.id)
        if reference is None:
            return links
        name = self._session.indicator(reference).name
        return [link for link in links if link.indicator == name]

    def data(self, link: EvidenceLink) -> bytes:
        data = self._store.evidence.data(link.sha256)
        if data is None:
            raise JalonError("the evidence file {file} is missing", file=link.filename)
        return data

    def remove(self, link: EvidenceLink) -> None:
        self._ensure_draft()
        self._store.evidence.remove(link.id, utc_now())
