"""What a report says about the institution's earlier audits: progress since the audit just
before this one and the timeline of every audit up to this one."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.audit import Audit
from app.models.framework import Framework
from app.models.progress import Progress
from app.models.timeline import TimelinePoint


@dataclass(frozen=True)
class ReportHistory:
    previous: Audit  # the institution's audit just before the reported one
    previous_framework: Framework
    # None when the two framework versions cannot be compared (no crosswalk between them).
    progress: Progress | None
    timeline: tuple[TimelinePoint, ...]  # oldest first, ending with the reported audit

    @property
    def previous_when(self) -> str:
        return self.previous.period_end or self.previous.created_at[:10]
