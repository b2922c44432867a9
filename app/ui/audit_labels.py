"""Translated names of domain values (audit types, statuses) and locale-aware formatting of
the timestamps, numbers and percentages that the whole interface shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from app.models.audit import AuditStatus, AuditType


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditLabels", text)


class AuditLabels:
    @staticmethod
    def audit_type(kind: AuditType) -> str:
        names = {
            AuditType.SELF_ASSESSMENT: _tr("Self-assessment"),
            AuditType.ACCOMPANIED: _tr("Accompanied self-assessment"),
            AuditType.EXTERNAL: _tr("External audit"),
        }
        return names.get(kind, str(kind))

    @staticmethod
    def status(status: AuditStatus) -> str:
        names = {AuditStatus.DRAFT: _tr("Draft"), AuditStatus.FINALIZED: _tr("Finalized")}
        return names.get(status, str(status))

    @staticmethod
    def timestamp(iso: str) -> str:
        """A stored UTC timestamp as local date and time in the interface's locale."""
        moment = AuditLabels.local_time(iso)
        if moment is None:
            return iso
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)

    @staticmethod
    def local_time(iso: str) -> QDateTime | None:
        if not iso:
            return None
        moment = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
        if not moment.isValid():
            return None
        return moment.toLocalTime()

    @staticmethod
    def percent(value: float | None) -> str:
        """'72%' in English, '72 %' in French: the translators decide where the sign goes."""
        if value is None:
            return "–"
        return _tr("%1%").replace("%1", QLocale().toString(float(value), "f", 0))

    @staticmethod
    def number(value: float | int) -> str:
        if isinstance(value, int):
            return QLocale().toString(value)
        return QLocale().toString(float(value), "g", 12)
