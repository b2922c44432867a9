"""Listing and resolving conflicts: two divergent versions of one answer, side by side.

"Mine" is the side written on this installation (when exactly one side was); otherwise the side
currently shown. A resolution is a new revision whose two parents are both sides, so every
installation that receives it sees the conflict closed, and history keeps both versions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from app.exchange.merge.revision_graph import RevisionGraph, content_of
from app.models.answer import parse_answer
from app.models.audit import Audit
from app.models.conflict import Conflict, ConflictStatus
from app.models.errors import JalonError
from app.models.framework import Framework, Indicator
from app.models.revision import Revision
from app.services.id_reference import MIN_PREFIX, find_by_id_or_prefix
from app.services.identity import Identity, new_id, utc_now
from app.storage.exchange_store import ExchangeStore
from app.storage.store import Store


class Resolution(StrEnum):
    KEEP_MINE = "mine"
    KEEP_THEIRS = "theirs"
    NEW_ANSWER = "new"


@dataclass(frozen=True)
class ConflictView:
    conflict: Conflict
    audit: Audit
    indicator: Indicator
    mine: Revision
    theirs: Revision


class ConflictService:
    def __init__(self, store: Store, exchange: ExchangeStore, identity: Identity):
        self._store = store
        self._exchange = exchange
        self.identity = identity

    def open_counts(self) -> dict[str, int]:
        """Open conflicts per audit (audits without any are absent)."""
        for audit_id in list(self._exchange.conflicts.open_counts()):
            self.refresh(audit_id)
        return self._exchange.conflicts.open_counts()

    def refresh(self, audit_id: str) -> None:
        """Recompute the conflicts of answers edited here since they were recorded (an edit
        moves the current side of a conflict; it does not settle it)."""
        indicators = self._exchange.conflicts.indicators(audit_id)
        if not indicators:
            return
        by_indicator: dict[str, list[Revision]] = defaultdict(list)
        for revision in self._store.revisions.all_for_audit(audit_id):
            if revision.indicator in indicators:
                by_indicator[revision.indicator].append(revision)
        stored = defaultdict(list)
        for conflict in self._exchange.conflicts.for_audit(audit_id):
            stored[conflict.indicator].append(conflict)
        with self._exchange.transaction():
            for indicator in indicators:
                derived = RevisionGraph(by_indicator[indicator]).conflicts(audit_id, indicator)
                if derived != sorted(stored[indicator], key=lambda c: c.id):
                    self._exchange.conflicts.replace(audit_id, indicator, derived)

    def list(
        self, audit: Audit, framework: Framework, include_resolved: bool = False
    ) -> list[ConflictView]:
        self.refresh(audit.id)
        status = None if include_resolved else ConflictStatus.OPEN
        return [
            self._view(c, audit, framework)
            for c in self._exchange.conflicts.for_audit(audit.id, status)
        ]

    def get(self, reference: str) -> Conflict:
        return find_by_id_or_prefix(
            reference,
            self._exchange.conflicts.get,
            self._exchange.conflicts.find_by_prefix,
            too_short=lambda ref: JalonError(
                "no conflict {ref!r}; give at least {n} characters of its id", ref=ref, n=MIN_PREFIX
            ),
            unknown=lambda ref: JalonError("no conflict {ref!r}", ref=ref),
            ambiguous=lambda ref, count: JalonError(
                "{ref!r} matches {count} conflicts; give more of the id", ref=ref, count=count
            ),
        )

    def view(self, conflict: Conflict, audit: Audit, framework: Framework) -> ConflictView:
        return self._view(conflict, audit, framework)

    def resolve(
        self,
        conflict: Conflict,
        audit: Audit,
        framework: Framework,
        resolution: Resolution,
        new_value: object = None,
    ) -> Revision:
        if audit.is_finalized:
            raise JalonError(
                "the audit of {institution} is finalized; reopen it with a reason "
                "before resolving its conflicts",
                institution=audit.institution,
            )
        self.refresh(audit.id)
        current = self._exchange.conflicts.get(conflict.id)
        if current is None or not current.is_open:
            raise JalonError(
                "this conflict is no longer open (a newer change or a resolution "
                "from another installation changed it); list the conflicts again"
            )
        view = self._view(current, audit, framework)
        if resolution == Resolution.KEEP_MINE:
            content = content_of(view.mine)
        elif resolution == Resolution.KEEP_THEIRS:
            content = content_of(view.theirs)
        else:
            value = parse_answer(view.indicator, new_value)
            head = self._revision(audit.id, current.indicator, current.revision_a)
            content = (value, "", head.comment, head.flagged, head.department)
        value, na_reason, comment, flagged, department = content
        revision = Revision(
            id=new_id(),
            audit_id=audit.id,
            indicator=current.indicator,
            parent_id=current.revision_a,
            merge_parent_id=current.revision_b,
            value=value,
            na_reason=na_reason,
            comment=comment,
            flagged=flagged,
            department=department,
            author=self.identity.author,
            site=self.identity.site,
            created_at=utc_now(),
        )
        history = [*self._store.revisions.history(audit.id, current.indicator), revision]
        graph = RevisionGraph(history)
        self._exchange.merges.resolve(
            revision, graph.head() or revision, graph.conflicts(audit.id, current.indicator)
        )
        return revision

    def _view(self, conflict: Conflict, audit: Audit, framework: Framework) -> ConflictView:
        indicator = framework.indicators.get(conflict.indicator)
        if indicator is None:
            raise JalonError(
                "conflict {id} is about {indicator}, which framework {framework} does not have",
                id=conflict.id[:8],
                indicator=conflict.indicator,
                framework=framework.id,
            )
        newer = self._revision(audit.id, conflict.indicator, conflict.revision_a)
        older = self._revision(audit.id, conflict.indicator, conflict.revision_b)
        site = self.identity.site
        if older.site == site and newer.site != site:
            newer, older = older, newer
        return ConflictView(conflict, audit, indicator, mine=newer, theirs=older)

    def _revision(self, audit_id: str, indicator: str, revision_id: str) -> Revision:
        for revision in self._store.revisions.history(audit_id, indicator):
            if revision.id == revision_id:
                return revision
        raise JalonError(
            "revision {id} of a conflict is missing from the database", id=revision_id[:8]
        )
