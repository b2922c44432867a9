"""An open audit: its framework, current answers in memory, and every change to them.

Each change is written as a revision in its own durable transaction before the in-memory
state moves, so what the screen shows as saved is on disk. Scores are recomputed from memory,
only for what a change can reach, fast enough for every keystroke.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from app.models import text_rule
from app.models.action_item import ActionItem, Priority
from app.models.action_revision import ActionRevision
from app.models.answer import Answer, AnswerValue, InvalidValue, parse_answer
from app.models.audit import Audit
from app.models.errors import AnswerError, JalonError
from app.models.evidence_link import EvidenceLink
from app.models.expression_functions import Value
from app.models.follow_up import FollowUp, PreviousAnswer
from app.models.framework import Choice, Framework, Indicator, QuestionType
from app.models.incremental_scorer import IncrementalScorer
from app.models.localized_text import LocalizedText
from app.models.plausibility import ConfirmedFigure, FigureConfirmation, PlausibilityFlag
from app.models.relevance import ExpressionCache, Relevance
from app.models.revision import Revision
from app.models.scoring import ScoreCard
from app.models.upgrade_record import upgrades
from app.services.action_plan import ActionPlan
from app.services.audit_evidence import AuditEvidence
from app.services.audit_finalization import AuditFinalization, Blocker
from app.services.evidence_attachment import EvidenceAttachment
from app.services.figure_check import FigureCheck
from app.services.identity import Identity, new_id, utc_now
from app.services.previous_audit import PreviousAudit
from app.storage.store import Store

UNCHANGED = object()  # update(): the value is left as it is


class AuditSession:
    def __init__(self, store: Store, audit: Audit, framework: Framework, identity: Identity):
        self._store = store
        self.audit = audit
        self.framework = framework
        self.identity = identity
        self.answers: dict[str, Answer] = store.revisions.current(audit.id)
        self._expressions = ExpressionCache()
        self._score: ScoreCard | None = None
        self._scorer: IncrementalScorer | None = None
        self._changed: set[str] = set()  # answers changed since the scores were last worked out
        self._plan = ActionPlan(store, audit, framework, lambda: self.identity, self._ensure_draft)
        self._finalization = AuditFinalization(store, self, self._ensure_draft)
        self._figures = FigureCheck(store, self, self._ensure_draft)
        self._previous = PreviousAudit(store, self)
        self._evidence = AuditEvidence(store, self, self._ensure_draft)

    # --- reading -------------------------------------------------------------------------------

    def indicator(self, reference: str) -> Indicator:
        node = self.framework.find(reference)
        if not isinstance(node, Indicator):
            raise JalonError(
                "{ref!r} is not a question of framework {framework}",
                ref=reference,
                framework=self.framework.id,
            )
        return node

    def answer_of(self, reference: str) -> Answer:
        indicator = self.indicator(reference)
        return self.answers.get(indicator.name) or Answer(indicator.name)

    def score(self) -> ScoreCard:
        if self._score is None:
            if self._scorer is None or self._scorer.modules != self.audit.modules:
                self._scorer = IncrementalScorer(
                    self.framework, self.audit.modules, self._expressions
                )
            # Only what the changed answers can reach is scored again.
            self._score = self._scorer.score(self.answers, self._changed)
            self._changed = set()
        return self._score

    def relevance(self) -> Relevance:
        return Relevance(self.framework, self.answers, self.audit.modules, self._expressions)

    def history(self, reference: str) -> list[Revision]:
        """Every change to one answer; `reference` may also name a question of an earlier
        framework version the audit was upgraded from (its history is kept)."""
        node = self.framework.find(reference)
        if not isinstance(node, Indicator):
            node = next(
                (i for i in self.no_longer_assessed() if reference in (i.name, i.code)), None
            ) or self.indicator(reference)
        return self._store.revisions.history(self.audit.id, node.name)

    def no_longer_assessed(self) -> list[Indicator]:
        """Questions of earlier framework versions, answered before the audit was upgraded,
        that its framework no longer has: their answers stay in the history."""
        found: dict[str, Indicator] = {}
        for record in upgrades(self._store.audits.events(self.audit.id)):
            earlier = self._store.frameworks.get(record.from_hash)
            for name in sorted(record.earlier_questions):
                answer = self.answers.get(name)
                if answer is None or name in self.framework.indicators or name in found:
                    continue
                indicator = earlier.indicators.get(name) if earlier is not None else None
                found[name] = indicator or Indicator(name, QuestionType.TEXT)
        return list(found.values())

    # --- the previous audit, for a follow-up audit (PreviousAudit) ------------------------------

    @property
    def follow_up(self) -> FollowUp | None:
        return self._previous.follow_up

    def previous(self, reference: str) -> PreviousAnswer | None:
        return self._previous.answer(self.indicator(reference).name)

    def previous_evidence(self, reference: str) -> list[EvidenceLink]:
        return self._previous.evidence(self.indicator(reference).name)

    def keep_previous(self, reference: str) -> Answer:
        """Keep (or confirm) the previous audit's answer: a revision of this audit, by whoever
        keeps it, now; its value is checked as if typed."""
        previous = self.previous(reference)
        if previous is None:
            raise JalonError(
                "{code} has no answer from a previous audit to keep",
                code=self.indicator(reference).display_code,
            )
        if previous.na_reason:
            return self.update(reference, na_reason=previous.na_reason, comment=previous.comment)
        value = UNCHANGED if previous.value is None else previous.value
        return self.update(reference, value=value, comment=previous.comment)

    def to_confirm(self) -> list[Indicator]:
        return self._previous.to_confirm()

    def implausible_figures(self) -> list[PlausibilityFlag]:
        """Organization figures that moved implausibly far since the previous audit (and
        nobody confirmed at their current value)."""
        return self._figures.implausible()

    def confirm_figure(self, reference: str, note: str) -> FigureConfirmation:
        return self._figures.confirm(reference, note)

    def confirmed_figures(self) -> list[ConfirmedFigure]:
        """Figures that moved beyond their limit, confirmed at their current value: who
        confirmed each, when and why (wherever the confirmation was made)."""
        return self._figures.confirmed()

    def text(self, localized: LocalizedText, language: str | None = None) -> str:
        return self.framework.text(localized, language or self.audit.content_language)

    # --- changing answers ----------------------------------------------------------------------

    def answer(self, reference: str, raw: object) -> Answer:
        """Set the value of a question from user input; checks type and constraint first."""
        return self.update(reference, value=raw)

    def checked_value(
        self, indicator: Indicator, raw: object, language: str | None = None
    ) -> AnswerValue:
        """`raw` as a value of `indicator`, or AnswerError saying what is wrong with it (type,
        then the question's rule, whose message is in `language`)."""
        value = parse_answer(indicator, raw)
        if isinstance(value, str):
            value = text_rule.TEXT_ANSWER.clean(value, code=indicator.display_code)
        if value is not None and indicator.choice_filter:
            self._check_offered(indicator, value)
        if value is None or not self.relevance().constraint_violation(indicator, value):
            return value
        message = self.text(indicator.constraint_message, language)
        if message:
            raise AnswerError("{code}: {message}", code=indicator.display_code, message=message)
        raise AnswerError(
            "{code}: the value {value} is not accepted (rule: {rule})",
            code=indicator.display_code,
            value=value,
            rule=indicator.constraint,
        )

    def enter(self, reference: str, typed: str) -> Answer:
        """What a person typed in a field: saved as the value when it is one, else kept as
        typed (InvalidValue), shown with its problem until it is corrected. Nothing typed is
        lost; the command line and imports use answer(), which refuses instead."""
        indicator = self.indicator(reference)
        try:
            value = self.checked_value(indicator, typed)
        except AnswerError:
            value = InvalidValue(typed.strip())
        return self._change(indicator, value=value, na_reason="")

    def problem_of(self, reference: str, language: str | None = None) -> AnswerError | None:
        """Why the stored value of a question is not an answer (kept as typed), else None."""
        answer = self.answer_of(reference)
        if not isinstance(answer.value, InvalidValue):
            return None
        indicator = self.indicator(reference)
        try:
            self.checked_value(indicator, answer.value.typed, language)
        except AnswerError as problem:
            return problem
        # Fine now (a rule that depends on another answer that changed): say what to do.
        return AnswerError(
            "{code}: {value!r} was kept as typed; confirm it by saving it again",
            code=indicator.display_code,
            value=answer.value.typed,
        )

    def invalid_answers(self) -> list[Answer]:
        """Answers kept as typed that need correcting, in framework order."""
        return [
            self.answers[i.name]
            for i in self.framework.iter_indicators()
            if i.name in self.answers and self.answers[i.name].is_invalid
        ]

    def offered_choices(self, reference: str) -> tuple[Choice, ...]:
        """The choices a select offers given the other answers (its `choice_filter`)."""
        return self.relevance().choices_for(self.indicator(reference))

    def calculated(self, reference: str) -> Value:
        """The current value of a calculation ("" when it has nothing to work from)."""
        return self.score().values.get(self.indicator(reference).name, "")

    def _check_offered(self, indicator: Indicator, value: str | float) -> None:
        offered = self.relevance().choices_for(indicator)
        names = {choice.name for choice in offered}
        refused = [name for name in str(value).split() if name not in names]
        if refused:
            raise AnswerError(
                "{value!r} is not offered for {code} given the earlier answers; expected {choices}",
                value=" ".join(refused),
                code=indicator.display_code,
                choices=", ".join(sorted(names)) or "nothing (answer the earlier questions first)",
            )

    def clear(self, reference: str) -> Answer:
        return self.update(reference, clear=True)

    def comment(self, reference: str, text: str) -> Answer:
        return self.update(reference, comment=text)

    def mark_not_applicable(self, reference: str, reason: str) -> Answer:
        return self.update(reference, na_reason=reason)

    def flag(self, reference: str, flagged: bool = True) -> Answer:
        return self.update(reference, flagged=flagged)

    def set_department(self, reference: str, department: str) -> Answer:
        return self.update(reference, department=department)

    def update(
        self,
        reference: str,
        value: object = UNCHANGED,
        na_reason: str | None = None,
        clear: bool = False,
        comment: str | None = None,
        flagged: bool | None = None,
        department: str | None = None,
    ) -> Answer:
        """Several changes to one answer as one revision (what one command or one form
        submits is one change): a value (user input, checked as answer() does), a reason for
        N/A, clearing the answer, a comment, the flag, the department. Everything is checked
        before anything is written."""
        indicator = self.indicator(reference)
        code = indicator.display_code
        changes: dict[str, object] = {}
        if value is not UNCHANGED:
            changes.update(value=self.checked_value(indicator, value), na_reason="")
        if na_reason is not None:
            reason = text_rule.NA_REASON.clean(na_reason, code=code)
            if not reason:
                raise AnswerError("a reason is needed to mark an item not applicable")
            changes.update(value=None, na_reason=reason)
        if clear:
            changes.update(value=None, na_reason="")
        if comment is not None:
            changes["comment"] = text_rule.COMMENT.clean(comment, code=code)
        if flagged is not None:
            changes["flagged"] = flagged
        if department is not None:
            changes["department"] = text_rule.DEPARTMENT.clean(department, code=code)
        return self._change(indicator, **changes)

    def _ensure_draft(self) -> None:
        if self.audit.is_finalized:
            raise JalonError(
                "the audit of {institution} is finalized; reopen it with a reason "
                "before changing it",
                institution=self.audit.institution,
            )

    def _change(self, indicator: Indicator, **changes: Any) -> Answer:
        self._ensure_draft()
        if indicator.is_calculated:
            raise AnswerError(
                "{code} is worked out from other answers and takes no answer",
                code=indicator.display_code,
            )
        if not indicator.is_answerable:
            raise AnswerError("{code} is a note and takes no answer", code=indicator.display_code)
        current = self.answers.get(indicator.name) or Answer(indicator.name)
        content = {**current.content(), **changes}
        if content == current.content():
            return current
        revision = Revision(
            id=new_id(),
            audit_id=self.audit.id,
            indicator=indicator.name,
            parent_id=current.revision_id or None,
            author=self.identity.author,
            site=self.identity.site,
            created_at=utc_now(),
            **content,
        )
        self._store.revisions.append(revision)
        answer = revision.as_answer()
        self.answers[indicator.name] = answer
        self.audit = replace(self.audit, updated_at=revision.created_at)
        self._changed.add(indicator.name)
        self._score = None
        return answer

    # --- evidence (AuditEvidence) --------------------------------------------------------------

    def attach_evidence(self, reference: str, path: Path) -> EvidenceLink:
        return self._evidence.attach(reference, path)

    def evidence_attachment(self, reference: str) -> EvidenceAttachment:
        return self._evidence.attachment(reference)

    def evidence(self, reference: str | None = None) -> list[EvidenceLink]:
        return self._evidence.links(reference)

    def evidence_data(self, link: EvidenceLink) -> bytes:
        return self._evidence.data(link)

    def remove_evidence(self, link: EvidenceLink) -> None:
        self._evidence.remove(link)

    # --- action plan (ActionPlan) --------------------------------------------------------------

    def actions(self) -> list[ActionItem]:
        return self._plan.actions()

    def action(self, reference: str) -> ActionItem:
        return self._plan.action(reference)

    def action_history(self, item: ActionItem) -> list[ActionRevision]:
        return self._plan.history(item)

    def add_action(
        self,
        target: str,
        title: str,
        owner: str = "",
        due_date: str = "",
        priority: Priority = Priority.MEDIUM,
    ) -> ActionItem:
        return self._plan.add(target, title, owner, due_date, priority)

    def update_action(self, item: ActionItem, **changes: Any) -> ActionItem:
        return self._plan.update(item, **changes)

    def delete_action(self, item: ActionItem) -> None:
        self._plan.delete(item)

    # --- finalization (AuditFinalization) -------------------------------------------------------

    def blockers(self) -> list[Blocker]:
        return self._finalization.blockers()

    def compute_seal(self) -> str:
        return self._finalization.compute_seal()

    def finalize(self) -> Audit:
        self.audit = self._finalization.finalize()
        return self.audit

    def reopen(self, reason: str) -> Audit:
        self.audit = self._finalization.reopen(reason)
        return self.audit

    def seal_intact(self) -> bool:
        return self._finalization.seal_intact()
