"""The names of an audit's type and status, and of an action's status and priority, in Jalon's
three languages: one catalog for the interface and the reports, so that the window and the PDF
of an audit call them the same thing.

They once drifted apart ("Accompanied self-assessment" on screen, "Accompanied assessment" in
the report). The interface translates its other words with Qt (resources/translations); these
names live here because the report writers, which cannot use Qt, need them too.
"""

from __future__ import annotations

from enum import StrEnum

from app.models.action_item import ActionStatus, Priority
from app.models.audit import AuditStatus, AuditType

LANGUAGES = ("en", "fr", "es")

NAMES: dict[str, dict[StrEnum, str]] = {
    "en": {
        AuditType.SELF_ASSESSMENT: "Self-assessment",
        AuditType.ACCOMPANIED: "Accompanied self-assessment",
        AuditType.EXTERNAL: "External audit",
        AuditStatus.DRAFT: "Draft",
        AuditStatus.FINALIZED: "Finalized",
        ActionStatus.PLANNED: "Planned",
        ActionStatus.IN_PROGRESS: "In progress",
        ActionStatus.DONE: "Done",
        ActionStatus.VERIFIED: "Verified",
        ActionStatus.DROPPED: "Dropped",
        Priority.HIGH: "High",
        Priority.MEDIUM: "Medium",
        Priority.LOW: "Low",
    },
    "fr": {
        AuditType.SELF_ASSESSMENT: "Autoévaluation",
        AuditType.ACCOMPANIED: "Autoévaluation accompagnée",
        AuditType.EXTERNAL: "Audit externe",
        AuditStatus.DRAFT: "Brouillon",
        AuditStatus.FINALIZED: "Finalisé",
        ActionStatus.PLANNED: "Prévue",
        ActionStatus.IN_PROGRESS: "En cours",
        ActionStatus.DONE: "Réalisée",
        ActionStatus.VERIFIED: "Vérifiée",
        ActionStatus.DROPPED: "Abandonnée",
        Priority.HIGH: "Haute",
        Priority.MEDIUM: "Moyenne",
        Priority.LOW: "Basse",
    },
    "es": {
        AuditType.SELF_ASSESSMENT: "Autoevaluación",
        AuditType.ACCOMPANIED: "Autoevaluación acompañada",
        AuditType.EXTERNAL: "Auditoría externa",
        AuditStatus.DRAFT: "Borrador",
        AuditStatus.FINALIZED: "Finalizada",
        ActionStatus.PLANNED: "Prevista",
        ActionStatus.IN_PROGRESS: "En curso",
        ActionStatus.DONE: "Hecha",
        ActionStatus.VERIFIED: "Verificada",
        ActionStatus.DROPPED: "Abandonada",
        Priority.HIGH: "Alta",
        Priority.MEDIUM: "Media",
        Priority.LOW: "Baja",
    },
}


class ValueNames:
    """`ValueNames("fr").of(AuditType.ACCOMPANIED)` -> "Autoévaluation accompagnée"; an unknown
    language falls back to English."""

    def __init__(self, language: str):
        self.language = language if language in NAMES else "en"

    def of(self, value: AuditType | AuditStatus | ActionStatus | Priority) -> str:
        return NAMES[self.language][value]
