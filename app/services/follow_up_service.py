"""Creating a follow-up audit: the next audit of an institution, on the same framework
version as the previous one or a newer one holding a crosswalk from it."""

from __future__ import annotations

from dataclasses import replace

from app.models.action_item import ActionItem
from app.models.action_revision import ActionRevision
from app.models.audit import Audit, AuditEvent
from app.models.errors import JalonError
from app.models.follow_up import (
    EVENT_KIND,
    FollowUp,
    carried_target,
    previous_answers,
    profile_questions,
)
from app.models.framework import Framework
from app.services.audit_service import AuditService
from app.services.identity import new_id, utc_now
from app.storage.store import Store


class FollowUpService:
    def __init__(self, store: Store, audits: AuditService):
        self._store = store
        self._audits = audits

    def create(
        self,
        previous_ref: str,
        framework: Framework | None = None,
        carried: bool = False,
        period_start: str = "",
        period_end: str = "",
    ) -> Audit:
        """A draft audit of the previous one's institution, with its Organization Information
        to confirm and its answers shown (or, `carried`, carried to confirm), assessing the
        period given (YYYY-MM-DD; none yet when not given)."""
        previous = self._audits.get(previous_ref)
        previous_framework = self._audits.framework_of(previous)
        framework = framework or previous_framework
        if (
            framework.content_hash != previous_framework.content_hash
            and framework.crosswalk_from(previous_framework) is None
        ):
            raise JalonError(
                "audit {id} is on {framework} {version}; its follow-up can use that version or "
                "a newer one holding a crosswalk from it, which {other} {other_version} does not",
                id=previous.short_id,
                framework=previous_framework.id,
                version=previous_framework.version,
                other=framework.id,
                other_version=framework.version,
            )
        institution = self._store.institutions.get(previous.institution_id)
        audit = self._audits.create(
            framework,
            institution.name if institution else previous.institution,
            previous.country,
            previous.audit_type,
            previous.auditors,
            period_start,
            period_end,
            content_language=previous.content_language
            if previous.content_language in framework.languages
            else "",
            modules=frozenset(previous.modules & set(framework.modules)),
            institution_id=previous.institution_id,
        )
        follow_up = FollowUp(
            previous_audit=previous.id,
            previous_period=previous.period_end or previous.created_at[:10],
            carried=carried,
            answers=previous_answers(
                previous_framework, self._store.revisions.current(previous.id), framework
            ),
            profile=profile_questions(framework),
        )
        now = utc_now()
        actions = self._carried_actions(previous, previous_framework, framework, audit, now)
        identity = self._audits.identity
        with self._store.transaction():
            self._store.audits.log(
                AuditEvent(audit.id, EVENT_KIND, follow_up.to_detail(), identity.author, now)
            )
            revisions = [
                ActionRevision(new_id(), i, identity.author, identity.site) for i in actions
            ]
            self._store.actions.write(actions, revisions)
        return audit

    def _carried_actions(
        self,
        previous: Audit,
        previous_framework: Framework,
        framework: Framework,
        audit: Audit,
        now: str,
    ) -> list[ActionItem]:
        """The previous plan's open actions, as actions of the follow-up that continue them:
        same description, owner, due date, priority, status and note; a done one waits here
        for its verification."""
        return [
            replace(
                item,
                id=new_id(),
                audit_id=audit.id,
                created_at=now,
                updated_at=now,
                carried_from=item.id,
                target=carried_target(previous_framework, item.target, framework),
            )
            for item in self._store.actions.for_audit(previous.id)
            if item.status.is_open
        ]
