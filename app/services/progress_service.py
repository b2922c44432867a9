"""Progress between two audits of one institution, as the command line, the desktop and the
reports show it."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.action_progress import ActionProgress, action_progress
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Framework
from app.models.progress import Progress, compare
from app.models.relevance import ExpressionCache
from app.models.scoring import ScoreCard, score_audit
from app.models.timeline import TimelinePoint
from app.reports.report_history import ReportHistory
from app.services.audit_service import AuditService
from app.services.audit_session import AuditSession
from app.services.institution_service import InstitutionService


@dataclass(frozen=True)
class AuditProgress:
    before: Audit
    after: Audit
    before_framework: Framework
    after_framework: Framework
    progress: Progress
    # The earlier audit's action plan, each action with what the later audit made of it.
    actions: tuple[ActionProgress, ...] = ()


class ProgressService:
    def __init__(self, audits: AuditService, institutions: InstitutionService):
        self._audits = audits
        self._institutions = institutions

    def timeline(self, institution_ref: str) -> list[TimelinePoint]:
        """Every audit of an institution in time order, scored."""
        institution = self._institutions.get(institution_ref)
        return self._points(self._institutions.audits(institution), {})

    def report_history(self, audit_ref: str) -> ReportHistory | None:
        """For the report of an audit: progress since its institution's audit just before it
        and the timeline up to it; None for the institution's first audit."""
        audit = self._audits.get(audit_ref)
        audits = self._institutions.audits(self._institutions.get(audit.institution_id))
        position = next(n for n, other in enumerate(audits) if other.id == audit.id)
        if position == 0:
            return None
        expressions: dict[str, ExpressionCache] = {}
        earlier, later = self._audits.open(audits[position - 1].id), self._audits.open(audit.id)
        try:
            progress: Progress | None = compare(
                earlier.framework,
                _score(earlier, expressions),
                later.framework,
                _score(later, expressions),
            )
        except JalonError:  # two versions without a crosswalk: the report says so
            progress = None
        return ReportHistory(
            earlier.audit,
            earlier.framework,
            progress,
            tuple(self._points(audits[: position + 1], expressions)),
        )

    def _points(
        self, audits: list[Audit], expressions: dict[str, ExpressionCache]
    ) -> list[TimelinePoint]:
        points = []
        for audit in audits:
            session = self._audits.open(audit.id)
            when = audit.period_end or audit.created_at[:10]
            points.append(
                TimelinePoint.of(audit.id, when, session.framework, _score(session, expressions))
            )
        return points

    def compare(self, before_ref: str, after_ref: str) -> AuditProgress:
        """From audit `before_ref` to audit `after_ref` (any two audits of one institution;
        the second on the same framework version or on one with a crosswalk from the first's)."""
        expressions: dict[str, ExpressionCache] = {}
        earlier, later = self._audits.open(before_ref), self._audits.open(after_ref)
        if earlier.audit.id == later.audit.id:
            raise JalonError("give two different audits to compare")
        if earlier.audit.institution_id != later.audit.institution_id:
            raise JalonError(
                "audits {a} ({a_name}) and {b} ({b_name}) are audits of different institutions; "
                "if they are one, merge them first (jalon institution merge)",
                a=earlier.audit.short_id,
                a_name=earlier.audit.institution,
                b=later.audit.short_id,
                b_name=later.audit.institution,
            )
        progress = compare(
            earlier.framework,
            _score(earlier, expressions),
            later.framework,
            _score(later, expressions),
        )
        return AuditProgress(
            earlier.audit,
            later.audit,
            earlier.framework,
            later.framework,
            progress,
            action_progress(progress, earlier.actions(), later.actions()),
        )


def _score(session: AuditSession, expressions: dict[str, ExpressionCache]) -> ScoreCard:
    """A whole audit scored once. Not the session's live scorer, which prepares for rescoring
    after every answer (a dependency graph per audit); audits of one framework version share
    their parsed expressions."""
    cache = expressions.setdefault(session.framework.content_hash, ExpressionCache())
    return score_audit(session.framework, session.answers, session.audit.modules, cache)
