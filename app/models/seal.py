"""The seal of a finalized audit: a SHA-256 over its content and full history.

Recomputing the seal detects any change made behind Jalon's back after finalization.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from app.models.action_item import LEGACY_PLANNED, ActionItem, ActionStatus
from app.models.audit import Audit
from app.models.revision import Revision


def compute_seal(
    audit: Audit,
    revisions: Iterable[Revision],
    actions: Iterable[ActionItem],
    evidence_hashes: Iterable[str],
) -> str:
    content = {
        "audit": {
            "id": audit.id,
            "framework_hash": audit.framework_hash,
            "institution": audit.institution,
            "country": audit.country,
            "audit_type": audit.audit_type.value,
            "auditors": list(audit.auditors),
            "period": [audit.period_start, audit.period_end],
            "modules": sorted(audit.modules),
        },
        "revisions": sorted((r.to_dict() for r in revisions), key=lambda r: r["id"]),
        "actions": sorted(
            _sealed_action(a)
            for a in actions
            if not a.is_deleted  # a removed action is no longer part of the plan
        ),
        "evidence": sorted(evidence_hashes),
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _sealed_action(action: ActionItem) -> list[str]:
    """An action as its seal covers it. Audits finalized before the life cycle existed were
    sealed with a planned action written "open" and without note, reason or origin: written the
    same way here, their seals still hold."""
    status = LEGACY_PLANNED if action.status == ActionStatus.PLANNED else action.status.value
    sealed = [
        action.id,
        action.target,
        action.title,
        action.owner,
        action.due_date,
        action.priority.value,
        status,
    ]
    if action.note or action.reason or action.carried_from:
        sealed += [action.note, action.reason, action.carried_from]
    return sealed
