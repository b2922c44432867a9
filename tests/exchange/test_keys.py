"""Signing keys: created on first need, encrypted at rest, owner-only, unlocked once."""

from __future__ import annotations

import json
import os
import stat

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.exchange.exchange_error import SigningKeyError
from app.exchange.key_file import KEYRING, PASSPHRASE
from app.services.key_service import PASSPHRASE_ENV
from tests.exchange.conftest import PASSPHRASE as TEST_PASSPHRASE


class MemoryKeyring(KeyringBackend):
    """A working keyring kept in memory, standing for the desktop's (CI machines have none)."""

    priority = 5

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


def test_key_is_made_on_first_need_and_stored_encrypted_owner_only(make_site):
    site = make_site("field", author="Aminata")
    assert site.keys.current() is None
    info, key = site.keys.signing_key()
    assert info.protection == PASSPHRASE and info.name == "Aminata"
    path = site.paths.keys / info.file
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(site.paths.keys.stat().st_mode) == 0o700
    document = json.loads(path.read_text())
    assert document["kdf"]["name"] == "scrypt"
    assert key.secret_bytes().hex() not in path.read_text()
    assert site.keys.signing_key()[0] == info  # the same key signs next time
    assert site.trust.get(info.key_id).own


def test_a_wrong_or_missing_passphrase_is_a_clear_error(make_site, monkeypatch):
    site = make_site("field")
    info, _key = site.keys.signing_key()
    site.close()
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase")
    with pytest.raises(SigningKeyError, match="wrong passphrase"):
        site.keys.unlock(info)
    site.close()
    monkeypatch.delenv(PASSPHRASE_ENV)
    with pytest.raises(SigningKeyError, match="JALON_KEY_PASSPHRASE"):
        site.keys.unlock(info)


def test_the_prompt_is_asked_when_no_passphrase_is_set(make_site, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV)
    asked = []

    def prompt(purpose: str, new: bool) -> str:
        asked.append(new)
        return TEST_PASSPHRASE

    site = make_site("field")
    site.passphrase_prompt = prompt
    info, _key = site.keys.signing_key()
    site.close()
    site.keys.unlock(info)
    assert asked == [True, False]


def test_a_file_made_readable_by_others_is_tightened(make_site):
    site = make_site("field")
    info, _key = site.keys.signing_key()
    path = site.paths.keys / info.file
    path.chmod(0o644)
    site.close()
    site.keys.unlock(info)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_system_keyring_holds_the_wrapping_key_when_there_is_one(make_site, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV)
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        site = make_site("field")
        info, key = site.keys.signing_key()
        assert info.protection == KEYRING
        assert len(memory.entries) == 1
        site.close()
        assert site.keys.unlock(info).public == key.public
        memory.entries.clear()
        site.close()
        with pytest.raises(SigningKeyError, match="no entry"):
            site.keys.unlock(info)
    finally:
        keyring.set_keyring(previous)


def test_a_revoked_own_key_is_replaced_on_next_signature(make_site):
    site = make_site("field")
    first, _ = site.keys.signing_key()
    site.trust.revoke(first.key_id, "laptop stolen")
    second, _ = site.keys.signing_key()
    assert second.key_id != first.key_id
