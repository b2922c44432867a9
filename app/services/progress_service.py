"""Progress between two audits of one institution, as the command line, the desktop and the
reports show it."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Framework
from app.models.progress import Progress, compare
from app.services.audit_service import AuditService


@dataclass(frozen=True)
class AuditProgress:
    before: Audit
    after: Audit
    before_framework: Framework
    after_framework: Framework
    progress: Progress


class ProgressService:
    def __init__(self, audits: AuditService):
        self._audits = audits

    def compare(self, before_ref: str, after_ref: str) -> AuditProgress:
        """From audit `before_ref` to audit `after_ref` (any two audits of one institution;
        the second on the same framework version or on one with a crosswalk from the first's)."""
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
        progress = compare(earlier.framework, earlier.score(), later.framework, later.score())
        return AuditProgress(
            earlier.audit, later.audit, earlier.framework, later.framework, progress
        )
