"""The services of package exchange, wired once per open store: signing keys (which keep
unlocked keys for the session), trust store, packages, merges and conflicts."""

from __future__ import annotations

from pathlib import Path

from app.exchange.keyring_vault import KeyringVault
from app.services.backup_service import BackupService
from app.services.identity import Identity
from app.services.key_service import KeyService, PassphrasePrompt
from app.services.merge.conflict_service import ConflictService
from app.services.merge.merge_service import MergeService
from app.services.package_service import PackageService
from app.services.trust_service import TrustService
from app.storage.exchange_store import ExchangeStore
from app.storage.store import Store


class ExchangeServices:
    def __init__(
        self,
        store: Store,
        keys_dir: Path,
        identity: Identity,
        prompt: PassphrasePrompt | None = None,
        vault: KeyringVault | None = None,
        backups: BackupService | None = None,
    ):
        self.store = ExchangeStore(store)
        self.keys = KeyService(self.store, keys_dir, identity, vault=vault, prompt=prompt)
        self.trust = TrustService(self.store, identity)
        self.packages = PackageService(store, self.store, self.keys, self.trust, identity)
        self.merges = MergeService(self.store, self.packages, self.keys, identity, backups)
        self.conflicts = ConflictService(store, self.store, identity)
