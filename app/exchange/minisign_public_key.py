"""A public signing key in the minisign format, so anyone can check Jalon packages with the
stock `minisign` tool.

A minisign public key file is two lines: "untrusted comment: …" and
base64("Ed" + key id (8 bytes) + Ed25519 public key (32 bytes)). minisign shows the key id as
the hexadecimal of those 8 bytes read as a little-endian integer; so do we.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.boundary.regular_file import RegularFile
from app.exchange.exchange_error import SigningKeyError

ALGORITHM = b"Ed"
KEY_ID_BYTES = 8
PUBLIC_KEY_BYTES = 32
COMMENT_PREFIX = "untrusted comment: "
MAX_KEY_FILE_BYTES = 64 * 1024
_KEY_ID_TEXT = re.compile(r"^[0-9A-Fa-f]{16}$")


@dataclass(frozen=True)
class MinisignPublicKey:
    key_id: bytes  # the 8 bytes as stored in key and signature files
    public_key: bytes  # raw Ed25519 public key

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_BYTES or len(self.public_key) != PUBLIC_KEY_BYTES:
            raise SigningKeyError("a public key needs an 8-byte key id and a 32-byte key")

    @property
    def key_id_hex(self) -> str:
        return key_id_text(self.key_id)

    def to_line(self) -> str:
        return base64.b64encode(ALGORITHM + self.key_id + self.public_key).decode("ascii")

    def to_text(self, comment: str = "") -> str:
        label = f"minisign public key {self.key_id_hex}"
        if comment:
            label += " - " + " ".join(comment.split())
        return f"{COMMENT_PREFIX}{label}\n{self.to_line()}\n"

    def openssh(self) -> str:
        """The same key as an `ssh-ed25519` line: age can encrypt to it."""
        key = Ed25519PublicKey.from_public_bytes(self.public_key)
        return key.public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        ).decode("ascii")

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except InvalidSignature:
            return False
        return True

    @classmethod
    def from_line(cls, line: str) -> MinisignPublicKey:
        try:
            raw = base64.b64decode(line.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise SigningKeyError("the public key is not valid base64") from None
        if len(raw) != 2 + KEY_ID_BYTES + PUBLIC_KEY_BYTES or raw[:2] != ALGORITHM:
            raise SigningKeyError("the public key is not a minisign Ed25519 public key")
        return cls(raw[2 : 2 + KEY_ID_BYTES], raw[2 + KEY_ID_BYTES :])

    @staticmethod
    def file_text(path: Path) -> str:
        """The text of a public key file, read as an ordinary file of at most 64 kB (one is
        about 120 bytes: anything far larger is not one)."""
        return RegularFile.read_text(path, MAX_KEY_FILE_BYTES)

    @classmethod
    def from_text(cls, text: str) -> MinisignPublicKey:
        """Read a minisign public key file (comment line optional) or a bare key line."""
        lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
        if lines and lines[0].startswith(COMMENT_PREFIX.strip()):
            lines = lines[1:]
        if len(lines) != 1:
            raise SigningKeyError(
                "a minisign public key file has one comment line and one key line"
            )
        return cls.from_line(lines[0])


def key_id_text(key_id: bytes) -> str:
    return key_id[::-1].hex().upper()


def normalize_key_id(text: str) -> str:
    """A key id typed by a person (any case, spaces allowed) in the form minisign shows."""
    cleaned = "".join(text.split())
    if not _KEY_ID_TEXT.match(cleaned):
        raise SigningKeyError("{text!r} is not a key id (16 hexadecimal digits)", text=text)
    return cleaned.upper()
