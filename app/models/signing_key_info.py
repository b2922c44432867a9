"""What the database knows about one of this installation's own signing keys (never the
secret: that stays encrypted in its key file)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SigningKeyInfo:
    key_id: str
    owner: str  # the author the key signs for
    name: str
    organisation: str
    public_key: str  # minisign public key line
    protection: str  # "passphrase" or "keyring"
    file: str  # file name in the keys folder
    created_at: str
