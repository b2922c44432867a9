"""The desktop's review tab says who signed a review decision that arrived in a package, as
`jalon review show` does: the author and site a step claims, and the key that signed it with
the name this installation trusts it under. Names from a package are shown with their
right-to-left overrides escaped, there and in the other places that show people."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.composition import Application
from app.models.action_item import ActionItem
from app.models.import_receipt import ReceiptStatus
from app.models.review import ReviewRole
from app.paths import AppPaths
from app.services.key_service import PASSPHRASE_ENV
from app.ui.common.review_labels import ReviewLabels
from app.ui.exchange.receipt_table_model import ReceiptTableModel, receipt_details
from app.ui.workspace.action_plan.action_table_model import ActionTableModel
from app.ui.workspace.review.review_page import ReviewPage
from tests.exchange.conftest import PASSPHRASE

AUTHOR = "Bintou \u202eexe.Sow"
SHOWN = "Bintou \\u202eexe.Sow"
RAW = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def sites(tmp_path, catalog, monkeypatch):
    """A field site whose person's name holds a right-to-left override, and a head office."""
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    field = Application(AppPaths(tmp_path / "field"), author=AUTHOR)
    office = Application(AppPaths(tmp_path / "office"), author="Office")
    field.catalog = office.catalog = catalog
    yield field, office
    field.close()
    office.close()


def test_a_review_decision_from_a_package_shows_its_claim_and_its_signer(
    sites, tmp_path, default_framework, languages
):
    field, office = sites
    field.keys.signing_key()
    office.trust.trust(field.keys.public_key_text(field.keys.current()), "Field \u202esite")
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    field.reviews.start(audit)
    comment = field.reviews.comment(audit, "", "Seen by the board")
    field.reviews.accept(audit)
    field.packages.export(field.audits.get(audit.id), tmp_path / "accepted.jalon")
    receipt = office.merges.merge_file(tmp_path / "accepted.jalon")
    assert receipt.status == ReceiptStatus.ACCEPTED, receipt.message
    key = field.keys.current().key_id
    trusted_as = "Field \\u202esite"  # the name the office trusts the key under, shown

    session = office.audits.open(audit.id)
    page = ReviewPage(office, session, office.reviews.role(session.audit) or ReviewRole.REVIEWER)
    site = field.identity.site[:8]
    detail = page.detail.text()
    assert f"by {SHOWN}." in detail
    assert f"Claimed: {SHOWN}, site {site}; signed by {trusted_as}, key {key}." in detail
    assert not RAW.search(detail)

    languages.apply("fr")
    QCoreApplication.sendPostedEvents()  # the language change reaches every widget
    detail = page.detail.text()
    assert f"Déclaré : {SHOWN}, site {site} ; signé par {trusted_as}, clé {key}." in detail
    languages.apply("es")
    QCoreApplication.sendPostedEvents()
    assert f"Declarado: {SHOWN}, sitio {site}; firmado por {trusted_as}, clave {key}." in (
        page.detail.text()
    )
    languages.apply("en")
    QCoreApplication.sendPostedEvents()
    page.deleteLater()  # gone before the databases close: no late language change reaches it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # The same person elsewhere on screen: the comment's author, the import receipt.
    [arrived] = [c for c in office.reviews.review(session.audit).comments if c.id == comment.id]
    assert ReviewLabels.signature(arrived).startswith(f"{SHOWN}, ")
    assert f"Changes by {SHOWN} (" in receipt_details(receipt) or not receipt.authors
    receipts = ReceiptTableModel()
    receipts.set_receipts([receipt])
    signer = receipts.data(receipts.index(0, ReceiptTableModel.SIGNER))
    assert signer == trusted_as


def test_an_action_owner_from_a_package_is_shown_escaped_in_the_plan(default_framework):
    target = next(i.name for i in default_framework.iter_indicators() if i.is_scored)
    item = ActionItem("action", "audit", target, "Publish the targets", "Moussa \u2066X\u2069")
    model = ActionTableModel(default_framework, "en")
    model.set_items([item])
    shown = [
        model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole)
        for column in range(model.columnCount())
    ]
    assert "Moussa \\u2066X\\u2069" in shown
    assert not any(RAW.search(text) for text in shown if isinstance(text, str))
