"""Signature files in the minisign format (prehashed Ed25519, the minisign default).

    untrusted comment: <free text>
    base64("ED" + key id (8) + Ed25519(BLAKE2b-512(message)))
    trusted comment: <text>
    base64(Ed25519(signature + trusted comment))

The second signature covers the trusted comment, so the comment (which names the package and
the audit) cannot be changed without the key. `minisign -Vm FILE -p KEY.pub` checks both.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from app.exchange.exchange_error import PackageError
from app.exchange.minisign_public_key import COMMENT_PREFIX, KEY_ID_BYTES, MinisignPublicKey
from app.exchange.signing_key import SigningKey

PREHASHED = b"ED"
LEGACY = b"Ed"
TRUSTED_PREFIX = "trusted comment: "
SIGNATURE_BYTES = 64
MAX_COMMENT_BYTES = 900  # minisign refuses lines longer than 1024 bytes


def _prehash(message: bytes) -> bytes:
    return hashlib.blake2b(message, digest_size=64).digest()


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class MinisignSignature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = "signature from Jalon secret key"

    @classmethod
    def create(cls, key: SigningKey, message: bytes, trusted_comment: str) -> MinisignSignature:
        comment = _one_line(trusted_comment)
        if len(comment.encode("utf-8")) > MAX_COMMENT_BYTES:
            raise ValueError("trusted comment too long for minisign")
        signature = key.sign(_prehash(message))
        global_signature = key.sign(signature + comment.encode("utf-8"))
        return cls(
            PREHASHED,
            key.public.key_id,
            signature,
            comment,
            global_signature,
            f"signature from Jalon secret key {key.key_id_hex}",
        )

    def to_text(self) -> str:
        first = base64.b64encode(self.algorithm + self.key_id + self.signature).decode("ascii")
        second = base64.b64encode(self.global_signature).decode("ascii")
        return (
            f"{COMMENT_PREFIX}{_one_line(self.untrusted_comment)}\n{first}\n"
            f"{TRUSTED_PREFIX}{self.trusted_comment}\n{second}\n"
        )

    @classmethod
    def parse(cls, data: bytes) -> MinisignSignature:
        try:
            lines = data.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            lines = []
        if (
            len(lines) != 4
            or not lines[0].startswith(COMMENT_PREFIX)
            or not lines[2].startswith(TRUSTED_PREFIX)
        ):
            raise PackageError(
                "signature-malformed",
                "manifest.json.minisig is not a minisign "
                "signature file (four lines with untrusted and trusted comments)",
            )
        try:
            first = base64.b64decode(lines[1].strip(), validate=True)
            second = base64.b64decode(lines[3].strip(), validate=True)
        except (binascii.Error, ValueError):
            raise PackageError(
                "signature-malformed", "manifest.json.minisig holds invalid base64"
            ) from None
        if (
            len(first) != 2 + KEY_ID_BYTES + SIGNATURE_BYTES
            or first[:2] not in (PREHASHED, LEGACY)
            or len(second) != SIGNATURE_BYTES
        ):
            raise PackageError(
                "signature-malformed", "manifest.json.minisig is not an Ed25519 minisign signature"
            )
        return cls(
            first[:2],
            first[2 : 2 + KEY_ID_BYTES],
            first[2 + KEY_ID_BYTES :],
            lines[2][len(TRUSTED_PREFIX) :],
            second,
            lines[0][len(COMMENT_PREFIX) :],
        )

    def verify(self, message: bytes, public_key: MinisignPublicKey) -> bool:
        """True when both the message signature and the trusted-comment signature hold."""
        if public_key.key_id != self.key_id:
            return False
        signed = _prehash(message) if self.algorithm == PREHASHED else message
        return public_key.verify(self.signature, signed) and public_key.verify(
            self.global_signature, self.signature + self.trusted_comment.encode("utf-8")
        )
