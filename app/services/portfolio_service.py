"""The head office's portfolio: every institution with its latest accepted audit, its score and
trend, the state of its latest review, its open corrections, and whether its assessment is
getting old (older than the validity period, two years unless the network says otherwise)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from app.models.audit import Audit
from app.models.review import ReviewState
from app.models.scoring import score_audit
from app.models.trusted_signer import institution_key
from app.services.audit_service import AuditService
from app.services.review_service import ReviewService
from app.storage.store import Store

VALIDITY_DAYS = 2 * 365


@dataclass(frozen=True)
class PortfolioRow:
    institution: str
    country: str
    audits: int
    latest_accepted: Audit | None
    accepted_on: str  # the date of the acceptance ("" when none)
    score: float | None  # overall score of the latest accepted audit
    trend: float | None  # its change since the accepted audit before it
    review_state: ReviewState  # of the institution's most recent audit
    open_corrections: int  # over all its audits
    out_of_date: bool  # the latest accepted assessment is older than the validity period


class PortfolioService:
    def __init__(self, store: Store, audits: AuditService, reviews: ReviewService):
        self._store = store
        self._audits = audits
        self._reviews = reviews

    def rows(
        self, validity_days: int = VALIDITY_DAYS, today: datetime | None = None
    ) -> list[PortfolioRow]:
        now = today or datetime.now(UTC)
        by_institution: dict[tuple[str, ...], list[Audit]] = {}
        for audit in self._audits.list():
            # The institution record; by name and country for an audit without one.
            key = (
                (audit.institution_id,)
                if audit.institution_id
                else (institution_key(audit.institution), audit.country)
            )
            by_institution.setdefault(key, []).append(audit)
        rows = []
        for audits in by_institution.values():
            audits.sort(key=lambda a: a.created_at)
            reviews = {a.id: self._reviews.review(a) for a in audits}
            accepted = sorted(
                (
                    (latest_event.created_at, audit)
                    for audit in audits
                    if reviews[audit.id].state == ReviewState.ACCEPTED
                    and (latest_event := reviews[audit.id].latest) is not None
                ),
                key=lambda pair: pair[0],
            )
            scores = [self._overall(audit) for _when, audit in accepted]
            latest_on, latest = accepted[-1] if accepted else ("", None)
            assessed = _moment(latest.period_end or latest_on) if latest else None
            rows.append(
                PortfolioRow(
                    institution=audits[-1].institution,
                    country=audits[-1].country,
                    audits=len(audits),
                    latest_accepted=latest,
                    accepted_on=latest_on[:10],
                    score=scores[-1] if scores else None,
                    trend=_trend(scores),
                    review_state=reviews[audits[-1].id].state,
                    open_corrections=sum(
                        len(self._reviews.open_corrections(a, reviews[a.id])) for a in audits
                    ),
                    out_of_date=assessed is None or now - assessed > timedelta(days=validity_days),
                )
            )
        return sorted(rows, key=lambda row: (row.institution.casefold(), row.country))

    def _overall(self, audit: Audit) -> float | None:
        framework = self._audits.framework_of(audit)
        answers = self._store.revisions.current(audit.id)
        return score_audit(framework, answers, audit.modules).overall.percent


def _moment(stamp: str) -> datetime:
    if "T" not in stamp:
        stamp += "T00:00:00Z"
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _trend(scores: list[float | None]) -> float | None:
    """The change from the second-last accepted audit's score to the last one's."""
    if len(scores) < 2 or scores[-1] is None or scores[-2] is None:
        return None
    return scores[-1] - scores[-2]
