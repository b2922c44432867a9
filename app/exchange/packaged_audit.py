"""The audit itself in audit.json: its description, its log (events such as "upgraded") and
its institution record."""

from __future__ import annotations

from typing import Any

from app.exchange.json_fields import JsonFields
from app.exchange.package_manifest import AUDIT
from app.models.audit import Audit, AuditEvent, AuditStatus, AuditType
from app.models.institution import Institution


class PackagedAudit:
    @staticmethod
    def document(audit: Audit) -> dict[str, Any]:
        a = audit
        return {
            "id": a.id,
            "framework_hash": a.framework_hash,
            "institution": a.institution,
            "country": a.country,
            "audit_type": a.audit_type.value,
            "auditors": list(a.auditors),
            "period_start": a.period_start,
            "period_end": a.period_end,
            "content_language": a.content_language,
            "modules": sorted(a.modules),
            "status": a.status.value,
            "created_at": a.created_at,
            "updated_at": a.updated_at,
            "created_by": a.created_by,
            "finalized_at": a.finalized_at,
            "finalized_by": a.finalized_by,
            "seal": a.seal,
            "institution_id": a.institution_id,
        }

    @staticmethod
    def read(f: JsonFields) -> Audit:
        return Audit(
            id=f.text("id", required=True, limit=100),
            framework_hash=f.text("framework_hash"),
            institution=f.text("institution", required=True),
            country=f.text("country"),
            audit_type=AuditType(f.choice("audit_type", [t.value for t in AuditType])),
            auditors=f.text_list("auditors"),
            period_start=f.text("period_start"),
            period_end=f.text("period_end"),
            content_language=f.text("content_language"),
            modules=frozenset(f.text_list("modules")),
            status=AuditStatus(f.choice("status", [s.value for s in AuditStatus])),
            created_at=f.text("created_at", required=True),
            updated_at=f.text("updated_at"),
            created_by=f.text("created_by"),
            finalized_at=f.text("finalized_at"),
            finalized_by=f.text("finalized_by"),
            seal=f.text("seal"),
            institution_id=f.text("institution_id", limit=100),
        )

    @staticmethod
    def event_document(event: AuditEvent) -> dict[str, Any]:
        return {
            "kind": event.kind,
            "detail": event.detail,
            "author": event.author,
            "created_at": event.created_at,
        }

    @staticmethod
    def read_event(f: JsonFields, audit_id: str) -> AuditEvent:
        return AuditEvent(
            audit_id,
            f.text("kind", required=True, limit=100),
            f.obj("detail"),
            f.text("author"),
            f.text("created_at", required=True),
        )

    @staticmethod
    def institution_document(institution: Institution) -> dict[str, Any]:
        i = institution
        return {
            "id": i.id,
            "name": i.name,
            "country": i.country,
            "former_names": list(i.former_names),
            "legal_type": i.legal_type,
            "network": i.network,
            "identifiers": dict(i.identifiers),
            "created_at": i.created_at,
            "updated_at": i.updated_at,
        }

    @staticmethod
    def read_institution(root: JsonFields, audit: Audit) -> Institution | None:
        """The record under "institution"; None in packages made before institutions existed."""
        if "institution" not in root.obj_keys():
            return None
        f = JsonFields(root.obj("institution"), "institution", AUDIT)
        institution_id = f.text("id", required=True, limit=100)
        if institution_id != audit.institution_id:
            raise f.field_error("id", "must be the institution_id of the audit in the package")
        identifiers = f.obj("identifiers")
        if not all(
            isinstance(k, str) and isinstance(v, str) and len(k) <= 100 and len(v) <= 500
            for k, v in identifiers.items()
        ):
            raise f.field_error("identifiers", "must map names to texts")
        return Institution(
            id=institution_id,
            name=f.text("name", required=True, limit=500),
            country=f.text("country", limit=100),
            former_names=f.text_list("former_names"),
            legal_type=f.text("legal_type", limit=500),
            network=f.text("network", limit=500),
            identifiers=tuple(sorted(identifiers.items())),
            created_at=f.text("created_at"),
            updated_at=f.text("updated_at"),
        )
