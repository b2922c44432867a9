"""The whole review loop between a field site and a head office, through real package files:
audit → package → merge → review with comments → return package → import at the site, replies
and corrections → resubmission → acceptance; a review and a site's changes crossing in the
post; packages imported twice; a review signed by an untrusted key refused."""

from __future__ import annotations

import shutil

import pytest

from app.exchange.exchange_error import PackageError
from app.models.import_receipt import ReceiptStatus
from app.models.review import ReviewState
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce, merged_state, scored_names
from tests.exchange.test_minisign_interop import MINISIGN, SHA256SUM, run_procedure


def _unscored(framework) -> str:
    """A fact of the Organization Information kind: a question that carries no score."""
    return next(
        i.name
        for i in framework.iter_indicators()
        if not i.is_scored and not i.is_calculated and i.is_shown
    )


def _review_state(app, audit_id: str) -> tuple:
    review = app.store.reviews.review(audit_id)
    return (
        sorted(
            (e.id, e.state.value, e.reason, e.author, e.site, e.created_at) for e in review.events
        ),
        sorted(
            (c.id, c.target, c.text, c.must_correct, c.reply_to, c.author, c.created_at)
            for c in review.comments
        ),
    )


def _dump(app) -> list[str]:
    return list(app.store.database.connection.iterdump())


@pytest.fixture
def received(make_site, tmp_path, default_framework):
    """A field site's finalized audit, merged at the head office."""
    field, office = make_site("field", "Awa"), make_site("office", "Reviewer")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    answer_everything(session)
    session.finalize()
    first = tmp_path / "first.jalon"
    field.packages.export(field.audits.get(audit.id), first)
    assert office.merges.merge_file(first).status == ReceiptStatus.ACCEPTED
    return field, office, audit


def test_the_whole_loop_through_package_files(received, tmp_path, default_framework):
    field, office, audit = received
    indicator = scored_names(default_framework, 1)[0]
    fact = _unscored(default_framework)
    assert [s.audit.id for s in office.reviews.summaries()] == [audit.id]

    office.reviews.start(audit)
    on_indicator = office.reviews.comment(
        audit, indicator, "No evidence for this answer", must_correct=True
    )
    on_fact = office.reviews.comment(audit, fact, "Please give last year's figure")
    on_audit = office.reviews.comment(audit, "", "The period covered is missing", must_correct=True)
    returned = tmp_path / "returned" / "audit.jalon"
    office.review_post.return_to_site(audit, returned)
    assert office.reviews.review(audit).state == ReviewState.RETURNED

    # Anyone can check the review package with the stock tools, as any package.
    if MINISIGN and SHA256SUM and shutil.which("unzip"):
        key = office.keys.public_key_text(office.keys.current()).splitlines()[1]
        checked = run_procedure(returned.parent, key)
        assert checked.returncode == 0, checked.stderr

    receipt = field.review_post.receive(returned)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    review = field.reviews.review(audit)
    assert review.state == ReviewState.RETURNED
    assert [(c.target, c.text, c.author) for c in review.comments] == [
        (indicator, on_indicator.text, "Reviewer"),
        (fact, on_fact.text, "Reviewer"),
        ("", on_audit.text, "Reviewer"),
    ]
    assert {c.signed_by for c in review.comments} == {office.keys.current().key_id}
    assert field.review_post.receive(returned).status == ReceiptStatus.ALREADY_PRESENT

    # The site reopens, corrects one item, replies to the other, and resubmits.
    session = field.audits.open(audit.id)
    session.reopen("Returned by the head office for correction")
    session = field.audits.open(audit.id)
    assert [b.params["text"] for b in session.blockers()] == [on_indicator.text, on_audit.text]
    before = session.answers[indicator].value
    session.answer(indicator, "no" if before != "no" else "yes")
    field.reviews.reply(
        audit, field.reviews.comment_by_id(audit, on_audit.id), "Period: January to December 2025"
    )
    session.finalize()
    resubmission = tmp_path / "resubmission.jalon"
    field.review_post.resubmit(field.audits.get(audit.id), resubmission)

    receipt = office.review_post.receive(resubmission)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    assert office.reviews.review(audit).state == ReviewState.RESUBMITTED
    here = office.audits.get(audit.id)
    assert here.is_finalized and here.seal == field.audits.get(audit.id).seal
    assert office.store.revisions.current(audit.id)[indicator].value != before
    assert office.reviews.open_corrections(here) == []
    office.reviews.start(here)
    office.reviews.accept(here)

    # Once the acceptance travels back, both sides hold the same audit and the same review.
    accepted = tmp_path / "accepted.jalon"
    office.packages.export(office.audits.get(audit.id), accepted)
    assert field.merges.merge_file(accepted).status == ReceiptStatus.UPDATED
    assert field.reviews.review(audit).state == ReviewState.ACCEPTED
    assert _review_state(field, audit.id) == _review_state(office, audit.id)
    assert merged_state(field) == merged_state(office)

    # Every package again, on both sides: nothing changes.
    before_field, before_office = _dump(field), _dump(office)
    for path in (returned, resubmission, accepted):
        for site in (field, office):
            assert site.merges.merge_file(path).status == ReceiptStatus.ALREADY_PRESENT
    assert merged_state(field) == merged_state(office)
    assert _review_state(field, audit.id) == _review_state(office, audit.id)
    assert [r for r in _dump(field) if "import_log" not in r] == [
        r for r in before_field if "import_log" not in r
    ]
    assert [r for r in _dump(office) if "import_log" not in r] == [
        r for r in before_office if "import_log" not in r
    ]


def test_a_review_and_the_sites_changes_crossing_in_the_post_lose_nothing(
    make_site, tmp_path, default_framework
):
    field, office = make_site("field", "Awa"), make_site("office", "Reviewer")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    answer_everything(session)  # a draft: the site goes on working
    first = tmp_path / "first.jalon"
    field.packages.export(field.audits.get(audit.id), first)
    office.merges.merge_file(first)
    names = scored_names(default_framework, 3)

    office.reviews.start(audit)
    office.reviews.comment(audit, names[0], "Check this", must_correct=True)
    returned = tmp_path / "returned.jalon"
    office.review_post.return_to_site(audit, returned)
    # Meanwhile the site changed answers and replied nothing yet, and sent them.
    session.answer(names[1], "no")
    session.answer(names[2], "partially")
    update = tmp_path / "update.jalon"
    field.packages.export(field.audits.get(audit.id), update)

    assert office.merges.merge_file(update).status == ReceiptStatus.UPDATED
    assert field.review_post.receive(returned).status == ReceiptStatus.UPDATED
    assert _review_state(field, audit.id) == _review_state(office, audit.id)
    assert merged_state(field) == merged_state(office)
    assert office.reviews.review(audit).state == ReviewState.RETURNED
    assert office.store.revisions.current(audit.id)[names[1]].value == "no"


def test_a_review_from_an_untrusted_key_is_refused_and_changes_nothing(
    received, make_site, tmp_path
):
    field, office, audit = received
    stranger = make_site("stranger", "Someone")
    stranger.keys.signing_key()
    known = field.keys.current()  # the stranger trusts the site; the site does not know them
    stranger.trust.trust(field.keys.public_key_text(known), known.name, "Network")
    copy = tmp_path / "copy.jalon"
    field.packages.export(field.audits.get(audit.id), copy)
    stranger.merges.merge_file(copy)
    stranger.reviews.start(audit)
    stranger.reviews.comment(audit, "", "Send everything again", must_correct=True)
    forged = tmp_path / "forged.jalon"
    stranger.review_post.return_to_site(audit, forged)

    before = _dump(field)
    with pytest.raises(PackageError, match="not in this installation's trust store"):
        field.review_post.receive(forged)
    assert _dump(field) == before
    assert field.reviews.review(audit).comments == ()
