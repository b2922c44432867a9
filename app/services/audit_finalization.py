"""Finalizing an audit: what still stops it, the seal that fixes its content, and reopening
it with a reason.

A finalized audit never changes; its seal (a hash of its answers' history, actions and
evidence) shows whether its content is still what was finalized. AuditSession hands its
finalization methods to this class and keeps the audit it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from app.models import text_rule
from app.models.action_item import ActionStatus
from app.models.answer import InvalidValue
from app.models.audit import Audit, AuditEvent, AuditStatus
from app.models.conflict import ConflictStatus
from app.models.errors import JalonError
from app.models.framework import Indicator
from app.models.plausibility import PlausibilityFlag
from app.models.seal import compute_seal
from app.services.identity import utc_now
from app.storage.store import Store

if TYPE_CHECKING:
    from app.services.audit_session import AuditSession


@dataclass(frozen=True)
class Blocker:
    """Something that stops finalization, with the indicator to jump to."""

    indicator: str
    code: str
    template: str
    params: dict[str, Any]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class AuditFinalization:
    def __init__(self, store: Store, session: AuditSession, ensure_draft: Callable[[], None]):
        """`session`: the open audit, read as it is at each call (its answers, scores and
        status move); `ensure_draft()` raises when it is finalized."""
        self._store = store
        self._session = session
        self._ensure_draft = ensure_draft

    def blockers(self) -> list[Blocker]:
        """What stops finalization, in framework order."""
        session = self._session
        card = session.score()
        relevance = session.relevance()
        found: list[Blocker] = []
        # Two sites changed these answers differently: a person must choose before sealing.
        conflicted = {
            c.indicator
            for c in self._store.conflicts.for_audit(session.audit.id, ConflictStatus.OPEN)
        }
        unconfirmed = {i.name for i in session.to_confirm()}
        implausible = {f.indicator: f for f in session.implausible_figures()}
        for indicator in session.framework.iter_indicators():
            if indicator.name in conflicted:
                code = indicator.display_code
                found.append(
                    Blocker(
                        indicator.name,
                        code,
                        "{code} has two conflicting answers from different sites; "
                        "resolve the conflict first",
                        {"code": code},
                    )
                )
                continue
            flag = implausible.get(indicator.name)
            if flag is not None:
                found.append(self._implausible_blocker(indicator, flag))
                continue
            if indicator.name not in card.relevant:
                continue
            answer = session.answers.get(indicator.name)
            answered = answer is not None and answer.is_answered
            code = indicator.display_code
            invalid = answer.value if answer is not None else None
            problem = (
                session.problem_of(indicator.name) if isinstance(invalid, InvalidValue) else None
            )
            if isinstance(invalid, InvalidValue) and problem is not None:
                found.append(
                    Blocker(
                        indicator.name,
                        code,
                        "{code}: {typed!r} is not a valid answer ({problem}); correct it",
                        {"code": code, "typed": invalid.typed, "problem": str(problem)},
                    )
                )
            elif indicator.name in unconfirmed:
                found.append(
                    Blocker(
                        indicator.name,
                        code,
                        "{code} was carried over from the previous audit; confirm it or change it",
                        {"code": code},
                    )
                )
            elif indicator.required and not answered:
                found.append(
                    Blocker(
                        indicator.name,
                        code,
                        "{code} is mandatory and has no answer",
                        {"code": code},
                    )
                )
            elif (
                answer is not None
                and answer.has_value
                and indicator.choice_filter
                and any(
                    name not in {c.name for c in relevance.choices_for(indicator)}
                    for name in str(answer.value).split()
                )
            ):
                # An earlier answer changed after this one was chosen (another region, say):
                # the answer is kept, but cannot be sealed until a person chooses again.
                found.append(
                    Blocker(
                        indicator.name,
                        code,
                        "{code}: the answer {value} is no longer offered given the earlier "
                        "answers; choose again",
                        {"code": code, "value": answer.value},
                    )
                )
            elif (
                answer is not None
                and isinstance(answer.value, int | float)
                and relevance.constraint_violation(indicator, float(answer.value))
            ):
                found.append(
                    Blocker(
                        indicator.name,
                        code,
                        "{code}: the answer {value} breaks the rule {rule}",
                        {"code": code, "value": answer.value, "rule": indicator.constraint},
                    )
                )
        found.extend(self._carried_done_blockers())
        found.extend(self._review_blockers())
        return found

    def _carried_done_blockers(self) -> list[Blocker]:
        """Actions carried over from the previous audit as done: "done" is the previous
        period's claim, and this audit is the one that verifies it (only a later audit can).
        Like a carried Organization Information value, it is confirmed (verified) or changed
        (set back in progress, or dropped with a reason) before the audit is sealed; otherwise
        the sealed audit would pass over the claim it exists to check. Carried actions still
        planned or in progress simply go on: they do not stop finalization."""
        session = self._session
        blockers = []
        for item in session.actions():
            if not item.carried_from or item.status != ActionStatus.DONE:
                continue
            node = session.framework.find(item.target)
            code = node.display_code if node is not None else item.target
            blockers.append(
                Blocker(
                    item.target,
                    code,
                    "{code}: the action “{title}”, carried over from the previous audit as "
                    "done, waits to be verified; verify it, or set it back to in progress, or "
                    "drop it with a reason",
                    {"code": code, "title": item.title},
                )
            )
        return blockers

    @staticmethod
    def _implausible_blocker(indicator: Indicator, flag: PlausibilityFlag) -> Blocker:
        code = indicator.display_code
        params = {
            "code": code,
            "value": f"{flag.current:g}",
            "previous": f"{flag.previous:g}",
            "limit": f"{100 * flag.limit:g}",
        }
        if flag.from_framework:
            return Blocker(
                indicator.name,
                code,
                "{code} moved from {previous} to {value} since "
                "the previous audit, more than the {limit} % the framework allows "
                "for it; correct it or confirm it with a note",
                params,
            )
        return Blocker(
            indicator.name,
            code,
            "{code} moved from {previous} to {value} since the "
            "previous audit, more than {limit} % (Jalon's default check); correct it "
            "or confirm it with a note",
            params,
        )

    def _review_blockers(self) -> list[Blocker]:
        """The head office's "must be corrected" comments not yet answered again or replied
        to: the audit goes back corrected, or with the site's reason why not."""
        session = self._session
        review = self._store.reviews.review(session.audit.id)
        changed = {name: answer.changed_at for name, answer in session.answers.items()}
        blockers = []
        for comment in review.open_corrections(changed):
            node = session.framework.indicators.get(comment.target)
            code = node.display_code if node is not None else ""
            blockers.append(
                Blocker(
                    comment.target,
                    code,
                    "{where}: the reviewer asks for a correction ({text}); answer again or reply "
                    "to the comment",
                    {"where": code or session.audit.institution, "text": comment.text},
                )
            )
        return blockers

    def compute_seal(self) -> str:
        session = self._session
        return compute_seal(
            session.audit,
            self._store.revisions.all_for_audit(session.audit.id),
            session.actions(),
            [link.sha256 for link in session.evidence()],
        )

    def finalize(self) -> Audit:
        session = self._session
        self._ensure_draft()
        blockers = self.blockers()
        if blockers:
            raise JalonError(
                "the audit cannot be finalized yet: {count} item(s) need attention, first {first}",
                count=len(blockers),
                first=blockers[0].message,
            )
        now = utc_now()
        seal = self.compute_seal()
        audit = replace(
            session.audit,
            status=AuditStatus.FINALIZED,
            finalized_at=now,
            finalized_by=session.identity.author,
            seal=seal,
            updated_at=now,
        )
        event = AuditEvent(audit.id, "finalized", {"seal": seal}, session.identity.author, now)
        self._store.audits.update(audit, event)
        return audit

    def reopen(self, reason: str) -> Audit:
        session = self._session
        if not session.audit.is_finalized:
            raise JalonError("the audit is not finalized")
        reason = text_rule.REOPEN_REASON.clean(reason)
        if not reason:
            raise JalonError("a reason is needed to reopen a finalized audit")
        now = utc_now()
        audit = replace(
            session.audit,
            status=AuditStatus.DRAFT,
            finalized_at="",
            finalized_by="",
            seal="",
            updated_at=now,
        )
        event = AuditEvent(
            audit.id,
            "reopened",
            {"reason": reason, "previous_seal": session.audit.seal},
            session.identity.author,
            now,
        )
        self._store.audits.update(audit, event)
        return audit

    def seal_intact(self) -> bool:
        """For a finalized audit: does its content still match the seal recorded at finalization?"""
        audit = self._session.audit
        return audit.is_finalized and self.compute_seal() == audit.seal
