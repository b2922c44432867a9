"""Optional encryption of a whole package to named recipients, in the age format (pyrage).

A package is signed first, then encrypted: whoever decrypts it still checks the signature.
Recipients are age X25519 keys ("age1…"), SSH Ed25519 keys, or Jalon signing keys, which age
accepts as ssh-ed25519 recipients — so a head office's signing key, already in a site's trust
store, is also the key to encrypt to, and the author can add their own key to read it back.
"""

from __future__ import annotations

import pyrage

from app.exchange.exchange_error import PackageError
from app.exchange.signing_key import SigningKey
from app.models.errors import JalonError

AGE_MAGIC = b"age-encryption.org/v1\n"


class PackageEncryption:
    @staticmethod
    def is_encrypted(data: bytes) -> bool:
        return data.startswith(AGE_MAGIC)

    @staticmethod
    def recipient(text: str) -> pyrage.x25519.Recipient | pyrage.ssh.Recipient:
        text = text.strip()
        try:
            if text.startswith("age1"):
                return pyrage.x25519.Recipient.from_str(text)
            if text.startswith("ssh-ed25519 "):
                return pyrage.ssh.Recipient.from_str(text)
        except pyrage.RecipientError as error:
            raise JalonError(
                "{recipient!r} is not a valid encryption recipient: {reason}",
                recipient=text[:40],
                reason=error,
            ) from None
        raise JalonError(
            "{recipient!r} is not an encryption recipient: give a key id, an age "
            "key (age1…) or an ssh-ed25519 key",
            recipient=text[:40],
        )

    def encrypt(self, data: bytes, recipients: list[str]) -> bytes:
        if not recipients:
            raise JalonError("encryption needs at least one recipient")
        try:
            encrypted: bytes = pyrage.encrypt(data, [self.recipient(r) for r in recipients])
        except pyrage.EncryptError as error:
            raise JalonError("the package could not be encrypted: {reason}", reason=error) from None
        return encrypted

    def decrypt(self, data: bytes, keys: list[SigningKey], limit: int) -> bytes:
        identities = [pyrage.ssh.Identity.from_buffer(k.openssh_private()) for k in keys]
        if not identities:
            raise PackageError(
                "encrypted-no-key",
                "the package is encrypted and this installation has no key to open it",
            )
        try:
            plain: bytes = pyrage.decrypt(data, identities)
        except pyrage.DecryptError as error:
            if "no matching keys" in str(error).lower():
                raise PackageError(
                    "encrypted-no-key",
                    "the package is encrypted for other "
                    "recipients; none of this installation's keys can open it",
                ) from None
            # age's own text may run over lines and advise upgrading it: one sentence is said.
            reason = (str(error).strip().splitlines() or ["no detail"])[0].rstrip(".")
            raise PackageError(
                "decryption-failed",
                "the encrypted package is damaged and cannot be decrypted ({reason})",
                reason=reason,
            ) from None
        if len(plain) > limit:
            raise PackageError(
                "too-large",
                "the decrypted package is larger than {limit} MB",
                limit=limit // 1_000_000,
            )
        return plain
