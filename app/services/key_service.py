"""This installation's signing keys: created on first need, encrypted at rest, unlocked once
per session, exported as minisign public keys.

Protection: a random key kept in the system keyring where one exists; otherwise a passphrase,
taken from the JALON_KEY_PASSPHRASE environment variable (servers, CI) or asked through the
`prompt` the command line or the desktop app installs.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.exchange.exchange_error import SigningKeyError
from app.exchange.key_file import KEYRING, PASSPHRASE, KeyFile
from app.exchange.keyring_vault import KeyringVault
from app.exchange.minisign_public_key import MinisignPublicKey, normalize_key_id
from app.exchange.signing_key import SigningKey
from app.models import text_rule
from app.models.signing_key_info import SigningKeyInfo
from app.models.trusted_signer import TrustedSigner
from app.services.identity import Identity, utc_now
from app.storage.exchange_store import ExchangeStore

PASSPHRASE_ENV = "JALON_KEY_PASSPHRASE"
PROMPT_ATTEMPTS = 3

# (what the passphrase is for, whether it is a new one to confirm) -> passphrase, or None
PassphrasePrompt = Callable[[str, bool], str | None]


class KeyService:
    def __init__(
        self,
        exchange: ExchangeStore,
        keys_dir: Path,
        identity: Identity,
        vault: KeyringVault | None = None,
        prompt: PassphrasePrompt | None = None,
    ):
        self._exchange = exchange
        self._dir = keys_dir
        self.identity = identity
        self._vault = vault or KeyringVault()
        self.prompt = prompt
        self._unlocked: dict[str, SigningKey] = {}

    # --- reading ---------------------------------------------------------------------------

    def own_keys(self) -> list[SigningKeyInfo]:
        return self._exchange.keys.all()

    def current(self) -> SigningKeyInfo | None:
        """The key that signs for the current author: their newest one not revoked."""
        for info in self._exchange.keys.for_owner(self.identity.author):
            trusted = self._exchange.trust.get(info.key_id)
            if trusted is None or not trusted.is_revoked:
                return info
        return None

    def get(self, reference: str | None = None) -> SigningKeyInfo:
        if not reference:
            info = self.current()
            if info is None:
                raise SigningKeyError(
                    "{author} has no signing key yet; create one with 'jalon keys new'",
                    author=self.identity.author,
                )
            return info
        info = self._exchange.keys.get(normalize_key_id(reference))
        if info is None:
            raise SigningKeyError("no signing key {key} on this installation", key=reference)
        return info

    def keyring_available(self) -> bool:
        return self._vault.available()

    # --- creating and unlocking ------------------------------------------------------------

    def create(
        self, name: str = "", organisation: str = "", protection: str | None = None
    ) -> SigningKeyInfo:
        name = text_rule.PERSON.clean(name or self.identity.author)
        organisation = text_rule.ORGANISATION.clean(organisation or self.identity.organisation)
        if not name:
            raise SigningKeyError("a signing key needs the name of its owner")
        protection = protection or (KEYRING if self._vault.available() else PASSPHRASE)
        if protection == KEYRING and not self._vault.available():
            raise SigningKeyError(
                "no system keyring is available here; protect the key with a passphrase instead"
            )
        key = SigningKey.generate()
        passphrase = ""
        if protection == PASSPHRASE:
            passphrase = self._passphrase(f"new signing key of {name}", new=True)
        file_name = f"{key.key_id_hex}.key"
        KeyFile(self._dir / file_name).write(key, protection, passphrase, self._vault)
        now = utc_now()
        info = SigningKeyInfo(
            key.key_id_hex,
            self.identity.author,
            name,
            organisation,
            key.public.to_line(),
            protection,
            file_name,
            now,
        )
        with self._exchange.transaction():
            self._exchange.keys.add(info)
            # Our own packages must verify here too (a site re-importing its own work).
            self._exchange.trust.save(
                TrustedSigner(
                    key.key_id_hex,
                    key.public.to_line(),
                    name,
                    info.organisation,
                    own=True,
                    added_by=self.identity.author,
                    added_at=now,
                )
            )
        self._unlocked[info.key_id] = key
        return info

    def signing_key(self) -> tuple[SigningKeyInfo, SigningKey]:
        """The current author's key, created on first need, unlocked."""
        info = self.current() or self.create()
        return info, self.unlock(info)

    def unlock(self, info: SigningKeyInfo) -> SigningKey:
        if info.key_id in self._unlocked:
            return self._unlocked[info.key_id]
        key_file = KeyFile(self._dir / info.file)
        if info.protection == KEYRING:
            key = key_file.read(vault=self._vault)
        elif os.environ.get(PASSPHRASE_ENV) or self.prompt is None:
            key = key_file.read(self._passphrase(f"signing key {info.key_id} of {info.name}"))
        else:
            key = self._unlock_interactively(key_file, info)
        if key.key_id_hex != info.key_id:
            raise SigningKeyError("the key file {file} holds another key", file=info.file)
        self._unlocked[info.key_id] = key
        return key

    def decryption_keys(self) -> list[SigningKey]:
        """Every own key that can be unlocked, to open packages encrypted to this site."""
        keys = []
        for info in self.own_keys():
            try:
                keys.append(self.unlock(info))
            except SigningKeyError:
                continue  # another user's key on a shared installation: not ours to open
        return keys

    def public_key_text(self, info: SigningKeyInfo) -> str:
        label = f"{info.name} ({info.organisation})" if info.organisation else info.name
        return MinisignPublicKey.from_line(info.public_key).to_text(label)

    # --- passphrases -----------------------------------------------------------------------

    def _unlock_interactively(self, key_file: KeyFile, info: SigningKeyInfo) -> SigningKey:
        attempt = 1
        while True:
            passphrase = self._passphrase(f"signing key {info.key_id} of {info.name}")
            try:
                return key_file.read(passphrase)
            except SigningKeyError:
                if attempt == PROMPT_ATTEMPTS:
                    raise
                attempt += 1

    def _passphrase(self, purpose: str, new: bool = False) -> str:
        from_environment = os.environ.get(PASSPHRASE_ENV, "")
        if from_environment:
            return from_environment
        passphrase = self.prompt(purpose, new) if self.prompt is not None else None
        if not passphrase:
            raise SigningKeyError(
                "a passphrase is needed for the {purpose}: set the "
                "JALON_KEY_PASSPHRASE environment variable or run Jalon "
                "where it can ask",
                purpose=purpose,
            )
        return passphrase
