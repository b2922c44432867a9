"""Creating, finding, duplicating and deleting audits; opening them as sessions."""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from app.models import text_rule
from app.models.audit import Audit, AuditEvent, AuditType
from app.models.errors import JalonError
from app.models.example_date import DATE_EXAMPLE
from app.models.institution import EARLIEST_RECORD
from app.services.id_reference import MIN_PREFIX, find_by_id_or_prefix
from app.services.identity import Identity, new_id, utc_now
from app.storage.store import Store

if TYPE_CHECKING:  # loaded when an audit is first opened: listing audits does not need them
    from app.models.framework import Framework
    from app.services.audit_session import AuditSession


class AuditService:
    def __init__(self, store: Store, identity: Identity):
        self._store = store
        self.identity = identity

    def create(
        self,
        framework: Framework,
        institution: str,
        country: str = "",
        audit_type: AuditType = AuditType.SELF_ASSESSMENT,
        auditors: tuple[str, ...] = (),
        period_start: str = "",
        period_end: str = "",
        content_language: str = "",
        modules: frozenset[str] = frozenset(),
        institution_id: str = "",
    ) -> Audit:
        """`institution_id`: the institution it belongs to (by default the one of that name
        and country, recorded if new)."""
        institution = text_rule.INSTITUTION.clean(institution)
        if not institution:
            raise JalonError("the institution name is required")
        country = text_rule.COUNTRY.clean(country)
        auditors = tuple(text_rule.AUDITOR.clean(name) for name in auditors)
        unknown = sorted(set(modules) - set(framework.modules))
        if unknown:
            raise JalonError(
                "framework {framework} has no module {module} (modules: {known})",
                framework=framework.id,
                module=", ".join(unknown),
                known=", ".join(sorted(framework.modules)) or "none",
            )
        language = content_language or framework.default_language
        if language not in framework.languages:
            raise JalonError(
                "framework {framework} is not written in {language} (languages: {known})",
                framework=framework.id,
                language=language,
                known=", ".join(framework.languages),
            )
        if period_start and not _is_date(period_start):
            raise JalonError(
                "the period's start {value!r} is not a date such as {example}",
                value=period_start,
                example=DATE_EXAMPLE,
            )
        if period_end and not _is_date(period_end):
            raise JalonError(
                "the period's end {value!r} is not a date such as {example}",
                value=period_end,
                example=DATE_EXAMPLE,
            )
        if period_start and period_end and period_end < period_start:
            raise JalonError(
                "the period ends ({end}) before it starts ({start})",
                start=period_start,
                end=period_end,
            )
        now = utc_now()
        if now < EARLIEST_RECORD:
            raise JalonError(
                "this computer's clock says {now}, before {earliest}: a new audit and its "
                "institution record would carry that date, and other installations would "
                "refuse their packages; set the date and time, then create the audit again",
                now=now[:19] + "Z",
                earliest=EARLIEST_RECORD[:10],
            )
        audit = Audit(
            id=new_id(),
            framework_hash=framework.content_hash,
            institution=institution,
            country=country,
            audit_type=audit_type,
            auditors=tuple(name for name in auditors if name),
            period_start=period_start,
            period_end=period_end,
            content_language=language,
            modules=frozenset(modules),
            created_at=now,
            updated_at=now,
            created_by=self.identity.author,
        )
        with self._store.transaction():
            self._store.frameworks.save(framework, now)
            audit = replace(
                audit,
                institution_id=institution_id
                or self._store.institutions.for_name(institution, country, now),
            )
            self._store.audits.add(
                audit, AuditEvent(audit.id, "created", {}, self.identity.author, now)
            )
        return audit

    def list(self) -> list[Audit]:
        return self._store.audits.list()

    def get(self, reference: str) -> Audit:
        """An audit by id or by an unambiguous id prefix of at least four characters."""
        return find_by_id_or_prefix(
            reference,
            self._store.audits.get,
            self._store.audits.find_by_prefix,
            too_short=lambda ref: JalonError(
                "no audit {ref!r}; give at least {n} characters of its id", ref=ref, n=MIN_PREFIX
            ),
            unknown=lambda ref: JalonError("no audit {ref!r}", ref=ref),
            ambiguous=lambda ref, count: JalonError(
                "{ref!r} matches {count} audits; give more of the id", ref=ref, count=count
            ),
        )

    def framework_name(self, audit: Audit) -> str:
        """The id and version of an audit's framework, as the audit list shows them."""
        found = self._store.frameworks.name_and_version(audit.framework_hash)
        if found is None:
            raise JalonError(
                "the framework of audit {id} is missing from the database", id=audit.short_id
            )
        return " ".join(found)

    def framework_of(self, audit: Audit) -> Framework:
        framework = self._store.frameworks.get(audit.framework_hash)
        if framework is None:
            raise JalonError(
                "the framework of audit {id} is missing from the database", id=audit.short_id
            )
        return framework

    def open(self, reference: str) -> AuditSession:
        audit = self.get(reference)
        from app.services.audit_session import AuditSession

        return AuditSession(self._store, audit, self.framework_of(audit), self.identity)

    def events(self, audit: Audit) -> builtins.list[AuditEvent]:
        return self._store.audits.events(audit.id)

    def delete(self, audit: Audit) -> None:
        if audit.is_finalized:
            raise JalonError("a finalized audit cannot be deleted; reopen it first")
        self._store.audits.delete(audit.id)

    def duplicate(
        self,
        audit: Audit,
        institution: str | None = None,
        period_start: str = "",
        period_end: str = "",
    ) -> Audit:
        """A new draft audit that starts from the current answers of `audit` (e.g. next year)."""
        framework = self.framework_of(audit)
        copy = self.create(
            framework,
            institution or audit.institution,
            audit.country,
            audit.audit_type,
            audit.auditors,
            period_start,
            period_end,
            audit.content_language,
            audit.modules,
        )
        from app.models.revision import Revision  # with the answers: not needed to list audits

        answers = self._store.revisions.current(audit.id)
        now = utc_now()
        with self._store.transaction():
            for answer in answers.values():
                revision = Revision(
                    id=new_id(),
                    audit_id=copy.id,
                    indicator=answer.indicator,
                    parent_id=None,
                    author=self.identity.author,
                    site=self.identity.site,
                    created_at=now,
                    **answer.content(),
                )
                self._store.revisions.append(revision)
            self._store.audits.log(
                AuditEvent(copy.id, "duplicated", {"from": audit.id}, self.identity.author, now)
            )
        return replace(copy, updated_at=now)


def _is_date(text: str) -> bool:
    """A real date written YYYY-MM-DD (not 2025-13-01, not 20251231)."""
    try:
        return len(text) == 10 and date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False
