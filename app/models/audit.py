"""An audit: who is assessed, by whom, against which framework, and where it stands."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class AuditType(StrEnum):
    SELF_ASSESSMENT = "self-assessment"
    ACCOMPANIED = "accompanied"
    EXTERNAL = "external"


class AuditStatus(StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"


@dataclass(frozen=True)
class Audit:
    id: str
    framework_hash: str
    institution: str
    country: str = ""
    audit_type: AuditType = AuditType.SELF_ASSESSMENT
    auditors: tuple[str, ...] = ()
    period_start: str = ""
    period_end: str = ""
    content_language: str = "en"
    modules: frozenset[str] = field(default_factory=frozenset)
    status: AuditStatus = AuditStatus.DRAFT
    created_at: str = ""
    updated_at: str = ""
    created_by: str = ""
    finalized_at: str = ""
    finalized_by: str = ""
    seal: str = ""
    institution_id: str = ""  # the Institution record it belongs to

    @property
    def is_finalized(self) -> bool:
        return self.status == AuditStatus.FINALIZED

    @property
    def short_id(self) -> str:
        return self.id[:8]


@dataclass(frozen=True)
class AuditEvent:
    """A line of an audit's log: created, finalized, reopened (with the reason), imported..."""

    audit_id: str
    kind: str
    detail: dict[str, Any]
    author: str
    created_at: str
