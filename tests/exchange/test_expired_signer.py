"""A key whose validity has ended cannot add anything by backdating: a signature cannot prove
when it was made, so the signing time a package claims is not taken on trust once the key's
validity is over on this installation's clock."""

from __future__ import annotations

import pytest

from app.models.import_receipt import ReceiptStatus
from app.services.identity import utc_now
from tests.exchange.conftest import PASSPHRASE, scored_names


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("JALON_KEY_PASSPHRASE", PASSPHRASE)


def test_a_package_of_a_key_expired_since_signing_is_held_unless_it_repeats(
    make_site, tmp_path, default_framework
):
    field, office = make_site("field"), make_site("office")
    audit = field.audits.create(default_framework, "Nouvelle Caisse", "SN")
    field.audits.open(audit.id).answer(scored_names(default_framework, 1)[0], "yes")
    path = tmp_path / "field.jalon"
    field.packages.export(field.audits.get(audit.id), path)  # signed before the end below
    info = field.keys.current()
    office.trust.trust(field.keys.public_key_text(info), "Field", valid_until=utc_now())
    # Signed within the key's validity as it claims, but the validity has ended since: a
    # backdated package looks exactly the same, so a new audit waits for a person.
    receipt = office.merges.merge_file(path)
    assert receipt.status == ReceiptStatus.QUARANTINED
    assert receipt.problem == "signer-expired-now"
    assert "a signature cannot prove when it was made" in receipt.message
    assert all(a.id != audit.id for a in office.audits.list())
    # A person who extends the key's validity releases it; once here, the same package from
    # the expired key only repeats what is here and is not held again.
    office.trust.trust(field.keys.public_key_text(info), "Field")
    assert [r.status for r in office.merges.retry_quarantine()] == [ReceiptStatus.ACCEPTED]
    office.trust.trust(field.keys.public_key_text(info), "Field", valid_until=utc_now())
    again = office.merges.merge_file(path)
    assert again.status == ReceiptStatus.ALREADY_PRESENT, again.message
