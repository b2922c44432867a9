"""A review's fingerprint, read by SQL from the primary key, is what the same records give when
worked out from a review just read (the review service compares the two to tell a change)."""

from __future__ import annotations


def test_the_fingerprint_read_is_the_one_worked_out_from_the_records(application, session):
    reviews, repository, audit = application.reviews, application.store.reviews, session.audit

    def agree() -> tuple:
        read = repository.fingerprint(audit.id)
        assert read == repository.fingerprint_of(repository.review(audit.id))
        return read

    assert agree() == (0, None, 0, None)  # no review yet
    reviews.start(audit)
    first = reviews.comment(audit, "", "Please check the period", must_correct=True)
    reviews.reply(audit, first, "Period: 2025")
    reviews.comment(audit, "", "Which board minutes?")
    reviews.return_for_correction(audit)
    counts = agree()
    assert (counts[0], counts[2]) == (2, 3)
