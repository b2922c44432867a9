"""What merging one verified package into this installation means, worked out in memory: the
rows to write, the receipt's status and counts — or the reason to hold the package instead.

Answers merge per revision history (HistoryMerge), actions of the plan per action
(ActionPlanMerge). Log events and evidence links are added when missing. A finalized audit here
never changes: a package that would change it is held. A package finalizing an audit is
followed only when this installation's merged content is exactly what was sealed and it was not
reopened since.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from app.exchange.exchange_error import PackageError
from app.exchange.merge.history_merge import HistoryMerge
from app.exchange.package_content import PackageContent
from app.exchange.package_manifest import AUDIT
from app.exchange.package_reader import VerifiedPackage
from app.exchange.trust_policy import TrustPolicy
from app.models.action_item import ActionItem
from app.models.audit import Audit, AuditEvent
from app.models.evidence_link import EvidenceLink
from app.models.import_receipt import ImportReceipt, ReceiptStatus
from app.models.review import Review, ReviewComment, ReviewEvent, ReviewState
from app.models.revision import Revision
from app.models.seal import compute_seal
from app.models.trusted_signer import institution_key
from app.models.upgrade_record import upgrade_between
from app.services.identity import utc_now
from app.services.merge.action_plan_merge import ActionPlanMerge
from app.services.merge.new_history import NewHistory
from app.storage.merge_repository import AuditState, MergeBatch
from app.storage.revision_rows import RevisionRows

NOTE_FINALIZED_ELSEWHERE = (
    "the package's installation finalized this audit, but this one has "
    "changes it lacked, so the audit stays a draft here"
)
NOTE_FINALIZED = "the audit is now finalized here too, with the same seal"
NOTE_UPGRADE_FOLLOWED = (
    "the package's installation upgraded the audit to a newer version of "
    "its framework; the audit uses that version here too"
)
NOTE_NOT_UPGRADED_THERE = (
    "the package comes from an installation that has not upgraded the "
    "audit; its answers join the history, and those to questions of the "
    "earlier version stay there as no longer assessed"
)
NOTE_METADATA = "the audit's description differs in the package; this installation's is kept"


@dataclass
class PlannedMerge:
    batch: MergeBatch
    notes: list[str] = field(default_factory=list)


def event_key(event: AuditEvent) -> tuple[Any, ...]:
    return (
        event.kind,
        event.created_at,
        event.author,
        json.dumps(event.detail, sort_keys=True, ensure_ascii=False, default=str),
    )


def _authors(claimed: set[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(sorted(f"{author} ({site[:8]})" if site else author for author, site in claimed))


def _description(audit: Audit) -> tuple[Any, ...]:
    return (
        audit.institution,
        audit.country,
        audit.audit_type,
        audit.auditors,
        audit.period_start,
        audit.period_end,
        audit.content_language,
        audit.modules,
    )


class MergePlanner:
    def __init__(self, imported_by: str):
        self._imported_by = imported_by

    def plan(
        self,
        state: AuditState,
        package: VerifiedPackage,
        receipt: ImportReceipt,
        new_history: NewHistory | None = None,
        policy: TrustPolicy | None = None,
    ) -> PlannedMerge:
        """`new_history`: the package's NewHistory when it was worked out ahead; `policy`: the
        trust store, whose scopes also apply to the audit as it is recorded here."""
        if state.audit is not None and policy is not None:
            policy.check_audit_here(package.signer, package.manifest, state.audit.institution)
        if state.audit is None:
            self._check_still_valid(policy, package)  # a new audit changes everything
            self._check_ids_are_its_own(state, package.content)
            self._check_review_decisions(policy, package, package.content.review_events)
            return self._new_audit(
                package,
                receipt,
                new_history or NewHistory.of(package.content.audit.id, package.content.revisions),
            )
        return self._existing_audit(state, state.audit, package, receipt, policy)

    @staticmethod
    def _check_ids_are_its_own(state: AuditState, content: PackageContent) -> None:
        """An action or evidence link of the package whose id is another audit's here would
        be moved into this audit by writing it: whoever signed it, the package is refused."""
        for index, action in enumerate(content.actions):
            if action.id in state.actions_elsewhere:
                raise PackageError(
                    "id-of-another-audit",
                    "{file} in the package is invalid: {where}.id is "
                    "{id}, the id of an action of audit {other} on this installation, not of "
                    "audit {audit}",
                    file=AUDIT,
                    where=f"actions[{index}]",
                    id=action.id,
                    other=state.actions_elsewhere[action.id][:8],
                    audit=content.audit.id[:8],
                )
        for index, link in enumerate(content.evidence):
            if link.id in state.evidence_elsewhere:
                raise PackageError(
                    "id-of-another-audit",
                    "{file} in the package is invalid: {where}.id is "
                    "{id}, the id of an evidence link of audit {other} on this installation, "
                    "not of audit {audit}",
                    file=AUDIT,
                    where=f"evidence[{index}]",
                    id=link.id,
                    other=state.evidence_elsewhere[link.id][:8],
                    audit=content.audit.id[:8],
                )

    @staticmethod
    def _check_still_valid(policy: TrustPolicy | None, package: VerifiedPackage) -> None:
        if policy is not None:
            policy.check_still_valid(package.signer, package.manifest, utc_now())

    @staticmethod
    def _check_review_decisions(
        policy: TrustPolicy | None, package: VerifiedPackage, new_events: Iterable[ReviewEvent]
    ) -> None:
        if policy is not None:
            policy.check_review_decisions(package.signer, package.manifest, new_events)

    def _new_audit(
        self, package: VerifiedPackage, receipt: ImportReceipt, history: NewHistory
    ) -> PlannedMerge:
        content = package.content
        status = ReceiptStatus.CONFLICTS if history.open_conflicts else ReceiptStatus.ACCEPTED
        batch = MergeBatch(
            audit_id=content.audit.id,
            receipt=replace(
                receipt,
                status=status,
                revisions_added=len(history.revisions),
                conflicts=history.open_conflicts,
                authors=_authors(history.revisions.claimed_authors()),
            ),
            imported_by=self._imported_by,
            framework=None if package.framework_known else package.framework,
            new_audit=content.audit,
            institution=content.institution,
            revisions=history.revisions,
            heads=history.heads,
            conflicts=history.conflicts,
            actions=list(content.actions),
            action_revisions=list(content.action_revisions),
            events=list(content.events),
            evidence=self._evidence(package, set()),
            review_events=list(content.review_events),
            review_comments=list(content.review_comments),
        )
        return PlannedMerge(batch)

    def _existing_audit(
        self,
        state: AuditState,
        local: Audit,
        package: VerifiedPackage,
        receipt: ImportReceipt,
        policy: TrustPolicy | None,
    ) -> PlannedMerge:
        content, incoming = package.content, package.content.audit
        # The same audit id for another institution or framework is a collision (or an
        # attack), whoever signed it: a person decides, seeing both sides.
        if institution_key(local.institution) != institution_key(incoming.institution):
            raise PackageError(
                "institution-differs",
                "the package's audit {id} is the audit of "
                "{theirs}, but this installation's audit {id} is the audit of "
                "{ours}; the package is held in quarantine for a person to "
                "decide",
                quarantinable=True,
                id=local.short_id,
                theirs=incoming.institution,
                ours=local.institution,
            )
        self._check_ids_are_its_own(state, content)
        notes: list[str] = []
        follows_upgrade = self._framework_versions(state, local, package, notes)
        plan = HistoryMerge(local.id, state.revisions).plan(content.revisions)
        action_plan = ActionPlanMerge(state, content)
        actions = action_plan.actions(notes)
        action_revisions = action_plan.steps()
        known_events = {event_key(e) for e in state.events}
        events = [e for e in content.events if event_key(e) not in known_events]
        evidence = self._evidence(package, state.evidence_ids)
        review_events, review_comments = self._review(state, content)
        self._check_review_decisions(policy, package, review_events)
        batch = MergeBatch(local.id, receipt, self._imported_by)
        batch.review_events, batch.review_comments = review_events, review_comments
        audit_changed = (
            plan.changed or actions or action_revisions or events or evidence or follows_upgrade
        )
        if not (audit_changed or review_events or review_comments):
            batch.receipt = replace(receipt, status=ReceiptStatus.ALREADY_PRESENT)
            return PlannedMerge(batch)
        self._check_still_valid(policy, package)
        if not audit_changed:  # review records only: they comment on the audit, even sealed
            batch.receipt = replace(receipt, status=ReceiptStatus.UPDATED)
            return PlannedMerge(batch)
        resubmitted = (
            Review(local.id, (*state.review.events, *review_events), ()).state
            == (ReviewState.RESUBMITTED)
            if state.review is not None
            else False
        )
        # A resubmission is the corrected audit the head office asked for: it replaces the
        # sealed one, as the returned comments said it would.
        if local.is_finalized and not resubmitted:
            raise PackageError(
                "finalized-here",
                "the audit of {institution} is finalized on "
                "this installation, and the package would change it; the package "
                "is held in quarantine until the audit is reopened",
                quarantinable=True,
                institution=local.institution,
            )
        if _description(local) != _description(incoming):
            notes.append(NOTE_METADATA)
        updated = replace(local, updated_at=max(local.updated_at, incoming.updated_at))
        if follows_upgrade:
            updated = replace(updated, framework_hash=incoming.framework_hash)
            batch.framework = None if package.framework_known else package.framework
        if incoming.is_finalized:
            updated = self._follow_finalization(
                state, updated, incoming, plan.new_revisions, actions, evidence, notes
            )
        conflicts = plan.open_conflicts()
        batch.receipt = replace(
            receipt,
            status=ReceiptStatus.CONFLICTS if conflicts else ReceiptStatus.UPDATED,
            revisions_added=len(plan.new_revisions),
            conflicts=conflicts,
            notes=tuple(notes),
            authors=_authors({(r.author, r.site) for r in plan.new_revisions}),
        )
        batch.audit_update = updated
        batch.revisions = RevisionRows.of(plan.new_revisions)
        batch.heads = {indicator: head.id for indicator, head in plan.heads.items()}
        batch.changed_at = max((head.created_at for head in plan.heads.values()), default="")
        batch.conflicts = plan.conflicts
        batch.actions, batch.events, batch.evidence = actions, events, evidence
        batch.action_revisions = action_revisions
        return PlannedMerge(batch, notes)

    @staticmethod
    def _review(
        state: AuditState, content: PackageContent
    ) -> tuple[list[ReviewEvent], list[ReviewComment]]:
        """The package's review records not held here (a record is known by its id)."""
        held = state.review
        known = (
            {e.id for e in held.events} | {c.id for c in held.comments}
            if held is not None
            else set()
        )
        return (
            [e for e in content.review_events if e.id not in known],
            [c for c in content.review_comments if c.id not in known],
        )

    @staticmethod
    def _framework_versions(
        state: AuditState, local: Audit, package: VerifiedPackage, notes: list[str]
    ) -> bool:
        """Whether the package's site upgraded the audit to a newer framework version that this
        installation follows (True); packages of the two sides of an upgrade merge both ways,
        any other difference of framework is refused."""
        incoming = package.content.audit
        if local.framework_hash == incoming.framework_hash:
            return False
        if upgrade_between(package.content.events, local.framework_hash, incoming.framework_hash):
            notes.append(NOTE_UPGRADE_FOLLOWED)
            return True
        if upgrade_between(state.events, incoming.framework_hash, local.framework_hash):
            notes.append(NOTE_NOT_UPGRADED_THERE)
            return False
        raise PackageError(
            "framework-differs",
            "the package's audit {id} uses another "
            "framework ({theirs}…) than this installation's copy ({ours}…); "
            "the package is held in quarantine for a person to decide",
            quarantinable=True,
            id=local.short_id,
            theirs=incoming.framework_hash[:12],
            ours=local.framework_hash[:12],
        )

    @staticmethod
    def _evidence(package: VerifiedPackage, known: set[str]) -> list[tuple[EvidenceLink, bytes]]:
        audit_id = package.content.audit.id
        return [
            (
                EvidenceLink(
                    e.id,
                    audit_id,
                    e.indicator,
                    e.sha256,
                    e.filename,
                    e.size,
                    e.added_by,
                    e.added_at,
                ),
                package.evidence[e.sha256],
            )
            for e in package.content.evidence
            if e.id not in known
        ]

    @staticmethod
    def _follow_finalization(
        state: AuditState,
        updated: Audit,
        incoming: Audit,
        new_revisions: list[Revision],
        actions: list[ActionItem],
        evidence: list[tuple[EvidenceLink, bytes]],
        notes: list[str],
    ) -> Audit:
        reopened = any(
            e.kind == "reopened" and e.detail.get("previous_seal") == incoming.seal
            for e in state.events
        )
        merged_actions = {a.id: a for a in state.actions} | {a.id: a for a in actions}
        seal = compute_seal(
            updated,
            [*state.revisions, *new_revisions],
            merged_actions.values(),
            [*state.evidence_hashes, *(link.sha256 for link, _ in evidence)],
        )
        if reopened or seal != incoming.seal:
            notes.append(NOTE_FINALIZED_ELSEWHERE)
            return updated
        notes.append(NOTE_FINALIZED)
        return replace(
            updated,
            status=incoming.status,
            finalized_at=incoming.finalized_at,
            finalized_by=incoming.finalized_by,
            seal=incoming.seal,
        )
