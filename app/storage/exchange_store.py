"""The storage of package exchange: keys, trust store, conflicts, merge log and quarantine,
over the same database file as the rest of the store."""

from __future__ import annotations

from contextlib import AbstractContextManager

from app.storage.import_log_repository import ImportLogRepository
from app.storage.merge_repository import MergeRepository
from app.storage.quarantine_repository import QuarantineRepository
from app.storage.signing_key_repository import SigningKeyRepository
from app.storage.store import Store
from app.storage.trust_repository import TrustRepository


class ExchangeStore:
    def __init__(self, store: Store):
        database = store.database
        self.store = store
        self.keys = SigningKeyRepository(database)
        self.trust = TrustRepository(database)
        self.conflicts = store.conflicts
        self.imports = ImportLogRepository(database)
        self.quarantine = QuarantineRepository(database)
        self.merges = MergeRepository(database, store.frameworks)

    def transaction(self) -> AbstractContextManager[None]:
        return self.store.transaction()
