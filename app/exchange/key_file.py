"""A private signing key encrypted at rest, in a small JSON file readable by its owner only.

The 40 secret bytes (Ed25519 seed and key id) are sealed with AES-256-GCM, the key id being
authenticated data. The AES key comes either from a passphrase through scrypt (n=2^15, r=8,
p=1: about 32 MB and a tenth of a second, costly to guess) or is a random key held in the
system keyring. The file never holds the secret in clear.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.boundary.regular_file import FileRefused, RegularFile
from app.exchange.exchange_error import SigningKeyError
from app.exchange.keyring_vault import KeyringVault
from app.exchange.minisign_public_key import MAX_KEY_FILE_BYTES
from app.exchange.signing_key import SigningKey

FORMAT = "jalon-secret-key"
VERSION = 1
PASSPHRASE = "passphrase"
KEYRING = "keyring"
SCRYPT = {"n": 2**15, "r": 8, "p": 1}
MIN_PASSPHRASE = 8
MAX_SCRYPT_N = 2**20  # a damaged file must not make us allocate gigabytes
OWNER_ONLY = 0o600


@dataclass(frozen=True)
class KeyFile:
    path: Path

    def write(
        self,
        key: SigningKey,
        protection: str,
        passphrase: str = "",
        vault: KeyringVault | None = None,
    ) -> None:
        salt = secrets.token_bytes(16)
        if protection == PASSPHRASE:
            if len(passphrase) < MIN_PASSPHRASE:
                raise SigningKeyError(
                    "a key passphrase needs at least {n} characters", n=MIN_PASSPHRASE
                )
            wrapping = _scrypt(passphrase, salt, SCRYPT)
        elif protection == KEYRING:
            if vault is None:
                raise SigningKeyError("no system keyring to hold the key")
            wrapping = secrets.token_bytes(32)
            vault.store(key.key_id_hex, wrapping)
        else:
            raise SigningKeyError("unknown key protection {name!r}", name=protection)
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(wrapping).encrypt(nonce, key.secret_bytes(), key.key_id_hex.encode("ascii"))
        document = {
            "format": FORMAT,
            "version": VERSION,
            "key_id": key.key_id_hex,
            "public_key": key.public.to_line(),
            "protection": protection,
            "kdf": {"name": "scrypt", "salt": _b64(salt), **SCRYPT}
            if protection == PASSPHRASE
            else {"name": "keyring"},
            "cipher": "AES-256-GCM",
            "nonce": _b64(nonce),
            "ciphertext": _b64(sealed),
        }
        self._write_owner_only(json.dumps(document, indent=2).encode("utf-8"))

    def protection(self) -> str:
        return str(self._document().get("protection", ""))

    def read(self, passphrase: str = "", vault: KeyringVault | None = None) -> SigningKey:
        document = self._document()
        try:
            protection = document["protection"]
            nonce = _unb64(document["nonce"])
            sealed = _unb64(document["ciphertext"])
            if protection == PASSPHRASE:
                kdf = document["kdf"]
                params = {k: int(kdf[k]) for k in ("n", "r", "p")}
                if params["n"] > MAX_SCRYPT_N or params["r"] * params["p"] > 64:
                    raise ValueError("scrypt parameters out of range")
                wrapping = _scrypt(passphrase, _unb64(kdf["salt"]), params)
            elif protection == KEYRING:
                if vault is None:
                    raise SigningKeyError(
                        "signing key {key} is kept in a system keyring, and none is available here",
                        key=document["key_id"],
                    )
                wrapping = vault.load(document["key_id"])
            else:
                raise SigningKeyError("unknown key protection {name!r}", name=protection)
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise SigningKeyError("the key file {file} is damaged", file=str(self.path)) from None
        try:
            secret = AESGCM(wrapping).decrypt(
                nonce, sealed, str(document.get("key_id")).encode("utf-8")
            )
        except InvalidTag:
            secret = b""
        if not secret:
            # AES-GCM with the key id as authenticated data: a wrong passphrase, a damaged file
            # and a file edited to claim another key id all land here.
            if protection == PASSPHRASE:
                raise SigningKeyError(
                    "wrong passphrase for signing key {key}", key=document.get("key_id", "?")
                )
            raise SigningKeyError(
                "the key file {file} does not match its keyring entry", file=str(self.path)
            )
        key = SigningKey.from_secret(secret)
        if key.key_id_hex != document.get("key_id"):
            raise SigningKeyError("the key file {file} is damaged", file=str(self.path))
        return key

    def _document(self) -> dict[str, Any]:
        self._tighten_permissions()
        try:
            document = json.loads(RegularFile.read_text(self.path, MAX_KEY_FILE_BYTES))
        except FileRefused as error:
            if error.kind == "missing":
                raise SigningKeyError(
                    "the key file {file} is missing", file=str(self.path)
                ) from None
            raise
        except json.JSONDecodeError as error:
            raise SigningKeyError(
                "the key file {file} cannot be read: {reason}", file=str(self.path), reason=error
            ) from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise SigningKeyError("{file} is not a Jalon key file", file=str(self.path))
        if document.get("version") != VERSION:
            raise SigningKeyError(
                "the key file {file} was written by a newer Jalon", file=str(self.path)
            )
        return document

    def _tighten_permissions(self) -> None:
        # A copy tool or an archive may have widened the mode; the key stays encrypted, but
        # nobody else has any business reading it.
        if os.name == "posix" and self.path.exists() and self.path.stat().st_mode & 0o077:
            self.path.chmod(OWNER_ONLY)

    def _write_owner_only(self, data: bytes) -> None:
        directory = self.path.parent
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            directory.chmod(0o700)
        partial = directory / (self.path.name + ".partial")
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        descriptor = os.open(partial, flags, OWNER_ONLY)
        try:
            os.write(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(partial, self.path)


def _scrypt(passphrase: str, salt: bytes, params: dict[str, Any]) -> bytes:
    if not passphrase:
        raise SigningKeyError("a passphrase is needed to unlock the signing key")
    return Scrypt(salt=salt, length=32, **params).derive(passphrase.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)
