"""Upgrading a draft audit to a newer version of its framework, along the crosswalk the newer
version holds: a preview first (the plan), then one transaction that writes the carried answers
as revisions by the person upgrading, switches the audit's framework, and logs what became of
every answer. Nothing is deleted: answers not carried stay in the history."""

from __future__ import annotations

from dataclasses import replace

from app.models.audit import Audit, AuditEvent
from app.models.conflict import ConflictStatus
from app.models.crosswalk import Crosswalk
from app.models.errors import JalonError
from app.models.framework import Framework
from app.models.revision import Revision
from app.models.upgrade_plan import UpgradePlan, UpgradePlanner
from app.models.upgrade_record import UPGRADED, UpgradeRecord
from app.services.backup_service import BackupService
from app.services.identity import Identity, new_id, utc_now
from app.storage.store import Store


class UpgradeService:
    def __init__(self, store: Store, identity: Identity, backups: BackupService | None = None):
        self._store = store
        self.identity = identity
        self._backups = backups

    def preview(self, audit: Audit, target: Framework) -> UpgradePlan:
        """What `upgrade` would do; writes nothing. Raises when the upgrade is not possible."""
        current = self._framework(audit)
        crosswalk = self._crosswalk(audit, current, target)
        answers = self._store.revisions.current(audit.id)
        return UpgradePlanner(current, target, crosswalk).plan(answers)

    def upgrade(
        self, audit: Audit, target: Framework, reason: str = ""
    ) -> tuple[Audit, UpgradePlan]:
        plan = self.preview(audit, target)
        if self._backups is not None:
            self._backups.before("upgrade")
        now = utc_now()
        heads = {
            name: answer.revision_id
            for name, answer in self._store.revisions.current(audit.id).items()
        }
        record = UpgradeRecord(
            plan.old.content_hash,
            target.content_hash,
            plan.old.version,
            target.version,
            frozenset(set(plan.old.indicators) - set(target.indicators)),
            tuple(
                {
                    "from": m.source,
                    "to": m.target,
                    "relation": m.relation.value if m.relation else "",
                    "outcome": m.outcome.value,
                    "reason": m.template,
                    "params": m.params,
                    "note": m.note.to_dict(),
                }
                for m in plan.moves
            ),
            frozenset(
                {g.name for g in plan.old.iter_groups()} - {g.name for g in target.iter_groups()}
            ),
        )
        detail = record.to_detail() | {"reason": reason.strip()}
        upgraded = replace(audit, framework_hash=target.content_hash, updated_at=now)
        with self._store.transaction():
            self._store.frameworks.save(target, now)
            for change in plan.changes:
                self._store.revisions.append(
                    Revision(
                        id=new_id(),
                        audit_id=audit.id,
                        indicator=change.target,
                        parent_id=heads.get(change.target) or None,
                        author=self.identity.author,
                        site=self.identity.site,
                        created_at=now,
                        **change.content,
                    )
                )
            self._store.audits.update(
                upgraded, AuditEvent(audit.id, UPGRADED, detail, self.identity.author, now)
            )
        return upgraded, plan

    def _framework(self, audit: Audit) -> Framework:
        framework = self._store.frameworks.get(audit.framework_hash)
        if framework is None:
            raise JalonError(
                "the framework of audit {id} is missing from the database", id=audit.short_id
            )
        return framework

    def _crosswalk(self, audit: Audit, current: Framework, target: Framework) -> Crosswalk:
        if audit.is_finalized:
            raise JalonError(
                "the audit of {institution} is finalized; a finalized audit keeps "
                "the framework it was made with (reopen it with a reason first)",
                institution=audit.institution,
            )
        if target.content_hash == current.content_hash:
            raise JalonError(
                "the audit already uses {framework} {version}",
                framework=target.id,
                version=target.version,
            )
        crosswalk = target.crosswalk_from(current)
        if crosswalk is None:
            raise JalonError(
                "{framework} {version} holds no crosswalk from {old} {old_version}, "
                "so the answers cannot be carried over",
                framework=target.id,
                version=target.version,
                old=current.id,
                old_version=current.version,
            )
        problems = crosswalk.check(current, target)
        if problems:
            raise JalonError(
                "the crosswalk to {framework} {version} is incomplete: {problem} "
                "({count} problem(s))",
                framework=target.id,
                version=target.version,
                problem=str(problems[0]),
                count=len(problems),
            )
        missing = sorted(audit.modules - set(target.modules))
        if missing:
            raise JalonError(
                "{framework} {version} has no module {module}, which the audit uses",
                framework=target.id,
                version=target.version,
                module=", ".join(missing),
            )
        if audit.content_language not in target.languages:
            raise JalonError(
                "framework {framework} is not written in {language} (languages: {known})",
                framework=target.id,
                language=audit.content_language,
                known=", ".join(target.languages),
            )
        conflicts = self._store.conflicts.for_audit(audit.id, ConflictStatus.OPEN)
        if conflicts:
            raise JalonError(
                "the audit has {count} answer(s) in conflict; resolve them before upgrading",
                count=len(conflicts),
            )
        return crosswalk
