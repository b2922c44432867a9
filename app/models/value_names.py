"""The names of an audit's type and status in Jalon's three languages: one catalog for the
interface and the reports, so that the window and the PDF of an audit call it the same thing.

They once drifted apart ("Accompanied self-assessment" on screen, "Accompanied assessment" in
the report). The interface translates its other words with Qt (resources/translations); these
names live here because the report writers, which cannot use Qt, need them too.
"""

from __future__ import annotations

from enum import StrEnum

from app.models.audit import AuditStatus, AuditType

LANGUAGES = ("en", "fr", "es")

NAMES: dict[str, dict[StrEnum, str]] = {
    "en": {
        AuditType.SELF_ASSESSMENT: "Self-assessment",
        AuditType.ACCOMPANIED: "Accompanied self-assessment",
        AuditType.EXTERNAL: "External audit",
        AuditStatus.DRAFT: "Draft",
        AuditStatus.FINALIZED: "Finalized",
    },
    "fr": {
        AuditType.SELF_ASSESSMENT: "Autoévaluation",
        AuditType.ACCOMPANIED: "Autoévaluation accompagnée",
        AuditType.EXTERNAL: "Audit externe",
        AuditStatus.DRAFT: "Brouillon",
        AuditStatus.FINALIZED: "Finalisé",
    },
    "es": {
        AuditType.SELF_ASSESSMENT: "Autoevaluación",
        AuditType.ACCOMPANIED: "Autoevaluación acompañada",
        AuditType.EXTERNAL: "Auditoría externa",
        AuditStatus.DRAFT: "Borrador",
        AuditStatus.FINALIZED: "Finalizada",
    },
}


class ValueNames:
    """`ValueNames("fr").of(AuditType.ACCOMPANIED)` -> "Autoévaluation accompagnée"; an unknown
    language falls back to English."""

    def __init__(self, language: str):
        self.language = language if language in NAMES else "en"

    def of(self, value: AuditType | AuditStatus) -> str:
        return NAMES[self.language][value]
