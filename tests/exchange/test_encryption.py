"""Packages encrypted to named recipients (age): sign, then encrypt."""

from __future__ import annotations

import pyrage
import pytest

from app.models.import_receipt import ReceiptStatus
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce


def test_encrypted_package_opens_only_for_its_recipients(make_site, tmp_path, default_framework):
    field, office, outsider = make_site("field"), make_site("office"), make_site("outsider")
    introduce(field, office, outsider)
    audit = field.audits.create(default_framework, "Caisse du Lac", "TD")
    session = field.audits.open(audit.id)
    answer_everything(session)
    package = tmp_path / "secret.jalon"
    office_key = office.keys.current().key_id
    written = field.packages.export(
        session.audit, package, [office_key, field.keys.current().key_id]
    )
    assert written.encrypted and package.read_bytes().startswith(b"age-encryption.org/v1")
    assert b"Caisse du Lac" not in package.read_bytes()

    check = office.packages.verify(package)
    assert check.encrypted and check.trusted
    assert office.merges.merge_file(package).status == ReceiptStatus.ACCEPTED

    refused = outsider.merges.merge_file(package)
    assert refused.status == ReceiptStatus.REJECTED and refused.problem == "encrypted-no-key"
    assert outsider.audits.list() == []


def test_an_age_recipient_can_be_given_directly(make_site, tmp_path, default_framework):
    field = make_site("field")
    audit = field.audits.create(default_framework, "Caisse du Lac", "TD")
    identity = pyrage.x25519.Identity.generate()
    package = tmp_path / "for-age.jalon"
    field.packages.export(audit, package, [str(identity.to_public())])
    plain = pyrage.decrypt(package.read_bytes(), [identity])
    assert plain.startswith(b"PK\x03\x04")


def test_a_damaged_encrypted_package_is_one_clear_sentence(tmp_path):
    """age says "Unknown age format." and, on a second line, "Have you tried upgrading to the
    latest version?": the person gets one sentence about the package, not advice about age."""
    from app.exchange.exchange_error import PackageError
    from app.exchange.package_encryption import PackageEncryption
    from app.exchange.signing_key import SigningKey

    key = SigningKey.generate()
    data = PackageEncryption().encrypt(b"PK\x03\x04 a package", [key.public.openssh()])
    damaged = data.replace(b"age-encryption.org/v1", b"age-encryption.org/v9", 1)
    with pytest.raises(PackageError) as caught:
        PackageEncryption().decrypt(damaged, [key], 1 << 20)
    assert caught.value.kind == "decryption-failed"
    assert str(caught.value) == (
        "the encrypted package is damaged and cannot be decrypted (Unknown age format)"
    )
