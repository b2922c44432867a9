"""Random wrapping keys kept in the operating system's keyring, where one exists.

On a desktop with a keyring (Windows Credential Manager, macOS Keychain, Secret Service) the
private key file is encrypted with a random key held there, so nobody types a passphrase. On a
machine without one (servers, CI, minimal Linux), `available()` is False and the caller falls
back to a passphrase.
"""

from __future__ import annotations

import base64
import binascii
import logging

from app.exchange.exchange_error import SigningKeyError

SERVICE = "Jalon signing keys"
log = logging.getLogger("jalon.keys")


class KeyringVault:
    def __init__(self, service: str = SERVICE, enabled: bool = True):
        self._service = service
        # Off in portable mode: a secret in the host's keyring would stay behind on that
        # computer, and the key could not be unlocked on the next one.
        self._enabled = enabled

    def available(self) -> bool:
        if not self._enabled:
            return False
        try:
            import keyring
            from keyring.backends import fail
        except ImportError:
            return False
        try:
            backend = keyring.get_keyring()
        except Exception as error:  # a broken keyring configuration is "no keyring"
            log.warning("keyring unusable: %s", error)
            return False
        # The "fail" backend and backends of priority below 1 are placeholders, not storage.
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) >= 1

    def store(self, name: str, secret: bytes) -> None:
        import keyring

        try:
            keyring.set_password(self._service, name, base64.b64encode(secret).decode("ascii"))
        except Exception as error:
            raise SigningKeyError(
                "the system keyring refused to store the key: {reason}", reason=error
            ) from error

    def load(self, name: str) -> bytes:
        import keyring

        try:
            stored = keyring.get_password(self._service, name)
        except Exception as error:
            raise SigningKeyError(
                "the system keyring could not be read: {reason}", reason=error
            ) from error
        if stored is None:
            raise SigningKeyError(
                "the system keyring has no entry for signing key {key}; the "
                "key cannot be unlocked on this account",
                key=name,
            )
        try:
            return base64.b64decode(stored, validate=True)
        except (binascii.Error, ValueError):
            raise SigningKeyError(
                "the keyring entry for signing key {key} is damaged", key=name
            ) from None
