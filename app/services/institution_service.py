"""Institutions: listing them with their audits, confirming the migration's grouping, and
merging two records a person found to be the same institution."""

from __future__ import annotations

import builtins

from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.institution import Institution
from app.services.id_reference import MIN_PREFIX, find_by_id_or_prefix
from app.services.identity import Identity, utc_now
from app.storage.store import Store


class InstitutionService:
    def __init__(self, store: Store, identity: Identity):
        self._store = store
        self.identity = identity

    def list(self) -> list[Institution]:
        """The institutions in use (those merged away are no longer listed)."""
        return self._store.institutions.list()

    def audit_counts(self) -> dict[str, int]:
        return self._store.institutions.audit_counts()

    def get(self, reference: str) -> Institution:
        """An institution by id or unambiguous id prefix; one merged away leads to the record
        it was merged into."""
        repository = self._store.institutions
        found = find_by_id_or_prefix(
            reference,
            repository.get,
            repository.find_by_prefix,
            too_short=lambda ref: JalonError(
                "no institution {ref!r}; give at least {n} characters of its id",
                ref=ref,
                n=MIN_PREFIX,
            ),
            unknown=lambda ref: JalonError("no institution {ref!r}", ref=ref),
            ambiguous=lambda ref, count: JalonError(
                "{ref!r} matches {count} institutions; give more of the id", ref=ref, count=count
            ),
        )
        current = repository.get(repository.current(found.id))
        return current or found

    def audits(self, institution: Institution) -> builtins.list[Audit]:
        """Its audits, oldest period first."""
        return self._store.audits.of_institution(institution.id)

    def merge(self, source_ref: str, target_ref: str) -> Institution:
        """Merge `source` into `target`: one institution from now on, under target's id and
        name, with source's names kept as former names and its audits moved over."""
        source, target = self.get(source_ref), self.get(target_ref)
        if source.id == target.id:
            raise JalonError(
                "{name} ({id}) is already that institution", name=source.name, id=source.short_id
            )
        self._store.institutions.merge(source, target, utc_now())
        return self.get(target.id)

    def confirm(self, reference: str) -> Institution:
        """A person confirmed that the audits grouped in this record are one institution."""
        institution = self.get(reference)
        self._store.institutions.confirm(institution, utc_now())
        return self.get(institution.id)
