"""Audits read and scored one at a time, as `jalon score` scores them, for exports of many
audits (in this process or in TidyExportWorkers' helper processes)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.models.audit import Audit
from app.models.framework import Framework
from app.models.relevance import ExpressionCache
from app.models.scoring import score_audit
from app.reports.tidy_export_writer import ScoredAudit
from app.storage.store import Store


class AuditScores:
    def __init__(self, store: Store, frameworks: dict[str, Framework]):
        """`frameworks`: those of the audits to come, by content hash."""
        self._store = store
        self._frameworks = frameworks
        # Expressions parsed once per framework, not once per audit.
        self._expressions: dict[str, ExpressionCache] = {}

    def scored(self, audits: Iterable[Audit]) -> Iterator[ScoredAudit]:
        for audit in audits:
            framework = self._frameworks[audit.framework_hash]
            answers = self._store.revisions.current(audit.id)
            expressions = self._expressions.setdefault(audit.framework_hash, ExpressionCache())
            card = score_audit(framework, answers, audit.modules, expressions)
            yield ScoredAudit(audit, framework, answers, card)
