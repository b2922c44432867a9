"""The head office's portfolio: every institution with its latest accepted audit, its score and
trend, the state of its latest review, its open corrections, and whether its assessment is
getting old: older than the validity period of the audit's own framework, which the framework
may declare (`validity_months` in its settings), the head office may override per framework
(kept in this installation's settings), and is two years otherwise."""

from __future__ import annotations

import json
from calendar import monthrange
from dataclasses import dataclass
from datetime import UTC, datetime

from app.models.audit import Audit
from app.models.review import ReviewState
from app.models.scoring import score_audit
from app.models.trusted_signer import institution_key
from app.services.audit_service import AuditService
from app.services.review_service import ReviewService
from app.storage.store import Store

DEFAULT_VALIDITY_MONTHS = 24
OVERRIDES_KEY = "portfolio_validity_months"  # installation setting: {framework id: months}


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
    framework_id: str  # of the latest accepted audit (of the latest audit when none)
    valid_months: int  # that framework's validity period as applied here


@dataclass(frozen=True)
class ValidityPeriod:
    """A framework's validity period: what the framework declares, what the head office chose."""

    framework_id: str
    declared: int | None  # the framework's own `validity_months` (its newest version in use)
    override: int | None  # this installation's choice

    @property
    def months(self) -> int:
        return self.override or self.declared or DEFAULT_VALIDITY_MONTHS


class PortfolioService:
    def __init__(self, store: Store, audits: AuditService, reviews: ReviewService):
        self._store = store
        self._audits = audits
        self._reviews = reviews

    # --- validity periods ----------------------------------------------------------------------

    def overrides(self) -> dict[str, int]:
        """The head office's validity periods in months, by framework id."""
        stored = self._store.installation.get(OVERRIDES_KEY)
        return {str(k): int(v) for k, v in json.loads(stored).items()} if stored else {}

    def set_override(self, framework_id: str, months: int | None) -> None:
        """Keep `months` as the validity period of `framework_id` (None: back to the
        framework's own period or the default)."""
        chosen = self.overrides()
        if months is None:
            chosen.pop(framework_id, None)
        else:
            chosen[framework_id] = months
        self._store.installation.set({OVERRIDES_KEY: json.dumps(chosen, sort_keys=True)})

    def periods(self) -> list[ValidityPeriod]:
        """One per framework of the audits here (and per overridden framework), by id."""
        declared: dict[str, int | None] = {}
        for audit in sorted(self._audits.list(), key=lambda a: a.created_at):
            framework = self._audits.framework_of(audit)
            declared[framework.id] = framework.validity_months
        overrides = self.overrides()
        return [
            ValidityPeriod(framework_id, declared.get(framework_id), overrides.get(framework_id))
            for framework_id in sorted(declared.keys() | overrides.keys())
        ]

    # --- the table -----------------------------------------------------------------------------

    def rows(self, today: datetime | None = None) -> list[PortfolioRow]:
        now = today or datetime.now(UTC)
        overrides = self.overrides()
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
            measured = latest or audits[-1]
            framework = self._audits.framework_of(measured)
            months = ValidityPeriod(
                framework.id, framework.validity_months, overrides.get(framework.id)
            ).months
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
                    out_of_date=assessed is None or now > _months_after(assessed, months),
                    framework_id=framework.id,
                    valid_months=months,
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


def _months_after(moment: datetime, months: int) -> datetime:
    """The same day `months` later (the month's last day when it is shorter: 31 August plus
    six months is 28 or 29 February)."""
    year, month = divmod(moment.month - 1 + months, 12)
    year += moment.year
    day = min(moment.day, monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def _trend(scores: list[float | None]) -> float | None:
    """The change from the second-last accepted audit's score to the last one's."""
    if len(scores) < 2 or scores[-1] is None or scores[-2] is None:
        return None
    return scores[-1] - scores[-2]
