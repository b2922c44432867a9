"""An Ed25519 signing key with its minisign key id. Lives in memory only once unlocked."""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.exchange.exchange_error import SigningKeyError
from app.exchange.minisign_public_key import KEY_ID_BYTES, MinisignPublicKey

SEED_BYTES = 32


class SigningKey:
    def __init__(self, private_key: Ed25519PrivateKey, key_id: bytes):
        if len(key_id) != KEY_ID_BYTES:
            raise SigningKeyError("a key id has 8 bytes")
        self._private_key = private_key
        raw = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.public = MinisignPublicKey(key_id, raw)

    @classmethod
    def generate(cls) -> SigningKey:
        # minisign draws the key id at random too; it only has to tell keys apart.
        return cls(Ed25519PrivateKey.generate(), secrets.token_bytes(KEY_ID_BYTES))

    @classmethod
    def from_secret(cls, secret: bytes) -> SigningKey:
        """Rebuild a key from `secret_bytes()` (seed followed by key id)."""
        if len(secret) != SEED_BYTES + KEY_ID_BYTES:
            raise SigningKeyError("the secret key data has the wrong length")
        return cls(Ed25519PrivateKey.from_private_bytes(secret[:SEED_BYTES]), secret[SEED_BYTES:])

    @property
    def key_id_hex(self) -> str:
        return self.public.key_id_hex

    def secret_bytes(self) -> bytes:
        seed = self._private_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return seed + self.public.key_id

    def sign(self, message: bytes) -> bytes:
        return self._private_key.sign(message)

    def openssh_private(self) -> bytes:
        """The key as an unencrypted OpenSSH private key, for age decryption in memory only."""
        return self._private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
