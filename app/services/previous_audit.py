"""What a follow-up audit knows of the audit it follows (app/models/follow_up.py): the previous
answers shown beside the questions, their evidence files, and the carried answers still waiting
for a person. AuditSession hands its follow-up methods to this class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.crosswalk import Relation
from app.models.evidence_link import EvidenceLink
from app.models.follow_up import EVENT_KIND as FOLLOW_UP_EVENT
from app.models.follow_up import FollowUp, PreviousAnswer
from app.models.framework import Indicator
from app.storage.store import Store

if TYPE_CHECKING:
    from app.services.audit_session import AuditSession


class PreviousAudit:
    def __init__(self, store: Store, session: AuditSession):
        """`session`: the open audit, read as it is at each call."""
        self._store = store
        self._session = session
        self._follow_up: FollowUp | None = None
        self._read = False  # the audit's log is read on first use only

    @property
    def follow_up(self) -> FollowUp | None:
        """What the audit follows up, if it was created as a follow-up audit."""
        if not self._read:
            found = next(
                (
                    e
                    for e in self._store.audits.events(self._session.audit.id)
                    if e.kind == FOLLOW_UP_EVENT
                ),
                None,
            )
            self._follow_up = None if found is None else FollowUp.from_detail(found.detail)
            self._read = True
        return self._follow_up

    def answer(self, name: str) -> PreviousAnswer | None:
        """The previous audit's answer to question `name`, shown beside it."""
        follow_up = self.follow_up
        return None if follow_up is None else follow_up.answers.get(name)

    def evidence(self, name: str) -> list[EvidenceLink]:
        """The evidence files of the previous audit's answer to question `name`, when that
        audit is in this database (a follow-up received in a package may come without it)."""
        follow_up = self.follow_up
        if follow_up is None:
            return []
        # Across versions, the question had its earlier name (kept or reworded by the crosswalk).
        names = {name} | {
            row.subject
            for crosswalk in self._session.framework.crosswalks
            for row in crosswalk.rows
            if row.object == name and row.relation in (Relation.SAME, Relation.REWORDED)
        }
        return [
            link
            for link in self._store.evidence.for_audit(follow_up.previous_audit)
            if link.indicator in names
        ]

    def to_confirm(self) -> list[Indicator]:
        """Carried answers still waiting for a person, in framework order (only those that
        apply): finalization waits for them."""
        follow_up = self.follow_up
        if follow_up is None:
            return []
        session = self._session
        relevant = session.score().relevant  # every question that applies, scored or not
        return [
            i
            for i in session.framework.iter_indicators()
            if follow_up.needs_confirmation(i.name)
            and i.name not in session.answers
            and i.name in relevant
        ]
