"""A finalized audit never changes silently."""

from __future__ import annotations

from app.models.import_receipt import ReceiptStatus
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce, scored_names


def _finalized_pair(make_site, tmp_path, default_framework):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse de la Vallée", "BF")
    session = field.audits.open(audit.id)
    answer_everything(session)
    draft = tmp_path / "draft.jalon"
    field.packages.export(session.audit, draft)
    assert office.merges.merge_file(draft).status == ReceiptStatus.ACCEPTED
    session.finalize()
    final = tmp_path / "final.jalon"
    field.packages.export(session.audit, final)
    return field, office, session, final


def test_a_draft_follows_a_finalization_that_seals_what_it_holds(
    make_site, tmp_path, default_framework
):
    field, office, session, final = _finalized_pair(make_site, tmp_path, default_framework)
    receipt = office.merges.merge_file(final)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    mirrored = office.audits.open(session.audit.id)
    assert mirrored.audit.is_finalized and mirrored.audit.seal == session.audit.seal
    assert mirrored.seal_intact()


def test_changes_to_an_audit_finalized_here_are_held_not_applied(
    make_site, tmp_path, default_framework
):
    field, office, session, final = _finalized_pair(make_site, tmp_path, default_framework)
    office.merges.merge_file(final)
    session.reopen("one more document arrived")
    session.answer(scored_names(default_framework, 1)[0], "no")
    later = tmp_path / "later.jalon"
    field.packages.export(session.audit, later)

    receipt = office.merges.merge_file(later)
    assert receipt.status == ReceiptStatus.QUARANTINED and receipt.problem == "finalized-here"
    mirrored = office.audits.open(session.audit.id)
    assert mirrored.audit.is_finalized and mirrored.seal_intact()

    mirrored.reopen("the field team reopened it")
    [retried] = office.merges.retry_quarantine()
    assert retried.status == ReceiptStatus.UPDATED
    name = scored_names(default_framework, 1)[0]
    assert office.store.revisions.current(session.audit.id)[name].value == "no"


def test_a_reopened_draft_is_not_finalized_again_by_an_old_package(
    make_site, tmp_path, default_framework
):
    field, office, session, final = _finalized_pair(make_site, tmp_path, default_framework)
    office.merges.merge_file(final)
    office.audits.open(session.audit.id).reopen("the figures are being checked")
    again = office.merges.merge_file(final)
    assert again.status == ReceiptStatus.ALREADY_PRESENT
    assert not office.audits.get(session.audit.id).is_finalized
