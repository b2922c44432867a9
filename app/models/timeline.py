"""An institution's timeline: each of its audits, in time order, with its overall and
per-dimension scores and coverage (a chart's points)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.framework import Framework, Level
from app.models.scoring import ScoreCard


@dataclass(frozen=True)
class TimelinePoint:
    audit_id: str
    when: str  # the end of the period assessed, else the day the audit was created
    framework_version: str
    overall: float | None  # percent; None when nothing scored yet
    coverage: float | None  # 0-1
    dimensions: tuple[tuple[str, float | None], ...]  # (dimension name, percent) in order

    @classmethod
    def of(cls, audit_id: str, when: str, framework: Framework, card: ScoreCard) -> TimelinePoint:
        return cls(
            audit_id,
            when,
            framework.version,
            card.overall.percent,
            card.overall.coverage,
            tuple(
                (group.name, card[group.name].percent)
                for group in framework.dimensions()
                if group.level == Level.DIMENSION
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "audit": self.audit_id,
            "when": self.when,
            "version": self.framework_version,
            "overall": self.overall,
            "coverage": self.coverage,
            "dimensions": dict(self.dimensions),
        }
