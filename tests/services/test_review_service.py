"""The head office's review of an audit: states, comments, replies and open corrections, on the
sample framework (q1..q7; q6 stands for an Organization Information fact)."""

from __future__ import annotations

import pytest

from app.composition import Application
from app.models.review import ReviewState
from app.services.review_service import ReviewError


def _answer_all(session) -> None:
    for name, value in (
        ("q1", "yes"),
        ("q2", "partially"),
        ("q3", "yes"),
        ("q4", "no"),
        ("q5", "a b"),
        ("q6", 40),
        ("q7", "yes"),
    ):
        session.answer(name, value)


def test_a_review_walks_its_states_with_author_and_time(application, session):
    reviews, audit = application.reviews, session.audit
    assert reviews.review(audit).state == ReviewState.RECEIVED
    reviews.start(audit)
    reviews.return_for_correction(audit)
    reviews.resubmit(audit)
    reviews.start(audit)
    accepted = reviews.accept(audit)
    review = reviews.review(audit)
    assert [e.state for e in review.events] == [
        ReviewState.IN_REVIEW,
        ReviewState.RETURNED,
        ReviewState.RESUBMITTED,
        ReviewState.IN_REVIEW,
        ReviewState.ACCEPTED,
    ]
    assert review.state == ReviewState.ACCEPTED and review.latest == accepted
    assert {(e.author, e.site) for e in review.events} == {("Tester", application.identity.site)}


@pytest.mark.parametrize("step", ["accept", "return_for_correction", "resubmit"])
def test_a_step_out_of_order_is_refused_and_records_nothing(application, session, step):
    with pytest.raises(ReviewError, match="is received: it cannot become"):
        getattr(application.reviews, step)(session.audit)
    assert application.reviews.review(session.audit).events == ()


def test_a_rejection_needs_a_reason(application, session):
    application.reviews.start(session.audit)
    with pytest.raises(ReviewError, match="needs a reason"):
        application.reviews.reject(session.audit, "   ")
    rejected = application.reviews.reject(session.audit, "Organization Information missing")
    assert application.reviews.review(session.audit).state == ReviewState.REJECTED
    assert rejected.reason == "Organization Information missing"
    with pytest.raises(ReviewError, match="is rejected"):
        application.reviews.start(session.audit)


def test_comments_need_a_review_in_progress_and_a_real_question(application, session):
    reviews, audit = application.reviews, session.audit
    with pytest.raises(ReviewError, match="start the review before commenting"):
        reviews.comment(audit, "q1", "Which board minutes?")
    reviews.start(audit)
    with pytest.raises(Exception, match="not a question"):
        reviews.comment(audit, "nowhere", "?")
    by_code = reviews.comment(audit, "1.1.2", "Targets are not dated")
    whole = reviews.comment(audit, "", "Please check the period", must_correct=True)
    assert (by_code.target, whole.target) == ("q2", "")
    assert [c.id for c in reviews.review(audit).comments] == [by_code.id, whole.id]


def _corrections_asked(application, session):
    """Every question answered, then a review asking two corrections (on the fact q6 and on
    the whole audit) and remarking on q1: (the two corrections)."""
    _answer_all(session)
    reviews, audit = application.reviews, session.audit
    reviews.start(audit)
    on_fact = reviews.comment(audit, "q6", "The share of women looks wrong", must_correct=True)
    on_audit = reviews.comment(audit, "", "The period is missing", must_correct=True)
    reviews.comment(audit, "q1", "Fine", must_correct=False)
    return on_fact, on_audit


def test_must_correct_items_block_finalization_until_answered_or_replied(application, session):
    reviews, audit = application.reviews, session.audit
    on_fact, on_audit = _corrections_asked(application, session)
    reviews.return_for_correction(audit)

    field = application.audits.open(audit.id)
    blocked = [(b.indicator, b.params["text"]) for b in field.blockers()]
    assert blocked == [("q6", on_fact.text), ("", on_audit.text)]
    assert [c.id for c in reviews.open_corrections(audit)] == [on_fact.id, on_audit.id]

    with pytest.raises(ReviewError, match="2 correction"):
        reviews.resubmit(audit)
    field.answer("q6", 55)  # corrected: answered again after the comment
    reviews.reply(audit, reviews.comment_by_id(audit, on_audit.id[:8]), "Period: 2025")
    field = application.audits.open(audit.id)
    assert field.blockers() == []
    assert reviews.open_corrections(audit) == []
    [(_, replies)] = [t for t in reviews.review(audit).threads() if t[0].id == on_audit.id]
    assert [(r.text, r.author) for r in replies] == [("Period: 2025", "Tester")]
    field.finalize()


def test_a_reply_answers_a_comment_not_a_reply(application, session):
    reviews, audit = application.reviews, session.audit
    reviews.start(audit)
    comment = reviews.comment(audit, "q1", "Source?")
    reply = reviews.reply(audit, comment, "Board minutes")
    with pytest.raises(ReviewError, match="is a reply"):
        reviews.reply(audit, reply, "again")
    with pytest.raises(ReviewError, match="no review comment"):
        reviews.comment_by_id(audit, "ffffffff")


def test_records_arriving_again_are_not_added_twice(application, session):
    reviews, audit = application.reviews, session.audit
    reviews.start(audit)
    comment = reviews.comment(audit, "q1", "Source?")
    review = reviews.review(audit)
    store = application.store
    with store.transaction():
        assert store.reviews.add(list(review.events), list(review.comments)) == 0
    assert reviews.review(audit) == review
    assert review.comments == (comment,)


def test_open_corrections_from_a_sessions_answers_match_those_read_from_the_store(
    application, session
):
    """The desktop passes the open session's answers (kept in memory as they are written)
    instead of reading every answer again: it must find the same corrections open."""
    reviews, audit = application.reviews, session.audit
    on_fact, on_audit = _corrections_asked(application, session)

    def both() -> tuple[list[str], list[str]]:
        in_memory = reviews.open_corrections(audit, answers=session.answers)
        from_store = reviews.open_corrections(audit)
        return [c.id for c in in_memory], [c.id for c in from_store]

    assert both() == ([on_fact.id, on_audit.id], [on_fact.id, on_audit.id])
    session.answer("q6", 55)  # answered again after the comment: that correction is closed
    assert both() == ([on_audit.id], [on_audit.id])


def test_a_review_is_read_again_only_when_its_records_changed_whoever_changed_them(
    application, session
):
    reviews, audit = application.reviews, session.audit
    reviews.start(audit)
    first = reviews.review(audit)
    assert reviews.review(audit) is first  # nothing changed: the last reading serves
    own = reviews.comment(audit, "q2", "Targets are not dated")
    assert [c.id for c in reviews.review(audit).comments] == [own.id]
    # Another program on the same database (the command line while the window is open).
    other = Application(application.paths, author="Bintou Sow")
    try:
        theirs = other.reviews.comment(audit, "q1", "Which board minutes?", must_correct=True)
    finally:
        other.close()
    assert [c.id for c in reviews.review(audit).comments] == [own.id, theirs.id]
    assert [c.id for c in reviews.open_corrections(audit, answers=session.answers)] == [theirs.id]
