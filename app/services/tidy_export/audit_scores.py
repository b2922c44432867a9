"""Audits read and scored one at a time, as `jalon score` scores them, for exports of many
audits (in this process or in TidyExportWorkers' helper processes)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from app.models.audit import Audit
from app.models.framework import Framework
from app.models.scoring_plan import ScoringPlan
from app.reports.tidy_export_writer import ScoredAudit
from app.storage.store import Store


class AuditScores:
    def __init__(self, store: Store, frameworks: dict[str, Framework]):
        """`frameworks`: those of the audits to come, by content hash."""
        self._store = store
        self._frameworks = frameworks
        self._plans: dict[str, ScoringPlan] = {}  # worked out once per framework

    def scored(self, audits: Iterable[Audit]) -> Iterator[ScoredAudit]:
        for audit in audits:
            framework = self._frameworks[audit.framework_hash]
            answers = self._store.revisions.current(audit.id)
            plan = self._plans.get(audit.framework_hash)
            if plan is None:
                plan = self._plans[audit.framework_hash] = ScoringPlan(framework)
            yield ScoredAudit(audit, framework, answers, plan.score(answers, audit.modules))
