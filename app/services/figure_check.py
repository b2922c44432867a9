"""The plausibility check of a follow-up audit's Organization Information figures: which ones
moved beyond their limit since the previous audit (app/models/plausibility.py) and confirming
one with a note. AuditSession hands its figure methods to this class."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from app.models.answer import Answer
from app.models.audit import AuditEvent
from app.models.errors import JalonError
from app.models.plausibility import EVENT_KIND as FIGURE_EVENT
from app.models.plausibility import (
    ConfirmedFigure,
    FigureConfirmation,
    PlausibilityFlag,
    organization_figures,
    plausibility_flags,
)
from app.models.relevance import ExpressionCache
from app.models.scoring import score_audit
from app.services.identity import utc_now
from app.storage.store import Store

if TYPE_CHECKING:
    from app.services.audit_session import AuditSession


class FigureCheck:
    def __init__(self, store: Store, session: AuditSession, ensure_draft: Callable[[], None]):
        """`session`: the open audit, read as it is at each call; `ensure_draft()` raises
        when it is finalized."""
        self._store = store
        self._session = session
        self._ensure_draft = ensure_draft
        self._expressions = ExpressionCache()

    def implausible(self) -> list[PlausibilityFlag]:
        """Organization figures (typed or worked out) that moved beyond their limit since the
        previous audit and that nobody confirmed at their current value."""
        held = [FigureConfirmation.from_detail(e.detail) for e in self._confirmation_events()]
        return self._moves(held)

    def confirmed(self) -> list[ConfirmedFigure]:
        """The figures that moved beyond their limit and were confirmed at their current
        value, each with its latest confirmation (who, when, the note)."""
        latest: dict[tuple[str, float], AuditEvent] = {}
        for event in self._confirmation_events():  # oldest first: the last one wins
            confirmation = FigureConfirmation.from_detail(event.detail)
            latest[(confirmation.indicator, confirmation.value)] = event
        found = []
        for flag in self._moves(()):
            confirming = latest.get((flag.indicator, flag.current))
            if confirming is not None:
                note = FigureConfirmation.from_detail(confirming.detail).note
                found.append(ConfirmedFigure(flag, note, confirming.author, confirming.created_at))
        return found

    def _confirmation_events(self) -> list[AuditEvent]:
        events = self._store.audits.events(self._session.audit.id)
        # By time, whichever site wrote them and in whatever order they were merged here.
        return sorted((e for e in events if e.kind == FIGURE_EVENT), key=lambda e: e.created_at)

    def _moves(self, confirmed: Iterable[FigureConfirmation]) -> list[PlausibilityFlag]:
        """The figures beyond their limit, but for those `confirmed` at their current value."""
        session = self._session
        follow_up = session.follow_up
        if follow_up is None:
            return []
        card = session.score()
        previous: dict[str, object] = {name: kept.value for name, kept in follow_up.answers.items()}
        # Ratios are worked out from last time's answers by this framework's own formulas.
        earlier = {
            name: Answer(name, kept.value, kept.na_reason)
            for name, kept in follow_up.answers.items()
        }
        previous.update(
            score_audit(session.framework, earlier, session.audit.modules, self._expressions).values
        )
        current: dict[str, object] = {
            name: answer.value for name, answer in session.answers.items()
        }
        current.update(card.values)
        figures = [
            i
            for i in organization_figures(session.framework)
            if i.name in card.relevant or i.is_calculated
        ]
        return plausibility_flags(figures, current, previous, confirmed)

    def confirm(self, reference: str, note: str) -> FigureConfirmation:
        """A person confirms a flagged figure at its current value, saying why it is right."""
        self._ensure_draft()
        session = self._session
        indicator = session.indicator(reference)
        flag = next((f for f in self.implausible() if f.indicator == indicator.name), None)
        if flag is None:
            raise JalonError(
                "{code} is not flagged: there is nothing to confirm", code=indicator.display_code
            )
        if not note.strip():
            raise JalonError(
                "say in a note why {code} changed so much since the previous audit",
                code=indicator.display_code,
            )
        confirmation = FigureConfirmation(indicator.name, flag.current, note.strip())
        with self._store.transaction():
            self._store.audits.log(
                AuditEvent(
                    session.audit.id,
                    FIGURE_EVENT,
                    confirmation.to_detail(),
                    session.identity.author,
                    utc_now(),
                )
            )
        return confirmation
