"""Review decisions come from the reviewer: a field site's key, trusted at the head office only
for its own institution, cannot bring the head office's acceptance of its own audit. Such a
package is held in quarantine for a person; the decisions the head office already holds, relayed
back with a resubmission, and the head office's own return package at the site pass."""

from __future__ import annotations

import pytest

from app.models.import_receipt import ReceiptStatus
from app.models.review import ReviewEvent, ReviewState
from app.services.identity import new_id, utc_now
from tests.audit_filler import answer_everything
from tests.exchange.conftest import scored_names

INSTITUTION = "Caisse du Fleuve"


def _dump(app) -> list[str]:
    """The database as SQL text, without the rows a hold adds (receipt, quarantine)."""
    return [
        line
        for line in app.store.database.connection.iterdump()
        if "import_log" not in line and "quarantine" not in line
    ]


@pytest.fixture
def scoped(make_site, tmp_path, default_framework):
    """A field site whose key the head office trusts only for the site's institution (the head
    office's key is trusted fully at the site), its audit merged at the head office."""
    field, office = make_site("field", "Awa"), make_site("office", "Reviewer")
    for site in (field, office):
        site.keys.signing_key()
    info = field.keys.current()
    office.trust.trust(
        field.keys.public_key_text(info), "Site du Fleuve", "Network", institutions=(INSTITUTION,)
    )
    info = office.keys.current()
    field.trust.trust(office.keys.public_key_text(info), "Head office", "Network")
    audit = field.audits.create(default_framework, INSTITUTION, "SN")
    answer_everything(field.audits.open(audit.id))
    first = tmp_path / "first.jalon"
    field.packages.export(field.audits.get(audit.id), first)
    assert office.merges.merge_file(first).status == ReceiptStatus.ACCEPTED
    return field, office, audit


def _forge_acceptance(field, office, audit) -> None:
    """What a modified field installation can write: the head office's steps, in its name."""
    site = office.identity.site
    field.store.reviews.add(
        [
            ReviewEvent(new_id(), audit.id, state, "", "Reviewer", site, utc_now())
            for state in (ReviewState.IN_REVIEW, ReviewState.ACCEPTED)
        ],
        [],
    )


def test_a_sites_scoped_key_cannot_accept_its_own_audit(scoped, tmp_path):
    field, office, audit = scoped
    _forge_acceptance(field, office, audit)
    forged = tmp_path / "forged.jalon"
    field.packages.export(field.audits.get(audit.id), forged)

    before = _dump(office)
    receipt = office.merges.merge_file(forged)

    assert receipt.status == ReceiptStatus.QUARANTINED
    assert receipt.problem == "review-decision-out-of-scope"
    assert receipt.message == (
        f"the package brings a review decision on audit {audit.short_id} (accepted, claimed by "
        "Reviewer) signed by Site du Fleuve, a key trusted only for Caisse du Fleuve; review "
        "decisions come from the reviewer, so the package is held in quarantine for a person to "
        "decide"
    )
    [held] = office.merges.quarantined()
    assert held.audit_id == audit.id
    assert _dump(office) == before
    assert office.reviews.review(audit).state == ReviewState.RECEIVED
    assert [s.review.state for s in office.reviews.summaries()] == [ReviewState.RECEIVED]


def test_a_new_audit_of_a_scoped_key_carrying_a_decision_is_held(
    make_site, tmp_path, default_framework
):
    field, office, _ = make_site("field", "Awa"), make_site("office", "Reviewer"), None
    field.keys.signing_key()
    info = field.keys.current()
    office.trust.trust(
        field.keys.public_key_text(info), "Site du Fleuve", "Network", institutions=(INSTITUTION,)
    )
    audit = field.audits.create(default_framework, INSTITUTION, "SN")
    _forge_acceptance(field, office, audit)
    forged = tmp_path / "forged.jalon"
    field.packages.export(field.audits.get(audit.id), forged)

    receipt = office.merges.merge_file(forged)

    assert receipt.problem == "review-decision-out-of-scope"
    assert receipt.status == ReceiptStatus.QUARANTINED
    assert office.audits.list() == []


def test_the_review_loop_with_a_scoped_site_key_passes(scoped, tmp_path, default_framework):
    field, office, audit = scoped
    indicator = scored_names(default_framework, 1)[0]
    office.reviews.start(audit)
    office.reviews.comment(audit, indicator, "No evidence for this answer", must_correct=True)
    returned = tmp_path / "returned.jalon"
    office.review_post.return_to_site(audit, returned)
    # The head office's return package, signed by a key trusted fully here, brings decisions.
    assert field.review_post.receive(returned).status == ReceiptStatus.UPDATED
    assert field.reviews.review(audit).state == ReviewState.RETURNED

    session = field.audits.open(audit.id)
    before = session.answers[indicator].value
    session.answer(indicator, "no" if before != "no" else "yes")
    session.finalize()
    resubmission = tmp_path / "resubmission.jalon"
    field.review_post.resubmit(field.audits.get(audit.id), resubmission)
    # The resubmission relays the head office's own decisions (in review, returned): known
    # there, they pass with the site's own step.
    receipt = office.review_post.receive(resubmission)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    assert office.reviews.review(audit).state == ReviewState.RESUBMITTED

    office.reviews.start(office.audits.get(audit.id))
    office.reviews.accept(office.audits.get(audit.id))
    accepted = tmp_path / "accepted.jalon"
    office.packages.export(office.audits.get(audit.id), accepted)
    assert field.merges.merge_file(accepted).status == ReceiptStatus.UPDATED
    assert field.reviews.review(audit).state == ReviewState.ACCEPTED
    # And the acceptance relayed back once more by the site is already known.
    again = tmp_path / "again.jalon"
    field.packages.export(field.audits.get(audit.id), again)
    assert office.merges.merge_file(again).status == ReceiptStatus.ALREADY_PRESENT
    assert office.merges.quarantined() == []
